-- tests/sql/policy_sandbox.sql: scripts are untrusted. Each escape attempt is its own case and
-- must end in a clean SQL error (the exact text below), followed by a query on the same connection
-- proving it is still usable. The attempts sit in a test script for 淄博 installed first.
-- Expected output: policy_sandbox.expected.

select '00_01', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
local R = { from = "2000-01-01", ref = "test" }
local function t(name, fn) rule("t." .. name) { from = R.from, ref = R.ref, fn } end
t("loop", function() while true do end end)
t("pcall_loop", function() while true do pcall(function() while true do end end) end end)
t("rep_1g", function() return #string.rep("x", 1 << 30) end)
t("concat_1g", function() local s = "x" for i = 1, 30 do s = s .. s end return #s end)
t("recursion", function() local function f(n) return f(n + 1) + 1 end return f(1) end)
t("io_open", function() return io.open("/etc/passwd") end)
t("os_execute", function() return os.execute("id") end)
t("require", function() return require("io") end)
t("load_bytecode", function() return load(string.char(27) .. "LuaT") end)
t("loadstring", function() return loadstring("return 1") end)
t("dofile", function() return dofile("/etc/passwd") end)
t("string_dump", function() return string.dump(function() end) end)
t("string_dump_method", function() return ("").dump(function() end) end)
t("debug_getregistry", function() return debug.getregistry() end)
t("collectgarbage", function() return collectgarbage("count") end)
t("package", function() return package.loaded end)
t("print", function() print("x") end)
t("math_random", function() return math.random() end)
t("setmetatable_string", function() setmetatable(string, { __index = function() return "pwned" end }) end)
t("assign_string_rep", function() string.rep = function() return "pwned" end end)
t("string_metatable", function() local mt = getmetatable("") mt.__index = { rep = function() return "pwned" end } end)
t("rawset_env", function() rawset(_ENV, "x", 1) end)
t("global_G", function() return _G.io end)
t("gc_finalizer", function() setmetatable({}, { __gc = function() while true do end end }) end)
t("pattern_bomb", function() return string.find(string.rep("a", 20000), ".-.-.-b") end)
t("rep_empty_huge", function() return #string.rep("", 1 << 62) end)
t("move_huge", function() return #table.move({}, 1, 1 << 40, 2) end)
t("city_readonly", function() CITY.code = "371000" end)
t("facts_mutation", function(f) f.x = 1 return f.x end)
t("ok", function() return ("ab"):rep(2) .. string.rep("c", 2) end)
t("plain_find_bomb", function() local s = string.rep("a", 1 << 20) return string.find(s, string.rep("a", 1 << 19) .. "b", 1, true) end)
t("sort_huge", function() local a = {} for i = 1, (1 << 20) + 1 do a[i] = -i end table.sort(a) end)
t("close_loop", function() local x <close> = setmetatable({}, { __close = function() while true do end end }) return 1 end)
t("find_small", function() return string.find("370102199003071238", "^%d+$") end)
', 'sandbox test');

select '01_01', policy_eval('淄博', 't.loop', '2024-01-01');
select '01_02', policy_eval('淄博', 't.ok', '2024-01-01');
select '02_01', policy_eval('淄博', 't.pcall_loop', '2024-01-01');
select '02_02', policy_eval('淄博', 't.ok', '2024-01-01');
select '03_01', policy_eval('淄博', 't.rep_1g', '2024-01-01');
select '03_02', policy_eval('淄博', 't.ok', '2024-01-01');
select '04_01', policy_eval('淄博', 't.concat_1g', '2024-01-01');
select '04_02', policy_eval('淄博', 't.ok', '2024-01-01');
select '05_01', policy_eval('淄博', 't.recursion', '2024-01-01');
select '05_02', policy_eval('淄博', 't.ok', '2024-01-01');
select '06_01', policy_eval('淄博', 't.io_open', '2024-01-01');
select '06_02', policy_eval('淄博', 't.ok', '2024-01-01');
select '07_01', policy_eval('淄博', 't.os_execute', '2024-01-01');
select '07_02', policy_eval('淄博', 't.ok', '2024-01-01');
select '08_01', policy_eval('淄博', 't.require', '2024-01-01');
select '08_02', policy_eval('淄博', 't.ok', '2024-01-01');
select '09_01', policy_eval('淄博', 't.load_bytecode', '2024-01-01');
select '09_02', policy_install('淄博', char(27) || 'LuaT' || char(0, 25, 147, 13, 10, 26, 10));
select '09_03', policy_eval('淄博', 't.ok', '2024-01-01');
select '10_01', policy_eval('淄博', 't.loadstring', '2024-01-01');
select '10_02', policy_eval('淄博', 't.dofile', '2024-01-01');
select '10_03', policy_eval('淄博', 't.ok', '2024-01-01');
select '11_01', policy_eval('淄博', 't.string_dump', '2024-01-01');
select '11_02', policy_eval('淄博', 't.string_dump_method', '2024-01-01');
select '11_03', policy_eval('淄博', 't.ok', '2024-01-01');
select '12_01', policy_eval('淄博', 't.debug_getregistry', '2024-01-01');
select '12_02', policy_eval('淄博', 't.ok', '2024-01-01');
select '13_01', policy_eval('淄博', 't.collectgarbage', '2024-01-01');
select '13_02', policy_eval('淄博', 't.ok', '2024-01-01');
select '14_01', policy_eval('淄博', 't.package', '2024-01-01');
select '14_02', policy_eval('淄博', 't.print', '2024-01-01');
select '14_03', policy_eval('淄博', 't.math_random', '2024-01-01');
select '14_04', policy_eval('淄博', 't.ok', '2024-01-01');
-- setmetatable tricks on shared tables: refused, and no other script sees a change
select '15_01', policy_eval('淄博', 't.setmetatable_string', '2024-01-01');
select '15_02', policy_eval('淄博', 't.assign_string_rep', '2024-01-01');
select '15_03', policy_eval('淄博', 't.string_metatable', '2024-01-01');
select '15_04', policy_eval('淄博', 't.rawset_env', '2024-01-01');
select '15_05', policy_eval('淄博', 't.global_G', '2024-01-01');
select '15_06', policy_eval('淄博', 't.gc_finalizer', '2024-01-01');
select '15_07', policy_eval('淄博', 't.city_readonly', '2024-01-01');
select '15_08', policy_eval('淄博', 't.ok', '2024-01-01');
select '15_09', policy_eval('威海', 'registration.age_ok', '2020-06-01', '{"birth":"2004-06-01"}');
select '15_10', policy_param('威海', 'register_min_age', '2020-06-01');
-- C loops the instruction hook cannot see are bounded before they start
select '16_01', policy_eval('淄博', 't.pattern_bomb', '2024-01-01');
select '16_02', policy_eval('淄博', 't.rep_empty_huge', '2024-01-01');
select '16_03', policy_eval('淄博', 't.move_huge', '2024-01-01');
select '16_04', policy_eval('淄博', 't.facts_mutation', '2024-01-01', '{"x":0}');
select '16_05', policy_eval('淄博', 't.ok', '2024-01-01');
-- the same bounds hold while a script loads (policy_install runs it before storing it)
select '17_01', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
local s = "x" for i = 1, 30 do s = s .. s end');
select '17_02', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
io.write("x")');
select '17_03', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
string.upper = nil');
select '17_04', policy_eval('淄博', 't.ok', '2024-01-01');
-- a city script that tampers with its own globals cannot reach another city's
select '18_01', policy_install('威海', 'city { code = "371000", name = "威海", extends = "shandong" }
date = nil
param = function() return 99 end');
select '18_02', policy_eval('威海', 'registration.age_ok', '2020-06-01', '{"birth":"2004-06-01"}');
select '18_03', policy_eval('淄博', 't.ok', '2024-01-01');
select '18_04', policy_eval('青岛', 'registration.age_ok', '2020-06-01', '{"birth":"2004-06-01"}');
-- (added) more C loops, and a to-be-closed variable whose handler never returns
select '19_01', policy_eval('淄博', 't.plain_find_bomb', '2024-01-01');
select '19_02', policy_eval('淄博', 't.sort_huge', '2024-01-01');
select '19_03', policy_eval('淄博', 't.close_loop', '2024-01-01');
select '19_04', policy_eval('淄博', 't.find_small', '2024-01-01');
select '19_05', policy_eval('淄博', 't.ok', '2024-01-01');
-- 20..27 (issue 19): one budget per call that everything charges. A second test script, for 济南.
select '20_00', policy_install('济南', 'city { code = "370100", name = "济南", extends = "shandong" }
local function t(name, fn) rule("t." .. name) { from = "2000-01-01", ref = "test", fn } end
t("xpcall_handler_loop", function() return xpcall(error, function() while true do end end) end)
t("xpcall_nested", function() while true do xpcall(function() while true do end end, function() while true do end end) end end)
t("xpcall_value", function() return select(2, xpcall(function(a) error({ a }) end, function(e) return e[1] * 2 end, 21)) end)
t("xpcall_results", function() local ok, a, b = xpcall(function(x, y) return x + y, x * y end, error, 3, 4) return (ok and 100 or 0) + a * 10 + b end)
t("xpcall_handler_error", function() local ok, e = xpcall(error, function() error("in handler", 0) end, "x") return tostring(ok) .. " " .. e end)
t("xpcall_no_handler", function() return xpcall(error) end)
t("rep_loop", function() while true do string.rep("x", 30 << 20) end end)
t("upper_loop", function() local s = string.rep("x", 16 << 20) while true do s:upper() end end)
t("concat_loop", function() local a = {} for i = 1, 1000 do a[i] = string.rep("x", 10000) end while true do table.concat(a) end end)
t("pack_loop", function() while true do string.pack("c20000000", "") end end)
t("append_loop", function() local s = "" while true do s = s .. "x" end end)
t("sort_strings", function() local a = {} for i = 1, 1000 do a[i] = string.rep(string.char(65 + i % 26), 30000) .. i end while true do table.sort(a) end end)
t("balance", function() return string.rep("(", 100000):find("%b()") end)
t("find_loop", function() local s = string.rep("a", 3000) while true do s:find("a*b") end end)
t("compare_loop", function() local a, b = string.rep("x", 20 << 20), string.rep("x", 20 << 20) .. "y" local n = 0 while true do if a < b then n = n + 1 end end end)
t("utf8_loop", function() local s = string.rep("x", 24 << 20) while true do utf8.len(s) end end)
t("dag", function() local r = { "x" } for i = 1, 40 do r = { r, r } end return r end)
t("big_text", function() return string.rep("x", 5 << 20) end)
t("fine_json", function() local r = { "x" } for i = 1, 8 do r = { r, r } end return r end)
t("not_utf8", function() return { string.char(255) } end)
t("facts_n", function(f) return #f.events end)
t("ok", function() return 1 end)
', 'bounds test');
-- 20: the message handler of xpcall runs under the budget (finding 1), xpcall keeps its meaning
select '20_01', policy_eval('济南', 't.xpcall_handler_loop', '2024-01-01');
select '20_02', policy_eval('济南', 't.xpcall_nested', '2024-01-01');
select '20_03', policy_eval('济南', 't.xpcall_value', '2024-01-01');
select '20_04', policy_eval('济南', 't.xpcall_results', '2024-01-01');
select '20_05', policy_eval('济南', 't.xpcall_handler_error', '2024-01-01');
select '20_06', policy_eval('济南', 't.xpcall_no_handler', '2024-01-01');
select '20_07', policy_eval('济南', 't.ok', '2024-01-01');
-- 21: C library work the count cannot see is charged to the budget (finding 2); the CPU time limit
-- is raised meanwhile, so that a slow build (sanitizers) ends at the same bound
select '21_00', renshe_limits('time_ms', 600000);
select '21_01', policy_eval('济南', 't.rep_loop', '2024-01-01');
select '21_02', policy_eval('济南', 't.upper_loop', '2024-01-01');
select '21_03', policy_eval('济南', 't.concat_loop', '2024-01-01');
select '21_04', policy_eval('济南', 't.pack_loop', '2024-01-01');
select '21_05', policy_eval('济南', 't.append_loop', '2024-01-01');
select '21_06', policy_eval('济南', 't.sort_strings', '2024-01-01');
select '21_07', policy_eval('济南', 't.balance', '2024-01-01');
select '21_08', policy_eval('济南', 't.find_loop', '2024-01-01');
select '21_09', policy_eval('济南', 't.ok', '2024-01-01');
select '21_10', renshe_limits('time_ms', 3000);
-- 22: what no count can price (a comparison or utf8.len over a large string) ends at the CPU time
-- limit, set low here to keep the test short
select '22_01', renshe_limits('time_ms', 100);
select '22_02', policy_eval('济南', 't.compare_loop', '2024-01-01');
select '22_03', policy_eval('济南', 't.utf8_loop', '2024-01-01');
select '22_04', renshe_limits('time_ms', 3000);
select '22_05', policy_eval('济南', 't.ok', '2024-01-01');
-- 23: what the host builds outside Lua is bounded: results (a table of shared references written
-- out 2^40 times, a long text), steps, and a string that is no UTF-8 is named so (finding 3)
select '23_01', policy_eval('济南', 't.dag', '2024-01-01');
select '23_02', policy_eval('济南', 't.big_text', '2024-01-01');
select '23_03', length(policy_eval('济南', 't.fine_json', '2024-01-01'));
select '23_04', policy_eval('济南', 't.not_utf8', '2024-01-01');
select '23_05', renshe_limits('result', 1024);
select '23_06', policy_eval('济南', 't.fine_json', '2024-01-01');
select '23_07', renshe_limits('result', 4194304);
select '23_08', policy_eval('济南', 't.ok', '2024-01-01');
-- 24: facts larger than the facts limit are refused before they are parsed
select '24_01', renshe_limits('facts', 1024);
select '24_02', policy_eval('济南', 't.facts_n', '2024-01-01', '{"events":[' || substr(replace(hex(zeroblob(400)), '00', '{},'), 1, 1199) || ']}');
select '24_03', policy_eval('济南', 't.facts_n', '2024-01-01', '{"events":[{},{}]}');
select '24_04', renshe_limits('facts', 1048576);
select '24_05', policy_eval('济南', 't.facts_n', '2024-01-01', '{"events":[' || substr(replace(hex(zeroblob(400)), '00', '{},'), 1, 1199) || ']}');
-- 25: renshe_limits: every figure, one, a change, refusals; the connection's own
select '25_01', renshe_limits();
select '25_02', renshe_limits('instructions');
select '25_03', renshe_limits('instructions', 999999);
select '25_04', renshe_limits('memory', 1 << 40);
select '25_05', renshe_limits('colour');
select '25_06', renshe_limits('instructions', '100000');
select '25_07', renshe_limits(null), renshe_limits('instructions', null);
select '25_08', renshe_limits('instructions', 1000000);
select '25_09', policy_eval('济南', 't.xpcall_handler_loop', '2024-01-01');
select '25_10', renshe_limits('instructions', 20000000);
select '25_11', renshe_limits('memory', 16777216);
select '25_12', policy_eval('济南', 't.big_text', '2024-01-01');
select '25_13', renshe_limits('memory', 67108864);
select '25_14', policy_eval('济南', 't.ok', '2024-01-01');
-- 26: a stored script larger than the script limit is refused by policy_install, and one written
-- straight into the table is never compiled: its city fails naming the limit, the others work
select '26_01', renshe_limits('script', 1024);
select '26_02', policy_install('济南', 'city { code = "370100", name = "济南", extends = "shandong" }
' || replace(hex(zeroblob(600)), '00', '--'));
select '26_03', policy_eval('济南', 't.ok', '2024-01-01');
update renshe_policy set source = source || replace(hex(zeroblob(600)), '00', '--') where name = 'jinan';
insert into renshe_policy_history(name, action, source, installed_at) values ('jinan', 'install', 'x', '2026-11-30');
select '26_04', policy_eval('济南', 't.ok', '2024-01-01');
select '26_05', policy_param('青岛', 'register_min_age', '2024-01-01');
select '26_06', renshe_limits('script', 1048576);
select '26_07', policy_eval('济南', 't.ok', '2024-01-01');
-- 27: renshe_limits is direct-only: a view cannot change or read the bounds
create view v_limits as select renshe_limits('instructions', 1000000000000);
select '27_01', * from v_limits;
select '27_02', name, narg, iif(flags & 0x80000, 'X', '-') || iif(flags & 0x200000, 'I', '-')
  from pragma_function_list where name = 'renshe_limits' order by narg;
select '27_03', renshe_limits('instructions');
