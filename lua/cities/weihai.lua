-- lua/cities/weihai.lua: 威海市 (GB/T 2260 371000), on top of the provincial baseline lua/shandong/.
-- Local rules from 威人社字〔2018〕89号 (2018-09-18), which forwards
-- 鲁人社字〔2018〕166号 and adds to it "结合我市实际". Only what differs from the baseline is here.
-- Install a changed copy (docs/policy.md "For city staff"):
--   SELECT policy_install('威海', readfile('lua/cities/weihai.lua'), '<who>');
city { code = "371000", name = "威海", extends = "shandong" }

-- 威人社字〔2018〕89号 一: "对失业登记日期超过一年以上且没有与公共就业服务机构进行有效联系（以业务系统记录为准），
-- 且与本人联系不上的，应及时注销其失业状态。" The province counts contact with three kinds of body
-- (鲁人社字〔2018〕166号 四); 威海 names only 公共就业服务机构.
parameter "effective_contact_bodies" {
  { from = "2018-09-18", value = "公共就业服务机构", ref = "威人社字〔2018〕89号 一" },
}

parameter "stale_registration_years" {
  { from = "2018-09-18", value = 1, ref = "威人社字〔2018〕89号 一" },
}

-- 威人社字〔2018〕89号 一: "劳动者再次申请享受公共就业创业服务时，符合条件的可予即时恢复其失业人员身份资格。"
-- "符合条件的": status.lua restores only when the conditions of a registration hold on the day
-- of the new request (no job, pension or other exit since the closing), and says why not otherwise.
parameter "restore_on_reapply" {
  { from = "2018-09-18", value = true, ref = "威人社字〔2018〕89号 一" },
}

-- 威人社字〔2018〕89号 二: paper 《就业创业证》 only on written application by "1. 无法办理社会保障卡的人员；
-- 2. 法律法规规定需向其他部门提供纸质证件的人员" (the province, 鲁人社字〔2018〕166号 一, has three cases:
-- params.lua); "取消证件年审": cards held before 2018-09 run to expiry and are not renewed.
parameter "paper_certificate_cases" {
  { from = "2018-09-18", value = "无法办理社会保障卡的人员；法律法规规定需向其他部门提供纸质证件的人员",
    ref = "威人社字〔2018〕89号 二" },
}
