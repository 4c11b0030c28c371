-- lua/host/prelude.lua: the trusted half of renshe's policy host (ext/policy_lua.c runs it once per
-- Lua state, with the real globals). It builds the sandbox that policy scripts see and returns
-- new_world(info, sources), which loads the baseline and one city script into a "world": its own
-- copy of the baseline, the city's overrides on top, and the functions the C host calls
-- (eval, param, params). Policy scripts never see this file's locals.
--
-- The language of policy scripts (docs/policy.md):
--   parameter "name" { description = "...", unit = "year", city_sets = true?, ref = "...",
--     { from = "YYYY-MM-DD", value = <integer|string|boolean>, ref = "文号 条款" }, ... }
--   rule "family.name" { from = "YYYY-MM-DD", ref = "文号 条款", function(facts, as_of) ... end }
--   city { code = "370300", name = "淄博", extends = "shandong" }     (first line of a city script)
--   param(name [, as_of]) -> value in force; step(fmt, ...); call(rule, facts [, as_of]);
--   date.age / date.add_months / date.add_days / date.days / date.valid / date.workday_add /
--   date.workdays_between / date.retirement_date; idcard.info(id); CITY (code, name, key).
--   kind "name" { name_zh, family, ref, window, facts } declares a subsidy kind; its rules
--   "subsidy.<name>" get checked facts and use the helpers of the table `subsidy`
--   (docs/subsidies.md "Writing a kind", the section "subsidy kinds" below).
-- Dated values and rule versions of baseline and city merge by date (the later in force governs;
-- on the same day the city's).

local host = ...
local error, type, pairs, ipairs, next, select = error, type, pairs, ipairs, next, select
local tostring, setmetatable, rawget, format = tostring, setmetatable, rawget, string.format
local sort, concat, mtype = table.sort, table.concat, math.type
-- The original string functions, taken before the sandbox puts its bounded wrappers in their place
-- (the strings' metatable below). The wrappers charge a search at its worst case, (n+1)^(q+1)(m+1)
-- steps: for the prelude's own fixed patterns that was about 10^5 instructions per declared name
-- and made building a world with the subsidy kinds cost millions. The prelude's matches call these
-- directly, each on a pattern that runs in one pass: anchored without a repetition (dates), or on a
-- subject whose length is bounded first (names: NAME_MAX), so no script can make a long C loop.
local smatch, sgsub, ssub = string.match, string.gsub, string.sub
local NAME_MAX = 128 -- bytes of a parameter, rule, kind or fact name (the longest in use: 54)

-- {====== the sandbox: what every policy script can reach

-- A read-only view of t: reads pass through, writes and metatable changes fail. It is empty itself,
-- so rawget/next/pairs on it see nothing, and there is no rawset in the sandbox.
local function readonly(t, zName)
  return setmetatable({}, {
    __index = t,
    __newindex = function(_, k)
      error(format("'%s' is read-only in the policy sandbox (assigning '%s')", zName,
                   tostring(k)), 2)
    end,
    __metatable = "read-only",
  })
end

local function copy(src, omit)
  local t = {}
  for k, v in pairs(src) do
    if not (omit and omit[k]) then t[k] = v end
  end
  return t
end

-- Library copies: no string.dump (bytecode), no math.random (results must not depend on chance);
-- the C wrappers bound the library functions whose C loops the instruction hook cannot see.
local S = copy(string, { dump = true })
S.rep, S.find, S.match, S.gmatch, S.gsub = host.rep, host.find, host.match, host.gmatch, host.gsub
local T = copy(table)
T.move, T.sort = host.move, host.sort
-- Strings index the same copy (("x"):rep(3)); the metatable itself is hidden from scripts.
local smt = getmetatable("")
smt.__index = S
smt.__metatable = "read-only"

local SANDBOX = {
  assert = assert, error = error, ipairs = ipairs, next = next, pairs = pairs, pcall = pcall,
  xpcall = xpcall, select = select, tonumber = tonumber, tostring = tostring, type = type,
  rawequal = rawequal, rawget = rawget, rawlen = rawlen, getmetatable = getmetatable,
  setmetatable = host.setmetatable, _VERSION = _VERSION,
  string = readonly(S, "string"), table = readonly(T, "table"),
  math = readonly(copy(math, { random = true, randomseed = true }), "math"),
  utf8 = readonly(copy(utf8), "utf8"),
  date = readonly({ age = host.age, add_months = host.add_months, add_days = host.add_days,
                    days = host.days, valid = host.valid, workday_add = host.workday_add,
                    workdays_between = host.workdays_between,
                    retirement_date = host.retirement_date }, "date"),
  idcard = readonly({ info = host.idcard_info }, "idcard"),
}

local function missing(k)
  return format("global '%s' is not available in the policy sandbox", tostring(k))
end

-- }======

-- {====== checks shared by the declarations

local UNITS = { year = true, month = true, day = true, working_day = true, times = true,
  person = true, fen = true, yuan = true, ratio = true, boolean = true, code = true, text = true,
  date = true, bp = true } -- bp: basis points, an integer (4.35% = 435; LPR spreads)
local PARAM_KEYS = { description = true, unit = true, city_sets = true, ref = true, note = true }
local ENTRY_KEYS = { from = true, value = true, ref = true, note = true }
local RULE_KEYS = { from = true, ref = true, note = true, description = true, facts = true }
local CITY_KEYS = { code = true, name = true, extends = true, note = true }

-- host.valid (C) accepts exactly the strings "^%d%d%d%d%-%d%d%-%d%d$" that are real dates.
local hostvalid = host.valid
local function isdate(s)
  return type(s) == "string" and hostvalid(s)
end

-- s is a string of at most NAME_MAX bytes that matches zPat (a name pattern, one pass).
local function isname(s, zPat)
  return type(s) == "string" and #s <= NAME_MAX and smatch(s, zPat) ~= nil
end

-- "subsidy.<kind>" -> "<kind>" (possibly empty), else nil; s is any value.
local function kindof(s)
  if type(s) == "string" and ssub(s, 1, 8) == "subsidy." then return ssub(s, 9) end
  return nil
end

local function nonempty(s) return type(s) == "string" and s ~= "" end

-- Every key of t must be a positive integer index or in keys; level points at the script line.
local function closedkeys(t, keys, zWhat, level)
  for k in pairs(t) do
    if not (mtype(k) == "integer" and k >= 1) and not keys[k] then
      local allowed = {}
      for a in pairs(keys) do allowed[#allowed + 1] = a end
      sort(allowed)
      error(format("%s: unknown key '%s' (allowed: %s)", zWhat, tostring(k), concat(allowed, ", ")),
            level + 1)
    end
  end
end

-- An amount in fen as a subsidy's trace shows its result: "17000000 fen (170000.00 元)".
local function FEN_SHOW(n) return format("%d fen (%d.%02d 元)", n, n // 100, n % 100) end

local function show(v)
  if type(v) == "string" then return format("%q", v) end
  if type(v) == "table" then return "(table)" end
  return tostring(v)
end

-- The baseline's and the city's dated entries in one list by date; on the same day the city's
-- entry comes last, so it wins. reading: where two documents disagree, the later one in
-- force on the date in question governs (several texts say so, e.g. Shandong's notice of 2020-08-05
-- on 人社厅发〔2020〕79号): a city's value from D applies from D
-- until a later dated value (provincial or local) takes over, and before D the baseline's applies.
local function merged(aBase, aCity)
  if #aCity == 0 then return aBase end
  local out, i, j = {}, 1, 1
  while i <= #aBase or j <= #aCity do
    local b, c = aBase[i], aCity[j]
    if c and (not b or c.from <= b.from) then
      if b and b.from == c.from then i = i + 1 end
      out[#out + 1] = c
      j = j + 1
    else
      out[#out + 1] = b
      i = i + 1
    end
  end
  return out
end

-- The last entry of a (sorted by from) that starts on or before as_of, or nil.
local function inforce(a, as_of)
  for i = #a, 1, -1 do
    if a[i].from <= as_of then return a[i] end
  end
  return nil
end

-- }======

-- {====== worlds

-- info: { key = "zibo", code = "370300", name = "淄博" } (key "shandong" for the baseline alone);
-- sources: array of { name = ..., source = ... }: the baseline parts in order, then the city's.
local function new_world(info, sources)
  local isCity = info.key ~= "shandong"
  local zWho = isCity and info.name or "山东省 (baseline, no city)"
  local params, rules = {}, {}     -- name -> declaration
  local loading                    -- { name = script, city = bool } while a script's chunk runs
  local ctx                        -- CTX during a call and after it (nil before the first)
  -- The context of a call: { as_of, steps, rule, ref, citySet }, one table per world that every
  -- eval resets (no table made per call). Only a call runs script code (no __gc, and a world
  -- loads before its first call), so a context left over from the call before is never read.
  local CTX = {}
  local declaredCity = false
  local kinds, kindOrder = {}, {}  -- subsidy kinds: name -> declaration; names in declaration order
  local sortedkinds                -- () -> kind names in family order (subsidy_kinds' order)
  local wrapkind                   -- (kind, fn, zWhat) -> the rule function of subsidy.<kind>

  local function needloading(zFunc)
    if not loading then
      error(format("%s() may only be used at the top level of a script, while it loads", zFunc), 3)
    end
  end

  -- parameter "name" { ... }
  local function parameter(zName)
    needloading("parameter")
    if not isname(zName, "^[%a_][%w_]*$") then
      error(format("parameter: name must be an identifier (at most %d bytes), got %s", NAME_MAX,
                   show(zName)), 2)
    end
    return function(t)
      local zWhat = format("parameter '%s'", zName)
      if type(t) ~= "table" then error(zWhat .. ": expected a table", 2) end
      closedkeys(t, PARAM_KEYS, zWhat, 2)
      local p = params[zName]
      local inCity = loading.city
      if p and (not inCity or p.cityScript) then
        error(format("%s: declared twice (first in %s)", zWhat, p.script), 2)
      end
      if not p then
        -- A new parameter (baseline, or one a city adds for its own rules).
        if not nonempty(t.description) then error(zWhat .. ": description is required", 2) end
        if not UNITS[t.unit] then
          error(format("%s: unit %s is not one of year, month, day, working_day, times, person, "
                       .. "fen, yuan, ratio, boolean, code, text, date, bp", zWhat, show(t.unit)), 2)
        end
        if not nonempty(t.ref) and #t == 0 then
          error(zWhat .. ": ref is required (the document that creates it)", 2)
        end
        p = { name = zName, description = t.description, unit = t.unit, ref = t.ref, note = t.note,
              city_sets = t.city_sets == true, script = loading.name, base = {}, city = {},
              origin = inCity and info.key or "shandong", cityScript = inCity and loading.name }
        params[zName] = p
      else
        -- A city restating a baseline parameter: only dated values and a note.
        for _, k in ipairs({ "description", "unit", "city_sets", "ref" }) do
          if t[k] ~= nil then
            error(format("%s: a city script may not change '%s' of a baseline parameter",
                         zWhat, k), 2)
          end
        end
        if #t == 0 then error(zWhat .. ": a city script must give at least one dated value", 2) end
        p.cityScript = loading.name
        p.cityNote = t.note
      end
      if t.city_sets ~= nil and type(t.city_sets) ~= "boolean" then
        error(zWhat .. ": city_sets must be true or false", 2)
      end
      if p.city_sets and not inCity and #t > 0 then
        error(zWhat .. ": city_sets (由各市确定): its values belong in city scripts, with their "
              .. "source", 2)
      end
      local list = inCity and p.city or p.base
      local prev
      for i, e in ipairs(t) do
        local zAt = format("%s, value %d", zWhat, i)
        if type(e) ~= "table" then
          error(zAt .. ": expected { from = ..., value = ..., ref = ... }", 2)
        end
        closedkeys(e, ENTRY_KEYS, zAt, 2)
        if not isdate(e.from) then
          error(format("%s: from must be a date YYYY-MM-DD, got %s", zAt, show(e.from)), 2)
        end
        if prev and e.from <= prev then
          error(format("%s: dates must increase (%s after %s)", zAt, e.from, prev), 2)
        end
        local v = e.value
        local bOk = mtype(v) == "integer" or type(v) == "string" or type(v) == "boolean"
        if v ~= nil and not bOk then
          error(format("%s: value must be an integer, a string or a boolean, got %s (money is "
                       .. "integer fen or decimal text, never a binary fraction)", zAt, show(v)), 2)
        end
        if not nonempty(e.ref) then
          error(zAt .. ": ref is required (document number and clause)", 2)
        end
        list[#list + 1] = { from = e.from, value = v, ref = e.ref, note = e.note,
                            origin = inCity and info.key or "shandong" }
        prev = e.from
      end
      if #list == 0 and not p.city_sets then
        error(zWhat .. ": no dated value; a parameter without a value must be declared "
              .. "city_sets = true (由各市确定)", 2)
      end
    end
  end

  -- rule "family.name" { from = ..., ref = ..., function(facts, as_of) ... end }
  -- facts = { "birth", ... } (optional) closes the facts: a key not listed is an error naming it
  -- ("facts.brith: unknown fact ..."), so a mistyped key never gives a silently different answer.
  local function rule(zName)
    needloading("rule")
    if not isname(zName, "^[%a_][%w_]*%.[%a_][%w_.]*$") then
      error(format("rule: name must be 'family.name' (at most %d bytes), got %s", NAME_MAX,
                   show(zName)), 2)
    end
    return function(t)
      local zWhat = format("rule '%s'", zName)
      if type(t) ~= "table" then error(zWhat .. ": expected a table", 2) end
      closedkeys(t, RULE_KEYS, zWhat, 2)
      if #t ~= 1 or type(t[1]) ~= "function" then
        error(zWhat .. ": expected exactly one function", 2)
      end
      if not isdate(t.from) then
        error(format("%s: from must be a date YYYY-MM-DD, got %s", zWhat, show(t.from)), 2)
      end
      if not nonempty(t.ref) then
        error(zWhat .. ": ref is required (document number and clause)", 2)
      end
      local known
      if t.facts ~= nil then
        if type(t.facts) ~= "table" then error(zWhat .. ": facts must be a list of names", 2) end
        known = {}
        for i, k in ipairs(t.facts) do
          if not nonempty(k) then error(format("%s: facts[%d] must be a name", zWhat, i), 2) end
          known[k] = true
        end
        for k in pairs(t.facts) do
          if not (mtype(k) == "integer" and k >= 1 and k <= #t.facts) then
            error(format("%s: facts must be a list of names, not a table with key '%s'", zWhat,
                         tostring(k)), 2)
          end
        end
      end
      local r = rules[zName]
      if not r then
        r = { name = zName, base = {}, city = {} }
        rules[zName] = r
      end
      local list = loading.city and r.city or r.base
      local last = list[#list]
      if last and t.from <= last.from then
        error(format("%s: versions must be declared in date order (%s after %s)", zWhat, t.from,
                     last.from), 2)
      end
      local fn, fnShow, fnFast = t[1], nil, nil
      local zKind = kindof(zName) -- not empty: the name ends in an identifier character
      if zKind then
        if not kinds[zKind] then
          error(format("%s: no kind '%s' is declared (kind \"%s\" { ... } comes first)", zWhat,
                       zKind, zKind), 2)
        end
        fn, fnFast = wrapkind(kinds[zKind], fn)
        fnShow = FEN_SHOW
      end
      if fnFast then fnFast.ref = t.ref end
      list[#list + 1] = { from = t.from, ref = t.ref, fn = fn, script = loading.name, show = fnShow,
                          facts = known, factlist = known and concat(t.facts, ", "),
                          kfast = fnFast }
    end
  end

  -- city { code = "370300", name = "淄博", extends = "shandong" }
  local function city(t)
    needloading("city")
    if not loading.city then error("city{} belongs in a city script, not in the baseline", 2) end
    if declaredCity then error("city{} given twice", 2) end
    if type(t) ~= "table" then error("city: expected a table", 2) end
    closedkeys(t, CITY_KEYS, "city", 2)
    if t.code ~= info.code then
      error(format("city: code %s does not match the script's city %s (%s)", show(t.code),
                   info.code, info.name), 2)
    end
    if t.name ~= info.name then
      error(format("city: name %s does not match %s", show(t.name), info.name), 2)
    end
    if t.extends ~= "shandong" then
      error(format("city: extends must be \"shandong\" (the provincial baseline), got %s",
                   show(t.extends)), 2)
    end
    declaredCity = true
  end

  -- Value of parameter zName as of as_of, and the entry it comes from; errors name the parameter,
  -- the city and the date.
  local function lookup(zName, as_of, level)
    local p = params[zName]
    if not p then error(format("unknown parameter '%s'", tostring(zName)), level) end
    local e = inforce(p.values, as_of)
    if not e then
      if #p.values == 0 then
        error(format("parameter '%s' (%s) has no value for %s on %s: it is set by each city "
                     .. "(由各市确定) and no value with an official source has been entered", zName,
                     p.description, zWho, as_of), level)
      end
      error(format("parameter '%s' has no value for %s on %s: its first value is from %s", zName,
                   zWho, as_of, p.values[1].from), level)
    end
    if e.value == nil then
      error(format("parameter '%s' is not in force for %s on %s: it ended on %s (%s)", zName, zWho,
                   as_of, e.from, e.ref), level)
    end
    return e.value, e, p
  end

  -- Steps are recorded only when the caller asked for them (policy_explain), not for a value.
  local function addstep(zRule, zRef, zDetail)
    local a = ctx.steps
    if a then a[#a + 1] = { rule = zRule, ref = zRef or "", detail = zDetail } end
  end

  local function needcall(zFunc)
    if not ctx then error(format("%s() may only be used inside a rule", zFunc), 3) end
  end

  -- param(name [, as_of]): the value in force, recorded as a step of the running rule.
  -- paramAt(name, as_of, level): param's body; level as error's, counted from lookup (5 from
  -- param's C half, below; 4 for a helper of the `subsidy` table, so errors point at the rule's
  -- line).
  local function paramAt(zName, as_of, level)
    if as_of == nil then
      as_of = ctx.as_of -- checked by the caller of eval
    elseif not isdate(as_of) then
      error(format("param: as_of must be a date YYYY-MM-DD, got %s", show(as_of)), level - 1)
    end
    local p = params[zName]
    local e = p and inforce(p.values, as_of)
    if e == nil or e.value == nil then lookup(zName, as_of, level) end -- raises the error
    local v = e.value
    if p.city_sets and not ctx.citySet then ctx.citySet = zName end
    if ctx.steps then
      addstep(ctx.rule, e.ref, format("%s = %s %s (from %s)", zName, show(v), p.unit, e.from))
    end
    return v
  end

  -- param's common case in C (host.param_fast, ext/policy_lua.c), which calls paramAt for every
  -- other case. param stays a Lua function that tail-calls it, so that the frames an error's
  -- level counts are those they were (a rule's `return param(...)` replaces the rule's frame).
  local fastparams = {} -- name -> { from, value, ... } newest first (filled once the world is built)
  local paramFast = host.param_fast(fastparams, CTX, paramAt)
  local function param(zName, as_of)
    return paramFast(zName, as_of)
  end

  -- step(fmt, ...): a line of the trace, formatted (string.format) only when tracing.
  local function step(zFmt, ...)
    if not ctx then error(format("%s() may only be used inside a rule", "step"), 2) end
    if ctx.steps then
      addstep(ctx.rule, ctx.ref, select("#", ...) > 0 and format(zFmt, ...) or tostring(zFmt))
    end
  end

  -- bPlain: facts is the table the host made from the facts JSON (eval), not a script's (call).
  local function run(zName, facts, as_of, bPlain)
    local r = rules[zName]
    if not r then
      local zKind = kindof(zName)
      if zKind then
        error(format("kind: unknown kind '%s' (known: %s)", zKind, concat(sortedkinds(), ", ")), 0)
      end
      error(format("unknown rule '%s' for %s", tostring(zName), zWho), 0)
    end
    local a, v = r.versions, nil
    for i = #a, 1, -1 do -- inforce(a, as_of), inline
      if a[i].from <= as_of then
        v = a[i]
        break
      end
    end
    if not v then
      error(format("rule '%s' has no version in force for %s on %s: its first version is from %s",
                   zName, zWho, as_of, r.versions[1].from), 0)
    end
    local known = v.facts
    if known and bPlain then
      -- The host's facts: a plain table (no metatable), so pairs(facts) would be next, facts.
      for k in next, facts do
        if not known[k] then
          error(format("facts.%s: unknown fact (%s reads %s)", tostring(k), zName, v.factlist), 0)
        end
      end
    elseif known and type(facts) == "table" then
      for k in pairs(facts) do
        if not known[k] then
          error(format("facts.%s: unknown fact (%s reads %s)", tostring(k), zName, v.factlist), 0)
        end
      end
    end
    local c = ctx
    local zSaved, zSavedRef = c.rule, c.ref
    c.rule, c.ref = zName, v.ref
    local result = v.fn(facts, as_of)
    if c.steps then
      addstep(zName, v.ref, "result: " .. (v.show and v.show(result) or show(result)))
    end
    c.rule, c.ref = zSaved, zSavedRef
    return result
  end

  -- call(rule, facts [, as_of]): evaluate another rule of this world, its steps included.
  local function callrule(zName, facts, as_of)
    needcall("call")
    if as_of == nil then as_of = ctx.as_of end
    if not isdate(as_of) then
      error(format("call: as_of must be a date YYYY-MM-DD, got %s", show(as_of)), 2)
    end
    if type(zName) ~= "string" then error("call: rule name must be a string", 2) end
    if rules[zName] == nil then error(format("call: unknown rule '%s'", zName), 2) end
    return run(zName, facts, as_of)
  end

  -- {====== subsidy kinds (docs/subsidies.md): the machinery every subsidy.<kind> rule uses
  --
  --   kind "one_time_hiring_subsidy" {
  --     name_zh = "一次性用工补贴", family = "hiring", ref = "鲁政发〔2020〕5号 1; 鲁人社字〔2020〕22号 一",
  --     window = { fact = "start_date", to = "2020-02-09", ref = "鲁人社字〔2020〕22号 一" },
  --     facts = { { "on_key_list", "boolean" }, { "start_date", "date" }, { "employees", "integer" } },
  --   }
  --   rule "subsidy.one_time_hiring_subsidy" { from = "2020-02-17", ref = "...",
  --     function(f, as_of, k) ... return fen end }       -- k: the kind's declaration
  --
  -- A fact is { name, type, optional = true?, values = {...} (enum), items = {...} (array: a
  -- list of facts for arrays of objects, or one { type = ... } for arrays of scalars),
  -- required_when = "fact = value", note = "..." }. Types: date month integer fen bp boolean enum
  -- array (integer, fen and bp are JSON integers >= 0). The window is on a date fact or on
  -- "as_of", with from and/or to (inclusive) and the ref of the clause.
  -- Every rule subsidy.<kind> is wrapped: the facts are checked against the declaration (errors
  -- "facts.<key>: ..."), a date outside the window gives 0 with a trace row, the rule function gets
  -- the checked facts (a copy; facts required_when another value is absent are dropped), and its
  -- result must be an integer >= 0 (fen). Helpers for the rule bodies are in the table `subsidy`.

  local KIND_KEYS = { name_zh = true, family = true, ref = true, window = true, facts = true,
                      note = true }
  local FACT_KEYS = { optional = true, values = true, items = true, required_when = true,
                      note = true }
  local WINDOW_KEYS = { fact = true, from = true, to = true, ref = true }
  local FAMILIES = { "hiring", "uis_refund", "unemployment", "social_insurance",
                     "public_welfare_post", "traineeship", "training", "startup", "graduate",
                     "enterprise_finance", "poverty" }
  local FAMILY_RANK = {}
  for i, z in ipairs(FAMILIES) do FAMILY_RANK[z] = i end
  local FACT_TYPES = { date = true, month = true, integer = true, fen = true, bp = true,
                       boolean = true, enum = true, array = true }

  -- A value as JSON shows it, for error messages.
  local function jshow(v)
    if type(v) == "string" then
      if #v > 60 then v = v:sub(1, 57) .. "..." end
      return '"' .. sgsub(v, '[\\"]', "\\%0") .. '"'
    end
    if type(v) == "table" then return v[1] ~= nil and "an array" or "an object" end
    return tostring(v)
  end

  -- Check one fact specification at load time; zWhat names it in errors.
  local function checkspec(spec, zWhat, bItem, level)
    if type(spec) ~= "table" then error(zWhat .. ": expected { name, type, ... }", level) end
    closedkeys(spec, bItem and { type = true, values = true } or FACT_KEYS, zWhat, level)
    local zType = bItem and spec.type or spec[2]
    if not bItem and not isname(spec[1], "^[%a_][%w_]*$") then
      error(format("%s: the name must be an identifier (at most %d bytes), got %s", zWhat,
                   NAME_MAX, show(spec[1])), level)
    end
    if not FACT_TYPES[zType] then
      error(format("%s: type %s is not one of date, month, integer, fen, bp, boolean, enum, array",
                   zWhat, show(zType)), level)
    end
    if (zType == "enum") ~= (type(spec.values) == "table") then
      error(zWhat .. ": values = { ... } is given for, and only for, an enum", level)
    end
    -- (checked here, not when subsidy_kinds writes them out as JSON strings)
    for i, z in ipairs(spec.values or {}) do
      if type(z) ~= "string" then
        error(format("%s: values[%d] must be a string, got %s", zWhat, i, show(z)), level)
      end
    end
    if zType == "array" and not bItem then
      if type(spec.items) ~= "table" then error(zWhat .. ": an array needs items", level) end
      if spec.items.type then
        checkspec(spec.items, zWhat .. " items", true, level + 1)
      else
        for i, it in ipairs(spec.items) do checkspec(it, format("%s items[%d]", zWhat, i), false,
                                                     level + 1) end
      end
    elseif spec.items ~= nil then
      error(zWhat .. ": items belong to an array", level)
    end
  end

  -- The JSON text of a kind's facts for subsidy_kinds: [{"name":"start_date","type":"date"},...].
  local function jstr(z) return '"' .. z:gsub('[\\"]', "\\%0") .. '"' end
  local function factsjson(a)
    local out = {}
    for _, spec in ipairs(a) do
      local parts = { '"name":' .. jstr(spec[1]) }
      if spec.optional then parts[#parts + 1] = '"optional":true' end
      if spec.required_when then parts[#parts + 1] = '"required_when":' .. jstr(spec.required_when) end
      parts[#parts + 1] = '"type":' .. jstr(spec[2])
      if spec.values then
        local v = {}
        for i, z in ipairs(spec.values) do v[i] = jstr(z) end
        parts[#parts + 1] = '"values":[' .. concat(v, ",") .. "]"
      end
      if spec.items then
        if spec.items.type then
          local it = { '"type":' .. jstr(spec.items.type) }
          if spec.items.values then
            local v = {}
            for i, z in ipairs(spec.items.values) do v[i] = jstr(z) end
            it[2] = '"values":[' .. concat(v, ",") .. "]"
          end
          parts[#parts + 1] = '"items":{' .. concat(it, ",") .. "}"
        else
          parts[#parts + 1] = '"items":' .. factsjson(spec.items)
        end
      end
      out[#out + 1] = "{" .. concat(parts, ",") .. "}"
    end
    return "[" .. concat(out, ",") .. "]"
  end

  -- kind "name" { ... }
  local function kind(zName)
    needloading("kind")
    if not isname(zName, "^[%a_][%w_]*$") then
      error(format("kind: name must be an identifier (at most %d bytes), got %s", NAME_MAX,
                   show(zName)), 2)
    end
    return function(t)
      local zWhat = format("kind '%s'", zName)
      if type(t) ~= "table" then error(zWhat .. ": expected a table", 2) end
      closedkeys(t, KIND_KEYS, zWhat, 2)
      if kinds[zName] then error(format("%s: declared twice (first in %s)", zWhat,
                                        kinds[zName].script), 2) end
      if not nonempty(t.name_zh) then error(zWhat .. ": name_zh is required", 2) end
      if not FAMILY_RANK[t.family] then
        error(format("%s: family %s is not one of %s", zWhat, show(t.family),
                     concat(FAMILIES, ", ")), 2)
      end
      if not nonempty(t.ref) then error(zWhat .. ": ref is required (the documents)", 2) end
      if type(t.facts) ~= "table" then error(zWhat .. ": facts = { ... } is required", 2) end
      local byName = {}
      for i, spec in ipairs(t.facts) do
        local zAt = format("%s, fact %d", zWhat, i)
        checkspec(spec, zAt, false, 3)
        if spec.values then
          spec.valueSet = {}
          for _, z in ipairs(spec.values) do spec.valueSet[z] = true end
        end
        if byName[spec[1]] then error(format("%s: '%s' declared twice", zAt, spec[1]), 2) end
        byName[spec[1]] = spec
      end
      for i, spec in ipairs(t.facts) do
        if spec.required_when ~= nil then
          local zWhen = tostring(spec.required_when)
          local zFact, zValue
          if #zWhen <= 1024 then -- one pass; bounded as names are (its parts are names)
            zFact, zValue = smatch(zWhen, "^([%a_][%w_]*) = ([%w_]+)$")
          end
          local on = zFact and byName[zFact]
          if not on or on[2] ~= "enum" then
            error(format("%s, fact %d: required_when must be \"<enum fact> = <value>\", got %s",
                         zWhat, i, show(spec.required_when)), 2)
          end
          spec.whenFact, spec.whenValue = zFact, zValue
        end
      end
      local w = t.window
      if w ~= nil then
        if type(w) ~= "table" then error(zWhat .. ": window must be a table", 2) end
        closedkeys(w, WINDOW_KEYS, zWhat .. " window", 2)
        local spec = byName[w.fact]
        if w.fact ~= "as_of" and not (spec and spec[2] == "date" and not spec.optional
                                      and not spec.required_when) then
          error(format("%s: window.fact must be \"as_of\" or a required date fact, got %s", zWhat,
                       show(w.fact)), 2)
        end
        if (w.from == nil and w.to == nil) or (w.from ~= nil and not isdate(w.from))
           or (w.to ~= nil and not isdate(w.to)) then
          error(zWhat .. ": window needs from and/or to, dates YYYY-MM-DD", 2)
        end
        if not nonempty(w.ref) then error(zWhat .. ": window.ref is required", 2) end
      end
      -- The host's C check (ext/subsidy_check.c) of a kind whose facts are all required and of a
      -- simple type: name -> 1 integer >= 0, 2 boolean, 3 date, or the enum's value set.
      local cspec = {}
      for _, spec in ipairs(t.facts) do
        local zType = spec[2]
        local code = (zType == "integer" or zType == "fen" or zType == "bp") and 1
                     or zType == "boolean" and 2 or zType == "date" and 3
                     or zType == "enum" and spec.valueSet or nil
        if spec.optional or spec.required_when ~= nil or not code then
          cspec = nil
          break
        end
        cspec[spec[1]] = code
      end
      kinds[zName] = { name = zName, name_zh = t.name_zh, family = t.family, ref = t.ref,
                       window = w, facts = t.facts, byName = byName, script = loading.name,
                       city = loading.city, cspec = cspec } -- json: factsjson(facts), by kindrows
      kindOrder[#kindOrder + 1] = zName
    end
  end

  local INTEGERS = { integer = true, fen = true, bp = true } -- the fact types held as integers >= 0

  local function badfact(zKey, zFmt, ...)
    error(format("facts.%s: " .. zFmt, zKey, ...), 0)
  end

  -- Check value v of fact spec (named zKey in messages); returns v.
  local function checkvalue(spec, zType, v, zKey)
    if zType == "date" then
      if type(v) ~= "string" or not smatch(v, "^%d%d%d%d%-%d%d%-%d%d$") then
        badfact(zKey, "expected a date YYYY-MM-DD, got %s", jshow(v))
      end
      if not host.valid(v) then badfact(zKey, "%s is not a real date", v) end
    elseif zType == "month" then
      local m = type(v) == "string" and smatch(v, "^%d%d%d%d%-(%d%d)$")
      if not m then badfact(zKey, "expected a month YYYY-MM, got %s", jshow(v)) end
      if m < "01" or m > "12" then badfact(zKey, "%s is not a real month", v) end
    elseif zType == "integer" or zType == "fen" or zType == "bp" then
      if mtype(v) ~= "integer" or v < 0 then
        badfact(zKey, "expected an integer >= 0%s, got %s",
                zType == "fen" and " (fen)" or zType == "bp" and " (basis points)" or "", jshow(v))
      end
    elseif zType == "boolean" then
      if type(v) ~= "boolean" then badfact(zKey, "expected true or false, got %s", jshow(v)) end
    elseif zType == "enum" then
      local ok = false
      for _, z in ipairs(spec.values) do if v == z then ok = true break end end
      if not ok then
        badfact(zKey, "expected one of %s, got %s", concat(spec.values, "|"), jshow(v))
      end
    elseif zType == "array" then
      if type(v) ~= "table" then badfact(zKey, "expected an array, got %s", jshow(v)) end
      local n = 0
      for k in pairs(v) do
        if mtype(k) ~= "integer" then badfact(zKey, "expected an array, got an object") end
        n = n + 1
      end
      -- Per item and field, the common case (an integer, fen or bp >= 0; a boolean) is tested
      -- here and the name "claim_months[0].month" made only for an error or a checkvalue. The
      -- object items' specs as ipairs reads them, and by name, are kept on the spec (made at the
      -- first claim, not for every item of every claim).
      local out = {}
      local items = spec.items
      local zItemType = items.type
      local byName, list = spec.itemsByName, spec.itemsList
      if not zItemType and not byName then
        byName, list = {}, {}
        for j, s2 in ipairs(items) do
          byName[s2[1]] = s2
          list[j] = s2
        end
        spec.itemsByName, spec.itemsList = byName, list
      end
      for i = 1, n do
        local item = v[i]
        if item == nil then badfact(format("%s[%d]", zKey, i - 1), "missing (null)") end
        if zItemType then
          if not (INTEGERS[zItemType] and mtype(item) == "integer" and item >= 0) then
            item = checkvalue(items, zItemType, item, format("%s[%d]", zKey, i - 1))
          end
          out[i] = item
        else
          if type(item) ~= "table" or item[1] ~= nil then
            badfact(format("%s[%d]", zKey, i - 1), "expected an object, got %s", jshow(item))
          end
          local o = {}
          for k2 in pairs(item) do
            if not byName[k2] then
              badfact(format("%s[%d].%s", zKey, i - 1, tostring(k2)), "unknown key (known: %s)",
                      concat((function() local a = {} for j, s2 in ipairs(items) do
                        a[j] = s2[1] end return a end)(), ", "))
            end
          end
          for j = 1, #list do
            local s2 = list[j]
            local zName, zType2 = s2[1], s2[2]
            local x = item[zName]
            if x == nil then
              if not s2.optional then
                badfact(format("%s[%d].%s", zKey, i - 1, zName), "missing (%s)", zType2)
              end
            elseif INTEGERS[zType2] and mtype(x) == "integer" and x >= 0
                   or zType2 == "boolean" and (x == true or x == false) then
              o[zName] = x
            else
              o[zName] = checkvalue(s2, zType2, x, format("%s[%d].%s", zKey, i - 1, zName))
            end
          end
          out[i] = o
        end
      end
      return out
    end
    return v
  end

  -- One fact of a claim checked against its spec, in place: the error naming it, an array
  -- replaced by its checked copy, or a fact given but not required in this case dropped.
  local function checkone(facts, spec)
    local zKey = spec[1]
    local v = facts[zKey]
    local bNeeded = not spec.optional
    if spec.whenFact then bNeeded = facts[spec.whenFact] == spec.whenValue end
    if v == nil then
      if bNeeded then
        badfact(zKey, "missing (%s%s)", spec[2],
                spec.whenFact and format(", required when %s", spec.required_when) or "")
      end
    elseif not spec.whenFact or bNeeded then
      local zType = spec[2]
      if zType == "boolean" then
        if type(v) ~= "boolean" then checkvalue(spec, zType, v, zKey) end
      elseif zType == "integer" or zType == "fen" or zType == "bp" then
        if mtype(v) ~= "integer" or v < 0 then checkvalue(spec, zType, v, zKey) end
      elseif zType == "enum" then
        if not spec.valueSet[v] then checkvalue(spec, zType, v, zKey) end
      elseif zType == "array" then
        facts[zKey] = checkvalue(spec, zType, v, zKey)
      else
        checkvalue(spec, zType, v, zKey)
      end
    else
      facts[zKey] = nil -- given, but not required in this case: ignored
    end
  end

  -- The facts of a claim checked against kind k, in place (the table is the call's own, made from
  -- the JSON): afterwards it holds the declared keys only, arrays replaced by checked copies.
  local function checkfacts(k, facts)
    local keys
    for key in pairs(facts) do
      if not k.byName[key] then
        keys = keys or {}
        keys[#keys + 1] = tostring(key)
      end
    end
    if keys then
      sort(keys)
      local known = {}
      for i, spec in ipairs(k.facts) do known[i] = spec[1] end
      badfact(keys[1], "unknown fact for kind %s (known: %s)", k.name,
              #known > 0 and concat(known, ", ") or "none: give {} or NULL")
    end
    local a = k.facts
    for i = 1, #a do checkone(facts, a[i]) end
    return facts
  end

  -- checkfacts made for one kind: a function of the facts that tests each declared fact inline
  -- (no loop over the specs, no dispatch on the type). A claim is checked on every call, and
  -- checkfacts' loops were a fifth of a small kind's call. It does what checkfacts does, in the
  -- same order, and leaves the same table:
  --   * a table with a metatable (only a script's call() can pass one: its __index, __pairs...
  --     would see the raw accesses below) or anything else than a table goes to checkfacts;
  --   * unknown keys: each declared fact is taken out of the table into a local and the table
  --     must then be empty (one call of next, where a loop over pairs called next per key); if
  --     not, the facts are put back and checkfacts raises its error (the same message);
  --   * the facts are put back, then tested in declaration order: a required boolean, integer,
  --     fen, bp, enum or date inline; any other fact (optional, required_when, month, array),
  --     and a value the inline test refuses, by checkone, which raises the same errors.
  -- The source is made from the declaration (names are identifiers, quoted with %q). A kind of
  -- more than CHECK_MAX facts (none has near that many; a city script could declare one) keeps
  -- checkfacts, so the text compiled here and its locals stay small.
  local CHECK_MAX = 64
  local function compilecheck(k)
    local a = k.facts
    if #a > CHECK_MAX then return function(facts) return checkfacts(k, facts) end end
    local out = {
      "local k, S, VS, checkfacts, checkone, type, next, mtype, getmetatable, smatch, valid\n",
      "  = ...\n",
      "return function(facts)\n",
      "  if type(facts) ~= 'table' or getmetatable(facts) ~= nil then\n",
      "    return checkfacts(k, facts)\n",
      "  end\n",
    }
    local function add(z, ...) out[#out + 1] = format(z, ...) end
    for i, spec in ipairs(a) do add("  local v%d = facts[%q]\n", i, spec[1]) end
    for i, spec in ipairs(a) do add("  facts[%q] = nil\n", spec[1]) end
    add("  local bExtra = next(facts) ~= nil\n")
    for i, spec in ipairs(a) do add("  facts[%q] = v%d\n", spec[1], i) end
    add("  if bExtra then return checkfacts(k, facts) end\n")
    local VS = {}
    for i, spec in ipairs(a) do
      local zType = spec[2]
      local zTest
      if spec.optional or spec.whenFact then
        zTest = nil
      elseif zType == "boolean" then
        zTest = format("v%d ~= true and v%d ~= false", i, i)
      elseif zType == "integer" or zType == "fen" or zType == "bp" then
        zTest = format("mtype(v%d) ~= 'integer' or v%d < 0", i, i)
      elseif zType == "enum" then
        VS[i] = spec.valueSet
        zTest = format("not VS[%d][v%d]", i, i)
      elseif zType == "date" then -- checkvalue's two tests
        zTest = format("type(v%d) ~= 'string' or not smatch(v%d, '^%%d%%d%%d%%d%%-%%d%%d%%-%%d%%d$') "
                       .. "or not valid(v%d)", i, i, i)
      end
      if zTest then
        add("  if %s then checkone(facts, S[%d]) end\n", zTest, i)
      else
        add("  checkone(facts, S[%d])\n", i)
      end
    end
    add("  return facts\nend\n")
    local chunk = assert(load(concat(out), "=subsidy kind " .. k.name, "t", {}))
    return chunk(k, a, VS, checkfacts, checkone, type, next, mtype, getmetatable, smatch, host.valid)
  end

  -- A not-eligible trace row; also catches a rule that read a city-set parameter before all its
  -- eligibility tests (contract: a claim that fails is 0 even where the city entered nothing).
  local function noteligible(zCond, zRef)
    if not ctx then needcall("subsidy.not_eligible") end
    if ctx.citySet then
      error(format("%s: eligibility tested after the city-set parameter '%s' was read: test every "
                   .. "condition first", ctx.rule, ctx.citySet), 0)
    end
    if ctx.steps then addstep(ctx.rule, zRef, format("not eligible: %s (%s)", zCond, zRef or "")) end
    return 0
  end

  -- The window's not-eligible row (noteligible), its text made only when it is needed.
  local function outsidewindow(zFact, d, zWhere, zBound, zRef)
    if ctx.citySet or ctx.steps then
      return noteligible(format("%s %s %s %s", zFact, d, zWhere, zBound), zRef)
    end
    return 0
  end

  function wrapkind(k, fn)
    local w = k.window
    -- The kind's compiled check, made at its first claim (a world that never computes a kind
    -- does not compile it; building every check with the world added a third to its cost), then
    -- shared by the kind's versions.
    local check
    check = function(facts)
      check = k.check or compilecheck(k)
      k.check = check
      return check(facts)
    end
    -- The window's fields, read once here rather than on every claim.
    local zFact, zFrom, zTo, zRef = w and w.fact, w and w.from, w and w.to, w and w.ref
    local bAsOf = zFact == "as_of"
    return function(facts, as_of)
      local f = check(facts)
      if w then
        local d = bAsOf and as_of or f[zFact]
        if zFrom and d < zFrom then return outsidewindow(zFact, d, "before", zFrom, zRef) end
        if zTo and d > zTo then return outsidewindow(zFact, d, "after", zTo, zRef) end
        if ctx.steps then
          addstep(ctx.rule, zRef, format("window: %s %s in %s..%s", zFact, d, zFrom or "",
                                         zTo or ""))
        end
      end
      local ok, r = pcall(fn, f, as_of, k)
      if not ok then
        -- A helper reached by a tail call has no rule frame to point at: drop the prelude's own
        -- position rather than show it (errors from the rule's lines keep theirs).
        if type(r) == "string" then r = sgsub(r, "^host/prelude:%d+: ", "") end
        error(r, 0)
      end
      if mtype(r) ~= "integer" or r < 0 then
        error(format("%s: returned %s, not an amount in fen (an integer >= 0)", ctx.rule,
                     show(r)), 0)
      end
      return r
    end,
    -- The host's scalar short way (ext/subsidy_check.c), taken once its C check of the facts
    -- (k.cspec) has passed and the date is inside the window: call1 runs fn, the rule's function
    -- itself (rule), or withk, a tail call of it that passes k, for a function that takes a third
    -- argument (the host sets fn at the first claim), without the wrapper's pcall (the host drops
    -- the prelude's position from the front of an error, as the pcall did); a result that is not
    -- an amount goes to bad, which raises the wrapper's error.
    -- By index, for the host: the check, the number of facts, the window's date fact (nil: as_of),
    -- from and to; the host sets [6] once it has chosen fn, [7] to [9] (ext/subsidy_check.c).
    k.cspec and {
      k.cspec, #k.facts, w and not bAsOf and zFact or nil, zFrom, zTo,
      rule = fn, withk = function(f, as_of) return fn(f, as_of, k) end,
      bad = function(r)
        error(format("%s: returned %s, not an amount in fen (an integer >= 0)", ctx.rule,
                     show(r)), 0)
      end,
    }
  end

  -- A decimal ratio "0.9", "1" or a fraction "2/3" as numerator and denominator.
  local ratioCache = {} -- ratio text -> { numerator, denominator }: parameters repeat
  -- The numerator and denominator of ratio r, or nil when r is not a ratio (ratioparts raises).
  local function ratiotry(r)
    local c = ratioCache[r]
    if c then return c[1], c[2] end
    -- A ratio that can be accepted has at most 31 bytes (15 digits, "/", 15 digits): longer text
    -- is refused before a match whose backtracking would grow with its square.
    local zInt, zFrac
    if type(r) == "string" and #r <= 31 then zInt, zFrac = smatch(r, "^(%d+)%.?(%d*)$") end
    if zInt and #zInt + #zFrac <= 15 then
      c = { math.tointeger(tonumber(zInt .. zFrac)), math.tointeger(10 ^ #zFrac) }
    elseif type(r) == "string" and #r <= 31 then
      local a, b = smatch(r, "^(%d+)/(%d+)$")
      if a and #a <= 15 and #b <= 15 and tonumber(b) > 0 then
        c = { math.tointeger(tonumber(a)), math.tointeger(tonumber(b)) }
      end
    end
    if c then
      ratioCache[r] = c
      return c[1], c[2]
    end
    return nil
  end
  local function ratioparts(r)
    local a, b = ratiotry(r)
    if a then return a, b end
    error(format("subsidy: ratio must be decimal text such as \"0.9\" or a fraction \"2/3\", got %s",
                 show(r)), 3)
  end

  -- round(r × fen), half up, exact.
  local function ratiomul(r, fen)
    if mtype(fen) ~= "integer" or fen < 0 then
      error(format("subsidy.ratio: amount must be an integer >= 0, got %s", show(fen)), 2)
    end
    local c = ratioCache[r] -- ratioparts' cache, read here: a call less per claim
    if c then return (2 * c[1] * fen + c[2]) // (2 * c[2]) end
    local a, b = ratioparts(r)
    return (2 * a * fen + b) // (2 * b)
  end

  -- The helpers the rule bodies use.
  local SUBSIDY = {
    -- subsidy.not_eligible(condition, ref) -> 0, with the trace row naming both.
    not_eligible = noteligible,
    -- subsidy.need(ok, condition, ref [, ...]) -> ok; a trace row either way ("condition: met"
    -- or "not eligible: condition: not met (ref)"); with more arguments, condition is a format
    -- for them, applied only when the row is written (a claim computed without its trace formats
    -- nothing). Use: if not subsidy.need(...) then return 0 end
    need = function(ok, zCond, zRef, ...)
      if not ctx then needcall("subsidy.need") end
      if ok then
        if ctx.steps then
          addstep(ctx.rule, zRef, (select("#", ...) > 0 and format(zCond, ...) or zCond) .. ": met")
        end
        return true
      end
      if ctx.citySet or ctx.steps then -- (noteligible: the row, or the error)
        noteligible((select("#", ...) > 0 and format(zCond, ...) or zCond) .. ": not met", zRef)
      end
      return false
    end,
    -- subsidy.ratio(r, fen) -> round half up of r × fen (r decimal text "0.9" or "2/3").
    ratio = ratiomul,
    -- subsidy.ratio_le(a, b, r) -> a <= r × b by integer cross-multiplication.
    ratio_le = function(a, b, r)
      local c = ratioCache[r] -- ratioparts' cache, read here: a call less per claim
      if c then return a * c[2] <= c[1] * b end
      local n, d = ratioparts(r)
      return a * d <= n * b
    end,
    -- subsidy.cap(fen, cap, what, ref) -> min(fen, cap), with a trace row.
    cap = function(n, nCap, zWhat, zRef)
      if not ctx then needcall("subsidy.cap") end
      if n > nCap then
        if ctx.steps then
          addstep(ctx.rule, zRef, format("cap %s: %d fen > %d fen, paid %d fen", zWhat, n, nCap,
                                         nCap))
        end
        return nCap
      end
      if ctx.steps then addstep(ctx.rule, zRef, format("cap %s: %d fen <= %d fen", zWhat, n, nCap)) end
      return n
    end,
    -- subsidy.bounded(name, lo, hi [, as_of]) -> param(name), an error naming the parameter and
    -- the bound when the city's value is outside lo..hi (nil: no bound; ratios as decimal text).
    bounded = function(zName, lo, hi, as_of)
      needcall("subsidy.bounded")
      local v = paramAt(zName, as_of, 4)
      local function cmp(x, y) -- x <= y for integers or ratio text
        if mtype(x) == "integer" and mtype(y) == "integer" then return x <= y end
        local a, b = ratioparts(tostring(x))
        local c, d = ratioparts(tostring(y))
        return a * d <= c * b
      end
      local bLow = lo ~= nil and not cmp(lo, v)
      if bLow or (hi ~= nil and not cmp(v, hi)) then
        local _, e = lookup(zName, as_of or ctx.as_of, 2)
        error(format("parameter '%s' = %s for %s (from %s, %s) is %s the bound %s the texts set",
                     zName, show(v), zWho, e.from, e.ref, bLow and "below" or "above",
                     tostring(bLow and lo or hi)), 0)
      end
      return v
    end,
    -- subsidy.ui_standard(d) -> the monthly 失业保险金 standard on day d: from the first day
    -- ui_benefit_ratio is in force (2020-02-04, 鲁政办发〔2020〕4号 16) round(ratio × min_wage_monthly(d));
    -- before it the city's ui_benefit_standard_monthly(d).
    ui_standard = function(d)
      needcall("subsidy.ui_standard")
      local pRatio = params.ui_benefit_ratio
      local e = pRatio and inforce(pRatio.values, d)
      if e and e.value ~= nil then
        local r = paramAt("ui_benefit_ratio", d, 4)
        local w = paramAt("min_wage_monthly", d, 4)
        local n = ratiomul(r, w)
        if ctx.steps then
          addstep(ctx.rule, e.ref, format("失业保险金标准 on %s = round(%s × %d) = %d fen", d, r, w, n))
        end
        return n
      end
      local n = paramAt("ui_benefit_standard_monthly", d, 4)
      return n
    end,
    -- subsidy.contract_ok(months, ref) -> true when a labour contract of `months` is at least
    -- one year (0 = no fixed term, which counts), with a trace row; false after not_eligible.
    contract_ok = function(n, zRef)
      if not ctx then needcall("subsidy.contract_ok") end
      if n == 0 or n >= 12 then
        if ctx.steps then
          addstep(ctx.rule, zRef, format("contract_months %d: %s", n,
                                         n == 0 and "no fixed term (counts as >= 12)" or ">= 12"))
        end
        return true
      end
      if ctx.citySet or ctx.steps then -- (noteligible: the row, or the error)
        noteligible(format("contract_months %d < 12 (1年以上劳动合同)", n), zRef)
      end
      return false
    end,
    -- subsidy.yuan(fen) -> "1234.50"
    yuan = function(n) return format("%d.%02d", n // 100, n % 100) end,
  }

  -- subsidy_kinds rows: kind, name_zh, family, facts, from_date, to_date, ref (family order, then
  -- the order of declaration).
  sortedkinds = function()
    local a = {}
    for i, z in ipairs(kindOrder) do a[i] = z end
    local pos = {}
    for i, z in ipairs(kindOrder) do pos[z] = i end
    sort(a, function(x, y)
      local kx, ky = kinds[x], kinds[y]
      if kx.city ~= ky.city then return not kx.city end
      if kx.family ~= ky.family then return FAMILY_RANK[kx.family] < FAMILY_RANK[ky.family] end
      return pos[x] < pos[y]
    end)
    return a
  end

  local function kindrows()
    local a = sortedkinds()
    local rows = {}
    for _, z in ipairs(a) do
      local k = kinds[z]
      local w = k.window
      local r = rules["subsidy." .. z]
      local zFirst = r and r.versions[1] and r.versions[1].from
      if not k.json then k.json = factsjson(k.facts) end
      rows[#rows + 1] = { kind = z, name_zh = k.name_zh, family = k.family, facts = k.json,
                          from_date = w and w.from or (not w and zFirst) or nil,
                          to_date = w and w.to or nil, ref = k.ref }
    end
    return rows
  end

  -- }======

  local api = { parameter = parameter, rule = rule, param = param, step = step, call = callrule,
                kind = kind, subsidy = readonly(SUBSIDY, "subsidy"),
                city = city, CITY = readonly({ key = info.key, code = info.code, name = info.name },
                                              "CITY") }

  -- The names every script reaches: the language (api) over the sandbox's libraries, then an
  -- error naming a global that is neither. Lookups go through tables (__index chains the VM
  -- follows without a call), not a function: a script reads globals at every step, and the
  -- function __index was a fifth of a status evaluation's instructions.
  local known = copy(SANDBOX)
  for k, v in pairs(api) do known[k] = v end
  setmetatable(known, { __index = function(_, k) error(missing(k), 2) end })
  -- The baseline's globals: this world's own table (a city cannot reach another world's).
  local baseEnv = setmetatable({}, { __index = known, __metatable = "read-only" })
  -- The city's globals: its own, then the baseline's.
  local cityEnv = setmetatable({}, { __index = baseEnv, __metatable = "read-only" })

  for i, src in ipairs(sources) do
    local inCity = isCity and i == #sources
    local chunk, zErr = load(src.source, "=" .. src.name, "t", inCity and cityEnv or baseEnv)
    if not chunk then error(zErr, 0) end
    loading = { name = src.name, city = inCity }
    chunk()
    loading = nil
    if inCity and not declaredCity then
      error(format("%s: a city script must begin with city { code = \"%s\", name = \"%s\", "
                   .. "extends = \"shandong\" }", src.name, info.code, info.name), 0)
    end
  end
  for _, p in pairs(params) do p.values = merged(p.base, p.city) end
  -- param's C half reads a parameter that no city sets and that has a value on every dated entry
  -- from one flat list (the others, and every other case, go through paramAt).
  for zName, p in pairs(params) do
    local a, list = p.values, {}
    for i = #a, 1, -1 do
      if a[i].value == nil then list = nil break end
      list[#list + 1] = a[i].from
      list[#list + 1] = a[i].value
    end
    if list and not p.city_sets then fastparams[zName] = list end
  end
  for _, r in pairs(rules) do r.versions = merged(r.base, r.city) end
  for _, z in ipairs(kindOrder) do
    if not rules["subsidy." .. z] then
      error(format("%s: kind '%s' has no rule \"subsidy.%s\"", kinds[z].script, z, z), 0)
    end
  end

  local W = {}

  -- eval(rule, facts, as_of, trace) -> result; then steps() -> the steps (nil unless trace).
  -- run is a tail call: the frame above it is the C host's, as it was a pcall's when eval caught
  -- and raised errors again, so a rule's error(msg, level) points where it did.
  function W.eval(zRule, facts, as_of, bTrace)
    -- Not a rule: the catalogue behind SELECT * FROM subsidy_kinds (no script can declare a rule
    -- name without a dot).
    if zRule == "subsidy_kinds" then
      ctx, CTX.as_of = nil, nil -- CTX.as_of is set exactly while ctx is (host.param_fast)
      return kindrows()
    end
    local c = CTX
    c.as_of, c.steps, c.rule, c.ref, c.citySet = as_of, bTrace and {} or nil, zRule, nil, nil
    ctx = c
    return run(zRule, facts, as_of, true)
  end

  -- steps() -> the steps of the last eval (nil unless it traced them).
  function W.steps()
    return ctx and ctx.steps
  end

  -- The host's short way for a scalar eval (policyEvalFast in ext/policy_lua.c): it reads the
  -- rules (ruletab), finds the version in force and checks the facts' names itself, as run does,
  -- and calls call1 only when none of that fails (else eval, which raises run's error). call1 is
  -- the rest of eval and run: the same context, and a prelude frame above the rule's function as
  -- run's is, so error levels and positions inside the rule are the same.
  W.ruletab = rules
  function W.call1(zName, fn, ref, facts, as_of) -- fn, ref: the version's
    local c = CTX
    c.as_of, c.steps, c.citySet = as_of, nil, nil
    c.rule, c.ref = zName, ref
    ctx = c
    local result = fn(facts, as_of) -- not a tail call: this frame stays above the rule's
    return result
  end

  -- param(name, as_of) -> value, ref, from
  function W.param(zName, as_of)
    local v, e = lookup(zName, as_of, 0)
    return v, e.ref, e.from, params[zName].unit
  end

  -- values(name) -> the parameter's dated values { from, value, ref, ... } in date order (the
  -- world's own list: the C host only reads it), or nil when unknown. policy_param's per-statement
  -- cache (ext/policy_sql.c) answers from it without a call per row.
  function W.values(zName)
    local p = params[zName]
    return p and p.values
  end

  -- params(as_of or nil) -> rows { name, description, unit, city_sets, from, value, ref, note,
  -- origin, status }: the value in force on as_of per parameter, or every dated value.
  function W.params(as_of)
    local names, rows = {}, {}
    for k in pairs(params) do names[#names + 1] = k end
    sort(names)
    for _, zName in ipairs(names) do
      local p = params[zName]
      local function row(e, zStatus)
        rows[#rows + 1] = { name = zName, description = p.description, unit = p.unit,
          city_sets = p.city_sets, from = e and e.from, value = e and e.value,
          ref = e and e.ref or p.ref, note = e and e.note or p.cityNote or p.note,
          origin = e and e.origin or p.origin, status = zStatus }
      end
      if as_of then
        local e = inforce(p.values, as_of)
        if e and e.value ~= nil then row(e, "in force")
        elseif e then row(e, "ended")
        elseif #p.values == 0 then row(nil, "unset")
        else row(nil, "not yet in force") end
      elseif #p.values == 0 then
        row(nil, "unset")
      else
        for _, e in ipairs(p.values) do row(e, e.value == nil and "ended" or "value") end
      end
    end
    return rows
  end

  -- rules(as_of or nil) -> rows { name, from, ref, origin (the script), status }: the version in
  -- force on as_of per rule, or every version.
  function W.rules(as_of)
    local names, rows = {}, {}
    for k in pairs(rules) do names[#names + 1] = k end
    sort(names)
    for _, zName in ipairs(names) do
      local a = rules[zName].versions
      local function row(v, zStatus)
        rows[#rows + 1] = { name = zName, from = v and v.from, ref = v and v.ref,
                            origin = v and v.script, status = zStatus }
      end
      if as_of then
        local v = inforce(a, as_of)
        if v then row(v, "in force") else row(a[1], "not yet in force") end
      else
        for _, v in ipairs(a) do row(v, "version") end
      end
    end
    return rows
  end

  return W
end

-- }======

return new_world
