-- lua/cities/qingdao.lua: 青岛市 (GB/T 2260 370200), on top of the provincial baseline lua/shandong/.
-- The policy texts renshe implements give no rule or value of 青岛 of its own, so this script only
-- names the city; every parameter the texts leave to the cities (city_sets, e.g.
-- urban_dibao_monthly) stays unset until a value is entered here with its official source
-- (文号 and clause):
--   parameter "urban_dibao_monthly" { { from = "YYYY-MM-DD", value = <fen>, ref = "<文号> <条款>" } }
-- Install a changed copy (docs/policy.md "For city staff"):
--   SELECT policy_install('青岛', readfile('lua/cities/qingdao.lua'), '<who>');
city { code = "370200", name = "青岛", extends = "shandong" }
