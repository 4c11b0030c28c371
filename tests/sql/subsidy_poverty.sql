-- tests/sql/subsidy_poverty.sql: family K (poverty), lua/shandong/subsidies/poverty.lua: the exact
-- fen of K1-K3: the day the 3 months are reached against as_of and the 2020 window, the 6-month
-- cap, the cities that pay 0 (青岛, 菏泽), the city-set contribution, each not-eligible case and
-- fact error. Expected output: subsidy_poverty.expected.

-- test city script (test value, not a real one): 德州 enters the lowest resident-pension tier
select 'city', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
parameter "resident_pension_min_contribution" { { from = "2020-01-01", value = 10000, ref = "test: 100 元 tier" } }', 'test');

-- K1 chongqing_transport_living_allowance: 1500 元 once the 3 months are reached (q = start + 3
-- months, q <= as_of, q in 2020), in the 14 addressed cities
create temp table k1(k, city default '济南', asof default '2020-12-31', start, got default 'false');
insert into k1(k, start) values
  ('q_20191231', '2019-09-30'), ('q_20200101', '2019-10-01'), ('q_20201231', '2020-09-30'),
  ('q_20210101', '2020-10-01'), ('q_month_end', '2020-08-31');
insert into k1(k, asof, start) values ('q_after_as_of', '2020-06-30', '2020-04-01'), ('q_on_as_of', '2020-07-01', '2020-04-01');
insert into k1(k, start, got) values ('already_received', '2020-03-01', 'true');
insert into k1(k, city, start) values ('qingdao', '青岛', '2020-03-01'), ('heze', '菏泽', '2020-03-01'), ('dezhou', '德州', '2020-03-01'), ('binzhou', '滨州', '2020-03-01');
insert into k1(k, city, start) values ('qingdao_not_reached', '青岛', '2020-11-01');
select 'K1', k, subsidy_amount_fen(city, 'chongqing_transport_living_allowance', asof,
  json_object('employment_start_date', start, 'already_received', json(got))) from k1;
-- the baseline alone (no city) computes the amount
select 'K1_baseline', subsidy_amount_fen('shandong', 'chongqing_transport_living_allowance', '2020-12-31', '{"employment_start_date":"2020-03-01","already_received":false}');
select 'K1_trace', step, ref, detail from subsidy_amount('青岛', 'chongqing_transport_living_allowance', '2020-12-31', '{"employment_start_date":"2020-03-01","already_received":false}');
select 'K1_rule_before', subsidy_amount_fen('济南', 'chongqing_transport_living_allowance', '2020-03-05', '{"employment_start_date":"2019-11-01","already_received":false}');
select 'K1_err', subsidy_amount_fen('济南', 'chongqing_transport_living_allowance', '2020-12-31', '{"employment_start_date":"2020-02-30","already_received":false}');
select 'K1_err', subsidy_amount_fen('济南', 'chongqing_transport_living_allowance', '2020-12-31', '{"employment_start":"2020-02-01","already_received":false}');

-- K2 chongqing_cross_province_employment_subsidy: 1000 元 × min(months, 6 - months_used), eligible as K1
create temp table k2(k, city default '济南', asof default '2020-12-31', start default '2020-03-01', m, used default 0);
insert into k2(k, m, used) values ('m1', 1, 0), ('m6', 6, 0), ('m7', 7, 0), ('left_2', 5, 4), ('left_0', 3, 6), ('used_over', 3, 7), ('m0', 0, 0);
insert into k2(k, start, m) values ('q_20210101', '2020-10-01', 3), ('q_20201231', '2020-09-30', 3);
insert into k2(k, asof, start, m) values ('q_after_as_of', '2020-05-31', '2020-03-01', 3);
insert into k2(k, city, m) values ('qingdao', '青岛', 6), ('heze', '菏泽', 6), ('linyi', '临沂', 6);
select 'K2', k, subsidy_amount_fen(city, 'chongqing_cross_province_employment_subsidy', asof,
  json_object('employment_start_date', start, 'months', m, 'months_used', used)) from k2;
select 'K2_trace', step, ref, detail from subsidy_amount('济南', 'chongqing_cross_province_employment_subsidy', '2020-12-31', '{"employment_start_date":"2020-03-01","months":5,"months_used":4}');
select 'K2_err', subsidy_amount_fen('济南', 'chongqing_cross_province_employment_subsidy', '2020-12-31', '{"employment_start_date":"2020-03-01","months":5}');

-- K3 poverty_resident_pension_contribution_on_behalf: the lowest annual tier, the city's value
select 'K3', subsidy_amount_fen('德州', 'poverty_resident_pension_contribution_on_behalf', '2020-05-01', '{"poor":true}'), subsidy_amount('德州', 'poverty_resident_pension_contribution_on_behalf', '2020-05-01', '{"poor":true}'), subsidy_amount_fen('德州', 'poverty_resident_pension_contribution_on_behalf', '2020-05-01', '{"poor":false}'), subsidy_amount_fen('济南', 'poverty_resident_pension_contribution_on_behalf', '2020-05-01', '{"poor":false}');
select 'K3_jinan', subsidy_amount_fen('济南', 'poverty_resident_pension_contribution_on_behalf', '2020-05-01', '{"poor":true}');
select 'K3_rule_before', subsidy_amount_fen('德州', 'poverty_resident_pension_contribution_on_behalf', '2020-04-13', '{"poor":true}');
select 'K3_err', subsidy_amount_fen('德州', 'poverty_resident_pension_contribution_on_behalf', '2020-05-01', '{"poor":"yes"}');
select 'K3_err', subsidy_amount_fen('德州', 'poverty_resident_pension_contribution_on_behalf', '2020-05-01', NULL);

select 'kinds', kind, name_zh, from_date, to_date, facts from subsidy_kinds where family = 'poverty';
