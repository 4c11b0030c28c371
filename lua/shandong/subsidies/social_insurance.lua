-- lua/shandong/subsidies/social_insurance.lua: family D (social_insurance): the social-insurance
-- subsidies (D1, D2, D6 of the subsidy contract), served as subsidy_amount(city, kind, as_of,
-- facts) (docs/subsidies.md). Pattern as lua/shandong/subsidies/hiring.lua: parameters beside the
-- kind that reads them, the kind's declaration, then its rule versions.

-- {====== D1 灵活就业社会保险补贴

-- 鲁人社字〔2020〕22号 五(二): "对离校2年内未就业高校毕业生灵活就业后缴纳社会保险费的，按其实际缴费的2/3
-- 给予最长不超过2年的社会保险补贴"; 鲁政办字〔2020〕77号 四: "就业困难人员灵活就业的…按其实际缴费的2/3
-- 给予社会保险补贴，补贴期限最长不超过3年". The difficult persons' share first appears in 77号: a claim
-- judged before 2020-06-05 finds no value (the engine's error).
parameter "flexible_employment_si_subsidy_ratio_graduate" {
  description = "灵活就业社会保险补贴比例（离校2年内高校毕业生，实际缴费的2/3）",
  unit = "ratio",
  { from = "2020-03-06", value = "2/3", ref = "鲁人社字〔2020〕22号 五(二)" },
}

parameter "flexible_employment_si_subsidy_ratio_difficult" {
  description = "灵活就业社会保险补贴比例（就业困难人员，实际缴费的2/3）",
  unit = "ratio",
  { from = "2020-06-05", value = "2/3", ref = "鲁政办字〔2020〕77号 四" },
}

parameter "flexible_employment_si_subsidy_max_months_graduate" {
  description = "灵活就业社会保险补贴最长期限（高校毕业生，月）",
  unit = "month",
  { from = "2020-03-06", value = 24, ref = "鲁人社字〔2020〕22号 五(二)" },
}

parameter "flexible_employment_si_subsidy_max_months_difficult" {
  description = "灵活就业社会保险补贴最长期限（就业困难人员，月）",
  unit = "month",
  { from = "2020-03-06", value = 36, ref = "鲁人社字〔2020〕22号 四(二)" },
}

-- 鲁政办发〔2020〕19号 17 / 〔2020〕20号 六保三促 6: "对2020年期满仍未实现稳定就业的…就业困难人员…社会保险
-- 补贴期限可延长1年".
parameter "si_subsidy_extension_months" {
  description = "社会保险补贴、公益性岗位补贴期满仍未稳定就业的延长期限（月）",
  unit = "month",
  { from = "2020-03-06", value = 12, ref = "鲁人社字〔2020〕22号 四(一), 四(二); 〔2020〕20号 六保三促 6" },
}

-- "离校2年内": the graduate's flexible work must begin within 24 months of graduation.
parameter "graduate_within_months" {
  description = "离校2年内（月）",
  unit = "month",
  { from = "2020-03-06", value = 24, ref = "鲁人社字〔2020〕22号 五" },
}

kind "flexible_employment_si_subsidy" {
  name_zh = "灵活就业社会保险补贴",
  family = "social_insurance",
  ref = "鲁人社字〔2020〕22号 五(二), 四(二); 鲁政办字〔2020〕77号 四; 〔2020〕20号 六保三促 6; 鲁政办发〔2020〕19号 17",
  facts = {
    { "category", "enum", values = { "difficult", "graduate" } },
    { "start_date", "date", note = "flexible work began" },
    { "graduation_date", "date", required_when = "category = graduate" },
    { "monthly_contribution_fen", "fen", note = "the contribution actually paid per month" },
    { "months", "integer", note = "months claimed" },
    { "months_used", "integer", note = "months already subsidised" },
    { "extended", "boolean",
      note = "difficult person whose period ended in 2020, still not stably employed: +12 months" },
  },
}

-- reading: a limit ("最长不超过", the share 2/3 fixed): 2/3 of the monthly contribution, rounded
-- half up per month, × the months still open under the cap (24 graduate, 36 difficult, +12 when
-- extended; the extension is for difficult persons only). A difficult person's claim judged before
-- 2020-06-05 is the engine's error (the standard first appears in 77号).
rule "subsidy.flexible_employment_si_subsidy" { from = "2020-03-06", ref = "鲁人社字〔2020〕22号 五(二)",
  function(f, as_of)
    local bGrad = f.category == "graduate"
    if bGrad then
      local zLast = date.add_months(f.graduation_date, param("graduate_within_months"))
      if not subsidy.need(f.start_date <= zLast, "start_date %s <= %s (离校2年内)",
                          "鲁人社字〔2020〕22号 五(二)", f.start_date, zLast) then
        return 0
      end
    end
    local nCap = param(bGrad and "flexible_employment_si_subsidy_max_months_graduate"
                       or "flexible_employment_si_subsidy_max_months_difficult")
    if f.extended and not bGrad then
      nCap = nCap + param("si_subsidy_extension_months")
      step("extended: cap %d months", nCap)
    end
    local nAllowed = math.min(f.months, nCap - f.months_used)
    if not subsidy.need(nAllowed > 0, "months %d, months_used %d of %d: months left", "鲁人社字〔2020〕22号 五(二)",
                        f.months, f.months_used, nCap) then
      return 0
    end
    local zRatio = param(bGrad and "flexible_employment_si_subsidy_ratio_graduate"
                         or "flexible_employment_si_subsidy_ratio_difficult")
    local nMonthly = subsidy.ratio(zRatio, f.monthly_contribution_fen)
    local n = nMonthly * nAllowed
    step("%d months × round(%s × %d fen) %d fen = %d fen", nAllowed, zRatio,
         f.monthly_contribution_fen, nMonthly, n)
    return n
  end,
}

-- }======

-- {====== D2 小微企业吸纳高校毕业生社会保险补贴

-- 鲁政发〔2020〕5号 7: "对小微企业吸纳离校2年内未就业高校毕业生就业并签订1年以上劳动合同的，给予最长
-- 1年的社会保险补贴"; 鲁人社字〔2020〕22号 五(一): "按单位实际缴纳的…社会保险费给予补贴…享受减免期间…
-- 按减免后单位实际缴纳额补贴，减免月份计入补贴期限".
parameter "small_micro_graduate_si_subsidy_max_months" {
  description = "小微企业吸纳高校毕业生社会保险补贴最长期限（月）",
  unit = "month",
  { from = "2020-03-06", value = 12, ref = "鲁政发〔2020〕5号 7" },
}

kind "small_micro_graduate_si_subsidy" {
  name_zh = "小微企业吸纳高校毕业生社会保险补贴",
  family = "social_insurance",
  ref = "鲁政发〔2020〕5号 7; 鲁人社字〔2020〕22号 五(一)",
  facts = {
    { "size", "enum", values = { "large", "medium", "small", "micro" } },
    { "hire_date", "date" },
    { "graduation_date", "date" },
    { "contract_months", "integer", note = "0 = no fixed term" },
    { "monthly_employer_si_fen", "fen", note = "employer share actually paid; exempted items 0" },
    { "months", "integer", note = "months claimed" },
    { "months_used", "integer", note = "months already subsidised; exempted months count" },
    { "already_received", "boolean", note = "exclusive with the traineeship F2" },
  },
}

-- reading: 毕业年度 = the calendar year of graduation, 离校2年内 = hired within 24 months of it
-- (contract §9 4).
rule "subsidy.small_micro_graduate_si_subsidy" { from = "2020-03-06", ref = "鲁政发〔2020〕5号 7",
  function(f, as_of)
    local zRef = "鲁人社字〔2020〕22号 五(一)"
    if not subsidy.need(f.size == "small" or f.size == "micro", "size %s: 小微企业", "鲁政发〔2020〕5号 7",
                        f.size) then
      return 0
    end
    local zLast = date.add_months(f.graduation_date, param("graduate_within_months"))
    local bYear = f.graduation_date:sub(1, 4) == f.hire_date:sub(1, 4)
    if not subsidy.need(bYear or f.hire_date <= zLast,
                        "hire_date %s in the graduation year or <= %s (毕业年度或离校2年内)", zRef,
                        f.hire_date, zLast) then
      return 0
    end
    if not subsidy.contract_ok(f.contract_months, "鲁政发〔2020〕5号 7") then return 0 end
    if not subsidy.need(not f.already_received, "not already_received (见习期未满补贴 F2)", zRef) then
      return 0
    end
    local nCap = param("small_micro_graduate_si_subsidy_max_months")
    local nAllowed = math.min(f.months, nCap - f.months_used)
    if not subsidy.need(nAllowed > 0, "months %d, months_used %d of %d: months left", zRef,
                        f.months, f.months_used, nCap) then
      return 0
    end
    local n = nAllowed * f.monthly_employer_si_fen
    step("%d months × %d fen = %d fen", nAllowed, f.monthly_employer_si_fen, n)
    return n
  end,
}

-- }======

-- {====== D6 新就业形态灵活就业意外伤害保险补贴

-- 鲁政办发〔2020〕19号 18: "对依托…新业态平台灵活就业且办理就业登记人员购买意外伤害保险的，按照购买保险费
-- 数额一定比例给予平台或个人补贴，每人每年不高于100元". The share is the city's (一定比例, at most all
-- of the premium); the 100 元 is a cap.
parameter "accident_insurance_subsidy_ratio" {
  description = "新就业形态意外伤害保险补贴比例（各市确定，不超过1）",
  unit = "ratio",
  city_sets = true,
  ref = "鲁政办发〔2020〕19号 18",
}

parameter "new_form_accident_insurance_subsidy_cap" {
  description = "新就业形态意外伤害保险补贴每人每年最高额",
  unit = "fen",
  { from = "2020-10-29", value = 10000, ref = "鲁政办发〔2020〕19号 18" },
}

kind "new_form_accident_insurance_subsidy" {
  name_zh = "新就业形态灵活就业意外伤害保险补贴",
  family = "social_insurance",
  ref = "鲁政办发〔2020〕19号 18",
  facts = {
    { "premium_fen", "fen", note = "annual premium" },
    { "registered", "boolean", note = "就业登记" },
    { "platform", "boolean", note = "works through an e-commerce, ride-hailing, delivery or courier platform" },
  },
}

rule "subsidy.new_form_accident_insurance_subsidy" { from = "2020-10-29", ref = "鲁政办发〔2020〕19号 18",
  function(f, as_of)
    local zRef = "鲁政办发〔2020〕19号 18"
    if not subsidy.need(f.platform, "platform: 依托新业态平台灵活就业", zRef) then return 0 end
    if not subsidy.need(f.registered, "registered: 办理就业登记", zRef) then return 0 end
    local nCap = param("new_form_accident_insurance_subsidy_cap")
    local zRatio = subsidy.bounded("accident_insurance_subsidy_ratio", "0", "1")
    local n = subsidy.ratio(zRatio, f.premium_fen)
    step("round(%s × %d fen) = %d fen", zRatio, f.premium_fen, n)
    return subsidy.cap(n, nCap, "每人每年不高于100元", zRef)
  end,
}

-- }======
