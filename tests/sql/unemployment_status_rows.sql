-- tests/sql/unemployment_status_rows.sql: the table form SELECT * FROM unemployment_status(...) takes
-- its rows straight from the result table of status.unemployment (policy_eval_rows in
-- ext/policy_lua.c), not through JSON text: every value a row can hold reads back as the JSON text
-- read it (text, an integer, else NULL), and a result the JSON text could not hold fails with the
-- same error. A test-only 淄博 script (this in-memory database only) replaces status.unemployment.
CREATE TABLE r(n INTEGER PRIMARY KEY, body TEXT);
INSERT INTO r(body) VALUES
  ('return { status = "x", rows = { { kind = "a", date = 7, status = true, code = 1.5, code_name = { 1, 2 }, event = { x = 1 }, rule = "", ref = "参考", detail = -9007199254740993 } } }'),
  ('return { status = "x", rows = { "a", { kind = "b" }, { "c" }, { kind = "d", [1] = "e" } } }'),
  ('return { status = "x", rows = {} }'),
  ('return { status = "x", rows = { [1] = { kind = "a" }, [3] = { kind = "c" } } }'),
  ('return { status = "x", rows = { { kind = "a" } }, [2] = "two", since = 0.5 }'),
  ('return { status = "x" }'),
  ('return {}'),
  ('return { { kind = "a" } }'),
  ('return "unemployed"'),
  ('return nil'),
  ('return { rows = { { kind = "a", detail = string.len } } }'),
  ('return { rows = { { kind = "a" } }, f = function() end }'),
  ('return { rows = { { kind = "a", detail = "\xff" } } }'),
  ('return { rows = { { kind = "a" } }, ["\xc3"] = 1 }'),
  ('return { rows = { { kind = "a", code = 0/0 } } }'),
  ('return { rows = { { kind = "a", code = 1/0 } } }'),
  ('return { rows = { { kind = "a" } }, [1.5] = 1 }'),
  ('local t = {} local u = t for i = 1, 70 do u.x = {} u = u.x end return { rows = { { kind = "a" } }, deep = t }'),
  ('local r = { "x" } for i = 1, 40 do r = { r, r } end return { rows = { { kind = "a" } }, dag = r }'),
  ('local rows = {} for i = 1, 3000 do rows[i] = { kind = "k" .. i, date = i } end return { rows = rows }');
SELECT '00', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
local bodies = {
' || (SELECT group_concat('  [' || n || '] = function() ' || body || ' end,', char(10)) FROM r) || '
}
rule "status.unemployment" {
  from = "2018-05-24", ref = "test fixture, not a rule of 淄博",
  function(person, as_of) return bodies[tonumber(as_of:sub(9, 10))]() end,
}', 'tests');
SELECT '01', kind, typeof(kind), date, typeof(date), status, typeof(status), code, typeof(code), typeof(code_name), typeof(event), rule, ref, detail FROM unemployment_status('淄博', '{}', '2020-01-01');
SELECT '02', rowid, kind, typeof(kind) FROM unemployment_status('淄博', '{}', '2020-01-02');
SELECT '03', count(*) FROM unemployment_status('淄博', '{}', '2020-01-03');
SELECT '04', count(*) FROM unemployment_status('淄博', '{}', '2020-01-04');
SELECT '05', kind FROM unemployment_status('淄博', '{}', '2020-01-05');
SELECT '06', count(*) FROM unemployment_status('淄博', '{}', '2020-01-06');
SELECT '07', count(*) FROM unemployment_status('淄博', '{}', '2020-01-07');
SELECT '08', count(*) FROM unemployment_status('淄博', '{}', '2020-01-08');
SELECT '09', count(*) FROM unemployment_status('淄博', '{}', '2020-01-09');
SELECT '10', count(*) FROM unemployment_status('淄博', '{}', '2020-01-10');
SELECT '11', count(*) FROM unemployment_status('淄博', '{}', '2020-01-11');
SELECT '12', count(*) FROM unemployment_status('淄博', '{}', '2020-01-12');
SELECT '13', count(*) FROM unemployment_status('淄博', '{}', '2020-01-13');
SELECT '14', count(*) FROM unemployment_status('淄博', '{}', '2020-01-14');
SELECT '15', count(*) FROM unemployment_status('淄博', '{}', '2020-01-15');
SELECT '16', count(*) FROM unemployment_status('淄博', '{}', '2020-01-16');
SELECT '17', count(*) FROM unemployment_status('淄博', '{}', '2020-01-17');
SELECT '18', count(*) FROM unemployment_status('淄博', '{}', '2020-01-18');
SELECT '19', count(*) FROM unemployment_status('淄博', '{}', '2020-01-19');
SELECT '20', count(*), sum(date), min(kind), max(kind) FROM unemployment_status('淄博', '{}', '2020-01-20');
SELECT '21', renshe_limits('result', 50000);
SELECT '21', count(*) FROM unemployment_status('淄博', '{}', '2020-01-20');
SELECT '21', renshe_limits('result', 4194304);
SELECT '99', policy_rollback('淄博');
