-- lua/shandong/subsidies/uis_refund.lua: family B (uis_refund): 失业保险稳岗返还, the refunds of
-- unemployment-insurance premiums to employers that keep their staff (B2-B4 of the subsidy
-- contract; B1, the pooling area's reserve gate, enters through the fact reserve_months).
-- Served as subsidy_amount(city, kind, as_of, facts) (docs/subsidies.md); pattern: hiring.lua's top.
-- Locals for the names a claim reads (a global is looked up through the sandbox's environments):
local param, step, need, ratio, ratio_le = param, step, subsidy.need, subsidy.ratio, subsidy.ratio_le
-- {====== conditions shared by the refunds (鲁人社字〔2020〕26号 一, 二(二))

-- 鲁人社字〔2020〕26号 二(二)2: "参加失业保险并足额缴纳失业保险费12个月以上".
parameter "uis_refund_min_paid_months" {
  description = "稳岗返还：足额缴纳失业保险费的最少月数（以上，含）",
  unit = "month",
  { from = "2020-02-17", value = 12, ref = "鲁人社字〔2020〕26号 二(二)2" },
}

-- 鲁人社字〔2020〕26号 一: "实施一般企业稳岗返还的统筹地区上年失业保险基金滚存结余应具备12个月以上支付能力
-- …实施经营困难且恢复有望企业稳岗返还的统筹地区备付能力应达到24个月以上".
parameter "uis_refund_general_reserve_months" {
  description = "实施一般企业稳岗返还的统筹地区失业保险基金备付能力（月，以上）",
  unit = "month",
  { from = "2020-02-17", value = 12, ref = "鲁人社字〔2020〕26号 一" },
}

parameter "uis_refund_hardship_reserve_months" {
  description = "实施困难企业稳岗返还的统筹地区失业保险基金备付能力（月，以上）",
  unit = "month",
  { from = "2020-03-13", value = 24, ref = "鲁人社字〔2020〕26号 一" },
}

-- 鲁政发〔2020〕5号 5: "将稳岗返还裁员率标准放宽到5.5%，30人（含）以下的参保企业放宽到不超过参保职工总数的
-- 20%" (restated by 鲁人社字〔2020〕26号 二(二)3).
parameter "uis_refund_layoff_ratio" {
  description = "稳岗返还裁员率上限（不高于）",
  unit = "ratio",
  { from = "2020-02-17", value = "0.055", ref = "鲁政发〔2020〕5号 5" },
}

parameter "uis_refund_layoff_ratio_small" {
  description = "参保职工30人（含）以下企业的裁员率上限（不超过）",
  unit = "ratio",
  { from = "2020-02-17", value = "0.2", ref = "鲁政发〔2020〕5号 5" },
}

parameter "uis_refund_small_firm_max_insured" {
  description = "适用放宽裁员率的参保职工人数上限（含）",
  unit = "person",
  { from = "2020-02-17", value = 30, ref = "鲁政发〔2020〕5号 5" },
}

-- The conditions of 26号 二(二) and the exclusions of 26号 四(二) (僵尸企业、严重失信企业、破产解除), in
-- order; true, or false after the not-eligible row. zReserve names the reserve parameter.
-- reading: 26号's conditions apply from 5号's date (contract §9 5).
local function refund_conditions(f, zReserve)
  if not need(not f.excluded, "not excluded (僵尸企业、严重失信企业、破产解除)",
              "鲁人社字〔2020〕26号 四(二)") then
    return false
  end
  local nPaid = param("uis_refund_min_paid_months")
  if not need(f.paid_months >= nPaid, "paid_months %d >= %d",
              "鲁人社字〔2020〕26号 二(二)2", f.paid_months, nPaid) then
    return false
  end
  local nReserve = param(zReserve)
  if not need(f.reserve_months >= nReserve, "reserve_months %d >= %d (备付能力)", "鲁人社字〔2020〕26号 一", f.reserve_months, nReserve) then
    return false
  end
  local nSmall = param("uis_refund_small_firm_max_insured")
  local zRatio = param(f.insured <= nSmall and "uis_refund_layoff_ratio_small"
                       or "uis_refund_layoff_ratio")
  return need(ratio_le(f.layoffs, f.insured, zRatio),
              "layoffs %d <= %s × insured %d",
              "鲁政发〔2020〕5号 5", f.layoffs, zRatio, f.insured)
end

local SIZE = { "large", "medium", "small", "micro" }

-- }======

-- {====== B2 一般企业稳岗返还

-- 鲁人社字〔2020〕26号 二(一): "可返还其上年度单位及其职工实际缴纳失业保险费的50%"; 鲁人社字〔2020〕63号 二(一)1:
-- "将中小微企业稳岗返还标准提高至企业及其职工上年度缴纳失业保险费的100%，执行期至2020年12月31日".
-- The rate in force on as_of: the version by as_of is this dated parameter.
parameter "uis_refund_general_rate" {
  description = "一般企业稳岗返还标准（上年度单位及职工缴纳失业保险费的比例）",
  unit = "ratio",
  { from = "2020-02-17", value = "0.5", ref = "鲁政发〔2020〕5号 5" },
}

parameter "uis_refund_sme_rate" {
  description = "中小微企业稳岗返还标准（上年度单位及职工缴纳失业保险费的比例）",
  unit = "ratio",
  { from = "2020-02-17", value = "0.5", ref = "鲁政发〔2020〕5号 5" },
  { from = "2020-06-08", value = "1", ref = "鲁人社字〔2020〕63号 二(一)1" },
  { from = "2021-01-01", value = "0.5", ref = "鲁人社字〔2020〕63号 二(一)1",
    note = "执行期至2020年12月31日" },
}

kind "uis_refund_general" {
  name_zh = "一般企业稳岗返还",
  family = "uis_refund",
  ref = "鲁政办发〔2020〕4号 16; 鲁政发〔2020〕5号 5; 鲁人社字〔2020〕26号 一, 二; 鲁人社字〔2020〕63号 二(一)1, 4; "
        .. "〔2020〕20号 六保三促 7",
  window = { fact = "as_of", from = "2020-02-17", ref = "鲁政发〔2020〕5号 5" },
  facts = {
    { "size", "enum", values = SIZE },
    { "insured", "integer", note = "上年度参保职工" },
    { "layoffs", "integer", note = "上年度 layoffs (26号's exclusions applied)" },
    { "paid_months", "integer", note = "months paid in full; exemption and approved deferral count" },
    { "premiums_fen", "fen", note = "上年度 UI premiums of the employer and its staff" },
    { "reserve_months", "integer",
      note = "the area's 备付能力 in whole months (for the 100% standard: end of March 2020)" },
    { "excluded", "boolean", note = "僵尸企业, 严重失信, 破产解除" },
  },
}

-- reading: the SME 100% follows as_of 2020-06-08..2020-12-31; 63号 pays the difference to SMEs
-- refunded before (uis_refund_sme_100); reserve_months for the 100% standard is the end-March-2020
-- figure (六保三促 7), tested against the same 12 months (contract §9 5).
rule "subsidy.uis_refund_general" { from = "2020-02-17", ref = "鲁人社字〔2020〕26号 二",
  function(f, as_of)
    if not refund_conditions(f, "uis_refund_general_reserve_months") then return 0 end
    local zRate = param(f.size ~= "large" and "uis_refund_sme_rate" or "uis_refund_general_rate")
    local n = ratio(zRate, f.premiums_fen)
    step("round(%s × premiums %d fen) = %d fen (size %s)", zRate, f.premiums_fen, n, f.size)
    return n
  end,
}

-- }======

-- {====== B3 中小微企业稳岗返还提高标准部分（补拨）

kind "uis_refund_sme_100" {
  name_zh = "中小微企业稳岗返还提高标准部分（补拨）",
  family = "uis_refund",
  ref = "鲁人社字〔2020〕63号 二(一)1, 细则 一(一); 〔2020〕20号 六保三促 7",
  window = { fact = "as_of", from = "2020-06-08", to = "2020-12-31",
             ref = "鲁人社字〔2020〕63号 二(一)1" },
  facts = {
    { "size", "enum", values = SIZE },
    { "premiums_fen", "fen", note = "上年度 UI premiums of the employer and its staff" },
    { "refunded_fen", "fen", note = "already refunded at the original standard, same year" },
    { "reserve_months", "integer", note = "the area's 备付能力 at the end of March 2020" },
  },
}

-- 鲁人社字〔2020〕63号 二(一)1: "已按原标准享受稳岗返还的中小微企业，由失业保险经办机构在本文件印发30日内拨付
-- 提高标准部分，企业无需重新申报"; 细则 一(一): "经办机构不再公示，直接拨付提高标准部分资金"; 六保三促 7:
-- "2020年3月底失业保险基金备付能力达到12个月以上的统筹地区".
rule "subsidy.uis_refund_sme_100" { from = "2020-06-08", ref = "鲁人社字〔2020〕63号 二(一)1",
  function(f, as_of)
    local zRef = "鲁人社字〔2020〕63号 二(一)1"
    if not need(f.size ~= "large", "size %s: 中小微企业", zRef, f.size) then
      return 0
    end
    if not need(f.refunded_fen > 0, "refunded_fen %d > 0: 已按原标准享受", zRef, f.refunded_fen) then
      return 0
    end
    local nReserve = param("uis_refund_general_reserve_months")
    if not need(f.reserve_months >= nReserve, "reserve_months %d >= %d at the end of March "
                .. "2020", "〔2020〕20号 六保三促 7", f.reserve_months, nReserve) then
      return 0
    end
    local zRate = param("uis_refund_sme_rate")
    local nDue = ratio(zRate, f.premiums_fen)
    local n = nDue > f.refunded_fen and nDue - f.refunded_fen or 0
    step("round(%s × premiums %d fen) = %d fen, less refunded %d fen = %d fen", zRate,
         f.premiums_fen, nDue, f.refunded_fen, n)
    return n
  end,
}

-- }======

-- {====== B4 困难企业稳岗返还

-- 鲁人社字〔2020〕26号 三(二): "2018年和2019年出现亏损，资产负债率在30%至70％范围内; 2019年营业收入同比下降幅度
-- 在30％至70%范围内". reading: "范围内" includes both ends (contract §9 6).
parameter "uis_refund_hardship_min_bp" {
  description = "困难企业资产负债率、营业收入降幅范围下限（基点，含）",
  unit = "times",
  { from = "2020-03-13", value = 3000, ref = "鲁人社字〔2020〕26号 三(二)" },
}

parameter "uis_refund_hardship_max_bp" {
  description = "困难企业资产负债率、营业收入降幅范围上限（基点，含）",
  unit = "times",
  { from = "2020-03-13", value = 7000, ref = "鲁人社字〔2020〕26号 三(二)" },
}

-- 鲁人社字〔2020〕26号 三(一): "返还标准可按6个月的上年末…月失业保险金标准和参保职工人数确定".
parameter "uis_refund_hardship_months_2020_03_13" {
  description = "困难企业稳岗返还月数（26号）",
  unit = "month",
  { from = "2020-03-13", value = 6, ref = "鲁人社字〔2020〕26号 三(一)" },
}

-- 鲁人社字〔2020〕63号 细则 一(二): "稳岗返还可按不超过6个月的…发放，返还标准由各统筹地区自行确定".
parameter "hardship_refund_months" {
  description = "困难企业稳岗返还月数（2020年6月8日起，各统筹地区确定，不超过6个月）",
  unit = "month",
  city_sets = true,
  ref = "鲁人社字〔2020〕63号 细则 一(二)",
}

kind "uis_refund_hardship" {
  name_zh = "困难企业稳岗返还",
  family = "uis_refund",
  ref = "鲁人社字〔2020〕26号 一, 三; 鲁人社字〔2020〕63号 二(一)2, 4, 细则 一(二)",
  window = { fact = "as_of", to = "2020-12-31", ref = "鲁人社字〔2020〕26号 三" },
  facts = {
    { "insured", "integer", note = "参保职工人数" },
    { "layoffs", "integer" },
    { "paid_months", "integer" },
    { "reserve_months", "integer", note = "the area's 备付能力 in whole months" },
    { "excluded", "boolean" },
    { "loss_2018", "boolean" },
    { "loss_2019", "boolean" },
    { "debt_ratio_bp", "bp", note = "资产负债率" },
    { "revenue_drop_bp", "bp", note = "2019 营业收入同比降幅" },
  },
}

-- The conditions of 26号 三(二) after those of the general refund; true or false.
local function hardship_conditions(f)
  if not refund_conditions(f, "uis_refund_hardship_reserve_months") then return false end
  local zRef = "鲁人社字〔2020〕26号 三(二)"
  if not need(f.loss_2018 and f.loss_2019, "loss_2018 %s and loss_2019 %s", zRef, f.loss_2018, f.loss_2019) then
    return false
  end
  local lo, hi = param("uis_refund_hardship_min_bp"), param("uis_refund_hardship_max_bp")
  if not need(f.debt_ratio_bp >= lo and f.debt_ratio_bp <= hi,
              "debt_ratio_bp %d in %d..%d", zRef, f.debt_ratio_bp, lo, hi) then
    return false
  end
  return need(f.revenue_drop_bp >= lo and f.revenue_drop_bp <= hi,
              "revenue_drop_bp %d in %d..%d", zRef, f.revenue_drop_bp, lo, hi)
end

-- months × the UI standard at the end of the previous year × insured.
local function hardship_amount(f, as_of, nMonths)
  local zYearEnd = ("%d-12-31"):format(tonumber(as_of:sub(1, 4)) - 1)
  local nStd = subsidy.ui_standard(zYearEnd)
  local n = nMonths * nStd * f.insured
  step("%d months × 失业保险金标准 on %s %d fen × insured %d = %d fen", nMonths, zYearEnd, nStd,
       f.insured, n)
  return n
end

-- 鲁人社字〔2020〕26号 三(一): 6 months. reading: the 4号/5号 versions (人均失业保险金) are not modelled:
-- their eligibility tests first appear in 26号 (contract §9 6).
rule "subsidy.uis_refund_hardship" { from = "2020-03-13", ref = "鲁人社字〔2020〕26号 三",
  function(f, as_of)
    if not hardship_conditions(f) then return 0 end
    return hardship_amount(f, as_of, param("uis_refund_hardship_months_2020_03_13"))
  end,
}

-- 鲁人社字〔2020〕63号 二(一)2: "按照不超过6个月的上年末…月失业保险金标准和参保职工人数发放": the area's months.
rule "subsidy.uis_refund_hardship" { from = "2020-06-08", ref = "鲁人社字〔2020〕63号 二(一)2",
  function(f, as_of)
    if not hardship_conditions(f) then return 0 end
    local nMonths = subsidy.bounded("hardship_refund_months", 0, 6)
    return hardship_amount(f, as_of, nMonths)
  end,
}

-- }======

-- {====== the quick ways (subsidy.quick): for the scalar computed without its trace, B2 decides as
-- its rule above does, on the parameters read once per date. At the end of the file, so that the
-- rules keep their line numbers (errors show them).

-- B2: refund_conditions(f, "uis_refund_general_reserve_months"), then ratio(rate, premiums_fen).
subsidy.quick("uis_refund_general", {
  paid = { "uis_refund_min_paid_months", "integer" },
  reserve = { "uis_refund_general_reserve_months", "integer" },
  small = { "uis_refund_small_firm_max_insured", "integer" },
  small_ratio = { "uis_refund_layoff_ratio_small", "ratio" },
  ratio = { "uis_refund_layoff_ratio", "ratio" },
  sme = { "uis_refund_sme_rate", "ratio" },
  general = { "uis_refund_general_rate", "ratio" },
}, function(f, q)
  if f.excluded or f.paid_months < q.paid or f.reserve_months < q.reserve then return 0 end
  local n, d
  if f.insured <= q.small then
    n, d = q.small_ratio_n, q.small_ratio_d
  else
    n, d = q.ratio_n, q.ratio_d
  end
  if not (f.layoffs * d <= n * f.insured) then return 0 end -- ratio_le
  if f.size ~= "large" then
    n, d = q.sme_n, q.sme_d
  else
    n, d = q.general_n, q.general_d
  end
  return (2 * n * f.premiums_fen + d) // (2 * d) -- ratio: half up
end)

-- }======
