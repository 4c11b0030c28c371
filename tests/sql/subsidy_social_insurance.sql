-- tests/sql/subsidy_social_insurance.sql: family D (social_insurance), lua/shandong/subsidies/
-- social_insurance.lua: the exact fen of D1, D2 and D6: term caps reached and exceeded
-- (months_used), the extension, the 离校2年内 day before / last / after, half-up rounding per month,
-- the difficult persons' standard from 77号 (2020-06-05), each not-eligible case and fact error;
-- the city-set share of D6 missing (济南 enters none), entered (德州) and above its bound (滨州).
-- Expected output: subsidy_social_insurance.expected.

-- test city scripts (test values, not real ones)
select 'city', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
parameter "accident_insurance_subsidy_ratio" { { from = "2020-10-29", value = "0.5", ref = "test: 50%" } }', 'test');
select 'city', policy_install('滨州', 'city { code = "371600", name = "滨州", extends = "shandong" }
parameter "accident_insurance_subsidy_ratio" { { from = "2020-10-29", value = "1", ref = "test: all" },
  { from = "2021-01-01", value = "1.01", ref = "test: above 1" } }', 'test');

-- D1 flexible_employment_si_subsidy: round(2/3 × contribution) per month × the months left
create temp table d1(k, cat default 'graduate', s default '2020-08-01', g default '2020-07-01', c default 100001, m default 3, u default 0, x default 'false');
insert into d1(k) values ('graduate');                              -- 3 × 66667
insert into d1(k, s) values ('grad_start_last_day', '2022-07-01'), ('grad_start_day_after', '2022-07-02'), ('grad_start_before_graduation', '2020-01-01');
insert into d1(k, u) values ('grad_used_21', 21), ('grad_used_22', 22), ('grad_used_24', 24), ('grad_used_30', 30);
insert into d1(k, u, x) values ('grad_extended_no_effect', 24, 'true');
insert into d1(k, m) values ('grad_months_0', 0), ('grad_months_24', 24), ('grad_months_25', 25);
insert into d1(k, c) values ('contribution_0', 0), ('contribution_3', 3), ('contribution_1', 1);
insert into d1(k, cat, g) values ('difficult', 'difficult', NULL);
insert into d1(k, cat, g, u) values ('diff_used_33', 'difficult', NULL, 33), ('diff_used_34', 'difficult', NULL, 34), ('diff_used_36', 'difficult', NULL, 36);
insert into d1(k, cat, g, u, x) values ('diff_ext_used_36', 'difficult', NULL, 36, 'true'), ('diff_ext_used_46', 'difficult', NULL, 46, 'true'), ('diff_ext_used_48', 'difficult', NULL, 48, 'true');
-- graduation_date given for a difficult person is ignored (not required)
insert into d1(k, cat, g) values ('diff_with_graduation', 'difficult', '1990-01-01');
select 'D1', k, subsidy_amount_fen('济南', 'flexible_employment_si_subsidy', '2020-07-01', json_object('category', cat, 'start_date', s, 'graduation_date', g, 'monthly_contribution_fen', c, 'months', m, 'months_used', u, 'extended', json(x))) from d1;
select 'D1_trace', step, detail from subsidy_amount('济南', 'flexible_employment_si_subsidy', '2020-07-01', '{"category":"difficult","start_date":"2020-01-01","monthly_contribution_fen":100001,"months":3,"months_used":46,"extended":true}');
-- the graduates' rule from 2020-03-06; the difficult persons' 2/3 from 77号 (2020-06-05)
select 'D1_from', subsidy_amount_fen('济南', 'flexible_employment_si_subsidy', '2020-03-06', '{"category":"graduate","start_date":"2020-01-01","graduation_date":"2019-07-01","monthly_contribution_fen":90000,"months":1,"months_used":0,"extended":false}'), subsidy_amount_fen('济南', 'flexible_employment_si_subsidy', '2020-06-05', '{"category":"difficult","start_date":"2020-01-01","monthly_contribution_fen":90000,"months":1,"months_used":0,"extended":false}');
select 'D1_before', subsidy_amount_fen('济南', 'flexible_employment_si_subsidy', '2020-03-05', '{"category":"graduate","start_date":"2020-01-01","graduation_date":"2019-07-01","monthly_contribution_fen":90000,"months":1,"months_used":0,"extended":false}');
select 'D1_difficult_before', subsidy_amount_fen('济南', 'flexible_employment_si_subsidy', '2020-06-04', '{"category":"difficult","start_date":"2020-01-01","monthly_contribution_fen":90000,"months":1,"months_used":0,"extended":false}');
-- nothing left to pay: 0 even before 2020-06-05
select 'D1_difficult_before_none_left', subsidy_amount_fen('济南', 'flexible_employment_si_subsidy', '2020-06-04', '{"category":"difficult","start_date":"2020-01-01","monthly_contribution_fen":90000,"months":1,"months_used":36,"extended":false}');
select 'D1_err', subsidy_amount_fen('济南', 'flexible_employment_si_subsidy', '2020-07-01', '{"category":"graduate","start_date":"2020-01-01","monthly_contribution_fen":90000,"months":1,"months_used":0,"extended":false}');
select 'D1_err', subsidy_amount_fen('济南', 'flexible_employment_si_subsidy', '2020-07-01', '{"category":"retired","start_date":"2020-01-01","monthly_contribution_fen":90000,"months":1,"months_used":0,"extended":false}');
select 'D1_err', subsidy_amount_fen('济南', 'flexible_employment_si_subsidy', '2020-07-01', '{"category":"difficult","start_date":"2020-01-01","monthly_contribution_fen":-1,"months":1,"months_used":0,"extended":false}');
select 'D1_err', subsidy_amount_fen('济南', 'flexible_employment_si_subsidy', '2020-07-01', '{"category":"difficult","start_date":"2020-01-01","monthly_contribution_fen":100,"months":1,"months_used":0,"extended":0}');
select 'D1_err', subsidy_amount_fen('济南', 'flexible_employment_si_subsidy', '2020-07-01', '{"category":"difficult","start_date":"2020-02-30","monthly_contribution_fen":100,"months":1,"months_used":0,"extended":false}');
select 'D1_err', subsidy_amount_fen('济南', 'flexible_employment_si_subsidy', '2020-07-01', '{"category":"difficult","start_date":"2020-01-01","monthly_contribution_fen":100,"months":1,"month_used":0,"extended":false}');

-- D2 small_micro_graduate_si_subsidy: the employer share × the months left of 12
create temp table d2(k, sz default 'small', h default '2020-08-01', g default '2020-07-01', cm default 12, si default 80000, m default 3, u default 0, got default 'false');
insert into d2(k) values ('small');
insert into d2(k, sz) values ('micro', 'micro'), ('medium', 'medium'), ('large', 'large');
insert into d2(k, h, g) values ('grad_year', '2020-12-31', '2020-01-01'), ('within_24_last_day', '2022-07-01', '2020-07-01'), ('within_24_day_after', '2022-07-02', '2020-07-01'), ('graduated_2018_hired_2020', '2020-06-01', '2018-06-30');
insert into d2(k, cm) values ('contract_11', 11), ('contract_0_open', 0), ('contract_36', 36);
insert into d2(k, u) values ('used_9', 9), ('used_10', 10), ('used_12', 12), ('used_13', 13);
insert into d2(k, m) values ('months_12', 12), ('months_13', 13), ('months_0', 0);
insert into d2(k, si) values ('exempted_si_0', 0);
insert into d2(k, got) values ('already_received', 'true');
select 'D2', k, subsidy_amount_fen('济南', 'small_micro_graduate_si_subsidy', '2020-09-01', json_object('size', sz, 'hire_date', h, 'graduation_date', g, 'contract_months', cm, 'monthly_employer_si_fen', si, 'months', m, 'months_used', u, 'already_received', json(got))) from d2;
select 'D2_trace', step, detail from subsidy_amount('济南', 'small_micro_graduate_si_subsidy', '2020-09-01', '{"size":"micro","hire_date":"2020-08-01","graduation_date":"2020-07-01","contract_months":12,"monthly_employer_si_fen":80000,"months":3,"months_used":10,"already_received":false}');
select 'D2_before', subsidy_amount_fen('济南', 'small_micro_graduate_si_subsidy', '2020-03-05', '{"size":"micro","hire_date":"2020-01-01","graduation_date":"2019-07-01","contract_months":12,"monthly_employer_si_fen":80000,"months":3,"months_used":0,"already_received":false}');
select 'D2_err', subsidy_amount_fen('济南', 'small_micro_graduate_si_subsidy', '2020-09-01', '{"size":"tiny","hire_date":"2020-08-01","graduation_date":"2020-07-01","contract_months":12,"monthly_employer_si_fen":80000,"months":3,"months_used":0,"already_received":false}');
select 'D2_err', subsidy_amount_fen('济南', 'small_micro_graduate_si_subsidy', '2020-09-01', '{"size":"small","hire_date":"2020-08-01","graduation_date":"2020-07-01","contract_months":12,"monthly_employer_si_fen":"800","months":3,"months_used":0,"already_received":false}');
select 'D2_err', subsidy_amount_fen('济南', 'small_micro_graduate_si_subsidy', '2020-09-01', '{"size":"small","hire_date":"2020-08-01","contract_months":12,"monthly_employer_si_fen":800,"months":3,"months_used":0,"already_received":false}');
select 'D2_err', subsidy_amount_fen('济南', 'small_micro_graduate_si_subsidy', '2020-09-01', '{"size":"small","hire_date":"2020-08-01","graduation_date":"2020-07-01","contract_months":1.5,"monthly_employer_si_fen":800,"months":3,"months_used":0,"already_received":false}');

-- D6 new_form_accident_insurance_subsidy: min(round(ratio × premium), 100 元)
create temp table d6(k, p default 15000, r default 'true', pf default 'true');
insert into d6(k, p) values ('premium_150', 15000), ('premium_200', 20000), ('premium_201', 20001), ('premium_199', 19999), ('premium_odd', 333), ('premium_0', 0);
insert into d6(k, r) values ('not_registered', 'false');
insert into d6(k, pf) values ('not_platform', 'false');
select 'D6', k, subsidy_amount_fen('德州', 'new_form_accident_insurance_subsidy', '2020-10-29', json_object('premium_fen', p, 'registered', json(r), 'platform', json(pf))), subsidy_amount_fen('滨州', 'new_form_accident_insurance_subsidy', '2020-12-31', json_object('premium_fen', p, 'registered', json(r), 'platform', json(pf))) from d6;
select 'D6_trace', step, detail from subsidy_amount('德州', 'new_form_accident_insurance_subsidy', '2020-11-01', '{"premium_fen":25000,"registered":true,"platform":true}');
select 'D6_before', subsidy_amount_fen('德州', 'new_form_accident_insurance_subsidy', '2020-10-28', '{"premium_fen":15000,"registered":true,"platform":true}');
-- the city's share missing: an error; a claim not eligible is 0 all the same
select 'D6_unset', subsidy_amount_fen('济南', 'new_form_accident_insurance_subsidy', '2020-11-01', '{"premium_fen":15000,"registered":true,"platform":true}');
select 'D6_unset', subsidy_amount_fen('济南', 'new_form_accident_insurance_subsidy', '2020-11-01', '{"premium_fen":15000,"registered":false,"platform":true}');
-- above the bound: 滨州's 1.01 from 2021-01-01
select 'D6_bound', subsidy_amount_fen('滨州', 'new_form_accident_insurance_subsidy', '2021-01-01', '{"premium_fen":15000,"registered":true,"platform":true}');
select 'D6_err', subsidy_amount_fen('德州', 'new_form_accident_insurance_subsidy', '2020-11-01', '{"premium_fen":15000,"registered":true}');
select 'D6_err', subsidy_amount_fen('德州', 'new_form_accident_insurance_subsidy', '2020-11-01', '[1]');
