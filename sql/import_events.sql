-- sql/import_events.sql: load the events of registrations (跟踪调查, 就业登记, 退出, …) that
-- unemployment_status reads, with the same accounting as sql/import_registrations.sql.
--
-- Usage, in the sqlite3 shell with the extension loaded:
--   CREATE VIRTUAL TABLE temp.src USING csv_file(filename='events.csv');
--   .parameter set @file "'events.csv'"
--   .parameter set @as_of "'2026-11-24'"
--   .read sql/import_events.sql
--   DROP TABLE temp.src;
-- Columns: 系统流水号 (the registration), 日期 (YYYY-MM-DD), 事件 (an event type of
-- unemployment_status: the list is the rule status.event_types of the registration's city, or a
-- city's own 'city.…'), 代码 (for 'cancelled': the AJC00A code of the office's 注销). A record is
-- rejected, with its line and reason, for a CSV error, an unknown registration, a malformed or
-- future date, or an unknown event type.
BEGIN IMMEDIATE;
INSERT INTO import_file(path, kind, as_of, rows_in) VALUES (@file, 'event', @as_of, (SELECT count(*) FROM temp.src));
CREATE TEMP TABLE import_stage AS
SELECT _line AS line, _error AS csv_error, 系统流水号 AS serial, 日期 AS d, 事件 AS type, 代码 AS code,
       (SELECT city FROM registration r WHERE r.AAZ341 = src.系统流水号) AS city
  FROM temp.src AS src;

INSERT INTO import_reject(file_id, line, field, rule, message)
SELECT (SELECT max(id) FROM import_file), line, field, rule, message FROM (
  SELECT line, NULL AS field, 'csv' AS rule, csv_error AS message FROM import_stage WHERE csv_error IS NOT NULL
  UNION ALL
  SELECT line, 'AAZ341', 'unknown_registration',
         'AAZ341 系统流水号: no registration with this serial / 无此失业登记' FROM import_stage
   WHERE csv_error IS NULL AND city IS NULL
  UNION ALL
  SELECT line, '日期', 'date', '日期: expected a date YYYY-MM-DD not after ' || @as_of || ' / 日期无效' FROM import_stage
   WHERE csv_error IS NULL AND city IS NOT NULL AND (date(d) IS NOT d OR d > @as_of)
  UNION ALL
  SELECT line, '事件', 'event_type', '事件: unknown event type ''' || type || ''' / 事件类型无效' FROM import_stage
   WHERE csv_error IS NULL AND city IS NOT NULL AND date(d) IS d AND d <= @as_of AND type NOT LIKE 'city.%'
     AND type NOT IN (SELECT value FROM json_each(policy_eval(city, 'status.event_types', @as_of))));

INSERT INTO registration_event(AAZ341, date, type, detail, file_id, line)
SELECT serial, d, type, CASE WHEN type = 'cancelled' THEN json_object('code', code) END,
       (SELECT max(id) FROM import_file), line
  FROM import_stage
 WHERE line NOT IN (SELECT line FROM import_reject WHERE file_id = (SELECT max(id) FROM import_file));

UPDATE import_file
   SET loaded = (SELECT count(*) FROM registration_event WHERE file_id = import_file.id),
       rejected = (SELECT count(DISTINCT line) FROM import_reject WHERE file_id = import_file.id)
 WHERE id = (SELECT max(id) FROM import_file);
DROP TABLE temp.import_stage;
COMMIT;
