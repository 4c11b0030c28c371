-- lua/cities/heze.lua: 菏泽市 (GB/T 2260 371700), on top of the provincial baseline lua/shandong/.
-- The policy texts renshe implements give no rule or value of 菏泽 of its own, so this script only
-- names the city; every parameter the texts leave to the cities (city_sets, e.g.
-- urban_dibao_monthly) stays unset until a value is entered here with its official source
-- (文号 and clause):
--   parameter "urban_dibao_monthly" { { from = "YYYY-MM-DD", value = <fen>, ref = "<文号> <条款>" } }
-- Install a changed copy (docs/policy.md "For city staff"):
--   SELECT policy_install('菏泽', readfile('lua/cities/heze.lua'), '<who>');
city { code = "371700", name = "菏泽", extends = "shandong" }
