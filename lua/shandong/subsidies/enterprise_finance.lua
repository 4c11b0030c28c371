-- lua/shandong/subsidies/enterprise_finance.lua: family J (enterprise finance): the loan risk
-- compensation and the key-enterprise interest subsidy (J10a, J10b of the subsidy contract), served
-- as subsidy_amount(city, kind, as_of, facts) (docs/subsidies.md), and the catalogue's rate entries
-- J2-J5, J7, J9 and J10's fees as dated baseline parameters read with policy_param, e.g.
--   SELECT policy_param('济南', 'medical_insurance_employer_rate_cut_bp', '2020-06-01');  -- 100
-- A day outside an entry's period gives the engine's error (no value in force). The pattern of
-- the kinds is lua/shandong/subsidies/hiring.lua's.

-- {====== rate entries (catalogue §7: no subsidy_amount kind)

-- J2 sme_si_employer_exemption. 〔2020〕20号 六保三促 5(3): "免征中小微企业基本养老保险、失业保险和工伤保险单位缴费
-- 部分，执行期限延长至2020年12月31日" (the start of the exemption is national, not in the texts).
parameter "sme_si_employer_exemption_rate" {
  description = "中小微企业养老、失业、工伤保险单位缴费（免征：0）",
  unit = "ratio",
  { from = "2020-07-02", value = "0", ref = "〔2020〕20号 六保三促 5(3)" },
  { from = "2021-01-01", ref = "〔2020〕20号 六保三促 5(3)", note = "执行期限至2020年12月31日" },
}

-- J3 ui_and_injury_rate_reduction_extension. 鲁政发〔2020〕5号 4: "2020年4月30日到期后再延长1年"; 〔2020〕20号
-- 六保三促 5(2): "执行期限延长至2021年4月30日". The reduced rates themselves are not in the texts:
-- this is the last day they apply.
parameter "ui_and_injury_rate_reduction_until" {
  description = "阶段性降低失业保险、工伤保险费率的执行期限（最后一日）",
  unit = "date",
  { from = "2020-02-17", value = "2021-04-30", ref = "鲁政发〔2020〕5号 4" },
}

-- J4 medical_insurance_employer_rate_cut. 鲁政发〔2020〕5号 4: "自2020年3月1日至12月31日，将职工基本医疗保险单位
-- 缴费费率阶段性降低1个百分点".
parameter "medical_insurance_employer_rate_cut_bp" {
  description = "职工基本医疗保险单位缴费费率阶段性降低（基点）",
  unit = "bp",
  { from = "2020-03-01", value = 100, ref = "鲁政发〔2020〕5号 4" },
  { from = "2021-01-01", ref = "鲁政发〔2020〕5号 4", note = "自2020年3月1日至12月31日" },
}

-- J5 pension_employer_rate. 〔2020〕20号 六保三促 5(1): "企业职工基本养老保险继续执行16%的单位缴费比例".
parameter "pension_employer_rate" {
  description = "企业职工基本养老保险单位缴费比例",
  unit = "ratio",
  { from = "2020-07-02", value = "0.16", ref = "〔2020〕20号 六保三促 5(1)" },
}

-- J7 housing_fund_minimum_rate. 鲁政发〔2020〕5号 6: "可依法申请按照企业和个人各5%的最低标准缴存住房公积金，或者
-- 缓缴住房公积金".
parameter "housing_fund_minimum_rate" {
  description = "住房公积金最低缴存比例（企业和个人各）",
  unit = "ratio",
  { from = "2020-02-17", value = "0.05", ref = "鲁政发〔2020〕5号 6" },
}

-- J9 rent_relief_state_property. 鲁政办发〔2020〕4号 10: "对承租国有企业经营性房产的中小企业，可以减免或减半征收
-- 1-3个月的房租"; 鲁政办字〔2020〕77号 二: "再将减半征收房租期限延长至2020年12月31日". The share of the rent
-- charged (减半).
parameter "rent_relief_state_property_ratio" {
  description = "国有经营性房产减半征收房租：收取的比例",
  unit = "ratio",
  { from = "2020-02-04", value = "0.5", ref = "鲁政办发〔2020〕4号 10" },
  { from = "2021-01-01", ref = "鲁政办字〔2020〕77号 二", note = "延长至2020年12月31日" },
}

-- J10's fees. 鲁政办发〔2020〕4号 3: "减按50%收取再担保费"; 4: "单笔业务可延长至15天"; "应急转贷费率由每日0.1%
-- 降低至0.08%以下"; 有效期暂定3个月 (2020-02-04..2020-05-04, as for J10a).
parameter "sme_reguarantee_fee_ratio" {
  description = "小微企业疫情防控流动资金贷款再担保费：收取的比例（减按50%）",
  unit = "ratio",
  { from = "2020-02-04", value = "0.5", ref = "鲁政办发〔2020〕4号 3" },
  { from = "2020-05-05", ref = "鲁政办发〔2020〕4号", note = "有效期暂定3个月" },
}
parameter "sme_bridge_loan_fee_daily_max_bp" {
  description = "中小企业应急转贷费率上限（每日，基点：0.08%以下）",
  unit = "bp",
  { from = "2020-02-04", value = 8, ref = "鲁政办发〔2020〕4号 4" },
  { from = "2020-05-05", ref = "鲁政办发〔2020〕4号", note = "有效期暂定3个月" },
}
parameter "sme_bridge_loan_max_days" {
  description = "中小企业应急转贷单笔业务使用期限上限（天）",
  unit = "day",
  { from = "2020-02-04", value = 15, ref = "鲁政办发〔2020〕4号 4" },
  { from = "2020-05-05", ref = "鲁政办发〔2020〕4号", note = "有效期暂定3个月" },
}

-- }======

-- {====== J10a 小微企业贷款风险补偿

-- 鲁政办发〔2020〕4号 6: "在疫情期间，金融机构向小微企业发放的流动资金贷款和技术改造类项目贷款（单户企业贷款余额不超过
-- 1000万元），确认为不良部分的，省级风险补偿资金按照贷款本金的30%给予补偿".
parameter "sme_loan_risk_compensation_ratio" {
  description = "小微企业不良贷款风险补偿比例（贷款本金）",
  unit = "ratio",
  { from = "2020-02-04", value = "0.3", ref = "鲁政办发〔2020〕4号 6" },
}
parameter "sme_loan_risk_compensation_max_balance" {
  description = "单户企业贷款余额上限（不超过）",
  unit = "fen",
  { from = "2020-02-04", value = 1000000000, ref = "鲁政办发〔2020〕4号 6" },
}

kind "sme_loan_risk_compensation" {
  name_zh = "小微企业贷款风险补偿",
  family = "enterprise_finance",
  ref = "鲁政办发〔2020〕4号 6, 有效期",
  window = { fact = "loan_date", from = "2020-02-04", to = "2020-05-04",
             ref = "鲁政办发〔2020〕4号 有效期暂定3个月" },
  facts = {
    { "size", "enum", values = { "large", "medium", "small", "micro" } },
    { "loan_date", "date", note = "loan issued" },
    { "purpose", "enum", values = { "working_capital", "technical_upgrade", "other" } },
    { "balance_fen", "fen", note = "单户企业贷款余额" },
    { "bad_principal_fen", "fen", note = "principal confirmed non-performing (不良)" },
  },
}

-- reading: 4号's "有效期暂定3个月" = loans issued 2020-02-04..2020-05-04, as 鲁人社字〔2020〕22号 三 states
-- the same three months for 4号's job-referral item (contract §9 17).
rule "subsidy.sme_loan_risk_compensation" { from = "2020-02-04", ref = "鲁政办发〔2020〕4号 6",
  function(f, as_of)
    local zRef = "鲁政办发〔2020〕4号 6"
    if not subsidy.need(f.size == "small" or f.size == "micro", "size %s: 小微企业", zRef, f.size) then
      return 0
    end
    if not subsidy.need(f.purpose ~= "other", "purpose %s: 流动资金贷款或技术改造类项目贷款", zRef,
                        f.purpose) then
      return 0
    end
    local nMax = param("sme_loan_risk_compensation_max_balance")
    if not subsidy.need(f.balance_fen <= nMax, "balance_fen %d <= %d (单户企业贷款余额不超过1000万元)", zRef,
                        f.balance_fen, nMax) then
      return 0
    end
    local zR = param("sme_loan_risk_compensation_ratio")
    local n = subsidy.ratio(zR, f.bad_principal_fen)
    step("round(%s × %d fen) = %d fen", zR, f.bad_principal_fen, n)
    return n
  end,
}

-- }======

-- {====== J10b 省疫情防控重点保障企业贷款贴息

-- 鲁政办发〔2020〕4号 5: "对省确定的疫情防控重点保障企业，省财政按人民银行再贷款利率50%给予贴息，贴息期限不超过1年"
-- (2020年新增的企业贷款).
parameter "key_enterprise_loan_interest_subsidy_months" {
  description = "省疫情防控重点保障企业贷款贴息期限（月，不超过）",
  unit = "month",
  { from = "2020-02-04", value = 12, ref = "鲁政办发〔2020〕4号 5" },
}

kind "key_enterprise_loan_interest_subsidy" {
  name_zh = "省疫情防控重点保障企业贷款贴息",
  family = "enterprise_finance",
  ref = "鲁政办发〔2020〕4号 5",
  window = { fact = "loan_date", from = "2020-01-01", to = "2020-12-31",
             ref = "鲁政办发〔2020〕4号 5 (2020年新增的企业贷款)" },
  facts = {
    { "provincial_key", "boolean", note = "on the province's list of 疫情防控重点保障企业" },
    { "loan_date", "date", note = "loan issued" },
    { "principal_fen", "fen" },
    { "relending_rate_bp", "bp", note = "人民银行再贷款利率" },
    { "months", "integer", note = "interest months claimed" },
    { "months_before", "integer", note = "months of this loan already subsidised" },
  },
}

-- reading: interest = principal × rate/2 × months / 12, rounded half up once per claim, exact with
-- a half basis point.
rule "subsidy.key_enterprise_loan_interest_subsidy" { from = "2020-02-04", ref = "鲁政办发〔2020〕4号 5",
  function(f, as_of)
    local zRef = "鲁政办发〔2020〕4号 5"
    if not subsidy.need(f.provincial_key, "provincial_key: 省确定的疫情防控重点保障企业", zRef) then
      return 0
    end
    local nL = param("key_enterprise_loan_interest_subsidy_months")
    local nAllowed = nL - f.months_before
    if nAllowed > f.months then nAllowed = f.months end
    if not subsidy.need(nAllowed > 0, "months %d within %d - months_before %d (贴息期限不超过1年)", zRef,
                        f.months, nL, f.months_before) then
      return 0
    end
    -- principal × (rate/2)/10000 × months/12, half up
    local n = (f.principal_fen * f.relending_rate_bp * nAllowed + 120000) // 240000
    step("round(%d fen × %d bp / 2 × %d months / 120000) = %d fen", f.principal_fen,
         f.relending_rate_bp, nAllowed, n)
    return n
  end,
}

-- }======
