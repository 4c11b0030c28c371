-- sql/import_work_injury_death.sql: load 认定（视同）工伤 with death (自然减员, 鲁人社字〔2020〕95号 附件 三2): one line per person.
-- The same accounting as sql/import_registrations.sql: every line is loaded or rejected with
-- its line and reason (import_file.rows_in = loaded + rejected is enforced).
--
-- Usage, in the sqlite3 shell with the extension loaded and sql/schema.sql read:
--   CREATE VIRTUAL TABLE temp.src USING csv_file(filename='work_injury_death.csv');
--   .parameter set @file "'work_injury_death.csv'"
--   .parameter set @as_of "'2026-11-24'"     -- dates after it are errors
--   .read sql/import_work_injury_death.sql
--   DROP TABLE temp.src;
-- Columns (the names of table work_injury_death, in any order; an empty cell is NULL):
--   person_id*, recognized_on*, deemed*, place*   (* required)
-- A line is rejected for a CSV error, a required field missing, an ID number that fails
-- check_idcard, a malformed or future date, a code outside its list, or a row-level rule
-- (an end before its start).
BEGIN IMMEDIATE;
INSERT INTO import_file(path, kind, as_of, rows_in) VALUES (@file, 'work_injury_death', @as_of, (SELECT count(*) FROM temp.src));
CREATE TEMP TABLE import_stage AS
SELECT _line AS line, _error AS csv_error,
       nullif(trim(person_id), '') AS person_id, nullif(trim(recognized_on), '') AS recognized_on,
       nullif(trim(deemed), '') AS deemed, nullif(trim(place), '') AS place
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
  SELECT line, 'recognized_on', 'required', 'recognized_on: required / 必填' FROM import_stage WHERE csv_error IS NULL AND recognized_on IS NULL
  UNION ALL
  SELECT line, 'recognized_on', 'date', 'recognized_on: expected a date YYYY-MM-DD not after ' || @as_of || ' / 日期无效' FROM import_stage
   WHERE csv_error IS NULL AND recognized_on IS NOT NULL AND (date(recognized_on) IS NOT recognized_on OR recognized_on > @as_of)
  UNION ALL
  SELECT line, 'deemed', 'required', 'deemed: required / 必填' FROM import_stage WHERE csv_error IS NULL AND deemed IS NULL
  UNION ALL
  SELECT line, 'deemed', 'code', 'deemed: ''' || deemed || ''' is not one of 0, 1 / 代码无效' FROM import_stage
   WHERE csv_error IS NULL AND deemed IS NOT NULL AND deemed NOT IN ('0', '1')
  UNION ALL
  SELECT line, 'place', 'required', 'place: required / 必填' FROM import_stage WHERE csv_error IS NULL AND place IS NULL
  UNION ALL
  SELECT line, 'place', 'code', 'place: expected a 6-digit GB/T 2260 code / 行政区划代码无效' FROM import_stage
   WHERE csv_error IS NULL AND place IS NOT NULL AND (length(place) <> 6 OR place GLOB '*[^0-9]*'));

INSERT OR IGNORE INTO work_injury_death(person_id, recognized_on, deemed, place, file_id, line)
SELECT person_id, recognized_on, CAST(deemed AS INTEGER), place,
       (SELECT max(id) FROM import_file), line
  FROM import_stage
 WHERE line NOT IN (SELECT line FROM import_reject WHERE file_id = (SELECT max(id) FROM import_file));
-- Anything a CHECK of the table refused that the rules above did not name.
INSERT INTO import_reject(file_id, line, field, rule, message)
SELECT (SELECT max(id) FROM import_file), line, NULL, 'constraint', 'the record breaks a rule of table work_injury_death (sql/schema.sql) / 数据不符合表约束'
  FROM import_stage
 WHERE line NOT IN (SELECT line FROM import_reject WHERE file_id = (SELECT max(id) FROM import_file))
   AND line NOT IN (SELECT line FROM work_injury_death WHERE file_id = (SELECT max(id) FROM import_file));

UPDATE import_file
   SET loaded = (SELECT count(*) FROM work_injury_death WHERE file_id = import_file.id),
       rejected = (SELECT count(DISTINCT line) FROM import_reject WHERE file_id = import_file.id)
 WHERE id = (SELECT max(id) FROM import_file);
DROP TABLE temp.import_stage;
COMMIT;
