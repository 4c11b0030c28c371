-- lua/shandong/subsidies/traineeship.lua: family F (traineeship): the 就业见习 subsidies (F1, F2 of
-- the subsidy contract), served as subsidy_amount(city, kind, as_of, facts) (docs/subsidies.md).
-- Pattern as lua/shandong/subsidies/hiring.lua: parameters beside the kind that reads them, the
-- kind's declaration, then its rule.

-- {====== F1 就业见习补贴

-- 鲁人社字〔2020〕22号 七: "补贴标准为当地最低工资标准的60%"; 鲁人社字〔2020〕43号 五: "见习期满留用率达到50%以上的
-- 见习单位，见习补贴标准提高10%"; 鲁人社函〔2020〕67号 四: "…见习补贴标准提高至当地最低工资标准的70%".
-- Both shares are read on end_date (the traineeship's expiry or early leave): the 70% is there
-- from 2020-04-30 (43号); a traineeship ended before 2020-02-17 finds no value (the engine's error).
parameter "trainee_subsidy_ratio" {
  description = "就业见习补贴标准占当地最低工资标准的比例",
  unit = "ratio",
  { from = "2020-02-17", value = "0.6", ref = "鲁人社字〔2020〕22号 七" },
}

parameter "trainee_subsidy_ratio_retained" {
  description = "就业见习补贴标准占当地最低工资标准的比例（见习期满留用率达到50%以上的见习单位）",
  unit = "ratio",
  { from = "2020-02-17", value = "0.6", ref = "鲁人社字〔2020〕22号 七" },
  { from = "2020-04-30", value = "0.7", ref = "鲁人社字〔2020〕43号 五; 鲁人社函〔2020〕67号 四" },
}

parameter "trainee_retention_ratio" {
  description = "见习期满留用率（达到即提高补贴标准）",
  unit = "ratio",
  { from = "2020-04-30", value = "0.5", ref = "鲁人社字〔2020〕43号 五" },
}

-- 鲁人社字〔2020〕22号 七: "择业期内（自毕业之日起3年内）离校未就业高校毕业生及16至24岁未就业或失业的青年".
parameter "trainee_graduate_within_months" {
  description = "择业期（自毕业之日起，月）",
  unit = "month",
  { from = "2020-02-17", value = 36, ref = "鲁人社字〔2020〕22号 七" },
}

parameter "trainee_youth_min_age" {
  description = "见习青年最低年龄",
  unit = "year",
  { from = "2020-02-17", value = 16, ref = "鲁人社字〔2020〕22号 七" },
}

parameter "trainee_youth_max_age" {
  description = "见习青年最高年龄",
  unit = "year",
  { from = "2020-02-17", value = 24, ref = "鲁人社字〔2020〕22号 七" },
}

kind "trainee_subsidy" {
  name_zh = "就业见习补贴",
  family = "traineeship",
  ref = "鲁政发〔2020〕5号 7; 鲁人社字〔2020〕22号 七; 鲁人社字〔2020〕43号 五; 鲁人社函〔2020〕67号 一, 三, 四; 鲁人社字〔2020〕128号 三(二)",
  facts = {
    { "category", "enum", values = { "graduate", "youth" } },
    { "graduation_date", "date", required_when = "category = graduate" },
    { "birth_date", "date", required_when = "category = youth" },
    { "start_date", "date" },
    { "end_date", "date", note = "expiry or early leave" },
    { "months", "integer", note = "months served" },
    { "trainees", "integer", note = "the host's trainees at expiry" },
    { "retained", "integer", note = "of them, those the host kept" },
    { "already_received", "boolean", note = "subsidised traineeship before" },
  },
}

-- reading: 43号 "提高10%" = ten points, 60% → 70% from 2020-04-30, as 67号/128号 state it; the
-- minimum wage is read on end_date; the share is rounded half up per month (contract §9 10).
rule "subsidy.trainee_subsidy" { from = "2020-02-17", ref = "鲁人社字〔2020〕22号 七",
  function(f, as_of)
    local zRef = "鲁人社字〔2020〕22号 七"
    if f.category == "graduate" then
      local zLast = date.add_months(f.graduation_date, param("trainee_graduate_within_months"))
      if not subsidy.need(f.start_date <= zLast, "start_date %s <= %s (自毕业之日起3年内)", zRef,
                          f.start_date, zLast) then
        return 0
      end
    else
      local nAge = date.age(f.birth_date, f.start_date)
      local lo, hi = param("trainee_youth_min_age"), param("trainee_youth_max_age")
      if not subsidy.need(nAge >= lo and nAge <= hi, "age %d on %s in %d..%d (16至24岁)", zRef,
                          nAge, f.start_date, lo, hi) then
        return 0
      end
    end
    if not subsidy.need(not f.already_received, "not already_received", zRef) then return 0 end
    if not subsidy.need(f.months > 0, "months %d > 0", zRef, f.months) then return 0 end
    local zRate
    local bKept = false
    -- the retention test exists from 鲁人社字〔2020〕43号 (2020-04-30, the first date of
    -- trainee_retention_ratio); before it both shares are 60%.
    if f.end_date >= "2020-04-30" and f.trainees > 0 then
      -- 留用率达到50%以上: retained / trainees >= the ratio, exact (the ratio × 10^6 × trainees is an
      -- integer for a decimal ratio of up to six places).
      local zRet = param("trainee_retention_ratio", f.end_date)
      bKept = f.retained * 1000000 >= subsidy.ratio(zRet, f.trainees * 1000000)
      step("retained %d of %d trainees: %s %s (留用率达到50%%以上)", f.retained, f.trainees,
           bKept and ">=" or "<", zRet)
    end
    zRate = param(bKept and "trainee_subsidy_ratio_retained" or "trainee_subsidy_ratio", f.end_date)
    local nWage = param("min_wage_monthly", f.end_date)
    local nMonthly = subsidy.ratio(zRate, nWage)
    local n = f.months * nMonthly
    step("%d months × round(%s × %d fen on %s) %d fen = %d fen", f.months, zRate, nWage, f.end_date,
         nMonthly, n)
    return n
  end,
}

-- }======

-- {====== F2 见习期未满签订劳动合同的剩余期限见习补贴

-- 鲁人社函〔2020〕67号 四: "2020年12月31日前，高校毕业生参加就业见习后签订劳动合同的，见习期未满，给予见习单位剩余
-- 期限见习补贴（不得与一次性吸纳就业补贴、高校毕业生社会保险补贴、一次性创业岗位开发补贴重复申领）"; 鲁人社字〔2020〕43号 五
-- first says it (2020-04-30).
parameter "trainee_remaining_period_subsidy_ratio" {
  description = "剩余期限见习补贴标准占当地最低工资标准的比例",
  unit = "ratio",
  { from = "2020-04-30", value = "0.6", ref = "鲁人社字〔2020〕43号 五; 鲁人社字〔2020〕22号 七" },
}

kind "trainee_remaining_period_subsidy" {
  name_zh = "见习期未满签订劳动合同的剩余期限见习补贴",
  family = "traineeship",
  ref = "鲁人社字〔2020〕43号 五; 〔2020〕20号 六保三促 11; 鲁人社函〔2020〕67号 四",
  window = { fact = "contract_date", from = "2020-04-30", to = "2020-12-31",
             ref = "鲁人社函〔2020〕67号 四" },
  facts = {
    { "start_date", "date", note = "traineeship began" },
    { "agreed_months", "integer", note = "agreed traineeship period" },
    { "months_served", "integer", note = "months served before the contract (paid as trainee_subsidy)" },
    { "contract_date", "date", note = "labour contract signed" },
    { "already_received", "boolean",
      note = "一次性吸纳就业补贴, 高校毕业生社会保险补贴 or 一次性创业岗位开发补贴 claimed for the graduate" },
  },
}

-- reading: F2 pays only the unserved months at 60% (the retention bonus is judged at 见习期满,
-- which a contract before expiry never reaches); the served months are trainee_subsidy; the
-- minimum wage is read on contract_date, the share rounded half up per month (contract §9 10).
rule "subsidy.trainee_remaining_period_subsidy" { from = "2020-04-30", ref = "鲁人社函〔2020〕67号 四",
  function(f, as_of)
    local zRef = "鲁人社函〔2020〕67号 四"
    if not subsidy.need(f.months_served < f.agreed_months, "months_served %d < agreed_months %d (见习期未满)",
                        zRef, f.months_served, f.agreed_months) then
      return 0
    end
    if not subsidy.need(f.contract_date >= f.start_date, "contract_date %s on or after start_date %s (参加就业见习后)",
                        zRef, f.contract_date, f.start_date) then
      return 0
    end
    if not subsidy.need(not f.already_received, "not already_received (不得重复申领)", zRef) then return 0 end
    local nLeft = f.agreed_months - f.months_served
    local zRate = param("trainee_remaining_period_subsidy_ratio", f.contract_date)
    local nWage = param("min_wage_monthly", f.contract_date)
    local nMonthly = subsidy.ratio(zRate, nWage)
    local n = nLeft * nMonthly
    step("%d months left × round(%s × %d fen on %s) %d fen = %d fen", nLeft, zRate, nWage,
         f.contract_date, nMonthly, n)
    return n
  end,
}

-- }======
