-- tests/sql/subsidy_startup.sql: family H (startup), lua/shandong/subsidies/startup.lua: the exact
-- fen of H1, H2, H4, H6-H11: each limit on the day before and the day of each change, partner
-- counts, the hiring-ratio thresholds for <= 100 and > 100 employees, interest for each borrower,
-- status and both sides of 2021-01-01, the floors checked on city values, each not-eligible case
-- and fact error; and the rate cap H3 read with policy_param. Expected: subsidy_startup.expected.

-- test city scripts (test values, not real ones): 德州 enters every value family H reads and
-- adopts H8 from 2020-08-01; 威海 enters the floors exactly; 潍坊 an odd amount for the 50%
-- advance; 滨州 values below the floors the texts set
select 'city', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
parameter "startup_subsidy_amount" { { from = "2020-01-01", value = 1500000, ref = "test: 1.5万" } }
parameter "individual_business_startup_subsidy_adopted" { { from = "2020-08-01", value = true, ref = "test: adopted" } }
parameter "individual_business_startup_subsidy" { { from = "2020-08-01", value = 300000, ref = "test: 3000 元" } }
parameter "startup_job_creation_subsidy_per_post" { { from = "2020-07-02", value = 250000, ref = "test: 2500 元" } }', 'test');
select 'city', policy_install('威海', 'city { code = "371000", name = "威海", extends = "shandong" }
parameter "startup_subsidy_amount" { { from = "2020-01-01", value = 1200000, ref = "test: the floor" } }
parameter "individual_business_startup_subsidy_adopted" { { from = "2020-07-02", value = true, ref = "test" } }
parameter "individual_business_startup_subsidy" { { from = "2020-07-02", value = 200000, ref = "test: the floor" } }
parameter "startup_job_creation_subsidy_per_post" { { from = "2020-07-02", value = 200000, ref = "test: the floor" } }', 'test');
select 'city', policy_install('潍坊', 'city { code = "370700", name = "潍坊", extends = "shandong" }
parameter "startup_subsidy_amount" { { from = "2020-01-01", value = 1200001, ref = "test: odd" } }', 'test');
select 'city', policy_install('滨州', 'city { code = "371600", name = "滨州", extends = "shandong" }
parameter "startup_subsidy_amount" { { from = "2020-01-01", value = 1199999, ref = "test: below" } }
parameter "individual_business_startup_subsidy_adopted" { { from = "2020-07-02", value = true, ref = "test" } }
parameter "individual_business_startup_subsidy" { { from = "2020-07-02", value = 199999, ref = "test: below" } }
parameter "startup_job_creation_subsidy_per_post" { { from = "2020-07-02", value = 199999, ref = "test: below" } }', 'test');

-- H3 startup_loan_rate_spread_bp: LPR + 100BP for contracts from 2020-04-01 (27号 第七条), + 50BP from
-- 2020-04-15 (鲁财金〔2020〕25号 三)
select 'H3', policy_param('济南', 'startup_loan_rate_spread_bp', '2020-04-01'), policy_param('济南', 'startup_loan_rate_spread_bp', '2020-04-10'), policy_param('济南', 'startup_loan_rate_spread_bp', '2020-04-14'), policy_param('济南', 'startup_loan_rate_spread_bp', '2020-04-15'), policy_param('济南', 'startup_loan_rate_spread_bp', '2021-06-01');
select 'H3_before', policy_param('济南', 'startup_loan_rate_spread_bp', '2020-03-31');

-- H1 startup_guarantee_loan_individual_limit: min(partners, 3) × 15万 (contracts from 2020-02-04) /
-- 20万 (from 2020-04-15), a limit
create temp table h1(k, cd, partners default 1, cat default 'graduate', birth, consumer default 0, other default 'false');
insert into h1(k, cd, partners) values
  ('p1_0204', '2020-02-04', 1), ('p1_0414', '2020-04-14', 1), ('p1_0415', '2020-04-15', 1),
  ('p2_0414', '2020-04-14', 2), ('p2_0415', '2020-04-15', 2),
  ('p3_0414', '2020-04-14', 3), ('p3_0415', '2020-04-15', 3),
  ('p4_0414', '2020-04-14', 4), ('p4_0415', '2020-04-15', 4),
  ('p1_2021', '2021-01-01', 1);
-- the six groups added by 鲁财金〔2020〕25号 一(一): contracts 2020-04-15..2020-12-31 only
insert into h1(k, cd, cat) values
  ('ib_0414', '2020-04-14', 'individual_business'), ('ib_0415', '2020-04-15', 'individual_business'),
  ('taxi_1231', '2020-12-31', 'taxi_driver'), ('ride_2021', '2021-01-01', 'ride_hailing_driver'),
  ('platform_0601', '2020-06-01', 'platform_worker'), ('incubator_0301', '2020-03-01', 'incubator_tenant'),
  ('founder_0601', '2020-06-01', 'taxi_company_founder'),
  ('none', '2020-06-01', 'none'), ('poor', '2020-06-01', 'poor'), ('returnee', '2020-03-01', 'other_returnee');
-- 港澳台来鲁创业青年: 20 to 45 on the contract day
insert into h1(k, cd, cat, birth) values
  ('hmt_19', '2020-06-01', 'hk_macao_taiwan_youth', '2000-06-02'), ('hmt_20', '2020-06-01', 'hk_macao_taiwan_youth', '2000-06-01'),
  ('hmt_45', '2020-06-01', 'hk_macao_taiwan_youth', '1974-06-02'), ('hmt_46', '2020-06-01', 'hk_macao_taiwan_youth', '1974-06-01'),
  ('birth_ignored', '2020-06-01', 'graduate', '1950-01-01');
insert into h1(k, cd, consumer) values ('consumer_5w', '2020-06-01', 5000000), ('consumer_5w_1', '2020-06-01', 5000001);
insert into h1(k, cd, other) values ('other_loans', '2020-06-01', 'true');
select 'H1', k, subsidy_amount_fen('济南', 'startup_guarantee_loan_individual_limit', '2021-02-01',
  json_object('contract_date', cd, 'partners', partners, 'category', cat, 'birth_date', birth, 'consumer_loans_fen', consumer, 'other_loans', json(other))) from h1;
select 'H1_trace', step, ref, detail from subsidy_amount('济南', 'startup_guarantee_loan_individual_limit', '2020-05-01', '{"contract_date":"2020-04-14","partners":4,"category":"individual_business","consumer_loans_fen":0,"other_loans":false}');
select 'H1_trace_ok', step, ref, detail from subsidy_amount('济南', 'startup_guarantee_loan_individual_limit', '2020-05-01', '{"contract_date":"2020-04-15","partners":4,"category":"veteran","consumer_loans_fen":0,"other_loans":false}');
-- a contract before 2020-02-04: the amounts of 国发〔2018〕39号 are not in the texts (the engine's error)
select 'H1_0203', subsidy_amount_fen('济南', 'startup_guarantee_loan_individual_limit', '2020-05-01', '{"contract_date":"2020-02-03","partners":1,"category":"veteran","consumer_loans_fen":0,"other_loans":false}');
select 'H1_rule_before', subsidy_amount_fen('济南', 'startup_guarantee_loan_individual_limit', '2020-02-03', '{"contract_date":"2020-02-04","partners":1,"category":"veteran","consumer_loans_fen":0,"other_loans":false}');
select 'H1_err', subsidy_amount_fen('济南', 'startup_guarantee_loan_individual_limit', '2020-05-01', '{"contract_date":"2020-04-15","partners":0,"category":"veteran","consumer_loans_fen":0,"other_loans":false}');
select 'H1_err', subsidy_amount_fen('济南', 'startup_guarantee_loan_individual_limit', '2020-05-01', '{"contract_date":"2020-04-15","partners":1,"category":"hk_macao_taiwan_youth","consumer_loans_fen":0,"other_loans":false}');
select 'H1_err', subsidy_amount_fen('济南', 'startup_guarantee_loan_individual_limit', '2020-05-01', '{"contract_date":"2020-04-15","partners":1,"category":"farmer","consumer_loans_fen":0,"other_loans":false}');
select 'H1_err', subsidy_amount_fen('济南', 'startup_guarantee_loan_individual_limit', '2020-05-01', '{"contract_date":"2020-04-15","partners":1,"category":"veteran","consumer_loans":0,"other_loans":false}');
select 'H1_err', subsidy_amount_fen('济南', 'startup_guarantee_loan_individual_limit', '2020-05-01', '{"contract_date":"2020-04-15","partners":1,"category":"veteran","consumer_loans_fen":-1,"other_loans":false}');
select 'H1_err', subsidy_amount_fen('济南', 'startup_guarantee_loan_individual_limit', '2020-05-01', '{"contract_date":"2020-04-31","partners":1,"category":"veteran","consumer_loans_fen":0,"other_loans":false}');

-- H2 startup_guarantee_loan_small_firm: 300万 when hires >= 20% of employees (10% over 100) from
-- 2020-02-17, 15% / 8% from 2020-04-15
create temp table h2(k, cd, emp, hires, size default 'small', arrears default 'false');
insert into h2(k, cd, emp, hires) values
  ('e100_20pct_at', '2020-04-14', 100, 20), ('e100_20pct_under', '2020-04-14', 100, 19),
  ('e100_15pct_at', '2020-04-15', 100, 15), ('e100_15pct_under', '2020-04-15', 100, 14),
  ('e100_15pct_before', '2020-04-14', 100, 15),
  ('e101_10pct_over', '2020-04-14', 101, 11), ('e101_10pct_under', '2020-04-14', 101, 10),
  ('e101_8pct_over', '2020-04-15', 101, 9), ('e101_8pct_under', '2020-04-15', 101, 8),
  ('e200_10pct_at', '2020-04-14', 200, 20), ('e200_10pct_under', '2020-04-14', 200, 19),
  ('e200_8pct_at', '2020-04-15', 200, 16), ('e200_8pct_under', '2020-04-15', 200, 15),
  ('e7_first_day', '2020-02-17', 7, 2), ('e7_one', '2020-02-17', 7, 1),
  ('e0_h0', '2020-06-01', 0, 0), ('e0_h1', '2020-06-01', 0, 1);
insert into h2 values ('medium', '2020-06-01', 10, 5, 'medium', 'false'), ('large', '2020-06-01', 10, 5, 'large', 'false'), ('micro', '2020-06-01', 10, 5, 'micro', 'false'), ('arrears', '2020-06-01', 10, 5, 'small', 'true');
select 'H2', k, subsidy_amount_fen('济南', 'startup_guarantee_loan_small_firm', '2020-07-01',
  json_object('size', size, 'employees', emp, 'hires', hires, 'contract_date', cd, 'arrears', json(arrears))) from h2;
select 'H2_trace', step, ref, detail from subsidy_amount('济南', 'startup_guarantee_loan_small_firm', '2020-07-01', '{"size":"small","employees":101,"hires":8,"contract_date":"2020-04-15","arrears":false}');
-- the ratios are dated from 2020-02-17: an earlier contract has no ratio in force (the engine's error)
select 'H2_0216', subsidy_amount_fen('济南', 'startup_guarantee_loan_small_firm', '2020-07-01', '{"size":"small","employees":10,"hires":5,"contract_date":"2020-02-16","arrears":false}');
-- a city restating the ratio (test values): a fraction works, text that is not a ratio is an error
select 'city', policy_install('东营', 'city { code = "370500", name = "东营", extends = "shandong" }
parameter "startup_guarantee_loan_small_firm_hire_ratio" { { from = "2020-06-01", value = "3/20", ref = "test: a fraction" },
  { from = "2020-07-01", value = "15%", ref = "test: not a ratio" } }', 'test');
select 'H2_fraction', subsidy_amount_fen('东营', 'startup_guarantee_loan_small_firm', '2020-07-01', '{"size":"small","employees":20,"hires":3,"contract_date":"2020-06-01","arrears":false}'), subsidy_amount_fen('东营', 'startup_guarantee_loan_small_firm', '2020-07-01', '{"size":"small","employees":21,"hires":3,"contract_date":"2020-06-01","arrears":false}');
select 'H2_bad_ratio', subsidy_amount_fen('东营', 'startup_guarantee_loan_small_firm', '2020-07-01', '{"size":"small","employees":20,"hires":3,"contract_date":"2020-07-01","arrears":false}');
select 'H2_err', subsidy_amount_fen('济南', 'startup_guarantee_loan_small_firm', '2020-07-01', '{"size":"tiny","employees":10,"hires":5,"contract_date":"2020-06-01","arrears":false}');
select 'H2_err', subsidy_amount_fen('济南', 'startup_guarantee_loan_small_firm', '2020-07-01', '{"size":"small","employees":10,"contract_date":"2020-06-01","arrears":false}');

-- H4 startup_loan_interest_subsidy: r = issued >= 2021-01-01 ? rate - (LPR - 150) : (individual ?
-- rate : LPR / 2); round(principal × r × months / 120000), months <= 36 / 24 - months_before
create temp table h4(k, borrower default 'individual', principal default 20000000, rate default 435, lpr default 385, issue default '2020-06-01', ps default '2020-06-01', months default 12, before default 0, status default 'normal');
insert into h4(k, borrower, issue) values
  ('ind_2020', 'individual', '2020-06-01'), ('ind_1231', 'individual', '2020-12-31'), ('ind_2021', 'individual', '2021-01-01'),
  ('firm_2020', 'small_firm', '2020-06-01'), ('firm_1231', 'small_firm', '2020-12-31'), ('firm_2021', 'small_firm', '2021-01-01');
insert into h4(k, borrower, principal, months) values ('firm_300w_24', 'small_firm', 300000000, 24), ('firm_100w_half_bp', 'small_firm', 100000000, 12);
-- half up at the fen: 1000 fen × 60 bp / 12 = 0.5 fen -> 1; 999 fen -> 0.4995 -> 0
insert into h4(k, principal, rate, months) values ('half_up', 1000, 60, 1), ('half_down', 999, 60, 1);
-- 2021: the borrower bears LPR - 150BP; floored at 0 and (reading) at the contract rate
insert into h4(k, issue, rate, lpr) values ('r2021_zero', '2021-03-01', 200, 385), ('r2021_at', '2021-03-01', 235, 385), ('r2021_low_lpr', '2021-03-01', 435, 100);
insert into h4(k, borrower, months, before) values ('ind_left_6', 'individual', 12, 30), ('ind_left_0', 'individual', 12, 36), ('ind_36', 'individual', 36, 0), ('ind_37', 'individual', 37, 0),
  ('firm_left_4', 'small_firm', 12, 20), ('firm_left_0', 'small_firm', 12, 24), ('firm_25', 'small_firm', 25, 0);
insert into h4(k, status) values ('overdue', 'overdue');
-- extended: subsidised only when the months claimed end by 2020-06-30 (财金〔2020〕21号 三)
insert into h4(k, status, ps, months) values ('ext_to_0630', 'extended', '2020-04-01', 3), ('ext_to_0731', 'extended', '2020-04-01', 4), ('ext_0630_1m', 'extended', '2020-06-30', 1), ('ext_0601_1m', 'extended', '2020-06-01', 1);
insert into h4(k, months) values ('zero_months', 0);
select 'H4', k, subsidy_amount_fen('济南', 'startup_loan_interest_subsidy', '2021-06-01',
  json_object('borrower', borrower, 'principal_fen', principal, 'rate_bp', rate, 'lpr_bp', lpr, 'issue_date', issue, 'period_start_date', ps, 'months', months, 'months_before', before, 'status', status)) from h4;
select 'H4_trace', step, ref, detail from subsidy_amount('济南', 'startup_loan_interest_subsidy', '2021-06-01', '{"borrower":"small_firm","principal_fen":100000001,"rate_bp":435,"lpr_bp":385,"issue_date":"2021-01-01","period_start_date":"2021-01-01","months":12,"months_before":0,"status":"normal"}');
select 'H4_rule_before', subsidy_amount_fen('济南', 'startup_loan_interest_subsidy', '2020-03-31', '{"borrower":"individual","principal_fen":1,"rate_bp":1,"lpr_bp":1,"issue_date":"2020-03-01","period_start_date":"2020-03-01","months":1,"months_before":0,"status":"normal"}');
select 'H4_err', subsidy_amount_fen('济南', 'startup_loan_interest_subsidy', '2021-06-01', '{"borrower":"individual","principal_fen":1000,"rate_bp":4.35,"lpr_bp":385,"issue_date":"2020-06-01","period_start_date":"2020-06-01","months":1,"months_before":0,"status":"normal"}');
select 'H4_err', subsidy_amount_fen('济南', 'startup_loan_interest_subsidy', '2021-06-01', '{"borrower":"individual","principal_fen":1000,"rate_bp":435,"lpr_bp":385,"issue_date":"2020-06-01","period_start_date":"2020-06-01","months":1,"months_before":0,"status":"late"}');
select 'H4_err', subsidy_amount_fen('济南', 'startup_loan_interest_subsidy', '2021-06-01', '{"borrower":"firm","principal_fen":1000,"rate_bp":435,"lpr_bp":385,"issue_date":"2020-06-01","period_start_date":"2020-06-01","months":1,"months_before":0,"status":"normal"}');

-- H6 startup_loan_reward: round(1% × the year's new loans)
select 'H6', subsidy_amount_fen('济南', 'startup_loan_reward', '2021-01-15', '{"new_loans_fen":123456789}'), subsidy_amount_fen('济南', 'startup_loan_reward', '2021-01-15', '{"new_loans_fen":50}'), subsidy_amount_fen('济南', 'startup_loan_reward', '2021-01-15', '{"new_loans_fen":49}'), subsidy_amount_fen('济南', 'startup_loan_reward', '2021-01-15', '{"new_loans_fen":0}');
select 'H6_err', subsidy_amount_fen('济南', 'startup_loan_reward', '2021-01-15', '{}');

-- H7 one_time_startup_subsidy: the city's amount (不低于1.2万元) after 12 months; 50% after 6 months
-- for migrants and graduates; less what was advanced
create temp table h7(k, city default '德州', cat default 'general', reg default '2019-06-01', mo default 12, si default 'true', first default 'true', adv default 0);
insert into h7(k, cat, mo) values
  ('general_12', 'general', 12), ('general_11', 'general', 11), ('general_6', 'general', 6),
  ('migrant_6', 'migrant', 6), ('migrant_5', 'migrant', 5), ('migrant_11', 'migrant', 11), ('migrant_12', 'migrant', 12),
  ('graduate_6', 'graduate', 6), ('graduate_5', 'graduate', 5), ('graduate_24', 'graduate', 24);
insert into h7(k, cat, mo, adv) values ('migrant_rest', 'migrant', 12, 750000), ('graduate_over_advanced', 'graduate', 12, 1600000), ('graduate_6_advanced', 'graduate', 6, 750000);
insert into h7(k, cat, reg) values ('migrant_reg_20130930', 'migrant', '2013-09-30'), ('migrant_reg_20131001', 'migrant', '2013-10-01'), ('general_reg_2012', 'general', '2012-01-01');
insert into h7(k, si) values ('no_si', 'false');
insert into h7(k, first) values ('not_first', 'false');
insert into h7(k, city) values ('weihai_floor', '威海'), ('jinan_not_eligible', '济南');
insert into h7(k, city, mo) values ('jinan_general_11', '济南', 11);
insert into h7(k, city, cat, mo) values ('weifang_half_odd', '潍坊', 'migrant', 6), ('weifang_full', '潍坊', 'graduate', 12);
update h7 set si = 'false' where k = 'jinan_not_eligible';
select 'H7', k, subsidy_amount_fen(city, 'one_time_startup_subsidy', '2020-09-01',
  json_object('category', cat, 'registration_date', reg, 'months_operating', mo, 'si_paid', json(si), 'first_business', json(first), 'advance_received_fen', adv)) from h7;
-- the floor checked on the city's value; no value entered: the engine's error
select 'H7_binzhou', subsidy_amount_fen('滨州', 'one_time_startup_subsidy', '2020-09-01', '{"category":"general","registration_date":"2019-06-01","months_operating":12,"si_paid":true,"first_business":true,"advance_received_fen":0}');
select 'H7_jinan', subsidy_amount_fen('济南', 'one_time_startup_subsidy', '2020-09-01', '{"category":"general","registration_date":"2019-06-01","months_operating":12,"si_paid":true,"first_business":true,"advance_received_fen":0}');
select 'H7_rule_before', subsidy_amount_fen('德州', 'one_time_startup_subsidy', '2020-07-01', '{"category":"general","registration_date":"2019-06-01","months_operating":12,"si_paid":true,"first_business":true,"advance_received_fen":0}');
select 'H7_trace', step, ref, detail from subsidy_amount('潍坊', 'one_time_startup_subsidy', '2020-09-01', '{"category":"migrant","registration_date":"2019-06-01","months_operating":6,"si_paid":true,"first_business":true,"advance_received_fen":0}');
select 'H7_err', subsidy_amount_fen('德州', 'one_time_startup_subsidy', '2020-09-01', '{"category":"student","registration_date":"2019-06-01","months_operating":12,"si_paid":true,"first_business":true,"advance_received_fen":0}');
select 'H7_err', subsidy_amount_fen('德州', 'one_time_startup_subsidy', '2020-09-01', '{"category":"general","registration_date":"2019-06-01","months_operating":12,"si_paid":true,"first_business":true}');

-- H8 individual_business_startup_subsidy: only where the city adopted it (德州 from 2020-08-01, 威海
-- from 2020-07-02); licence from 2013-10-01, 6 months, pension paid, first licence
create temp table h8(k, city default '德州', asof default '2020-09-01', reg default '2020-01-10', mo default 6, pension default 'true', first default 'true');
insert into h8(k, city, asof) values ('dezhou_0731', '德州', '2020-07-31'), ('dezhou_0801', '德州', '2020-08-01'), ('jinan', '济南', '2020-09-01'), ('weihai_floor', '威海', '2020-07-02');
insert into h8(k, mo) values ('months_5', 5), ('months_6', 6);
insert into h8(k, reg) values ('reg_20130930', '2013-09-30'), ('reg_20131001', '2013-10-01');
insert into h8(k, pension) values ('no_pension', 'false');
insert into h8(k, first) values ('not_first', 'false');
insert into h8(k, city, mo) values ('binzhou_not_eligible', '滨州', 5);
select 'H8', k, subsidy_amount_fen(city, 'individual_business_startup_subsidy', asof,
  json_object('registration_date', reg, 'months_operating', mo, 'pension_paid', json(pension), 'first_licence', json(first))) from h8;
select 'H8_binzhou', subsidy_amount_fen('滨州', 'individual_business_startup_subsidy', '2020-09-01', '{"registration_date":"2020-01-10","months_operating":6,"pension_paid":true,"first_licence":true}');
select 'H8_trace', step, ref, detail from subsidy_amount('济南', 'individual_business_startup_subsidy', '2020-09-01', '{"registration_date":"2020-01-10","months_operating":6,"pension_paid":true,"first_licence":true}');
select 'H8_err', subsidy_amount_fen('德州', 'individual_business_startup_subsidy', '2020-09-01', '{"registration_date":"2020-01-10","months_operating":6,"pension_paid":1,"first_licence":true}');

-- H9 startup_job_creation_subsidy: posts × the city's amount per post (不低于2000元)
select 'H9', subsidy_amount_fen('德州', 'startup_job_creation_subsidy', '2020-09-01', '{"posts":3}'), subsidy_amount_fen('威海', 'startup_job_creation_subsidy', '2020-09-01', '{"posts":1}'), subsidy_amount_fen('德州', 'startup_job_creation_subsidy', '2020-09-01', '{"posts":0}'), subsidy_amount_fen('济南', 'startup_job_creation_subsidy', '2020-09-01', '{"posts":0}');
select 'H9_binzhou', subsidy_amount_fen('滨州', 'startup_job_creation_subsidy', '2020-09-01', '{"posts":1}');
select 'H9_jinan', subsidy_amount_fen('济南', 'startup_job_creation_subsidy', '2020-09-01', '{"posts":1}');
select 'H9_err', subsidy_amount_fen('德州', 'startup_job_creation_subsidy', '2020-09-01', '{"posts":"3"}');

-- H10 incubator_operating_subsidy: min(round(30% × the rent relieved in 2020-02..2020-04), 50万元)
select 'H10', subsidy_amount_fen('济南', 'incubator_operating_subsidy', '2020-06-01', '{"provincial":true,"relief_months":[{"month":"2020-01","rent_relief_fen":900000},{"month":"2020-02","rent_relief_fen":100000},{"month":"2020-03","rent_relief_fen":100001},{"month":"2020-04","rent_relief_fen":0},{"month":"2020-05","rent_relief_fen":900000}]}');
select 'H10_half_up', subsidy_amount_fen('济南', 'incubator_operating_subsidy', '2020-06-01', '{"provincial":true,"relief_months":[{"month":"2020-02","rent_relief_fen":5}]}'), subsidy_amount_fen('济南', 'incubator_operating_subsidy', '2020-06-01', '{"provincial":true,"relief_months":[{"month":"2020-04","rent_relief_fen":4}]}');
select 'H10_cap', subsidy_amount_fen('济南', 'incubator_operating_subsidy', '2020-06-01', '{"provincial":true,"relief_months":[{"month":"2020-02","rent_relief_fen":166666663}]}'), subsidy_amount_fen('济南', 'incubator_operating_subsidy', '2020-06-01', '{"provincial":true,"relief_months":[{"month":"2020-02","rent_relief_fen":166666667}]}'), subsidy_amount_fen('济南', 'incubator_operating_subsidy', '2020-06-01', '{"provincial":true,"relief_months":[{"month":"2020-02","rent_relief_fen":100000000},{"month":"2020-03","rent_relief_fen":100000000}]}');
select 'H10_none', subsidy_amount_fen('济南', 'incubator_operating_subsidy', '2020-06-01', '{"provincial":false,"relief_months":[{"month":"2020-02","rent_relief_fen":100000}]}'), subsidy_amount_fen('济南', 'incubator_operating_subsidy', '2020-06-01', '{"provincial":true,"relief_months":[]}'), subsidy_amount_fen('济南', 'incubator_operating_subsidy', '2020-06-01', '{"provincial":true,"relief_months":[{"month":"2020-05","rent_relief_fen":100000}]}');
select 'H10_trace', step, ref, detail from subsidy_amount('济南', 'incubator_operating_subsidy', '2020-06-01', '{"provincial":true,"relief_months":[{"month":"2020-01","rent_relief_fen":900000},{"month":"2020-03","rent_relief_fen":100001}]}');
select 'H10_err', subsidy_amount_fen('济南', 'incubator_operating_subsidy', '2020-06-01', '{"provincial":true,"relief_months":[{"month":"2020-13","rent_relief_fen":1}]}');
select 'H10_err', subsidy_amount_fen('济南', 'incubator_operating_subsidy', '2020-06-01', '{"provincial":true,"relief_months":[{"month":"2020-02"}]}');
select 'H10_err', subsidy_amount_fen('济南', 'incubator_operating_subsidy', '2020-06-01', '{"provincial":true,"relief_months":[{"month":"2020-02","rent_relief_fen":1,"tenant":"x"}]}');
select 'H10_err', subsidy_amount_fen('济南', 'incubator_operating_subsidy', '2020-06-01', '{"provincial":true,"relief_months":{"month":"2020-02"}}');

-- H11 provincial_startup_complex_award: 最高5000万元, a limit
select 'H11', subsidy_amount_fen('济南', 'provincial_startup_complex_award', '2020-07-02', '{"accredited":true}'), subsidy_amount('济南', 'provincial_startup_complex_award', '2020-07-02', '{"accredited":true}'), subsidy_amount_fen('济南', 'provincial_startup_complex_award', '2020-07-02', '{"accredited":false}');
select 'H11_rule_before', subsidy_amount_fen('济南', 'provincial_startup_complex_award', '2020-07-01', '{"accredited":true}');

-- the catalogue rows of family H
select 'kinds', kind, name_zh, from_date, to_date, facts from subsidy_kinds where family = 'startup';
