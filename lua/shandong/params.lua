-- lua/shandong/params.lua: the provincial baseline's dated parameters (山东省), each value with the
-- document number and clause it comes from. Loaded first; the rule families read these through
-- param(name). City scripts (lua/cities/*.lua) restate a value from a date on, or set the values
-- the texts leave to each city (city_sets = true).
--
-- Shape (ext/policy_lua.h, docs/policy.md): parameter "name" { description, unit, [city_sets],
-- [ref], [note], { from = "YYYY-MM-DD", value = ..., ref = "文号 条款", [note] }, ... }.
-- `from` is the day the value enters into force; an entry without a value ends the parameter.
-- Money is integer fen (1 元 = 100 fen) or decimal text; ratios are decimal text.
-- Sources: 鲁人社字〔2018〕166号 (and 威人社字〔2018〕89号, which forwards it), 鲁人社字〔2020〕39号,
-- 人社厅发〔2020〕79号 and Shandong's forwarding of 2020-08-05, 鲁政办发〔2020〕4号, 鲁人社字〔2020〕22号,
-- 〔2020〕20号 of 省委经济运行应急保障指挥部.

-- {====== unemployment registration (失业登记)

-- 鲁人社字〔2020〕39号 一(一): "“劳动年龄内”是指16周岁（含）至依法享受基本养老保险待遇年龄内"
-- reading: 39号 has no 施行 clause; its date of issue, 2020-04-08, is taken as its first day.
parameter "register_min_age" {
  description = "失业登记最低年龄（周岁，含）",
  unit = "year",
  { from = "2020-04-08", value = 16, ref = "鲁人社字〔2020〕39号 一(一)" },
}

-- 鲁人社字〔2020〕39号 五(一): "对材料或手续不全的，经申请人书面承诺后先行容缺办理，7个工作日内…办结", and
-- for every application 39号 附件3 (失业登记经办流程, 信息审核): "7个工作日内办结";
-- 人社厅发〔2020〕79号 一(三): "要在3个工作日内办结失业登记申请" (in force 2020-07-20: "本通知自发文之日起
-- 执行。已有规定与本通知不一致的，按本通知执行").
-- reading: from 2020-07-20 the national 3 days govern every application, the 容缺 case included,
-- because 79号 prevails over earlier rules (and Shandong said so in its forwarding of 2020-08-05 一).
-- The time runs from 申请日期 AAE127 to 经办日期 AAE036 (rule status.processing, sql/reports/worklist.sql).
parameter "registration_deadline_working_days" {
  description = "失业登记申请办结时限（工作日）",
  unit = "working_day",
  { from = "2020-04-08", value = 7, ref = "鲁人社字〔2020〕39号 五(一); 附件3" },
  { from = "2020-07-20", value = 3, ref = "人社厅发〔2020〕79号 一(三)" },
}

-- 人社厅发〔2020〕79号 一(三): "并在办理失业登记后5个工作日内，通过电话、短信等方式主动联系登记失业人员"
parameter "contact_within_working_days" {
  description = "办理失业登记后主动联系登记失业人员的时限（工作日）",
  unit = "working_day",
  { from = "2020-07-20", value = 5, ref = "人社厅发〔2020〕79号 一(三)" },
}

-- 鲁人社字〔2020〕39号 四(二): "每月至少进行1次跟踪调查"; 人社厅发〔2020〕79号 一(四): "每月开展1次跟踪调查"
parameter "followup_per_month" {
  description = "对登记失业人员的跟踪调查（每月至少次数）",
  unit = "times",
  { from = "2020-04-08", value = 1, ref = "鲁人社字〔2020〕39号 四(二)" },
  { from = "2020-07-20", value = 1, ref = "人社厅发〔2020〕79号 一(四)" },
}

-- The channels a registration can be made through (person.registration.channel):
--   offline, online   the local counters and online services (鲁人社字〔2020〕39号 一(三) 登记渠道)
--   ui_claim          "失业人员申领失业保险金，经办机构应当同时为其办理失业登记" (鲁人社函〔2020〕10号, 2020-03-20;
--                     restated by 39号 附件6 二4 "按规定一并办理失业登记和失业保险金发放")
--   national_portal   the national unified entry of the 全国人社政务服务平台 "自2020年7月1日起" (39号 二(三))
--   integrated        一体化登记服务 of 鲁人社字〔2020〕129号, "自印发之日起实施" (2020-10-22)
-- reading: before 2020-03-20 no channel is checked (the registrations are taken as recorded);
-- offline and online existed before 39号 named them.
parameter "registration_channels" {
  description = "失业登记渠道",
  unit = "text",
  { from = "2020-03-20", value = "offline,online,ui_claim", ref = "鲁人社函〔2020〕10号" },
  { from = "2020-07-01", value = "offline,online,ui_claim,national_portal", ref = "鲁人社字〔2020〕39号 二(三)" },
  { from = "2020-10-22", value = "offline,online,ui_claim,national_portal,integrated", ref = "鲁人社字〔2020〕129号" },
}

-- 鲁人社字〔2020〕129号: "确定2020年11月1日—2021年4月30日为业务过渡期，过渡期内，用人单位可选择一体化办理，也可选择
-- 各业务分口办理。2021年5月1日，全面实行一体化办理，禁止分口办理现象。"
parameter "integrated_registration_required" {
  description = "用人单位终止或解除劳动合同后的失业登记须一体化办理",
  unit = "boolean",
  { from = "2020-10-22", value = false, ref = "鲁人社字〔2020〕129号", note = "过渡期 2020-11-01..2021-04-30: either way" },
  { from = "2021-05-01", value = true, ref = "鲁人社字〔2020〕129号", note = "全面实行一体化办理，禁止分口办理" },
}

-- }======

-- {====== services to the registered (鲁人社字〔2020〕39号 四(三) "12333"式服务, on request)

parameter "service_12333_policy_matching" {
  description = "“12333”式服务：1年内至少开展政策对接次数",
  unit = "times",
  { from = "2020-04-08", value = 2, ref = "鲁人社字〔2020〕39号 四(三)" },
}

parameter "service_12333_career_guidance" {
  description = "“12333”式服务：1年内至少提供职业指导次数",
  unit = "times",
  { from = "2020-04-08", value = 3, ref = "鲁人社字〔2020〕39号 四(三)" },
}

parameter "service_12333_job_info" {
  description = "“12333”式服务：1年内至少推荐岗位信息次数",
  unit = "times",
  { from = "2020-04-08", value = 3, ref = "鲁人社字〔2020〕39号 四(三)" },
}

parameter "service_12333_training_info" {
  description = "“12333”式服务：1年内至少提供免费技能培训信息次数",
  unit = "times",
  { from = "2020-04-08", value = 3, ref = "鲁人社字〔2020〕39号 四(三)" },
}

-- }======

-- {====== what ends a registration (失业登记注销)

-- 鲁人社字〔2018〕166号 四: "失业登记日期超过一年以上且没有与…进行有效联系（以业务系统记录为准）的，与本人
-- 联系不上的，注销其失业状态".
-- reading: 166号 says only "决定自2018年起" and has no 施行 clause; its date, 2018-05-24, is taken as
-- its first day.
-- reading: "超过一年以上" is strictly more than one year after the registration date (超过 is strict,
-- as in "超过一年"); the rule that compares uses ">".
parameter "stale_registration_years" {
  description = "登记后无有效联系且联系不上即注销失业状态的年限（超过，不含）",
  unit = "year",
  { from = "2018-05-24", value = 1, ref = "鲁人社字〔2018〕166号 四" },
}

-- 鲁人社字〔2018〕166号 四: the bodies a contact with counts as "有效联系".
parameter "effective_contact_bodies" {
  description = "“有效联系”的对象",
  unit = "text",
  { from = "2018-05-24", value = "人力资源社会保障部门、公共就业人才服务机构、街道（乡镇）人力资源社会保障平台",
    ref = "鲁人社字〔2018〕166号 四" },
}

-- 鲁人社字〔2018〕166号 四 cancels without any way back; 威人社字〔2018〕89号 一 adds "劳动者再次申请享受公共
-- 就业创业服务时，符合条件的可予即时恢复其失业人员身份资格" for 威海 (lua/cities/weihai.lua).
-- reading: the provincial text determines "no restoration" (false), so other cities need no value.
parameter "restore_on_reapply" {
  description = "注销后再次申请服务时可即时恢复失业人员身份",
  unit = "boolean",
  { from = "2018-05-24", value = false, ref = "鲁人社字〔2018〕166号 四" },
}

-- 鲁人社字〔2020〕39号 二(一)8: "无正当理由连续3次拒绝接受公共就业服务的"
parameter "refusal_count" {
  description = "无正当理由连续拒绝接受公共就业服务的次数（注销情形8）",
  unit = "times",
  { from = "2020-04-08", value = 3, ref = "鲁人社字〔2020〕39号 二(一)8" },
}

-- 鲁人社字〔2020〕39号 二(一)9: "连续6个月无法取得联系的"
parameter "unreachable_months" {
  description = "连续无法取得联系的月数（注销情形9）",
  unit = "month",
  { from = "2020-04-08", value = 6, ref = "鲁人社字〔2020〕39号 二(一)9" },
}

-- 人社厅发〔2020〕79号 一(四): "不能简单以连续3次拒绝接受公共就业服务、连续6个月无法取得联系为由，注销失业
-- 人员失业登记" (2020-07-20); Shandong's forwarding of 2020-08-05 一: 79号 prevails.
-- reading: from 2020-07-20 refusal or non-contact may not be the sole ground of a cancellation;
-- they stay recordable (AJC00A 31/32 exist) when other verified grounds accompany them.
parameter "refusal_sole_ground" {
  description = "连续拒绝服务可否作为注销失业登记的唯一理由",
  unit = "boolean",
  { from = "2020-04-08", value = true, ref = "鲁人社字〔2020〕39号 二(一)8" },
  { from = "2020-07-20", value = false, ref = "人社厅发〔2020〕79号 一(四)" },
}

parameter "unreachable_sole_ground" {
  description = "连续无法取得联系可否作为注销失业登记的唯一理由",
  unit = "boolean",
  { from = "2020-04-08", value = true, ref = "鲁人社字〔2020〕39号 二(一)9" },
  { from = "2020-07-20", value = false, ref = "人社厅发〔2020〕79号 一(四)" },
}

-- reading: the 2018 rule (no effective contact for over a year and unreachable) is, after
-- 2020-07-20, a cancellation for non-contact alone, which 人社厅发〔2020〕79号 一(四) forbids; it was never
-- expressly repealed, so it stays in force from 2018-05-24 and stops being a sole ground on
-- 2020-07-20.
parameter "stale_registration_sole_ground" {
  description = "超过一年无有效联系且联系不上可否作为注销的唯一理由（2018年规则）",
  unit = "boolean",
  { from = "2018-05-24", value = true, ref = "鲁人社字〔2018〕166号 四" },
  { from = "2020-07-20", value = false, ref = "人社厅发〔2020〕79号 一(四)" },
}

-- }======

-- {====== the paper certificate (《就业创业证》)

-- 鲁人社字〔2018〕166号 一: the social security card replaces the paper 《就业创业证》, "除规定情形外不再发放";
-- "准予发放纸质《就业创业证》的情形：(一)无法办理社会保障卡人员；(二)需向省内其他部门提供纸质《就业创业证》；
-- (三)需向外省提供纸质《就业创业证》。" 威海 restates two cases (lua/cities/weihai.lua).
parameter "paper_certificate_cases" {
  description = "可准予发放纸质《就业创业证》的情形",
  unit = "text",
  { from = "2018-05-24", value = "无法办理社会保障卡人员；需向省内其他部门提供纸质《就业创业证》；需向外省提供纸质《就业创业证》",
    ref = "鲁人社字〔2018〕166号 一" },
}

-- }======

-- {====== local amounts the texts leave to each city (由各市确定): declared here, set by a city

-- 鲁人社字〔2020〕39号 二(一)3: "已从事有稳定收入的劳动，并且月收入不低于当地最低生活保障标准的"
parameter "urban_dibao_monthly" {
  description = "当地城市居民最低生活保障标准（月）",
  unit = "fen",
  city_sets = true,
  ref = "鲁人社字〔2020〕39号 二(一)3",
}

-- 鲁政办发〔2020〕4号 四 16: "将失业保险金标准上调至当地最低工资标准的90%". The tier values are not in
-- the policy texts: each city enters the tier that applies, with its source.
parameter "min_wage_monthly" {
  description = "当地月最低工资标准",
  unit = "fen",
  city_sets = true,
  ref = "鲁政办发〔2020〕4号 四 16",
}

-- 鲁政办发〔2020〕4号 四 16 raised the benefit to 90 % of the local minimum wage from its issue,
-- 2020-02-04, with "以上政策措施…自印发之日起实施，有效期暂定3个月" (to 2020-05-03). 〔2020〕20号 of
-- 省委经济运行应急保障指挥部, 保居民就业工作方案 二(三)14 (2020-07-02): "失业保险金标准按照当地最低工资标准的
-- 90%执行".
-- reading: the gap 2020-05-04..2020-07-01 keeps 0.9. The adjustment of 4号 outlived its 3-month
-- validity: a benefit standard once raised is not lowered when the measure that raised it ends (the
-- measures with an end are the temporary ones: subsidies, deferrals), and 20号 restates the 90 %
-- ("按照…执行", not "上调") as the standard in force. So the value is 0.9 on every day from
-- 2020-02-04; the second entry records the restatement and its source.
parameter "ui_benefit_ratio" {
  description = "失业保险金标准占当地最低工资标准的比例",
  unit = "ratio",
  note = "2020-05-04..2020-07-01: 4号's 3-month validity ended and 20号 was not yet issued; "
      .. "reading: 0.9 (a raised benefit standard is not lowered, 20号 restates it)",
  { from = "2020-02-04", value = "0.9", ref = "鲁政办发〔2020〕4号 四 16",
    note = "有效期暂定3个月 (to 2020-05-03); reading: the raised standard outlives the validity" },
  { from = "2020-07-02", value = "0.9", ref = "〔2020〕20号 保居民就业工作方案 二(三)14",
    note = "restated by 省委经济运行应急保障指挥部 (失业保险金标准按照当地最低工资标准的90%执行)" },
}

-- 鲁人社字〔2020〕22号 三 2: "2020年2月4日至5月4日…由企业所在地按每人120元的标准给予职业介绍补贴。
-- 有条件的市，可适当提高补贴标准。" A city that raises it restates the value with its own source.
parameter "job_referral_subsidy_per_person" {
  description = "职业介绍补贴标准（每人）",
  unit = "fen",
  { from = "2020-02-04", value = 12000, ref = "鲁人社字〔2020〕22号 三 2" },
  { from = "2020-05-05", ref = "鲁人社字〔2020〕22号 三 2", note = "the window ends 2020-05-04" },
}

-- 〔2020〕20号 of 省委经济运行应急保障指挥部, 保居民就业工作方案 二(五)19: "按规定给予不低于1.2万元一次性创业补贴":
-- the amount is the city's.
parameter "startup_subsidy_amount" {
  description = "一次性创业补贴标准（不低于1.2万元）",
  unit = "fen",
  city_sets = true,
  ref = "〔2020〕20号 保居民就业工作方案 二(五)19",
}

-- }======
