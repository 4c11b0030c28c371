-- sql/import_employment_record.sql: load 城镇新就业人员实名信息 (鲁人社字〔2020〕95号 附件 三3): one line per employment the office recorded.
-- The same accounting as sql/import_registrations.sql: every line is loaded or rejected with
-- its line and reason (import_file.rows_in = loaded + rejected is enforced).
--
-- Usage, in the sqlite3 shell with the extension loaded and sql/schema.sql read:
--   CREATE VIRTUAL TABLE temp.src USING csv_file(filename='employment_record.csv');
--   .parameter set @file "'employment_record.csv'"
--   .parameter set @as_of "'2026-11-24'"     -- dates after it are errors
--   .read sql/import_employment_record.sql
--   DROP TABLE temp.src;
-- Columns (the names of table employment_record, in any order; an empty cell is NULL):
--   person_id*, name, phone, retirement_category, type, form*, date*, date_source, recorded_on, end_date, unit_name, credit_code, unit_address, place*, urban_rural*, office*, industry, was_registered_unemployed, hard_to_employ, placement, change_kind, monthly_income_fen, check_status, check_note   (* required)
-- A line is rejected for a CSV error, a required field missing, an ID number that fails
-- check_idcard, a malformed or future date, a code outside its list, or a row-level rule
-- (an end before its start).
BEGIN IMMEDIATE;
INSERT INTO import_file(path, kind, as_of, rows_in) VALUES (@file, 'employment_record', @as_of, (SELECT count(*) FROM temp.src));
CREATE TEMP TABLE import_stage AS
SELECT _line AS line, _error AS csv_error,
       nullif(trim(person_id), '') AS person_id, nullif(trim(name), '') AS name, nullif(trim(phone), '') AS
       phone, nullif(trim(retirement_category), '') AS retirement_category, nullif(trim(type), '') AS type,
       nullif(trim(form), '') AS form, nullif(trim(date), '') AS date, nullif(trim(date_source), '') AS
       date_source, nullif(trim(recorded_on), '') AS recorded_on, nullif(trim(end_date), '') AS end_date,
       nullif(trim(unit_name), '') AS unit_name, nullif(trim(credit_code), '') AS credit_code,
       nullif(trim(unit_address), '') AS unit_address, nullif(trim(place), '') AS place,
       nullif(trim(urban_rural), '') AS urban_rural, nullif(trim(office), '') AS office,
       nullif(trim(industry), '') AS industry, nullif(trim(was_registered_unemployed), '') AS
       was_registered_unemployed, nullif(trim(hard_to_employ), '') AS hard_to_employ,
       nullif(trim(placement), '') AS placement, nullif(trim(change_kind), '') AS change_kind,
       nullif(trim(monthly_income_fen), '') AS monthly_income_fen, nullif(trim(check_status), '') AS
       check_status, nullif(trim(check_note), '') AS check_note
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
  SELECT line, 'retirement_category', 'code', 'retirement_category: ''' || retirement_category || ''' is not one of 50, 55 / 代码无效' FROM import_stage
   WHERE csv_error IS NULL AND retirement_category IS NOT NULL AND retirement_category NOT IN ('50', '55')
  UNION ALL
  SELECT line, 'type', 'code', 'type: ''' || type || ''' is not one of first, reemployment / 代码无效' FROM import_stage
   WHERE csv_error IS NULL AND type IS NOT NULL AND type NOT IN ('first', 'reemployment')
  UNION ALL
  SELECT line, 'form', 'required', 'form: required / 必填' FROM import_stage WHERE csv_error IS NULL AND form IS NULL
  UNION ALL
  SELECT line, 'form', 'code', 'form: ''' || form || ''' is not one of unit, individual_business, public_welfare_post, flexible / 代码无效' FROM import_stage
   WHERE csv_error IS NULL AND form IS NOT NULL AND form NOT IN ('unit', 'individual_business', 'public_welfare_post', 'flexible')
  UNION ALL
  SELECT line, 'date', 'required', 'date: required / 必填' FROM import_stage WHERE csv_error IS NULL AND date IS NULL
  UNION ALL
  SELECT line, 'date', 'date', 'date: expected a date YYYY-MM-DD not after ' || @as_of || ' / 日期无效' FROM import_stage
   WHERE csv_error IS NULL AND date IS NOT NULL AND (date(date) IS NOT date OR date > @as_of)
  UNION ALL
  SELECT line, 'date_source', 'code', 'date_source: ''' || date_source || ''' is not one of employment_registration, social_insurance, labour_filing, business_registration, public_welfare_agreement / 代码无效' FROM import_stage
   WHERE csv_error IS NULL AND date_source IS NOT NULL AND date_source NOT IN ('employment_registration', 'social_insurance', 'labour_filing', 'business_registration', 'public_welfare_agreement')
  UNION ALL
  SELECT line, 'recorded_on', 'date', 'recorded_on: expected a date YYYY-MM-DD not after ' || @as_of || ' / 日期无效' FROM import_stage
   WHERE csv_error IS NULL AND recorded_on IS NOT NULL AND (date(recorded_on) IS NOT recorded_on OR recorded_on > @as_of)
  UNION ALL
  SELECT line, 'end_date', 'date', 'end_date: expected a date YYYY-MM-DD not after ' || @as_of || ' / 日期无效' FROM import_stage
   WHERE csv_error IS NULL AND end_date IS NOT NULL AND (date(end_date) IS NOT end_date OR end_date > @as_of)
  UNION ALL
  SELECT line, 'place', 'required', 'place: required / 必填' FROM import_stage WHERE csv_error IS NULL AND place IS NULL
  UNION ALL
  SELECT line, 'place', 'code', 'place: expected a 6-digit GB/T 2260 code / 行政区划代码无效' FROM import_stage
   WHERE csv_error IS NULL AND place IS NOT NULL AND (length(place) <> 6 OR place GLOB '*[^0-9]*')
  UNION ALL
  SELECT line, 'urban_rural', 'required', 'urban_rural: required / 必填' FROM import_stage WHERE csv_error IS NULL AND urban_rural IS NULL
  UNION ALL
  SELECT line, 'urban_rural', 'code', 'urban_rural: ''' || urban_rural || ''' is not one of 111, 112, 121, 122, 123, 210, 220 / 代码无效' FROM import_stage
   WHERE csv_error IS NULL AND urban_rural IS NOT NULL AND urban_rural NOT IN ('111', '112', '121', '122', '123', '210', '220')
  UNION ALL
  SELECT line, 'office', 'required', 'office: required / 必填' FROM import_stage WHERE csv_error IS NULL AND office IS NULL
  UNION ALL
  SELECT line, 'office', 'code', 'office: expected a 6-digit GB/T 2260 code / 行政区划代码无效' FROM import_stage
   WHERE csv_error IS NULL AND office IS NOT NULL AND (length(office) <> 6 OR office GLOB '*[^0-9]*')
  UNION ALL
  SELECT line, 'industry', 'code', 'industry: ''' || industry || ''' is not one of 1, 2, 3 / 代码无效' FROM import_stage
   WHERE csv_error IS NULL AND industry IS NOT NULL AND industry NOT IN ('1', '2', '3')
  UNION ALL
  SELECT line, 'was_registered_unemployed', 'code', 'was_registered_unemployed: ''' || was_registered_unemployed || ''' is not one of 0, 1 / 代码无效' FROM import_stage
   WHERE csv_error IS NULL AND was_registered_unemployed IS NOT NULL AND was_registered_unemployed NOT IN ('0', '1')
  UNION ALL
  SELECT line, 'hard_to_employ', 'code', 'hard_to_employ: ''' || hard_to_employ || ''' is not one of 0, 1 / 代码无效' FROM import_stage
   WHERE csv_error IS NULL AND hard_to_employ IS NOT NULL AND hard_to_employ NOT IN ('0', '1')
  UNION ALL
  SELECT line, 'placement', 'code', 'placement: ''' || placement || ''' is not one of rural_public_welfare_post, poverty_workshop, poverty_enterprise / 代码无效' FROM import_stage
   WHERE csv_error IS NULL AND placement IS NOT NULL AND placement NOT IN ('rural_public_welfare_post', 'poverty_workshop', 'poverty_enterprise')
  UNION ALL
  SELECT line, 'change_kind', 'code', 'change_kind: ''' || change_kind || ''' is not one of transfer, renewal / 代码无效' FROM import_stage
   WHERE csv_error IS NULL AND change_kind IS NOT NULL AND change_kind NOT IN ('transfer', 'renewal')
  UNION ALL
  SELECT line, 'monthly_income_fen', 'integer', 'monthly_income_fen: expected a whole number of fen >= 0 / 金额无效' FROM import_stage
   WHERE csv_error IS NULL AND monthly_income_fen IS NOT NULL AND (monthly_income_fen GLOB '*[^0-9]*' OR length(monthly_income_fen) > 15)
  UNION ALL
  SELECT line, 'check_status', 'code', 'check_status: ''' || check_status || ''' is not one of verified, doubtful, error / 代码无效' FROM import_stage
   WHERE csv_error IS NULL AND check_status IS NOT NULL AND check_status NOT IN ('verified', 'doubtful', 'error')
  UNION ALL
  SELECT line, 'end_date', 'end_before_start', 'end_date: before date / 退出时间早于就业时间' FROM import_stage s
   WHERE csv_error IS NULL AND end_date < date);

INSERT OR IGNORE INTO employment_record(person_id, name, phone, retirement_category, type, form, date, date_source, recorded_on, end_date, unit_name, credit_code, unit_address, place, urban_rural, office, industry, was_registered_unemployed, hard_to_employ, placement, change_kind, monthly_income_fen, check_status, check_note, file_id, line)
SELECT person_id, name, phone, CAST(retirement_category AS INTEGER), type, form, date, date_source,
       recorded_on, end_date, unit_name, credit_code, unit_address, place, urban_rural, office, industry,
       CAST(was_registered_unemployed AS INTEGER), CAST(hard_to_employ AS INTEGER), placement, change_kind,
       CAST(monthly_income_fen AS INTEGER), check_status, check_note,
       (SELECT max(id) FROM import_file), line
  FROM import_stage
 WHERE line NOT IN (SELECT line FROM import_reject WHERE file_id = (SELECT max(id) FROM import_file));
-- Anything a CHECK of the table refused that the rules above did not name.
INSERT INTO import_reject(file_id, line, field, rule, message)
SELECT (SELECT max(id) FROM import_file), line, NULL, 'constraint', 'the record breaks a rule of table employment_record (sql/schema.sql) / 数据不符合表约束'
  FROM import_stage
 WHERE line NOT IN (SELECT line FROM import_reject WHERE file_id = (SELECT max(id) FROM import_file))
   AND line NOT IN (SELECT line FROM employment_record WHERE file_id = (SELECT max(id) FROM import_file));

UPDATE import_file
   SET loaded = (SELECT count(*) FROM employment_record WHERE file_id = import_file.id),
       rejected = (SELECT count(DISTINCT line) FROM import_reject WHERE file_id = import_file.id)
 WHERE id = (SELECT max(id) FROM import_file);
DROP TABLE temp.import_stage;
COMMIT;
