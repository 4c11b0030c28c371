-- tests/sql/policy_install.sql: policy_install and policy_rollback: scripts stored in the database
-- override the built-in ones of the same name, a broken script is refused with its line and the
-- old one stays in force, a rollback restores the previous version, and nothing is lost.
-- Expected output: policy_install.expected.

-- 01: a fresh database has no script tables and uses the built-in scripts
select '01_01', count(*) from sqlite_schema where name like 'renshe_policy%';
select '01_02', count(*) from policy_scripts where origin = 'installed';
select '01_03', policy_param('淄博', 'register_min_age', '2021-06-01');

-- 02: a city override changes 淄博 from its date on; the baseline and the other cities are untouched
select '02_01', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
-- a test value, not a real one
parameter "register_min_age" { { from = "2021-01-01", value = 18, ref = "test 1" } }', '张三');
select '02_02', count(*) from sqlite_schema where name like 'renshe_policy%';  -- 2 tables, 3 triggers of the history
select '02_03', policy_param('淄博', 'register_min_age', '2020-12-31');
select '02_04', policy_param('淄博', 'register_min_age', '2021-01-01');
select '02_05', policy_param('威海', 'register_min_age', '2021-01-01');
select '02_06', policy_param('山东', 'register_min_age', '2021-01-01');
select '02_07', policy_eval('淄博', 'registration.age_ok', '2021-06-01', '{"birth":"2004-06-01"}');
select '02_08', policy_eval('威海', 'registration.age_ok', '2021-06-01', '{"birth":"2004-06-01"}');
select '02_09', name, origin, version, installed_by, installed_at is not null, lines from policy_scripts where name = 'zibo';
-- the override replaced the whole built-in script: 淄博's own rules of 2023 are gone with it
select '02_10', policy_eval('淄博', 'flexible.si_age_ok', '2024-01-01', '{"birth":"1969-01-02","sex":2}');

-- 03: a broken script is refused with its line; the version in force stays
select '03_01', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }

parameter "register_min_age" { { from = "2021-01-01", value = 19, ref = "test 2" }', '张三');
select '03_02', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
parameter "register_min_age" { { from = "2021-01-01", value = 19, ref = "test 2", form = "x" } }', '张三');
select '03_03', policy_install('淄博', 'city { code = "371000", name = "威海", extends = "shandong" }', '张三');
select '03_04', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
while true do end', '张三');
select '03_05', policy_install('淄博', char(27) || 'LuaT', '张三');
select '03_06', policy_install('淄博', NULL);
select '03_07', policy_install('淄博', readfile('lua/cities/no-such-file.lua'));
select '03_08', policy_install('山东', 'x = 1');
select '03_09', policy_install('3799', 'x = 1');
select '03_10', policy_install('host/prelude', 'x = 1');
select '03_11', policy_param('淄博', 'register_min_age', '2021-01-01');
select '03_12', count(*) from renshe_policy_history;

-- 04: a second version, then roll back twice: to version 1, then to the built-in script
select '04_01', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
parameter "register_min_age" { { from = "2021-01-01", value = 19, ref = "test 2" } }', '李四');
select '04_02', policy_param('淄博', 'register_min_age', '2021-01-01');
select '04_03', policy_rollback('淄博');
select '04_04', policy_param('淄博', 'register_min_age', '2021-01-01');
select '04_05', name, version, installed_by from policy_scripts where name = 'zibo';
select '04_06', policy_rollback('3703');
select '04_07', policy_param('淄博', 'register_min_age', '2021-01-01');
select '04_08', name, origin, version from policy_scripts where name = 'zibo';
select '04_09', policy_rollback('淄博');
select '04_10', policy_rollback('威海');
select '04_11', id, name, action, supersedes, installed_by, source is not null from renshe_policy_history order by id;

-- 05: the shipped file through readfile(); the same values as the built-in one
select '05_01', policy_install('威海', readfile('lua/cities/weihai.lua'), '王五');
select '05_02', policy_param('威海', 'restore_on_reapply', '2018-09-18');
select '05_03', name, origin, version, installed_by, lines from policy_scripts where name = 'weihai';

-- 06: a baseline part: a change reaches every city; a rollback restores it
select '06_01', policy_install('shandong/params', replace(readfile('lua/shandong/params.lua'),
  '{ from = "2020-04-08", value = 16, ref = "鲁人社字〔2020〕39号 一(一)" }',
  '{ from = "2020-04-08", value = 17, ref = "test 3" }'), '赵六');
select '06_02', policy_param('威海', 'register_min_age', '2020-06-01');
select '06_03', policy_param('菏泽', 'register_min_age', '2020-06-01');
select '06_04', policy_param('山东', 'register_min_age', '2020-06-01');
select '06_05', policy_install('shandong/params', 'parameter "register_min_age" { unit = "year" }');
select '06_06', policy_rollback('shandong/params');
select '06_07', policy_param('菏泽', 'register_min_age', '2020-06-01');

-- 07: a new baseline part adds a rule family to every city
select '07_01', policy_install('shandong/extra', 'rule "extra.min_age" { from = "2020-04-08", ref = "鲁人社字〔2020〕39号 一(一)",
  function(f, as_of) return param("register_min_age") end }', '赵六');
select '07_02', policy_eval('滨州', 'extra.min_age', '2020-06-01');
select '07_03', name, origin, version from policy_scripts where name = 'shandong/extra';
select '07_04', policy_rollback('shandong/extra');
select '07_05', policy_eval('滨州', 'extra.min_age', '2020-06-01');

-- 08: the admin functions are DIRECTONLY: not from a view or trigger
create view v_install as select policy_install('淄博', 'x') as r;
select '08_01', r from v_install;
create view v_eval as select policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"2000-01-01"}') as r;
select '08_02', r from v_eval;
