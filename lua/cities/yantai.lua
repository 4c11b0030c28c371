-- lua/cities/yantai.lua: 烟台市 (GB/T 2260 370600), on top of the provincial baseline lua/shandong/.
-- The policy texts renshe implements give no rule or value of 烟台 of its own, so this script only
-- names the city; every parameter the texts leave to the cities (city_sets, e.g.
-- urban_dibao_monthly) stays unset until a value is entered here with its official source
-- (文号 and clause):
--   parameter "urban_dibao_monthly" { { from = "YYYY-MM-DD", value = <fen>, ref = "<文号> <条款>" } }
-- Install a changed copy (docs/policy.md "For city staff"):
--   SELECT policy_install('烟台', readfile('lua/cities/yantai.lua'), '<who>');
city { code = "370600", name = "烟台", extends = "shandong" }
