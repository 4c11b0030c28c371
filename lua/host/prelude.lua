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
-- Dated values and rule versions of baseline and city merge by date (the later in force governs;
-- on the same day the city's).

local host = ...
local error, type, pairs, ipairs, next, select = error, type, pairs, ipairs, next, select
local tostring, setmetatable, rawget, format = tostring, setmetatable, rawget, string.format
local sort, concat, mtype = table.sort, table.concat, math.type

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
  date = true }
local PARAM_KEYS = { description = true, unit = true, city_sets = true, ref = true, note = true }
local ENTRY_KEYS = { from = true, value = true, ref = true, note = true }
local RULE_KEYS = { from = true, ref = true, note = true, description = true }
local CITY_KEYS = { code = true, name = true, extends = true, note = true }

local function isdate(s)
  return type(s) == "string" and s:match("^%d%d%d%d%-%d%d%-%d%d$") ~= nil and host.valid(s)
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
  local ctx                        -- { as_of, steps, rule } during a call
  local declaredCity = false

  local function needloading(zFunc)
    if not loading then
      error(format("%s() may only be used at the top level of a script, while it loads", zFunc), 3)
    end
  end

  -- parameter "name" { ... }
  local function parameter(zName)
    needloading("parameter")
    if type(zName) ~= "string" or not zName:match("^[%a_][%w_]*$") then
      error(format("parameter: name must be an identifier, got %s", show(zName)), 2)
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
                       .. "fen, yuan, ratio, boolean, code, text, date", zWhat, show(t.unit)), 2)
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
  local function rule(zName)
    needloading("rule")
    if type(zName) ~= "string" or not zName:match("^[%a_][%w_]*%.[%a_][%w_.]*$") then
      error(format("rule: name must be 'family.name', got %s", show(zName)), 2)
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
      list[#list + 1] = { from = t.from, ref = t.ref, fn = t[1], script = loading.name }
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
  local function param(zName, as_of)
    needcall("param")
    if as_of == nil then as_of = ctx.as_of end
    if not isdate(as_of) then
      error(format("param: as_of must be a date YYYY-MM-DD, got %s", show(as_of)), 2)
    end
    local v, e, p = lookup(zName, as_of, 3)
    if ctx.steps then
      addstep(ctx.rule, e.ref, format("%s = %s %s (from %s)", zName, show(v), p.unit, e.from))
    end
    return v
  end

  -- step(fmt, ...): a line of the trace, formatted (string.format) only when tracing.
  local function step(zFmt, ...)
    needcall("step")
    if ctx.steps then
      addstep(ctx.rule, ctx.ref, select("#", ...) > 0 and format(zFmt, ...) or tostring(zFmt))
    end
  end

  local function run(zName, facts, as_of)
    local r = rules[zName]
    if not r then error(format("unknown rule '%s' for %s", tostring(zName), zWho), 0) end
    local v = inforce(r.versions, as_of)
    if not v then
      error(format("rule '%s' has no version in force for %s on %s: its first version is from %s",
                   zName, zWho, as_of, r.versions[1].from), 0)
    end
    local zSaved, zSavedRef = ctx.rule, ctx.ref
    ctx.rule, ctx.ref = zName, v.ref
    local result = v.fn(facts, as_of)
    if ctx.steps then addstep(zName, v.ref, "result: " .. show(result)) end
    ctx.rule, ctx.ref = zSaved, zSavedRef
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

  local api = { parameter = parameter, rule = rule, param = param, step = step, call = callrule,
                city = city, CITY = readonly({ key = info.key, code = info.code, name = info.name },
                                              "CITY") }

  -- The baseline's globals: this world's own table (a city cannot reach another world's).
  local baseEnv = setmetatable({}, {
    __index = function(_, k)
      local v = api[k]
      if v == nil then v = SANDBOX[k] end
      if v == nil then error(missing(k), 2) end
      return v
    end,
    __metatable = "read-only",
  })
  -- The city's globals: its own, then the baseline's.
  local cityEnv = setmetatable({}, {
    __index = function(_, k)
      local v = rawget(baseEnv, k)
      if v == nil then v = api[k] end
      if v == nil then v = SANDBOX[k] end
      if v == nil then error(missing(k), 2) end
      return v
    end,
    __metatable = "read-only",
  })

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
  for _, r in pairs(rules) do r.versions = merged(r.base, r.city) end

  local W = {}

  -- eval(rule, facts, as_of, trace) -> result, steps (nil unless trace)
  function W.eval(zRule, facts, as_of, bTrace)
    ctx = { as_of = as_of, steps = bTrace and {} or nil, rule = zRule }
    local ok, result = pcall(run, zRule, facts, as_of)
    local steps = ctx.steps
    ctx = nil
    if not ok then error(result, 0) end
    return result, steps
  end

  -- param(name, as_of) -> value, ref, from
  function W.param(zName, as_of)
    local v, e = lookup(zName, as_of, 0)
    return v, e.ref, e.from, params[zName].unit
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
