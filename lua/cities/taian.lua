-- lua/cities/taian.lua: 泰安市 (GB/T 2260 370900), on top of the provincial baseline lua/shandong/.
-- The policy texts renshe implements give no rule or value of 泰安 of its own, so this script only
-- names the city; every parameter the texts leave to the cities (city_sets, e.g.
-- urban_dibao_monthly) stays unset until a value is entered here with its official source
-- (文号 and clause):
--   parameter "urban_dibao_monthly" { { from = "YYYY-MM-DD", value = <fen>, ref = "<文号> <条款>" } }
-- Install a changed copy (docs/policy.md "For city staff"):
--   SELECT policy_install('泰安', readfile('lua/cities/taian.lua'), '<who>');
city { code = "370900", name = "泰安", extends = "shandong" }
