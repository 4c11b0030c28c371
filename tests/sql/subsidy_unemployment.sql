-- tests/sql/subsidy_unemployment.sql: family C (unemployment), lua/shandong/subsidies/
-- unemployment.lua: the exact fen of C1-C8: the UI standard on a day (before and from
-- 2020-02-04), each window day, each cap and threshold, each not-eligible case and fact error;
-- city-set values missing (济南 enters none) and entered (test city scripts for 德州 and 滨州).
-- Expected output: subsidy_unemployment.expected.

-- test city scripts (test values, not real ones): 德州 enters every value family B and C read;
-- 滨州 enters values outside the bounds the texts set
select 'city', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
parameter "min_wage_monthly" { { from = "2018-06-01", value = 173000, ref = "test: 1730 元 tier" },
  { from = "2021-10-01", value = 190000, ref = "test: 1900 元 tier" } }
parameter "ui_benefit_standard_monthly" { { from = "2019-01-01", value = 135000, ref = "test: 2019 standard" } }
parameter "urban_dibao_monthly" { { from = "2020-01-01", value = 70500, ref = "test: 705 元" } }
parameter "hardship_refund_months" { { from = "2020-06-08", value = 3, ref = "test: 3 months" } }
parameter "unemployment_subsidy_ratio" { { from = "2020-07-02", value = "0.8", ref = "test: 80%" } }
parameter "temp_living_allowance_months" { { from = "2020-07-06", value = 3, ref = "test: 3 months" } }
parameter "one_time_temp_living_subsidy" { { from = "2020-01-01", value = 100000, ref = "test: 1000 元" } }
parameter "migrant_relief_dibao_months" { { from = "2020-10-12", value = 2, ref = "test: 2 months" } }', 'test');
select 'city', policy_install('滨州', 'city { code = "371600", name = "滨州", extends = "shandong" }
parameter "min_wage_monthly" { { from = "2018-06-01", value = 155001, ref = "test: odd value" } }
parameter "ui_benefit_standard_monthly" { { from = "2019-01-01", value = 120000, ref = "test" } }
parameter "urban_dibao_monthly" { { from = "2020-01-01", value = 66000, ref = "test" } }
parameter "hardship_refund_months" { { from = "2020-06-08", value = 7, ref = "test: above 6" } }
parameter "unemployment_subsidy_ratio" { { from = "2020-07-02", value = "0.8", ref = "test" },
  { from = "2020-09-01", value = "0.85", ref = "test: above 0.8" } }
parameter "temp_living_allowance_months" { { from = "2020-07-06", value = 4, ref = "test: above 3" } }
parameter "migrant_relief_dibao_months" { { from = "2020-10-12", value = 4, ref = "test: above 3" } }', 'test');

-- C1 unemployment_benefit_level: the standard on as_of = round(0.9 × min wage) from 2020-02-04
select 'C1', subsidy_amount_fen('德州', 'unemployment_benefit_level', '2020-02-04'), subsidy_amount_fen('德州', 'unemployment_benefit_level', '2021-09-30'), subsidy_amount_fen('德州', 'unemployment_benefit_level', '2021-10-01'), subsidy_amount('滨州', 'unemployment_benefit_level', '2020-06-01');
select 'C1_trace', step, ref, detail from subsidy_amount('滨州', 'unemployment_benefit_level', '2020-06-01');
select 'C1_before', subsidy_amount_fen('德州', 'unemployment_benefit_level', '2020-02-03');
select 'C1_unset', subsidy_amount_fen('济南', 'unemployment_benefit_level', '2020-06-01');
select 'C1_err', subsidy_amount_fen('德州', 'unemployment_benefit_level', '2020-06-01', '{"months":1}');

-- C2 unemployment_benefit_extension_to_retirement: months from the month after the benefit ended
-- through the retirement month × the standard of the first extension day
create temp table c2(k, e, r);
insert into c2 values
  ('end_2019_11_30', '2019-11-30', '2020-06-30'),     -- before the window: 0
  ('end_2019_12_01', '2019-12-01', '2020-06-30'),     -- 6 months at the 2019 standard (day 2019-12-02)
  ('end_2020_02_03', '2020-02-03', '2020-08-31'),     -- first extension day 2020-02-04: 90% of the min wage
  ('six_months', '2020-03-15', '2020-09-20'),
  ('retire_just_inside', '2020-03-15', '2021-03-14'), -- 12 months
  ('retire_one_year', '2020-03-15', '2021-03-15'),    -- 不足1年 fails: 0
  ('retire_same_day', '2020-03-15', '2020-03-15'),
  ('retire_same_month', '2020-03-15', '2020-03-20'),  -- no month left: 0
  ('retire_before', '2020-03-15', '2020-01-01');
select 'C2', k, subsidy_amount_fen('德州', 'unemployment_benefit_extension_to_retirement', '2020-10-01', json_object('benefit_end_date', e, 'retirement_date', r)) from c2;
select 'C2_trace', step, detail from subsidy_amount('德州', 'unemployment_benefit_extension_to_retirement', '2020-10-01', '{"benefit_end_date":"2020-03-15","retirement_date":"2021-03-15"}');
select 'C2_trace_ok', step, detail from subsidy_amount('德州', 'unemployment_benefit_extension_to_retirement', '2020-10-01', '{"benefit_end_date":"2019-12-01","retirement_date":"2020-06-30"}');
select 'C2_before', subsidy_amount_fen('德州', 'unemployment_benefit_extension_to_retirement', '2020-02-16', '{"benefit_end_date":"2019-12-01","retirement_date":"2020-06-30"}');
select 'C2_unset', subsidy_amount_fen('济南', 'unemployment_benefit_extension_to_retirement', '2020-10-01', '{"benefit_end_date":"2020-03-15","retirement_date":"2020-09-20"}');
select 'C2_unset', subsidy_amount_fen('济南', 'unemployment_benefit_extension_to_retirement', '2020-10-01', '{"benefit_end_date":"2020-03-15","retirement_date":"2021-09-20"}');
select 'C2_err', subsidy_amount_fen('德州', 'unemployment_benefit_extension_to_retirement', '2020-10-01', '{"benefit_end_date":"2020-03-15"}');

-- C3 unemployment_subsidy: min(months, 6) × round(ratio × the standard on as_of), ratio <= 0.8
create temp table c3(k, cat default 'benefit_expired', q default '2020-06-30', m default 3, got default 'false');
insert into c3(k, q) values ('day_before', '2020-02-29'), ('first_day', '2020-03-01'), ('last_day', '2020-12-31'), ('day_after', '2021-01-01');
insert into c3(k, m) values ('months_0', 0), ('months_1', 1), ('months_6', 6), ('months_7', 7);
insert into c3(k, cat) values ('not_qualified', 'not_qualified');
insert into c3(k, got) values ('already_received', 'true');
select 'C3', k, subsidy_amount_fen('德州', 'unemployment_subsidy', '2020-08-01', json_object('category', cat, 'qualifying_date', q, 'months', m, 'already_received', json(got))) from c3;
-- half up at the month: 滨州 round(0.9 × 155001) = 139501; round(0.8 × 139501) = 111601; × 2
select 'C3_round', subsidy_amount_fen('滨州', 'unemployment_subsidy', '2020-08-01', '{"category":"not_qualified","qualifying_date":"2020-04-01","months":2,"already_received":false}');
select 'C3_trace', step, detail from subsidy_amount('滨州', 'unemployment_subsidy', '2020-08-01', '{"category":"not_qualified","qualifying_date":"2020-04-01","months":2,"already_received":false}');
-- the bound: 滨州's 0.85 from 2020-09-01
select 'C3_bound', subsidy_amount_fen('滨州', 'unemployment_subsidy', '2020-09-01', '{"category":"not_qualified","qualifying_date":"2020-04-01","months":2,"already_received":false}');
select 'C3_before', subsidy_amount_fen('德州', 'unemployment_subsidy', '2020-07-01', '{"category":"not_qualified","qualifying_date":"2020-04-01","months":2,"already_received":false}');
select 'C3_unset', subsidy_amount_fen('济南', 'unemployment_subsidy', '2020-08-01', '{"category":"not_qualified","qualifying_date":"2020-04-01","months":2,"already_received":false}');
select 'C3_unset', subsidy_amount_fen('济南', 'unemployment_subsidy', '2020-08-01', '{"category":"not_qualified","qualifying_date":"2020-04-01","months":2,"already_received":true}');
select 'C3_err', subsidy_amount_fen('德州', 'unemployment_subsidy', '2020-08-01', '{"category":"expired","qualifying_date":"2020-04-01","months":2,"already_received":false}');

-- C4 unemployment_subsidy_poor_labor: at most the standard a month (a limit)
select 'C4', subsidy_amount_fen('德州', 'unemployment_subsidy_poor_labor', '2020-04-14'), subsidy_amount_fen('滨州', 'unemployment_subsidy_poor_labor', '2020-12-31');
select 'C4_before', subsidy_amount_fen('德州', 'unemployment_subsidy_poor_labor', '2020-04-13');
select 'C4_unset', subsidy_amount_fen('济南', 'unemployment_subsidy_poor_labor', '2020-06-01');

-- C5 peasant_worker_one_time_living_allowance: min(full years, 24 − UI months) × the standard
create temp table c5(k, cm, ui default 0);
insert into c5(k, cm) values ('cm_11', 11), ('cm_12', 12), ('cm_35', 35), ('cm_36', 36), ('cm_288', 288), ('cm_300', 300);
insert into c5 values ('ui_20', 120, 20), ('ui_23', 120, 23), ('ui_24', 120, 24), ('ui_30', 120, 30);
select 'C5', k, subsidy_amount_fen('德州', 'peasant_worker_one_time_living_allowance', '2020-08-01', json_object('contribution_months', cm, 'ui_benefit_months', ui)) from c5;
select 'C5_trace', step, detail from subsidy_amount('德州', 'peasant_worker_one_time_living_allowance', '2020-08-01', '{"contribution_months":120,"ui_benefit_months":24}');
select 'C5_before', subsidy_amount_fen('德州', 'peasant_worker_one_time_living_allowance', '2020-07-05', '{"contribution_months":120,"ui_benefit_months":0}');
select 'C5_unset', subsidy_amount_fen('济南', 'peasant_worker_one_time_living_allowance', '2020-08-01', '{"contribution_months":11,"ui_benefit_months":0}');

-- C6 peasant_worker_temporary_living_allowance: the area's months (<= 3) × 城市低保标准
create temp table c6(k, cm default 6, last default '2020-03-31', s default '2020-06-01', got default 'false');
insert into c6(k, s) values ('day_before', '2020-04-30'), ('first_day', '2020-05-01'), ('last_day', '2020-12-31'), ('day_after', '2021-01-01');
insert into c6(k, cm) values ('cm_0', 0), ('cm_1', 1), ('cm_11', 11), ('cm_12', 12);
insert into c6(k, last) values ('last_2018_12_31', '2018-12-31'), ('last_2019_01_01', '2019-01-01');
insert into c6(k, got) values ('already_received', 'true');
select 'C6', k, subsidy_amount_fen('德州', 'peasant_worker_temporary_living_allowance', '2020-08-01', json_object('contribution_months', cm, 'last_contribution_date', last, 'start_date', s, 'already_received', json(got))) from c6;
select 'C6_bound', subsidy_amount_fen('滨州', 'peasant_worker_temporary_living_allowance', '2020-08-01', '{"contribution_months":6,"last_contribution_date":"2020-03-31","start_date":"2020-06-01","already_received":false}');
select 'C6_unset', subsidy_amount_fen('济南', 'peasant_worker_temporary_living_allowance', '2020-08-01', '{"contribution_months":6,"last_contribution_date":"2020-03-31","start_date":"2020-06-01","already_received":false}');
select 'C6_unset', subsidy_amount_fen('济南', 'peasant_worker_temporary_living_allowance', '2020-08-01', '{"contribution_months":12,"last_contribution_date":"2020-03-31","start_date":"2020-06-01","already_received":false}');
select 'C6_before', subsidy_amount_fen('德州', 'peasant_worker_temporary_living_allowance', '2020-07-05', '{"contribution_months":6,"last_contribution_date":"2020-03-31","start_date":"2020-06-01","already_received":false}');

-- C7 one_time_temporary_living_subsidy: the city's amount, as_of 2020-01-01..2020-12-31 (the rule
-- from 2020-02-17)
select 'C7', subsidy_amount_fen('德州', 'one_time_temporary_living_subsidy', '2020-02-17', '{"in_scope":true,"already_received":false}'), subsidy_amount_fen('德州', 'one_time_temporary_living_subsidy', '2020-12-31', '{"in_scope":true,"already_received":false}'), subsidy_amount_fen('德州', 'one_time_temporary_living_subsidy', '2021-01-01', '{"in_scope":true,"already_received":false}'), subsidy_amount_fen('德州', 'one_time_temporary_living_subsidy', '2020-06-01', '{"in_scope":false,"already_received":false}'), subsidy_amount_fen('德州', 'one_time_temporary_living_subsidy', '2020-06-01', '{"in_scope":true,"already_received":true}');
select 'C7_before', subsidy_amount_fen('德州', 'one_time_temporary_living_subsidy', '2020-02-16', '{"in_scope":true,"already_received":false}');
select 'C7_unset', subsidy_amount_fen('滨州', 'one_time_temporary_living_subsidy', '2020-06-01', '{"in_scope":true,"already_received":false}');
select 'C7_unset', subsidy_amount_fen('滨州', 'one_time_temporary_living_subsidy', '2020-06-01', '{"in_scope":false,"already_received":false}');

-- C8 migrant_one_time_temporary_relief: the city's months (<= 3) × 城市低保标准
select 'C8', subsidy_amount_fen('德州', 'migrant_one_time_temporary_relief', '2020-10-12', '{"months_without_income":3,"ui_covered":false,"on_dibao":false}'), subsidy_amount_fen('德州', 'migrant_one_time_temporary_relief', '2020-11-01', '{"months_without_income":2,"ui_covered":false,"on_dibao":false}'), subsidy_amount_fen('德州', 'migrant_one_time_temporary_relief', '2020-11-01', '{"months_without_income":12,"ui_covered":true,"on_dibao":false}'), subsidy_amount_fen('德州', 'migrant_one_time_temporary_relief', '2020-11-01', '{"months_without_income":12,"ui_covered":false,"on_dibao":true}');
select 'C8_trace', step, ref, detail from subsidy_amount('德州', 'migrant_one_time_temporary_relief', '2020-11-01', '{"months_without_income":4,"ui_covered":false,"on_dibao":false}');
select 'C8_bound', subsidy_amount_fen('滨州', 'migrant_one_time_temporary_relief', '2020-11-01', '{"months_without_income":4,"ui_covered":false,"on_dibao":false}');
select 'C8_before', subsidy_amount_fen('德州', 'migrant_one_time_temporary_relief', '2020-10-11', '{"months_without_income":4,"ui_covered":false,"on_dibao":false}');
select 'C8_err', subsidy_amount_fen('德州', 'migrant_one_time_temporary_relief', '2020-11-01', '{"months_without_income":4,"ui_covered":"no","on_dibao":false}');
