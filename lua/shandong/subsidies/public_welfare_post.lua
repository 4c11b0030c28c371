-- lua/shandong/subsidies/public_welfare_post.lua: family E (public_welfare_post): the subsidies for
-- public-welfare posts (E1, E2, E3, E3b, E4 of the subsidy contract), served as
-- subsidy_amount(city, kind, as_of, facts) (docs/subsidies.md). Pattern as
-- lua/shandong/subsidies/hiring.lua: parameters beside the kind that reads them, the kind's
-- declaration, then its rule versions.

-- {====== E1 公益性岗位补贴和社会保险补贴

-- 鲁人社字〔2020〕36号 第十四条: "公益性岗位补贴标准参照当地最低工资标准执行…各市结合实际确定具体补贴标准".
parameter "public_welfare_post_subsidy_monthly" {
  description = "公益性岗位补贴标准（月，各市参照当地最低工资标准确定）",
  unit = "fen",
  city_sets = true,
  ref = "鲁人社字〔2020〕36号 第十四条",
}

-- 鲁人社字〔2020〕36号 第十五条: "公益性岗位补贴期限一般不超过3年…距法定退休年龄不足5年的，可延长至法定退休年龄".
parameter "public_welfare_post_subsidy_max_months" {
  description = "公益性岗位补贴期限（月）",
  unit = "month",
  { from = "2020-04-03", value = 36, ref = "鲁人社字〔2020〕36号 第十五条" },
}

parameter "public_welfare_post_near_retirement_months" {
  description = "距法定退休年龄不足5年的可延长至法定退休年龄（月）",
  unit = "month",
  { from = "2020-04-03", value = 60, ref = "鲁人社字〔2020〕36号 第十五条" },
}

kind "public_welfare_post_subsidy" {
  name_zh = "公益性岗位补贴和社会保险补贴",
  family = "public_welfare_post",
  ref = "鲁人社字〔2020〕36号 第十四条, 第十五条; 鲁人社字〔2020〕22号 四(一)",
  facts = {
    { "first_approval_date", "date", note = "初次核定享受补贴" },
    { "retirement_date", "date", note = "法定退休年龄 reached" },
    { "months", "integer", note = "months claimed" },
    { "months_used", "integer", note = "months already subsidised" },
    { "monthly_employer_si_fen", "fen", note = "employer share of social insurance actually paid" },
    { "extended", "boolean", note = "term ended in 2020, still not stably employed: +12 months" },
  },
}

-- reading: 36号's term rule applies to every placement; the 5-year test uses the first approval
-- date (contract §9 19): within 5 years of retirement the term runs to the retirement date (the
-- whole months from the first approval to it), otherwise 36 months; 22号 四(一) adds 12 months
-- (extended). The post subsidy is the city's standard on as_of, the social-insurance subsidy the
-- employer share actually paid.
rule "subsidy.public_welfare_post_subsidy" { from = "2020-04-03", ref = "鲁人社字〔2020〕36号 第十五条",
  function(f, as_of)
    local zRef = "鲁人社字〔2020〕36号 第十五条"
    local nTerm
    local zFive = date.add_months(f.first_approval_date, param("public_welfare_post_near_retirement_months"))
    if f.retirement_date < zFive then
      local function ym(d) return tonumber(d:sub(1, 4)) * 12 + tonumber(d:sub(6, 7)) end
      nTerm = ym(f.retirement_date) - ym(f.first_approval_date)
      if nTerm > 0 and date.add_months(f.first_approval_date, nTerm) > f.retirement_date then
        nTerm = nTerm - 1
      end
      if nTerm < 0 then nTerm = 0 end
      step("retirement_date %s before %s (距法定退休年龄不足5年): term %d months to retirement", f.retirement_date,
           zFive, nTerm)
    else
      nTerm = param("public_welfare_post_subsidy_max_months")
      step("term %d months (一般不超过3年)", nTerm)
    end
    if f.extended then
      nTerm = nTerm + param("si_subsidy_extension_months")
      step("extended (鲁人社字〔2020〕22号 四(一)): term %d months", nTerm)
    end
    local nAllowed = math.min(f.months, nTerm - f.months_used)
    if not subsidy.need(nAllowed > 0, "months %d, months_used %d of %d: months left", zRef,
                        f.months, f.months_used, nTerm) then
      return 0
    end
    local nPost = param("public_welfare_post_subsidy_monthly")
    local n = nAllowed * (nPost + f.monthly_employer_si_fen)
    step("%d months × (%d fen + %d fen) = %d fen", nAllowed, nPost, f.monthly_employer_si_fen, n)
    return n
  end,
}

-- }======

-- {====== E2 临时性公益岗位补贴

-- 〔2020〕20号 六保三促 15: "开发一批…临时性公益岗位，给予岗位补贴和社会保险补贴，补贴金额由各县（市、区）研究
-- 确定，补贴期限最长不超过6个月"; 人社部发〔2020〕38号 五: "全日制岗位补贴不超过当地月最低工资标准，非全日制
-- 岗位补贴不超过当地小时最低工资标准，社会保险补贴根据参加社会保险情况按规定发放".
parameter "temporary_post_subsidy_monthly" {
  description = "临时性公益岗位补贴（全日制，月；各县确定，不超过当地月最低工资标准）",
  unit = "fen",
  city_sets = true,
  ref = "〔2020〕20号 六保三促 15; 人社部发〔2020〕38号 五",
}

parameter "temporary_post_subsidy_hourly" {
  description = "临时性公益岗位补贴（非全日制，小时；各县确定，不超过当地小时最低工资标准）",
  unit = "fen",
  city_sets = true,
  ref = "〔2020〕20号 六保三促 15; 人社部发〔2020〕38号 五",
}

parameter "min_wage_hourly" {
  description = "当地小时最低工资标准",
  unit = "fen",
  city_sets = true,
  ref = "人社部发〔2020〕38号 五",
}

parameter "temporary_post_subsidy_max_months" {
  description = "临时性公益岗位补贴最长期限（月）",
  unit = "month",
  { from = "2020-07-02", value = 6, ref = "〔2020〕20号 六保三促 15" },
}

kind "temporary_public_welfare_post_subsidy" {
  name_zh = "临时性公益岗位补贴",
  family = "public_welfare_post",
  ref = "〔2020〕20号 六保三促 15; 人社部发〔2020〕38号 五",
  facts = {
    { "full_time", "boolean" },
    { "months", "integer", note = "months claimed" },
    { "months_used", "integer", note = "months already subsidised" },
    { "hours", "integer", note = "part-time hours in the months claimed; 0 full-time" },
    { "monthly_employer_si_fen", "fen", note = "employer share of social insurance actually paid" },
  },
}

-- reading: the part-time hours are those of the months claimed; when the 6-month term cuts the
-- claim, the hours paid are round(hours × allowed / months) (half up), × the hourly subsidy.
-- The bound is checked against the minimum wage of the same day (as_of).
rule "subsidy.temporary_public_welfare_post_subsidy" { from = "2020-07-02", ref = "〔2020〕20号 六保三促 15",
  function(f, as_of)
    local zRef = "〔2020〕20号 六保三促 15"
    local nCap = param("temporary_post_subsidy_max_months")
    local nAllowed = math.min(f.months, nCap - f.months_used)
    if not subsidy.need(nAllowed > 0, "months %d, months_used %d of %d: months left", zRef,
                        f.months, f.months_used, nCap) then
      return 0
    end
    local n
    if f.full_time then
      local nWage = param("min_wage_monthly")
      local nPost = subsidy.bounded("temporary_post_subsidy_monthly", 0, nWage)
      n = nAllowed * nPost
      step("full time: %d months × %d fen = %d fen", nAllowed, nPost, n)
    else
      local nHours = (2 * f.hours * nAllowed + f.months) // (2 * f.months)
      local nWage = param("min_wage_hourly")
      local nPost = subsidy.bounded("temporary_post_subsidy_hourly", 0, nWage)
      n = nHours * nPost
      step("part time: round(%d hours × %d / %d months) %d hours × %d fen = %d fen", f.hours,
           nAllowed, f.months, nHours, nPost, n)
    end
    local nSi = nAllowed * f.monthly_employer_si_fen
    step("+ %d months × %d fen social insurance = %d fen", nAllowed, f.monthly_employer_si_fen, n + nSi)
    return n + nSi
  end,
}

-- }======

-- {====== E3 乡村公益性岗位补贴, E3b 乡村公益性岗位人员意外伤害保险

-- 鲁人社字〔2020〕36号 第二十四条: "补贴标准由各县级人力资源社会保障部门参照当地小时最低工资标准确定，原则上
-- 不高于当地城镇公益性岗位补贴水平，补贴期限最长不超过5年，并为安置人员在岗期间购买每年不超过60元的意外伤害
-- 商业保险". reading: "原则上不高于" is guidance, not a bound checked on use.
parameter "rural_post_subsidy_monthly" {
  description = "乡村公益性岗位补贴标准（月，各县确定）",
  unit = "fen",
  city_sets = true,
  ref = "鲁人社字〔2020〕36号 第二十四条",
}

parameter "rural_post_subsidy_max_months" {
  description = "乡村公益性岗位补贴最长期限（月）",
  unit = "month",
  { from = "2020-04-03", value = 60, ref = "鲁人社字〔2020〕36号 第二十四条" },
}

parameter "rural_post_accident_insurance_cap" {
  description = "乡村公益性岗位人员意外伤害商业保险每年最高额",
  unit = "fen",
  { from = "2020-04-03", value = 6000, ref = "鲁人社字〔2020〕36号 第二十四条" },
}

kind "rural_public_welfare_post_subsidy" {
  name_zh = "乡村公益性岗位补贴",
  family = "public_welfare_post",
  ref = "鲁人社字〔2020〕36号 第二十四条",
  facts = {
    { "months", "integer", note = "months claimed" },
    { "months_used", "integer", note = "months already subsidised" },
  },
}

rule "subsidy.rural_public_welfare_post_subsidy" { from = "2020-04-03", ref = "鲁人社字〔2020〕36号 第二十四条",
  function(f, as_of)
    local zRef = "鲁人社字〔2020〕36号 第二十四条"
    local nCap = param("rural_post_subsidy_max_months")
    local nAllowed = math.min(f.months, nCap - f.months_used)
    if not subsidy.need(nAllowed > 0, "months %d, months_used %d of %d: months left", zRef,
                        f.months, f.months_used, nCap) then
      return 0
    end
    local nPost = param("rural_post_subsidy_monthly")
    local n = nAllowed * nPost
    step("%d months × %d fen = %d fen", nAllowed, nPost, n)
    return n
  end,
}

kind "rural_post_accident_insurance_subsidy" {
  name_zh = "乡村公益性岗位人员意外伤害保险",
  family = "public_welfare_post",
  ref = "鲁人社字〔2020〕36号 第二十四条",
  facts = {
    { "premium_fen", "fen", note = "annual premium" },
  },
}

rule "subsidy.rural_post_accident_insurance_subsidy" { from = "2020-04-03", ref = "鲁人社字〔2020〕36号 第二十四条",
  function(f, as_of)
    step("premium %d fen", f.premium_fen)
    return subsidy.cap(f.premium_fen, param("rural_post_accident_insurance_cap"), "每年不超过60元",
                       "鲁人社字〔2020〕36号 第二十四条")
  end,
}

-- }======

-- {====== E4 疫情临时岗位吸纳贫困劳动力岗位补贴

-- 鲁人社字〔2020〕41号 (四): "临时增设的保洁环卫、防疫消杀、卡点值守等岗位吸纳贫困劳动力的，参照当地乡村公益性
-- 岗位补贴标准给予岗位补贴". No term is set: the months claimed are paid.
kind "poverty_temporary_post_subsidy" {
  name_zh = "疫情临时岗位吸纳贫困劳动力岗位补贴",
  family = "public_welfare_post",
  ref = "鲁人社字〔2020〕41号 (四)",
  facts = {
    { "months", "integer", note = "months claimed" },
  },
}

rule "subsidy.poverty_temporary_post_subsidy" { from = "2020-04-14", ref = "鲁人社字〔2020〕41号 (四)",
  function(f, as_of)
    if not subsidy.need(f.months > 0, "months %d > 0", "鲁人社字〔2020〕41号 (四)", f.months) then
      return 0
    end
    local nPost = param("rural_post_subsidy_monthly")
    local n = f.months * nPost
    step("%d months × %d fen (乡村公益性岗位补贴标准) = %d fen", f.months, nPost, n)
    return n
  end,
}

-- }======
