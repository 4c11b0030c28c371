-- tests/sql/json_keys.sql: a mistyped key in a JSON argument is an error naming the key, never a
-- silently different answer. The person of unemployment_status is tested in
-- unemployment_status.sql; here: the facts of policy_eval / policy_explain, and the records of
-- record_check, record_export and record_problems (where an unknown key is a problem of severity
-- 'error', rule unknown_field: record_check gives 0, record_export NULL, record_problems says
-- which key). Run by tests/run.sh with the extension loaded (by hand, from the repository root:
-- sqlite3 -cmd '.load dist/renshe' :memory: < this). Expected output: json_keys.expected.

-- 01: facts of registration.age_ok (鲁人社字〔2020〕39号 一(一)): birth only
select '01_01', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"2004-05-31"}');
select '01_02', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"brith":"2004-05-31"}');
select '01_03', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"2004-05-31","sex":1}');
select '01_04', count(*) from policy_explain('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"2004-05-31","出生日期":"x"}');
-- reading: a key whose value is null is an absent fact (as everywhere in the facts), not a typo
select '01_05', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"2004-05-31","brith":null}');

-- 02: facts of 淄博's flexible.si_age_ok (淄人社函〔2023〕29号 附件2 五4): birth and sex
select '02_01', policy_eval('淄博', 'flexible.si_age_ok', '2024-01-01', '{"birth":"1969-01-02","sex":2}');
select '02_02', policy_eval('淄博', 'flexible.si_age_ok', '2024-01-01', '{"birth":"1969-01-02","gender":2}');
select '02_03', policy_eval('淄博', 'flexible.si_age_ok', '2024-01-01', '{"birth":"1969-01-02","sex":2,"Sex":1}');

-- 03: records: an unknown key is an error problem naming it, whatever the kind
select '03_01', rule, severity, message from record_problems('exit', json_object('姓名x', '张三'), '2026-11-24') where rule = 'unknown_field';
select '03_02', record_check('exit', json_object('foo', 1), '2026-11-24');
select '03_03', record_export('audit', json_object('foo', 1), '2026-11-24') is null;
select '03_04', rule, message from record_problems('application', '{"AAC002 ":"11010519491231002X"}', '2026-11-24') where rule = 'unknown_field';

-- 04: a rule declares its facts (facts = { ... }); the declaration itself is checked
select '04_01', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
rule "test.x" { from = "2020-01-01", ref = "test", facts = "birth", function(f) return 1 end }');
select '04_02', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
rule "test.x" { from = "2020-01-01", ref = "test", facts = { "a", 2 }, function(f) return 1 end }');
select '04_03', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
rule "test.x" { from = "2020-01-01", ref = "test", facts = { "a", b = "c" }, function(f) return 1 end }');
select '04_04', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
rule "test.x" { from = "2020-01-01", ref = "test", facts = { "a", "b" }, function(f) return (f.a or 0) + (f.b or 0) end }
rule "test.open" { from = "2020-01-01", ref = "test", function(f) return f.a or 0 end }', 'test');
select '04_05', policy_eval('淄博', 'test.x', '2026-01-01', '{"a":1,"b":2}');
select '04_06', policy_eval('淄博', 'test.x', '2026-01-01', '{"a":1,"c":2}');
select '04_07', policy_eval('淄博', 'test.x', '2026-01-01');
-- a rule that declares no facts reads what it reads (status.*: the person, checked by the rule)
select '04_08', policy_eval('淄博', 'test.open', '2026-01-01', '{"a":1,"c":2}');
select '04_09', policy_rollback('淄博');
