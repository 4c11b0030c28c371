-- tests/sql/policy.sql: policy_param, policy_eval, policy_explain, policy_parameters and
-- policy_scripts on the built-in scripts (lua/shandong/, lua/cities/) through the sqlite3 shell.
-- Expected output: policy.expected. Each value is the one the cited text determines.

-- 01: cities by GB/T 2260 code, 4-digit prefix, name, name with 市, key; the province
select '01_01', policy_param('370300', 'register_min_age', '2020-06-01');   -- 鲁人社字〔2020〕39号 一(一): 16
select '01_02', policy_param('3703', 'register_min_age', '2020-06-01');
select '01_03', policy_param('淄博', 'register_min_age', '2020-06-01');
select '01_04', policy_param('淄博市', 'register_min_age', '2020-06-01');
select '01_05', policy_param('zibo', 'register_min_age', '2020-06-01');
select '01_06', policy_param('山东省', 'register_min_age', '2020-06-01');
select '01_07', policy_param(370300, 'register_min_age', '2020-06-01');    -- an integer code
select '01_08', policy_param('3799', 'register_min_age', '2020-06-01');
select '01_09', policy_param('371200', 'register_min_age', '2020-06-01');  -- 莱芜: merged into 济南 in 2019
select '01_10', count(*) from policy_scripts where code is not null;      -- 16 cities
select '01_11', group_concat(code || city, ',') from policy_scripts where code is not null;

-- 02: dated parameters switch on the right day
select '02_01', policy_param('淄博', 'register_min_age', '2020-04-08');
select '02_02', policy_param('淄博', 'register_min_age', '2020-04-07');   -- before 39号: error
select '02_03', policy_param('济南', 'registration_deadline_working_days', '2020-07-19');  -- 39号 五(一): 7
select '02_04', policy_param('济南', 'registration_deadline_working_days', '2020-07-20');  -- 79号 一(三): 3
select '02_05', policy_param('济南', 'contact_within_working_days', '2020-07-19');  -- not before 79号
select '02_06', policy_param('济南', 'contact_within_working_days', '2020-07-20');  -- 79号 一(三): 5
select '02_07', policy_param('青岛', 'refusal_sole_ground', '2020-07-19');   -- 39号 二(一)8: 1
select '02_08', policy_param('青岛', 'refusal_sole_ground', '2020-07-20');   -- 79号 一(四): 0
select '02_09', policy_param('青岛', 'unreachable_months', '2020-04-08');    -- 39号 二(一)9: 6
select '02_10', policy_param('青岛', 'refusal_count', '2020-04-08');         -- 39号 二(一)8: 3
select '02_11', policy_param('青岛', 'job_referral_subsidy_per_person', '2020-02-04');  -- 22号 三 2: 120 元
select '02_12', policy_param('青岛', 'job_referral_subsidy_per_person', '2020-05-05');  -- window over
select '02_13', policy_param('青岛', 'stale_registration_years', '2018-05-23');         -- before 166号
select '02_14', policy_param('青岛', 'stale_registration_years', '2018-05-24');         -- 166号 四: 1
select '02_15', policy_param('青岛', 'ui_benefit_ratio', '2020-02-04');                 -- 4号: '0.9'
select '02_16', typeof(policy_param('青岛', 'ui_benefit_ratio', '2020-02-04'));       -- decimal text

-- 03: 威海's local rules (威人社字〔2018〕89号) change 威海 only, from 2018-09-18
select '03_01', policy_param('威海', 'effective_contact_bodies', '2018-09-17');
select '03_02', policy_param('威海', 'effective_contact_bodies', '2018-09-18');
select '03_03', policy_param('烟台', 'effective_contact_bodies', '2018-09-18');
select '03_04', policy_param('威海', 'restore_on_reapply', '2018-09-17');
select '03_05', policy_param('威海', 'restore_on_reapply', '2018-09-18');
select '03_06', policy_param('烟台', 'restore_on_reapply', '2018-09-18');
select '03_07', policy_param('威海', 'paper_certificate_cases', '2018-09-18');
select '03_08', policy_param('烟台', 'paper_certificate_cases', '2018-09-18');   -- the province's three cases (166号 一); 威海 restates two

-- 04: values the texts leave to each city are unset: an error naming parameter, city and date
select '04_01', policy_param('淄博', 'urban_dibao_monthly', '2021-01-01');
select '04_02', policy_param('山东', 'min_wage_monthly', '2021-01-01');
select '04_03', policy_param('淄博', 'no_such_parameter', '2021-01-01');

-- 05: 淄博 (淄人社函〔2023〕29号 附件2 五4): 16 <= age < 55 (女) or 60 (男)
select '05_01', policy_param('淄博', 'flexible_si_age_limit_female', '2023-06-01');
select '05_02', policy_eval('淄博', 'flexible.si_age_ok', '2024-01-01', '{"birth":"1969-01-02","sex":2}');
select '05_03', policy_eval('淄博', 'flexible.si_age_ok', '2024-01-01', '{"birth":"1969-01-01","sex":2}');
select '05_04', policy_eval('淄博', 'flexible.si_age_ok', '2024-01-01', '{"birth":"1964-01-01","sex":1}');
select '05_05', policy_eval('淄博', 'flexible.si_age_ok', '2024-01-01', '{"birth":"2008-01-01","sex":1}');
select '05_06', policy_eval('淄博', 'flexible.si_age_ok', '2024-01-01', '{"birth":"2008-01-02","sex":1}');
select '05_07', policy_eval('东营', 'flexible.si_age_ok', '2024-01-01', '{"birth":"1980-01-01","sex":1}');

-- 06: policy_eval: registration.age_ok (39号 一(一)); NULLs; misuse
select '06_01', policy_eval('菏泽', 'registration.age_ok', '2020-06-01', '{"birth":"2004-06-01"}');
select '06_02', policy_eval('菏泽', 'registration.age_ok', '2020-06-01', '{"birth":"2004-06-02"}');
select '06_03', policy_eval('菏泽', 'registration.age_ok', '20200601', '{"birth":"2004-06-01"}');
select '06_04', policy_eval(NULL, 'registration.age_ok', '2020-06-01', '{}') is null;
select '06_05', policy_eval('菏泽', NULL, '2020-06-01', '{}') is null;
select '06_06', policy_eval('菏泽', 'registration.age_ok', NULL, '{}') is null;
select '06_07', policy_eval('菏泽', 'registration.age_ok', '2020-06-01', NULL);
select '06_08', policy_eval('菏泽', 'registration.age_ok', '2020-06-31', '{}');
select '06_09', policy_eval('菏泽', 'registration.age_ok', '2020-06-01', '{"birth":');
select '06_10', policy_eval('菏泽', 'registration.age_ok', '2020-06-01', '[]');
select '06_11', policy_eval('菏泽', 'registration.age_ok', '2020-06-01', 42);
select '06_12', policy_eval('菏泽', 'registration.nope', '2020-06-01', '{}');
select '06_13', policy_eval('菏泽', 'registration.age_ok', '2020-04-07', '{"birth":"1990-01-01"}');
select '06_14', policy_eval('3799', 'registration.age_ok', '2020-06-01', '{}');
select '06_15', count(*) from (select policy_eval(c, 'registration.age_ok', '2020-06-01', '{"birth":"2004-06-01"}') v
  from (select '济南' c union all select '青岛' union all select '威海' union all select '菏泽')) where v = 1;

-- 07: policy_explain: the steps of the same evaluation
select '07_01', step, rule, ref, detail from policy_explain('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"2004-06-01"}');
select '07_02', count(*) from policy_explain('淄博', 'registration.age_ok', NULL, '{}');
select '07_03', count(*) from policy_explain('淄博', 'registration.age_ok', '2020-06-01');
select '07_04', * from policy_explain('淄博');
select '07_05', * from policy_explain('淄博', 'registration.age_ok', 'x', '{}');

-- 08: policy_parameters: what is in force on a date, and every dated value
select '08_01', name, value, unit, from_date, ref, origin, city_sets, status from policy_parameters('威海', '2020-07-20') where name in ('restore_on_reapply', 'unreachable_sole_ground', 'urban_dibao_monthly', 'contact_within_working_days');
select '08_02', name, value, from_date, status from policy_parameters('威海', '2020-07-19') where name = 'contact_within_working_days';
select '08_03', name, value, from_date, ref, origin, status from policy_parameters('威海') where name = 'effective_contact_bodies';
-- (the subsidy families' own city-set parameters are tested in subsidy_*.sql)
select '08_04', count(*) from policy_parameters('山东省', '2020-06-01') where status = 'unset' and name in ('urban_dibao_monthly', 'min_wage_monthly', 'startup_subsidy_amount', 'ui_benefit_ratio', 'register_min_age');
select '08_05', count(*) from policy_parameters(NULL, '2020-06-01');
select '08_06', count(*) from policy_parameters;
select '08_07', count(*) from policy_parameters('3799');
-- 2026-11-24 regression (issue 4): an OR in WHERE made the planner try a plan without the city
select '08_08', count(*) from policy_parameters('威海', '2020-08-01') where name like '%contact%' or name like 'restore%';

-- 09: policy_rules: the rules of a city's policy and the version in force
-- (the subsidy.* rules, one per kind, are listed by subsidy_kinds and tested in subsidy_*.sql)
select '09_01', * from policy_rules('淄博', '2020-06-01') where name not like 'subsidy.%';
select '09_02', * from policy_rules('威海') where name not like 'subsidy.%';
select '09_03', count(*) from policy_rules(NULL);

-- 2026-11-24 regression (issue 9 review): an optional argument supplied by a table later in the
-- join (as_of from dates) used to be left to SQLite, which compared it with the hidden column
-- (NULL) and returned no rows; now the plan that cannot supply it is refused.
create table dates(d text); insert into dates values ('2020-06-01');
select '15_01', count(*) > 10 from policy_parameters('淄博', dates.d) p, dates;
select '15_02', count(*) from check_idcard('11010519491231002X', dates.d) c, dates;
