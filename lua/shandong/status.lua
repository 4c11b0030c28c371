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
--                   three different answers (tests/sql/unemployment_status.sql, 05_*).
-- reading: a counting ground complete before its rule existed (three refusals in 2019, counted
-- once 39号 is in force) takes effect on the rule's first day, not before.

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
}

local CODE_NAME = {
  ["11"] = "被各类用人单位录用或招聘", ["12"] = "从事个体经营、创办企业或民办非企业",
  ["13"] = "已从事有稳定收入的劳动，并且月收入不低于当地最低生活保障标准", ["14"] = "公益性岗位安置",
  ["21"] = "已依法享受基本养老保险待遇", ["23"] = "完全丧失劳动能力", ["24"] = "入学、应征服兵役、移居境外",
  ["25"] = "被判刑收监执行", ["26"] = "死亡", ["31"] = "连续3次拒绝接受公共就业服务",
  ["32"] = "连续6个月无法取得联系", ["90"] = "其他",
}

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

-- {====== the evaluation

local function fail(fmt, ...) error(string.format(fmt, ...), 0) end

local function isdate(s) return type(s) == "string" and #s == 10 and date.valid(s) end

-- The value of a parameter on d, or nil when it is not yet (or no longer) in force.
local function inforce(zName, d)
  local ok, v = pcall(param, zName, d)
  if ok then return v end
  return nil
end

local function month_of(d) return d:sub(1, 7) end

-- Check the person and return the events, sorted by date (stable for one day).
local function prepare(person, as_of)
  if type(person) ~= "table" then fail("person: expected a JSON object") end
  local reg = person.registration
  if type(reg) ~= "table" then fail("person.registration: missing (an object with date, place, reason)") end
  if not isdate(reg.date) then fail("person.registration.date: expected a date YYYY-MM-DD, got %s", tostring(reg.date)) end
  -- The birth date and sex come from the ID number (GB 11643-1999, checked by the host), or are
  -- given; when both are there they must agree.
  if person.id ~= nil then
    local info, _, msg = idcard.info(tostring(person.id))
    if not info then fail("person.id: %s", msg) end
    if person.birth_date ~= nil and person.birth_date ~= info.birth_date then
      fail("person.birth_date %s disagrees with the ID number (%s)", tostring(person.birth_date), info.birth_date)
    end
    if person.sex ~= nil and tostring(person.sex) ~= tostring(info.sex) then
      fail("person.sex %s disagrees with the ID number (AAC004 性别 %d)", tostring(person.sex), info.sex)
    end
    person.birth_date, person.sex = info.birth_date, info.sex
  end
  if not isdate(person.birth_date) then
    fail("person: no birth date (give id, or birth_date and sex)")
  end
  if reg.date < person.birth_date then
    fail("person.registration.date %s is before the birth date %s", reg.date, person.birth_date)
  end
  local events = person.events or {}
  if type(events) ~= "table" then fail("person.events: expected an array") end
  local out = {}
  for i, e in ipairs(events) do
    local zAt = string.format("person.events[%d]", i)
    if type(e) ~= "table" then fail("%s: expected an object with date and type", zAt) end
    if not isdate(e.date) then fail("%s.date: expected a date YYYY-MM-DD, got %s", zAt, tostring(e.date)) end
    if type(e.type) ~= "string" then fail("%s.type: missing", zAt) end
    if not (CLOSING[e.type] or COUNTING[e.type] or e.type:match("^city%.[%w_]+$")) then
      fail("%s.type: unknown event type '%s' (docs/unemployment_status.md lists the types; a city's own start with 'city.')", zAt, e.type)
    end
    if e.date < person.birth_date then
      fail("%s: %s on %s is before the birth date %s", zAt, e.type, e.date, person.birth_date)
    end
    out[#out + 1] = { date = e.date, type = e.type, i = i, e = e }
  end
  table.sort(out, function(a, b)
    if a.date ~= b.date then return a.date < b.date end
    return a.i < b.i
  end)
  return out
end

rule "status.unemployment" {
  from = FROM_2018, ref = "鲁人社字〔2018〕166号 四; 鲁人社字〔2020〕39号 二(一); 人社厅发〔2020〕79号 一(四)",
  function(person, as_of)
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

    -- Eligibility on the registration date (鲁人社字〔2020〕39号 一(一), 一(二)).
    -- reading: registrations before 2020-04-08 are taken as recorded: no text before 39号 states
    -- who may register, so there is nothing to check them against.
    local minAge = inforce("register_min_age", reg.date)
    if minAge then
      local age = date.age(person.birth_date, reg.date)
      if age < minAge then
        row("change", reg.date, "not_registered", nil, "registration", "status.eligibility",
            "鲁人社字〔2020〕39号 一(一)",
            string.format("refused: aged %d on the registration date, under %d (16周岁（含）)", age, minAge))
        step(string.format("aged %d on %s: under %d", age, reg.date, minAge), "鲁人社字〔2020〕39号 一(一)")
        result.rows = rows
        return result
      end
      local places = param("registration_places", reg.date)
      if reg.place ~= nil then
        local ok = false
        for p in places:gmatch("[^,]+") do if p == reg.place then ok = true end end
        if not ok then
          row("change", reg.date, "not_registered", nil, "registration", "status.eligibility",
              reg.date < "2020-07-20" and "鲁人社字〔2020〕39号 一(二)" or "人社厅发〔2020〕79号 一(一)",
              string.format("refused: %s is not a place of registration on %s (%s)", reg.place, reg.date, places))
          result.rows = rows
          return result
        end
      end
      -- reading: the upper bound of 劳动年龄 is drawing a pension (依法享受基本养老保险待遇), not
      -- reaching the statutory pension age: people past that age who draw no pension register and
      -- are paid unemployment insurance (鲁人社函〔2020〕10号; 鲁人社函〔2020〕41号).
      for _, ev in ipairs(events) do
        if ev.type == "pension_started" and ev.date <= reg.date then
          row("change", reg.date, "not_registered", nil, "registration", "status.eligibility",
              "鲁人社字〔2020〕39号 一(一)",
              "refused: already drawing a basic pension (已依法享受基本养老保险待遇) since " .. ev.date)
          result.rows = rows
          return result
        end
      end
    end

    local status, code, since, closedBy = "unemployed", nil, reg.date, nil
    row("change", reg.date, "unemployed", nil, "registration", "status.registration",
        reg.date >= FROM_39 and "鲁人社字〔2020〕39号 一(一)" or "鲁人社字〔2018〕166号",
        "registered unemployed (失业登记)" .. (reg.reason and (", AJC093 " .. tostring(reg.reason)) or ""))

    -- The rules in force on as_of decide which counting grounds exist and whether they close.
    local years2018 = inforce("stale_registration_years", as_of)
    local needUnreachable = inforce("unreachable_months", as_of)
    local needRefusals = inforce("refusal_count", as_of)
    local bodies = inforce("effective_contact_bodies", as_of)

    local lastContact = nil          -- date of the last effective contact since registration
    local failStart = nil            -- first failed attempt since the last effective contact
    local refusals = 0               -- consecutive refusals without good reason
    local reviewed = {}              -- grounds already flagged for a human check
    local pending = nil              -- a ground complete before its rule: closes on the rule's day

    local function close(d, st, cd, zEvent, zRule, zRef, zDetail)
      status, code, since, closedBy = st, cd, d, zRule
      pending = nil
      row("change", d, st, cd, zEvent, zRule, zRef, zDetail)
    end

    -- A ground that refusals or unreachability made complete on day d (its rule in force from
    -- zFrom): it closes the registration while such grounds may stand alone; after 2020-07-20 it
    -- is flagged for a human check instead.
    local function soleGround(d, zFrom, zSole, cd, zEvent, zRule, zRef, zDetail)
      if param(zSole, as_of) then
        if d >= zFrom then
          close(d, "exited", cd, zEvent, zRule, zRef, zDetail)
        elseif not pending then
          pending = { date = zFrom, code = cd, event = zEvent, rule = zRule, ref = zRef,
                      detail = zDetail .. string.format(" (complete on %s, before the rule took effect on %s)", d, zFrom) }
        end
      elseif not reviewed[zRule] then
        reviewed[zRule] = true
        row("review", d, "unemployed", cd, zEvent, zRule, "人社厅发〔2020〕79号 一(四)",
            zDetail .. "; since 2020-07-20 not by itself a ground to close the registration: check "
                    .. "the person's situation (不能简单以…为由注销失业登记)")
      end
    end

    local cityGrounds = {}
    if as_of >= FROM_39 then
      cityGrounds = call("status.city_grounds", person, as_of)
      table.sort(cityGrounds, function(x, y) return x.date < y.date end)
    end
    local iCity = 1

    -- Close on what became due before day d (pending grounds, city grounds), oldest first.
    local function catchUp(d)
      while status == "unemployed" do
        local g = cityGrounds[iCity]
        while g and g.date < reg.date do iCity = iCity + 1; g = cityGrounds[iCity] end
        if pending and pending.date <= d and (not g or pending.date <= g.date) then
          close(pending.date, "exited", pending.code, pending.event, pending.rule, pending.ref, pending.detail)
        elseif g and g.date <= d then
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
        -- 威人社字〔2018〕89号 一 (restore_on_reapply, set by 威海): a 2018-rule cancellation is
        -- undone when the person asks again for services.
        if ev.type == "reapplied" and closedBy == "status.inactive_2018" and param("restore_on_reapply", d) then
          status, code, since, closedBy = "unemployed", nil, d, nil
          lastContact, failStart, refusals = d, nil, 0
          row("change", d, "unemployed", nil, "reapplied", "status.restore_on_reapply",
              "威人社字〔2018〕89号 一", "restored at once on asking again for services (即时恢复其失业人员身份资格)")
        end
      elseif ev.type == "cancelled" then
        -- The office's own 注销, recorded with its AJC00A code: final (recorded acts win).
        local cd = tostring(ev.e.code)
        if not CODE_NAME[cd] then
          fail("person.events[%d].code: '%s' is not an AJC00A 注销失业登记原因 code (11 12 13 14 21 23 24 25 26 31 32 90)", ev.i, cd)
        end
        close(d, cd:sub(1, 1) == "1" and "employed" or "exited", cd, ev.type, "status.recorded",
              "人社厅发〔2020〕79号 附件 AJC00A", "closed by the office: " .. CODE_NAME[cd])
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
        -- reading: a contact names the body it was with (body, optional); 威海 counts only
        -- contacts with 公共就业服务机构 (effective_contact_bodies); without a body it counts.
        local b = ev.e.body
        if b == nil or not bodies or bodies:find(tostring(b), 1, true) then
          lastContact, failStart = d, nil
        else
          step(string.format("%s: contact with %s is not an effective contact here (%s)", d, tostring(b), bodies))
        end
      elseif ev.type == "contact_failed" then
        failStart = failStart or d
        -- 鲁人社字〔2018〕166号 四: over one year registered, no effective contact, unreachable.
        -- reading: "超过一年以上" is strictly more than 12 months after the registration date;
        -- "没有…有效联系" means none since the registration; "联系不上" needs a recorded failed
        -- attempt, so the ground is complete on the first failed attempt after that year.
        if years2018 and not lastContact and d > date.add_months(reg.date, 12 * years2018) then
          soleGround(d, FROM_2018, "stale_registration_sole_ground", "90", ev.type, "status.inactive_2018",
                     "鲁人社字〔2018〕166号 四",
                     string.format("registered over %d year(s) with no effective contact, unreachable", years2018))
        end
        -- 鲁人社字〔2020〕39号 二(一)9: 连续6个月无法取得联系.
        -- reading: the months are proved by failed attempts: complete on a failed attempt at least
        -- 6 months after the first failed one, with no effective contact in between. Attempts
        -- before 2020-04-08 count: otherwise the ground could not have applied before 2020-07-20.
        if status == "unemployed" and needUnreachable and d >= date.add_months(failStart, needUnreachable) then
          soleGround(d, FROM_39, "unreachable_sole_ground", "32", ev.type, "status.unreachable", "鲁人社字〔2020〕39号 二(一)9",
                     string.format("unreachable since %s: %d consecutive months", failStart, needUnreachable))
        end
      elseif ev.type == "service_refused" then
        if ev.e.good_reason == true then
          step(d .. ": a refusal with good reason is not counted", "鲁人社字〔2020〕39号 二(一)8")
        else
          refusals = refusals + 1
          if needRefusals and refusals >= needRefusals then
            soleGround(d, FROM_39, "refusal_sole_ground", "31", ev.type, "status.refusals", "鲁人社字〔2020〕39号 二(一)8",
                       string.format("%d consecutive refusals of public employment services without good reason", refusals))
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
    -- retirement_category, since the ID number cannot tell it (2024 决定 附件, retirement.c).
    if status == "unemployed" and (person.sex == 1 or person.retirement_category ~= nil) then
      local cat = person.retirement_category or 0
      if math.type(cat) ~= "integer" then fail("person.retirement_category: expected 50 or 55 (女) or nothing") end
      local ok, when, months = pcall(date.retirement_date, person.birth_date, person.sex, cat)
      if not ok then fail("person.retirement_category: %s", tostring(when)) end
      if when <= as_of then
        row("note", when, "unemployed", nil, nil, "status.pension_age",
            "全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定 (2024-09-13)",
            string.format("statutory pension age %s reached on %s; the registration continues "
                          .. "until a pension is drawn (鲁人社函〔2020〕10号)",
                          months % 12 == 0 and string.format("%d岁", months // 12)
                            or string.format("%d岁%d个月", months // 12, months % 12), when))
      end
    end

    -- What is due at as_of while the person is registered.
    if status == "unemployed" then
      call("status.duties", { person = person, events = events, as_of = as_of, rows = rows }, as_of)
    end
    result.status, result.code, result.since = status, code, since
    result.code_name = code and CODE_NAME[code] or nil
    result.rows = rows
    return result
  end,
}

-- The status alone, for the scalar unemployment_status(): the same evaluation, without handing
-- the whole timeline back to C to read one word of it.
rule "status.unemployment_status" {
  from = FROM_2018, ref = "鲁人社字〔2018〕166号 四; 鲁人社字〔2020〕39号 二(一); 人社厅发〔2020〕79号 一(四)",
  function(person, as_of)
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
  from = FROM_2018, ref = "人社厅发〔2020〕79号 一(三)、一(四); 鲁人社字〔2020〕39号 四(二)",
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
    -- Months after the registration month, up to the month of as_of, from the first month the
    -- duty is in force for (鲁人社字〔2020〕39号 of 2020-04-08: May 2020 is the first whole month).
    local need = inforce("followup_per_month", as_of)
    local monthsTried = {}
    for _, ev in ipairs(events) do
      if ev.type == "contact_made" or ev.type == "contact_failed" then monthsTried[month_of(ev.date)] = true end
    end
    local missed, lastMissed = 0, nil
    local m = date.add_months(month_of(reg.date) .. "-01", 1)
    if m < FROM_39 then m = date.add_months(month_of(FROM_39) .. "-01", 1) end
    while need and need > 0 and m <= as_of do
      local mEnd = date.add_days(date.add_months(m, 1), -1)
      if not monthsTried[month_of(m)] then
        if month_of(m) == month_of(as_of) then
          due("due", mEnd, "status.followup", "鲁人社字〔2020〕39号 四(二)",
              string.format("monthly follow-up (跟踪调查) for %s: none recorded yet, due by %s", month_of(m), mEnd))
        else
          missed, lastMissed = missed + 1, mEnd
        end
      end
      m = date.add_months(m, 1)
    end
    if missed > 0 then
      due("overdue", lastMissed, "status.followup", "鲁人社字〔2020〕39号 四(二)",
          string.format("%d month(s) without a recorded follow-up, the last %s", missed, month_of(lastMissed)))
    end
    return missed
  end,
}

-- }======
