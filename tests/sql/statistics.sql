-- tests/sql/statistics.sql: new_urban_employment, natural_attrition, registered_urban_unemployment
-- and their counts (鲁人社字〔2020〕95号 附件; 人社厅发〔2020〕79号 三(九)-(十一)) over a small ledger
-- in which each person exercises one rule: every inclusion, exclusion and doubt, 2020 against 2021
-- on the same person, the 20th and the 21st, the 16th birthday and the pension-age day, work
-- across years, natural attrition with and without the lag, and registration at period end.
-- Expected output: statistics.expected. Each row shows the record, its decision and rule code.

-- 01: errors before the tables exist, and of the arguments
select '01_01', new_urban_employment_count('济南', '2021-03');
.read sql/schema.sql
select '01_02', new_urban_employment_count('济南', 'x');
select '01_03', new_urban_employment_count('济南', '2019-12');
select '01_04', registered_urban_unemployment_count('济南', '2020-08');
select '01_05', count(*) from registered_urban_unemployment('济南', '2020-09');
select '01_06', new_urban_employment_count('北京', '2021-03');
select '01_07', new_urban_employment_count('379901', '2021-03');
select '01_08', new_urban_employment_count('济南', NULL) is null, (select count(*) from new_urban_employment('济南', NULL));
select '01_09', new_urban_employment_count(NULL, '2021-03'), new_urban_employment_count('山东', '202103'),
       new_urban_employment_count('370102', '2021-03');

-- The test city policy: 济南's 低保 standard and a city check (test values, not real ones).
select '01_10', policy_install('济南', 'city { code = "370100", name = "济南", extends = "shandong" }
-- test values, not real ones
parameter "urban_dibao_monthly" { { from = "2020-01-01", value = 80000, ref = "test value" } }
rule "stats.city_checks" { from = "2021-01-01", ref = "test rule 1", function(f, as_of)
  if f.unit_name == "测试黑名单" then return { rule = "excl.city.blacklist", detail = "on the test list" } end
  if f.industry == "1" then return { rule = "doubt.city.industry_one", detail = "industry 1 checked by hand" } end
  return nil
end }', 'test');

-- The people: key, the first 17 digits of the ID number (region, birth date, sequence).
create temp table ids(k text primary key, id text);
insert into temp.ids select column1, column2 || idcard_checkdigit(column2) from (values
 ('n1', '37010219900101001'), ('err', '37010219900101011'), ('op', '37010219900101021'),
 ('pv', '37010219900101031'), ('ru', '37010219900101041'), ('a15', '37010220050310011'),
 ('a16', '37010220050310031'), ('o59', '37010219610310011'), ('o60', '37010219610310031'),
 ('pen', '37010219900101051'), ('ui', '37010219900101061'), ('ui2', '37010219900101071'),
 ('inc', '37010219900101081'), ('inc2', '37010219900101091'), ('ex', '37010219900101101'),
 ('rn', '37010219900101111'), ('tr', '37010219900101121'), ('su', '37010219900101131'),
 ('ye', '37010219900101141'), ('cu', '37010219900101151'), ('cu2', '37010219900101161'),
 ('cf', '37010219900101171'), ('ib', '37010219900101181'), ('pw', '37010219900101191'),
 ('fl', '37010219900101201'), ('fp', '37010219900101211'), ('re', '37010219900101221'),
 ('yr', '37010219900101231'), ('bd1', '37010219900101241'), ('bd2', '37010219900101251'),
 ('os', '37010219900101261'), ('dm', '37010219900101271'), ('dn', '37010219900101281'),
 ('dn2', '37010219900101291'), ('du', '37010219900101301'), ('dc', '37010219900101311'),
 ('dp', '37010219900101321'), ('dp2', '37010219900101331'), ('dcm', '37010219900101341'),
 ('dum', '37010219900101351'), ('vf', '37010219900101361'), ('cx', '37010219900101371'),
 ('cd', '37010219900101381'), ('wh', '37100219900101011'), ('zb', '37030219900101011'),
 ('pen2', '37010219600101011'), ('wid', '37010219700101011'), ('penr', '37010219600101021'),
 ('zbp', '37030219600101011'), ('rg2', '37010219900101391'), ('rg3', '37010219900101401'),
 ('rg4', '37010219900101411'), ('rg5', '37010219660115022'), ('rg6', '37010219900101421'),
 ('rg8', '37010219900101431'));

-- Records: id, person, form, date, unit, credit code (every other column as below).
insert into employment_record(id, person_id, name, phone, form, date, unit_name, credit_code, place, urban_rural, office)
select v.column1, i.id, '张三', '13800000000', v.column3, v.column4, v.column5, v.column6, '370102', '111', '370102'
  from (values
 (101, 'n1', 'unit', '2021-03-05', '甲公司', '913701000000000011'),
 (102, 'err', 'unit', '2021-03-05', '甲公司', '913701000000000011'),
 (103, 'op', 'unit', '2021-03-05', '京公司', '911101000000000011'),
 (104, 'pv', 'unit', '2021-03-05', '扶贫车间', '913701000000000021'),
 (105, 'ru', 'flexible', '2021-03-05', '种植', NULL),
 (106, 'a15', 'flexible', '2021-03-09', '快递', NULL),
 (107, 'a16', 'flexible', '2021-03-10', '快递', NULL),
 (108, 'o59', 'flexible', '2021-03-09', '快递', NULL),
 (109, 'o60', 'flexible', '2021-03-10', '快递', NULL),
 (110, 'pen', 'unit', '2021-03-05', '甲公司', '913701000000000011'),
 (111, 'ui', 'flexible', '2021-03-05', '快递', NULL),
 (112, 'ui2', 'flexible', '2021-03-05', '快递', NULL),
 (113, 'inc', 'flexible', '2021-03-05', '快递', NULL),
 (114, 'inc2', 'flexible', '2021-03-05', '快递', NULL),
 (115, 'ex', 'unit', '2021-02-25', '甲公司', '913701000000000011'),
 (116, 'rn', 'unit', '2021-03-05', '甲公司', '913701000000000011'),
 (117, 'tr', 'unit', '2020-06-01', '甲公司', '913701000000000011'),
 (118, 'tr', 'unit', '2021-03-01', '乙公司', '913701000000000031'),
 (119, 'su', 'unit', '2021-03-01', '丙公司', '913701000000000041'),
 (120, 'ye', 'flexible', '2020-05-01', '快递', NULL),
 (121, 'ye', 'unit', '2021-03-01', '甲公司', '913701000000000011'),
 (122, 'cu', 'unit', '2020-03-01', '甲公司', '913701000000000011'),
 (123, 'cu', 'unit', '2021-03-01', '乙公司', '913701000000000031'),
 (124, 'cu2', 'unit', '2020-03-01', '甲公司', '913701000000000011'),
 (125, 'cu2', 'unit', '2021-03-01', '乙公司', '913701000000000031'),
 (126, 'cf', 'unit', '2020-03-01', '甲公司', '913701000000000011'),
 (127, 'cf', 'unit', '2021-03-01', '乙公司', '913701000000000031'),
 (128, 'ib', 'individual_business', '2020-04-01', '某某小吃店', '923701000000000011'),
 (129, 'ib', 'individual_business', '2021-03-01', '某某便利店', '923701000000000021'),
 (130, 'pw', 'public_welfare_post', '2020-02-01', '街道保洁', '123701000000000011'),
 (131, 'pw', 'public_welfare_post', '2021-03-01', '街道保洁', '123701000000000011'),
 (132, 'fl', 'flexible', '2020-02-01', '快递', NULL),
 (133, 'fl', 'flexible', '2021-03-01', '网约车', NULL),
 (134, 'fp', 'flexible', '2020-02-01', '快递', NULL),
 (135, 'fp', 'public_welfare_post', '2021-03-01', '街道保洁', '123701000000000011'),
 (136, 're', 'unit', '2020-03-01', '甲公司', '913701000000000011'),
 (137, 're', 'unit', '2021-03-01', '乙公司', '913701000000000031'),
 (138, 'yr', 'unit', '2020-01-05', '甲公司', '913701000000000011'),
 (139, 'yr', 'unit', '2020-03-05', '乙公司', '913701000000000031'),
 (140, 'yr', 'flexible', '2021-01-05', '快递', NULL),
 (141, 'yr', 'flexible', '2021-03-05', '网约车', NULL),
 (142, 'bd1', 'flexible', '2021-03-20', '快递', NULL),
 (143, 'bd2', 'flexible', '2021-03-21', '快递', NULL),
 (144, 'os', 'flexible', '2021-02-15', '快递', NULL),
 (145, 'dm', 'flexible', '2021-03-05', '快递', NULL),
 (146, 'dn', 'flexible', '2021-03-05', '快递', NULL),
 (147, 'dn2', 'flexible', '2021-03-05', '快递', NULL),
 (148, 'du', 'flexible', '2021-03-05', '  ', NULL),
 (149, 'dc', 'unit', '2021-03-05', '甲公司', '91370100000000001I'),
 (150, 'dp', 'flexible', '2021-03-05', '快递', NULL),
 (151, 'dp2', 'flexible', '2021-03-05', '快递', NULL),
 (152, 'dcm', 'unit', '2021-03-05', '甲公司', '913701000000000011'),
 (153, 'dum', 'unit', '2021-03-05', '甲公司', '913701000000000011'),
 (154, 'vf', 'flexible', '2021-03-05', '快递', NULL),
 (155, 'cx', 'flexible', '2021-03-05', '测试黑名单', NULL),
 (156, 'cd', 'flexible', '2021-03-05', '快递', NULL)) v
  join temp.ids i on i.k = v.column2;
update employment_record set check_status = 'error' where id = 102;
update employment_record set place = '110101' where id = 103;
update employment_record set placement = 'poverty_workshop' where id = 104;
update employment_record set urban_rural = '210' where id = 105;
update employment_record set monthly_income_fen = 79999 where id = 113;
update employment_record set monthly_income_fen = 80000 where id = 114;
update employment_record set end_date = '2021-03-10' where id = 115;
update employment_record set change_kind = 'renewal' where id = 116;
update employment_record set end_date = '2021-02-28' where id = 117;
update employment_record set end_date = '2020-10-31' where id in (122, 124, 126);
update employment_record set check_status = 'verified' where id = 123;
update employment_record set end_date = '2020-11-30' where id = 128;
update employment_record set end_date = '2020-08-31' where id in (130, 132, 134);
update employment_record set end_date = '2020-12-31' where id = 136;
update employment_record set end_date = '2020-02-28' where id = 138;
update employment_record set end_date = '2020-06-30' where id = 139;
update employment_record set recorded_on = '2021-03-01' where id = 144;
update employment_record set check_status = 'doubtful' where id = 145;
update employment_record set name = '张 三' where id in (146, 154);
update employment_record set name = '张　三' where id = 147;
update employment_record set phone = '1380000' where id = 150;
update employment_record set phone = '0531-88886666-123' where id = 151;
update employment_record set check_status = 'verified' where id = 154;
update employment_record set industry = '1' where id = 156;

insert into insurance_spell(person_id, scheme, credit_code, unit_name, insured_from, insured_to)
select i.id, v.column2, v.column3, v.column4, v.column5, v.column6 from (values
 ('tr', 'enterprise', '913701000000000011', '甲公司', '2020-06-01', '2021-02-28'),
 ('tr', 'enterprise', '913701000000000031', '乙公司', '2021-03-01', NULL),
 ('su', 'enterprise', '913701000000000041', '丙公司', '2020-05-01', NULL),
 ('cu', 'enterprise', '913701000000000011', '甲公司', '2020-03-01', '2020-10-31'),
 ('cu', 'enterprise', '913701000000000031', '乙公司', '2021-03-01', NULL),
 ('cu2', 'enterprise', '913701000000000011', '甲公司', '2020-03-01', '2020-10-31'),
 ('cu2', 'enterprise', '913701000000000031', '乙公司', '2021-03-01', NULL),
 ('dcm', 'enterprise', '913701000000000051', '丁公司', '2021-03-01', NULL),
 ('dum', 'enterprise', '913701000000000011', '甲有限公司', '2021-03-01', NULL)) v
  join temp.ids i on i.k = v.column1;
insert into pension(person_id, scheme, from_date, place)
select i.id, v.column2, v.column3, v.column4 from (values
 ('pen', 'resident', '2021-01-01', '370102'), ('pen2', 'employee', '2021-03-02', '370102'),
 ('penr', 'resident', '2021-03-03', '370102'), ('zbp', 'employee', '2021-02-10', '370302')) v
  join temp.ids i on i.k = v.column1;
insert into ui_benefit(person_id, from_date, to_date)
select i.id, v.column2, v.column3 from (values
 ('ui', '2021-01-01', '2021-04-30'), ('ui2', '2021-01-01', '2021-03-19')) v join temp.ids i on i.k = v.column1;
insert into work_injury_death(person_id, recognized_on, deemed, place)
select id, '2021-03-10', 0, '370103' from temp.ids where k = 'wid';

-- Registrations (approved): serial, area, name, sex, person, date (AAE036).
insert into registration(AAZ341, AAB301, AAC003, AAC004, AAC002, AAC058, AAC044, ADC221, AJC093, AAE540, AAE036)
select v.column1, v.column2, '李四', v.column4, i.id, '01', i.id, '1', '21', '1', v.column5 from (values
 ('R1', '370102', 're', '1', '20210110'), ('R2', '370102', 'rg2', '1', '20201001'),
 ('R3', '370102', 'rg3', '1', '20201001'), ('R4', '370102', 'rg4', '1', '20201001'),
 ('R5', '370102', 'rg5', '2', '20201101'), ('R6', '370102', 'rg6', '1', '20201005'),
 ('R7', '370302', 'rg6', '1', '20210225'), ('R8', '370102', 'rg8', '1', '20210325')) v
  join temp.ids i on i.k = v.column3;
insert into registration_event(AAZ341, date, type) values ('R1', '2021-03-01', 'employed');
insert into registration_place(AAZ341, urban_rural) values
 ('R1', '111'), ('R2', '111'), ('R4', '220'), ('R5', '111'), ('R6', '111'), ('R7', '121'), ('R8', '111');

-- 02: period 2021-03 in 济南: every record listed, with its decision and rule
select '02', record, (select k from temp.ids where id = person), form, type, date, decision, rule, ref, detail
  from new_urban_employment('济南', '2021-03');
select '02_count', decision, count(*) from new_urban_employment('济南', '2021-03') group by decision;
-- counted persons 2021-03 minus natural attrition (one retirement, one work-injury death)
select '02_total', new_urban_employment_count('济南', '2021-03');

-- 03: the once-a-year rule on the same person (yr): 2020 keeps the latest, 2021 the first
select '03', period, record, decision, rule, detail from new_urban_employment('济南', '2020-01') where record in (138, 139);
select '03', period, record, decision, rule, detail from new_urban_employment('济南', '2020-03') where record in (138, 139);
select '03', period, record, decision, rule, detail from new_urban_employment('济南', '2021-01') where record in (140, 141);
select '03_rule', policy_eval('山东', 'stats.year_pick', '2020-12-20'), policy_eval('山东', 'stats.year_pick', '2020-12-21');

-- 04: the 21st belongs to the next period; a record entered late is counted in its own period
select '04', period, record, decision, rule, detail from new_urban_employment('济南', '2021-04');
select '04', period, record, decision, rule from new_urban_employment('济南', '2021-02');

-- 05: areas: a county, the province, a county of another city
select '05', count(*), sum(decision = 'counted') from new_urban_employment('370102', '2021-03');
select '05', count(*), sum(decision = 'counted') from new_urban_employment(NULL, '2021-03');
select '05', count(*) from new_urban_employment('370103', '2021-03');

-- 06: natural attrition: same period in 济南 (lag 0), one period late in 淄博 (lag 1, test value)
select '06', * from natural_attrition('济南', '2021-03');
select '06_lag', policy_param('济南', 'attrition_lag_periods', '2021-03-20');
select '06_02', count(*) from natural_attrition('淄博', '2021-03');
select '06_03', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
-- test value, not a real one
parameter "attrition_lag_periods" { { from = "2021-01-01", value = 1, ref = "test value" } }', 'test');
select '06_04', * from natural_attrition('淄博', '2021-03');
select '06_05', count(*) from natural_attrition('淄博', '2021-02');
select '06_06', count(*), group_concat(kind) from natural_attrition(NULL, '2021-03');

-- 07: registered urban unemployment at the end of 2021-03
select '07', registration, (select k from temp.ids where id = person), city, county, date, status, decision, rule, ref, detail
  from registered_urban_unemployment(NULL, '2021-03');
select '07_count', registered_urban_unemployment_count(NULL, '2021-03'), registered_urban_unemployment_count('济南', '2021-03'),
       registered_urban_unemployment_count('淄博', '2021-03');
select '07_04', registration, decision, rule from registered_urban_unemployment('济南', '2021-04');

-- 09: 失业再就业 needs employment before the registration, and the person still registered the day
-- before (reading: REEMP is the registration, not a mere 断缴); a registration closed before is
-- still a 四(一)1 transition for a unit change across years
insert into temp.ids select column1, column2 || idcard_checkdigit(column2) from (values
 ('rn1', '37010419900101001'), ('rn2', '37010419900101011'));
insert into registration(AAZ341, AAB301, AAC003, AAC004, AAC002, AAC058, AAC044, ADC221, AJC093, AAE540, AAE036)
select v.column1, '370104', '李四', '1', i.id, '01', i.id, '1', '21', '1', v.column2 from (values
 ('R9', '20210110', 'rn1'), ('R10', '20201105', 'rn2')) v join temp.ids i on i.k = v.column3;
insert into registration_event(AAZ341, date, type) values ('R10', '2020-12-01', 'employed');
insert into employment_record(id, person_id, name, phone, form, date, end_date, unit_name, credit_code, place, urban_rural, office)
select v.column1, i.id, '赵六', '13800000000', 'unit', v.column3, v.column4, v.column5, v.column6, '370104', '111', '370104'
  from (values
 (170, 'rn1', '2021-05-01', NULL, '甲公司', '913701000000000011'),
 (171, 'rn2', '2020-03-01', '2020-10-31', '甲公司', '913701000000000011'),
 (172, 'rn2', '2021-05-01', NULL, '乙公司', '913701000000000031')) v join temp.ids i on i.k = v.column2;
select '09', record, (select k from temp.ids where id = person), type, date, decision, rule, ref, detail
  from new_urban_employment('370104', '2021-05');

-- 08: a city check that returns a bad code, and a 低保 standard not entered, are errors
select '08_01', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
-- test rule, not a real one
rule "stats.city_checks" { from = "2021-01-01", ref = "test rule 2", function(f, as_of)
  return { rule = "exclude.me", detail = "x" } end }', 'test');
insert into employment_record(id, person_id, name, phone, form, date, unit_name, place, urban_rural, office)
select 160, id, '王五', '13800000000', 'flexible', '2021-03-05', '快递', '370302', '111', '370302' from temp.ids where k = 'zb';
select '08_02', count(*) from new_urban_employment('淄博', '2021-03');
insert into employment_record(id, person_id, name, phone, form, date, unit_name, place, urban_rural, office, monthly_income_fen)
select 161, id, '王五', '13800000000', 'flexible', '2021-03-05', '快递', '371002', '111', '371002', 50000 from temp.ids where k = 'wh';
select '08_03', count(*) from new_urban_employment('威海', '2021-03');
select '08_04', count(*) from new_urban_employment('missing');

-- 10: not innocuous: under trusted_schema = OFF a view may not start the statistics (SECURITY.md)
pragma trusted_schema = off;
create view v_nue as select count(*) from new_urban_employment('济南', '2021-03');
create view v_nuec as select new_urban_employment_count('济南', '2021-03');
select '10_01', * from v_nue;
select '10_02', * from v_nuec;
pragma trusted_schema = on;
select '10_03', * from v_nue;

-- 11: a registration without an ID number (a passport: no birth date for unemployment_status) is an
-- error naming the registration, not a silent loss
insert into registration(AAZ341, AAB301, AAC003, AAC004, AAC002, AAC058, AAC044, ADC221, AJC093, AAE540, AAE036)
values ('R11', '371002', 'John Smith', '1', NULL, '05', 'E12345678', '1', '21', '1', '20210110');
select '11_01', count(*) from registered_urban_unemployment('威海', '2021-03');
