-- tests/sql/subsidy_uis_refund.sql: family B (uis_refund), lua/shandong/subsidies/uis_refund.lua:
-- the exact fen of B2-B4 at each rate version, window day, threshold (at, just under, just over),
-- not-eligible case and fact error; city-set values missing (济南 enters none) and entered (test
-- city scripts for 德州 and 滨州). Expected output: subsidy_uis_refund.expected.

-- test city scripts (test values, not real ones): 德州 enters every value family B and C read;
-- 滨州 enters values outside the bounds the texts set
select 'city', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
parameter "min_wage_monthly" { { from = "2018-06-01", value = 173000, ref = "test: 1730 元 tier" },
  { from = "2021-10-01", value = 190000, ref = "test: 1900 元 tier" } }
parameter "ui_benefit_standard_monthly" { { from = "2019-01-01", value = 135000, ref = "test: 2019 standard" } }
parameter "urban_dibao_monthly" { { from = "2020-01-01", value = 70500, ref = "test: 705 元" } }
parameter "hardship_refund_months" { { from = "2020-06-08", value = 3, ref = "test: 3 months" } }
parameter "unemployment_subsidy_ratio" { { from = "2020-07-02", value = "0.8", ref = "test: 80%" } }
parameter "temp_living_allowance_months" { { from = "2020-07-06", value = 3, ref = "test: 3 months" } }
parameter "one_time_temp_living_subsidy" { { from = "2020-01-01", value = 100000, ref = "test: 1000 元" } }
parameter "migrant_relief_dibao_months" { { from = "2020-10-12", value = 2, ref = "test: 2 months" } }', 'test');
select 'city', policy_install('滨州', 'city { code = "371600", name = "滨州", extends = "shandong" }
parameter "min_wage_monthly" { { from = "2018-06-01", value = 155001, ref = "test: odd value" } }
parameter "ui_benefit_standard_monthly" { { from = "2019-01-01", value = 120000, ref = "test" } }
parameter "urban_dibao_monthly" { { from = "2020-01-01", value = 66000, ref = "test" } }
parameter "hardship_refund_months" { { from = "2020-06-08", value = 7, ref = "test: above 6" } }
parameter "unemployment_subsidy_ratio" { { from = "2020-07-02", value = "0.8", ref = "test" },
  { from = "2020-09-01", value = "0.85", ref = "test: above 0.8" } }
parameter "temp_living_allowance_months" { { from = "2020-07-06", value = 4, ref = "test: above 3" } }
parameter "migrant_relief_dibao_months" { { from = "2020-10-12", value = 4, ref = "test: above 3" } }', 'test');

-- B2 uis_refund_general: round(rate × premiums); 50%, SMEs 100% for as_of 2020-06-08..2020-12-31
-- (鲁人社字〔2020〕26号 二; 63号 二(一)1)
create temp table b2(k, asof default '2020-07-01', size default 'small', insured default 100, layoffs default 0, paid default 12, prem default 100001, reserve default 12, excl default 'false');
insert into b2(k, asof) values ('sme_2020_06_07', '2020-06-07'), ('sme_2020_06_08', '2020-06-08'), ('sme_2020_12_31', '2020-12-31'), ('sme_2021_01_01', '2021-01-01'), ('first_day', '2020-02-17');
insert into b2(k, size) values ('large', 'large'), ('medium', 'medium'), ('micro', 'micro');
insert into b2(k, asof, size) values ('large_2020_03', '2020-03-20', 'large');
insert into b2(k, paid) values ('paid_11', 11), ('paid_12', 12);
insert into b2(k, reserve) values ('reserve_11', 11), ('reserve_12', 12);
insert into b2(k, excl) values ('excluded', 'true');
-- layoffs: ≤ 20% of insured at 30 or fewer, ≤ 5.5% above (鲁政发〔2020〕5号 5), by cross-multiplication
insert into b2(k, insured, layoffs) values ('i30_l6', 30, 6), ('i30_l7', 30, 7), ('i31_l1', 31, 1), ('i31_l2', 31, 2), ('i200_l11', 200, 11), ('i200_l12', 200, 12), ('i1000_l55', 1000, 55), ('i1000_l56', 1000, 56), ('i0_l0', 0, 0), ('i1_l0', 1, 0);
insert into b2(k, prem) values ('prem_0', 0), ('prem_1', 1), ('prem_3', 3);
select 'B2', k, subsidy_amount_fen('济南', 'uis_refund_general', asof,
  json_object('size', size, 'insured', insured, 'layoffs', layoffs, 'paid_months', paid, 'premiums_fen', prem, 'reserve_months', reserve, 'excluded', json(excl))) from b2;
select 'B2_before', subsidy_amount_fen('济南', 'uis_refund_general', '2020-02-16', '{"size":"small","insured":100,"layoffs":0,"paid_months":12,"premiums_fen":100001,"reserve_months":12,"excluded":false}');
select 'B2_trace', step, ref, detail from subsidy_amount('济南', 'uis_refund_general', '2020-03-20', '{"size":"large","insured":200,"layoffs":12,"paid_months":12,"premiums_fen":100001,"reserve_months":12,"excluded":false}');
select 'B2_trace_ok', step, ref, detail from subsidy_amount('济南', 'uis_refund_general', '2020-03-20', '{"size":"large","insured":200,"layoffs":11,"paid_months":12,"premiums_fen":100001,"reserve_months":12,"excluded":false}');
select 'B2_err', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"Large","insured":200,"layoffs":11,"paid_months":12,"premiums_fen":100001,"reserve_months":12,"excluded":false}');
select 'B2_err', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"large","insured":200,"layoffs":11,"paid_months":12,"premiums_fen":-1,"reserve_months":12,"excluded":false}');
select 'B2_err', subsidy_amount_fen('济南', 'uis_refund_general', '2020-07-01', '{"size":"large","insured":200,"layoffs":11,"paid_months":12,"premiums_fen":100,"reserve_months":12}');

-- B3 uis_refund_sme_100: the difference to 100% for SMEs refunded at the original standard,
-- as_of 2020-06-08..2020-12-31 (63号 二(一)1; 六保三促 7)
create temp table b3(k, asof default '2020-07-01', size default 'small', prem default 100001, refunded default 50001, reserve default 12);
insert into b3(k, asof) values ('first_day', '2020-06-08'), ('last_day', '2020-12-31'), ('day_after', '2021-01-01');
insert into b3(k, size) values ('large', 'large'), ('medium', 'medium'), ('micro', 'micro');
insert into b3(k, refunded) values ('refunded_0', 0), ('refunded_1', 1), ('refunded_all', 100001), ('refunded_more', 200000);
insert into b3(k, reserve) values ('reserve_11', 11), ('reserve_12', 12);
select 'B3', k, subsidy_amount_fen('淄博', 'uis_refund_sme_100', asof,
  json_object('size', size, 'premiums_fen', prem, 'refunded_fen', refunded, 'reserve_months', reserve)) from b3;
select 'B3_before', subsidy_amount_fen('淄博', 'uis_refund_sme_100', '2020-06-07', '{"size":"small","premiums_fen":100001,"refunded_fen":50001,"reserve_months":12}');
select 'B3_trace', step, detail from subsidy_amount('淄博', 'uis_refund_sme_100', '2020-07-01', '{"size":"small","premiums_fen":100001,"refunded_fen":50001,"reserve_months":12}');
-- the general refund at 50% then the top-up add up to the 100% standard
select 'B3_sum', subsidy_amount_fen('淄博', 'uis_refund_general', '2020-05-01', '{"size":"micro","insured":10,"layoffs":0,"paid_months":12,"premiums_fen":123457,"reserve_months":12,"excluded":false}') + subsidy_amount_fen('淄博', 'uis_refund_sme_100', '2020-07-01', '{"size":"micro","premiums_fen":123457,"refunded_fen":61729,"reserve_months":12}');

-- B4 uis_refund_hardship: months × the UI standard at the end of the previous year × insured;
-- 6 months (26号, as_of from 2020-03-13), the area's months <= 6 (63号, from 2020-06-08)
create temp table b4(k, asof default '2020-05-01', insured default 10, layoffs default 0, paid default 12, reserve default 24, excl default 'false', l18 default 'true', l19 default 'true', debt default 5000, drop_ default 5000);
insert into b4(k, asof) values ('v26_first_day', '2020-03-13'), ('v26_last_day', '2020-06-07'), ('v63_first_day', '2020-06-08'), ('last_day', '2020-12-31'), ('day_after', '2021-01-01');
insert into b4(k, debt) values ('debt_2999', 2999), ('debt_3000', 3000), ('debt_7000', 7000), ('debt_7001', 7001);
insert into b4(k, drop_) values ('drop_2999', 2999), ('drop_3000', 3000), ('drop_7000', 7000), ('drop_7001', 7001);
insert into b4(k, l18) values ('no_loss_2018', 'false');
insert into b4(k, l19) values ('no_loss_2019', 'false');
insert into b4(k, reserve) values ('reserve_23', 23), ('reserve_24', 24);
insert into b4(k, paid) values ('paid_11', 11);
insert into b4(k, excl) values ('excluded', 'true');
insert into b4(k, insured, layoffs) values ('i30_l6', 30, 6), ('i30_l7', 30, 7), ('insured_0', 0, 0);
select 'B4', k, subsidy_amount_fen('德州', 'uis_refund_hardship', asof,
  json_object('insured', insured, 'layoffs', layoffs, 'paid_months', paid, 'reserve_months', reserve, 'excluded', json(excl), 'loss_2018', json(l18), 'loss_2019', json(l19), 'debt_ratio_bp', debt, 'revenue_drop_bp', drop_)) from b4;
select 'B4_before', subsidy_amount_fen('德州', 'uis_refund_hardship', '2020-03-12', '{"insured":10,"layoffs":0,"paid_months":12,"reserve_months":24,"excluded":false,"loss_2018":true,"loss_2019":true,"debt_ratio_bp":5000,"revenue_drop_bp":5000}');
select 'B4_trace', step, ref, detail from subsidy_amount('德州', 'uis_refund_hardship', '2020-07-01', '{"insured":10,"layoffs":0,"paid_months":12,"reserve_months":24,"excluded":false,"loss_2018":true,"loss_2019":true,"debt_ratio_bp":5000,"revenue_drop_bp":5000}') where step >= 15;
-- city-set values missing (济南): an eligible claim is the engine's error, a failing one is 0
select 'B4_unset', subsidy_amount_fen('济南', 'uis_refund_hardship', '2020-05-01', '{"insured":10,"layoffs":0,"paid_months":12,"reserve_months":24,"excluded":false,"loss_2018":true,"loss_2019":true,"debt_ratio_bp":5000,"revenue_drop_bp":5000}');
select 'B4_unset', subsidy_amount_fen('济南', 'uis_refund_hardship', '2020-07-01', '{"insured":10,"layoffs":0,"paid_months":12,"reserve_months":24,"excluded":false,"loss_2018":true,"loss_2019":true,"debt_ratio_bp":5000,"revenue_drop_bp":7001}');
-- 63号: the area's months at most 6 (滨州 enters 7: an error naming the bound)
select 'B4_bound', subsidy_amount_fen('滨州', 'uis_refund_hardship', '2020-05-01', '{"insured":10,"layoffs":0,"paid_months":12,"reserve_months":24,"excluded":false,"loss_2018":true,"loss_2019":true,"debt_ratio_bp":5000,"revenue_drop_bp":5000}');
select 'B4_bound', subsidy_amount_fen('滨州', 'uis_refund_hardship', '2020-07-01', '{"insured":10,"layoffs":0,"paid_months":12,"reserve_months":24,"excluded":false,"loss_2018":true,"loss_2019":true,"debt_ratio_bp":5000,"revenue_drop_bp":5000}');
select 'B4_err', subsidy_amount_fen('德州', 'uis_refund_hardship', '2020-07-01', '{"insured":10,"layoffs":0,"paid_months":12,"reserve_months":24,"excluded":false,"loss_2018":true,"loss_2019":true,"debt_ratio_bp":50.5,"revenue_drop_bp":5000}');
select 'B4_err', subsidy_amount_fen('德州', 'uis_refund_hardship', '2020-07-01', '{"insured":10,"layoffs":0,"paid_months":12,"reserve_months":24,"excluded":false,"loss_2018":true,"loss_2019":true,"debt_ratio_bp":5000,"revenue_drop_bp":5000,"size":"small"}');
