-- lua/cities/zibo.lua: 淄博市 (GB/T 2260 370300), on top of the provincial baseline lua/shandong/.
-- Local rules from 淄人社函〔2023〕29号 (the "就业一件事" joint online service, implementing
-- 鲁人社函〔2023〕11号). Only what the notice states with a number is here.
-- reading: the notice prints no date, only the year 2023; its values are dated from 2023-01-01,
-- the first day it can have been in force. Correct the dates if the signing date becomes known.
-- Install a changed copy (docs/policy.md "For city staff"):
--   SELECT policy_install('淄博', readfile('lua/cities/zibo.lua'), '<who>');
city { code = "370300", name = "淄博", extends = "shandong" }

-- 淄人社函〔2023〕29号 附件2 五4: 养老保险/医疗保险参保登记 for flexible workers: "年满16周岁，
-- 小于法定退休年龄(女满55周岁，男满60周岁)".
parameter "flexible_si_min_age" {
  description = "灵活就业人员参保登记最低年龄（周岁，含）",
  unit = "year",
  { from = "2023-01-01", value = 16, ref = "淄人社函〔2023〕29号 附件2 五4" },
}

parameter "flexible_si_age_limit_female" {
  description = "灵活就业人员参保登记年龄上限（女，小于该周岁）",
  unit = "year",
  { from = "2023-01-01", value = 55, ref = "淄人社函〔2023〕29号 附件2 五4" },
}

parameter "flexible_si_age_limit_male" {
  description = "灵活就业人员参保登记年龄上限（男，小于该周岁）",
  unit = "year",
  { from = "2023-01-01", value = 60, ref = "淄人社函〔2023〕29号 附件2 五4" },
}

-- 淄人社函〔2023〕29号 附件1 五2 and 五5: "用人单位应当自用工之日起三十日内为其职工…申请办理
-- 社会保险登记" (and 医疗保险登记).
parameter "employer_si_registration_days" {
  description = "用人单位自用工之日起办理社会保险登记的期限（日）",
  unit = "day",
  { from = "2023-01-01", value = 30, ref = "淄人社函〔2023〕29号 附件1 五2" },
}

-- 淄人社函〔2023〕29号 附件1 八: "办理社保卡申领，需5个工作日"; 附件2 八: "办理流动人员
-- 档案服务，需5个工作日"; other items "即时办结".
parameter "ssc_application_working_days" {
  description = "“就业一件事”社会保障卡申领承诺时限（工作日）",
  unit = "working_day",
  { from = "2023-01-01", value = 5, ref = "淄人社函〔2023〕29号 附件1 八" },
}

parameter "archive_service_working_days" {
  description = "“就业一件事”流动人员档案服务承诺时限（工作日）",
  unit = "working_day",
  { from = "2023-01-01", value = 5, ref = "淄人社函〔2023〕29号 附件2 八" },
}

-- 淄人社函〔2023〕29号 附件2 五4: "年满16周岁，小于法定退休年龄(女满55周岁，男满60周岁)".
-- facts.birth "YYYY-MM-DD", facts.sex 1 (男) or 2 (女) (GB/T 2261.1). True when the person may
-- register for pension or medical insurance as a flexible worker through the joint service.
rule "flexible.si_age_ok" {
  from = "2023-01-01", ref = "淄人社函〔2023〕29号 附件2 五4",
  function(facts, as_of)
    if not date.valid(facts.birth) then
      error("facts.birth: expected a date YYYY-MM-DD, got " .. tostring(facts.birth), 0)
    end
    if facts.sex ~= 1 and facts.sex ~= 2 then
      error("facts.sex: expected 1 (男) or 2 (女), got " .. tostring(facts.sex), 0)
    end
    local age = date.age(facts.birth, as_of)
    step("age on %s: %d 周岁", as_of, age)
    local limit = facts.sex == 2 and param("flexible_si_age_limit_female")
                  or param("flexible_si_age_limit_male")
    return age >= param("flexible_si_min_age") and age < limit
  end,
}
