-- lua/shandong/registration.lua: rule family "registration": who may register as unemployed
-- (失业登记对象). The status over time (what ends a registration) is the family "status", which
-- the unemployment_status issue adds beside this file.

-- 鲁人社字〔2020〕39号 一(一): "劳动年龄内…均可办理失业登记。其中，“劳动年龄内”是指16周岁（含）至依法享受
-- 基本养老保险待遇年龄内". facts.birth: "YYYY-MM-DD". Returns true when the person is at least
-- register_min_age full years old (周岁) on as_of.
-- reading: the upper bound (依法享受基本养老保险待遇) is pension receipt, a separate fact; this rule
-- decides the lower bound only.
rule "registration.age_ok" {
  from = "2020-04-08", ref = "鲁人社字〔2020〕39号 一(一)", facts = { "birth" },
  function(facts, as_of)
    if not date.valid(facts.birth) then
      error("facts.birth: expected a date YYYY-MM-DD, got " .. tostring(facts.birth), 0)
    end
    local age = date.age(facts.birth, as_of)
    step("age on %s: %d 周岁", as_of, age)
    return age >= param("register_min_age")
  end,
}
