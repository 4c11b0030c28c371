-- tests/sql/subsidy_kind_fast.sql: a subsidy kind whose facts are all required and simple is
-- checked by the host in C (ext/subsidy_check.c) and run without its wrapper's pcall; anything
-- the C check refuses takes the Lua check. The results and errors are those of the Lua check and
-- the pcall (the expected output was made by the code before the C check): errors from a helper
-- reached by a tail call (no prelude position), from the rule's lines, and every kind of bad fact.
.mode list
select '01', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
kind "test_fast" { name_zh = "测试：快检", family = "poverty", ref = "test f",
  window = { fact = "start", from = "2020-01-01", to = "2020-12-31", ref = "test w" },
  facts = { { "n", "fen" }, { "ok", "boolean" }, { "how", "enum", values = { "tail_ratio", "ratio",
            "tail_param", "param", "err1", "err2", "neg", "float", "call", "ok" } },
            { "start", "date" }, { "m", "integer" }, { "b", "bp" } } }
rule "subsidy.test_fast" { from = "2020-01-01", ref = "test f", function(f, as_of)
  local how = f.how
  if how == "tail_ratio" then return subsidy.ratio("15%", f.n) end
  if how == "ratio" then local n = subsidy.ratio("15%", f.n) return n end
  if how == "tail_param" then return param("no_such_parameter") end
  if how == "param" then local v = param("no_such_parameter") return v end
  if how == "err1" then error("err1 here") end
  if how == "err2" then error("err2 above", 2) end
  if how == "neg" then return -1 end
  if how == "float" then return 1.5 end
  if how == "call" then return call("subsidy.test_fast", { n = 1, ok = true, how = "tail_ratio",
    start = "2020-02-02", m = 0, b = 0 }) end
  if not subsidy.need(f.ok, "ok", "test f") then return 0 end
  return f.n + f.m + f.b
end }
kind "test_k" { name_zh = "测试：读 k", family = "poverty", ref = "test k",
  window = { fact = "as_of", to = "2020-12-31", ref = "test kw" },
  facts = { { "n", "integer" }, { "how", "enum", values = { "name", "err2", "err3", "tail", "str" } } } }
rule "subsidy.test_k" { from = "2020-01-01", ref = "test k", function(f, as_of, k)
  if f.how == "name" then return #k.name * 1000 + f.n end
  if f.how == "err2" then error("k err2", 2) end
  if f.how == "err3" then error("k err3", 3) end
  if f.how == "str" then return "12" end
  return subsidy.ratio("1/3", -f.n)
end }
kind "test_v" { name_zh = "测试：可变参数", family = "poverty", ref = "test v",
  facts = { { "n", "integer" } } }
rule "subsidy.test_v" { from = "2020-01-01", ref = "test v", function(...)
  local f, as_of, k = ...
  if f.n == 7 then error("v err3", 3) end
  return f.n + #k.name
end }');
select '02', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"ok","start":"2020-03-01","m":2,"b":3}');
select '03', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":false,"how":"ok","start":"2020-03-01","m":2,"b":3}');
select '04', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"ok","start":"2019-12-31","m":2,"b":3}');
select '05', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"ok","start":"2021-01-01","m":2,"b":3}');
select '06', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"tail_ratio","start":"2020-03-01","m":2,"b":3}');
select '07', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"ratio","start":"2020-03-01","m":2,"b":3}');
select '08', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"tail_param","start":"2020-03-01","m":2,"b":3}');
select '09', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"param","start":"2020-03-01","m":2,"b":3}');
select '10', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"err1","start":"2020-03-01","m":2,"b":3}');
select '11', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"err2","start":"2020-03-01","m":2,"b":3}');
select '12', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"neg","start":"2020-03-01","m":2,"b":3}');
select '13', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"float","start":"2020-03-01","m":2,"b":3}');
select '14', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"call","start":"2020-03-01","m":2,"b":3}');
select '15', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"ok","start":"2020-03-01","m":2,"b":3,"x":1}');
select '16', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"ok","start":"2020-03-01","m":2}');
select '17', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":-1,"ok":true,"how":"ok","start":"2020-03-01","m":2,"b":3}');
select '18', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":1.0,"ok":true,"how":"ok","start":"2020-03-01","m":2,"b":3}');
select '19', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":"1","ok":true,"how":"ok","start":"2020-03-01","m":2,"b":3}');
select '20', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":1,"ok":1,"how":"ok","start":"2020-03-01","m":2,"b":3}');
select '21', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":1,"ok":true,"how":"nope","start":"2020-03-01","m":2,"b":3}');
select '22', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":1,"ok":true,"how":7,"start":"2020-03-01","m":2,"b":3}');
select '23', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":1,"ok":true,"how":"ok","start":"2020-02-30","m":2,"b":3}');
select '24', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":1,"ok":true,"how":"ok","start":"2020-3-01","m":2,"b":3}');
select '25', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":1,"ok":true,"how":"ok","start":"20200301","m":2,"b":3}');
select '26', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":1,"ok":true,"how":"ok","start":"2020-03-01","m":null,"b":3}');
select '27', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":1,"ok":true,"how":"ok","start":"2020-03-01","m":2,"b":[3]}');
select '28', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":9223372036854775807,"ok":true,"how":"ok","start":"2020-03-01","m":0,"b":0}');
select '29', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', NULL);
select '30', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{}');
select '31', subsidy_amount_fen('德州', 'test_fast', '2019-06-01', '{"n":1,"ok":true,"how":"ok","start":"2020-03-01","m":2,"b":3}');
select '32', subsidy_amount('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"tail_ratio","start":"2020-03-01","m":2,"b":3}');
select '33', count(*) from subsidy_amount('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"ok","start":"2020-03-01","m":2,"b":3}');
select '34', detail from subsidy_amount('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"ok","start":"2020-03-01","m":2,"b":3}') order by step desc limit 1;
select '35', policy_eval('德州', 'subsidy.test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"tail_ratio","start":"2020-03-01","m":2,"b":3}');
select '36', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":100,"layoffs":1,"paid_months":20,"premiums_fen":100001,"reserve_months":20,"excluded":false}');
select '37', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"huge","insured":100,"layoffs":1,"paid_months":20,"premiums_fen":100001,"reserve_months":20,"excluded":false}');
select '38', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"large","insured":100,"layoffs":1,"paid_months":20,"premiums_fen":100001,"reserve_months":20,"excluded":false,"zz":1}');
select '39', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"large","insured":100,"layoffs":1,"paid_months":20,"premiums_fen":100001,"reserve_months":20,"excluded":false}');
select '40', subsidy_amount_fen('德州', 'test_k', '2020-06-01', '{"n":5,"how":"name"}');
select '41', subsidy_amount_fen('德州', 'test_k', '2020-06-01', '{"n":5,"how":"err2"}');
select '42', subsidy_amount_fen('德州', 'test_k', '2020-06-01', '{"n":5,"how":"err3"}');
select '43', subsidy_amount_fen('德州', 'test_k', '2020-06-01', '{"n":5,"how":"tail"}');
select '44', subsidy_amount_fen('德州', 'test_k', '2020-06-01', '{"n":5,"how":"str"}');
select '45', subsidy_amount_fen('德州', 'test_k', '2021-01-01', '{"n":5,"how":"err2"}');
select '46', subsidy_amount_fen('德州', 'test_k', '2020-12-31', '{"n":5,"how":"name"}');
select '47', subsidy_amount_fen('德州', 'test_v', '2020-12-31', '{"n":5}');
select '48', subsidy_amount_fen('德州', 'test_v', '2020-12-31', '{"n":7}');
select '49', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"err2","start":"2020-12-31","m":2,"b":3}');
select '50', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"err2","start":"2020-01-01","m":2,"b":3}');
select '51', subsidy_amount_fen('德州', 'test_fast', '2020-06-01', '{"n":100,"ok":true,"how":"err2","start":"2021-01-01","m":2,"b":3}');
