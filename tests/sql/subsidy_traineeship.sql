-- tests/sql/subsidy_traineeship.sql: family F (traineeship), lua/shandong/subsidies/traineeship.lua:
-- the exact fen of F1 and F2: 60% and 70% (retention 50%, from 2020-04-30: the day before and the
-- day), the minimum wage read on end_date / contract_date (a tier change between), the 择业期 and
-- the 16-24 age bounds, F2's window days, each not-eligible case and fact error; the minimum wage
-- missing (济南 enters none) and entered (德州). Expected output: subsidy_traineeship.expected.

-- test city script (test values, not real ones): a tier change on 2020-10-01
select 'city', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
parameter "min_wage_monthly" { { from = "2018-06-01", value = 173000, ref = "test: 1730 元 tier" },
  { from = "2020-10-01", value = 190000, ref = "test: 1900 元 tier" } }', 'test');

-- F1 trainee_subsidy: months × round(rate × the minimum wage on end_date)
create temp table f1(k, cat default 'graduate', g default '2020-06-30', b default NULL, s default '2020-07-01', e default '2020-09-30', m default 4, t default 10, r default 5, got default 'false');
insert into f1(k) values ('retained_half_70');
insert into f1(k, r) values ('retained_4_of_10_60', 4), ('retained_all', 10);
insert into f1(k, t, r) values ('retained_1_of_3_60', 3, 1), ('retained_2_of_3_70', 3, 2), ('no_trainees_60', 0, 0);
insert into f1(k, e) values ('end_2020_09_30', '2020-09-30'), ('end_2020_10_01_new_tier', '2020-10-01'), ('end_2020_04_29_60', '2020-04-29'), ('end_2020_04_30_70', '2020-04-30'), ('end_2020_02_17_60', '2020-02-17');
insert into f1(k, s) values ('start_2023_06_30', '2023-06-30'), ('start_2023_07_01', '2023-07-01');
insert into f1(k, cat, g, b) values ('youth_16', 'youth', NULL, '2004-07-01'), ('youth_15', 'youth', NULL, '2004-07-02'), ('youth_24', 'youth', NULL, '1995-07-02'), ('youth_25', 'youth', NULL, '1995-07-01');
-- graduation_date given for a youth is ignored
insert into f1(k, cat, b) values ('youth_with_graduation', 'youth', '2000-01-01');
insert into f1(k, got) values ('already_received', 'true');
insert into f1(k, m) values ('months_0', 0), ('months_1', 1), ('months_12', 12);
select 'F1', k, subsidy_amount_fen('德州', 'trainee_subsidy', '2020-12-01', json_object('category', cat, 'graduation_date', g, 'birth_date', b, 'start_date', s, 'end_date', e, 'months', m, 'trainees', t, 'retained', r, 'already_received', json(got))) from f1;
select 'F1_trace', step, detail from subsidy_amount('德州', 'trainee_subsidy', '2020-12-01', '{"category":"graduate","graduation_date":"2020-06-30","start_date":"2020-07-01","end_date":"2020-10-31","months":4,"trainees":3,"retained":2,"already_received":false}');
-- a traineeship ended before the 60% standard (2020-02-17): the engine's error
select 'F1_end_before', subsidy_amount_fen('德州', 'trainee_subsidy', '2020-12-01', '{"category":"graduate","graduation_date":"2019-06-30","start_date":"2019-07-01","end_date":"2020-02-16","months":4,"trainees":3,"retained":2,"already_received":false}');
select 'F1_before', subsidy_amount_fen('德州', 'trainee_subsidy', '2020-02-16', '{"category":"graduate","graduation_date":"2019-06-30","start_date":"2019-07-01","end_date":"2020-02-16","months":4,"trainees":3,"retained":2,"already_received":false}');
select 'F1_unset', subsidy_amount_fen('济南', 'trainee_subsidy', '2020-12-01', '{"category":"graduate","graduation_date":"2020-06-30","start_date":"2020-07-01","end_date":"2020-10-31","months":4,"trainees":3,"retained":2,"already_received":false}');
select 'F1_unset', subsidy_amount_fen('济南', 'trainee_subsidy', '2020-12-01', '{"category":"graduate","graduation_date":"2020-06-30","start_date":"2020-07-01","end_date":"2020-10-31","months":4,"trainees":3,"retained":2,"already_received":true}');
select 'F1_err', subsidy_amount_fen('德州', 'trainee_subsidy', '2020-12-01', '{"category":"youth","graduation_date":"2020-06-30","start_date":"2020-07-01","end_date":"2020-10-31","months":4,"trainees":3,"retained":2,"already_received":false}');
select 'F1_err', subsidy_amount_fen('德州', 'trainee_subsidy', '2020-12-01', '{"category":"graduate","start_date":"2020-07-01","end_date":"2020-10-31","months":4,"trainees":3,"retained":2,"already_received":false}');
select 'F1_err', subsidy_amount_fen('德州', 'trainee_subsidy', '2020-12-01', '{"category":"student","start_date":"2020-07-01","end_date":"2020-10-31","months":4,"trainees":3,"retained":2,"already_received":false}');
select 'F1_err', subsidy_amount_fen('德州', 'trainee_subsidy', '2020-12-01', '{"category":"graduate","graduation_date":"2020-06-30","start_date":"2020-07-01","end_date":"2020-10-31","months":4,"trainees":3,"retained":-2,"already_received":false}');

-- F2 trainee_remaining_period_subsidy: the unserved months × round(60% × the minimum wage on contract_date)
create temp table f2(k, s default '2020-03-01', a default 6, sv default 2, c default '2020-07-01', got default 'false');
insert into f2(k) values ('four_left');
insert into f2(k, c) values ('contract_2020_04_29', '2020-04-29'), ('contract_2020_04_30', '2020-04-30'), ('contract_2020_09_30', '2020-09-30'), ('contract_2020_10_01_new_tier', '2020-10-01'), ('contract_2020_12_31', '2020-12-31'), ('contract_2021_01_01', '2021-01-01');
insert into f2(k, sv) values ('served_0', 0), ('served_5', 5), ('served_6', 6), ('served_7', 7);
insert into f2(k, s) values ('contract_before_start', '2020-07-02');
insert into f2(k, got) values ('already_received', 'true');
select 'F2', k, subsidy_amount_fen('德州', 'trainee_remaining_period_subsidy', '2021-01-15', json_object('start_date', s, 'agreed_months', a, 'months_served', sv, 'contract_date', c, 'already_received', json(got))) from f2;
select 'F2_trace', step, detail from subsidy_amount('德州', 'trainee_remaining_period_subsidy', '2021-01-15', '{"start_date":"2020-03-01","agreed_months":12,"months_served":4,"contract_date":"2020-07-01","already_received":false}');
select 'F2_before', subsidy_amount_fen('德州', 'trainee_remaining_period_subsidy', '2020-04-29', '{"start_date":"2020-03-01","agreed_months":6,"months_served":2,"contract_date":"2020-04-29","already_received":false}');
select 'F2_unset', subsidy_amount_fen('济南', 'trainee_remaining_period_subsidy', '2020-08-01', '{"start_date":"2020-03-01","agreed_months":6,"months_served":2,"contract_date":"2020-07-01","already_received":false}');
select 'F2_unset', subsidy_amount_fen('济南', 'trainee_remaining_period_subsidy', '2020-08-01', '{"start_date":"2020-03-01","agreed_months":6,"months_served":6,"contract_date":"2020-07-01","already_received":false}');
select 'F2_err', subsidy_amount_fen('德州', 'trainee_remaining_period_subsidy', '2020-08-01', '{"start_date":"2020-03-01","agreed_months":6,"months_served":2,"contract_date":"20200701","already_received":false}');
select 'F2_err', subsidy_amount_fen('德州', 'trainee_remaining_period_subsidy', '2020-08-01', '{"start_date":"2020-03-01","agreed_months":6,"months_served":2,"contract_date":"2020-07-01"}');
