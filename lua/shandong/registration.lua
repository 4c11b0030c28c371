-- lua/shandong/registration.lua: rule family "registration": who may register as unemployed
-- (失业登记对象) and who is served as if registered. The status over time of a registration once
-- made (what ends it) is the family "status" (status.lua). Use through policy_eval, e.g.
--   SELECT policy_eval('济南', 'registration.eligible', '2020-09-01',
--            '{"birth":"1990-03-07","place":"户籍地","wants_work":true,"jobless":true,"document":"01"}');

local function fail(fmt, ...) error(string.format(fmt, ...), 0) end

-- The host's functions the rules call on every evaluation, looked up once when this file loads:
-- upvalues, not a global lookup per call through the environment's __index chain.
local date_valid, date_age, step, param, call = date.valid, date.age, step, param, call

-- Every key of facts must be one of keys (a mistyped fact is an error, not a fact ignored).
local function closed(facts, keys)
  if type(facts) ~= "table" then fail("facts: expected a JSON object") end
  for k in pairs(facts) do
    local ok = false
    for _, a in ipairs(keys) do if a == k then ok = true end end
    if not ok then fail("facts.%s: unknown key (the keys are %s)", tostring(k), table.concat(keys, ", ")) end
  end
end

-- 鲁人社字〔2020〕39号 一(一): "劳动年龄内…均可办理失业登记。其中，“劳动年龄内”是指16周岁（含）至依法享受
-- 基本养老保险待遇年龄内". facts.birth: "YYYY-MM-DD". Returns true when the person is at least
-- register_min_age full years old (周岁) on as_of.
-- reading: the upper bound (依法享受基本养老保险待遇) is pension receipt, a separate fact; this rule
-- decides the lower bound only.
rule "registration.age_ok" {
  from = "2020-04-08", ref = "鲁人社字〔2020〕39号 一(一)", facts = { "birth" },
  function(facts, as_of)
    -- date.age with the fact's name raises "facts.birth: expected a date YYYY-MM-DD, got ..."
    -- (no position) for a birth that is not a date: what date.valid and error(msg, 0) said here.
    local age = date_age(facts.birth, as_of, "facts.birth")
    step("age on %s: %d 周岁", as_of, age)
    return age >= param("register_min_age")
  end,
}

-- An application for registration, decided on as_of (鲁人社字〔2020〕39号 一(一), 一(二), 附件3;
-- 人社厅发〔2020〕79号 一(一), 一(二)). Every fact the texts name is required:
--   birth        YYYY-MM-DD
--   place        户籍地, 常住地 (and from 2020-07-20 就业地, 参保地)
--   wants_work   有就业要求 "依据个人申请": true or false
--   jobless      处于无业状态 "依据山东就业信息系统记录": true or false
--   pension      already drawing a basic pension (依法享受基本养老保险待遇): true or false
--   resident     mainland (内地（大陆）居民) or hk_macao_taiwan (港澳台居民)
--   worked_in_shandong  for a 港澳台居民 only, required then: "在山东省就业后失业的"
--   document     AAC058 证件类型 shown: a 内地（大陆）居民 "凭本人身份证或社会保障卡" (01, 04); a 港澳台居民 "持港澳台
--                居民居住证或社会保障卡、港澳居民来往内地通行证" (03, 04, 02) (39号 附件3)
-- Returns true, or false with the reason as a step. 79号 一(二) forbids asking for anything else
-- (终止或解除劳动关系证明, 毕业证书, 参保, 领金条件…) and 39号 forbids refusing for 人户分离 or 户籍不在本地:
-- none of those is a fact here, so none can refuse.
rule "registration.eligible" {
  from = "2020-04-08", ref = "鲁人社字〔2020〕39号 一(一)、一(二)、附件3; 人社厅发〔2020〕79号 一(一)、一(二)",
  function(facts, as_of)
    closed(facts, { "birth", "place", "wants_work", "jobless", "pension", "resident", "worked_in_shandong", "document" })
    if not date_valid(facts.birth) then fail("facts.birth: expected a date YYYY-MM-DD, got %s", tostring(facts.birth)) end
    for _, k in ipairs({ "wants_work", "jobless", "pension" }) do
      if type(facts[k]) ~= "boolean" then fail("facts.%s: required, true or false", k) end
    end
    local DOCS = { mainland = { ["01"] = true, ["04"] = true },
                   hk_macao_taiwan = { ["02"] = true, ["03"] = true, ["04"] = true } }
    if not DOCS[facts.resident] then
      fail("facts.resident: required, mainland or hk_macao_taiwan, got %s", tostring(facts.resident))
    end
    if facts.resident == "hk_macao_taiwan" then
      if type(facts.worked_in_shandong) ~= "boolean" then
        fail("facts.worked_in_shandong: required for a 港澳台居民, true or false (在山东省就业后失业的)")
      end
    elseif facts.worked_in_shandong ~= nil then
      fail("facts.worked_in_shandong: only for a 港澳台居民")
    end
    if facts.document == nil then fail("facts.document: required, the AAC058 证件类型 shown") end
    local places = param("registration_places")
    local placeOk = false
    for p in places:gmatch("[^,]+") do if p == facts.place then placeOk = true end end
    if not placeOk then
      if not ({ ["户籍地"] = 1, ["常住地"] = 1, ["就业地"] = 1, ["参保地"] = 1 })[facts.place] then
        fail("facts.place: '%s' is not a place of registration (户籍地, 常住地, 就业地, 参保地)", tostring(facts.place))
      end
      step("%s is not a place of registration on %s (%s)", facts.place, as_of, places)
      return false
    end
    if not call("registration.age_ok", { birth = facts.birth }, as_of) then return false end
    if facts.pension then step("already drawing a basic pension"); return false end
    if not facts.wants_work then step("no wish to work (有就业要求)"); return false end
    if not facts.jobless then step("not without work (处于无业状态)"); return false end
    if facts.resident == "hk_macao_taiwan" and not facts.worked_in_shandong then
      step("a 港澳台居民 registers only after losing a job held in Shandong"); return false
    end
    if not DOCS[facts.resident][tostring(facts.document)] then
      step("document AAC058 %s is not accepted for this person (39号 附件3)", tostring(facts.document))
      return false
    end
    return true
  end,
}

-- 人社厅发〔2020〕79号 一(一): "对离校未就业高校毕业生、领取失业补助金的失业人员、领取一次性生活补助或临时生活补助的
-- 失业农民工，参照登记失业人员进行服务" (from 2020-07-20). facts.group (required): graduate
-- (离校未就业高校毕业生), unemployment_allowance (领取失业补助金的失业人员), migrant_allowance (领取一次性生活
-- 补助或临时生活补助的失业农民工), or none. True when the person is served as a registered unemployed
-- person without being registered (the services, not the status: unemployment_status stays
-- not_registered).
rule "registration.served_as_registered" {
  from = "2020-07-20", ref = "人社厅发〔2020〕79号 一(一)",
  function(facts, as_of)
    closed(facts, { "group" })
    local GROUPS = { graduate = true, unemployment_allowance = true, migrant_allowance = true, none = false }
    if GROUPS[facts.group] == nil then
      fail("facts.group: '%s' is not one of graduate, unemployment_allowance, migrant_allowance, none", tostring(facts.group))
    end
    return GROUPS[facts.group]
  end,
}
