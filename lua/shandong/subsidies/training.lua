-- lua/shandong/subsidies/training.lua: family G (training): the vocational-training subsidies and
-- 以工代训 (G1-G10 of the subsidy contract), served as subsidy_amount(city, kind, as_of, facts)
-- (docs/subsidies.md). Pattern as lua/shandong/subsidies/hiring.lua: parameters beside the kind
-- that reads them, the kind's declaration, then its rule versions. The 以工代训 pair G6/G7 has
-- three rule versions each (鲁政办字〔2020〕77号, 鲁人社字〔2020〕63号, 鲁人社函〔2020〕78号), chosen by as_of;
-- its amounts and thresholds are parameters dated the same way.

-- Training counts shared by G1 and G3: 鲁人社字〔2020〕55号 第四条 "每人每年不超过3次的职业培训补贴…同一职业
-- （工种）同一等级不可重复享受".
parameter "vocational_training_max_times" {
  description = "职业培训补贴每人每年（在校生在校期间）最多次数",
  unit = "times",
  { from = "2020-02-06", value = 3, ref = "鲁人社字〔2020〕55号 第四条" },
}

-- Reads the 3-times and same-level conditions; true or false (after a not-eligible row).
local function training_times_ok(f, zRef)
  local nMax = param("vocational_training_max_times")
  if not subsidy.need(f.times_before < nMax, "times_before %d < %d (每人每年不超过3次)", zRef,
                      f.times_before, nMax) then
    return false
  end
  return subsidy.need(not f.repeat_same_level, "not repeat_same_level (同一职业同一等级不可重复享受)", zRef)
end

-- {====== G1 职业培训补贴

kind "vocational_training_subsidy" {
  name_zh = "职业培训补贴",
  family = "training",
  ref = "鲁人社字〔2020〕55号 第四条, 第五条, 第六条, 第二十五条",
  window = { fact = "certificate_date", from = "2020-05-21", to = "2021-12-31",
             ref = "鲁人社字〔2020〕55号 第二十五条" },
  facts = {
    { "standard_fen", "fen", note = "the city's catalogue standard for the occupation and level" },
    { "category", "enum", values = { "worker", "student" } },
    { "certificate_date", "date" },
    { "times_before", "integer", note = "subsidised this calendar year; students: during school" },
    { "repeat_same_level", "boolean", note = "same occupation and level subsidised before" },
  },
}

-- reading: the training standard is a catalogue per occupation and level (55号 第五条): it comes
-- with the claim as standard_fen, not as a scalar city parameter; the window starts with 55号
-- (contract §9 18).
rule "subsidy.vocational_training_subsidy" { from = "2020-05-21", ref = "鲁人社字〔2020〕55号 第四条",
  function(f, as_of)
    if not training_times_ok(f, "鲁人社字〔2020〕55号 第四条") then return 0 end
    step("standard %d fen", f.standard_fen)
    return f.standard_fen
  end,
}

-- }======

-- {====== G2 项目制培训补贴拨付

-- 鲁人社字〔2020〕55号 第六条(四): "培训实施后可先行拨付60%的培训补贴资金…培训后就业率达到85%或培训合格率达到95%的，
-- 全额拨付培训补贴资金；两项指标均未达到要求的，拨付培训补贴资金不高于全额资金的80%".
parameter "project_training_advance_ratio" {
  description = "项目制培训先行拨付比例",
  unit = "ratio",
  { from = "2020-05-21", value = "0.6", ref = "鲁人社字〔2020〕55号 第六条(四)" },
}

parameter "project_training_employment_ratio" {
  description = "项目制培训全额拨付的就业率",
  unit = "ratio",
  { from = "2020-05-21", value = "0.85", ref = "鲁人社字〔2020〕55号 第六条(四)" },
}

parameter "project_training_pass_ratio" {
  description = "项目制培训全额拨付的培训合格率",
  unit = "ratio",
  { from = "2020-05-21", value = "0.95", ref = "鲁人社字〔2020〕55号 第六条(四)" },
}

parameter "project_training_reduced_ratio" {
  description = "项目制培训两项指标均未达到时的最高拨付比例",
  unit = "ratio",
  { from = "2020-05-21", value = "0.8", ref = "鲁人社字〔2020〕55号 第六条(四)" },
}

kind "project_based_training_disbursement" {
  name_zh = "项目制培训补贴拨付",
  family = "training",
  ref = "鲁人社字〔2020〕55号 第六条(四)",
  window = { fact = "contract_date", from = "2020-05-21", to = "2021-12-31",
             ref = "鲁人社字〔2020〕55号 第二十五条" },
  facts = {
    { "contract_amount_fen", "fen", note = "the purchased project's full subsidy" },
    { "stage", "enum", values = { "advance", "final" } },
    { "contract_date", "date" },
    { "trainees", "integer" },
    { "employed", "integer", note = "trainees employed after the training" },
    { "passed", "integer", note = "trainees who passed" },
  },
}

-- rate_ok(count, trainees, ratio) -> count / trainees >= ratio, exact (ratio × 10^6 × trainees is an
-- integer for a decimal ratio of up to six places).
local function rate_ok(nCount, nOf, zRatio)
  return nCount * 1000000 >= subsidy.ratio(zRatio, nOf * 1000000)
end

-- reading: final is the total payable (the advance included); "不高于全额资金的80%" with no body
-- named to set less is the maximum, 80%. A project with no trainees reaches neither rate.
rule "subsidy.project_based_training_disbursement" { from = "2020-05-21", ref = "鲁人社字〔2020〕55号 第六条(四)",
  function(f, as_of)
    local zRef = "鲁人社字〔2020〕55号 第六条(四)"
    if f.stage == "advance" then
      local zRatio = param("project_training_advance_ratio")
      local n = subsidy.ratio(zRatio, f.contract_amount_fen)
      step("advance: round(%s × %d fen) = %d fen", zRatio, f.contract_amount_fen, n)
      return n
    end
    local zEmp, zPass = param("project_training_employment_ratio"), param("project_training_pass_ratio")
    local bEmp = f.trainees > 0 and rate_ok(f.employed, f.trainees, zEmp)
    local bPass = f.trainees > 0 and rate_ok(f.passed, f.trainees, zPass)
    step("employed %d, passed %d of %d trainees: 就业率 %s %s, 合格率 %s %s", f.employed, f.passed,
         f.trainees, bEmp and ">=" or "<", zEmp, bPass and ">=" or "<", zPass)
    if bEmp or bPass then
      step("full amount %d fen", f.contract_amount_fen)
      return f.contract_amount_fen
    end
    local zRatio = param("project_training_reduced_ratio")
    local n = subsidy.ratio(zRatio, f.contract_amount_fen)
    step("neither rate reached: at most round(%s × %d fen) = %d fen (%s)", zRatio, f.contract_amount_fen,
         n, zRef)
    return n
  end,
}

-- }======

-- {====== G3 重点群体线上培训生活费补贴

-- 鲁人社字〔2020〕11号 三: "对参加培训并考核合格的重点群体…按照5元/学时标准给予生活费补贴"; 七: "暂定执行至2020年
-- 6月30日"; 鲁人社字〔2020〕22号 九(二).
parameter "online_training_living_allowance_per_hour" {
  description = "重点群体线上培训生活费补贴标准（每学时）",
  unit = "fen",
  { from = "2020-02-06", value = 500, ref = "鲁人社字〔2020〕11号 三" },
}

kind "online_training_living_allowance" {
  name_zh = "重点群体线上培训生活费补贴",
  family = "training",
  ref = "鲁人社字〔2020〕11号 三, 七; 鲁人社字〔2020〕22号 九(二)",
  window = { fact = "completion_date", from = "2020-02-06", to = "2020-06-30",
             ref = "鲁人社字〔2020〕11号 七" },
  facts = {
    { "category", "enum", values = { "migrant", "graduate_2y", "poor", "poor_family_child", "other" },
      note = "农民工, 离校2年未就业大学生, 建档立卡贫困劳动力, 贫困家庭子女, or none of them" },
    { "hours", "integer", note = "学时 passed" },
    { "completion_date", "date" },
    { "times_before", "integer", note = "subsidised trainings this calendar year" },
    { "repeat_same_level", "boolean" },
  },
}

rule "subsidy.online_training_living_allowance" { from = "2020-02-06", ref = "鲁人社字〔2020〕11号 三",
  function(f, as_of)
    local zRef = "鲁人社字〔2020〕11号 三"
    if not subsidy.need(f.category ~= "other", "category %s: 重点群体", zRef, f.category) then return 0 end
    if not training_times_ok(f, "鲁人社字〔2020〕55号 第四条") then return 0 end
    local nPer = param("online_training_living_allowance_per_hour")
    local n = nPer * f.hours
    step("%d 元 × %d 学时 = %d fen", nPer // 100, f.hours, n)
    return n
  end,
}

-- }======

-- {====== G4 线上培训平台培训补贴

-- 鲁人社字〔2020〕11号 四: "按照当地该培训项目职业培训补贴标准的20%向线上平台支付培训补贴"; 鲁人社字〔2020〕72号 三(一)
-- restates the 20% from 2020-06-22 (各市可根据实际…: a city may restate it). Read on completion_date.
parameter "online_platform_training_ratio" {
  description = "线上培训平台培训补贴占当地该培训项目职业培训补贴标准的比例",
  unit = "ratio",
  { from = "2020-02-06", value = "0.2", ref = "鲁人社字〔2020〕11号 四" },
  { from = "2020-06-22", value = "0.2", ref = "鲁人社字〔2020〕72号 三(一)" },
}

kind "online_platform_training_subsidy" {
  name_zh = "线上培训平台培训补贴",
  family = "training",
  ref = "鲁人社字〔2020〕11号 四; 鲁人社字〔2020〕22号 九(一); 鲁人社字〔2020〕72号 三(一)",
  window = { fact = "completion_date", from = "2020-02-06", to = "2021-12-31",
             ref = "鲁人社字〔2020〕72号 三(一)" },
  facts = {
    { "standard_fen", "fen", note = "the local training standard of the course" },
    { "persons", "integer", note = "key-group trainees who passed" },
    { "completion_date", "date" },
  },
}

rule "subsidy.online_platform_training_subsidy" { from = "2020-02-06", ref = "鲁人社字〔2020〕11号 四",
  function(f, as_of)
    local zRatio = param("online_platform_training_ratio", f.completion_date)
    local nPer = subsidy.ratio(zRatio, f.standard_fen)
    local n = f.persons * nPer
    step("%d persons × round(%s × %d fen) %d fen = %d fen", f.persons, zRatio, f.standard_fen, nPer, n)
    return n
  end,
}

-- }======

-- {====== G5 线上学习后线下实训职业培训补贴

-- 鲁人社字〔2020〕72号 三(一); 鲁人社字〔2020〕119号 四: "对已享受线上平台培训补贴,2020年12月31日之前再参加同一职业同一
-- 等级线下实训并取得规定的培训证书的，按照当地该培训项目职业培训补贴标准的80%给予职业培训补贴".
parameter "offline_practical_training_ratio" {
  description = "线上学习后线下实训职业培训补贴占当地该培训项目补贴标准的比例",
  unit = "ratio",
  { from = "2020-06-22", value = "0.8", ref = "鲁人社字〔2020〕72号 三(一)" },
}

kind "offline_practical_after_online_subsidy" {
  name_zh = "线上学习后线下实训职业培训补贴",
  family = "training",
  ref = "鲁人社字〔2020〕72号 三(一); 鲁人社字〔2020〕119号 四",
  window = { fact = "certificate_date", from = "2020-06-22", to = "2020-12-31",
             ref = "鲁人社字〔2020〕119号 四" },
  facts = {
    { "standard_fen", "fen", note = "the local training standard of the course" },
    { "certificate_date", "date" },
    { "online_subsidised", "boolean", note = "已享受线上平台培训补贴" },
  },
}

rule "subsidy.offline_practical_after_online_subsidy" { from = "2020-06-22", ref = "鲁人社字〔2020〕72号 三(一)",
  function(f, as_of)
    if not subsidy.need(f.online_subsidised, "online_subsidised: 已享受线上平台培训补贴", "鲁人社字〔2020〕119号 四") then
      return 0
    end
    local zRatio = param("offline_practical_training_ratio")
    local n = subsidy.ratio(zRatio, f.standard_fen)
    step("round(%s × %d fen) = %d fen", zRatio, f.standard_fen, n)
    return n
  end,
}

-- }======

-- {====== G6/G7 以工代训 (shared)

-- 鲁政办字〔2020〕77号 五, 鲁人社字〔2020〕63号 二(二)5-6, 鲁人社函〔2020〕78号 一, 二: "按…给予企业每月500元/人、最长6个月的
-- 职业培训补贴"; 函78号 四(三): "同一企业在政策执行期内，最长可申请6个月的以工代训补贴" (either type).
parameter "yigong_daixun_monthly_per_person" {
  description = "以工代训补贴标准（每人每月）",
  unit = "fen",
  { from = "2020-06-05", value = 50000, ref = "鲁政办字〔2020〕77号 五" },
}

parameter "yigong_daixun_max_months" {
  description = "以工代训补贴最长月数（每个企业，两类合计）",
  unit = "month",
  { from = "2020-06-05", value = 6, ref = "鲁政办字〔2020〕77号 五; 鲁人社函〔2020〕78号 四(三)" },
}

-- 鲁人社字〔2020〕63号 细则 二: "政策受理期截至2020年12月31日"; 鲁人社函〔2020〕78号 四(五): "受理期延长至2021年3月底".
parameter "yigong_daixun_acceptance_end" {
  description = "以工代训补贴受理期截止日",
  unit = "date",
  { from = "2020-06-05", value = "2020-12-31", ref = "鲁人社字〔2020〕63号 细则 二" },
  { from = "2020-10-28", value = "2021-03-31", ref = "鲁人社函〔2020〕78号 四(五)" },
}

-- 鲁人社函〔2020〕78号 四(一): "对在2020年5月9日后，变更企业登记的、变更增加上述行业经营范围的企业，不予认定".
parameter "yigong_daixun_sector_registered_before" {
  description = "五类行业经营范围须在此日之前登记（此日及以后变更的不予认定）",
  unit = "date",
  { from = "2020-10-28", value = "2020-05-09", ref = "鲁人社函〔2020〕78号 四(一)" },
}

local SIZE_VALUES = { "large", "medium", "small", "micro" }
local SECTOR_VALUES = { "foreign_trade", "accommodation_catering", "culture_tourism", "transport",
                        "wholesale_retail", "other" }

-- The firm's test of each version: v.large (63号 on: large firms of the five sectors), v.sector_by
-- (函78号: the sector registered before 2020-05-09); and the acceptance period on as_of. Returns
-- true, or false after a not-eligible row; bLarge says whether the firm qualifies as a large one.
local function yigong_firm_ok(f, as_of, v)
  local zEnd = param("yigong_daixun_acceptance_end")
  if not subsidy.need(as_of <= zEnd, "as_of %s <= %s (受理期)", v.ref, as_of, zEnd) then return false end
  if f.size ~= "large" then
    step("size %s: 中小微企业", f.size)
    return true, false
  end
  if not subsidy.need(v.large, "size large: 大型企业 covered (%s: 中小微企业 only before 鲁人社字〔2020〕63号)", v.ref, v.ref) then
    return false
  end
  if not subsidy.need(f.sector ~= "other", "size large, sector %s: 外贸、住宿餐饮、文化旅游、交通运输、批发零售",
                      v.ref, f.sector) then
    return false
  end
  if v.sector_by then
    local zBy = param("yigong_daixun_sector_registered_before")
    if not subsidy.need(f.sector_date < zBy, "sector_date %s before %s (5月9日后变更的不予认定)",
                        "鲁人社函〔2020〕78号 四(一)", f.sector_date, zBy) then
      return false
    end
  end
  return true, true
end

-- reading (contract §9 11): 函78号's month window (2020-01..12) applies to every version; the
-- five-sector registration rule (before 2020-05-09) only from 函78号; 77号's 停工停业 uses 63号's 70%
-- test; the 6-month limit is per enterprise across both types (months_used counts either).

-- }======

-- {====== G6 以工代训补贴（吸纳就业）

kind "yigong_daixun_absorption" {
  name_zh = "以工代训补贴（吸纳就业）",
  family = "training",
  ref = "鲁政办字〔2020〕77号 五; 鲁人社字〔2020〕63号 二(二)5, 细则 二(一); 〔2020〕20号 六保三促 18; 鲁人社函〔2020〕78号 一, 四",
  window = { fact = "hire_date", from = "2020-01-01", to = "2020-12-31", ref = "鲁人社函〔2020〕78号 一" },
  facts = {
    { "size", "enum", values = SIZE_VALUES },
    { "sector", "enum", values = SECTOR_VALUES },
    { "sector_date", "date", note = "since when the licence or permit shows the sector" },
    { "category", "enum", values = { "difficult", "zero_employment_family", "graduate_2y",
                                     "registered_unemployed", "poor_labor", "vocational_graduate_2y",
                                     "other" } },
    { "hire_date", "date", note = "the earlier of 就业登记 and 社保登记" },
    { "persons", "integer" },
    { "months", "integer", note = "months claimed" },
    { "months_used", "integer", note = "以工代训 months already paid to the enterprise (either type)" },
  },
}

local G6_CATEGORIES = { difficult = true, zero_employment_family = true, graduate_2y = true,
                        registered_unemployed = true }
local G6_CATEGORIES_78 = { difficult = true, zero_employment_family = true, graduate_2y = true,
                           registered_unemployed = true, poor_labor = true,
                           vocational_graduate_2y = true }

local function g6(v)
  return function(f, as_of, k)
    local ok = yigong_firm_ok(f, as_of, v)
    if not ok then return 0 end
    if not subsidy.need(v.categories[f.category], "category %s: 新吸纳人员 (%s)", v.ref, f.category, v.ref) then
      return 0
    end
    local function ym(d) return tonumber(d:sub(1, 4)) * 12 + tonumber(d:sub(6, 7)) end
    local nMax = param("yigong_daixun_max_months")
    local nToEnd = ym(k.window.to) - ym(f.hire_date) + 1
    local nAllowed = math.min(f.months, nMax - f.months_used, nToEnd)
    if not subsidy.need(nAllowed > 0, "months %d, months_used %d of %d, %d months from %s to 2020-12: months left",
                        v.ref, f.months, f.months_used, nMax, nToEnd, f.hire_date:sub(1, 7)) then
      return 0
    end
    local nPer = param("yigong_daixun_monthly_per_person")
    local n = nPer * f.persons * nAllowed
    step("%d 元 × %d persons × %d months = %d fen", nPer // 100, f.persons, nAllowed, n)
    return n
  end
end

-- 鲁政办字〔2020〕77号 五: "对中小微企业新吸纳就业困难人员、零就业家庭成员、离校2年内高校毕业生、登记失业人员就业…".
rule "subsidy.yigong_daixun_absorption" { from = "2020-06-05", ref = "鲁政办字〔2020〕77号 五",
  g6({ ref = "鲁政办字〔2020〕77号 五", large = false, categories = G6_CATEGORIES }),
}

-- 鲁人社字〔2020〕63号 二(二)5: "受疫情影响较大的外贸、住宿餐饮、文化旅游、交通运输、批发零售行业，补贴范围扩大到大型企业".
rule "subsidy.yigong_daixun_absorption" { from = "2020-06-08", ref = "鲁人社字〔2020〕63号 二(二)5",
  g6({ ref = "鲁人社字〔2020〕63号 二(二)5", large = true, categories = G6_CATEGORIES }),
}

-- 鲁人社函〔2020〕78号 一: "+ 我省及来我省就业建档立卡贫困劳动力、离校2年内技工院校及特殊教育院校职业教育类毕业生"; 四(一)
-- the five sectors registered before 2020-05-09; 四(五) 补领 and the acceptance to 2021-03-31.
rule "subsidy.yigong_daixun_absorption" { from = "2020-10-28", ref = "鲁人社函〔2020〕78号 一",
  g6({ ref = "鲁人社函〔2020〕78号 一", large = true, sector_by = true, categories = G6_CATEGORIES_78 }),
}

-- }======

-- {====== G7 以工代训补贴（受疫情影响困难企业）

-- The hardship tests on as_of: 鲁人社字〔2020〕63号 二(二)6 "电费、…其他能源消耗量、营业收入三项指标之一较2019年相应
-- 指标月平均值下降70%及以上" (also 77号's 停工停业, contract §9 11); 鲁人社函〔2020〕78号 二: "2020年1—5月…营业收入…
-- 下降50%及以上，或…电费、…能源消耗量之一…下降70%及以上。2020年6—12月…营业收入…下降20%及以上，或…之一…下降50%及以上".
parameter "yigong_daixun_hardship_revenue_drop_jan_may" {
  description = "困难企业认定：2020年1—5月营业收入降幅（比例）",
  unit = "ratio",
  { from = "2020-06-05", value = "0.7", ref = "鲁人社字〔2020〕63号 二(二)6" },
  { from = "2020-10-28", value = "0.5", ref = "鲁人社函〔2020〕78号 二" },
}

parameter "yigong_daixun_hardship_energy_drop_jan_may" {
  description = "困难企业认定：2020年1—5月电费或其他能源消耗量降幅（比例）",
  unit = "ratio",
  { from = "2020-06-05", value = "0.7", ref = "鲁人社字〔2020〕63号 二(二)6" },
  { from = "2020-10-28", value = "0.7", ref = "鲁人社函〔2020〕78号 二" },
}

parameter "yigong_daixun_hardship_revenue_drop_jun_dec" {
  description = "困难企业认定：2020年6—12月营业收入降幅（比例）",
  unit = "ratio",
  { from = "2020-06-05", value = "0.7", ref = "鲁人社字〔2020〕63号 二(二)6" },
  { from = "2020-10-28", value = "0.2", ref = "鲁人社函〔2020〕78号 二" },
}

parameter "yigong_daixun_hardship_energy_drop_jun_dec" {
  description = "困难企业认定：2020年6—12月电费或其他能源消耗量降幅（比例）",
  unit = "ratio",
  { from = "2020-06-05", value = "0.7", ref = "鲁人社字〔2020〕63号 二(二)6" },
  { from = "2020-10-28", value = "0.5", ref = "鲁人社函〔2020〕78号 二" },
}

-- 鲁人社函〔2020〕78号 一: "2020年1月至2020年12月"; 四(五): "以工代训政策执行期截至2020年12月31日" (the months that
-- count, every version: contract §9 11); 二: "2020年1—5月…2020年6—12月" (the last month of the first tests;
-- before 函78号 both halves test the same).
parameter "yigong_daixun_first_month" {
  description = "以工代训政策执行期首月",
  unit = "text",
  { from = "2020-06-05", value = "2020-01", ref = "鲁人社函〔2020〕78号 一" },
}

parameter "yigong_daixun_last_month" {
  description = "以工代训政策执行期末月",
  unit = "text",
  { from = "2020-06-05", value = "2020-12", ref = "鲁人社函〔2020〕78号 四(五)" },
}

parameter "yigong_daixun_hardship_first_tests_last_month" {
  description = "困难企业认定：1—5月标准适用的最后一个月",
  unit = "text",
  { from = "2020-06-05", value = "2020-05", ref = "鲁人社函〔2020〕78号 二" },
}

-- "单个企业在政策执行期内最高补贴10万元…大型企业…最高补贴50万元" (77号, 63号); "30万元…200万元" (函78号 二).
parameter "yigong_daixun_hardship_cap_sme" {
  description = "困难企业以工代训补贴单个中小微企业最高额",
  unit = "fen",
  { from = "2020-06-05", value = 10000000, ref = "鲁政办字〔2020〕77号 五" },
  { from = "2020-10-28", value = 30000000, ref = "鲁人社函〔2020〕78号 二" },
}

parameter "yigong_daixun_hardship_cap_large" {
  description = "困难企业以工代训补贴单个五类行业大型企业最高额",
  unit = "fen",
  { from = "2020-06-08", value = 50000000, ref = "鲁人社字〔2020〕63号 二(二)6" },
  { from = "2020-10-28", value = 200000000, ref = "鲁人社函〔2020〕78号 二" },
}

kind "yigong_daixun_hardship" {
  name_zh = "以工代训补贴（受疫情影响困难企业）",
  family = "training",
  ref = "鲁政办字〔2020〕77号 五; 鲁人社字〔2020〕63号 二(二)6, 细则 二(二); 〔2020〕20号 六保三促 18; 鲁人社函〔2020〕78号 二, 四",
  facts = {
    { "size", "enum", values = SIZE_VALUES },
    { "sector", "enum", values = SECTOR_VALUES },
    { "sector_date", "date", note = "since when the licence or permit shows the sector" },
    { "claim_months", "array", items = {
        { "month", "month" },
        { "trainees", "integer", note = "以工代训人数 that month" },
        { "revenue_drop_bp", "bp", note = "营业收入 drop vs the 2019 monthly average; 0 when not applicable" },
        { "electricity_drop_bp", "bp" },
        { "energy_drop_bp", "bp", note = "other energy directly related to production" },
      }, note = "the months claimed" },
    { "months_used", "integer", note = "以工代训 months already paid to the enterprise (either type)" },
    { "paid_fen", "fen", note = "already paid under this type" },
  },
}
local ratio = subsidy.ratio -- (read per claim: a local, not a global looked up through the sandbox)
-- drop (basis points) >= the threshold (a ratio: "0.7" is 7000 bp); bymonth: the months' order.
local function drop_ge(nBp, zMin) return nBp >= ratio(zMin, 10000) end
local function bymonth(x, y) return x.month < y.month or (x.month == y.month and x.at < y.at) end
local function g7(v)
  return function(f, as_of)
    local ok, bLarge = yigong_firm_ok(f, as_of, v)
    if not ok then return 0 end
    -- the months in month order, each once
    local a = {}
    for i, m in ipairs(f.claim_months) do a[i] = m; m.at = i - 1 end
    table.sort(a, bymonth)
    for i = 2, #a do
      if a[i].month == a[i - 1].month then
        error(("facts.claim_months[%d].month: %s given twice"):format(a[i].at, a[i].month), 0)
      end
    end
    local nMax = param("yigong_daixun_max_months")
    local nLeft = nMax - f.months_used
    local zRevA = param("yigong_daixun_hardship_revenue_drop_jan_may")
    local zEnA = param("yigong_daixun_hardship_energy_drop_jan_may")
    local zRevB = param("yigong_daixun_hardship_revenue_drop_jun_dec")
    local zEnB = param("yigong_daixun_hardship_energy_drop_jun_dec")
    local nPer = param("yigong_daixun_monthly_per_person")
    local zFirst, zLast = param("yigong_daixun_first_month"), param("yigong_daixun_last_month")
    local zSplit = param("yigong_daixun_hardship_first_tests_last_month")
    local nRaw, nCounted = 0, 0
    for _, m in ipairs(a) do
      local bJanMay = m.month <= zSplit
      local zRev, zEn = bJanMay and zRevA or zRevB, bJanMay and zEnA or zEnB
      if m.month < zFirst or m.month > zLast then
        step("%s: outside %s..%s (政策执行期), not counted", m.month, zFirst, zLast)
      elseif not (drop_ge(m.revenue_drop_bp, zRev) or drop_ge(m.electricity_drop_bp, zEn)
                  or drop_ge(m.energy_drop_bp, zEn)) then
        step("%s: not a hardship month (revenue %d bp < %s, electricity %d and energy %d bp < %s)", m.month,
             m.revenue_drop_bp, zRev, m.electricity_drop_bp, m.energy_drop_bp, zEn)
      elseif nCounted >= nLeft then
        step("%s: beyond the %d months (months_used %d)", m.month, nMax, f.months_used)
      else
        nCounted = nCounted + 1
        nRaw = nRaw + nPer * m.trainees
        step("%s: hardship month, %d 元 × %d trainees", m.month, nPer // 100, m.trainees)
      end
    end
    if not subsidy.need(nCounted > 0, "%d hardship months counted", v.ref, nCounted) then return 0 end
    step("raw %d fen", nRaw)
    local nCap = param(bLarge and "yigong_daixun_hardship_cap_large" or "yigong_daixun_hardship_cap_sme")
    local nRoom = nCap > f.paid_fen and nCap - f.paid_fen or 0
    step("cap %d fen − paid_fen %d fen = %d fen", nCap, f.paid_fen, nRoom)
    return subsidy.cap(nRaw, nRoom, bLarge and "单个大型企业最高补贴" or "单个企业最高补贴", v.ref)
  end
end

rule "subsidy.yigong_daixun_hardship" { from = "2020-06-05", ref = "鲁政办字〔2020〕77号 五",
  g7({ ref = "鲁政办字〔2020〕77号 五", large = false }),
}

rule "subsidy.yigong_daixun_hardship" { from = "2020-06-08", ref = "鲁人社字〔2020〕63号 二(二)6",
  g7({ ref = "鲁人社字〔2020〕63号 二(二)6", large = true }),
}

rule "subsidy.yigong_daixun_hardship" { from = "2020-10-28", ref = "鲁人社函〔2020〕78号 二",
  g7({ ref = "鲁人社函〔2020〕78号 二", large = true, sector_by = true }),
}

-- }======

-- {====== G8 以工代训补贴（专账资金办法）

-- 鲁人社字〔2020〕55号 第七条: "吸纳贫困劳动力就业并开展以工代训…按月给予生产经营主体补贴，最长不超过6个月，补贴标准由设区
-- 的市确定"; 鲁人社函〔2020〕78号 四(二): "不得重复享受…专账资金管理办法中以工代训补贴".
parameter "yigong_daixun_poverty_monthly" {
  description = "以工代训补贴标准（专账资金办法，每人每月，设区的市确定）",
  unit = "fen",
  city_sets = true,
  ref = "鲁人社字〔2020〕55号 第七条",
}

parameter "yigong_daixun_poverty_max_months" {
  description = "以工代训补贴（专账资金办法）最长月数",
  unit = "month",
  { from = "2020-05-21", value = 6, ref = "鲁人社字〔2020〕55号 第七条" },
}

kind "yigong_daixun_poverty_special_account" {
  name_zh = "以工代训补贴（专账资金办法）",
  family = "training",
  ref = "鲁人社字〔2020〕55号 第七条; 鲁人社函〔2020〕78号 四(二)",
  window = { fact = "start_date", from = "2020-05-21", to = "2021-12-31",
             ref = "鲁人社字〔2020〕55号 第二十五条" },
  facts = {
    { "persons", "integer" },
    { "start_date", "date", note = "以工代训 began" },
    { "months", "integer", note = "months claimed" },
    { "months_used", "integer", note = "months already paid" },
    { "already_received", "boolean", note = "以工代训 of 77号/63号/函78号 (G6, G7) for them" },
  },
}

rule "subsidy.yigong_daixun_poverty_special_account" { from = "2020-05-21", ref = "鲁人社字〔2020〕55号 第七条",
  function(f, as_of)
    local zRef = "鲁人社字〔2020〕55号 第七条"
    if not subsidy.need(not f.already_received, "not already_received (不得重复享受)", "鲁人社函〔2020〕78号 四(二)") then
      return 0
    end
    local nMax = param("yigong_daixun_poverty_max_months")
    local nAllowed = math.min(f.months, nMax - f.months_used)
    if not subsidy.need(nAllowed > 0, "months %d, months_used %d of %d: months left", zRef,
                        f.months, f.months_used, nMax) then
      return 0
    end
    local nPer = param("yigong_daixun_poverty_monthly")
    local n = f.persons * nAllowed * nPer
    step("%d persons × %d months × %d fen = %d fen", f.persons, nAllowed, nPer, n)
    return n
  end,
}

-- }======

-- {====== G9 职业技能鉴定补贴

kind "skill_appraisal_subsidy" {
  name_zh = "职业技能鉴定补贴",
  family = "training",
  ref = "鲁人社字〔2020〕55号 第八条",
  window = { fact = "certificate_date", from = "2020-05-21", to = "2021-12-31",
             ref = "鲁人社字〔2020〕55号 第二十五条" },
  facts = {
    { "fee_fen", "fen", note = "the fee of 鲁价费函〔2016〕85号 for the occupation and level" },
    { "first_attempt", "boolean", note = "同一职业同一等级初次鉴定" },
    { "certificate_date", "date" },
  },
}

-- 鲁人社字〔2020〕55号 第八条: "经培训后参加同一职业（工种）同一等级初次职业技能鉴定…按照…鲁价费函〔2016〕85号收费标准给予职业
-- 技能鉴定补贴". reading: the fee catalogue is not in the texts: the fee comes with the claim
-- (contract §9 18).
rule "subsidy.skill_appraisal_subsidy" { from = "2020-05-21", ref = "鲁人社字〔2020〕55号 第八条",
  function(f, as_of)
    if not subsidy.need(f.first_attempt, "first_attempt: 初次职业技能鉴定", "鲁人社字〔2020〕55号 第八条") then
      return 0
    end
    step("fee %d fen", f.fee_fen)
    return f.fee_fen
  end,
}

-- }======

-- {====== G10 渝籍建档立卡贫困劳动力培训生活费补贴

-- 鲁人社函〔2020〕8号 四: "对渝籍建档立卡贫困劳动力在培训期间给予每人每天不低于50元生活费（含交通费）补贴"; the
-- amount is the city's, at least 50 元.
parameter "chongqing_training_allowance_daily" {
  description = "渝籍建档立卡贫困劳动力培训生活费补贴（每人每天，各市确定，不低于50元）",
  unit = "fen",
  city_sets = true,
  ref = "鲁人社函〔2020〕8号 四",
}

kind "chongqing_training_living_allowance" {
  name_zh = "渝籍建档立卡贫困劳动力培训生活费补贴",
  family = "training",
  ref = "鲁人社函〔2020〕8号 四, 六",
  window = { fact = "start_date", from = "2020-01-01", to = "2021-12-31", ref = "鲁人社函〔2020〕8号 六" },
  facts = {
    { "start_date", "date", note = "training began" },
    { "days", "integer", note = "training days" },
  },
}

-- reading: paid by the 14 cities 鲁人社函〔2020〕8号 addresses only (contract §9 16).
rule "subsidy.chongqing_training_living_allowance" { from = "2020-03-06", ref = "鲁人社函〔2020〕8号 四",
  function(f, as_of)
    if CITY.key ~= "shandong" then
      local zList = param("lu_yu_cooperation_cities")
      local bIn = ("," .. zList .. ","):find("," .. CITY.code .. ",", 1, true) ~= nil
      if not subsidy.need(bIn, "city %s (%s) addressed by 鲁人社函〔2020〕8号", "鲁人社函〔2020〕8号", CITY.name, CITY.code) then
        return 0
      end
    end
    local nDaily = subsidy.bounded("chongqing_training_allowance_daily", 5000, nil)
    local n = f.days * nDaily
    step("%d days × %d fen = %d fen", f.days, nDaily, n)
    return n
  end,
}

-- }======
