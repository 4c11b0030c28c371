-- tests/sql/subsidy_facts_text.sql: a subsidy kind's facts checked on the record the facts' JSON
-- reader keeps of the text (ext/policy_json.c, ext/subsidy_check.c), without reading the Lua
-- table; whatever that check does not take (a sign, an escape, null, a real, a member past the
-- 32 recorded, a duplicate key) goes to the table's check or the Lua one. The expected output was
-- made by the code before this check: amounts and errors are the same either way.
.mode list
select '01', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
kind "test_text" { name_zh = "测试：文本检查", family = "poverty", ref = "test t",
  window = { fact = "start", from = "2020-01-01", to = "2020-12-31", ref = "test w" },
  facts = { { "n", "fen" }, { "ok", "boolean" }, { "size", "enum", values = { "small", "large", "s" } },
            { "start", "date" }, { "m", "integer" }, { "nn", "bp" } } }
rule "subsidy.test_text" { from = "2020-01-01", ref = "test t", function(f, as_of)
  if not subsidy.need(f.ok, "ok", "test t") then return 0 end
  return f.n + f.m + f.nn + (f.size == "large" and 1000 or 0)
end }
kind "test_text_asof" { name_zh = "测试：文本检查（经办日窗口）", family = "poverty", ref = "test a",
  window = { fact = "as_of", from = "2020-03-01", to = "2020-03-31", ref = "test aw" },
  facts = { { "n", "fen" }, { "day", "date" } } }
rule "subsidy.test_text_asof" { from = "2020-01-01", ref = "test a", function(f, as_of)
  return f.n
end }
kind "test_text_first" { name_zh = "测试：文本检查（首件经 jansson）", family = "poverty", ref = "test b",
  facts = { { "n", "fen" }, { "day", "date" } } }
rule "subsidy.test_text_first" { from = "2020-01-01", ref = "test b", function(f, as_of)
  return f.n
end }');
-- taken by the text's check
select '02', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":true,"size":"large","start":"2020-03-01","m":2,"nn":3}');
select '03', subsidy_amount_fen('德州', 'test_text', '2020-06-01', ' { "nn" : 3 , "m" : 2 , "start" : "2020-03-01" , "size" : "s" , "ok" : true , "n" : 0 } ');
select '04', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":false,"size":"small","start":"2020-03-01","m":2,"nn":3}');
select '05', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":9223372036854775807,"ok":true,"size":"small","start":"2020-03-01","m":0,"nn":0}');
-- not taken by it: the table's check or the Lua one
select '06', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":-0,"ok":true,"size":"small","start":"2020-03-01","m":2,"nn":3}');
select '07', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":true,"size":"l\u0061rge","start":"2020-03-01","m":2,"nn":3}');
select '08', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":true,"size":"large","start":"2020\u002d03-01","m":2,"nn":3}');
select '09', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":true,"size":"large","start":"2020-03-01","m":2,"nn":3,"x":null}');
select '10', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":true,"size":"large","start":"2020-03-01","m":null,"nn":3}');
select '11', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100.0,"ok":true,"size":"large","start":"2020-03-01","m":2,"nn":3}');
select '12', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":1e2,"ok":true,"size":"large","start":"2020-03-01","m":2,"nn":3}');
select '13', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":true,"size":"large","start":"2020-03-01","m":2,"nn":3,"n":1}');
select '14', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":true,"size":"large","start":"2020-03-01","m":2,"nn":3,"a1":1,"a2":2,"a3":3,"a4":4,"a5":5,"a6":6,"a7":7,"a8":8,"a9":9,"b1":1,"b2":2,"b3":3,"b4":4,"b5":5,"b6":6,"b7":7,"b8":8,"b9":9,"c1":1,"c2":2,"c3":3,"c4":4,"c5":5,"c6":6,"c7":7,"c8":8,"c9":9}');
-- each fact of the wrong type, as the text has it
select '15', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":"100","ok":true,"size":"large","start":"2020-03-01","m":2,"nn":3}');
select '16', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":1,"size":"large","start":"2020-03-01","m":2,"nn":3}');
select '17', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":true,"size":"larg","start":"2020-03-01","m":2,"nn":3}');
select '18', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":true,"size":"large ","start":"2020-03-01","m":2,"nn":3}');
select '19', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":true,"size":"large","start":"2020-02-30","m":2,"nn":3}');
select '20', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":true,"size":"large","start":"2020-3-01","m":2,"nn":3}');
select '21', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":true,"size":["large"],"start":"2020-03-01","m":2,"nn":3}');
select '22', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":true,"size":"large","start":"2020-03-01","m":{"a":1},"nn":3}');
select '23', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":true,"size":"large","start":"2020-03-01","m":2}');
select '24', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":true,"size":"large","start":"2020-03-01","m":2,"nnn":3}');
select '25', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":true,"size":"large","start":"2021-01-01","m":2,"nn":3}');
select '26', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":true,"size":"large","start":"2019-12-31","m":2,"nn":3}');
select '27', subsidy_amount_fen('德州', 'test_text', '2020-06-01', '{"n":100,"ok":true,"size":"large","start":"2020-12-31","m":-2,"nn":3}');
-- the same claims in one statement (the compiled check is made once, at the first)
select '28', group_concat(ifnull(subsidy_amount_fen('德州', 'test_text', '2020-06-01', f), 'null'), ' ') from (
  select '{"n":1,"ok":true,"size":"large","start":"2020-03-01","m":2,"nn":3}' f union all
  select '{"n":2,"ok":true,"size":"small","start":"2020-03-01","m":2,"nn":3}' union all
  select '{"n":3,"ok":false,"size":"s","start":"2020-12-31","m":2,"nn":3}' union all
  select '{"n":4,"ok":true,"size":"small","start":"2021-12-31","m":2,"nn":3}');
-- a kind of the province, as the benchmark's claims
select '29', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":20,"layoffs":4,"paid_months":12,"premiums_fen":100001,"reserve_months":12,"excluded":false}');
select '30', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"large","insured":20,"layoffs":5,"paid_months":12,"premiums_fen":100001,"reserve_months":12,"excluded":false}');
select '31', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"huge","insured":20,"layoffs":4,"paid_months":12,"premiums_fen":100001,"reserve_months":12,"excluded":false}');
-- the window, claim after claim (from the second on, read from the record): each side of each bound
select '32', group_concat(ifnull(subsidy_amount_fen('德州', 'test_text', '2020-06-01', f), 'null'), ' ') from (
  select '{"n":1,"ok":true,"size":"large","start":"2020-03-01","m":2,"nn":3}' f union all
  select '{"n":2,"ok":true,"size":"small","start":"2019-12-31","m":0,"nn":0}' union all
  select '{"n":3,"ok":true,"size":"small","start":"2020-01-01","m":0,"nn":0}' union all
  select '{"n":4,"ok":true,"size":"small","start":"2020-12-31","m":0,"nn":0}' union all
  select '{"n":5,"ok":true,"size":"small","start":"2021-01-01","m":0,"nn":0}' union all
  select '{"start":"2020-07-01","n":6,"ok":true,"size":"small","m":0,"nn":0}');
select '33', group_concat(column1 || '=' || ifnull(subsidy_amount_fen('德州', 'test_text_asof', column1, '{"n":7,"day":"2019-01-01"}'), 'null'), ' ')
  from (values ('2020-03-15'), ('2020-02-29'), ('2020-03-01'), ('2020-03-31'), ('2020-04-01'), ('2020-03-02'));
select '34', subsidy_amount_fen('德州', 'test_text_asof', '2020-03-15', '{"n":7,"day":"2019-02-29"}');
-- a kind's first claim by the jansson path (an escaped key), then claims the record's check takes
select '35', group_concat(ifnull(subsidy_amount_fen('德州', 'test_text_first', '2020-03-10', f), 'null'), ' ') from (
  select '{"\u006e":11,"day":"2019-01-01"}' f union all
  select '{"n":12,"day":"2019-01-01"}' union all
  select '{"n":13,"day":"2019-01-01"}' union all
  select '{"day":"2019-01-01","n":14}');
