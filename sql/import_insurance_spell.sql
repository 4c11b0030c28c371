-- sql/import_insurance_spell.sql: load 社会保险参保 spells (the 社保信息 the statistics compare with): one line per spell.
-- The same accounting as sql/import_registrations.sql: every line is loaded or rejected with
-- its line and reason (import_file.rows_in = loaded + rejected is enforced).
--
-- Usage, in the sqlite3 shell with the extension loaded and sql/schema.sql read:
--   CREATE VIRTUAL TABLE temp.src USING csv_file(filename='insurance_spell.csv');
--   .parameter set @file "'insurance_spell.csv'"
--   .parameter set @as_of "'2026-11-24'"     -- dates after it are errors
--   .read sql/import_insurance_spell.sql
--   DROP TABLE temp.src;
-- Columns (the names of table insurance_spell, in any order; an empty cell is NULL):
--   person_id*, scheme*, credit_code, unit_name, insured_from*, insured_to   (* required)
-- A line is rejected for a CSV error, a required field missing, an ID number that fails
-- check_idcard, a malformed or future date, a code outside its list, or a row-level rule
-- (an end before its start).
BEGIN IMMEDIATE;
INSERT INTO import_file(path, kind, as_of, rows_in) VALUES (@file, 'insurance_spell', @as_of, (SELECT count(*) FROM temp.src));
CREATE TEMP TABLE import_stage AS
SELECT _line AS line, _error AS csv_error,
       nullif(trim(person_id), '') AS person_id, nullif(trim(scheme), '') AS scheme,
       nullif(trim(credit_code), '') AS credit_code, nullif(trim(unit_name), '') AS unit_name,
       nullif(trim(insured_from), '') AS insured_from, nullif(trim(insured_to), '') AS insured_to
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
  SELECT line, 'scheme', 'required', 'scheme: required / 必填' FROM import_stage WHERE csv_error IS NULL AND scheme IS NULL
  UNION ALL
  SELECT line, 'scheme', 'code', 'scheme: ''' || scheme || ''' is not one of enterprise, institution, individual / 代码无效' FROM import_stage
   WHERE csv_error IS NULL AND scheme IS NOT NULL AND scheme NOT IN ('enterprise', 'institution', 'individual')
  UNION ALL
  SELECT line, 'insured_from', 'required', 'insured_from: required / 必填' FROM import_stage WHERE csv_error IS NULL AND insured_from IS NULL
  UNION ALL
  SELECT line, 'insured_from', 'date', 'insured_from: expected a date YYYY-MM-DD not after ' || @as_of || ' / 日期无效' FROM import_stage
   WHERE csv_error IS NULL AND insured_from IS NOT NULL AND (date(insured_from) IS NOT insured_from OR insured_from > @as_of)
  UNION ALL
  SELECT line, 'insured_to', 'date', 'insured_to: expected a date YYYY-MM-DD not after ' || @as_of || ' / 日期无效' FROM import_stage
   WHERE csv_error IS NULL AND insured_to IS NOT NULL AND (date(insured_to) IS NOT insured_to OR insured_to > @as_of)
  UNION ALL
  SELECT line, 'insured_to', 'end_before_start', 'insured_to: before insured_from / 减员时间早于参保时间' FROM import_stage s
   WHERE csv_error IS NULL AND insured_to < insured_from
  UNION ALL
  SELECT line, 'credit_code', 'required', 'credit_code: required for a spell through a unit (scheme enterprise or institution) / 缺少单位统一社会信用代码' FROM import_stage s
   WHERE csv_error IS NULL AND scheme <> 'individual' AND credit_code IS NULL);

INSERT OR IGNORE INTO insurance_spell(person_id, scheme, credit_code, unit_name, insured_from, insured_to, file_id, line)
SELECT person_id, scheme, credit_code, unit_name, insured_from, insured_to,
       (SELECT max(id) FROM import_file), line
  FROM import_stage
 WHERE line NOT IN (SELECT line FROM import_reject WHERE file_id = (SELECT max(id) FROM import_file));
-- Anything a CHECK of the table refused that the rules above did not name.
INSERT INTO import_reject(file_id, line, field, rule, message)
SELECT (SELECT max(id) FROM import_file), line, NULL, 'constraint', 'the record breaks a rule of table insurance_spell (sql/schema.sql) / 数据不符合表约束'
  FROM import_stage
 WHERE line NOT IN (SELECT line FROM import_reject WHERE file_id = (SELECT max(id) FROM import_file))
   AND line NOT IN (SELECT line FROM insurance_spell WHERE file_id = (SELECT max(id) FROM import_file));

UPDATE import_file
   SET loaded = (SELECT count(*) FROM insurance_spell WHERE file_id = import_file.id),
       rejected = (SELECT count(DISTINCT line) FROM import_reject WHERE file_id = import_file.id)
 WHERE id = (SELECT max(id) FROM import_file);
DROP TABLE temp.import_stage;
COMMIT;
