-- tests/sql/policy_param_memo.sql: param() inside a rule answers its common case from a per-world
-- memo (ext/policy_lua.c, policyParamFast): by name, for the days between a value's date and the
-- next one's. Values on every side of each date, in any order, names that share a memo slot, a
-- name too long to keep, a parameter that ends, the slow cases (a date given, a trace, before the
-- first value) between memo answers, and a limit reached on the same count of instructions.
-- Expected output: policy_param_memo.expected (made by the build before the memo).
.mode list
select '01', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
parameter "memo_a" { description = "t", unit = "times",
  { from = "2020-01-01", value = 1, ref = "t1" }, { from = "2020-06-01", value = 2, ref = "t2" },
  { from = "2021-01-01", value = 3, ref = "t3" } }
parameter "memo_ending" { description = "t", unit = "times",
  { from = "2020-01-01", value = "x", ref = "t1" }, { from = "2020-06-01", ref = "t2" } }
parameter "memo_b_with_a_long_name_of_more_than_forty_eight_bytes" { description = "t", unit = "times",
  { from = "2020-01-01", value = 10, ref = "t1" }, { from = "2020-06-01", value = 20, ref = "t2" } }
rule "test.memo" { from = "2019-01-01", ref = "t", function(f, as_of)
  local out = {}
  for _, z in ipairs(f.names) do
    local ok, v = pcall(param, z, f.day)
    out[#out + 1] = ok and tostring(v) or "error"
  end
  return table.concat(out, ",")
end }
rule "test.memo_loop" { from = "2019-01-01", ref = "t", function(f, as_of)
  for i = 1, f.n do local v = param(f.name) end
  return f.n
end }');
create table d(i integer primary key, d text);
insert into d(d) values ('2020-01-01'), ('2020-05-31'), ('2020-06-01'), ('2020-12-31'), ('2021-01-01'),
  ('2030-01-01'), ('2020-06-01'), ('2020-01-02'), ('2021-06-01'), ('2020-05-31'), ('2020-01-01');
-- every parameter on every day, in the order of the rows
select '02', group_concat(d || '=' || policy_eval('德州', 'test.memo', d, '{"names":["memo_a","memo_b_with_a_long_name_of_more_than_forty_eight_bytes","memo_a"]}'), ' ') from d;
select '03', group_concat(d || '=' || policy_eval('德州', 'test.memo', d, '{"names":["memo_ending","memo_a","memo_ending"]}'), ' ') from d;
-- the province's parameters too (some share a memo slot), and names that are not parameters
select '04', group_concat(d || '=' || policy_eval('德州', 'test.memo', d, '{"names":["register_min_age","uis_refund_general_reserve_months","uis_refund_sme_rate","uis_refund_general_rate","no_such","uis_refund_sme_rate"]}'), ' ') from d;
-- a date given (the slow way), between memo answers
select '05', group_concat(d || '=' || policy_eval('德州', 'test.memo', d, '{"names":["memo_a"],"day":"2020-06-01"}') || '/' || policy_eval('德州', 'test.memo', d, '{"names":["memo_a"]}'), ' ') from d;
-- traced: each parameter read is in the trace, memo or not
select '06', count(*), group_concat(detail, ' | ') from policy_explain('德州', 'test.memo', '2020-07-01', '{"names":["memo_a","memo_a","register_min_age"]}');
select '07', policy_eval('德州', 'test.memo', '2020-07-01', '{"names":["memo_a","memo_a"]}');
-- before the first value
select '08', policy_eval('德州', 'test.memo', '2019-06-01', '{"names":["memo_a","memo_ending"]}');
-- the instruction limit: with the world built (the first call after a change of limits, or after
-- a call stopped by a limit, builds it within its budget), a call of N param() reads just within
-- the limit and one of N + 1 just past it, whether the reads are answered by a lookup or from
-- the memo (each charged one instruction per dated value looked at: two on 2020-07-01, one on
-- 2021-07-01 for memo_a)
select '09', renshe_limits('instructions', 1000000);
select '10', policy_eval('德州', 'test.memo_loop', '2020-07-01', '{"name":"memo_a","n":1}');
select '11', policy_eval('德州', 'test.memo_loop', '2020-07-01', '{"name":"memo_a","n":100005}');
select '12', policy_eval('德州', 'test.memo_loop', '2020-07-01', '{"name":"memo_a","n":100006}');
select '13', policy_eval('德州', 'test.memo_loop', '2020-07-01', '{"name":"memo_a","n":1}');
select '14', policy_eval('德州', 'test.memo_loop', '2020-07-01', '{"name":"memo_a","n":100005}');
select '15', policy_eval('德州', 'test.memo_loop', '2021-07-01', '{"name":"memo_a","n":111108}');
select '16', policy_eval('德州', 'test.memo_loop', '2021-07-01', '{"name":"memo_a","n":111109}');
select '17', policy_eval('德州', 'test.memo_loop', '2021-07-01', '{"name":"memo_a","n":1}');
select '18', policy_eval('德州', 'test.memo_loop', '2021-07-01', '{"name":"memo_a","n":111108}');
