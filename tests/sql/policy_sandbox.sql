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
