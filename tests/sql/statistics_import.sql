-- tests/sql/statistics_import.sql: the CSV imports of the statistics tables (sql/import_<table>.sql):
-- every line is loaded or rejected with its line, field and reason, and import_file adds up.
-- Expected output: statistics_import.expected.
.read sql/schema.sql
.parameter init
.parameter set @as_of "'2021-12-31'"

-- 01: employment records: a good line; a bad ID number; a missing form; an unknown form; a future
-- date; an end before the start; an unknown code; a negative income; a ragged line
.parameter set @file "'employment.csv'"
CREATE VIRTUAL TABLE temp.src USING csv_file(data='person_id,name,phone,retirement_category,type,form,date,date_source,recorded_on,end_date,unit_name,credit_code,unit_address,place,urban_rural,office,industry,was_registered_unemployed,hard_to_employ,placement,change_kind,monthly_income_fen,check_status,check_note
11010519491231002X,张三,13800000000,55,first,unit,2021-03-05,employment_registration,,,甲公司,913701000000000011,,370102,111,370102,2,0,0,,,350000,verified,ok
110105194912310021,张三,13800000000,,,unit,2021-03-05,,,,甲公司,,,370102,111,370102,,,,,,,,
11010519491231002X,张三,13800000000,,,,2021-03-05,,,,甲公司,,,370102,111,370102,,,,,,,,
11010519491231002X,张三,13800000000,,,hired,2021-03-05,,,,甲公司,,,370102,111,370102,,,,,,,,
11010519491231002X,张三,13800000000,,,flexible,2022-01-05,,,,快递,,,370102,111,370102,,,,,,,,
11010519491231002X,张三,13800000000,,,flexible,2021-03-05,,,2021-03-01,快递,,,370102,111,370102,,,,,,,,
11010519491231002X,张三,13800000000,,,flexible,2021-03-05,,,,快递,,,370102,311,370102,,,,,,,,
11010519491231002X,张三,13800000000,,,flexible,2021-03-05,,,,快递,,,370102,111,370102,,,,,,-5,,
11010519491231002X,张三,13800000000');
.read sql/import_employment_record.sql
DROP TABLE temp.src;
select '01', kind, rows_in, loaded, rejected from import_file where id = 1;
select '01', line, field, rule, message from import_reject where file_id = 1 order by line, field;
select '01', id, form, date, monthly_income_fen, typeof(monthly_income_fen), retirement_category, check_status, line from employment_record;

-- 02: insurance spells: a unit spell without its credit code; the end before the start
.parameter set @file "'spells.csv'"
CREATE VIRTUAL TABLE temp.src USING csv_file(data='person_id,scheme,credit_code,unit_name,insured_from,insured_to
11010519491231002X,enterprise,913701000000000011,甲公司,2021-03-01,
11010519491231002X,enterprise,,甲公司,2021-03-01,
11010519491231002X,individual,,,2021-03-01,2021-02-01');
.read sql/import_insurance_spell.sql
DROP TABLE temp.src;
select '02', kind, rows_in, loaded, rejected from import_file where id = 2;
select '02', line, field, rule, message from import_reject where file_id = 2 order by line, field;

-- 03: pensions, benefits, work-injury deaths
.parameter set @file "'pensions.csv'"
CREATE VIRTUAL TABLE temp.src USING csv_file(data='person_id,scheme,from_date,place
11010519491231002X,employee,2021-03-02,370102
11010519491231002X,retired,2021-03-02,3701');
.read sql/import_pension.sql
DROP TABLE temp.src;
.parameter set @file "'ui.csv'"
CREATE VIRTUAL TABLE temp.src USING csv_file(data='person_id,from_date,to_date
11010519491231002X,2021-01-01,2021-03-31
11010519491231002X,2021-01-01,2020-12-31');
.read sql/import_ui_benefit.sql
DROP TABLE temp.src;
.parameter set @file "'deaths.csv'"
CREATE VIRTUAL TABLE temp.src USING csv_file(data='person_id,recognized_on,deemed,place
11010519491231002X,2021-03-10,1,370103
11010519491231002X,2021-03-10,yes,370103');
.read sql/import_work_injury_death.sql
DROP TABLE temp.src;
select '03', kind, rows_in, loaded, rejected from import_file where id > 2 order by id;
select '03', file_id, line, field, rule, message from import_reject where file_id > 2 order by file_id, line, field;
select '03', (select count(*) from pension), (select count(*) from ui_benefit), (select deemed from work_injury_death);

-- 04: registration places: an unknown registration, a repeated one
INSERT INTO registration(AAZ341, AAB301, AAC003, AAC004, AAC002, AAC058, AAC044, ADC221, AJC093, AAE540, AAE036)
VALUES ('R1', '370102', '李四', '2', '11010519491231002X', '01', '11010519491231002X', '1', '21', '1', '20210110');
.parameter set @file "'places.csv'"
CREATE VIRTUAL TABLE temp.src USING csv_file(data='AAZ341,urban_rural
R1,111
R2,111
R1,210');
.read sql/import_registration_place.sql
DROP TABLE temp.src;
select '04', kind, rows_in, loaded, rejected from import_file where id = 6;
select '04', line, field, rule, message from import_reject where file_id = 6 order by line, field;
