-- lua/cities/zaozhuang.lua: 枣庄市 (GB/T 2260 370400), on top of the provincial baseline lua/shandong/.
-- The policy texts renshe implements give no rule or value of 枣庄 of its own, so this script only
-- names the city; every parameter the texts leave to the cities (city_sets, e.g.
-- urban_dibao_monthly) stays unset until a value is entered here with its official source
-- (文号 and clause):
--   parameter "urban_dibao_monthly" { { from = "YYYY-MM-DD", value = <fen>, ref = "<文号> <条款>" } }
-- Install a changed copy (docs/policy.md "For city staff"):
--   SELECT policy_install('枣庄', readfile('lua/cities/zaozhuang.lua'), '<who>');
city { code = "370400", name = "枣庄", extends = "shandong" }
