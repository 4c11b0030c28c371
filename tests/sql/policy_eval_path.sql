-- tests/sql/policy_eval_path.sql: what the lighter call path of policy_eval (lua/host/prelude.lua:
-- one context table per world, run tail-called, param's common case inline, the host's facts
-- walked with next) must keep exactly: error positions at every level, facts checked for the
-- host's tables and for a script's (with __pairs), a traced call after one that raised, param
-- with explicit dates good and bad, step and param outside a rule, the city-set note. (Rules call
-- param without a tail call: an error through a tail call names a line of the prelude.)
-- Expected output: policy_eval_path.expected (made by the build before the change).
select '00', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
rule "t.lv1" { from = "2020-01-01", ref = "r", function(f, d) error("one", 1) end }
rule "t.lv3" { from = "2020-01-01", ref = "r", function(f, d) error("three", 3) end }
rule "t.lv0" { from = "2020-01-01", ref = "r", function(f, d) error({}) end }
rule "t.facts" { from = "2020-01-01", ref = "r", facts = { "a", "b" }, function(f, d) return (f.a or 0) + (f.b or 0) end }
rule "t.callp" { from = "2020-01-01", ref = "r", function(f, d)
  local t = setmetatable({ z = 1 }, { __pairs = function(t) return function(_, k) if k == nil then return "a", 1 end end, t, nil end })
  return call("t.facts", t)
end }
rule "t.callz" { from = "2020-01-01", ref = "r", function(f, d) return call("t.facts", { z = 1 }) end }
rule "t.calls" { from = "2020-01-01", ref = "r", function(f, d) return call("t.facts", "text") end }
rule "t.p" { from = "2020-01-01", ref = "r", function(f, d) step("as of %s", d); local v = param("register_min_age", f.at); return v end }
rule "t.pn" { from = "2020-01-01", ref = "r", function(f, d) local v = param(f.name); return v end }
rule "t.cs" { from = "2020-01-01", ref = "r", function(f, d) local v = param("min_wage_hourly"); return v end }
rule "t.v2" { from = "2020-01-01", ref = "v1", function(f, d) step("v1"); return 1 end }
rule "t.v2" { from = "2021-01-01", ref = "v2", function(f, d) step("v2"); return 2 end }
rule "t.nest" { from = "2020-01-01", ref = "n", function(f, d) step("outer"); local v = call("t.v2", {}, "2021-06-01"); step("back %d", v); return call("t.v2", {}) + v end }
rule "t.boom" { from = "2020-01-01", ref = "b", function(f, d) step("before"); error("boom", 0) end }
rule "t.late" { from = "2030-01-01", ref = "l", function(f, d) return 1 end }
');
select '01', policy_eval('淄博', 't.lv1', '2020-06-01');
select '03', policy_eval('淄博', 't.lv3', '2020-06-01');
select '04', policy_eval('淄博', 't.lv0', '2020-06-01');
select '05', policy_eval('淄博', 't.facts', '2020-06-01', '{"a":1,"b":2}');
select '06', policy_eval('淄博', 't.facts', '2020-06-01', '{"a":1,"c":2}');
select '07', policy_eval('淄博', 't.facts', '2020-06-01', '{}');
select '08', policy_eval('淄博', 't.callp', '2020-06-01');
select '09', policy_eval('淄博', 't.callz', '2020-06-01');
select '10', policy_eval('淄博', 't.calls', '2020-06-01');
select '11', policy_eval('淄博', 't.p', '2020-06-01', '{}');
select '12', policy_eval('淄博', 't.p', '2020-06-01', '{"at":"2020-04-07"}');
select '13', policy_eval('淄博', 't.p', '2020-06-01', '{"at":"2020-04-08"}');
select '14', policy_eval('淄博', 't.p', '2020-06-01', '{"at":"2020-4-08"}');
select '15', policy_eval('淄博', 't.p', '2020-06-01', '{"at":"2020-02-30"}');
select '16', policy_eval('淄博', 't.p', '2020-06-01', '{"at":20200408}');
select '17', policy_eval('淄博', 't.p', '2020-06-01', '{"at":"2020-04-08x"}');
select '18', policy_eval('淄博', 't.p', '2020-03-01', '{}');
select '19', policy_eval('淄博', 't.pn', '2020-06-01', '{"name":"no_such"}');
select '20', policy_eval('淄博', 't.pn', '2020-06-01', '{"name":"refusal_sole_ground"}');
select '21', policy_eval('淄博', 't.pn', '2020-06-01', '{}');
select '22', policy_eval('淄博', 't.cs', '2020-06-01');
select '23', policy_eval('淄博', 't.v2', '2020-06-01'), policy_eval('淄博', 't.v2', '2021-06-01');
select '24', policy_eval('淄博', 't.late', '2020-06-01');
select '25', policy_eval('淄博', 't.none', '2020-06-01');
select '26', policy_eval('淄博', 't.boom', '2020-06-01');
select '27', step, rule, ref, detail from policy_explain('淄博', 't.nest', '2020-06-01');
select '28', step, rule, ref, detail from policy_explain('淄博', 't.p', '2020-06-01', '{"at":"2020-04-08"}');
select '29', policy_eval('淄博', 't.boom', '2020-06-01');
select '30', step, rule, ref, detail from policy_explain('淄博', 't.v2', '2021-06-01');
select '31', policy_eval('淄博', 't.nest', '2020-06-01');
select '32', group_concat(policy_eval('淄博', 't.v2', d), ',') from (select '2020-06-01' d union all select '2021-06-01' union all select '2020-01-01');
select '33', group_concat(policy_eval(c, 'registration.age_ok', '2020-06-01', '{"birth":"2004-06-01"}'), ',') from (select '淄博' c union all select '威海' union all select '淄博' union all select 'zibo' union all select 3703);
select '34', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"2004-06-02"}'), policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"2004-6-02"}');
select '35', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"2004-06-01","x":1}');
select '36', step, rule, ref, detail from policy_explain('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"2004-06-01"}');
select '37', step, rule, detail from policy_explain('淄博', 'registration.eligible', '2020-09-01', '{"birth":"1990-03-07","place":"户籍地","wants_work":true,"jobless":true,"pension":false,"resident":"mainland","document":"01"}');
select '38a', length(policy_eval('淄博', 'subsidy_kinds', '2020-06-01')) > 100, json_valid(policy_eval('淄博', 'subsidy_kinds', '2020-06-01'));
select '38b', policy_eval('淄博', 't.v2', '2020-06-01', '{"any":1,"other":[1,2]}'), policy_eval('淄博', 't.facts', '2020-06-01', NULL), policy_eval('淄博', 't.facts', '2020-06-01');
select '38c', policy_eval('淄博', 't.facts', '2020-06-01', '{"b":5,"a":null}'), policy_eval('淄博', 't.facts', '2020-06-01', '{"a":null,"zz":null}');
select '38d', group_concat(policy_eval('淄博', 't.facts', '2020-06-01', f), ',') from (select '{"a":1}' f union all select '{"b":2}' union all select '{"a":1,"q":2}');
select '38', policy_rollback('淄博');
select '39', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
step("at load")');
select '40', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
local x = param("register_min_age")');
select '41', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
local x = call("registration.age_ok", {})');
