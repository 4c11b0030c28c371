-- lua/shandong/subsidies/poverty.lua: family K (poverty): the 鲁渝 payments to 渝籍建档立卡贫困人员
-- employed in Shandong and the resident-pension contribution paid on behalf of poor people (K1-K3
-- of the subsidy contract), served as subsidy_amount(city, kind, as_of, facts)
-- (docs/subsidies.md). The pattern is lua/shandong/subsidies/hiring.lua's; the 14 paying cities
-- are the parameter lu_yu_cooperation_cities (hiring.lua, A5).

-- {====== K1, K2 鲁渝: shared

-- 鲁人社函〔2020〕8号 五: "2020年1月1日至12月31日，对在鲁稳定就业3个月以上的渝籍建档立卡贫困人员，每年给予1500元的
-- 一次性交通生活补助，以及每月1000元的跨省就业补贴（最长不超过6个月）".
parameter "chongqing_stable_employment_months" {
  description = "渝籍建档立卡贫困人员在鲁稳定就业月数（以上，含）",
  unit = "month",
  { from = "2020-03-06", value = 3, ref = "鲁人社函〔2020〕8号 五" },
}
parameter "chongqing_employment_item_from" {
  description = "鲁渝交通生活补助、跨省就业补贴的执行期首日",
  unit = "date",
  { from = "2020-03-06", value = "2020-01-01", ref = "鲁人社函〔2020〕8号 五" },
}
parameter "chongqing_employment_item_to" {
  description = "鲁渝交通生活补助、跨省就业补贴的执行期末日",
  unit = "date",
  { from = "2020-03-06", value = "2020-12-31", ref = "鲁人社函〔2020〕8号 五" },
}

-- The city test of 鲁人社函〔2020〕8号 (as A5): true in the 14 addressed cities and for the baseline.
local function addressed()
  if CITY.key == "shandong" then return true end
  local zList = param("lu_yu_cooperation_cities")
  local bIn = ("," .. zList .. ","):find("," .. CITY.code .. ",", 1, true) ~= nil
  return subsidy.need(bIn, "city %s (%s) addressed by 鲁人社函〔2020〕8号", "鲁人社函〔2020〕8号",
                      CITY.name, CITY.code)
end

-- reading: the item's own window (2020) governs over the notice-wide 2020-2021: the day the 3
-- months are reached, q = employment_start_date + 3 months, falls in 2020-01-01..2020-12-31 and
-- on or before as_of (contract §3, §9 16).
local function stable(f, as_of)
  local zRef = "鲁人社函〔2020〕8号 五"
  local nM = param("chongqing_stable_employment_months")
  local zQ = date.add_months(f.employment_start_date, nM)
  local zFrom = param("chongqing_employment_item_from")
  local zTo = param("chongqing_employment_item_to")
  if not subsidy.need(zQ >= zFrom and zQ <= zTo, "%d months reached on %s, in %s..%s", zRef, nM, zQ,
                      zFrom, zTo) then
    return false
  end
  return subsidy.need(zQ <= as_of, "%d months reached on %s <= as_of %s (稳定就业3个月以上)", zRef,
                      nM, zQ, as_of)
end

-- }======

-- {====== K1 渝籍贫困人员一次性交通生活补助

parameter "chongqing_transport_living_allowance_amount" {
  description = "渝籍建档立卡贫困人员一次性交通生活补助（每年）",
  unit = "fen",
  { from = "2020-03-06", value = 150000, ref = "鲁人社函〔2020〕8号 五" },
}

kind "chongqing_transport_living_allowance" {
  name_zh = "渝籍贫困人员一次性交通生活补助",
  family = "poverty",
  ref = "鲁人社函〔2020〕8号 五",
  facts = {
    { "employment_start_date", "date", note = "first day employed in Shandong" },
    { "already_received", "boolean", note = "received this year" },
  },
}

-- reading: paid by the 14 addressed cities only (contract §9 16).
rule "subsidy.chongqing_transport_living_allowance" { from = "2020-03-06", ref = "鲁人社函〔2020〕8号 五",
  function(f, as_of)
    if not stable(f, as_of) then return 0 end
    if not subsidy.need(not f.already_received, "not already_received (每年给予)", "鲁人社函〔2020〕8号 五") then
      return 0
    end
    if not addressed() then return 0 end
    return param("chongqing_transport_living_allowance_amount")
  end,
}

-- }======

-- {====== K2 渝籍贫困人员跨省就业补贴

parameter "chongqing_cross_province_employment_subsidy_monthly" {
  description = "渝籍建档立卡贫困人员跨省就业补贴（每月）",
  unit = "fen",
  { from = "2020-03-06", value = 100000, ref = "鲁人社函〔2020〕8号 五" },
}
parameter "chongqing_cross_province_employment_subsidy_max_months" {
  description = "跨省就业补贴最长月数",
  unit = "month",
  { from = "2020-03-06", value = 6, ref = "鲁人社函〔2020〕8号 五" },
}

kind "chongqing_cross_province_employment_subsidy" {
  name_zh = "渝籍贫困人员跨省就业补贴",
  family = "poverty",
  ref = "鲁人社函〔2020〕8号 五",
  facts = {
    { "employment_start_date", "date", note = "first day employed in Shandong" },
    { "months", "integer", note = "months employed in Shandong in 2020, claimed" },
    { "months_used", "integer", note = "months already subsidised" },
  },
}

-- reading: the 3 qualifying months count towards the 6; paid by the 14 addressed cities only
-- (contract §9 16).
rule "subsidy.chongqing_cross_province_employment_subsidy" { from = "2020-03-06",
  ref = "鲁人社函〔2020〕8号 五",
  function(f, as_of)
    local zRef = "鲁人社函〔2020〕8号 五"
    if not stable(f, as_of) then return 0 end
    local nMax = param("chongqing_cross_province_employment_subsidy_max_months")
    local nAllowed = nMax - f.months_used
    if nAllowed > f.months then nAllowed = f.months end
    if not subsidy.need(nAllowed > 0, "months %d within %d - months_used %d (最长不超过6个月)", zRef,
                        f.months, nMax, f.months_used) then
      return 0
    end
    if not addressed() then return 0 end
    local nPer = param("chongqing_cross_province_employment_subsidy_monthly")
    local n = nPer * nAllowed
    step("%d 元 × %d months = %d fen", nPer // 100, nAllowed, n)
    return n
  end,
}

-- }======

-- {====== K3 贫困人员居民养老保险费代缴

-- 鲁人社字〔2020〕41号 (九): "为符合参加居民养老保险条件的缴费年龄段脱贫享受政策人口和即时帮扶人口全额代缴最低标准的
-- 居民养老保险费": the lowest annual tier is the city's (县) resident-pension schedule.
parameter "resident_pension_min_contribution" {
  description = "居民基本养老保险最低缴费档次（每年）",
  unit = "fen",
  city_sets = true,
  ref = "鲁人社字〔2020〕41号 (九)",
}

kind "poverty_resident_pension_contribution_on_behalf" {
  name_zh = "贫困人员居民养老保险费代缴",
  family = "poverty",
  ref = "鲁人社字〔2020〕41号 (九)",
  facts = {
    { "poor", "boolean", note = "脱贫享受政策人口 or 即时帮扶人口 of contribution age" },
  },
}

rule "subsidy.poverty_resident_pension_contribution_on_behalf" { from = "2020-04-14",
  ref = "鲁人社字〔2020〕41号 (九)",
  function(f, as_of)
    if not subsidy.need(f.poor, "poor: 缴费年龄段脱贫享受政策人口和即时帮扶人口", "鲁人社字〔2020〕41号 (九)") then
      return 0
    end
    return param("resident_pension_min_contribution")
  end,
}

-- }======
