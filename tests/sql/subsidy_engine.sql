-- tests/sql/subsidy_engine.sql: the machinery every subsidy kind shares (ext/subsidy_sql.c,
-- lua/host/prelude.lua "subsidy kinds"): the SQL forms and their NULLs, every error form of the
-- facts, subsidy_kinds, the trace, half-up rounding at the unit paid, the UI-standard helper, and
-- city-set parameters missing (the engine's error) and entered, through test city scripts
-- installed with policy_install into 德州 (whose built-in script sets nothing). The kinds' own
-- amounts are in subsidy_<family>.sql. Expected output: subsidy_engine.expected.

-- 01: the four forms; NULL city, kind or as_of gives NULL (no rows); NULL facts mean {}
select '01_01', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-01","employees":10}');
select '01_02', subsidy_amount('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-01","employees":10}');
select '01_03', typeof(subsidy_amount_fen('370100', 'one_time_hiring_subsidy', '20200301', '{"on_key_list":true,"start_date":"2020-02-01","employees":1}')), typeof(subsidy_amount('jinan', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-01","employees":1}'));
select '01_04', subsidy_amount_fen(NULL, 'one_time_hiring_subsidy', '2020-03-01', '{}') is null, subsidy_amount_fen('济南', NULL, '2020-03-01', '{}') is null, subsidy_amount_fen('济南', 'one_time_hiring_subsidy', NULL, '{}') is null, subsidy_amount(NULL, 'x', '2020-03-01', 'z') is null;
select '01_05', (select count(*) from subsidy_amount(NULL, 'one_time_hiring_subsidy', '2020-03-01', '{}')), (select count(*) from subsidy_amount('济南', NULL, '2020-03-01', '{}')), (select count(*) from subsidy_amount('济南', 'one_time_hiring_subsidy', NULL, '{}'));
-- NULL facts are {}: the first required fact is missing
select '01_06', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', NULL);
select '01_07', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01');
-- the same claim in every city: one baseline, no city changes family A
select '01_08', count(distinct subsidy_amount_fen(code, 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-01","employees":10}')), count(*) from (select code from policy_scripts where code is not null);
-- the province alone
select '01_09', subsidy_amount_fen('山东', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-01","employees":10}');

-- 02: misuse: the city, the date, the facts argument, the kind
select '02_01', subsidy_amount_fen('3799', 'one_time_hiring_subsidy', '2020-03-01', '{}');
select '02_02', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-02-30', '{}');
select '02_03', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,');
select '02_04', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '[1,2]');
select '02_05', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', 42);
select '02_06', subsidy_amount_fen('济南', 'no_such_kind', '2020-03-01', '{}');
select '02_07', subsidy_amount('济南', 'one_time_hiring_subsidy', '2020-02-16', '{"on_key_list":true,"start_date":"2020-02-01","employees":10}');
select '02_08', * from subsidy_amount('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"employees":-1}');
select '02_08b', subsidy_amount_fen('济南', x'41', '2020-03-01', '{}');
select '02_08c', * from subsidy_amount('济南', x'41', '2020-03-01', '{}');
select '02_08d', subsidy_amount('济南', 'one_time_hiring_subsidy', '2020-03-01', x'7b7d');
select '02_09', * from subsidy_amount;
select '02_10', * from subsidy_amount('济南', 'one_time_hiring_subsidy');

-- 03: every error form of a fact (the message names facts.<key>)
-- missing
select '03_01', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"employees":10}');
-- wrong JSON type: a string for an integer, a number for a boolean, a number for a date
select '03_02', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-01","employees":"50"}');
select '03_03', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":1,"start_date":"2020-02-01","employees":50}');
select '03_04', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":20200201,"employees":50}');
-- a fraction and a negative number are not counts
select '03_05', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-01","employees":50.5}');
select '03_06', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-01","employees":-3}');
-- not a real date; not the YYYY-MM-DD form
select '03_07', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-30","employees":5}');
select '03_08', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020/02/01","employees":5}');
-- an unknown enum value
select '03_09', subsidy_amount_fen('济南', 'graduate_absorption_subsidy', '2020-05-01', '{"size":"huge","hire_date":"2020-04-01","graduation_date":"2020-06-30","persons":1,"contract_months":12,"registered":true,"already_received":false}');
-- a key the kind does not know (a typo must not pass silently)
select '03_10', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-01","employes":5}');
-- null is absent: a required fact given as null is missing, an optional one is fine
select '03_11', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":null,"start_date":"2020-02-01","employees":5}');
select '03_12', subsidy_amount_fen('济南', 'one_time_absorption_subsidy_restart', '2020-03-20', '{"hire_date":"2020-02-20","persons":2,"contract_months":12,"si_paid":true,"prior_record_date":null}');
-- json('true') and the JSON functions of SQL build facts with real booleans
select '03_13', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', json_object('on_key_list', json('true'), 'start_date', '2020-02-01', 'employees', 10));
select '03_14', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', json_object('on_key_list', 1, 'start_date', '2020-02-01', 'employees', 10));

-- 04: subsidy_kinds
-- (counts compared, not written: each family adds kinds; the error lines listing the known kinds
-- above and in 06 change with each family)
select '04_01', count(*) >= 16, count(*) = count(distinct kind), sum(json_valid(facts)) = count(*), sum(json_type(facts) = 'array') = count(*) from subsidy_kinds;
select '04_02', * from subsidy_kinds where kind = 'one_time_absorption_subsidy_restart';
-- every kind has its rule subsidy.<kind>, and every rule subsidy.* is a kind
select '04_03', (select count(*) from subsidy_kinds k where not exists (select 1 from policy_rules('山东') r where r.name = 'subsidy.' || k.kind)), (select count(*) from policy_rules('山东') r where r.name like 'subsidy.%' and not exists (select 1 from subsidy_kinds k where 'subsidy.' || k.kind = r.name));
-- a NULL city gives no rows, an unknown one an error
select '04_04', count(*) from subsidy_kinds where city = NULL;
select '04_05', count(*) from subsidy_kinds where city = '3799';
select '04_06', (select count(*) from subsidy_kinds('威海')) = (select count(*) from subsidy_kinds);
select '04_07', family, count(*) from subsidy_kinds where family in ('hiring', 'uis_refund', 'unemployment') group by family order by min(rowid);

-- 05: the trace: window, conditions, parameters read, intermediate amounts, the result last
select '05_01', * from subsidy_amount('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-01","employees":10}');
-- not eligible: one row naming the condition, the date and the clause, then the result 0
select '05_02', * from subsidy_amount('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-10","employees":10}');
select '05_03', * from subsidy_amount('济南', 'one_time_absorption_subsidy_restart', '2020-03-20', '{"hire_date":"2020-03-11","persons":2,"contract_months":12,"si_paid":true}');
-- the scalar and the last row of the table agree
select '05_04', (select detail from subsidy_amount('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-01","employees":10}') order by step desc limit 1) = 'result: ' || subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-01","employees":10}') || ' fen (18000.00 元)';

-- 06: a test city script for 德州 with its own kinds on the machinery (test values, not real ones)
select '06_01', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
kind "test_ui_months" { name_zh = "测试：失业保险金标准×月数", family = "unemployment", ref = "test 1",
  facts = { { "months", "integer" } } }
rule "subsidy.test_ui_months" { from = "2019-01-01", ref = "test 1", function(f, as_of)
  if not subsidy.need(f.months >= 1, ("months %d >= 1"):format(f.months), "test 1") then return 0 end
  local n = subsidy.ui_standard(as_of)
  return f.months * n
end }
kind "test_ratio" { name_zh = "测试：三分之二", family = "social_insurance", ref = "test 2",
  facts = { { "amount_fen", "fen" }, { "months", "integer" }, { "ratio", "enum", values = { "2/3", "0.5", "0.9" } } } }
rule "subsidy.test_ratio" { from = "2020-01-01", ref = "test 2", function(f)
  local n = subsidy.ratio(f.ratio, f.amount_fen)
  step("round(%s × %d) = %d fen per month", f.ratio, f.amount_fen, n)
  return n * f.months
end }
kind "test_late_check" { name_zh = "测试：先读城市参数后判资格", family = "unemployment", ref = "test 3",
  facts = {} }
rule "subsidy.test_late_check" { from = "2020-01-01", ref = "test 3", function(f, as_of)
  local n = param("urban_dibao_monthly")
  return subsidy.not_eligible("too late", "test 3")
end }
kind "test_bad_result" { name_zh = "测试：错误结果", family = "poverty", ref = "test 4",
  facts = { { "x", "integer" } } }
rule "subsidy.test_bad_result" { from = "2020-01-01", ref = "test 4", function(f)
  if f.x == 0 then return -1 elseif f.x == 1 then return 1.5 else return "100" end
end }
kind "test_types" { name_zh = "测试：事实类型", family = "training", ref = "test 5",
  window = { fact = "as_of", from = "2020-06-08", to = "2020-12-31", ref = "test 5 window" },
  facts = {
    { "category", "enum", values = { "general", "graduate" } },
    { "graduation_date", "date", required_when = "category = graduate" },
    { "month", "month" },
    { "rows", "array", items = { { "month", "month" }, { "fen", "fen" }, { "note", "integer", optional = true } } },
    { "tags", "array", items = { type = "enum", values = { "a", "b" } } },
    { "count", "integer", optional = true },
    { "rate_bp", "bp" } } }
rule "subsidy.test_types" { from = "2020-01-01", ref = "test 5", function(f)
  local n = 0
  for _, r in ipairs(f.rows) do n = n + r.fen end
  return n + #f.tags * 1000 + (f.graduation_date and 1000000 or 0) + (f.count or 0) + f.rate_bp
end }
parameter "test_months" { description = "测试月数", unit = "month", { from = "2020-01-01", value = 7, ref = "test 6" } }
parameter "test_share" { description = "测试比例", unit = "ratio", { from = "2020-01-01", value = "0.85", ref = "test 6" } }
kind "test_bounded" { name_zh = "测试：界限", family = "poverty", ref = "test 6",
  facts = { { "which", "enum", values = { "months", "share", "ok" } } } }
rule "subsidy.test_bounded" { from = "2020-01-01", ref = "test 6", function(f)
  if f.which == "months" then return subsidy.bounded("test_months", 1, 6) end
  if f.which == "share" then subsidy.bounded("test_share", nil, "0.8") return 0 end
  return subsidy.bounded("test_months", 1, 7) + (subsidy.ratio_le(85, 100, subsidy.bounded("test_share", "0", "0.85")) and 100 or 0)
end }', 'test');
-- city-set parameters missing: the engine's error (parameter, city, date)
select '06_02', subsidy_amount_fen('德州', 'test_ui_months', '2020-06-01', '{"months":3}');
select '06_03', subsidy_amount_fen('德州', 'test_ui_months', '2020-01-31', '{"months":3}');
-- not eligible is 0 even where the city entered nothing (eligibility first)
select '06_04', subsidy_amount_fen('德州', 'test_ui_months', '2020-06-01', '{"months":0}');
-- a rule that reads a city-set parameter before a condition is caught
select '06_05', subsidy_amount_fen('德州', 'test_late_check', '2020-06-01', '{}');
-- a rule's result must be an integer >= 0
select '06_06', subsidy_amount_fen('德州', 'test_bad_result', '2020-06-01', '{"x":0}');
select '06_07', subsidy_amount_fen('德州', 'test_bad_result', '2020-06-01', '{"x":1}');
select '06_08', subsidy_amount_fen('德州', 'test_bad_result', '2020-06-01', '{"x":2}');
-- half up at the unit paid, then × the count: 2/3 × 100001 = 66666.67 -> 66667 a month, 3 months
select '06_09', subsidy_amount_fen('德州', 'test_ratio', '2020-06-01', '{"amount_fen":100001,"months":3,"ratio":"2/3"}'), subsidy_amount('德州', 'test_ratio', '2020-06-01', '{"amount_fen":100001,"months":1,"ratio":"2/3"}');
select '06_10', subsidy_amount_fen('德州', 'test_ratio', '2020-06-01', '{"amount_fen":3,"months":1,"ratio":"0.5"}'), subsidy_amount_fen('德州', 'test_ratio', '2020-06-01', '{"amount_fen":1,"months":1,"ratio":"0.5"}'), subsidy_amount_fen('德州', 'test_ratio', '2020-06-01', '{"amount_fen":5,"months":1,"ratio":"0.9"}'), subsidy_amount_fen('德州', 'test_ratio', '2020-06-01', '{"amount_fen":1,"months":1,"ratio":"2/3"}'), subsidy_amount_fen('德州', 'test_ratio', '2020-06-01', '{"amount_fen":0,"months":1,"ratio":"2/3"}');
-- fact types: enum, required_when, month, arrays of objects and of enums, optional, bp
select '06_11', subsidy_amount_fen('德州', 'test_types', '2020-07-01', '{"category":"general","month":"2020-02","rows":[{"month":"2020-02","fen":100},{"month":"2020-03","fen":20,"note":1}],"tags":["a","b","a"],"rate_bp":435}');
select '06_12', subsidy_amount_fen('德州', 'test_types', '2020-07-01', '{"category":"graduate","graduation_date":"2020-06-30","month":"2020-02","rows":[],"tags":[],"count":7,"rate_bp":0}');
-- required_when: missing when the condition holds; ignored (not even checked) when it does not
select '06_13', subsidy_amount_fen('德州', 'test_types', '2020-07-01', '{"category":"graduate","month":"2020-02","rows":[],"tags":[],"rate_bp":0}');
select '06_14', subsidy_amount_fen('德州', 'test_types', '2020-07-01', '{"category":"general","graduation_date":"bad","month":"2020-02","rows":[],"tags":[],"rate_bp":0}');
select '06_15', subsidy_amount_fen('德州', 'test_types', '2020-07-01', '{"category":"general","month":"2020-13","rows":[],"tags":[],"rate_bp":0}');
select '06_16', subsidy_amount_fen('德州', 'test_types', '2020-07-01', '{"category":"general","month":"2020-2","rows":[],"tags":[],"rate_bp":0}');
select '06_17', subsidy_amount_fen('德州', 'test_types', '2020-07-01', '{"category":"general","month":"2020-02","rows":[{"month":"2020-02"}],"tags":[],"rate_bp":0}');
select '06_18', subsidy_amount_fen('德州', 'test_types', '2020-07-01', '{"category":"general","month":"2020-02","rows":[{"month":"2020-02","fen":-5}],"tags":[],"rate_bp":0}');
select '06_19', subsidy_amount_fen('德州', 'test_types', '2020-07-01', '{"category":"general","month":"2020-02","rows":[{"month":"2020-02","fen":5,"fenn":1}],"tags":[],"rate_bp":0}');
select '06_20', subsidy_amount_fen('德州', 'test_types', '2020-07-01', '{"category":"general","month":"2020-02","rows":[7],"tags":[],"rate_bp":0}');
select '06_21', subsidy_amount_fen('德州', 'test_types', '2020-07-01', '{"category":"general","month":"2020-02","rows":{"month":"2020-02"},"tags":[],"rate_bp":0}');
select '06_22', subsidy_amount_fen('德州', 'test_types', '2020-07-01', '{"category":"general","month":"2020-02","rows":[],"tags":["a","c"],"rate_bp":0}');
-- a null inside an array is an error; a trailing null is dropped (null is absence)
select '06_23', subsidy_amount_fen('德州', 'test_types', '2020-07-01', '{"category":"general","month":"2020-02","rows":[],"tags":[null,"a"],"rate_bp":0}');
select '06_23b', subsidy_amount_fen('德州', 'test_types', '2020-07-01', '{"category":"general","month":"2020-02","rows":[],"tags":["a",null],"rate_bp":0}');
select '06_24', subsidy_amount_fen('德州', 'test_types', '2020-07-01', '{"category":"general","month":"2020-02","rows":[],"tags":[],"rate_bp":-435}');
select '06_25', subsidy_amount_fen('德州', 'test_types', '2020-07-01', '{"category":"general","month":"2020-02","rows":[],"tags":"a","rate_bp":0}');
-- a window on as_of: the day before, the first, the last and the day after
select '06_26', subsidy_amount_fen('德州', 'test_types', '2020-06-07', '{"category":"general","month":"2020-02","rows":[],"tags":[],"rate_bp":1}'), subsidy_amount_fen('德州', 'test_types', '2020-06-08', '{"category":"general","month":"2020-02","rows":[],"tags":[],"rate_bp":1}'), subsidy_amount_fen('德州', 'test_types', '2020-12-31', '{"category":"general","month":"2020-02","rows":[],"tags":[],"rate_bp":1}'), subsidy_amount_fen('德州', 'test_types', '2021-01-01', '{"category":"general","month":"2020-02","rows":[],"tags":[],"rate_bp":1}');
select '06_27', * from subsidy_amount('德州', 'test_types', '2020-06-07', '{"category":"general","month":"2020-02","rows":[],"tags":[],"rate_bp":1}');
-- a kind without facts: {} and NULL are fine, any key is unknown
select '06_28', subsidy_amount_fen('德州', 'test_late_check', '2020-06-01', '{"x":1}');
-- a city value outside the bound the text sets: an error naming the parameter and the bound
select '06_29', subsidy_amount_fen('德州', 'test_bounded', '2020-06-01', '{"which":"months"}');
select '06_30', subsidy_amount_fen('德州', 'test_bounded', '2020-06-01', '{"which":"share"}');
select '06_31', subsidy_amount_fen('德州', 'test_bounded', '2020-06-01', '{"which":"ok"}');
-- the city's kinds are listed with the hidden city argument, after the baseline's
select '06_32', kind, family, facts, from_date, to_date, ref from subsidy_kinds('德州') where kind like 'test%';
select '06_33', count(*) from subsidy_kinds where kind like 'test%';
-- other cities do not see 德州's kinds
select '06_34', subsidy_amount_fen('济南', 'test_ratio', '2020-06-01', '{"amount_fen":3,"months":1,"ratio":"0.5"}') is null;

-- 07: the city enters the values (with a source): the UI standard on a day
select '07_01', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
parameter "min_wage_monthly" { { from = "2018-06-01", value = 173000, ref = "test: 鲁政字〔2018〕? 一档" } }
parameter "ui_benefit_standard_monthly" { { from = "2019-01-01", value = 135000, ref = "test: 2019 standard" } }
kind "test_ui_months" { name_zh = "测试：失业保险金标准×月数", family = "unemployment", ref = "test 1",
  facts = { { "months", "integer" } } }
rule "subsidy.test_ui_months" { from = "2019-01-01", ref = "test 1", function(f, as_of)
  if not subsidy.need(f.months >= 1, ("months %d >= 1"):format(f.months), "test 1") then return 0 end
  local n = subsidy.ui_standard(as_of)
  return f.months * n
end }
parameter "urban_dibao_monthly" { { from = "2020-01-01", value = 70000, ref = "test: 低保" } }
kind "test_late_check" { name_zh = "测试：先读城市参数后判资格", family = "unemployment", ref = "test 3",
  facts = {} }
rule "subsidy.test_late_check" { from = "2020-01-01", ref = "test 3", function(f, as_of)
  local n = param("urban_dibao_monthly")
  return subsidy.not_eligible("too late", "test 3")
end }', 'test');
-- a rule that tests a condition after reading a city-set parameter is caught (eligibility first)
select '07_07', subsidy_amount_fen('德州', 'test_late_check', '2020-06-01', '{}');
-- from 2020-02-04: round(0.9 × 173000) = 155700 a month; before: the city's own standard
select '07_02', subsidy_amount_fen('德州', 'test_ui_months', '2020-06-01', '{"months":3}'), subsidy_amount_fen('德州', 'test_ui_months', '2020-02-04', '{"months":1}'), subsidy_amount_fen('德州', 'test_ui_months', '2020-02-03', '{"months":1}');
select '07_03', * from subsidy_amount('德州', 'test_ui_months', '2020-06-01', '{"months":3}');
select '07_04', * from subsidy_amount('德州', 'test_ui_months', '2020-02-03', '{"months":2}');
-- before the city's first value: the engine's error
select '07_05', subsidy_amount_fen('德州', 'test_ui_months', '2019-06-01', '{"months":1}');
select '07_06', subsidy_amount_fen('德州', 'test_ui_months', '2018-12-31', '{"months":1}');

-- 08: declarations are checked when a script is installed (refused with its line)
select '08_01', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
kind "test_x" { name_zh = "x", family = "other", ref = "t", facts = {} }
rule "subsidy.test_x" { from = "2020-01-01", ref = "t", function() return 0 end }', 'test');
select '08_02', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
rule "subsidy.test_y" { from = "2020-01-01", ref = "t", function() return 0 end }', 'test');
select '08_03', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
kind "test_z" { name_zh = "z", family = "poverty", ref = "t", facts = { { "n", "number" } } }
rule "subsidy.test_z" { from = "2020-01-01", ref = "t", function() return 0 end }', 'test');
select '08_04', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
kind "test_w" { name_zh = "w", family = "poverty", ref = "t", facts = {} }', 'test');
select '08_05', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
kind "test_v" { name_zh = "v", family = "poverty", ref = "t", window = { fact = "n", to = "2020-01-01", ref = "t" }, facts = { { "n", "integer" } } }
rule "subsidy.test_v" { from = "2020-01-01", ref = "t", function() return 0 end }', 'test');
select '08_06', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
kind "one_time_hiring_subsidy" { name_zh = "v", family = "hiring", ref = "t", facts = {} }
rule "subsidy.one_time_hiring_subsidy" { from = "2020-01-01", ref = "t", function() return 0 end }', 'test');
-- a city may add a version of a baseline kind (facts checked as declared by the baseline)
select '08_07', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
rule "subsidy.job_referral_subsidy" { from = "2020-04-01", ref = "test 7", function(f)
  return 1
end }', 'test');
select '08_08', subsidy_amount_fen('德州', 'job_referral_subsidy', '2020-03-31', '{"hire_date":"2020-03-01","persons":2,"contract_months":12,"qualifying":true,"employer_in_province":true}'), subsidy_amount_fen('德州', 'job_referral_subsidy', '2020-04-01', '{"hire_date":"2020-03-01","persons":2,"contract_months":12,"qualifying":true,"employer_in_province":true}'), subsidy_amount_fen('德州', 'job_referral_subsidy', '2020-04-01', '{"hire_date":"2020-06-01","persons":2,"contract_months":12,"qualifying":true,"employer_in_province":true}');
select '08_09', subsidy_amount_fen('德州', 'job_referral_subsidy', '2020-04-01', '{"hire_date":"2020-03-01"}');
