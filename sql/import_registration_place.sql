-- sql/import_registration_place.sql: load the urban/rural class of the place of a registration (人社厅发〔2020〕79号 三(十)): one line per registration.
-- The same accounting as sql/import_registrations.sql: every line is loaded or rejected with
-- its line and reason (import_file.rows_in = loaded + rejected is enforced).
--
-- Usage, in the sqlite3 shell with the extension loaded and sql/schema.sql read:
--   CREATE VIRTUAL TABLE temp.src USING csv_file(filename='registration_place.csv');
--   .parameter set @file "'registration_place.csv'"
--   .parameter set @as_of "'2026-11-24'"     -- dates after it are errors
--   .read sql/import_registration_place.sql
--   DROP TABLE temp.src;
-- Columns (the names of table registration_place, in any order; an empty cell is NULL):
--   AAZ341*, urban_rural*   (* required)
-- A line is rejected for a CSV error, a required field missing, an ID number that fails
-- check_idcard, a malformed or future date, a code outside its list, or a row-level rule
-- (an end before its start, an unknown or repeated registration).
BEGIN IMMEDIATE;
INSERT INTO import_file(path, kind, as_of, rows_in) VALUES (@file, 'registration_place', @as_of, (SELECT count(*) FROM temp.src));
CREATE TEMP TABLE import_stage AS
SELECT _line AS line, _error AS csv_error,
       nullif(trim(AAZ341), '') AS AAZ341, nullif(trim(urban_rural), '') AS urban_rural
  FROM temp.src;

INSERT INTO import_reject(file_id, line, field, rule, message)
SELECT (SELECT max(id) FROM import_file), line, field, rule, message FROM (
  SELECT line, NULL AS field, 'csv' AS rule, csv_error AS message FROM import_stage WHERE csv_error IS NOT NULL
  UNION ALL
  SELECT line, 'AAZ341', 'required', 'AAZ341: required / 必填' FROM import_stage WHERE csv_error IS NULL AND AAZ341 IS NULL
  UNION ALL
  SELECT line, 'urban_rural', 'required', 'urban_rural: required / 必填' FROM import_stage WHERE csv_error IS NULL AND urban_rural IS NULL
  UNION ALL
  SELECT line, 'urban_rural', 'code', 'urban_rural: ''' || urban_rural || ''' is not one of 111, 112, 121, 122, 123, 210, 220 / 代码无效' FROM import_stage
   WHERE csv_error IS NULL AND urban_rural IS NOT NULL AND urban_rural NOT IN ('111', '112', '121', '122', '123', '210', '220')
  UNION ALL
  SELECT line, 'AAZ341', 'unknown_registration', 'AAZ341 系统流水号: no registration with this serial / 无此失业登记' FROM import_stage s
   WHERE csv_error IS NULL AND NOT EXISTS (SELECT 1 FROM registration r WHERE r.AAZ341 = s.AAZ341)
  UNION ALL
  SELECT line, 'AAZ341', 'duplicate', 'AAZ341 系统流水号: already has a place, or repeated in this file / 系统流水号重复' FROM import_stage s
   WHERE csv_error IS NULL AND (EXISTS (SELECT 1 FROM registration_place r WHERE r.AAZ341 = s.AAZ341) OR EXISTS (SELECT 1 FROM import_stage t WHERE t.AAZ341 = s.AAZ341 AND t.line < s.line)));

INSERT OR IGNORE INTO registration_place(AAZ341, urban_rural, file_id, line)
SELECT AAZ341, urban_rural,
       (SELECT max(id) FROM import_file), line
  FROM import_stage
 WHERE line NOT IN (SELECT line FROM import_reject WHERE file_id = (SELECT max(id) FROM import_file));
-- Anything a CHECK of the table refused that the rules above did not name.
INSERT INTO import_reject(file_id, line, field, rule, message)
SELECT (SELECT max(id) FROM import_file), line, NULL, 'constraint', 'the record breaks a rule of table registration_place (sql/schema.sql) / 数据不符合表约束'
  FROM import_stage
 WHERE line NOT IN (SELECT line FROM import_reject WHERE file_id = (SELECT max(id) FROM import_file))
   AND line NOT IN (SELECT line FROM registration_place WHERE file_id = (SELECT max(id) FROM import_file));

UPDATE import_file
   SET loaded = (SELECT count(*) FROM registration_place WHERE file_id = import_file.id),
       rejected = (SELECT count(DISTINCT line) FROM import_reject WHERE file_id = import_file.id)
 WHERE id = (SELECT max(id) FROM import_file);
DROP TABLE temp.import_stage;
COMMIT;
