-- tests/sql/policy_param_cache.sql: policy_param answers from its per-statement cache (a constant
-- name: the parameter's dated values read once per city, ext/policy_sql.c) exactly as from Lua:
-- dates before the first value, in force, after an end, a city per row, the city in its several
-- forms, a name per row, NULLs, scripts installed and limits changed within the statement.
-- Expected output: policy_param_cache.expected (made by the build before the cache).
create table d(i integer primary key, d text);
insert into d(d) values ('2020-06-01'), ('2020-07-19'), ('2020-07-20'), ('2021-01-01'),
  ('2020-12-01'), ('2020-04-07');
create table c(i integer primary key, c);
insert into c(c) values ('淄博'), ('威海'), ('370300'), ('zibo'), ('淄博市'), (3703), ('山东'),
  ('370100'), ('淄博');
-- in force on every row; then, after rows from the cache, a row after the end, a row before the
-- first value
select '01', group_concat(policy_param('淄博', 'job_referral_subsidy_per_person', column1), ',') from (values ('2020-02-04'), ('2020-03-01'), ('2020-05-04'));
select '02', group_concat(policy_param('淄博', 'job_referral_subsidy_per_person', column1), ',') from (values ('2020-02-04'), ('2020-03-01'), ('2020-05-05'));
select '03', group_concat(policy_param('淄博', 'job_referral_subsidy_per_person', column1), ',') from (values ('2020-02-04'), ('2020-03-01'), ('2020-02-03'));
select '04', group_concat(policy_param('淄博', 'job_referral_subsidy_per_person', column1), ',') from (values ('2020-02-04'), ('2020-03-01'), ('2099-12-31'));
-- text and boolean values, their SQL types; the days a value changes
select '05', group_concat(policy_param('淄博', 'registration_channels', column1) || ':' || typeof(policy_param('淄博', 'registration_channels', column1)), ' ') from (values ('2020-03-20'), ('2020-06-30'), ('2020-07-01'), ('2020-10-22'), ('2030-01-01'));
select '06', group_concat(policy_param('淄博', 'refusal_sole_ground', column1) || ':' || typeof(policy_param('淄博', 'refusal_sole_ground', column1)), ',') from (values ('2020-04-08'), ('2020-07-19'), ('2020-07-20'), ('2030-01-01'));
select '07', group_concat(policy_param('淄博', 'registration_channels', column1), ' ') from (values ('2020-07-01'), ('2020-03-19'));
-- a city per row, and a city in its several forms
select '08', group_concat(c || '=' || policy_param(c, 'register_min_age', '2020-06-01'), ' ') from c;
select '09', group_concat(c || '=' || policy_param(c, 'registration_channels', '2020-07-01'), ' ') from c where i in (1, 2, 7, 8, 9);
-- a city's own dated values, then a city that does not declare the parameter
select '10', group_concat(policy_param(c, 'flexible_si_age_limit_female', '2024-06-01'), ' ') from c where i in (1, 3, 4, 5, 6, 9);
select '11', group_concat(policy_param(c, 'flexible_si_age_limit_female', '2024-06-01'), ' ') from c where i in (1, 3, 2);
-- ended for the city on the date, after rows of the same city from the cache
select '12', group_concat(policy_param('淄博', 'flexible_si_age_limit_female', column1), ' ') from (values ('2023-01-01'), ('2024-12-31'), ('2025-01-01'));
-- a city-set parameter without a value, after rows of a parameter that had one
select '13', group_concat(policy_param('淄博', column1, '2021-01-01'), ' ') from (values ('register_min_age'), ('min_wage_hourly'));
select '14', group_concat(policy_param(c, 'min_wage_hourly', '2021-01-01'), ' ') from c;
-- unknown names, a name per row, NULLs
select '15', policy_param('淄博', 'no_such_parameter', d) from d where i <= 2;
select '16', group_concat(coalesce(policy_param('淄博', n, '2021-06-01'), 'NULL'), ',') from (select 'register_min_age' n union all select 'refusal_sole_ground' union all select null union all select 'register_min_age');
select '17', group_concat(coalesce(policy_param(x, 'register_min_age', y), 'NULL'), ',') from (select '淄博' x, '2020-06-01' y union all select null, '2020-06-01' union all select '淄博', null union all select '淄博', '2021-01-01' union all select '淄博', 20210101 union all select 'zibo', '20200601');
select '18', group_concat(policy_param('淄博', 'register_min_age', d), ',') from d;
select '19', group_concat(policy_param('淄博', 'register_min_age', x), ',') from (select '2020-06-01' x union all select 'not a date');
select '20', group_concat(policy_param(x, 'register_min_age', '2020-06-01'), ',') from (select '淄博' x union all select '淄博' union all select '北京');
select '21', group_concat(policy_param(x, 'register_min_age', '2020-06-01'), ',') from (select '淄博' x union all select '淄博' union all select x'e6b7' );
-- scripts installed within the statement: the second install refreshes the host (the first one's
-- generation), so the rows after it see the first new script, as they do without the cache
select '22', i, policy_param('淄博', 'register_min_age', '2021-01-01'),
  case when i = 2 then policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
parameter "register_min_age" { { from = "2020-12-01", value = 17, ref = "test 1" } }') end,
  case when i = 4 then policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
parameter "register_min_age" { { from = "2020-12-01", value = 18, ref = "test 2" } }') end
  from d;
select '23', group_concat(policy_param('淄博', 'register_min_age', d), ',') from d where i <> 6;
select '24', policy_rollback('淄博');
select '25', group_concat(policy_param('淄博', 'register_min_age', d), ',') from d where i <> 6;
-- a script that ends the parameter: after rows from the cache, a row on and after the end
select '26', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
parameter "register_min_age" { { from = "2020-12-01", ref = "test 3" } }');
select '27', group_concat(policy_param('淄博', 'register_min_age', d), ',') from d where i <= 3;
select '28', group_concat(policy_param('淄博', 'register_min_age', d), ',') from d where i <= 5;
select '29', policy_rollback('淄博');
select '30', group_concat(policy_param('淄博', 'register_min_age', d), ',') from d where i <= 5;
-- limits changed within the statement (the worlds are dropped and rebuilt)
select '31', i, policy_param('淄博', 'register_min_age', d),
  case when i = 2 then renshe_limits('instructions', 5000000) when i = 4 then renshe_limits('instructions', 20000000) end
  from d where i <= 5;
select '32', renshe_limits('instructions');
