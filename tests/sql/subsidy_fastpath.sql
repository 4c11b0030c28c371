-- tests/sql/subsidy_fastpath.sql: the fast paths of the subsidy machinery (lua/host/prelude.lua
-- "subsidy kinds": each kind's compiled fact check, the trace text made only when it is kept, the
-- array facts' per-item checks) give what the generic checks gave: every error form of a claim of
-- uis_refund_general (seven facts: an enum, integers, fen, a boolean) and of the array kind
-- yigong_daixun_hardship, in the order the declaration gives; required_when facts dropped or
-- required; the not-eligible rows of the trace beside the scalar; and a city script's call() of a
-- subsidy rule with facts that are not a plain table. Expected output: subsidy_fastpath.expected.

-- 01: uis_refund_general, eligible and each condition failing: the scalar and the trace agree
select '01_01', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":40,"layoffs":2,"paid_months":12,"premiums_fen":100001,"reserve_months":12,"excluded":false}');
select '01_02', subsidy_amount_fen('济南', 'uis_refund_general', '2020-05-01', '{"size":"large","insured":40,"layoffs":2,"paid_months":12,"premiums_fen":100001,"reserve_months":12,"excluded":false}');
select '01_03', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":40,"layoffs":2,"paid_months":12,"premiums_fen":100001,"reserve_months":12,"excluded":true}');
select '01_04', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":40,"layoffs":2,"paid_months":11,"premiums_fen":100001,"reserve_months":12,"excluded":false}');
select '01_05', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":40,"layoffs":2,"paid_months":12,"premiums_fen":100001,"reserve_months":11,"excluded":false}');
select '01_06', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":40,"layoffs":3,"paid_months":12,"premiums_fen":100001,"reserve_months":12,"excluded":false}');
select '01_07', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"micro","insured":30,"layoffs":7,"paid_months":12,"premiums_fen":0,"reserve_months":12,"excluded":false}');
select '01_08', subsidy_amount_fen('济南', 'uis_refund_general', '2020-02-16', '{"size":"small","insured":40,"layoffs":2,"paid_months":12,"premiums_fen":100001,"reserve_months":12,"excluded":false}');
select '01_09', * from subsidy_amount('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":40,"layoffs":2,"paid_months":12,"premiums_fen":100001,"reserve_months":12,"excluded":false}');
select '01_10', * from subsidy_amount('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":40,"layoffs":3,"paid_months":12,"premiums_fen":100001,"reserve_months":12,"excluded":false}');
select '01_11', * from subsidy_amount('济南', 'uis_refund_general', '2020-02-16', '{"size":"small","insured":40,"layoffs":2,"paid_months":12,"premiums_fen":100001,"reserve_months":12,"excluded":false}');
select '01_12', * from subsidy_amount('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":40,"layoffs":2,"paid_months":11,"premiums_fen":100001,"reserve_months":12,"excluded":false}');
select '01_13', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-10","employees":10}');
select '01_14', * from subsidy_amount('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-10","employees":10}');
select '01_15', * from subsidy_amount('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-09","employees":10}');
select '01_16', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":20200201,"employees":10}');
select '01_17', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-2-01","employees":10}');
select '01_18', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-30","employees":10}');
select '01_19', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":false,"employees":10}');

-- 02: each fact wrong, in turn; missing; null; unknown keys (sorted, before any other error)
select '02_01', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"huge","insured":40,"layoffs":2,"paid_months":12,"premiums_fen":1,"reserve_months":12,"excluded":false}');
select '02_02', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":5,"insured":40,"layoffs":2,"paid_months":12,"premiums_fen":1,"reserve_months":12,"excluded":false}');
select '02_03', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":-1,"layoffs":2,"paid_months":12,"premiums_fen":1,"reserve_months":12,"excluded":false}');
select '02_04', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":40.0,"layoffs":2,"paid_months":12,"premiums_fen":1,"reserve_months":12,"excluded":false}');
select '02_05', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":"40","layoffs":2,"paid_months":12,"premiums_fen":1,"reserve_months":12,"excluded":false}');
select '02_06', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":40,"layoffs":true,"paid_months":12,"premiums_fen":1,"reserve_months":12,"excluded":false}');
select '02_07', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":40,"layoffs":2,"paid_months":12,"premiums_fen":1.5,"reserve_months":12,"excluded":false}');
select '02_08', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":40,"layoffs":2,"paid_months":12,"premiums_fen":1,"reserve_months":12,"excluded":0}');
select '02_09', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":40,"layoffs":2,"paid_months":12,"premiums_fen":1,"reserve_months":12,"excluded":"false"}');
select '02_10', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":40,"layoffs":2,"paid_months":12,"premiums_fen":1,"reserve_months":[12],"excluded":false}');
select '02_11', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":40,"layoffs":2,"paid_months":{},"premiums_fen":1,"reserve_months":12,"excluded":false}');
select '02_12', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":40,"layoffs":2,"paid_months":12,"premiums_fen":1,"excluded":false}');
select '02_13', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":40,"layoffs":null,"paid_months":12,"premiums_fen":1,"reserve_months":12,"excluded":false}');
select '02_14', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{}');
select '02_15', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":40,"layoffs":2,"paid_months":12,"premiums_fen":1,"reserve_months":12,"excluded":false,"zzz":1,"aaa":2}');
select '02_16', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"huge","insured":-1,"zzz":1}');
select '02_17', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"huge","insured":-1}');
select '02_18', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"excluded":1,"size":"huge"}');
select '02_19', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":9223372036854775807,"layoffs":0,"paid_months":12,"premiums_fen":1,"reserve_months":12,"excluded":false}');
select '02_20', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":1e3,"layoffs":0,"paid_months":12,"premiums_fen":1,"reserve_months":12,"excluded":false}');
select '02_21', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"small","insured":0,"layoffs":0,"paid_months":12,"premiums_fen":-0,"reserve_months":12,"excluded":false}');

-- 03: the array kind: each item and field checked, the errors naming claim_months[i].field
select '03_01', subsidy_amount_fen('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":[{"month":"2020-03","trainees":10,"revenue_drop_bp":6000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-07","trainees":5,"revenue_drop_bp":0,"electricity_drop_bp":5000,"energy_drop_bp":0}],"months_used":0,"paid_fen":0}');
select '03_02', subsidy_amount_fen('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":[{"month":"2020-03","trainees":10,"revenue_drop_bp":6000,"electricity_drop_bp":0,"energy_drop_bp":0,"zz":1}],"months_used":0,"paid_fen":0}');
select '03_03', subsidy_amount_fen('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":[{"month":"2020-03","trainees":10,"revenue_drop_bp":6000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-04","revenue_drop_bp":6000,"electricity_drop_bp":0,"energy_drop_bp":0}],"months_used":0,"paid_fen":0}');
select '03_04', subsidy_amount_fen('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":[{"month":"2020-03","trainees":-1,"revenue_drop_bp":6000,"electricity_drop_bp":0,"energy_drop_bp":0}],"months_used":0,"paid_fen":0}');
select '03_05', subsidy_amount_fen('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":[{"month":"2020-03","trainees":2.0,"revenue_drop_bp":6000,"electricity_drop_bp":0,"energy_drop_bp":0}],"months_used":0,"paid_fen":0}');
select '03_06', subsidy_amount_fen('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":[{"month":"2020-13","trainees":2,"revenue_drop_bp":6000,"electricity_drop_bp":0,"energy_drop_bp":0}],"months_used":0,"paid_fen":0}');
select '03_07', subsidy_amount_fen('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":[{"month":"2020-03","trainees":2,"revenue_drop_bp":"6000","electricity_drop_bp":0,"energy_drop_bp":0}],"months_used":0,"paid_fen":0}');
select '03_08', subsidy_amount_fen('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":[5],"months_used":0,"paid_fen":0}');
select '03_09', subsidy_amount_fen('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":[null],"months_used":0,"paid_fen":0}');
select '03_10', subsidy_amount_fen('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":[[1]],"months_used":0,"paid_fen":0}');
select '03_11', subsidy_amount_fen('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":{"a":1},"months_used":0,"paid_fen":0}');
select '03_12', subsidy_amount_fen('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-02-30","claim_months":[],"months_used":0,"paid_fen":0}');
select '03_13', subsidy_amount_fen('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":[{"month":"2020-03","trainees":2,"revenue_drop_bp":6000,"electricity_drop_bp":0,"energy_drop_bp":false}],"months_used":0,"paid_fen":0}');
select '03_14', * from subsidy_amount('济南', 'yigong_daixun_hardship', '2020-11-01', '{"size":"small","sector":"other","sector_date":"2019-01-01","claim_months":[{"month":"2020-07","trainees":5,"revenue_drop_bp":0,"electricity_drop_bp":5000,"energy_drop_bp":0},{"month":"2020-03","trainees":10,"revenue_drop_bp":6000,"electricity_drop_bp":0,"energy_drop_bp":0},{"month":"2020-04","trainees":10,"revenue_drop_bp":100,"electricity_drop_bp":0,"energy_drop_bp":0}],"months_used":0,"paid_fen":0}');

-- 04: required_when: the fact dropped when not required (given or not), missing when required
select '04_01', subsidy_amount_fen('济南', 'trainee_subsidy', '2020-07-01', '{"category":"graduate","birth_date":"2000-02-30","start_date":"2020-03-01","end_date":"2020-08-31","months":6,"trainees":10,"retained":5,"already_received":false}');
select '04_02', subsidy_amount_fen('济南', 'trainee_subsidy', '2020-07-01', '{"category":"graduate","graduation_date":"2019-07-01","birth_date":"2000-02-30","start_date":"2020-03-01","end_date":"2020-08-31","months":6,"trainees":10,"retained":5,"already_received":false}');
select '04_03', subsidy_amount_fen('济南', 'trainee_subsidy', '2020-07-01', '{"category":"youth","graduation_date":7,"birth_date":"2000-02-28","start_date":"2020-03-01","end_date":"2020-08-31","months":6,"trainees":10,"retained":5,"already_received":false}');
select '04_04', subsidy_amount_fen('济南', 'trainee_subsidy', '2020-07-01', '{"category":"youth","start_date":"2020-03-01","end_date":"2020-08-31","months":6,"trainees":10,"retained":5,"already_received":false}');
select '04_05', subsidy_amount_fen('济南', 'trainee_subsidy', '2020-07-01', '{"category":"elder","start_date":"2020-03-01","end_date":"2020-08-31","months":6,"trainees":10,"retained":5,"already_received":false}');
select '04_06', kind, facts from subsidy_kinds where facts like '%required_when%' order by kind;

-- 05: a city script's rule calls a subsidy rule: a plain table, a table with a metatable
select '05_01', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
rule "test.call_plain" { from = "2020-01-01", ref = "t", function(f, as_of)
  return call("subsidy.uis_refund_general", { size = "small", insured = 40, layoffs = 2, paid_months = 12,
    premiums_fen = 100001, reserve_months = 12, excluded = false })
end }
rule "test.call_meta" { from = "2020-01-01", ref = "t", function(f, as_of)
  local base = { size = "small", insured = 40, layoffs = 2, paid_months = 12, premiums_fen = 100001,
    reserve_months = 12, excluded = false }
  return call("subsidy.uis_refund_general", setmetatable({}, { __index = base }))
end }
rule "test.call_unknown" { from = "2020-01-01", ref = "t", function(f, as_of)
  return call("subsidy.uis_refund_general", { size = "small", [1] = 2 })
end }
rule "test.call_float" { from = "2020-01-01", ref = "t", function(f, as_of)
  return call("subsidy.uis_refund_general", { size = "small", insured = 40, layoffs = 2, paid_months = 12,
    premiums_fen = 100001, reserve_months = 12.0, excluded = false })
end }', 'test');
select '05_02', policy_eval('德州', 'test.call_plain', '2020-07-01', '{}');
select '05_03', policy_eval('德州', 'test.call_meta', '2020-07-01', '{}');
select '05_04', policy_eval('德州', 'test.call_unknown', '2020-07-01', '{}');
select '05_05', policy_eval('德州', 'test.call_float', '2020-07-01', '{}');
select '05_06', * from policy_explain('德州', 'test.call_plain', '2020-07-01', '{}');
