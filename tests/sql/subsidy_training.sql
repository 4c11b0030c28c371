-- tests/sql/subsidy_training.sql: family G (training), lua/shandong/subsidies/training.lua: the
-- exact fen of G1-G10: each window's day before / first / last / after; the 3-times and same-level
-- tests; G2's rates; G4's ratio read on completion_date (a city restating it); the 以工代训 pair
-- G6/G7 on each version boundary (the day before and the day of 77号 2020-06-05, 63号 2020-06-08,
-- 函78号 2020-10-28), the acceptance end, the five-sector registration date, G6's months to
-- 2020-12, G7's hardship months in order, the 6-month limit, the caps and paid_fen; each
-- not-eligible case and fact error; city-set values missing (济南 enters none), entered (德州) and
-- below the bound (滨州); G10 in a city 鲁人社函〔2020〕8号 does not address (青岛).
-- Expected output: subsidy_training.expected.

-- test city scripts (test values, not real ones)
select 'city', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
parameter "yigong_daixun_poverty_monthly" { { from = "2020-05-21", value = 50000, ref = "test: 500 元" } }
parameter "chongqing_training_allowance_daily" { { from = "2020-01-01", value = 6000, ref = "test: 60 元" } }
parameter "online_platform_training_ratio" { { from = "2021-01-01", value = "0.1", ref = "test: lowered to 10%" } }', 'test');
select 'city', policy_install('滨州', 'city { code = "371600", name = "滨州", extends = "shandong" }
parameter "chongqing_training_allowance_daily" { { from = "2020-01-01", value = 5000, ref = "test: the floor" },
  { from = "2021-01-01", value = 4999, ref = "test: below 50 元" } }', 'test');

-- G1 vocational_training_subsidy: the standard of the claim, at most 3 times a year
create temp table g1(k, c default '2020-08-01', cat default 'worker', t default 0, r default 'false');
insert into g1(k, c) values ('cert_2020_05_20', '2020-05-20'), ('cert_2020_05_21', '2020-05-21'), ('cert_2021_12_31', '2021-12-31'), ('cert_2022_01_01', '2022-01-01');
insert into g1(k, t) values ('times_2', 2), ('times_3', 3);
insert into g1(k, r) values ('repeat_same_level', 'true');
insert into g1(k, cat) values ('student', 'student');
select 'G1', k, subsidy_amount_fen('济南', 'vocational_training_subsidy', '2021-06-01', json_object('standard_fen', 123456, 'category', cat, 'certificate_date', c, 'times_before', t, 'repeat_same_level', json(r))) from g1;
select 'G1_before', subsidy_amount_fen('济南', 'vocational_training_subsidy', '2020-05-20', '{"standard_fen":100,"category":"worker","certificate_date":"2020-05-21","times_before":0,"repeat_same_level":false}');
select 'G1_err', subsidy_amount_fen('济南', 'vocational_training_subsidy', '2020-06-01', '{"standard_fen":100,"category":"pupil","certificate_date":"2020-05-21","times_before":0,"repeat_same_level":false}');

-- G2 project_based_training_disbursement: 60% in advance; the total 100% at 85% employed or 95%
-- passed, else at most 80%
create temp table g2(k, st default 'final', c default '2020-06-01', t default 20, e default 0, p default 0);
insert into g2(k, st) values ('advance', 'advance');
insert into g2(k, e) values ('employed_17_of_20', 17), ('employed_16_of_20', 16);
insert into g2(k, p) values ('passed_19_of_20', 19), ('passed_18_of_20', 18);
insert into g2(k, t, e, p) values ('no_trainees', 0, 0, 0), ('employed_6_of_7', 7, 6, 0), ('passed_7_of_7', 7, 0, 7), ('passed_6_of_7', 7, 0, 6);
insert into g2(k, c) values ('contract_2020_05_20', '2020-05-20'), ('contract_2022_01_01', '2022-01-01');
insert into g2(k, c, e) values ('contract_2020_05_21', '2020-05-21', 20), ('contract_2021_12_31', '2021-12-31', 20);
select 'G2', k, subsidy_amount_fen('济南', 'project_based_training_disbursement', '2021-06-01', json_object('contract_amount_fen', 100001, 'stage', st, 'contract_date', c, 'trainees', t, 'employed', e, 'passed', p)) from g2;
select 'G2_trace', step, detail from subsidy_amount('济南', 'project_based_training_disbursement', '2021-06-01', '{"contract_amount_fen":100001,"stage":"final","contract_date":"2020-06-01","trainees":20,"employed":16,"passed":18}');
select 'G2_err', subsidy_amount_fen('济南', 'project_based_training_disbursement', '2021-06-01', '{"contract_amount_fen":100001,"stage":"interim","contract_date":"2020-06-01","trainees":20,"employed":16,"passed":18}');

-- G3 online_training_living_allowance: 5 元 per 学时 for the key groups
create temp table g3(k, cat default 'migrant', h default 40, c default '2020-04-01', t default 0, r default 'false');
insert into g3(k, cat) values ('migrant', 'migrant'), ('graduate_2y', 'graduate_2y'), ('poor', 'poor'), ('poor_family_child', 'poor_family_child'), ('other', 'other');
insert into g3(k, c) values ('done_2020_02_05', '2020-02-05'), ('done_2020_02_06', '2020-02-06'), ('done_2020_06_30', '2020-06-30'), ('done_2020_07_01', '2020-07-01');
insert into g3(k, t) values ('times_2', 2), ('times_3', 3);
insert into g3(k, r) values ('repeat', 'true');
insert into g3(k, h) values ('hours_0', 0), ('hours_1', 1);
select 'G3', k, subsidy_amount_fen('济南', 'online_training_living_allowance', '2020-07-15', json_object('category', cat, 'hours', h, 'completion_date', c, 'times_before', t, 'repeat_same_level', json(r))) from g3;
select 'G3_before', subsidy_amount_fen('济南', 'online_training_living_allowance', '2020-02-05', '{"category":"poor","hours":40,"completion_date":"2020-02-06","times_before":0,"repeat_same_level":false}');
select 'G3_err', subsidy_amount_fen('济南', 'online_training_living_allowance', '2020-07-15', '{"category":"poor","hours":"40","completion_date":"2020-04-01","times_before":0,"repeat_same_level":false}');

-- G4 online_platform_training_subsidy: persons × round(ratio on completion_date × standard)
create temp table g4(k, c);
insert into g4 values ('done_2020_02_05', '2020-02-05'), ('done_2020_02_06', '2020-02-06'), ('done_2020_12_31', '2020-12-31'), ('done_2021_01_01', '2021-01-01'), ('done_2021_12_31', '2021-12-31'), ('done_2022_01_01', '2022-01-01');
select 'G4', k, subsidy_amount_fen('济南', 'online_platform_training_subsidy', '2022-06-01', json_object('standard_fen', 12345, 'persons', 10, 'completion_date', c)), subsidy_amount_fen('德州', 'online_platform_training_subsidy', '2022-06-01', json_object('standard_fen', 12345, 'persons', 10, 'completion_date', c)) from g4;
select 'G4_trace', step, detail from subsidy_amount('德州', 'online_platform_training_subsidy', '2022-06-01', '{"standard_fen":12345,"persons":10,"completion_date":"2021-01-01"}');
select 'G4_err', subsidy_amount_fen('济南', 'online_platform_training_subsidy', '2022-06-01', '{"standard_fen":12345,"completion_date":"2021-01-01"}');

-- G5 offline_practical_after_online_subsidy: round(80% × standard) after the online subsidy
create temp table g5(k, c default '2020-08-01', o default 'true');
insert into g5(k, c) values ('cert_2020_06_21', '2020-06-21'), ('cert_2020_06_22', '2020-06-22'), ('cert_2020_12_31', '2020-12-31'), ('cert_2021_01_01', '2021-01-01');
insert into g5(k, o) values ('not_online_subsidised', 'false');
select 'G5', k, subsidy_amount_fen('济南', 'offline_practical_after_online_subsidy', '2021-02-01', json_object('standard_fen', 12345, 'certificate_date', c, 'online_subsidised', json(o))) from g5;
select 'G5_before', subsidy_amount_fen('济南', 'offline_practical_after_online_subsidy', '2020-06-21', '{"standard_fen":12345,"certificate_date":"2020-06-22","online_subsidised":true}');
select 'G5_err', subsidy_amount_fen('济南', 'offline_practical_after_online_subsidy', '2021-02-01', '{"standard_fen":12345,"certificate_date":"2020-06-22","online_subsidised":true,"extra":1}');

-- G6 yigong_daixun_absorption: 500 元 × persons × min(months, 6 − months_used, months to 2020-12)
create temp table g6(k, a default '2020-11-01', sz default 'small', sec default 'other', sd default '2019-01-01', cat default 'difficult', h default '2020-07-15', p default 2, m default 6, u default 0);
insert into g6(k) values ('small_six_months');
insert into g6(k, h) values ('hire_2019_12_31', '2019-12-31'), ('hire_2020_01_01', '2020-01-01'), ('hire_2020_10_15', '2020-10-15'), ('hire_2020_12_31', '2020-12-31'), ('hire_2021_01_01', '2021-01-01');
insert into g6(k, u) values ('used_4', 4), ('used_6', 6), ('used_7', 7);
insert into g6(k, m) values ('months_1', 1), ('months_0', 0);
insert into g6(k, cat) values ('zero_employment_family', 'zero_employment_family'), ('graduate_2y', 'graduate_2y'), ('registered_unemployed', 'registered_unemployed'), ('poor_labor_78', 'poor_labor'), ('vocational_graduate_2y_78', 'vocational_graduate_2y'), ('other', 'other');
insert into g6(k, sz) values ('medium', 'medium'), ('micro', 'micro'), ('large_other', 'large');
insert into g6(k, sz, sec, sd) values ('large_transport_2020_05_08', 'large', 'transport', '2020-05-08'), ('large_transport_2020_05_09', 'large', 'transport', '2020-05-09'), ('small_sector_date_ignored', 'small', 'transport', '2020-08-01');
-- the versions by as_of
insert into g6(k, a) values ('as_of_2020_06_05_77', '2020-06-05'), ('as_of_2021_03_31', '2021-03-31'), ('as_of_2021_04_01_accept_end', '2021-04-01');
insert into g6(k, a, sz, sec, sd) values ('large_2020_06_07_77', '2020-06-07', 'large', 'wholesale_retail', '2020-08-01'), ('large_2020_06_08_63', '2020-06-08', 'large', 'wholesale_retail', '2020-08-01'), ('large_2020_10_27_63', '2020-10-27', 'large', 'wholesale_retail', '2020-08-01'), ('large_2020_10_28_78', '2020-10-28', 'large', 'wholesale_retail', '2020-08-01');
insert into g6(k, a, cat) values ('poor_labor_2020_10_27_63', '2020-10-27', 'poor_labor'), ('poor_labor_2020_10_28_78', '2020-10-28', 'poor_labor');
-- 77号's version: hired in January, paid through June at most
insert into g6(k, a, h) values ('hire_2020_01_01_77', '2020-06-05', '2020-01-01');
select 'G6', k, subsidy_amount_fen('济南', 'yigong_daixun_absorption', a, json_object('size', sz, 'sector', sec, 'sector_date', sd, 'category', cat, 'hire_date', h, 'persons', p, 'months', m, 'months_used', u)) from g6;
select 'G6_trace', step, detail from subsidy_amount('济南', 'yigong_daixun_absorption', '2020-11-01', '{"size":"large","sector":"transport","sector_date":"2020-05-08","category":"poor_labor","hire_date":"2020-10-15","persons":2,"months":6,"months_used":1}');
select 'G6_before', subsidy_amount_fen('济南', 'yigong_daixun_absorption', '2020-06-04', '{"size":"small","sector":"other","sector_date":"2019-01-01","category":"difficult","hire_date":"2020-03-01","persons":1,"months":1,"months_used":0}');
select 'G6_err', subsidy_amount_fen('济南', 'yigong_daixun_absorption', '2020-11-01', '{"size":"small","sector":"mining","sector_date":"2019-01-01","category":"difficult","hire_date":"2020-03-01","persons":1,"months":1,"months_used":0}');
select 'G6_err', subsidy_amount_fen('济南', 'yigong_daixun_absorption', '2020-11-01', '{"size":"small","sector":"other","category":"difficult","hire_date":"2020-03-01","persons":1,"months":1,"months_used":0}');

-- G7 yigong_daixun_hardship: the first (6 − months_used) hardship months of 2020 in month order,
-- 500 元 × trainees each; the cap less paid_fen
create temp table g7(k, a default '2020-11-01', sz default 'small', sec default 'other', sd default '2019-01-01', cm, u default 0, pd default 0);
-- the tests of 函78号 (Jan–May revenue 50% or energy 70%; Jun–Dec 20% or 50%) against 63号's 70%
insert into g7(k, a, cm) values
  ('tests_78', '2020-10-28', '[{"month":"2020-03","trainees":10,"revenue_drop_bp":5000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-04","trainees":10,"revenue_drop_bp":4999,"electricity_drop_bp":7000,"energy_drop_bp":0},{"month":"2020-05","trainees":10,"revenue_drop_bp":4999,"electricity_drop_bp":6999,"energy_drop_bp":6999},{"month":"2020-06","trainees":10,"revenue_drop_bp":2000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-07","trainees":10,"revenue_drop_bp":0,"electricity_drop_bp":0,"energy_drop_bp":5000},{"month":"2020-08","trainees":10,"revenue_drop_bp":1999,"electricity_drop_bp":4999,"energy_drop_bp":4999}]'),
  ('tests_63', '2020-10-27', '[{"month":"2020-03","trainees":10,"revenue_drop_bp":5000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-04","trainees":10,"revenue_drop_bp":4999,"electricity_drop_bp":7000,"energy_drop_bp":0},{"month":"2020-05","trainees":10,"revenue_drop_bp":4999,"electricity_drop_bp":6999,"energy_drop_bp":6999},{"month":"2020-06","trainees":10,"revenue_drop_bp":2000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-07","trainees":10,"revenue_drop_bp":0,"electricity_drop_bp":0,"energy_drop_bp":5000},{"month":"2020-08","trainees":10,"revenue_drop_bp":1999,"electricity_drop_bp":4999,"energy_drop_bp":4999}]'),
  ('tests_77', '2020-06-05', '[{"month":"2020-02","trainees":10,"revenue_drop_bp":7000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-03","trainees":10,"revenue_drop_bp":6999,"electricity_drop_bp":6999,"energy_drop_bp":7000},{"month":"2020-04","trainees":10,"revenue_drop_bp":6999,"electricity_drop_bp":6999,"energy_drop_bp":6999}]');
-- month order: given 09, 02, 07, 03, 11 with 3 months left → 02, 03, 07 count
insert into g7(k, u, cm) values
  ('order_used_3', 3, '[{"month":"2020-09","trainees":1,"revenue_drop_bp":8000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-02","trainees":2,"revenue_drop_bp":8000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-07","trainees":3,"revenue_drop_bp":8000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-03","trainees":4,"revenue_drop_bp":8000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-11","trainees":5,"revenue_drop_bp":8000,"electricity_drop_bp":0,"energy_drop_bp":0}]'),
  ('order_used_0', 0, '[{"month":"2020-09","trainees":1,"revenue_drop_bp":8000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-02","trainees":2,"revenue_drop_bp":8000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-07","trainees":3,"revenue_drop_bp":8000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-03","trainees":4,"revenue_drop_bp":8000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-11","trainees":5,"revenue_drop_bp":8000,"electricity_drop_bp":0,"energy_drop_bp":0}]'),
  ('used_6', 6, '[{"month":"2020-02","trainees":2,"revenue_drop_bp":8000,"electricity_drop_bp":0,"energy_drop_bp":0}]');
-- months outside 2020 do not count; a not-hardship month does not use up a month
insert into g7(k, u, cm) values
  ('outside_2020', 0, '[{"month":"2019-12","trainees":10,"revenue_drop_bp":9000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2021-01","trainees":10,"revenue_drop_bp":9000,"electricity_drop_bp":0,"energy_drop_bp":0}]'),
  ('skip_not_hardship', 5, '[{"month":"2020-06","trainees":10,"revenue_drop_bp":100,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-07","trainees":7,"revenue_drop_bp":2500,"electricity_drop_bp":0,"energy_drop_bp":0}]'),
  ('empty', 0, '[]');
-- the caps: 101 trainees × 6 months = 30.3万 (SME: 30万 函78号, 10万 63号); paid_fen
insert into g7(k, a, u, pd, cm) select k, a, 0, pd, '[' || (select group_concat(json_object('month', printf('2020-%02d', n), 'trainees', 101, 'revenue_drop_bp', 9000, 'electricity_drop_bp', 0, 'energy_drop_bp', 0)) from (select 1 n union all select 2 union all select 3 union all select 4 union all select 5 union all select 6)) || ']' from (select 'cap_sme_78' k, '2020-10-28' a, 0 pd union all select 'cap_sme_63', '2020-10-27', 0 union all select 'cap_sme_77', '2020-06-05', 0 union all select 'paid_29万_78', '2020-11-01', 29000000 union all select 'paid_30万_78', '2020-11-01', 30000000 union all select 'paid_31万_78', '2020-11-01', 31000000);
-- large firms of the five sectors: 1000 trainees × 6 months = 300万 (200万 函78号, 50万 63号, none 77号)
insert into g7(k, a, sz, sec, sd, cm) select k, a, 'large', sec, sd, '[' || (select group_concat(json_object('month', printf('2020-%02d', n), 'trainees', 1000, 'revenue_drop_bp', 9000, 'electricity_drop_bp', 0, 'energy_drop_bp', 0)) from (select 1 n union all select 2 union all select 3 union all select 4 union all select 5 union all select 6)) || ']' from (select 'large_78' k, '2020-10-28' a, 'culture_tourism' sec, '2020-05-08' sd union all select 'large_78_sector_2020_05_09', '2020-10-28', 'culture_tourism', '2020-05-09' union all select 'large_63_sector_2020_08_01', '2020-10-27', 'culture_tourism', '2020-08-01' union all select 'large_63', '2020-06-08', 'foreign_trade', '2019-01-01' union all select 'large_77', '2020-06-07', 'foreign_trade', '2019-01-01' union all select 'large_other_78', '2020-10-28', 'other', '2019-01-01');
-- acceptance
insert into g7(k, a, cm) values ('as_of_2021_03_31', '2021-03-31', '[{"month":"2020-12","trainees":1,"revenue_drop_bp":2000,"electricity_drop_bp":0,"energy_drop_bp":0}]'), ('as_of_2021_04_01', '2021-04-01', '[{"month":"2020-12","trainees":1,"revenue_drop_bp":2000,"electricity_drop_bp":0,"energy_drop_bp":0}]');
select 'G7', k, subsidy_amount_fen('济南', 'yigong_daixun_hardship', a, json_object('size', sz, 'sector', sec, 'sector_date', sd, 'claim_months', json(cm), 'months_used', u, 'paid_fen', pd)) from g7;
select 'G7_trace', step, detail from subsidy_amount('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":[{"month":"2020-09","trainees":1,"revenue_drop_bp":8000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-06","trainees":10,"revenue_drop_bp":100,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2021-01","trainees":10,"revenue_drop_bp":9000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-02","trainees":2,"revenue_drop_bp":8000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-03","trainees":4,"revenue_drop_bp":8000,"electricity_drop_bp":0,"energy_drop_bp":0}],"months_used":4,"paid_fen":9950000}');
select 'G7_before', subsidy_amount_fen('济南', 'yigong_daixun_hardship', '2020-06-04', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":[],"months_used":0,"paid_fen":0}');
select 'G7_err', subsidy_amount_fen('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":[{"month":"2020-07","trainees":1,"revenue_drop_bp":8000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-07","trainees":2,"revenue_drop_bp":8000,"electricity_drop_bp":0,"energy_drop_bp":0}],"months_used":0,"paid_fen":0}');
select 'G7_err', subsidy_amount_fen('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":[{"month":"2020-13","trainees":1,"revenue_drop_bp":8000,"electricity_drop_bp":0,"energy_drop_bp":0}],"months_used":0,"paid_fen":0}');
select 'G7_err', subsidy_amount_fen('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":[{"month":"2020-07","revenue_drop_bp":8000,"electricity_drop_bp":0,"energy_drop_bp":0}],"months_used":0,"paid_fen":0}');
select 'G7_err', subsidy_amount_fen('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":{"month":"2020-07"},"months_used":0,"paid_fen":0}');
select 'G7_err', subsidy_amount_fen('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":[{"month":"2020-07","trainees":1,"revenue_drop_bp":8000,"electricity_drop_bp":0,"energy_drop_bp":0,"water_drop_bp":1}],"months_used":0,"paid_fen":0}');

-- G8 yigong_daixun_poverty_special_account: persons × months left of 6 × the city's standard
create temp table g8(k, s default '2020-08-01', m default 3, u default 0, got default 'false');
insert into g8(k, s) values ('start_2020_05_20', '2020-05-20'), ('start_2020_05_21', '2020-05-21'), ('start_2021_12_31', '2021-12-31'), ('start_2022_01_01', '2022-01-01');
insert into g8(k, u) values ('used_3', 3), ('used_5', 5), ('used_6', 6);
insert into g8(k, m) values ('months_7', 7), ('months_0', 0);
insert into g8(k, got) values ('already_received', 'true');
select 'G8', k, subsidy_amount_fen('德州', 'yigong_daixun_poverty_special_account', '2022-02-01', json_object('persons', 2, 'start_date', s, 'months', m, 'months_used', u, 'already_received', json(got))) from g8;
select 'G8_before', subsidy_amount_fen('德州', 'yigong_daixun_poverty_special_account', '2020-05-20', '{"persons":2,"start_date":"2020-05-21","months":3,"months_used":0,"already_received":false}');
select 'G8_unset', subsidy_amount_fen('济南', 'yigong_daixun_poverty_special_account', '2020-09-01', '{"persons":2,"start_date":"2020-08-01","months":3,"months_used":0,"already_received":false}');
select 'G8_unset', subsidy_amount_fen('济南', 'yigong_daixun_poverty_special_account', '2020-09-01', '{"persons":2,"start_date":"2020-08-01","months":3,"months_used":0,"already_received":true}');
select 'G8_err', subsidy_amount_fen('德州', 'yigong_daixun_poverty_special_account', '2020-09-01', '{"persons":null,"start_date":"2020-08-01","months":3,"months_used":0,"already_received":false}');

-- G9 skill_appraisal_subsidy: the fee of a first attempt
create temp table g9(k, c default '2020-08-01', fa default 'true');
insert into g9(k, c) values ('cert_2020_05_20', '2020-05-20'), ('cert_2020_05_21', '2020-05-21'), ('cert_2021_12_31', '2021-12-31'), ('cert_2022_01_01', '2022-01-01');
insert into g9(k, fa) values ('not_first_attempt', 'false');
select 'G9', k, subsidy_amount_fen('济南', 'skill_appraisal_subsidy', '2022-02-01', json_object('fee_fen', 15000, 'first_attempt', json(fa), 'certificate_date', c)) from g9;
select 'G9_before', subsidy_amount_fen('济南', 'skill_appraisal_subsidy', '2020-05-20', '{"fee_fen":15000,"first_attempt":true,"certificate_date":"2020-05-21"}');
select 'G9_err', subsidy_amount_fen('济南', 'skill_appraisal_subsidy', '2020-08-01', '{"fee_fen":15000,"first_attempt":"true","certificate_date":"2020-05-21"}');

-- G10 chongqing_training_living_allowance: days × the city's daily amount (>= 50 元), the 14
-- addressed cities only
create temp table g10(k, s);
insert into g10 values ('start_2019_12_31', '2019-12-31'), ('start_2020_01_01', '2020-01-01'), ('start_2021_12_31', '2021-12-31'), ('start_2022_01_01', '2022-01-01');
select 'G10', k, subsidy_amount_fen('德州', 'chongqing_training_living_allowance', '2020-06-01', json_object('start_date', s, 'days', 10)), subsidy_amount_fen('滨州', 'chongqing_training_living_allowance', '2020-06-01', json_object('start_date', s, 'days', 10)), subsidy_amount_fen('青岛', 'chongqing_training_living_allowance', '2020-06-01', json_object('start_date', s, 'days', 10)) from g10;
select 'G10_trace', step, detail from subsidy_amount('青岛', 'chongqing_training_living_allowance', '2020-06-01', '{"start_date":"2020-03-01","days":10}');
select 'G10_bound', subsidy_amount_fen('滨州', 'chongqing_training_living_allowance', '2021-01-01', '{"start_date":"2020-03-01","days":10}');
select 'G10_before', subsidy_amount_fen('德州', 'chongqing_training_living_allowance', '2020-03-05', '{"start_date":"2020-03-01","days":10}');
select 'G10_unset', subsidy_amount_fen('济南', 'chongqing_training_living_allowance', '2020-06-01', '{"start_date":"2020-03-01","days":10}');
select 'G10_unset', subsidy_amount_fen('济南', 'chongqing_training_living_allowance', '2020-06-01', '{"start_date":"2022-03-01","days":10}');
select 'G10_err', subsidy_amount_fen('德州', 'chongqing_training_living_allowance', '2020-06-01', '{"start_date":"2020-03-01","days":-1}');
