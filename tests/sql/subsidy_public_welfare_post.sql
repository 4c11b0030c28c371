-- tests/sql/subsidy_public_welfare_post.sql: family E (public_welfare_post), lua/shandong/subsidies/
-- public_welfare_post.lua: the exact fen of E1, E2, E3, E3b and E4: the 3-year term, the term to
-- retirement within 5 years (the day before, on and after add_months(first_approval_date, 60)),
-- the extension, the 6-, 60-month caps reached and exceeded (months_used), the part-time hours
-- rounding, the 60 元 premium cap, each not-eligible case and fact error; city-set values missing
-- (济南 enters none), entered (德州) and above the minimum-wage bounds (滨州).
-- Expected output: subsidy_public_welfare_post.expected.

-- test city scripts (test values, not real ones)
select 'city', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
parameter "min_wage_monthly" { { from = "2018-06-01", value = 173000, ref = "test: 1730 元 tier" } }
parameter "min_wage_hourly" { { from = "2018-06-01", value = 1700, ref = "test: 17 元 tier" } }
parameter "public_welfare_post_subsidy_monthly" { { from = "2020-04-03", value = 173000, ref = "test: the minimum wage" } }
parameter "temporary_post_subsidy_monthly" { { from = "2020-07-02", value = 150000, ref = "test: 1500 元" } }
parameter "temporary_post_subsidy_hourly" { { from = "2020-07-02", value = 1500, ref = "test: 15 元" } }
parameter "rural_post_subsidy_monthly" { { from = "2020-04-03", value = 50000, ref = "test: 500 元" } }', 'test');
select 'city', policy_install('滨州', 'city { code = "371600", name = "滨州", extends = "shandong" }
parameter "min_wage_monthly" { { from = "2018-06-01", value = 155000, ref = "test" } }
parameter "min_wage_hourly" { { from = "2018-06-01", value = 1550, ref = "test" } }
parameter "temporary_post_subsidy_monthly" { { from = "2020-07-02", value = 155000, ref = "test: equal" },
  { from = "2020-09-01", value = 155001, ref = "test: above the minimum wage" } }
parameter "temporary_post_subsidy_hourly" { { from = "2020-07-02", value = 1550, ref = "test: equal" },
  { from = "2020-09-01", value = 1551, ref = "test: above the minimum wage" } }', 'test');

-- E1 public_welfare_post_subsidy: months left of the term × (post subsidy + employer SI)
create temp table e1(k, a default '2020-01-15', r default '2040-01-01', m default 3, u default 0, si default 50000, x default 'false');
insert into e1(k) values ('three_years');
insert into e1(k, u) values ('used_33', 33), ('used_34', 34), ('used_36', 36), ('used_40', 40);
insert into e1(k, u, x) values ('extended_used_36', 36, 'true'), ('extended_used_46', 46, 'true'), ('extended_used_48', 48, 'true');
-- within 5 years of retirement: the term runs to the retirement date (whole months)
insert into e1(k, r, u) values ('retire_2024_01_14_used_45', '2024-01-14', 45), ('retire_2024_01_14_used_47', '2024-01-14', 47), ('retire_2024_01_15_used_45', '2024-01-15', 45), ('retire_2024_01_15_used_47', '2024-01-15', 47);
insert into e1(k, r, u) values ('retire_2025_01_14_used_57', '2025-01-14', 57), ('retire_2025_01_15_used_57', '2025-01-15', 57), ('retire_2025_01_16_used_35', '2025-01-16', 35);
insert into e1(k, r, u) values ('retire_2021_06_30', '2021-06-30', 15), ('retire_before_approval', '2019-12-31', 0);
insert into e1(k, r, u, x) values ('retire_2021_06_30_extended', '2021-06-30', 17, 'true');
insert into e1(k, m) values ('months_0', 0);
insert into e1(k, si) values ('si_0', 0);
select 'E1', k, subsidy_amount_fen('德州', 'public_welfare_post_subsidy', '2020-06-01', json_object('first_approval_date', a, 'retirement_date', r, 'months', m, 'months_used', u, 'monthly_employer_si_fen', si, 'extended', json(x))) from e1;
select 'E1_trace', step, detail from subsidy_amount('德州', 'public_welfare_post_subsidy', '2020-06-01', '{"first_approval_date":"2020-01-15","retirement_date":"2024-01-14","months":3,"months_used":45,"monthly_employer_si_fen":50000,"extended":true}');
select 'E1_before', subsidy_amount_fen('德州', 'public_welfare_post_subsidy', '2020-04-02', '{"first_approval_date":"2020-01-15","retirement_date":"2040-01-01","months":3,"months_used":0,"monthly_employer_si_fen":0,"extended":false}');
select 'E1_unset', subsidy_amount_fen('济南', 'public_welfare_post_subsidy', '2020-06-01', '{"first_approval_date":"2020-01-15","retirement_date":"2040-01-01","months":3,"months_used":0,"monthly_employer_si_fen":0,"extended":false}');
select 'E1_unset', subsidy_amount_fen('济南', 'public_welfare_post_subsidy', '2020-06-01', '{"first_approval_date":"2020-01-15","retirement_date":"2040-01-01","months":3,"months_used":36,"monthly_employer_si_fen":0,"extended":false}');
select 'E1_err', subsidy_amount_fen('德州', 'public_welfare_post_subsidy', '2020-06-01', '{"first_approval_date":"2020-01-15","retirement_date":"2040-01-01","months":3,"months_used":0,"monthly_employer_si_fen":0}');
select 'E1_err', subsidy_amount_fen('德州', 'public_welfare_post_subsidy', '2020-06-01', '{"first_approval_date":"2020/01/15","retirement_date":"2040-01-01","months":3,"months_used":0,"monthly_employer_si_fen":0,"extended":false}');

-- E2 temporary_public_welfare_post_subsidy: at most 6 months; full time by the month, part time by
-- the hour; + the employer SI of the months paid
create temp table e2(k, ft default 'true', m default 3, u default 0, h default 0, si default 40000);
insert into e2(k) values ('full_time');
insert into e2(k, u) values ('full_used_3', 3), ('full_used_4', 4), ('full_used_6', 6), ('full_used_7', 7);
insert into e2(k, m) values ('full_months_6', 6), ('full_months_7', 7), ('full_months_0', 0);
insert into e2(k, ft, h) values ('part_time', 'false', 100);
insert into e2(k, ft, h, u) values ('part_used_5', 'false', 100, 5), ('part_used_4_hours_101', 'false', 101, 4);
insert into e2(k, ft, h, m, u, si) values ('part_half_hour_up', 'false', 1, 2, 5, 0), ('part_hours_0', 'false', 0, 2, 0, 0);
select 'E2', k, subsidy_amount_fen('德州', 'temporary_public_welfare_post_subsidy', '2020-08-01', json_object('full_time', json(ft), 'months', m, 'months_used', u, 'hours', h, 'monthly_employer_si_fen', si)), subsidy_amount_fen('滨州', 'temporary_public_welfare_post_subsidy', '2020-08-31', json_object('full_time', json(ft), 'months', m, 'months_used', u, 'hours', h, 'monthly_employer_si_fen', si)) from e2;
select 'E2_trace', step, detail from subsidy_amount('德州', 'temporary_public_welfare_post_subsidy', '2020-08-01', '{"full_time":false,"months":3,"months_used":4,"hours":101,"monthly_employer_si_fen":40000}');
-- the bounds: 滨州's values above its minimum wage from 2020-09-01
select 'E2_bound', subsidy_amount_fen('滨州', 'temporary_public_welfare_post_subsidy', '2020-09-01', '{"full_time":true,"months":1,"months_used":0,"hours":0,"monthly_employer_si_fen":0}');
select 'E2_bound', subsidy_amount_fen('滨州', 'temporary_public_welfare_post_subsidy', '2020-09-01', '{"full_time":false,"months":1,"months_used":0,"hours":10,"monthly_employer_si_fen":0}');
select 'E2_before', subsidy_amount_fen('德州', 'temporary_public_welfare_post_subsidy', '2020-07-01', '{"full_time":true,"months":1,"months_used":0,"hours":0,"monthly_employer_si_fen":0}');
select 'E2_unset', subsidy_amount_fen('济南', 'temporary_public_welfare_post_subsidy', '2020-08-01', '{"full_time":true,"months":1,"months_used":0,"hours":0,"monthly_employer_si_fen":0}');
select 'E2_unset', subsidy_amount_fen('济南', 'temporary_public_welfare_post_subsidy', '2020-08-01', '{"full_time":false,"months":1,"months_used":0,"hours":10,"monthly_employer_si_fen":0}');
select 'E2_unset', subsidy_amount_fen('济南', 'temporary_public_welfare_post_subsidy', '2020-08-01', '{"full_time":true,"months":1,"months_used":6,"hours":0,"monthly_employer_si_fen":0}');
select 'E2_err', subsidy_amount_fen('德州', 'temporary_public_welfare_post_subsidy', '2020-08-01', '{"full_time":"yes","months":1,"months_used":0,"hours":0,"monthly_employer_si_fen":0}');

-- E3 rural_public_welfare_post_subsidy: at most 60 months
create temp table e3(k, m, u);
insert into e3 values ('months_3', 3, 0), ('used_57', 3, 57), ('used_58', 3, 58), ('used_60', 3, 60), ('used_61', 3, 61), ('months_60', 60, 0), ('months_61', 61, 0), ('months_0', 0, 0);
select 'E3', k, subsidy_amount_fen('德州', 'rural_public_welfare_post_subsidy', '2020-06-01', json_object('months', m, 'months_used', u)) from e3;
select 'E3_before', subsidy_amount_fen('德州', 'rural_public_welfare_post_subsidy', '2020-04-02', '{"months":1,"months_used":0}');
select 'E3_unset', subsidy_amount_fen('济南', 'rural_public_welfare_post_subsidy', '2020-06-01', '{"months":1,"months_used":0}');
select 'E3_unset', subsidy_amount_fen('济南', 'rural_public_welfare_post_subsidy', '2020-06-01', '{"months":1,"months_used":60}');
select 'E3_err', subsidy_amount_fen('德州', 'rural_public_welfare_post_subsidy', '2020-06-01', '{"months":1}');

-- E3b rural_post_accident_insurance_subsidy: the premium, at most 60 元 a year (no city value)
select 'E3b', subsidy_amount_fen('济南', 'rural_post_accident_insurance_subsidy', '2020-04-03', '{"premium_fen":5000}'), subsidy_amount_fen('济南', 'rural_post_accident_insurance_subsidy', '2020-06-01', '{"premium_fen":6000}'), subsidy_amount_fen('济南', 'rural_post_accident_insurance_subsidy', '2020-06-01', '{"premium_fen":6001}'), subsidy_amount_fen('济南', 'rural_post_accident_insurance_subsidy', '2020-06-01', '{"premium_fen":0}');
select 'E3b_trace', step, detail from subsidy_amount('济南', 'rural_post_accident_insurance_subsidy', '2020-06-01', '{"premium_fen":8000}');
select 'E3b_before', subsidy_amount_fen('济南', 'rural_post_accident_insurance_subsidy', '2020-04-02', '{"premium_fen":5000}');
select 'E3b_err', subsidy_amount_fen('济南', 'rural_post_accident_insurance_subsidy', '2020-06-01', '{"premium_fen":50.5}');

-- E4 poverty_temporary_post_subsidy: months × the rural post standard
select 'E4', subsidy_amount_fen('德州', 'poverty_temporary_post_subsidy', '2020-04-14', '{"months":3}'), subsidy_amount_fen('德州', 'poverty_temporary_post_subsidy', '2020-06-01', '{"months":7}'), subsidy_amount_fen('德州', 'poverty_temporary_post_subsidy', '2020-06-01', '{"months":0}'), subsidy_amount_fen('济南', 'poverty_temporary_post_subsidy', '2020-06-01', '{"months":0}');
select 'E4_before', subsidy_amount_fen('德州', 'poverty_temporary_post_subsidy', '2020-04-13', '{"months":3}');
select 'E4_unset', subsidy_amount_fen('济南', 'poverty_temporary_post_subsidy', '2020-06-01', '{"months":3}');
select 'E4_err', subsidy_amount_fen('德州', 'poverty_temporary_post_subsidy', '2020-06-01', '{"months":3,"persons":2}');
