-- lua/shandong/subsidies/graduate.lua: family I (graduate): the job-search subsidies (求职创业补贴)
-- for 湖北籍2020届 graduates and for 2021届 graduates in hardship (I1, I2 of the subsidy
-- contract), served as subsidy_amount(city, kind, as_of, facts) (docs/subsidies.md). The pattern
-- is lua/shandong/subsidies/hiring.lua's.

-- {====== I1 湖北籍2020届毕业生求职创业补贴

-- 鲁人社字〔2020〕43号 五: "对我省高校湖北籍2020届高校毕业生给予1000元一次性求职创业补贴"; 鲁人社字〔2020〕60号
-- 一: "补贴标准为1000元/人".
parameter "hubei_graduate_job_search_subsidy_amount" {
  description = "湖北籍2020届高校毕业生一次性求职创业补贴标准",
  unit = "fen",
  { from = "2020-04-30", value = 100000, ref = "鲁人社字〔2020〕43号 五" },
}

-- 鲁人社字〔2020〕60号 一: "2019年已申领求职创业补贴的湖北籍毕业生（除助学贷款类别的）不再重复申报，其中按照600元/人
-- 的标准发放的，此次按照400元/人的标准进行补发".
parameter "hubei_graduate_job_search_subsidy_prior_600" {
  description = "2019年按600元/人领取求职创业补贴的（60号补发对象）",
  unit = "fen",
  { from = "2020-06-01", value = 60000, ref = "鲁人社字〔2020〕60号 一" },
}
parameter "hubei_graduate_job_search_subsidy_top_up" {
  description = "2019年按600元/人领取的湖北籍毕业生补发标准",
  unit = "fen",
  { from = "2020-06-01", value = 40000, ref = "鲁人社字〔2020〕60号 一" },
}

kind "hubei_graduate_job_search_subsidy" {
  name_zh = "湖北籍2020届毕业生求职创业补贴",
  family = "graduate",
  ref = "鲁人社字〔2020〕43号 五; 〔2020〕20号 六保三促 11; 鲁人社字〔2020〕60号 一",
  facts = {
    { "hubei_2020_graduate", "boolean",
      note = "湖北籍2020届 full-time graduate of a Shandong 高校" },
    { "received_2019_fen", "fen", note = "求职创业补贴 received in 2019 (0 if none)" },
    { "loan_category_2019", "boolean", note = "the 2019 receipt was in the 助学贷款 category" },
  },
}

rule "subsidy.hubei_graduate_job_search_subsidy" { from = "2020-04-30", ref = "鲁人社字〔2020〕43号 五",
  function(f, as_of)
    if not subsidy.need(f.hubei_2020_graduate, "hubei_2020_graduate: 湖北籍2020届高校毕业生",
                        "鲁人社字〔2020〕43号 五") then
      return 0
    end
    return param("hubei_graduate_job_search_subsidy_amount")
  end,
}

-- reading: 2019 recipients in the 助学贷款 category receive the full 1000 元; a 600 元 recipient
-- gets 400 元; any other non-loan 2019 receipt (1000 元) gets nothing more (contract §9 15).
rule "subsidy.hubei_graduate_job_search_subsidy" { from = "2020-06-01", ref = "鲁人社字〔2020〕60号 一",
  function(f, as_of)
    local zRef = "鲁人社字〔2020〕60号 一"
    if not subsidy.need(f.hubei_2020_graduate, "hubei_2020_graduate: 湖北籍2020届高校毕业生", zRef) then
      return 0
    end
    if f.received_2019_fen == 0 or f.loan_category_2019 then
      step("received_2019_fen %d%s: the full standard", f.received_2019_fen,
           f.loan_category_2019 and " in the 助学贷款 category" or "")
      return param("hubei_graduate_job_search_subsidy_amount")
    end
    local nPrior = param("hubei_graduate_job_search_subsidy_prior_600")
    if not subsidy.need(f.received_2019_fen == nPrior,
                        "received_2019_fen %d = %d (按600元/人发放的补发; 其余不再重复申报)", zRef,
                        f.received_2019_fen, nPrior) then
      return 0
    end
    return param("hubei_graduate_job_search_subsidy_top_up")
  end,
}

-- }======

-- {====== I2 2021届困难毕业生求职创业补贴

-- 鲁人社函〔2020〕69号 一(二): "低保家庭、特困人员、孤儿、重点困境儿童、建档立卡贫困家庭、残疾人毕业生及贫困残疾人
-- 家庭的毕业生补贴标准为1000元/人，其他人员补贴标准为600元/人" (the others: 一(一)'s 获得国家助学贷款的).
parameter "graduate_job_search_subsidy_2021_hardship" {
  description = "2021届困难毕业生求职创业补贴标准（低保、特困、孤儿、困境儿童、建档立卡、残疾）",
  unit = "fen",
  { from = "2020-09-23", value = 100000, ref = "鲁人社函〔2020〕69号 一(二)" },
}
parameter "graduate_job_search_subsidy_2021_other" {
  description = "2021届毕业生求职创业补贴标准（其他人员：助学贷款）",
  unit = "fen",
  { from = "2020-09-23", value = 60000, ref = "鲁人社函〔2020〕69号 一(二)" },
}

kind "graduate_job_search_subsidy_2021" {
  name_zh = "2021届困难毕业生求职创业补贴",
  family = "graduate",
  ref = "鲁人社函〔2020〕69号 一",
  facts = {
    { "graduate_2021", "boolean", note = "2021届 graduate (高校, 中职, 技工院校) seeking work" },
    { "categories", "array", items = { type = "enum", values = { "dibao", "tekun", "orphan",
      "distressed_child", "poor_family", "disabled", "student_loan" } },
      note = "the groups of 69号 一(一) the graduate belongs to" },
  },
}

rule "subsidy.graduate_job_search_subsidy_2021" { from = "2020-09-23", ref = "鲁人社函〔2020〕69号 一",
  function(f, as_of)
    local zRef = "鲁人社函〔2020〕69号 一"
    if not subsidy.need(f.graduate_2021, "graduate_2021: 2021届毕业生", zRef) then return 0 end
    local bHard, bLoan = false, false
    for _, z in ipairs(f.categories) do
      if z == "student_loan" then bLoan = true else bHard = true end
    end
    if not subsidy.need(bHard or bLoan, "categories: one of the groups of 一(一)", zRef) then
      return 0
    end
    if bHard then return param("graduate_job_search_subsidy_2021_hardship") end
    return param("graduate_job_search_subsidy_2021_other")
  end,
}

-- }======
