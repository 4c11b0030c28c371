-- lua/shandong/subsidies/hiring.lua: family A (hiring): the subsidies paid for taking people on
-- (A1-A5 of the subsidy contract), served as subsidy_amount(city, kind, as_of, facts)
-- (docs/subsidies.md). Each kind is declared with `kind` (facts, window, refs; checked by the
-- machinery in lua/host/prelude.lua), then its rule versions; the fixed amounts are dated
-- parameters just above the rule that reads them.
--
-- The pattern for a new kind (every family file follows it):
--   parameter "<kind>_<what>" { description, unit = "fen", { from, value, ref } }
--   kind "<kind>" { name_zh, family, ref, window = { fact, from, to, ref }, facts = { ... } }
--   -- 文号 条款: "the decisive words"
--   rule "subsidy.<kind>" { from = "<first document's date>", ref = "文号 条款",
--     function(f, as_of, k) <eligibility via subsidy.need(ok, "fmt", ref, args...) /
--       subsidy.not_eligible first>;
--       <then parameters, city-set ones last>; return <fen> end }

-- {====== A1 一次性用工补贴

-- 鲁政发〔2020〕5号 1: "对春节期间（截至2020年2月9日）开工生产的企业，给予每人每天200元一次性用工补贴，
-- 每个企业最高不超过50万元"; 鲁人社字〔2020〕22号 一: "根据2020年1月24日至2020年2月9日期间企业在岗人数，
-- 按照每人每天200元的标准给予企业用工补贴，每个企业补贴最高不超过50万元".
parameter "one_time_hiring_subsidy_daily" {
  description = "一次性用工补贴标准（每人每天）",
  unit = "fen",
  { from = "2020-02-17", value = 20000, ref = "鲁政发〔2020〕5号 1" },
}

parameter "one_time_hiring_subsidy_cap" {
  description = "一次性用工补贴每个企业最高额",
  unit = "fen",
  { from = "2020-02-17", value = 50000000, ref = "鲁政发〔2020〕5号 1" },
}

-- 鲁人社字〔2020〕22号 一: "春节期间（2020年1月24日至2020年2月9日）": the first day counted.
parameter "one_time_hiring_subsidy_count_from" {
  description = "一次性用工补贴计算期首日（春节期间起）",
  unit = "date",
  { from = "2020-02-17", value = "2020-01-24", ref = "鲁人社字〔2020〕22号 一" },
}

kind "one_time_hiring_subsidy" {
  name_zh = "一次性用工补贴",
  family = "hiring",
  ref = "鲁政发〔2020〕5号 1; 鲁人社字〔2020〕22号 一",
  window = { fact = "start_date", to = "2020-02-09", ref = "鲁人社字〔2020〕22号 一" },
  facts = {
    { "on_key_list", "boolean", note = "疫情防控重点物资生产企业 list" },
    { "start_date", "date", note = "verified 开工 date" },
    { "employees", "integer", note = "verified 在岗人数" },
  },
}

-- 鲁人社字〔2020〕22号 一 1: "疫情防控重点物资生产企业…开工时间、在岗人数…共同审核确定".
-- reading: 在岗人数 is the one verified headcount, paid for every day from the start (or
-- 2020-01-24 for a firm already producing) to 2020-02-09; the rounding question does not arise
-- (whole yuan per person-day).
rule "subsidy.one_time_hiring_subsidy" { from = "2020-02-17", ref = "鲁人社字〔2020〕22号 一",
  function(f, as_of, k)
    if not subsidy.need(f.on_key_list, "on_key_list: 疫情防控重点物资生产企业",
                        "鲁人社字〔2020〕22号 一") then
      return 0
    end
    local zFirst = param("one_time_hiring_subsidy_count_from")
    local zStart = f.start_date > zFirst and f.start_date or zFirst
    local nDays = date.days(zStart, k.window.to) + 1
    local nDaily = param("one_time_hiring_subsidy_daily")
    local n = nDaily * f.employees * nDays
    step("%d 元 × %d employees × %d days (%s..%s) = %d fen", nDaily // 100, f.employees, nDays,
         zStart, k.window.to, n)
    return subsidy.cap(n, param("one_time_hiring_subsidy_cap"), "每个企业最高不超过50万元",
                       "鲁政发〔2020〕5号 1")
  end,
}

-- }======

-- {====== A2 一次性吸纳就业补贴（复工新吸纳）

-- 鲁政发〔2020〕5号 1: "对2020年2月10日起一个月内复工新吸纳就业、签订1年以上劳动合同并缴纳社会保险的，
-- 每新吸纳1人按每人1000元标准给予一次性吸纳就业补贴".
parameter "one_time_absorption_subsidy_restart_per_person" {
  description = "一次性吸纳就业补贴（复工新吸纳）标准（每人）",
  unit = "fen",
  { from = "2020-02-17", value = 100000, ref = "鲁政发〔2020〕5号 1" },
}

-- 鲁人社字〔2020〕22号 二: "须签订劳动合同之前半年内在补贴申报企业无办理就业登记（备案）或缴纳社会保险记录".
parameter "one_time_absorption_subsidy_restart_no_record_months" {
  description = "新吸纳就业人员签订劳动合同之前无就业登记或社保记录的期间（月）",
  unit = "month",
  { from = "2020-02-17", value = 6, ref = "鲁人社字〔2020〕22号 二" },
}

kind "one_time_absorption_subsidy_restart" {
  name_zh = "一次性吸纳就业补贴（复工新吸纳）",
  family = "hiring",
  ref = "鲁政发〔2020〕5号 1; 鲁人社字〔2020〕22号 二",
  window = { fact = "hire_date", from = "2020-02-10", to = "2020-03-10",
             ref = "鲁人社字〔2020〕22号 二" },
  facts = {
    { "hire_date", "date" },
    { "persons", "integer" },
    { "contract_months", "integer", note = "0 = no fixed term" },
    { "si_paid", "boolean", note = "pays 职工社保, or registered and withholds in exemption months" },
    { "prior_record_date", "date", optional = true,
      note = "last 就业登记/社保 record of the person at this employer" },
  },
}

-- 鲁人社字〔2020〕22号 二: "2020年2月10日至3月10日期间复工新吸纳就业…签订1年以上劳动合同…缴纳社会保险
-- （疫情期间减免…的，办理就业登记和社会保险登记，并由单位代扣代缴职工应缴社会保险费）".
-- reading: "半年内" includes a record exactly six months before the contract (contract §9 3).
rule "subsidy.one_time_absorption_subsidy_restart" { from = "2020-02-17",
  ref = "鲁人社字〔2020〕22号 二",
  function(f, as_of)
    local zRef = "鲁人社字〔2020〕22号 二"
    if not subsidy.contract_ok(f.contract_months, zRef) then return 0 end
    if not subsidy.need(f.si_paid, "si_paid: 缴纳社会保险", zRef) then return 0 end
    if f.prior_record_date then
      local nMonths = param("one_time_absorption_subsidy_restart_no_record_months")
      local zSince = date.add_months(f.hire_date, -nMonths)
      if not subsidy.need(f.prior_record_date < zSince,
                          "prior_record_date %s before %s (半年内无记录)", zRef, f.prior_record_date, zSince) then
        return 0
      end
    end
    local nPer = param("one_time_absorption_subsidy_restart_per_person")
    local n = nPer * f.persons
    step("%d 元 × %d persons = %d fen", nPer // 100, f.persons, n)
    return n
  end,
}

-- }======

-- {====== A3 一次性吸纳就业补贴（中小微企业招用毕业年度高校毕业生）

-- 鲁人社字〔2020〕43号 二: "2020年3月11日至12月31日，中小微企业招用毕业年度高校毕业生、签订1年以上劳动合同
-- 并办理就业登记的，每招用1人，给予最高1000元一次性吸纳就业补贴，招用同一名高校毕业生的只补贴1次".
-- reading: a limit ("最高1000元", no body named to set less): the kind returns the maximum
-- (contract §9 1).
parameter "graduate_absorption_subsidy_max_per_person" {
  description = "一次性吸纳就业补贴（招用毕业年度高校毕业生）最高标准（每人）",
  unit = "fen",
  { from = "2020-04-30", value = 100000, ref = "鲁人社字〔2020〕43号 二" },
}

kind "graduate_absorption_subsidy" {
  name_zh = "一次性吸纳就业补贴（中小微企业招用毕业年度高校毕业生）",
  family = "hiring",
  ref = "鲁人社字〔2020〕43号 二; 〔2020〕20号 六保三促 10",
  window = { fact = "hire_date", from = "2020-03-11", to = "2020-12-31",
             ref = "鲁人社字〔2020〕43号 二" },
  facts = {
    { "size", "enum", values = { "large", "medium", "small", "micro" } },
    { "hire_date", "date" },
    { "graduation_date", "date" },
    { "persons", "integer" },
    { "contract_months", "integer", note = "0 = no fixed term" },
    { "registered", "boolean", note = "就业登记" },
    { "already_received", "boolean", note = "once per graduate; exclusive with the traineeship F2" },
  },
}

-- reading: 毕业年度 = the calendar year of graduation (contract §9 4).
rule "subsidy.graduate_absorption_subsidy" { from = "2020-04-30", ref = "鲁人社字〔2020〕43号 二",
  function(f, as_of)
    local zRef = "鲁人社字〔2020〕43号 二"
    if not subsidy.need(f.size ~= "large", "size %s: 中小微企业", zRef, f.size) then
      return 0
    end
    local zGrad, zHire = f.graduation_date:sub(1, 4), f.hire_date:sub(1, 4)
    if not subsidy.need(zGrad == zHire, "graduation year %s = hire year %s (毕业年度)", zRef, zGrad, zHire) then
      return 0
    end
    if not subsidy.contract_ok(f.contract_months, zRef) then return 0 end
    if not subsidy.need(f.registered, "registered: 办理就业登记", zRef) then return 0 end
    if not subsidy.need(not f.already_received, "not already_received: 只补贴1次", zRef) then
      return 0
    end
    local nPer = param("graduate_absorption_subsidy_max_per_person")
    local n = nPer * f.persons
    step("最高 %d 元 × %d persons = %d fen", nPer // 100, f.persons, n)
    return n
  end,
}

-- }======

-- {====== A4 职业介绍补贴

kind "job_referral_subsidy" {
  name_zh = "职业介绍补贴",
  family = "hiring",
  ref = "鲁人社字〔2020〕22号 三; 鲁政办发〔2020〕4号 19",
  window = { fact = "hire_date", from = "2020-02-04", to = "2020-05-04",
             ref = "鲁人社字〔2020〕22号 三" },
  facts = {
    { "hire_date", "date", note = "contract signed" },
    { "persons", "integer" },
    { "contract_months", "integer", note = "0 = no fixed term" },
    { "qualifying", "boolean",
      note = "certified skilled, or a 职业院校/技工院校/高校 graduate" },
    { "employer_in_province", "boolean" },
  },
}

-- 鲁人社字〔2020〕22号 三 2: "2020年2月4日至5月4日，介绍技能型人才…和职业院校、技工院校、高校毕业生，到本省
-- 企业、个体工商户就业并签订1年以上劳动合同的，经审核确认，由企业所在地按每人120元的标准给予职业介绍补贴。
-- 有条件的市，可适当提高补贴标准。" The standard (job_referral_subsidy_per_person, a city may raise
-- it) is read on hire_date.
rule "subsidy.job_referral_subsidy" { from = "2020-03-06", ref = "鲁人社字〔2020〕22号 三",
  function(f, as_of)
    local zRef = "鲁人社字〔2020〕22号 三"
    if not subsidy.need(f.qualifying, "qualifying: 技能型人才 or 职业院校/技工院校/高校毕业生", zRef) then
      return 0
    end
    if not subsidy.need(f.employer_in_province, "employer_in_province: 到本省企业、个体工商户", zRef) then
      return 0
    end
    if not subsidy.contract_ok(f.contract_months, zRef) then return 0 end
    local nPer = param("job_referral_subsidy_per_person", f.hire_date)
    local n = nPer * f.persons
    step("%s 元 × %d persons = %d fen", subsidy.yuan(nPer), f.persons, n)
    return n
  end,
}

-- }======

-- {====== A5 一次性就业创业服务补助（鲁渝有组织劳务输入）

-- 鲁人社函〔2020〕8号 三: "对成功组织对口区县建档立卡贫困劳动力来鲁就业的，按人数给予每人120元的一次性
-- 就业创业服务补助"; 六: "以上政策执行期限为2020年1月1日—2021年12月31日".
parameter "chongqing_organized_labor_service_subsidy_per_person" {
  description = "鲁渝有组织劳务输入一次性就业创业服务补助标准（每人）",
  unit = "fen",
  { from = "2020-03-06", value = 12000, ref = "鲁人社函〔2020〕8号 三" },
}

-- 鲁人社函〔2020〕8号 is addressed to 济南、淄博、枣庄、东营、烟台、潍坊、济宁、泰安、威海、日照、临沂、德州、
-- 聊城、滨州 (the 14 cities paired with Chongqing districts); 青岛 and 菏泽 are not addressed.
-- The kinds of that notice (A5 and, in later packages, G10, K1, K2) read this list.
parameter "lu_yu_cooperation_cities" {
  description = "鲁渝劳务扶贫协作的有关市（GB/T 2260 代码，逗号分隔）",
  unit = "text",
  { from = "2020-03-06",
    value = "370100,370300,370400,370500,370600,370700,370800,370900,371000,371100,371300,"
            .. "371400,371500,371600",
    ref = "鲁人社函〔2020〕8号" },
}

kind "chongqing_organized_labor_service_subsidy" {
  name_zh = "一次性就业创业服务补助（鲁渝有组织劳务输入）",
  family = "hiring",
  ref = "鲁人社函〔2020〕8号 三, 六",
  window = { fact = "hire_date", from = "2020-01-01", to = "2021-12-31",
             ref = "鲁人社函〔2020〕8号 六" },
  facts = {
    { "hire_date", "date", note = "work in Shandong began" },
    { "persons", "integer", note = "对口区县建档立卡贫困劳动力" },
  },
}

-- reading: paid by the 14 addressed cities only; the baseline alone (no city) computes the amount
-- (contract §9 16).
rule "subsidy.chongqing_organized_labor_service_subsidy" { from = "2020-03-06",
  ref = "鲁人社函〔2020〕8号 三",
  function(f, as_of)
    if CITY.key ~= "shandong" then
      local zList = param("lu_yu_cooperation_cities")
      local bIn = ("," .. zList .. ","):find("," .. CITY.code .. ",", 1, true) ~= nil
      if not subsidy.need(bIn, "city %s (%s) addressed by 鲁人社函〔2020〕8号", "鲁人社函〔2020〕8号", CITY.name, CITY.code) then
        return 0
      end
    end
    local nPer = param("chongqing_organized_labor_service_subsidy_per_person")
    local n = nPer * f.persons
    step("%d 元 × %d persons = %d fen", nPer // 100, f.persons, n)
    return n
  end,
}

-- }======
