-- lua/shandong/status.lua: unemployment registration status (失业登记状态) over time.
--
-- Rule family "status": unemployment_status(city, person, as_of) evaluates rule
-- "status.unemployment" with the person (JSON, see docs/unemployment_status.md) and returns
-- { status, code, code_name, since, rows }, where rows is the timeline (one row per change of
-- status) followed by what is due at as_of. ext/status_sql.c turns it into SQL values and rows.
--
-- The rules and how they changed (docs/unemployment_status.md):
--   2018-05-24  鲁人社字〔2018〕166号 四: registered over one year, no effective contact, unreachable
--               -> 注销其失业状态. 威海 adds immediate restoration (威人社字〔2018〕89号 一), see
--               lua/cities/weihai.lua.
--   2020-04-08  鲁人社字〔2020〕39号 二(一): eleven grounds, incl. 8 (three refusals without good
--               reason) and 9 (six consecutive months unreachable); 1-3 turn into employment.
--   2020-07-20  人社厅发〔2020〕79号 一(四): grounds 8 and 9 may not by themselves justify closing
--               a registration; Shandong's notice of 2020-08-05 (一) says 79号 prevails.
-- Two kinds of closing:
--   recorded acts   an event the office recorded (employment registered, a pension, death, or a
--                   注销 it made itself, type "cancelled"): final, whatever rules came later;
--   rule-implied    refusals and unreachability, counted from the history: judged by the rules in
--                   force on as_of. reading: the function answers "what do the rules say this
--                   person's status is on as_of"; only the office's act changes a registration
--                   for good (79号 is not retroactive to acts, and an office that did not act
--                   before 2020-07-20 may no longer close on these grounds alone). So the same
--                   history asked about under the 2018 rule, under 39号 and after 79号 can give
--                   three different answers (tests/sql/unemployment_status.sql, 03_*).
-- Besides the status, the rows carry what the office owes and what a human must check: the first
-- contact and the monthly follow-up, the "12333"式服务 after a request (status.duties), telling the
-- person of a closing (status.notify), the processing time from 申请日期 to 经办日期
-- (status.processing), and reviews (79号 一(四); 鲁人社字〔2020〕129号).
-- The person JSON is a closed shape (PERSON_KEYS, REGISTRATION_KEYS, EVENT_KEYS and the closed
-- lists of places, channels, codes, documents, bodies and services): a mistyped key or value is an
-- error naming it, never a fact silently ignored (issue 22).
-- reading: conduct before a rule does not count under it (不溯及既往): refusals and failed contact
-- attempts count toward a ground only from the first day of the rule that makes them a ground
-- (39号: 2020-04-08; 166号: 2018-05-24), so three refusals in 2019 close nothing, and six months of
-- unreachability under 39号 can first be complete on 2020-10-08, after 79号 took effect.

-- {====== parameters
-- The registration and status parameters (register_min_age, contact_within_working_days,
-- followup_per_month, stale_registration_years, effective_contact_bodies, restore_on_reapply,
-- refusal_count, unreachable_months, *_sole_ground, urban_dibao_monthly) are in params.lua with
-- the others; what only this family reads is here.

local FROM_2018 = "2018-05-24" -- 鲁人社字〔2018〕166号, issued 2018-05-24
local FROM_39 = "2020-04-08"   -- 鲁人社字〔2020〕39号, issued 2020-04-08

parameter "registration_places" {
  description = "登记地点: places where a person may register, comma-separated",
  unit = "text",
  { from = FROM_39, value = "户籍地,常住地", ref = "鲁人社字〔2020〕39号 一(二)" },
  { from = "2020-07-20", value = "户籍地,常住地,就业地,参保地", ref = "人社厅发〔2020〕79号 一(一)",
    note = "reading: from the national notice's own date (本通知自发文之日起执行); Shandong's "
        .. "province-wide 通办 from August 2020 (notice of 2020-08-05 二) is how it is delivered" },
}

-- }======

-- {====== what each kind of event does

-- Events that close a registration, with the 39号 case and the AJC00A code (人社厅发〔2020〕79号
-- 附件, 注销失业登记原因). "employed" closes into employment (39号 二(一): 符合第1、2、3类情形的…
-- 转为就业状态); "exited" is 失业登记退出 with its reason (以上4至11类情形…转为失业登记退出状态).
-- reading: 14 公益性岗位安置 has no 39号 case; a public-welfare post is a job, so it is employment.
-- reading: 灵活就业、新形态就业 share 39号 case 2 with 个体经营 and AJC00A has no code of their own;
--          12 is the code of that case.
local CLOSING = {
  employed            = { status = "employed", code = "11", case = "1", ref = "鲁人社字〔2020〕39号 二(一)1" },
  self_employed       = { status = "employed", code = "12", case = "2", ref = "鲁人社字〔2020〕39号 二(一)2" },
  flexible_employment = { status = "employed", code = "12", case = "2", ref = "鲁人社字〔2020〕39号 二(一)2" },
  stable_income       = { status = "employed", code = "13", case = "3", ref = "鲁人社字〔2020〕39号 二(一)3" },
  public_welfare_post = { status = "employed", code = "14", case = "-", ref = "人社厅发〔2020〕79号 附件 AJC00A 14" },
  pension_started     = { status = "exited", code = "21", case = "4", ref = "鲁人社字〔2020〕39号 二(一)4" },
  disability_total    = { status = "exited", code = "23", case = "5", ref = "鲁人社字〔2020〕39号 二(一)5" },
  study               = { status = "exited", code = "24", case = "6", ref = "鲁人社字〔2020〕39号 二(一)6" },
  military_service    = { status = "exited", code = "24", case = "6", ref = "鲁人社字〔2020〕39号 二(一)6" },
  emigration          = { status = "exited", code = "24", case = "6", ref = "鲁人社字〔2020〕39号 二(一)6" },
  imprisonment        = { status = "exited", code = "25", case = "7", ref = "鲁人社字〔2020〕39号 二(一)7" },
  death               = { status = "exited", code = "26", case = "10", ref = "鲁人社字〔2020〕39号 二(一)10" },
}

-- Events that only feed the counting grounds and the office's duties.
local COUNTING = {
  cancelled = true,         -- the office closed the registration itself: code = AJC00A (final)
  contact_made = true,      -- effective contact (有效联系): a follow-up that reached the person
  contact_failed = true,    -- a follow-up attempt that could not reach the person (联系不上)
  service_refused = true,   -- refused a public employment service; good_reason = true if justified
  service_accepted = true,  -- took up a service: ends a run of refusals
  reapplied = true,         -- asked again for public employment services (再次申请), see restoration
  notified = true,          -- the person was told that the registration was closed (予以告知)
  service_requested = true, -- asked for services by 12333 or another online channel (即时响应)
  service_provided = true,  -- a service given on such a request: service = one of SERVICE_12333
}

-- The keys an event may carry besides date and type (the person JSON is a closed shape: a
-- mistyped key is an error, not a silently ignored fact). A city's own "city.*" events are the
-- city's to read and may carry any key.
local EVENT_KEYS = {
  cancelled = { code = true },
  stable_income = { monthly_income_fen = true },
  contact_made = { body = true },
  service_refused = { good_reason = true, service = true },
  service_accepted = { service = true },
  service_provided = { service = true },
}

-- The keys of each event type, as lists for closed().
local EVENT_KEY_LIST = {}
for t in pairs(CLOSING) do EVENT_KEY_LIST[t] = { "date", "type" } end
for t in pairs(COUNTING) do EVENT_KEY_LIST[t] = { "date", "type" } end
for t, extra in pairs(EVENT_KEYS) do
  local l = { "date", "type" }
  for k in pairs(extra) do l[#l + 1] = k end
  table.sort(l)
  EVENT_KEY_LIST[t] = l
end

-- The bodies a contact can be with (有效联系的对象), as codes, with the names the texts use:
-- 鲁人社字〔2018〕166号 四 names three; 威人社字〔2018〕89号 一 says 公共就业服务机构 and 鲁人社字〔2020〕39号
-- says 就业人才服务机构 for the same body as 166号's 公共就业人才服务机构 (aliases). A contact's body
-- is a code or one of these names; anything else is an error naming it.
local BODY = {
  hrss_department = { "人力资源社会保障部门" },
  employment_service = { "公共就业人才服务机构", "公共就业服务机构", "就业人才服务机构" },
  street_platform = { "街道（乡镇）人力资源社会保障平台" },
}
local BODY_OF = {}
for code, names in pairs(BODY) do
  BODY_OF[code] = code
  for _, n in ipairs(names) do BODY_OF[n] = code end
end

-- 鲁人社字〔2020〕39号 四(三) "12333"式服务: the services due in a year after a request, each with
-- the parameter that says how many.
local SERVICE_12333 = {
  { code = "policy_matching", name = "政策对接", param = "service_12333_policy_matching" },
  { code = "career_guidance", name = "职业指导", param = "service_12333_career_guidance" },
  { code = "job_info", name = "岗位信息", param = "service_12333_job_info" },
  { code = "training_info", name = "免费技能培训信息", param = "service_12333_training_info" },
}

-- The places of registration (鲁人社字〔2020〕39号 一(二); 人社厅发〔2020〕79号 一(一)), the registration
-- channels (params.lua registration_channels), AJC093 失业登记原因 (39号 附件5 四(三)14) and the
-- documents (AAC058 证件类型) a registration is made with.
local PLACES = { ["户籍地"] = true, ["常住地"] = true, ["就业地"] = true, ["参保地"] = true }
local CHANNELS = { offline = true, online = true, national_portal = true, ui_claim = true, integrated = true }
local AJC093 = { ["10"] = true, ["20"] = true, ["21"] = true, ["22"] = true, ["23"] = true, ["24"] = true,
  ["31"] = true, ["32"] = true, ["33"] = true, ["40"] = true, ["50"] = true, ["60"] = true, ["70"] = true,
  ["90"] = true }
-- 鲁人社字〔2020〕39号 附件3: "内地（大陆）居民凭本人身份证或社会保障卡办理。港澳台居民持港澳台居民居住证或社会
-- 保障卡、港澳居民来往内地通行证办理。"
local DOCUMENTS = {
  mainland = { ["01"] = "居民身份证", ["04"] = "社会保障卡" },
  hk_macao_taiwan = { ["03"] = "港澳台居民居住证", ["04"] = "社会保障卡", ["02"] = "港澳居民来往内地通行证" },
}
local AAC058 = { ["01"] = true, ["02"] = true, ["03"] = true, ["04"] = true, ["05"] = true }

local PERSON_KEYS = { "id", "birth_date", "sex", "retirement_category", "registration", "events",
  "wants_work", "jobless", "resident", "worked_in_shandong", "document", "urban" }
local REGISTRATION_KEYS = { "date", "place", "reason", "applied", "channel" }

local CODE_NAME = {
  ["11"] = "被各类用人单位录用或招聘", ["12"] = "从事个体经营、创办企业或民办非企业",
  ["13"] = "已从事有稳定收入的劳动，并且月收入不低于当地最低生活保障标准", ["14"] = "公益性岗位安置",
  ["21"] = "已依法享受基本养老保险待遇", ["23"] = "完全丧失劳动能力", ["24"] = "入学、应征服兵役、移居境外",
  ["25"] = "被判刑收监执行", ["26"] = "死亡", ["31"] = "连续3次拒绝接受公共就业服务",
  ["32"] = "连续6个月无法取得联系", ["90"] = "其他",
}

-- }======

-- {====== the evaluation

-- What the evaluation calls for every person, as locals: a global is looked up through the
-- world's environments at every use.
local type, tostring, ipairs, pairs, pcall, error = type, tostring, ipairs, pairs, pcall, error
local param, date_valid = param, date.valid

local function fail(fmt, ...) error(string.format(fmt, ...), 0) end

local isdate = date_valid -- true for a string YYYY-MM-DD that is a real date, else false

-- The value of a parameter on d, or nil when it is not yet (or no longer) in force.
local function inforce(zName, d)
  local ok, v = pcall(param, zName, d)
  if ok then return v end
  return nil
end

-- Helpers defined below the rules (their lines leave the rules' error positions as they were).
local inforceMemo, inforceTraced, bodiesOn, setof, dutiesMayFail, retireMayFail, monthno, monthend
local MONTH_39, MONTH_LAST

local function month_of(d) return d:sub(1, 7) end

-- Every key of t must be in the list keys (an array of names, with its set in keys.set, made on
-- first use); zAt names t in the error (with i: string.format(zAt, i), made only then).
local function closed(t, keys, zAt, i)
  local ok = keys.set
  if not ok then
    ok = {}
    for _, k in ipairs(keys) do ok[k] = true end
    keys.set = ok
  end
  for k in pairs(t) do
    if not ok[k] then
      local allowed = {}
      for _, a in ipairs(keys) do allowed[#allowed + 1] = a end
      table.sort(allowed)
      if i then zAt = string.format(zAt, i) end
      fail("%s.%s: unknown key (the keys of %s are %s)", zAt, tostring(k), zAt, table.concat(allowed, ", "))
    end
  end
end

local function optbool(t, k, zAt)
  local v = t[k]
  if v ~= nil and type(v) ~= "boolean" then fail("%s.%s: expected true or false, got %s", zAt, k, tostring(v)) end
  return v
end

local OPT_BOOLS = { "wants_work", "jobless", "worked_in_shandong", "urban" }

-- Check the person and return the events, sorted by date (stable for one day). The name of an
-- event in a message ("person.events[2]") is made only for the message: this runs for every
-- person of a query, and the events are usually valid and in order.
local function prepare(person, as_of)
  if type(person) ~= "table" then fail("person: expected a JSON object") end
  closed(person, PERSON_KEYS, "person")
  local reg = person.registration
  if type(reg) ~= "table" then fail("person.registration: missing (an object with date, place, reason)") end
  closed(reg, REGISTRATION_KEYS, "person.registration")
  if not isdate(reg.date) then fail("person.registration.date: expected a date YYYY-MM-DD, got %s", tostring(reg.date)) end
  if reg.place ~= nil and not PLACES[reg.place] then
    fail("person.registration.place: '%s' is not a place of registration (户籍地, 常住地, 就业地, 参保地)", tostring(reg.place))
  end
  if reg.reason ~= nil then
    reg.reason = tostring(reg.reason)
    if not AJC093[reg.reason] then
      fail("person.registration.reason: '%s' is not an AJC093 失业登记原因 code (10 20 21 22 23 24 31 32 33 40 50 60 70 90)", reg.reason)
    end
  end
  if reg.applied ~= nil then
    if not isdate(reg.applied) then
      fail("person.registration.applied: AAE127 申请日期: expected a date YYYY-MM-DD, got %s", tostring(reg.applied))
    end
    if reg.applied > reg.date then
      fail("person.registration.applied: AAE127 申请日期 %s is after the registration date (AAE036 经办日期) %s", reg.applied, reg.date)
    end
  end
  if reg.channel ~= nil and not CHANNELS[reg.channel] then
    fail("person.registration.channel: '%s' is not a registration channel (integrated, national_portal, offline, online, ui_claim)", tostring(reg.channel))
  end
  for _, k in ipairs(OPT_BOOLS) do if person[k] ~= nil then optbool(person, k, "person") end end
  if person.resident ~= nil and not DOCUMENTS[person.resident] then
    fail("person.resident: '%s' is not one of mainland (内地（大陆）居民), hk_macao_taiwan (港澳台居民)", tostring(person.resident))
  end
  if person.document ~= nil then
    person.document = tostring(person.document)
    if not AAC058[person.document] then
      fail("person.document: AAC058 证件类型: '%s' is not a code (01 02 03 04 05)", person.document)
    end
  end
  -- The birth date and sex come from the ID number (GB 11643-1999, checked by the host), or are
  -- given; when both are there they must agree. A 港澳台居民居住证 number makes the person a 港澳台居民.
  if person.id ~= nil then
    local info, _, msg = idcard.info(tostring(person.id))
    if not info then fail("person.id: %s", msg) end
    if person.birth_date ~= nil and person.birth_date ~= info.birth_date then
      fail("person.birth_date %s disagrees with the ID number (%s)", tostring(person.birth_date), info.birth_date)
    end
    if person.sex ~= nil and tostring(person.sex) ~= tostring(info.sex) then
      fail("person.sex %s disagrees with the ID number (AAC004 性别 %d)", tostring(person.sex), info.sex)
    end
    local hmt = info.kind == "hk_macao_taiwan_permit"
    if person.resident ~= nil and (person.resident == "hk_macao_taiwan") ~= hmt then
      fail("person.resident %s disagrees with the ID number (%s)", person.resident,
           hmt and "a 港澳台居民居住证 number" or "not a 港澳台居民居住证 number")
    end
    if hmt then person.resident = "hk_macao_taiwan" end
    person.birth_date, person.sex = info.birth_date, info.sex
  end
  if not isdate(person.birth_date) then
    fail("person: no birth date (give id, or birth_date and sex)")
  end
  if person.sex ~= nil then
    local sx = tostring(person.sex)
    if sx ~= "1" and sx ~= "2" then fail("person.sex: AAC004 性别: expected 1 (男) or 2 (女), got %s", sx) end
    person.sex = tonumber(sx)
  end
  local rc = person.retirement_category
  if rc ~= nil and rc ~= 50 and rc ~= 55 and rc ~= 60 then
    fail("person.retirement_category: expected 50 or 55 (a woman's track; 60 for a man), got %s", tostring(rc))
  end
  if reg.date < person.birth_date then
    fail("person.registration.date %s is before the birth date %s", reg.date, person.birth_date)
  end
  local events = person.events or {}
  if type(events) ~= "table" then fail("person.events: expected an array") end
  local out = {}
  local sorted, prev = true, nil
  for i, e in ipairs(events) do
    local zAt = "person.events[%d]"
    if type(e) ~= "table" then fail(zAt .. ": expected an object with date and type", i) end
    if not isdate(e.date) then fail(zAt .. ".date: expected a date YYYY-MM-DD, got %s", i, tostring(e.date)) end
    local zType = e.type
    if type(zType) ~= "string" then fail(zAt .. ".type: missing", i) end
    -- The province's types have a closed shape; a city's own ("city.*") may carry any key.
    if CLOSING[zType] or COUNTING[zType] then
      closed(e, EVENT_KEY_LIST[zType], zAt, i)
    elseif not zType:match("^city%.[%w_]+$") then
      fail(zAt .. ".type: unknown event type '%s' (docs/unemployment_status.md lists the types; a city's own start with 'city.')", i, zType)
    end
    if zType == "contact_made" and e.body ~= nil and not BODY_OF[tostring(e.body)] then
      fail(zAt .. ".body: unknown body '%s' (employment_service 公共就业人才服务机构/公共就业服务机构/就业人才服务机构, "
           .. "hrss_department 人力资源社会保障部门, street_platform 街道（乡镇）人力资源社会保障平台)", i, tostring(e.body))
    end
    if e.good_reason ~= nil and type(e.good_reason) ~= "boolean" then
      fail(zAt .. ".good_reason: expected true or false, got %s", i, tostring(e.good_reason))
    end
    if e.service ~= nil or zType == "service_provided" then
      local ok = false
      for _, sv in ipairs(SERVICE_12333) do if sv.code == e.service then ok = true end end
      if not ok then
        fail(zAt .. ".service: '%s' is not a service (career_guidance 职业指导, job_info 岗位信息, "
             .. "policy_matching 政策对接, training_info 免费技能培训信息)", i, tostring(e.service))
      end
    end
    local d = e.date
    if d < person.birth_date then
      fail(zAt .. ": %s on %s is before the birth date %s", i, zType, d, person.birth_date)
    end
    if prev and d < prev then sorted = false end
    prev = d
    out[#out + 1] = { date = d, type = zType, i = i, e = e }
  end
  -- Events in date order (the usual case) are already sorted: (date, i) is their order.
  if not sorted then
    table.sort(out, function(a, b)
      if a.date ~= b.date then return a.date < b.date end
      return a.i < b.i
    end)
  end
  return out
end




-- The person whose evaluation of status.unemployment is for the status alone (set by
-- status.unemployment_status around its call): then no row is made, and of what only the rows
-- need, just what can end in an error runs, so that both forms give the same status and the
-- same errors. A city that replaces status.unemployment gets the call as before (the marker is
-- this script's own and its replacement ignores it).
local leanFor = nil

rule "status.unemployment" {
  from = FROM_2018, ref = "鲁人社字〔2018〕166号 四; 鲁人社字〔2020〕39号 二(一); 人社厅发〔2020〕79号 一(四)",
  function(person, as_of)
    local full = leanFor == nil or leanFor ~= person
    leanFor = nil
    local inforce = full and inforceTraced or inforceMemo
    local events = prepare(person, as_of)
    local reg = person.registration
    local rows = {}
    local function row(kind, d, status, code, zEvent, zRule, zRef, zDetail)
      rows[#rows + 1] = { kind = kind, date = d, status = status, code = code,
                          code_name = code and CODE_NAME[code] or nil, event = zEvent,
                          rule = zRule, ref = zRef, detail = zDetail }
    end
    local result = { status = "not_registered" }

    if as_of < reg.date then
      step("as_of is before the registration date " .. reg.date)
      return result
    end

    local function refuse(zRef, zDetail)
      if full then row("change", reg.date, "not_registered", nil, "registration", "status.eligibility", zRef, "refused: " .. zDetail) end
      step("%s (%s)", zDetail, zRef)
      result.rows = rows
      return result
    end

    -- The channel (params.lua registration_channels): a channel not open on the registration day
    -- cannot have made it. reading: before the first list (2020-03-20) every registration is
    -- taken as recorded.
    local channels = reg.channel and inforce("registration_channels", reg.date)
    if channels then
      local ok = false
      for c in channels:gmatch("[%w_]+") do if c == reg.channel then ok = true end end
      if not ok then
        return refuse("鲁人社函〔2020〕10号; 鲁人社字〔2020〕39号 一(三); 鲁人社字〔2020〕129号",
                      string.format("channel %s is not open on %s (%s)", reg.channel, reg.date, channels))
      end
    end

    -- Eligibility on the registration date (鲁人社字〔2020〕39号 一(一), 一(二)).
    -- reading: registrations before 2020-04-08 are taken as recorded: no text before 39号 states
    -- who may register, so there is nothing to check them against.
    -- reading: a recorded registration attests the conditions the office checked (有就业要求 by the
    -- application, 处于无业状态 by the system's records, the document): absent, they are taken as
    -- met; given as false (or a document not accepted), the registration could not be made.
    -- An application not yet decided is the rule registration.eligible's, where they are required.
    local minAge = inforce("register_min_age", reg.date)
    if minAge then
      local age = date.age(person.birth_date, reg.date)
      if age < minAge then
        return refuse("鲁人社字〔2020〕39号 一(一)",
                      string.format("aged %d on the registration date, under %d (16周岁（含）)", age, minAge))
      end
      local places = not full and inforceMemo("registration_places", reg.date) or param("registration_places", reg.date)
      if reg.place ~= nil then
        if not setof(places)[reg.place] then
          return refuse(reg.date < "2020-07-20" and "鲁人社字〔2020〕39号 一(二)" or "人社厅发〔2020〕79号 一(一)",
                        string.format("%s is not a place of registration on %s (%s)", reg.place, reg.date, places))
        end
      end
      if person.wants_work == false then
        return refuse("鲁人社字〔2020〕39号 一(一)", "no wish to work (有就业要求 依据个人申请)")
      end
      if person.jobless == false then
        return refuse("鲁人社字〔2020〕39号 一(一)", "not without work (处于无业状态 依据山东就业信息系统记录)")
      end
      local resident = person.resident or "mainland"
      if resident == "hk_macao_taiwan" then
        -- 39号 一(一): "在山东省就业后失业的香港特别行政区、澳门特别行政区居民中的中国公民和台湾地区居民…可参照执行"
        if person.worked_in_shandong == false then
          return refuse("鲁人社字〔2020〕39号 一(一)",
                        "a 港澳台居民 registers only after losing a job held in Shandong (在山东省就业后失业的)")
        end
      end
      if person.document and not DOCUMENTS[resident][person.document] then
        local allowed = {}
        for c, n in pairs(DOCUMENTS[resident]) do allowed[#allowed + 1] = c .. " " .. n end
        table.sort(allowed)
        return refuse("鲁人社字〔2020〕39号 附件3",
                      string.format("document AAC058 %s is not accepted for a %s (%s)", person.document,
                                    resident == "mainland" and "内地（大陆）居民" or "港澳台居民", table.concat(allowed, ", ")))
      end
      -- reading: the upper bound of 劳动年龄 is drawing a pension (依法享受基本养老保险待遇), not
      -- reaching the statutory pension age: people past that age who draw no pension register and
      -- are paid unemployment insurance (鲁人社函〔2020〕10号 三(六); 鲁人社函〔2020〕41号). The
      -- function in_working_age is the other reading (the statutory age) and is not this test.
      for _, ev in ipairs(events) do
        if ev.type == "pension_started" and ev.date <= reg.date then
          return refuse("鲁人社字〔2020〕39号 一(一)",
                        "already drawing a basic pension (已依法享受基本养老保险待遇) since " .. ev.date)
        end
      end
    end

    local status, code, since, closedBy = "unemployed", nil, reg.date, nil
    if full then
      local zHow = reg.channel == "ui_claim" and ", with the claim for unemployment insurance (申领失业保险金时同时办理)"
                   or reg.channel == "integrated" and ", in the integrated registration (一体化登记)" or ""
      row("change", reg.date, "unemployed", nil, "registration", "status.registration",
          reg.channel == "ui_claim" and "鲁人社函〔2020〕10号"
            or reg.channel == "integrated" and "鲁人社字〔2020〕129号"
            or reg.date >= FROM_39 and "鲁人社字〔2020〕39号 一(一)" or "鲁人社字〔2018〕166号",
          "registered unemployed (失业登记)" .. (reg.reason and (", AJC093 " .. reg.reason) or "") .. zHow)
    end

    -- 鲁人社字〔2020〕39号 二(二); 人社厅发〔2020〕79号 三(十): the registered unemployed of the statistics are
    -- those registered in a town (常住地为城镇 / 在城镇区域办理失业登记).
    if full and person.urban == false then
      row("note", reg.date, "unemployed", nil, "registration", "status.urban_scope", "人社厅发〔2020〕79号 三(十); 鲁人社字〔2020〕39号 二(二)",
          "registered outside a town (城镇区域): not counted among the 城镇登记失业人员")
    end

    -- The time from application (申请日期 AAE127) to decision (经办日期 AAE036): 7, from 2020-07-20
    -- 3 working days (registration_deadline_working_days, in force on the application day).
    -- 39号 五(一) also says 即时受理; the record has no date of acceptance, so that is not checked.
    -- (rows only: the working-day calendar covers both dates, and the row's day is before reg.date)
    local limit = full and reg.applied and inforce("registration_deadline_working_days", reg.applied)
    if limit and reg.applied >= "2018-01-01" and reg.date <= "2026-12-31" then
      local n = date.workdays_between(reg.applied, reg.date)
      if n > limit then
        local zRef = reg.applied >= "2020-07-20" and "人社厅发〔2020〕79号 一(三)" or "鲁人社字〔2020〕39号 五(一); 附件3"
        row("overdue", date.workday_add(reg.applied, limit), "unemployed", nil, "registration", "status.processing", zRef,
            string.format("applied %s, decided %s: %d working days, over the limit of %d (办结时限)", reg.applied, reg.date, n, limit))
      end
    end

    -- 鲁人社字〔2020〕129号: from 2021-05-01 the registration after an employer ends a contract is made
    -- in the integrated registration only (禁止分口办理).
    -- reading: AJC093 21 and 22 are the reasons that follow an employer's 终止或解除劳动合同.
    if full and reg.channel and reg.channel ~= "integrated" and (reg.reason == "21" or reg.reason == "22")
       and inforce("integrated_registration_required", reg.date) then
      row("review", reg.date, "unemployed", nil, "registration", "status.integrated", "鲁人社字〔2020〕129号",
          "registered through " .. reg.channel .. " after an employer ended the contract: from 2021-05-01 "
            .. "this is done in the integrated registration (全面实行一体化办理，禁止分口办理)")
    end

    -- The rules in force on as_of decide which counting grounds exist and whether they close.
    local years2018 = inforce("stale_registration_years", as_of)
    local needUnreachable = inforce("unreachable_months", as_of)
    local needRefusals = inforce("refusal_count", as_of)

    local lastContact = nil          -- date of the last effective contact since registration
    local failStart = nil            -- first failed attempt since the last effective contact
    local refusals = 0               -- consecutive refusals without good reason
    local reviewed = {}              -- grounds already flagged for a human check
    local sinceClose = {}            -- exit events recorded after a closing (restoration, 威海)

    local function close(d, st, cd, zEvent, zRule, zRef, zDetail)
      status, code, since, closedBy = st, cd, d, zRule
      sinceClose = {}
      if full then row("change", d, st, cd, zEvent, zRule, zRef, zDetail) end
    end

    -- A ground that refusals or unreachability made complete on day d: it closes the registration
    -- while such grounds may stand alone; after 2020-07-20 it is flagged for a human check instead.
    -- Conduct before the rule does not count (the callers count from the rule's first day).
    -- The detail is string.format(zFmt, ...), made only for a row.
    local function soleGround(d, zSole, cd, zEvent, zRule, zRef, zFmt, ...)
      if param(zSole, as_of) then
        close(d, "exited", cd, zEvent, zRule, zRef, full and string.format(zFmt, ...))
      elseif full and not reviewed[zRule] then
        reviewed[zRule] = true
        row("review", d, "unemployed", cd, zEvent, zRule, "人社厅发〔2020〕79号 一(四)",
            string.format(zFmt, ...) .. "; since 2020-07-20 not by itself a ground to close the registration: check "
                    .. "the person's situation (不能简单以…为由注销失业登记)")
      end
    end

    local cityGrounds = {}
    if as_of >= FROM_39 then
      cityGrounds = call("status.city_grounds", person, as_of)
      -- (no ground, or one: nothing to sort; anything else goes to table.sort, errors included)
      if type(cityGrounds) ~= "table" or #cityGrounds > 1 then
        table.sort(cityGrounds, function(x, y) return x.date < y.date end)
      end
    end
    local iCity = 1

    -- Close on the city grounds that became due before day d, oldest first.
    local function catchUp(d)
      while status == "unemployed" do
        local g = cityGrounds[iCity]
        while g and g.date < reg.date do iCity = iCity + 1; g = cityGrounds[iCity] end
        if g and g.date <= d then
          iCity = iCity + 1
          close(g.date, "exited", "90", "city", "status.city_grounds", g.ref, g.reason)
        else
          return
        end
      end
    end

    for _, ev in ipairs(events) do
      local d = ev.date
      if d > as_of then break end
      if d >= reg.date then catchUp(d) end
      if d < reg.date then
        -- before the registration: only a pension matters (eligibility, above)
      elseif status ~= "unemployed" then
        if CLOSING[ev.type] or ev.type == "cancelled" then sinceClose[#sinceClose + 1] = ev end
        -- 威人社字〔2018〕89号 一 (restore_on_reapply, set by 威海): "劳动者再次申请享受公共就业创业服务时，
        -- 符合条件的可予即时恢复其失业人员身份资格": a 2018-rule cancellation is undone when the person
        -- asks again for services and still meets the conditions of a registration on that day.
        -- reading: the conditions are those of the registration: no job, pension or other exit
        -- recorded since the closing, no pension drawn, and 有就业要求 / 处于无业状态 not denied.
        if ev.type == "reapplied" and closedBy == "status.inactive_2018" and param("restore_on_reapply", d) then
          local why = nil
          for _, x in ipairs(sinceClose) do
            why = why or string.format("%s on %s since the closing", x.type == "cancelled"
                                       and ("cancelled (AJC00A " .. tostring(x.e.code) .. ")") or x.type, x.date)
          end
          for _, x in ipairs(events) do
            if x.type == "pension_started" and x.date <= d then
              why = why or ("drawing a basic pension since " .. x.date)
            end
          end
          if person.wants_work == false then why = why or "no wish to work (有就业要求)" end
          if person.jobless == false then why = why or "not without work (处于无业状态)" end
          if why then
            if full then
              row("note", d, status, code, "reapplied", "status.restore_on_reapply", "威人社字〔2018〕89号 一",
                  "asked again for services: not restored, the conditions no longer hold (符合条件的可予即时恢复): " .. why)
            end
          else
            status, code, since, closedBy = "unemployed", nil, d, nil
            lastContact, failStart, refusals = d, nil, 0
            if full then
              row("change", d, "unemployed", nil, "reapplied", "status.restore_on_reapply",
                  "威人社字〔2018〕89号 一", "restored at once on asking again for services (符合条件的可予即时恢复其失业人员身份资格)")
            end
          end
        end
      elseif ev.type == "cancelled" then
        -- The office's own 注销, recorded with its AJC00A code: final (recorded acts win).
        local cd = tostring(ev.e.code)
        if not CODE_NAME[cd] then
          fail("person.events[%d].code: '%s' is not an AJC00A 注销失业登记原因 code (11 12 13 14 21 23 24 25 26 31 32 90)", ev.i, cd)
        end
        close(d, cd:sub(1, 1) == "1" and "employed" or "exited", cd, ev.type, "status.recorded",
              "人社厅发〔2020〕79号 附件 AJC00A", "closed by the office: " .. CODE_NAME[cd])
        -- 人社厅发〔2020〕79号 一(四): "不能简单以连续3次拒绝接受公共就业服务、连续6个月无法取得联系为由，注销"
        -- (from 2020-07-20). The act stands; a human checks it.
        if full and (cd == "31" or cd == "32") and d >= "2020-07-20" then
          row("review", d, status, cd, ev.type, "status.recorded", "人社厅发〔2020〕79号 一(四)",
              "closed with AJC00A " .. cd .. " on or after 2020-07-20: not by itself a ground to close "
                .. "(不能简单以…为由注销失业登记): check that another ground was verified")
        end
        if cd == "32" and d < date.add_months(reg.date, 6) and full then
          row("review", d, status, cd, ev.type, "status.recorded", "鲁人社字〔2020〕39号 二(一)9",
              "closed with AJC00A 32 less than 6 months after the registration of " .. reg.date
                .. ": six consecutive months unreachable cannot have passed (连续6个月无法取得联系)")
        end
      elseif CLOSING[ev.type] then
        local c = CLOSING[ev.type]
        if ev.type == "stable_income" then
          -- 39号 二(一)3: 月收入不低于当地最低生活保障标准: the local standard is the city's.
          local income = ev.e.monthly_income_fen
          if math.type(income) ~= "integer" then
            fail("person.events[%d].monthly_income_fen: stable_income needs the monthly income in fen", ev.i)
          end
          local standard = param("urban_dibao_monthly", d)
          if income >= standard then
            close(d, c.status, c.code, ev.type, "status.closing", c.ref,
                  string.format("monthly income %d fen, not below the local subsistence standard %d fen", income, standard))
          else
            step(string.format("%s: income %d fen below the local subsistence standard %d fen: still unemployed",
                               d, income, standard), c.ref)
          end
        else
          close(d, c.status, c.code, ev.type, "status.closing", c.ref, CODE_NAME[c.code])
        end
      elseif ev.type == "contact_made" then
        -- reading: a contact names the body it was with (body, optional; a code or a name, see
        -- BODY); it is judged by the list in force on the contact's own day (威海 counts only
        -- contacts with 公共就业服务机构 from 2018-09-18); without a body it counts.
        local b = ev.e.body and BODY_OF[tostring(ev.e.body)]
        local set, zList
        if b then set, zList = bodiesOn(d, inforce) end
        if b == nil or not set or set[b] then
          lastContact, failStart = d, nil
        else
          step(string.format("%s: contact with %s is not an effective contact on that day (%s)", d, tostring(ev.e.body), zList))
        end
      elseif ev.type == "contact_failed" then
        failStart = failStart or d
        -- 鲁人社字〔2018〕166号 四: over one year registered, no effective contact, unreachable.
        -- reading: "超过一年以上" is strictly more than 12 months after the registration date;
        -- "没有…有效联系" means none since the registration; "联系不上" needs a recorded failed
        -- attempt on or after 2018-05-24, so the ground is complete on the first such attempt after that year.
        if years2018 and not lastContact and d >= FROM_2018 and d > date.add_months(reg.date, 12 * years2018) then
          soleGround(d, "stale_registration_sole_ground", "90", ev.type, "status.inactive_2018",
                     "鲁人社字〔2018〕166号 四",
                     "registered over %d year(s) with no effective contact, unreachable", years2018)
        end
        -- 鲁人社字〔2020〕39号 二(一)9: 连续6个月无法取得联系.
        -- reading: the months are proved by failed attempts: complete on a failed attempt at least
        -- 6 months after the first failed one, with no effective contact in between; the months
        -- count from 2020-04-08 at the earliest (conduct before the rule does not count), so an
        -- unbroken run of failures from before then is counted from 2020-04-08.
        local from39 = failStart < FROM_39 and FROM_39 or failStart
        if status == "unemployed" and needUnreachable and d >= date.add_months(from39, needUnreachable) then
          soleGround(d, "unreachable_sole_ground", "32", ev.type, "status.unreachable", "鲁人社字〔2020〕39号 二(一)9",
                     "unreachable since %s: %d consecutive months", from39, needUnreachable)
        end
      elseif ev.type == "service_refused" then
        if ev.e.good_reason == true then
          step("%s: a refusal with good reason is not counted", d)
        elseif d < FROM_39 then
          step("%s: a refusal before 2020-04-08 is not counted (不溯及既往)", d)
        else
          refusals = refusals + 1
          if needRefusals and refusals >= needRefusals then
            soleGround(d, "refusal_sole_ground", "31", ev.type, "status.refusals", "鲁人社字〔2020〕39号 二(一)8",
                       "%d consecutive refusals of public employment services without good reason", refusals)
          end
        end
      elseif ev.type == "service_accepted" then
        refusals = 0
      end
    end
    catchUp(as_of)

    -- reading: the upper bound of 劳动年龄 is drawing a pension (above), so reaching the statutory
    -- pension age closes nothing; it is a note for the office to check whether a pension has
    -- started. The age needs the track: men have one; a woman's (50 or 55) must be given as
    -- retirement_category, since the ID number cannot tell it (2024 决定 附件, retirement.c): without
    -- it there is no note (no track is assumed).
    if status == "unemployed" and (person.sex == 1 or person.retirement_category ~= nil) and (full or retireMayFail(person)) then
      local cat = person.retirement_category or 0
      if math.type(cat) ~= "integer" then fail("person.retirement_category: expected 50 or 55 (女) or nothing") end
      local ok, when, months = pcall(date.retirement_date, person.birth_date, person.sex, cat)
      if not ok then fail("person.retirement_category: %s", tostring(when)) end
      if full and when <= as_of then
        row("note", when, "unemployed", nil, nil, "status.pension_age",
            when < "2025-01-01" and "国发〔1978〕104号"
              or "全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定 (2024-09-13)",
            string.format("statutory pension age %s reached on %s; the registration continues "
                          .. "until a pension is drawn (鲁人社函〔2020〕10号)",
                          months % 12 == 0 and string.format("%d岁", months // 12)
                            or string.format("%d岁%d个月", months // 12, months % 12), when))
      end
    end

    -- 鲁人社字〔2020〕39号 二(一): "注销其失业登记，并以适当方式予以告知（移居境外、被判刑收监执行、死亡及
    -- 无法取得联系的除外）"; 人社厅发〔2020〕79号 一(四) "并以适当方式告知". A closing from 2020-04-08
    -- is to be told to the person until a "notified" event records it.
    -- reading: AJC00A 24 recorded by the office may be 移居境外; the row says so.
    if full and status ~= "unemployed" and since >= FROM_39 then
      local exempt = code == "25" or code == "26" or code == "32" or closedBy == "status.inactive_2018"
      for _, ev in ipairs(events) do
        if ev.type == "emigration" and ev.date == since then exempt = true end
      end
      local told = false
      for _, ev in ipairs(events) do
        if ev.type == "notified" and ev.date >= since and ev.date <= as_of then told = true end
      end
      if not exempt and not told then
        row("due", since, status, code, nil, "status.notify", "鲁人社字〔2020〕39号 二(一); 人社厅发〔2020〕79号 一(四)",
            "tell the person that the registration was closed (以适当方式予以告知)"
              .. (code == "24" and "; not needed if the person emigrated (移居境外的除外)" or ""))
      end
    end

    -- What is due at as_of while the person is registered.
    if status == "unemployed" and (full or dutiesMayFail(reg, events, as_of)) then
      call("status.duties", { person = person, events = events, as_of = as_of, rows = rows }, as_of)
    end
    result.status, result.code, result.since = status, code, since
    result.code_name = code and CODE_NAME[code] or nil
    result.rows = rows
    return result
  end,
}

-- The status alone, for the scalar unemployment_status(): status.unemployment without its rows.
rule "status.unemployment_status" {
  from = FROM_2018, ref = "鲁人社字〔2018〕166号 四; 鲁人社字〔2020〕39号 二(一); 人社厅发〔2020〕79号 一(四)",
  function(person, as_of)
    leanFor = person -- (status.unemployment clears it)
    return call("status.unemployment", person, as_of).status
  end,
}

-- The office's duties toward a registered person, as of a date: the first contact (人社厅发〔2020〕79号
-- 一(三): 在办理失业登记后5个工作日内…主动联系) and the monthly follow-up (鲁人社字〔2020〕39号 四(二):
-- 每月至少进行1次跟踪调查; 79号 一(四)). Rows of kind "due" (not yet late) or "overdue".
-- reading: a recorded attempt (contact_made or contact_failed) is a contact or follow-up done: the
--          duty is the office's attempt, and 39号 四(二) asks it to record what it found.
-- reading: the follow-up is due in each calendar month after the month of registration.
rule "status.duties" {
  from = FROM_2018, ref = "人社厅发〔2020〕79号 一(三)、一(四); 鲁人社字〔2020〕39号 四(二)、四(三)",
  function(f, as_of)
    if type(f) ~= "table" or type(f.person) ~= "table" or type(f.person.registration) ~= "table"
       or type(f.events) ~= "table" or type(f.rows) ~= "table" then
      fail("status.duties is a part of status.unemployment: evaluate that rule (unemployment_status) instead")
    end
    local reg, events, rows = f.person.registration, f.events, f.rows
    local function attempted(a, b) -- an attempt on a day in [a, b]
      for _, ev in ipairs(events) do
        if (ev.type == "contact_made" or ev.type == "contact_failed") and ev.date >= a and ev.date <= b then
          return true
        end
      end
      return false
    end
    local function due(kind, d, zRule, zRef, zDetail)
      rows[#rows + 1] = { kind = kind, date = d, status = "unemployed", rule = zRule, ref = zRef, detail = zDetail }
    end
    local nDays = inforce("contact_within_working_days", reg.date)
    if nDays then
      local by = date.workday_add(reg.date, nDays)
      if not attempted(reg.date, by) then
        if as_of > by then
          due("overdue", by, "status.contact", "人社厅发〔2020〕79号 一(三)",
              string.format("no contact recorded within %d working days of registration (due %s)", nDays, by))
        else
          due("due", by, "status.contact", "人社厅发〔2020〕79号 一(三)",
              string.format("contact the person within %d working days of registration: by %s", nDays, by))
        end
      end
    end
    -- Months (numbers: monthno) after the registration month, up to the month of as_of, from the
    -- first month the duty is in force for (鲁人社字〔2020〕39号 of 2020-04-08: May 2020 is the first).
    local need = inforce("followup_per_month", as_of)
    local monthsTried = {}
    for _, ev in ipairs(events) do
      if ev.type == "contact_made" or ev.type == "contact_failed" then monthsTried[monthno(ev.date)] = true end
    end
    local missed, lastMissed = 0, nil
    local m, mAsOf = monthno(reg.date) + 1, monthno(as_of)
    if m <= MONTH_39 then m = MONTH_39 + 1 end
    while need and need > 0 and m <= mAsOf do
      if m == MONTH_LAST then date.add_days(date.add_months("9999-12-01", 1), -1) end -- (raises)
      if not monthsTried[m] then
        if m == mAsOf then
          local mEnd = monthend(m)
          due("due", mEnd, "status.followup", "鲁人社字〔2020〕39号 四(二)",
              string.format("monthly follow-up (跟踪调查) for %s: none recorded yet, due by %s", month_of(mEnd), mEnd))
        else
          missed, lastMissed = missed + 1, m
        end
      end
      m = m + 1
    end
    if missed > 0 then
      lastMissed = monthend(lastMissed)
      due("overdue", lastMissed, "status.followup", "鲁人社字〔2020〕39号 四(二)",
          string.format("%d month(s) without a recorded follow-up, the last %s", missed, month_of(lastMissed)))
    end
    -- 鲁人社字〔2020〕39号 四(三) 即时响应: on a request by 12333 or another online channel the office
    -- provides "12333"式服务: "1年内至少开展2次政策对接、提供3次职业指导、推荐3次岗位信息、提供3次免费技能培训信息".
    -- reading: the year runs from the request (a request inside a running year opens none); each
    -- service_provided event in the year counts; the shortfall is due until the year ends, then
    -- overdue.
    local yearEnd = nil
    for _, ev in ipairs(events) do
      if ev.date > as_of then break end
      if ev.type == "service_requested" and ev.date >= FROM_39 and not (yearEnd and ev.date <= yearEnd) then
        local y0 = ev.date
        yearEnd = date.add_days(date.add_months(y0, 12), -1)
        local short = {}
        for _, sv in ipairs(SERVICE_12333) do
          local n = 0
          for _, x in ipairs(events) do
            if x.type == "service_provided" and x.e.service == sv.code and x.date >= y0 and x.date <= yearEnd
               and x.date <= as_of then
              n = n + 1
            end
          end
          local want = param(sv.param, y0)
          if n < want then short[#short + 1] = string.format("%s %d of %d", sv.name, n, want) end
        end
        if #short > 0 then
          due(as_of > yearEnd and "overdue" or "due", yearEnd, "status.service_12333", "鲁人社字〔2020〕39号 四(三)",
              string.format("\"12333\"式服务 for the request of %s, in the year to %s: %s", y0, yearEnd,
                            table.concat(short, ", ")))
        end
      end
    end
    return missed
  end,
}

-- }======

-- {====== helpers of status.unemployment (declared above it)

-- The same for the scalar, looked up once per world and day: a parameter's values cannot change
-- within a world (a world is rebuilt when a script changes), and a query asks the same few
-- parameters on the same days (as_of, the registration dates) for every person. Not for the
-- table form and the other rules: their traces (policy_explain) show every parameter read.
local MEMO, nMemo, NONE = {}, 0, {}
function inforceMemo(zName, d)
  local byDay = MEMO[zName]
  local v = byDay and byDay[d]
  if v == nil then
    v = inforce(zName, d)
    if v == nil then v = NONE end
    if nMemo >= 4096 then MEMO, nMemo = {}, 0 end -- bounded: days are many over a register
    byDay = MEMO[zName]
    if not byDay then byDay = {}; MEMO[zName] = byDay end
    byDay[d], nMemo = v, nMemo + 1
  end
  if v == NONE then return nil end
  return v
end

-- The same where the trace shows each parameter read (the table form): a value in force is read
-- again (param records it), only "not in force" is remembered: a failed param records nothing.
function inforceTraced(zName, d)
  local byDay = MEMO[zName]
  if byDay and byDay[d] == NONE then return nil end
  local v = inforce(zName, d)
  if v == nil then
    if nMemo >= 4096 then MEMO, nMemo = {}, 0 end
    byDay = MEMO[zName]
    if not byDay then byDay = {}; MEMO[zName] = byDay end
    byDay[d], nMemo = NONE, nMemo + 1
  end
  return v
end

-- The bodies (codes) whose contact counts as effective on d, or nil when no list is in force.
function bodiesOn(d, inforce)
  local v = inforce("effective_contact_bodies", d)
  if not v then return nil end
  local set, i = {}, 1
  while i <= #v do
    local j = v:find("、", i, true) or (#v + 1)
    local name = v:sub(i, j - 1)
    i = j + #"、"
    local code = BODY_OF[name]
    if not code then fail("parameter effective_contact_bodies: '%s' is not a known body", name) end
    set[code] = true
  end
  return set, v
end

-- The comma-separated list of a parameter's text value as a set (a value's parts never change).
local SETS = {}
function setof(zList)
  local set = SETS[zList]
  if not set then
    set = {}
    for p in zList:gmatch("[^,]+") do set[p] = true end
    SETS[zList] = set
  end
  return set
end

-- Whether status.duties could end in an error for a registered person (its rows are not wanted):
-- the first contact's day is counted on the working-day calendar (2018-01-01..2026-12-31), the
-- follow-up months up to as_of end at 9999-12, the "12333" services read their parameters on
-- the day of a request. Otherwise the scalar leaves the duties out.
function dutiesMayFail(reg, events, as_of)
  if as_of >= "9999-12-01" then return true end
  local nDays = inforceMemo("contact_within_working_days", reg.date)
  if nDays ~= nil and not (math.type(nDays) == "integer" and nDays >= 0 and nDays <= 20
                           and reg.date >= "2018-01-01" and reg.date <= "2026-11-30") then
    return true
  end
  local need = inforceMemo("followup_per_month", as_of)
  if need ~= nil and math.type(need) ~= "integer" then return true end
  for _, ev in ipairs(events) do
    if ev.type == "service_requested" then return true end
  end
  return false
end

-- Whether the pension-age note could end in an error (it is only a row): a track the person's sex
-- does not have (retirement.c), a category that is not an integer, a date past 9999.
function retireMayFail(person)
  local cat, sex = person.retirement_category or 0, person.sex
  if math.type(cat) ~= "integer" or person.birth_date >= "9900-01-01" then return true end
  if sex == 1 then return not (cat == 0 or cat == 50 or cat == 55 or cat == 60) end
  return not (sex == 2 and (cat == 50 or cat == 55))
end

-- A month as a number (year * 12 + month - 1) from a date, and the last day of month number m.
function monthno(d) return tonumber(d:sub(1, 4)) * 12 + tonumber(d:sub(6, 7)) - 1 end
function monthend(m)
  return date.add_days(date.add_months(string.format("%04d-%02d-01", m // 12, m % 12 + 1), 1), -1)
end
MONTH_39, MONTH_LAST = monthno(FROM_39), 9999 * 12 + 11

-- }======

-- The event types a person's history may carry (sql/import_events.sql checks imports against
-- this list, so it is kept in one place); a city's own start with "city.".
rule "status.event_types" {
  from = FROM_2018, ref = "鲁人社字〔2020〕39号 二(一); 人社厅发〔2020〕79号 附件 AJC00A",
  function(facts, as_of)
    local out = {}
    for k in pairs(CLOSING) do out[#out + 1] = k end
    for k in pairs(COUNTING) do out[#out + 1] = k end
    table.sort(out)
    return out
  end,
}

-- {====== city hooks (a city script replaces these from its own date)

-- 鲁人社字〔2020〕39号 二(一)11 "各市确定的其他情形": the grounds a city adds. The province adds none;
-- a city's version returns { { date = "YYYY-MM-DD", reason = "...", ref = "文号 条款" }, ... } for
-- the grounds complete by as_of (events of type "city.<name>" are the city's to read). Each closes
-- the registration as an exit with AJC00A 90. From 2020-07-20 a city ground may not be refusal or
-- unreachability alone (人社厅发〔2020〕79号 一(四)).
rule "status.city_grounds" {
  from = FROM_39, ref = "鲁人社字〔2020〕39号 二(一)11",
  function(person, as_of)
    step("the province adds no ground of its own; a city script may (各市确定的其他情形)")
    return {}
  end,
}

-- }======
