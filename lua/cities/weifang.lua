-- lua/cities/weifang.lua: 潍坊市 (GB/T 2260 370700), on top of the provincial baseline lua/shandong/.
-- The policy texts renshe implements give no rule or value of 潍坊 of its own, so this script only
-- names the city; every parameter the texts leave to the cities (city_sets, e.g.
-- urban_dibao_monthly) stays unset until a value is entered here with its official source
-- (文号 and clause):
--   parameter "urban_dibao_monthly" { { from = "YYYY-MM-DD", value = <fen>, ref = "<文号> <条款>" } }
-- Install a changed copy (docs/policy.md "For city staff"):
--   SELECT policy_install('潍坊', readfile('lua/cities/weifang.lua'), '<who>');
city { code = "370700", name = "潍坊", extends = "shandong" }
