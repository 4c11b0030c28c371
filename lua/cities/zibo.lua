-- lua/cities/zibo.lua: 淄博市 (GB/T 2260 370300), on top of the provincial baseline lua/shandong/.
-- Local rules from 淄人社函〔2023〕29号 (the "就业一件事" joint online service, implementing
-- 鲁人社函〔2023〕11号). Only what the notice states is here.
-- Dates: the notice prints no date of issue and no date of entry into force, only the year in its
-- number. Every value below is dated 2023-01-01 because the engine needs a first day; that day is
-- NOT a date from the text (the notice implements 鲁人社函〔2023〕11号 of the same year, so it
-- cannot have been in force on 2023-01-01). Each parameter's note says so; answers for days of
-- 2023 before the notice's real date are answers under a notice not yet issued. Replace FROM when
-- the signing date is known.
-- Install a changed copy (docs/policy.md "For city staff"):
--   SELECT policy_install('淄博', readfile('lua/cities/zibo.lua'), '<who>');
city { code = "370300", name = "淄博", extends = "shandong" }

local FROM = "2023-01-01"
local NO_DATE = "淄人社函〔2023〕29号 prints no date: 2023-01-01 is the first day of the year of its "
             .. "number, not its entry into force (unknown)"

-- 淄人社函〔2023〕29号 附件2 五4: 养老保险/医疗保险参保登记 for flexible workers: "年满16周岁，小于法定退休年龄
-- (女满55周岁，男满60周岁)". The test is the statutory pension age (法定退休年龄); the bracket gives
-- its value under the law of 2023 and puts women on the 55 track. From 2025-01-01 the statutory age
-- rises (全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定), so the 55/60 of the bracket end
-- on 2024-12-31 and the rule uses the pension age of that law (date.retirement_date) from then on.
parameter "flexible_si_min_age" {
  description = "灵活就业人员参保登记最低年龄（周岁，含）",
  unit = "year",
  note = NO_DATE,
  { from = FROM, value = 16, ref = "淄人社函〔2023〕29号 附件2 五4" },
}

parameter "flexible_si_age_limit_female" {
  description = "灵活就业人员参保登记年龄上限（女，小于该周岁）",
  unit = "year",
  note = NO_DATE,
  { from = FROM, value = 55, ref = "淄人社函〔2023〕29号 附件2 五4" },
  { from = "2025-01-01", ref = "全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定",
    note = "the statutory pension age (55 track) rises by birth month: rule flexible.si_age_ok reads it" },
}

parameter "flexible_si_age_limit_male" {
  description = "灵活就业人员参保登记年龄上限（男，小于该周岁）",
  unit = "year",
  note = NO_DATE,
  { from = FROM, value = 60, ref = "淄人社函〔2023〕29号 附件2 五4" },
  { from = "2025-01-01", ref = "全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定",
    note = "the statutory pension age rises by birth month: rule flexible.si_age_ok reads it" },
}

-- 淄人社函〔2023〕29号 附件1 五2 and 五5: "用人单位应当自用工之日起三十日内为其职工…申请办理社会保险登记" (and
-- 医疗保险登记).
parameter "employer_si_registration_days" {
  description = "用人单位自用工之日起办理社会保险登记的期限（日）",
  unit = "day",
  note = NO_DATE,
  { from = FROM, value = 30, ref = "淄人社函〔2023〕29号 附件1 五2" },
}

-- 淄人社函〔2023〕29号 附件1 八: "办理社保卡申领，需5个工作日"; 附件2 八: "办理流动人员档案服务，需5个工作日";
-- other items "即时办结".
parameter "ssc_application_working_days" {
  description = "“就业一件事”社会保障卡申领承诺时限（工作日）",
  unit = "working_day",
  note = NO_DATE,
  { from = FROM, value = 5, ref = "淄人社函〔2023〕29号 附件1 八" },
}

parameter "archive_service_working_days" {
  description = "“就业一件事”流动人员档案服务承诺时限（工作日）",
  unit = "working_day",
  note = NO_DATE,
  { from = FROM, value = 5, ref = "淄人社函〔2023〕29号 附件2 八" },
}

local function fail(fmt, ...) error(string.format(fmt, ...), 0) end

-- Every key of facts must be one of keys.
local function checkPerson(facts)
  if not date.valid(facts.birth) then
    fail("facts.birth: expected a date YYYY-MM-DD, got %s", tostring(facts.birth))
  end
  if facts.sex ~= 1 and facts.sex ~= 2 then
    fail("facts.sex: expected 1 (男) or 2 (女), got %s", tostring(facts.sex))
  end
end

-- The day the person reaches the statutory pension age under the law in force on as_of, on track
-- cat (0 for men; a woman's 50 or 55).
local function pensionDay(facts, cat, as_of)
  return (date.retirement_date(facts.birth, facts.sex, facts.sex == 1 and 0 or cat, as_of))
end

-- 淄人社函〔2023〕29号 附件2 五4: "年满16周岁，小于法定退休年龄(女满55周岁，男满60周岁)".
-- facts.birth "YYYY-MM-DD", facts.sex 1 (男) or 2 (女) (GB/T 2261.1). True when the person may
-- register for pension or medical insurance as a flexible worker through the joint service.
-- Before 2025-01-01 the limit is the bracket's 55/60 full years; from then the statutory pension
-- age of the 2024 decision, women on the 55 track as the bracket has it (a man born 1965-02-15
-- reaches it on 2025-03-15, not on his 60th birthday).
rule "flexible.si_age_ok" {
  from = FROM, ref = "淄人社函〔2023〕29号 附件2 五4",
  facts = { "birth", "sex" },
  function(facts, as_of)
    checkPerson(facts)
    local age = date.age(facts.birth, as_of)
    step("age on %s: %d 周岁", as_of, age)
    if age < param("flexible_si_min_age") then return false end
    local ok, limit = pcall(param, facts.sex == 2 and "flexible_si_age_limit_female" or "flexible_si_age_limit_male")
    if ok then return age < limit end
    local day = pensionDay(facts, 55, as_of)
    step("statutory pension age reached on %s", day)
    return as_of < day
  end,
}

-- 淄人社函〔2023〕29号 附件2 五4, the population: "在山东省内居住的无雇工的个体工商户、未在用人单位参加基本养老
-- 保险或基本医疗保险的非全日制从业人员以及其他灵活就业人员", with the age of flexible.si_age_ok.
-- facts: birth, sex, kind (sole_trader 无雇工的个体工商户, part_time 未在用人单位参保的非全日制从业人员,
-- flexible 其他灵活就业人员, or employee 在用人单位就业: not in the population), lives_in_shandong (在山东省内居住).
-- All are required.
rule "flexible.si_eligible" {
  from = FROM, ref = "淄人社函〔2023〕29号 附件2 五4",
  facts = { "birth", "sex", "kind", "lives_in_shandong" },
  function(facts, as_of)
    local KINDS = { sole_trader = true, part_time = true, flexible = true, employee = false }
    if KINDS[facts.kind] == nil then
      fail("facts.kind: '%s' is not one of sole_trader, part_time, flexible, employee", tostring(facts.kind))
    end
    if type(facts.lives_in_shandong) ~= "boolean" then
      fail("facts.lives_in_shandong: required, true or false (在山东省内居住)")
    end
    if not KINDS[facts.kind] then step("not a flexible worker: %s", facts.kind); return false end
    if not facts.lives_in_shandong then step("does not live in Shandong (在山东省内居住)"); return false end
    return call("flexible.si_age_ok", { birth = facts.birth, sex = facts.sex }, as_of)
  end,
}

-- 淄人社函〔2023〕29号 附件1 五1 (单位就业登记) and 附件2 五1 (灵活就业/个体经营就业登记): "在山东省行政区划内常住的
-- 法定劳动年龄内、有劳动能力、已经实现单位就业（灵活就业或个体经营）的劳动者".
-- facts: birth, sex, retirement_category (a woman's track, 50 or 55: required for a woman, since
-- no track is assumed), lives_in_shandong (常住), able_to_work (有劳动能力), employed (已经实现就业), all
-- required. 法定劳动年龄内: 16周岁 to the statutory pension age under the law in force on as_of.
rule "employment.registration_ok" {
  from = FROM, ref = "淄人社函〔2023〕29号 附件1 五1; 附件2 五1",
  facts = { "birth", "sex", "retirement_category", "lives_in_shandong", "able_to_work", "employed" },
  function(facts, as_of)
    checkPerson(facts)
    for _, k in ipairs({ "lives_in_shandong", "able_to_work", "employed" }) do
      if type(facts[k]) ~= "boolean" then fail("facts.%s: required, true or false", k) end
    end
    local cat = 0
    if facts.sex == 2 then
      cat = facts.retirement_category
      if cat ~= 50 and cat ~= 55 then
        fail("facts.retirement_category: a woman's pension track is required, 50 (工人) or 55 (干部), got %s", tostring(cat))
      end
    elseif facts.retirement_category ~= nil then
      fail("facts.retirement_category: only for a woman (a man has one track)")
    end
    local age = date.age(facts.birth, as_of)
    if age < 16 then step("under 16 on %s", as_of); return false end
    local day = pensionDay(facts, cat, as_of)
    if as_of >= day then step("statutory pension age reached on %s", day); return false end
    return facts.lives_in_shandong and facts.able_to_work and facts.employed
  end,
}
