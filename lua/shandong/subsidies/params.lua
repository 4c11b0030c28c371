-- lua/shandong/subsidies/params.lua: parameters shared by several subsidy families (the ones a
-- single family uses sit beside its rules in lua/shandong/subsidies/<family>.lua). Read through
-- param(name) or the helpers of the `subsidy` table (lua/host/prelude.lua).

-- 鲁人社字〔2020〕26号 三(一) (the 困难企业 refund is "按6个月的当地月人均失业保险金标准"): the monthly
-- 失业保险金 standard before 鲁政办发〔2020〕4号 16 linked it to 90% of the minimum wage (from
-- 2020-02-04, parameter ui_benefit_ratio). Each 统筹地区 set its own: entered by a city script with
-- its source. subsidy.ui_standard(d) reads it for days before 2020-02-04.
parameter "ui_benefit_standard_monthly" {
  description = "失业保险金月标准（2020年2月4日前，各统筹地区确定）",
  unit = "fen",
  city_sets = true,
  ref = "鲁人社字〔2020〕26号 三(一)",
}
