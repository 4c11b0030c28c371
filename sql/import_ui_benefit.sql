-- sql/import_ui_benefit.sql: load 领取失业保险金 spells: one line per spell (to_date empty: still paid).
-- The same accounting as sql/import_registrations.sql: every line is loaded or rejected with
-- its line and reason (import_file.rows_in = loaded + rejected is enforced).
--
-- Usage, in the sqlite3 shell with the extension loaded and sql/schema.sql read:
--   CREATE VIRTUAL TABLE temp.src USING csv_file(filename='ui_benefit.csv');
--   .parameter set @file "'ui_benefit.csv'"
--   .parameter set @as_of "'2026-11-24'"     -- dates after it are errors
--   .read sql/import_ui_benefit.sql
--   DROP TABLE temp.src;
-- Columns (the names of table ui_benefit, in any order; an empty cell is NULL):
--   person_id*, from_date*, to_date   (* required)
-- A line is rejected for a CSV error, a required field missing, an ID number that fails
-- check_idcard, a malformed or future date, a code outside its list, or a row-level rule
-- (an end before its start).
BEGIN IMMEDIATE;
INSERT INTO import_file(path, kind, as_of, rows_in) VALUES (@file, 'ui_benefit', @as_of, (SELECT count(*) FROM temp.src));
CREATE TEMP TABLE import_stage AS
SELECT _line AS line, _error AS csv_error,
       nullif(trim(person_id), '') AS person_id, nullif(trim(from_date), '') AS from_date,
       nullif(trim(to_date), '') AS to_date
  FROM temp.src;

INSERT INTO import_reject(file_id, line, field, rule, message)
SELECT (SELECT max(id) FROM import_file), line, field, rule, message FROM (
  SELECT line, NULL AS field, 'csv' AS rule, csv_error AS message FROM import_stage WHERE csv_error IS NOT NULL
  UNION ALL
  SELECT line, 'person_id', 'required', 'person_id: required / 必填' FROM import_stage WHERE csv_error IS NULL AND person_id IS NULL
  UNION ALL
  SELECT line, 'person_id', 'idcard', 'person_id: not a valid 18-character ID number (check_idcard) / 身份证号无效' FROM import_stage
   WHERE csv_error IS NULL AND person_id IS NOT NULL AND NOT (length(person_id) = 18 AND coalesce(check_idcard(person_id), 0))
  UNION ALL
  SELECT line, 'from_date', 'required', 'from_date: required / 必填' FROM import_stage WHERE csv_error IS NULL AND from_date IS NULL
  UNION ALL
  SELECT line, 'from_date', 'date', 'from_date: expected a date YYYY-MM-DD not after ' || @as_of || ' / 日期无效' FROM import_stage
   WHERE csv_error IS NULL AND from_date IS NOT NULL AND (date(from_date) IS NOT from_date OR from_date > @as_of)
  UNION ALL
  SELECT line, 'to_date', 'date', 'to_date: expected a date YYYY-MM-DD not after ' || @as_of || ' / 日期无效' FROM import_stage
   WHERE csv_error IS NULL AND to_date IS NOT NULL AND (date(to_date) IS NOT to_date OR to_date > @as_of)
  UNION ALL
  SELECT line, 'to_date', 'end_before_start', 'to_date: before from_date / 停发时间早于起始时间' FROM import_stage s
   WHERE csv_error IS NULL AND to_date < from_date);

INSERT OR IGNORE INTO ui_benefit(person_id, from_date, to_date, file_id, line)
SELECT person_id, from_date, to_date,
       (SELECT max(id) FROM import_file), line
  FROM import_stage
 WHERE line NOT IN (SELECT line FROM import_reject WHERE file_id = (SELECT max(id) FROM import_file));
-- Anything a CHECK of the table refused that the rules above did not name.
INSERT INTO import_reject(file_id, line, field, rule, message)
SELECT (SELECT max(id) FROM import_file), line, NULL, 'constraint', 'the record breaks a rule of table ui_benefit (sql/schema.sql) / 数据不符合表约束'
  FROM import_stage
 WHERE line NOT IN (SELECT line FROM import_reject WHERE file_id = (SELECT max(id) FROM import_file))
   AND line NOT IN (SELECT line FROM ui_benefit WHERE file_id = (SELECT max(id) FROM import_file));

UPDATE import_file
   SET loaded = (SELECT count(*) FROM ui_benefit WHERE file_id = import_file.id),
       rejected = (SELECT count(DISTINCT line) FROM import_reject WHERE file_id = import_file.id)
 WHERE id = (SELECT max(id) FROM import_file);
DROP TABLE temp.import_stage;
COMMIT;
