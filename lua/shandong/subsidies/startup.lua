-- lua/shandong/subsidies/startup.lua: family H (startup): 创业担保贷款 limits and interest, the
-- loan reward, the start-up subsidies and the incubator and complex awards (H1, H2, H4, H6-H11 of
-- the subsidy contract), served as subsidy_amount(city, kind, as_of, facts) (docs/subsidies.md),
-- and the loan-rate cap H3 as a dated parameter read with policy_param
-- (startup_loan_rate_spread_bp). The pattern is lua/shandong/subsidies/hiring.lua's.

-- {====== H3 创业担保贷款利率上限 (a rate, not a kind)

-- 鲁人社字〔2020〕27号 第七条 caps the rate of contracts from its date at LPR + 100BP; 鲁财金〔2020〕25号 三:
-- "自财金〔2020〕21号文件印发之日起，金融机构新发放的个人和小微企业创业担保贷款利率不超过LPR+50BP". Read with
-- policy_param(city, 'startup_loan_rate_spread_bp', contract date): the cap is LPR plus this many
-- basis points.
parameter "startup_loan_rate_spread_bp" {
  description = "创业担保贷款利率上限：LPR加点（基点）",
  unit = "bp",
  { from = "2020-04-01", value = 100, ref = "鲁人社字〔2020〕27号 第七条" },
  { from = "2020-04-15", value = 50, ref = "鲁财金〔2020〕25号 三" },
}

-- }======

-- {====== H1 创业担保贷款额度（个人、合伙）

-- 鲁人社字〔2020〕27号 第七条: "可申请最高15万元的创业担保贷款"; 鲁财金〔2020〕25号 二: "符合条件的个人创业担保
-- 贷款最高额度由15万元提高至20万元"; 财金〔2020〕21号 二 (the date 鲁财金25号 takes for its items).
-- Before 2020-02-04 the amounts come from 国发〔2018〕39号 (not in the texts): no value, the
-- engine's error.
parameter "startup_guarantee_loan_individual_max" {
  description = "个人创业担保贷款最高额度（每人）",
  unit = "fen",
  { from = "2020-02-04", value = 15000000, ref = "鲁人社字〔2020〕27号 第七条" },
  { from = "2020-04-15", value = 20000000, ref = "鲁财金〔2020〕25号 二" },
}

-- 27号 第七条 / 鲁财金25号 二: "按照每个创业企业借款人最多不超过（含）3名合伙人".
parameter "startup_guarantee_loan_max_partners" {
  description = "合伙创业贷款计入额度的合伙人数上限（含）",
  unit = "person",
  { from = "2020-02-04", value = 3, ref = "鲁人社字〔2020〕27号 第七条" },
}

-- 27号 附件1 一 2: "除助学贷款、扶贫贷款、住房贷款、购车贷款、5万元以下小额消费贷款（含信用卡消费）以外…
-- 本人及其配偶应没有其他贷款".
parameter "startup_guarantee_loan_consumer_loans_max" {
  description = "申请人及配偶小额消费贷款（含信用卡）上限（以下，含）",
  unit = "fen",
  { from = "2020-02-04", value = 5000000, ref = "鲁人社字〔2020〕27号 附件1" },
}

-- 鲁财金〔2020〕25号 一(一): "自财金〔2020〕21号文件印发之日至2020年12月31日期间，将符合贷款条件的个体工商户，
-- 贷款购车专门用于出租运营的符合贷款条件的个人，…平台就业人员以及入驻我省创业孵化基地、创业园区的…个人纳入支持范围".
parameter "startup_guarantee_loan_added_groups_from" {
  description = "新增6类个人借款人的贷款合同起始日",
  unit = "date",
  { from = "2020-02-04", value = "2020-04-15", ref = "财金〔2020〕21号 一" },
}
parameter "startup_guarantee_loan_added_groups_to" {
  description = "新增6类个人借款人的贷款合同截止日（含）",
  unit = "date",
  { from = "2020-02-04", value = "2020-12-31", ref = "鲁财金〔2020〕25号 一(一)" },
}

-- 27号 第四条: "港澳台来鲁创业青年" (附件1: 20 to 45 years old).
parameter "startup_guarantee_loan_hmt_youth_min_age" {
  description = "港澳台来鲁创业青年年龄下限（周岁，含）",
  unit = "year",
  { from = "2020-02-04", value = 20, ref = "鲁人社字〔2020〕27号 第四条" },
}
parameter "startup_guarantee_loan_hmt_youth_max_age" {
  description = "港澳台来鲁创业青年年龄上限（周岁，含）",
  unit = "year",
  { from = "2020-02-04", value = 45, ref = "鲁人社字〔2020〕27号 第四条" },
}

local H1_ADDED = { individual_business = true, taxi_driver = true, ride_hailing_driver = true,
                   taxi_company_founder = true, platform_worker = true, incubator_tenant = true }

kind "startup_guarantee_loan_individual_limit" {
  name_zh = "创业担保贷款额度（个人、合伙）",
  family = "startup",
  ref = "鲁政办发〔2020〕4号 13; 鲁政发〔2020〕5号 15; 鲁人社字〔2020〕27号 第四条, 第七条, 附件1; "
        .. "鲁财金〔2020〕25号 一(一), 二; 财金〔2020〕21号 一, 二; 〔2020〕20号 六保三促 20; 鲁政办发〔2020〕19号 7",
  facts = {
    { "contract_date", "date", note = "loan contract signed" },
    { "partners", "integer", note = ">= 1; 1 = a single borrower" },
    { "category", "enum", values = { "registered_unemployed", "difficult", "veteran",
      "released_prisoner", "student", "graduate", "overcapacity", "returning_migrant",
      "online_merchant", "poor", "rural_entrepreneur", "township_technician",
      "hk_macao_taiwan_youth", "other_returnee", "individual_business", "taxi_driver",
      "ride_hailing_driver", "taxi_company_founder", "platform_worker", "incubator_tenant", "none" },
      note = "借款人类别 (27号 第四条; the six from individual_business on: 鲁财金25号 一(一))" },
    { "birth_date", "date", required_when = "category = hk_macao_taiwan_youth" },
    { "consumer_loans_fen", "fen", note = "applicant's and spouse's small consumer loans incl. cards" },
    { "other_loans", "boolean",
      note = "any loan other than student, poverty-relief, housing, car or small consumer loans" },
  },
}

-- reading: a limit ("最高"): the kind returns the maximum; 20万 (60万 for partners) from
-- 2020-04-15, 财金〔2020〕21号's date, which 鲁财金〔2020〕25号 uses for every other item; a
-- partnership's cap is min(partners, 3) × the per-person cap (two partners: 40万) (contract §9 12).
rule "subsidy.startup_guarantee_loan_individual_limit" { from = "2020-02-04",
  ref = "鲁人社字〔2020〕27号 第七条",
  function(f, as_of)
    local zRef = "鲁人社字〔2020〕27号 第四条"
    -- the per-person cap first: a contract before its first date is the engine's error
    local nPer = param("startup_guarantee_loan_individual_max", f.contract_date)
    if f.partners < 1 then
      error(string.format("facts.partners: expected an integer >= 1 (1 = a single borrower), got %d",
                   f.partners), 0)
    end
    if not subsidy.need(f.category ~= "none", "category %s: 个人借款人范围", zRef, f.category) then
      return 0
    end
    if H1_ADDED[f.category] then
      local zFrom = param("startup_guarantee_loan_added_groups_from", f.contract_date)
      local zTo = param("startup_guarantee_loan_added_groups_to", f.contract_date)
      if not subsidy.need(f.contract_date >= zFrom and f.contract_date <= zTo,
                          "category %s: contract_date %s in %s..%s", "鲁财金〔2020〕25号 一(一)",
                          f.category, f.contract_date, zFrom, zTo) then
        return 0
      end
    end
    if f.category == "hk_macao_taiwan_youth" then
      local nAge = date.age(f.birth_date, f.contract_date)
      local nMin = param("startup_guarantee_loan_hmt_youth_min_age", f.contract_date)
      local nMax = param("startup_guarantee_loan_hmt_youth_max_age", f.contract_date)
      if not subsidy.need(nAge >= nMin and nAge <= nMax, "age %d on %s in %d..%d (港澳台来鲁创业青年)",
                          zRef, nAge, f.contract_date, nMin, nMax) then
        return 0
      end
    end
    local nConsumer = param("startup_guarantee_loan_consumer_loans_max", f.contract_date)
    if not subsidy.need(f.consumer_loans_fen <= nConsumer, "consumer_loans_fen %d <= %d (5万元以下小额消费贷款)",
                        "鲁人社字〔2020〕27号 附件1", f.consumer_loans_fen, nConsumer) then
      return 0
    end
    if not subsidy.need(not f.other_loans, "no other_loans (本人及其配偶应没有其他贷款)",
                        "鲁人社字〔2020〕27号 附件1") then
      return 0
    end
    local nMaxP = param("startup_guarantee_loan_max_partners", f.contract_date)
    local nP = f.partners < nMaxP and f.partners or nMaxP
    local n = nPer * nP
    step("最高 %d 元 × %d borrower(s) (partners %d, at most %d) = %d fen", nPer // 100, nP,
         f.partners, nMaxP, n)
    return n
  end,
}

-- }======

-- {====== H2 创业担保贷款额度（小微企业）

-- 鲁人社字〔2020〕27号 第八条: "贷款额度最高不超过300万元".
parameter "startup_guarantee_loan_small_firm_max" {
  description = "小微企业创业担保贷款最高额度",
  unit = "fen",
  { from = "2020-02-04", value = 300000000, ref = "鲁人社字〔2020〕27号 第八条" },
}

-- 27号 第五条: "新招用…人员达到企业现有在职职工人数20%（超过100人的企业达到10%）以上"; 鲁财金〔2020〕25号
-- 一(二), 财金〔2020〕21号 一(二): "由20%下降为15%，超过100人的企业下降为8%".
parameter "startup_guarantee_loan_small_firm_hire_ratio" {
  description = "小微企业新招用符合条件人员占在职职工比例（达到，含）",
  unit = "ratio",
  { from = "2020-02-17", value = "0.2", ref = "鲁人社字〔2020〕27号 第五条" },
  { from = "2020-04-15", value = "0.15", ref = "鲁财金〔2020〕25号 一(二)" },
}
parameter "startup_guarantee_loan_small_firm_hire_ratio_over_100" {
  description = "超过100人的小微企业新招用符合条件人员占在职职工比例（达到，含）",
  unit = "ratio",
  { from = "2020-02-17", value = "0.1", ref = "鲁人社字〔2020〕27号 第五条" },
  { from = "2020-04-15", value = "0.08", ref = "鲁财金〔2020〕25号 一(二)" },
}
parameter "startup_guarantee_loan_small_firm_large_employees" {
  description = "适用较低比例的在职职工人数（超过）",
  unit = "person",
  { from = "2020-02-04", value = 100, ref = "鲁人社字〔2020〕27号 第五条" },
}

-- A decimal ratio parameter ("0.15") as numerator and denominator, for the test hires >= r ×
-- employees by integer cross-multiplication (subsidy.ratio_le tests the other direction).
local function ratioparts(z)
  local zInt, zFrac = tostring(z):match("^(%d+)%.?(%d*)$")
  if zInt and #zInt + #zFrac <= 15 then
    return math.tointeger(tonumber(zInt .. zFrac)), math.tointeger(10 ^ #zFrac)
  end
  local a, b = tostring(z):match("^(%d+)/(%d+)$")
  if a and #a <= 15 and #b <= 15 and tonumber(b) > 0 then
    return math.tointeger(tonumber(a)), math.tointeger(tonumber(b))
  end
  error(string.format("startup_guarantee_loan_small_firm: the hiring ratio must be decimal text "
                      .. "such as \"0.15\" or a fraction \"3/20\", got \"%s\"", tostring(z)), 0)
end

kind "startup_guarantee_loan_small_firm" {
  name_zh = "创业担保贷款额度（小微企业）",
  family = "startup",
  ref = "鲁政办发〔2020〕4号 13; 鲁政发〔2020〕5号 15; 鲁人社字〔2020〕27号 第五条, 第八条, 附件1 二; "
        .. "鲁财金〔2020〕25号 一(二); 财金〔2020〕21号 一(二); 〔2020〕20号 六保三促 20",
  facts = {
    { "size", "enum", values = { "large", "medium", "small", "micro" },
      note = "国统字〔2017〕213号" },
    { "employees", "integer", note = "现有在职职工" },
    { "hires", "integer",
      note = "qualifying hires with contracts of 1 year or more in the 12 months before the review" },
    { "contract_date", "date", note = "loan contract signed" },
    { "arrears", "boolean", note = "wage or social-insurance arrears, or bad credit" },
  },
}

-- reading: a limit ("最高不超过300万元"): the kind returns 300万; 15%/8% from 2020-04-15 (contract
-- §9 12); "达到…以上" inclusive, by integer cross-multiplication; "超过100人" strict; "新招用" needs
-- at least one hire (a firm of 0 employees and 0 hires does not qualify).
rule "subsidy.startup_guarantee_loan_small_firm" { from = "2020-02-04",
  ref = "鲁人社字〔2020〕27号 第八条",
  function(f, as_of)
    local zRef = "鲁人社字〔2020〕27号 第五条"
    if not subsidy.need(f.size == "small" or f.size == "micro", "size %s: 小微企业", zRef, f.size) then
      return 0
    end
    if not subsidy.need(not f.arrears, "no arrears (无拖欠职工工资、欠缴社会保险费等严重违法违规信用记录)",
                        "鲁人社字〔2020〕27号 附件1 二") then
      return 0
    end
    local nBig = param("startup_guarantee_loan_small_firm_large_employees", f.contract_date)
    local zRatio = param(f.employees > nBig and "startup_guarantee_loan_small_firm_hire_ratio_over_100"
                         or "startup_guarantee_loan_small_firm_hire_ratio", f.contract_date)
    local a, b = ratioparts(zRatio)
    if not subsidy.need(f.hires >= 1 and f.hires * b >= a * f.employees,
                        "hires %d >= %s × employees %d (at least one)", zRef, f.hires, zRatio,
                        f.employees) then
      return 0
    end
    local n = param("startup_guarantee_loan_small_firm_max", f.contract_date)
    step("最高 %d 元", n // 100)
    return n
  end,
}

-- }======

-- {====== H4 创业担保贷款财政贴息

-- 鲁人社字〔2020〕27号 第八条, 第九条: "个人每次贴息年限最长为3年，小微企业每次贴息年限最长为2年".
parameter "startup_loan_interest_subsidy_months_individual" {
  description = "个人创业担保贷款贴息期限（月）",
  unit = "month",
  { from = "2020-04-01", value = 36, ref = "鲁人社字〔2020〕27号 第九条" },
}
parameter "startup_loan_interest_subsidy_months_small_firm" {
  description = "小微企业创业担保贷款贴息期限（月）",
  unit = "month",
  { from = "2020-04-01", value = 24, ref = "鲁人社字〔2020〕27号 第九条" },
}

-- 财金〔2020〕21号 五: "自2021年1月1日起，新发放的个人和小微企业创业担保贷款利息，LPR-150BP以下部分，由借款人
-- 和借款企业承担，剩余部分财政给予贴息" (by issue date: the share is read on issue_date).
parameter "startup_loan_borrower_share_from" {
  description = "借款人承担LPR-150BP以下部分：适用的贷款发放日起始日",
  unit = "date",
  { from = "2020-04-01", value = "2021-01-01", ref = "财金〔2020〕21号 五" },
}
parameter "startup_loan_borrower_share_spread_bp" {
  description = "借款人承担的利息：LPR减点（基点）以下部分（2021年1月1日起新发放）",
  unit = "bp",
  { from = "2021-01-01", value = 150, ref = "财金〔2020〕21号 五" },
}

-- 财金〔2020〕21号 三: "可给予展期，最长可展期至2020年6月30日，展期期间财政给予正常贴息".
parameter "startup_loan_extension_subsidised_to" {
  description = "展期贷款给予正常贴息的最后一日",
  unit = "date",
  { from = "2020-04-01", value = "2020-06-30", ref = "财金〔2020〕21号 三" },
}

kind "startup_loan_interest_subsidy" {
  name_zh = "创业担保贷款财政贴息",
  family = "startup",
  ref = "鲁人社字〔2020〕27号 第七条, 第八条, 第九条; 财金〔2020〕21号 三, 五; 鲁财金〔2020〕25号 三, 七",
  facts = {
    { "borrower", "enum", values = { "individual", "small_firm" } },
    { "principal_fen", "fen" },
    { "rate_bp", "bp", note = "the contract rate" },
    { "lpr_bp", "bp", note = "the LPR the contract references, on its signing day" },
    { "issue_date", "date", note = "loan issued (发放)" },
    { "period_start_date", "date", note = "first day of the interest months claimed" },
    { "months", "integer", note = "interest months claimed" },
    { "months_before", "integer", note = "months of this loan already subsidised" },
    { "status", "enum", values = { "normal", "extended", "overdue" } },
  },
}

-- 27号 第七条: "对符合条件的个人创业担保贷款，财政部门给予全额贴息"; 第八条: "按照贷款合同签订日贷款市场报价利率的
-- 50%对…小微企业给予贴息"; 第九条: "对展期、逾期的创业担保贷款，财政部门不予贴息"; 财金21号 三 (extension
-- to 2020-06-30 subsidised), 五 (LPR-150BP from 2021).
-- reading: loans issued before 2021 keep 27号's shares (individual all, firm half the LPR) whatever
-- their contract date; from 2021 LPR−150BP is the borrower's (27号 第十七条 按最新政策执行); the
-- extension is subsidised only when the months claimed end by 2020-06-30; interest = principal ×
-- rate × months / 12, rounded half up once per claim, exact with half basis points (contract §9 13).
-- reading: from 2021 the subsidised rate is also at most the contract rate (an LPR under 150BP
-- would otherwise subsidise more than the interest): r = clamp(rate − (LPR − 150), 0, rate).
rule "subsidy.startup_loan_interest_subsidy" { from = "2020-04-01", ref = "鲁人社字〔2020〕27号 第七条",
  function(f, as_of)
    local zRef = "鲁人社字〔2020〕27号 第九条"
    if not subsidy.need(f.status ~= "overdue", "status %s: 逾期不予贴息", zRef, f.status) then
      return 0
    end
    if f.status == "extended" then
      local zTo = param("startup_loan_extension_subsidised_to")
      local zEnd = date.add_days(date.add_months(f.period_start_date, f.months), -1)
      if not subsidy.need(zEnd <= zTo, "extended: months end %s <= %s (展期至2020年6月30日正常贴息)",
                          "财金〔2020〕21号 三", zEnd, zTo) then
        return 0
      end
    end
    local nL = param(f.borrower == "individual" and "startup_loan_interest_subsidy_months_individual"
                     or "startup_loan_interest_subsidy_months_small_firm")
    local nAllowed = nL - f.months_before
    if nAllowed > f.months then nAllowed = f.months end
    if not subsidy.need(nAllowed > 0, "months %d within %d - months_before %d", zRef, f.months,
                        nL, f.months_before) then
      return 0
    end
    local r2 -- twice the subsidised rate in basis points (a half basis point is exact)
    if f.issue_date >= param("startup_loan_borrower_share_from") then
      local nSpread = param("startup_loan_borrower_share_spread_bp", f.issue_date)
      r2 = 2 * (f.rate_bp - (f.lpr_bp - nSpread))
      if r2 > 2 * f.rate_bp then r2 = 2 * f.rate_bp end
      if r2 < 0 then r2 = 0 end
      step("issued %s: rate %d bp - (LPR %d bp - %d bp) = %s bp subsidised", f.issue_date,
           f.rate_bp, f.lpr_bp, nSpread, r2 % 2 == 0 and tostring(r2 // 2) or (r2 // 2) .. ".5")
    elseif f.borrower == "individual" then
      r2 = 2 * f.rate_bp
      step("issued %s: individual, 全额贴息: %d bp", f.issue_date, f.rate_bp)
    else
      r2 = f.lpr_bp
      step("issued %s: small firm, 50%% × LPR %d bp = %s bp", f.issue_date, f.lpr_bp,
           r2 % 2 == 0 and tostring(r2 // 2) or (r2 // 2) .. ".5")
    end
    -- principal × (r2/2)/10000 × months/12, half up: (principal × r2 × months + 120000) // 240000
    local n = (f.principal_fen * r2 * nAllowed + 120000) // 240000
    step("round(%d fen × %s bp × %d months / 120000) = %d fen", f.principal_fen,
         r2 % 2 == 0 and tostring(r2 // 2) or (r2 // 2) .. ".5", nAllowed, n)
    return n
  end,
}

-- }======

-- {====== H6 创业担保贷款奖励性补助

-- 鲁人社字〔2020〕27号 第十五条: "按各地当年新发放创业担保贷款总额的1%，奖励工作成效突出的经办银行、贷款担保基金
-- 运营管理机构…".
parameter "startup_loan_reward_ratio" {
  description = "创业担保贷款奖励：当年新发放贷款总额的比例",
  unit = "ratio",
  { from = "2020-04-01", value = "0.01", ref = "鲁人社字〔2020〕27号 第十五条" },
}

kind "startup_loan_reward" {
  name_zh = "创业担保贷款奖励性补助",
  family = "startup",
  ref = "鲁人社字〔2020〕27号 第十五条",
  facts = {
    { "new_loans_fen", "fen", note = "the place's new guarantee loans of the year" },
  },
}

rule "subsidy.startup_loan_reward" { from = "2020-04-01", ref = "鲁人社字〔2020〕27号 第十五条",
  function(f, as_of)
    local zR = param("startup_loan_reward_ratio")
    local n = subsidy.ratio(zR, f.new_loans_fen)
    step("round(%s × %d fen) = %d fen", zR, f.new_loans_fen, n)
    return n
  end,
}

-- }======

-- {====== H7 一次性创业补贴

-- 〔2020〕20号 六保三促 19: "对首次领取小微企业营业执照、正常经营12个月以上并在创办企业缴纳职工社会保险费的创业人员，
-- 按规定给予不低于1.2万元一次性创业补贴"; 鲁人社字〔2020〕119号 一 (农民工: "2013年10月1日以后注册登记"; 6
-- months: 50% in advance); 鲁人社字〔2020〕128号 三(五) (graduates: the same advance).
parameter "one_time_startup_subsidy_min" {
  description = "一次性创业补贴标准下限（不低于）",
  unit = "fen",
  { from = "2020-07-02", value = 1200000, ref = "〔2020〕20号 六保三促 19" },
}
parameter "one_time_startup_subsidy_full_months" {
  description = "一次性创业补贴：正常经营月数（以上，含）",
  unit = "month",
  { from = "2020-07-02", value = 12, ref = "〔2020〕20号 六保三促 19" },
}
parameter "one_time_startup_subsidy_advance_months" {
  description = "一次性创业补贴先行发放：正常经营月数（以上，含）",
  unit = "month",
  { from = "2020-07-02", value = 6, ref = "鲁人社字〔2020〕119号 一" },
}
parameter "one_time_startup_subsidy_advance_ratio" {
  description = "一次性创业补贴先行发放比例",
  unit = "ratio",
  { from = "2020-07-02", value = "0.5", ref = "鲁人社字〔2020〕119号 一" },
}
parameter "migrant_startup_registered_from" {
  description = "返乡创业农民工首次创办小微企业、个体工商户注册登记的最早日期（以后，含）",
  unit = "date",
  { from = "2020-07-02", value = "2013-10-01", ref = "鲁人社字〔2020〕119号 一, 二" },
}

kind "one_time_startup_subsidy" {
  name_zh = "一次性创业补贴",
  family = "startup",
  ref = "〔2020〕20号 六保三促 19; 鲁人社字〔2020〕119号 一; 鲁人社字〔2020〕128号 三(五)",
  facts = {
    { "category", "enum", values = { "general", "migrant", "graduate" } },
    { "registration_date", "date", note = "licence of the first small or micro firm" },
    { "months_operating", "integer", note = "正常经营 months" },
    { "si_paid", "boolean", note = "pays 职工社会保险 in the firm" },
    { "first_business", "boolean", note = "首次创办 (first licence)" },
    { "advance_received_fen", "fen", note = "already advanced for this firm (0 if none)" },
  },
}

-- reading: the 50% advance after 6 months is for migrants (119号) and graduates (128号) only; what
-- was advanced is deducted, never below 0 (contract §9 14). The city's amount is checked against
-- 不低于1.2万元.
rule "subsidy.one_time_startup_subsidy" { from = "2020-07-02", ref = "〔2020〕20号 六保三促 19",
  function(f, as_of)
    local zRef = "〔2020〕20号 六保三促 19"
    if not subsidy.need(f.first_business, "first_business: 首次领取小微企业营业执照", zRef) then
      return 0
    end
    if not subsidy.need(f.si_paid, "si_paid: 在创办企业缴纳职工社会保险费", zRef) then return 0 end
    if f.category == "migrant" then
      local zFrom = param("migrant_startup_registered_from")
      if not subsidy.need(f.registration_date >= zFrom, "registration_date %s >= %s (2013年10月1日以后注册登记)",
                          "鲁人社字〔2020〕119号 一", f.registration_date, zFrom) then
        return 0
      end
    end
    local nFull = param("one_time_startup_subsidy_full_months")
    local nAdv = param("one_time_startup_subsidy_advance_months")
    local bFull = f.months_operating >= nFull
    if not bFull then
      if not subsidy.need(f.category ~= "general" and f.months_operating >= nAdv,
                          "months_operating %d >= %d, or >= %d for a migrant or graduate (%s)",
                          zRef, f.months_operating, nFull, nAdv, f.category) then
        return 0
      end
    end
    local nS = subsidy.bounded("startup_subsidy_amount", param("one_time_startup_subsidy_min"), nil)
    local n = nS
    if not bFull then
      local zR = param("one_time_startup_subsidy_advance_ratio")
      n = subsidy.ratio(zR, nS)
      step("先行发放 round(%s × %d fen) = %d fen", zR, nS, n)
    else
      step("一次性创业补贴 %d fen", nS)
    end
    n = n - f.advance_received_fen
    if n < 0 then n = 0 end
    step("less advance_received_fen %d = %d fen", f.advance_received_fen, n)
    return n
  end,
}

-- }======

-- {====== H8 新注册个体工商户一次性创业补贴

-- 〔2020〕20号 六保三促 19: "有条件的市可将一次性创业补贴政策放宽到符合条件的新注册个体工商户，补贴标准不低于
-- 2000元"; 鲁人社字〔2020〕119号 二: "首次领取营业执照（2013年10月1日以后注册登记）且正常经营6个月以上并按规定
-- 缴纳职工养老保险费的，有条件的市可给予不少于2000元的一次性创业补贴。具体标准由各设区的市确定".
parameter "individual_business_startup_subsidy_adopted" {
  description = "本市对新注册个体工商户给予一次性创业补贴（有条件的市）",
  unit = "boolean",
  { from = "2020-07-02", value = false, ref = "〔2020〕20号 六保三促 19",
    note = "a city that adopts it sets true from the date of its own document" },
}
parameter "individual_business_startup_subsidy" {
  description = "新注册个体工商户一次性创业补贴标准（不低于2000元，各设区的市确定）",
  unit = "fen",
  city_sets = true,
  ref = "鲁人社字〔2020〕119号 二",
}
parameter "individual_business_startup_subsidy_min" {
  description = "新注册个体工商户一次性创业补贴标准下限（不低于）",
  unit = "fen",
  { from = "2020-07-02", value = 200000, ref = "〔2020〕20号 六保三促 19" },
}
parameter "individual_business_startup_subsidy_months" {
  description = "新注册个体工商户正常经营月数（以上，含）",
  unit = "month",
  { from = "2020-07-02", value = 6, ref = "鲁人社字〔2020〕119号 二" },
}

kind "individual_business_startup_subsidy" {
  name_zh = "新注册个体工商户一次性创业补贴",
  family = "startup",
  ref = "〔2020〕20号 六保三促 19; 鲁政办发〔2020〕19号 6; 鲁人社字〔2020〕119号 二",
  facts = {
    { "registration_date", "date", note = "licence of the 个体工商户" },
    { "months_operating", "integer", note = "正常经营 months" },
    { "pension_paid", "boolean", note = "pays 职工养老保险费" },
    { "first_licence", "boolean", note = "首次领取营业执照" },
  },
}

-- reading: 119号's conditions apply to every founder, not only 农民工; a city opts in by setting
-- individual_business_startup_subsidy_adopted (contract §9 14).
rule "subsidy.individual_business_startup_subsidy" { from = "2020-07-02",
  ref = "鲁人社字〔2020〕119号 二",
  function(f, as_of)
    local zRef = "鲁人社字〔2020〕119号 二"
    if not subsidy.need(param("individual_business_startup_subsidy_adopted"),
                        "individual_business_startup_subsidy_adopted: 有条件的市", zRef) then
      return 0
    end
    local zFrom = param("migrant_startup_registered_from")
    if not subsidy.need(f.registration_date >= zFrom, "registration_date %s >= %s", zRef,
                        f.registration_date, zFrom) then
      return 0
    end
    local nMonths = param("individual_business_startup_subsidy_months")
    if not subsidy.need(f.months_operating >= nMonths, "months_operating %d >= %d", zRef,
                        f.months_operating, nMonths) then
      return 0
    end
    if not subsidy.need(f.pension_paid, "pension_paid: 缴纳职工养老保险费", zRef) then return 0 end
    if not subsidy.need(f.first_licence, "first_licence: 首次领取营业执照", zRef) then return 0 end
    return subsidy.bounded("individual_business_startup_subsidy",
                           param("individual_business_startup_subsidy_min"), nil)
  end,
}

-- }======

-- {====== H9 一次性创业岗位开发补贴

-- 〔2020〕20号 六保三促 19: "对创业…吸纳就业的，按规定给予每个岗位不低于2000元的一次性创业岗位开发补贴" (the
-- amount per post is the city's).
parameter "startup_job_creation_subsidy_per_post" {
  description = "一次性创业岗位开发补贴标准（每个岗位，不低于2000元）",
  unit = "fen",
  city_sets = true,
  ref = "〔2020〕20号 六保三促 19",
}
parameter "startup_job_creation_subsidy_min" {
  description = "一次性创业岗位开发补贴标准下限（不低于，每个岗位）",
  unit = "fen",
  { from = "2020-07-02", value = 200000, ref = "〔2020〕20号 六保三促 19" },
}

kind "startup_job_creation_subsidy" {
  name_zh = "一次性创业岗位开发补贴",
  family = "startup",
  ref = "〔2020〕20号 六保三促 19",
  facts = {
    { "posts", "integer", note = "qualifying posts created" },
  },
}

rule "subsidy.startup_job_creation_subsidy" { from = "2020-07-02", ref = "〔2020〕20号 六保三促 19",
  function(f, as_of)
    if not subsidy.need(f.posts > 0, "posts %d > 0", "〔2020〕20号 六保三促 19", f.posts) then
      return 0
    end
    local nPer = subsidy.bounded("startup_job_creation_subsidy_per_post",
                                 param("startup_job_creation_subsidy_min"), nil)
    local n = nPer * f.posts
    step("%s 元 × %d posts = %d fen", subsidy.yuan(nPer), f.posts, n)
    return n
  end,
}

-- }======

-- {====== H10 省级创业孵化示范基地（园区）运营补贴

-- 鲁政办发〔2020〕4号 12: "对在疫情期间为承租的中小企业减免租金的省级创业孵化示范基地、示范园区，给予最长3个月的运营
-- 补贴，补贴标准为减免租金总额的30%，最高50万元"; 鲁人社字〔2020〕22号 十一: "对2020年2月至4月疫情期间为承租的中小
-- 企业减免租金的，给予最长3个月的运营补贴".
parameter "incubator_operating_subsidy_ratio" {
  description = "创业孵化示范基地（园区）运营补贴：减免租金总额的比例",
  unit = "ratio",
  { from = "2020-02-04", value = "0.3", ref = "鲁政办发〔2020〕4号 12" },
}
parameter "incubator_operating_subsidy_cap" {
  description = "创业孵化示范基地（园区）运营补贴最高额",
  unit = "fen",
  { from = "2020-02-04", value = 50000000, ref = "鲁政办发〔2020〕4号 12" },
}
parameter "incubator_operating_subsidy_first_month" {
  description = "运营补贴计入的第一个月",
  unit = "text",
  { from = "2020-02-04", value = "2020-02", ref = "鲁人社字〔2020〕22号 十一" },
}
parameter "incubator_operating_subsidy_last_month" {
  description = "运营补贴计入的最后一个月",
  unit = "text",
  { from = "2020-02-04", value = "2020-04", ref = "鲁人社字〔2020〕22号 十一" },
}

kind "incubator_operating_subsidy" {
  name_zh = "省级创业孵化示范基地（园区）运营补贴",
  family = "startup",
  ref = "鲁政办发〔2020〕4号 12; 鲁政发〔2020〕5号 16; 鲁人社字〔2020〕22号 十一",
  facts = {
    { "provincial", "boolean", note = "province-accredited base, park or HR service park" },
    { "relief_months", "array", items = { { "month", "month" }, { "rent_relief_fen", "fen" } },
      note = "rent relieved to tenant SMEs, per month" },
  },
}

-- reading: the window 2020-02..2020-04 is on the months of relief (months outside it are not
-- counted, with a trace row); 30% is applied to the total once, then the cap.
rule "subsidy.incubator_operating_subsidy" { from = "2020-02-04", ref = "鲁政办发〔2020〕4号 12",
  function(f, as_of)
    local zRef = "鲁人社字〔2020〕22号 十一"
    if not subsidy.need(f.provincial, "provincial: 省级创业孵化示范基地、示范园区", zRef) then
      return 0
    end
    local zFirst = param("incubator_operating_subsidy_first_month")
    local zLast = param("incubator_operating_subsidy_last_month")
    local nSum = 0
    for i, m in ipairs(f.relief_months) do
      if m.month >= zFirst and m.month <= zLast then
        nSum = nSum + m.rent_relief_fen
      else
        step("relief_months[%d] %s outside %s..%s: not counted", i - 1, m.month, zFirst, zLast)
      end
    end
    local zR = param("incubator_operating_subsidy_ratio")
    local n = subsidy.ratio(zR, nSum)
    step("round(%s × %d fen) = %d fen", zR, nSum, n)
    return subsidy.cap(n, param("incubator_operating_subsidy_cap"), "最高50万元", "鲁政办发〔2020〕4号 12")
  end,
}

-- }======

-- {====== H11 省级创业创新示范综合体奖补

-- 〔2020〕20号 六保三促 23: "认定培育一批省级创业创新示范综合体…最高给予5000万元奖补".
parameter "provincial_startup_complex_award_max" {
  description = "省级创业创新示范综合体奖补最高额",
  unit = "fen",
  { from = "2020-07-02", value = 5000000000, ref = "〔2020〕20号 六保三促 23" },
}

kind "provincial_startup_complex_award" {
  name_zh = "省级创业创新示范综合体奖补",
  family = "startup",
  ref = "〔2020〕20号 六保三促 23",
  facts = {
    { "accredited", "boolean", note = "认定为省级创业创新示范综合体" },
  },
}

-- reading: a limit ("最高给予5000万元"): the kind returns the maximum (contract §9 1).
rule "subsidy.provincial_startup_complex_award" { from = "2020-07-02", ref = "〔2020〕20号 六保三促 23",
  function(f, as_of)
    if not subsidy.need(f.accredited, "accredited: 省级创业创新示范综合体", "〔2020〕20号 六保三促 23") then
      return 0
    end
    return param("provincial_startup_complex_award_max")
  end,
}

-- }======
