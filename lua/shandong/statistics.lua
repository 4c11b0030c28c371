-- lua/shandong/statistics.lua: the policy choices of the monthly statistics 城镇新增就业 and
-- 城镇登记失业 (鲁人社字〔2020〕95号 附件 山东省城镇新增就业统计方法; 人社厅发〔2020〕79号 三(九)-(十一)).
--
-- The set work (who is listed, the history of each person, the decision steps) is done in C by
-- ext/stats_sql.c over the tables of sql/schema.sql; it asks Lua only where the rule is a choice
-- that changes by date or by city:
--   stats.year_pick     once per statement and statistical year: which of a person's records of
--                       the year counts ('latest' in 2020, 'first' from 2021)
--   stats.city_checks   once per record, and only when a city has its own version: a city's
--                       extra exclusions and doubts (四(二)10 "其他不应计入", 四(三) "等情形")
--   attrition_lag_periods  once per statement and city: 自然减员 from an earlier period
-- Usage:
--   SELECT policy_eval('山东', 'stats.year_pick', '2020-12-21');          -- first
--   SELECT policy_param('济南', 'attrition_lag_periods', '2021-03-20');    -- 0
--   SELECT * FROM new_urban_employment('济南', '2021-03');                -- docs/statistics.md

local FROM_95 = "2019-12-21" -- the first day of statistical year 2020 (95号 covers 2020 on)

-- {====== parameters

-- 鲁人社字〔2020〕95号 附件 三2: "这两类自然减员数据如无法做到同期提取，可采用前期数据，并按此模式延续".
-- reading: 前期 is the period before; a city that cannot extract in time sets 1 from a date on and
-- keeps it ("按此模式延续"), so every later period uses the data of the period before.
parameter "attrition_lag_periods" {
  description = "自然减员数据滞后的统计期数（0 = 同期提取）",
  unit = "month",
  { from = FROM_95, value = 0, ref = "鲁人社字〔2020〕95号 附件 三2" },
}

-- }======

-- {====== rules

-- 鲁人社字〔2020〕95号 附件 四(一): "对一名劳动者在年度内重复就业的情况，2020年仍按实现就业地和就业时间最新
-- 一条信息计算，2021年起按年内首次实现就业地和就业时间计算，一年内只计算一次".
-- Evaluated as of the first day of the statistical year (2020-12-21 opens year 2021).
rule "stats.year_pick" {
  from = FROM_95, ref = "鲁人社字〔2020〕95号 附件 四(一)",
  function(facts, as_of)
    step("2020: the latest record of the year counts (最新一条信息)")
    return "latest"
  end,
}

rule "stats.year_pick" {
  from = "2020-12-21", ref = "鲁人社字〔2020〕95号 附件 四(一)",
  function(facts, as_of)
    step("2021 on: the first record of the year counts (年内首次)")
    return "first"
  end,
}

-- 鲁人社字〔2020〕95号 附件 四(二)10 "以及其他不应计入城镇新就业的人员" and 四(三) "等情形": a city's own
-- exclusions and doubts. facts are the record's columns (NULL ones absent), as_of its date. A
-- city's version returns nil or { rule = "excl.city.<x>" | "doubt.city.<x>", detail = "..." }.
-- The province adds none.
rule "stats.city_checks" {
  from = FROM_95, ref = "鲁人社字〔2020〕95号 附件 四(二)10、四(三)",
  function(facts, as_of)
    return nil
  end,
}

-- }======
