-- tests/sql/policy_prelude.sql: what the trusted prelude costs and refuses when it reads the
-- scripts' declarations (issue 17). Building a world (the baseline with every subsidy kind, then
-- the city) runs inside the first call's instruction budget: it must fit, with room, in the least
-- budget renshe_limits accepts. Names are bounded before the prelude matches them, so no script
-- can make it scan a long string.
-- 01: every world builds under the least budget (1,000,000 instructions)
select '01_01', renshe_limits('instructions', 1000000);
select '01_02', column1, policy_param(column1, 'register_min_age', '2024-01-01')
  from (values ('济南'), ('青岛'), ('淄博'), ('枣庄'), ('东营'), ('烟台'), ('潍坊'), ('济宁'),
               ('泰安'), ('威海'), ('日照'), ('临沂'), ('德州'), ('聊城'), ('滨州'), ('菏泽'),
               ('山东'));
-- (the number of kinds grows as families are added; each has its facts' JSON)
select '01_03', count(*) >= 16, sum(facts like '[%]') = count(*) from subsidy_kinds('淄博');
select '01_04', renshe_limits('instructions', 20000000);
-- 02: a name of 128 bytes is accepted, one of 129 refused (parameter, rule, kind, fact)
select '02_01', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
parameter "' || replace(hex(zeroblob(64)), '0', 'a') || '" { description = "x", unit = "year", ref = "t", { from = "2020-01-01", value = 7, ref = "t" } }', 'test');
select '02_02', policy_param('德州', replace(hex(zeroblob(64)), '0', 'a'), '2024-01-01');
select '02_03', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
parameter "' || replace(hex(zeroblob(64)), '0', 'a') || 'b" { description = "x", unit = "year", ref = "t", { from = "2020-01-01", value = 7, ref = "t" } }', 'test');
select '02_04', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
rule "t.' || replace(hex(zeroblob(63)), '0', 'a') || '" { from = "2020-01-01", ref = "t", function() return 1 end }', 'test');
select '02_05', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
rule "t.' || replace(hex(zeroblob(63)), '0', 'a') || 'bc" { from = "2020-01-01", ref = "t", function() return 1 end }', 'test');
select '02_06', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
kind "' || replace(hex(zeroblob(64)), '0', 'a') || 'b" { name_zh = "v", family = "poverty", ref = "t", facts = {} }', 'test');
select '02_07', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
kind "test_n" { name_zh = "v", family = "poverty", ref = "t", facts = { { "' || replace(hex(zeroblob(64)), '0', 'a') || 'b", "integer" } } }', 'test');
-- a long rule name asked for is unknown (once: a search too costly for the sandbox)
select '02_08', policy_eval('德州', 'subsidy.' || replace(hex(zeroblob(100)), '0', 'a'), '2024-01-01');
select '02_09', policy_eval('德州', 't.' || hex(zeroblob(100)), '2024-01-01');
-- 03: an enum's values must be strings (subsidy_kinds writes them as JSON strings)
select '03_01', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
kind "test_e" { name_zh = "v", family = "poverty", ref = "t", facts = { { "which", "enum", values = { "a", 2 } } } }', 'test');
select '03_02', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
kind "test_e" { name_zh = "v", family = "poverty", ref = "t", facts = { { "which", "enum", values = { "a", "b\"c" } } } }
rule "subsidy.test_e" { from = "2020-01-01", ref = "t", function() return 0 end }', 'test');
select '03_03', facts from subsidy_kinds('德州') where kind = 'test_e';
