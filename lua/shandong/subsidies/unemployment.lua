-- lua/shandong/subsidies/unemployment.lua: family C (unemployment): 失业保险金 and the 2020
-- allowances beside it (C1-C8 of the subsidy contract). Every amount tied to the 失业保险金 standard
-- uses subsidy.ui_standard(d) (lua/host/prelude.lua): from 2020-02-04 round(0.9 × the city's monthly
-- minimum wage on d), before it the city's own standard. Served as subsidy_amount(city, kind,
-- as_of, facts) (docs/subsidies.md); the pattern of each kind is described at the top of
-- lua/shandong/subsidies/hiring.lua.

-- {====== C1 失业保险金标准（月）

kind "unemployment_benefit_level" {
  name_zh = "失业保险金标准（月）",
  family = "unemployment",
  ref = "鲁政办发〔2020〕4号 16; 〔2020〕20号 六保三促 14; 鲁人社函〔2020〕10号 (四)",
  facts = {},
}

-- 鲁政办发〔2020〕4号 16: "将失业保险金标准上调至当地最低工资标准的90%"; 鲁人社函〔2020〕10号 (四): "按照申请之日
-- 当地失业保险金标准，按月发放失业保险金": the standard on as_of (the application day).
rule "subsidy.unemployment_benefit_level" { from = "2020-02-04", ref = "鲁政办发〔2020〕4号 16",
  function(f, as_of)
    return subsidy.ui_standard(as_of)
  end,
}

-- }======

-- {====== C2 期满距退休不足1年续发失业保险金

-- 鲁人社函〔2020〕41号 一(二): "发放失业保险金至法定退休年龄，发放期不超过12个月".
parameter "ui_extension_max_months" {
  description = "期满距法定退休年龄不足1年人员续发失业保险金的最长月数",
  unit = "month",
  { from = "2020-02-17", value = 12, ref = "鲁人社函〔2020〕41号 一(二)" },
}

kind "unemployment_benefit_extension_to_retirement" {
  name_zh = "期满距退休不足1年续发失业保险金",
  family = "unemployment",
  ref = "鲁政发〔2020〕5号 20; 鲁人社字〔2020〕22号 十三; 鲁人社函〔2020〕10号 (六); 鲁人社函〔2020〕41号 一(二)",
  window = { fact = "benefit_end_date", from = "2019-12-01", ref = "鲁人社函〔2020〕10号 (六)" },
  facts = {
    { "benefit_end_date", "date", note = "the last day of the normal benefit period" },
    { "retirement_date", "date", note = "the statutory retirement date" },
  },
}

-- 鲁人社字〔2020〕22号 十三: "2019年12月及以后领取失业保险金期满仍未就业且距法定退休年龄不足1年的人员…继续发放失业
-- 保险金至法定退休年龄". reading: paid at the standard of the first extension day; months run from
-- the month after the benefit ended through the retirement month (contract §9 7).
rule "subsidy.unemployment_benefit_extension_to_retirement" { from = "2020-02-17",
  ref = "鲁人社字〔2020〕22号 十三",
  function(f, as_of)
    local zRef = "鲁人社字〔2020〕22号 十三"
    local zYear = date.add_months(f.benefit_end_date, 12)
    if not subsidy.need(f.retirement_date > f.benefit_end_date and f.retirement_date < zYear,
                        "retirement_date %s after benefit_end_date %s and before %s (不足1年)", zRef, f.retirement_date, f.benefit_end_date, zYear) then
      return 0
    end
    local function ym(d) return tonumber(d:sub(1, 4)) * 12 + tonumber(d:sub(6, 7)) end
    local nMax = param("ui_extension_max_months")
    local nMonths = ym(f.retirement_date) - ym(f.benefit_end_date)
    if nMonths > nMax then nMonths = nMax end
    if not subsidy.need(nMonths > 0, "%d months after %s through the retirement month", zRef, nMonths, f.benefit_end_date:sub(1, 7)) then
      return 0
    end
    local nStd = subsidy.ui_standard(date.add_days(f.benefit_end_date, 1))
    local n = nMonths * nStd
    step("%d months × %d fen = %d fen", nMonths, nStd, n)
    return n
  end,
}

-- }======

-- {====== C3 失业补助金

-- 〔2020〕20号 六保三促 14: "按不高于参保地失业保险金标准的80%，按月发放失业补助金，最长6个月"; 鲁人社函〔2020〕41号
-- 二(三): "由各统筹地区…科学确定失业补助金标准。失业补助金领取期限最长为6个月".
parameter "unemployment_subsidy_ratio" {
  description = "失业补助金标准占失业保险金标准的比例（各统筹地区确定，不高于0.8）",
  unit = "ratio",
  city_sets = true,
  ref = "〔2020〕20号 六保三促 14; 鲁人社函〔2020〕41号 二(三)",
}

parameter "unemployment_subsidy_max_months" {
  description = "失业补助金最长领取月数",
  unit = "month",
  { from = "2020-07-02", value = 6, ref = "〔2020〕20号 六保三促 14" },
}

kind "unemployment_subsidy" {
  name_zh = "失业补助金",
  family = "unemployment",
  ref = "〔2020〕20号 六保三促 14; 鲁人社字〔2020〕78号 二; 鲁人社函〔2020〕41号 二",
  window = { fact = "qualifying_date", from = "2020-03-01", to = "2020-12-31",
             ref = "鲁人社函〔2020〕41号 二(二)" },
  facts = {
    { "category", "enum", values = { "benefit_expired", "not_qualified" } },
    { "qualifying_date", "date", note = "benefit_expired: the last day of the benefit period; "
                                        .. "not_qualified: the first day of insured unemployment" },
    { "months", "integer", note = "months claimed" },
    { "already_received", "boolean", note = "drawn before, or got the 一次性临时生活补助" },
  },
}

-- 鲁人社字〔2020〕78号 二: "失业补助金…只能领取一次"; 六保三促 14: "失业补助金不可与一次性临时生活补助同时享受".
rule "subsidy.unemployment_subsidy" { from = "2020-07-02", ref = "〔2020〕20号 六保三促 14",
  function(f, as_of)
    if not subsidy.need(not f.already_received, "not already_received (只能领取一次; 不与一次性临时生活补助同时享受)",
                        "鲁人社字〔2020〕78号 二") then
      return 0
    end
    if not subsidy.need(f.months > 0, "months %d > 0", "〔2020〕20号 六保三促 14", f.months) then
      return 0
    end
    local nMax = param("unemployment_subsidy_max_months")
    local nMonths = f.months < nMax and f.months or nMax
    local zRatio = subsidy.bounded("unemployment_subsidy_ratio", "0", "0.8")
    local nStd = subsidy.ui_standard(as_of)
    local nMonthly = subsidy.ratio(zRatio, nStd)
    local n = nMonths * nMonthly
    step("%d months × round(%s × %d fen) %d fen = %d fen", nMonths, zRatio, nStd, nMonthly, n)
    return n
  end,
}

-- }======

-- {====== C4 受疫情影响失业的参保贫困劳动力失业补助金（月上限）

kind "unemployment_subsidy_poor_labor" {
  name_zh = "受疫情影响失业的参保贫困劳动力失业补助金（月上限）",
  family = "unemployment",
  ref = "鲁人社字〔2020〕41号 (八)",
  facts = {},
}

-- 鲁人社字〔2020〕41号 (八): "对受疫情影响失业的参保贫困劳动力，按照不高于当地失业保险金标准发放失业补助金": a
-- limit, the monthly maximum. reading: 41号's own cap (100% of the standard) stands beside
-- 六保三促's general 80% (contract §9 8).
rule "subsidy.unemployment_subsidy_poor_labor" { from = "2020-04-14", ref = "鲁人社字〔2020〕41号 (八)",
  function(f, as_of)
    return subsidy.ui_standard(as_of)
  end,
}

-- }======

-- {====== C5 一次性生活补助金（农民合同制工人）

-- 鲁人社函〔2020〕41号 三(二): "按累计缴费时间每满1年发1个月，农民合同制工人领取一次性生活补助金的期限最长不超过24个月".
parameter "peasant_worker_allowance_max_months" {
  description = "农民合同制工人一次性生活补助金最长月数（含失业保险金）",
  unit = "month",
  { from = "2020-07-06", value = 24, ref = "鲁人社函〔2020〕41号 三(二)" },
}

kind "peasant_worker_one_time_living_allowance" {
  name_zh = "一次性生活补助金（农民合同制工人）",
  family = "unemployment",
  ref = "鲁人社函〔2020〕41号 三",
  facts = {
    { "contribution_months", "integer", note = "employer-paid; the worker paid none" },
    { "ui_benefit_months", "integer",
      note = "UI benefit months of a later urban-contract period (0 normally)" },
  },
}

-- 鲁人社函〔2020〕41号 三(一): "参保单位招用、个人不缴费且连续工作满1年的失业农民合同制工人"; (二) "月标准按照当地
-- 失业保险金月标准执行"; (三) 转招为城镇合同制工人: the two periods together at most 24 months.
rule "subsidy.peasant_worker_one_time_living_allowance" { from = "2020-07-06",
  ref = "鲁人社函〔2020〕41号 三",
  function(f, as_of)
    local zRef = "鲁人社函〔2020〕41号 三"
    if not subsidy.need(f.contribution_months >= 12, "contribution_months %d >= 12 (满1年)", zRef, f.contribution_months) then
      return 0
    end
    local nMax = param("peasant_worker_allowance_max_months")
    local nYears = f.contribution_months // 12
    local nLeft = nMax - f.ui_benefit_months
    local nMonths = nYears < nLeft and nYears or nLeft
    if not subsidy.need(nMonths > 0, "min(%d full years, %d − ui_benefit_months %d) = %d months > 0", zRef, nYears, nMax, f.ui_benefit_months, nMonths) then
      return 0
    end
    local nStd = subsidy.ui_standard(as_of)
    local n = nMonths * nStd
    step("%d months × %d fen = %d fen", nMonths, nStd, n)
    return n
  end,
}

-- }======

-- {====== C6 临时生活补助（农民合同制工人）

-- 鲁人社函〔2020〕41号 四(三): "可以按月领取最长3个月的临时生活补助，具体期限由各统筹地区结合实际自行确定".
parameter "temp_living_allowance_months" {
  description = "农民合同制工人临时生活补助月数（各统筹地区确定，最长3个月）",
  unit = "month",
  city_sets = true,
  ref = "鲁人社函〔2020〕41号 四(三)",
}

-- 鲁人社函〔2020〕41号 四(一): "2019年1月1日之后有参保记录但累计参保缴费不满1年".
parameter "temp_living_allowance_records_from" {
  description = "临时生活补助：参保记录的起始日（之后，含）",
  unit = "date",
  { from = "2020-07-06", value = "2019-01-01", ref = "鲁人社函〔2020〕41号 四(一)" },
}

kind "peasant_worker_temporary_living_allowance" {
  name_zh = "临时生活补助（农民合同制工人）",
  family = "unemployment",
  ref = "鲁人社函〔2020〕41号 四; 鲁人社字〔2020〕78号 二",
  window = { fact = "start_date", from = "2020-05-01", to = "2020-12-31",
             ref = "鲁人社函〔2020〕41号 四(二)" },
  facts = {
    { "contribution_months", "integer" },
    { "last_contribution_date", "date" },
    { "start_date", "date", note = "the first day of unemployment" },
    { "already_received", "boolean", note = "drawn before, or UI benefit / 失业补助金" },
  },
}

-- 鲁人社函〔2020〕41号 四(三): "临时生活补助标准参照参保地城市低保标准". reading: 参照 = the 低保 amount
-- (contract §9 9).
rule "subsidy.peasant_worker_temporary_living_allowance" { from = "2020-07-06",
  ref = "鲁人社函〔2020〕41号 四",
  function(f, as_of)
    local zRef = "鲁人社函〔2020〕41号 四(一)"
    if not subsidy.need(f.contribution_months >= 1 and f.contribution_months < 12,
                        "contribution_months %d in 1..11 (不满1年)",
                        zRef, f.contribution_months) then
      return 0
    end
    local zFrom = param("temp_living_allowance_records_from")
    if not subsidy.need(f.last_contribution_date >= zFrom, "last_contribution_date %s on or after %s", zRef, f.last_contribution_date, zFrom) then
      return 0
    end
    if not subsidy.need(not f.already_received, "not already_received (不与失业保险金、失业补助金同时享受)",
                        "鲁人社字〔2020〕78号 二") then
      return 0
    end
    local nMonths = subsidy.bounded("temp_living_allowance_months", 0, 3)
    local nDibao = param("urban_dibao_monthly")
    local n = nMonths * nDibao
    step("%d months × 城市低保标准 %d fen = %d fen", nMonths, nDibao, n)
    return n
  end,
}

-- }======

-- {====== C7 一次性临时生活补助

-- 鲁人社字〔2020〕22号 十四: "2020年1月1日至2020年12月31日，对符合条件的生活困难下岗失业人员发放一次性临时生活补助。
-- 标准由各市研究确定。"
parameter "one_time_temp_living_subsidy" {
  description = "一次性临时生活补助标准（各市确定）",
  unit = "fen",
  city_sets = true,
  ref = "鲁人社字〔2020〕22号 十四",
}

kind "one_time_temporary_living_subsidy" {
  name_zh = "一次性临时生活补助",
  family = "unemployment",
  ref = "鲁政发〔2020〕5号 20; 鲁人社字〔2020〕22号 十四; 〔2020〕20号 六保三促 14",
  window = { fact = "as_of", from = "2020-01-01", to = "2020-12-31", ref = "鲁人社字〔2020〕22号 十四" },
  facts = {
    { "in_scope", "boolean", note = "生活困难下岗失业人员 within the city's scope" },
    { "already_received", "boolean", note = "失业补助金 drawn" },
  },
}

rule "subsidy.one_time_temporary_living_subsidy" { from = "2020-02-17", ref = "鲁人社字〔2020〕22号 十四",
  function(f, as_of)
    if not subsidy.need(f.in_scope, "in_scope: 生活困难下岗失业人员 (具体范围由各市研究确定)",
                        "鲁人社字〔2020〕22号 十四") then
      return 0
    end
    if not subsidy.need(not f.already_received, "not already_received (失业补助金不可与一次性临时生活补助同时享受)",
                        "〔2020〕20号 六保三促 14") then
      return 0
    end
    return param("one_time_temp_living_subsidy")
  end,
}

-- }======

-- {====== C8 一次性临时救助金

-- 鲁人社字〔2020〕119号 七: "连续3个月无收入来源…按照不高于当地3个月城市低保标准…发放一次性临时救助金".
parameter "migrant_relief_min_months_without_income" {
  description = "一次性临时救助金：连续无收入来源的最少月数",
  unit = "month",
  { from = "2020-10-12", value = 3, ref = "鲁人社字〔2020〕119号 七" },
}

parameter "migrant_relief_dibao_months" {
  description = "一次性临时救助金相当于城市低保标准的月数（各市确定，不高于3个月）",
  unit = "month",
  city_sets = true,
  ref = "鲁人社字〔2020〕119号 七",
}

kind "migrant_one_time_temporary_relief" {
  name_zh = "一次性临时救助金",
  family = "unemployment",
  ref = "鲁人社字〔2020〕119号 七",
  facts = {
    { "months_without_income", "integer", note = "consecutive" },
    { "ui_covered", "boolean", note = "失业保险政策可以覆盖" },
    { "on_dibao", "boolean", note = "已纳入低保范围" },
  },
}

-- 鲁人社字〔2020〕119号 七: "受疫情影响无法返岗复工、连续3个月无收入来源，生活困难且失业保险政策无法覆盖的农民工等
-- 未参保失业人员，未纳入低保范围的，经本人申请，按照不高于当地3个月城市低保标准…发放一次性临时救助金".
rule "subsidy.migrant_one_time_temporary_relief" { from = "2020-10-12", ref = "鲁人社字〔2020〕119号 七",
  function(f, as_of)
    local zRef = "鲁人社字〔2020〕119号 七"
    local nMin = param("migrant_relief_min_months_without_income")
    if not subsidy.need(f.months_without_income >= nMin, "months_without_income %d >= %d", zRef, f.months_without_income, nMin) then
      return 0
    end
    if not subsidy.need(not f.ui_covered, "not ui_covered (失业保险政策无法覆盖)", zRef) then return 0 end
    if not subsidy.need(not f.on_dibao, "not on_dibao (未纳入低保范围)", zRef) then return 0 end
    local nMonths = subsidy.bounded("migrant_relief_dibao_months", 0, 3)
    local nDibao = param("urban_dibao_monthly")
    local n = nMonths * nDibao
    step("%d months × 城市低保标准 %d fen = %d fen", nMonths, nDibao, n)
    return n
  end,
}

-- }======
