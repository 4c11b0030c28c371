-- tests/sql/subsidy_hiring.sql: family A (hiring), lua/shandong/subsidies/hiring.lua: the exact fen
-- of A1-A5 at each cap, each window's day before / first / last / after, each threshold, each
-- not-eligible case (0 with its reason) and each fact error. The machinery's own forms are in
-- subsidy_engine.sql. Expected output: subsidy_hiring.expected.

-- A1 one_time_hiring_subsidy: 200 元 × employees × days (max(start, 01-24)..02-09), at most 50万元
-- (鲁政发〔2020〕5号 1; 鲁人社字〔2020〕22号 一)
create temp table a1(k, start, emp, listed default 1);
insert into a1(k, start, emp) values
  ('before_0124', '2019-12-01', 10),   -- producing before 01-24: counts from 01-24, 17 days
  ('on_0124', '2020-01-24', 10),       -- 17 days
  ('on_0125', '2020-01-25', 10),       -- 16 days
  ('last_0209', '2020-02-09', 10),     -- 1 day
  ('after_0210', '2020-02-10', 10),    -- outside the window: 0
  ('zero', '2020-02-01', 0),
  ('cap_under', '2020-01-31', 249),    -- 10 days: 49,800,000
  ('cap_at', '2020-01-31', 250),       -- 10 days: exactly 50万元
  ('cap_over', '2020-01-31', 251),     -- capped at 50万元
  ('full_147', '2020-01-24', 147),     -- 17 days: 49,980,000
  ('full_148', '2020-01-24', 148);     -- 50,320,000 -> capped
insert into a1 values ('not_listed', '2020-02-01', 10, 0);
select 'A1', k, subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01',
  json_object('on_key_list', json(case listed when 1 then 'true' else 'false' end), 'start_date', start, 'employees', emp)) from a1;
select 'A1_trace', * from subsidy_amount('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":false,"start_date":"2020-02-01","employees":10}');
select 'A1_trace_cap', step, detail from subsidy_amount('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-01-24","employees":148}') where detail like 'cap%' or detail like 'result%';
-- the rule is from 鲁政发〔2020〕5号 (2020-02-17); a claim judged before it has no rule
select 'A1_from', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-02-17', '{"on_key_list":true,"start_date":"2020-02-09","employees":1}');
select 'A1_before', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-02-16', '{"on_key_list":true,"start_date":"2020-02-09","employees":1}');
select 'A1_err', subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":"yes","start_date":"2020-02-09","employees":1}');

-- A2 one_time_absorption_subsidy_restart: 1000 元 × persons; hires 2020-02-10..03-10, contract of 1
-- year or more, social insurance paid, no record in the six months before (鲁人社字〔2020〕22号 二)
create temp table a2(k, hire, persons default 2, cm default 12, si default 'true', prior);
insert into a2(k, hire) values ('day_before', '2020-02-09'), ('first_day', '2020-02-10'), ('last_day', '2020-03-10'), ('day_after', '2020-03-11');
insert into a2(k, hire, cm) values ('contract_11', '2020-02-20', 11), ('contract_12', '2020-02-20', 12), ('open_ended', '2020-02-20', 0);
insert into a2(k, hire, si) values ('no_si', '2020-02-20', 'false');
insert into a2(k, hire, persons) values ('five', '2020-02-20', 5), ('none', '2020-02-20', 0);
-- reading: "半年内" includes a record exactly six months before the contract (contract §9 3)
insert into a2(k, hire, prior) values ('record_6m_exact', '2020-03-01', '2019-09-01'), ('record_6m_plus_1d', '2020-03-01', '2019-08-31'), ('record_recent', '2020-03-01', '2020-01-15');
select 'A2', k, subsidy_amount_fen('淄博', 'one_time_absorption_subsidy_restart', '2020-03-20',
  json_object('hire_date', hire, 'persons', persons, 'contract_months', cm, 'si_paid', json(si), 'prior_record_date', prior)) from a2;
select 'A2_trace', step, ref, detail from subsidy_amount('淄博', 'one_time_absorption_subsidy_restart', '2020-03-20', '{"hire_date":"2020-03-01","persons":2,"contract_months":24,"si_paid":true,"prior_record_date":"2019-09-01"}');
select 'A2_trace_ok', step, ref, detail from subsidy_amount('淄博', 'one_time_absorption_subsidy_restart', '2020-03-20', '{"hire_date":"2020-03-01","persons":2,"contract_months":0,"si_paid":true,"prior_record_date":"2019-08-31"}');
select 'A2_err', subsidy_amount_fen('淄博', 'one_time_absorption_subsidy_restart', '2020-03-20', '{"hire_date":"2020-03-01","persons":2,"contract_months":24,"si_paid":true,"prior_record_date":"2019-02-29"}');
select 'A2_err', subsidy_amount_fen('淄博', 'one_time_absorption_subsidy_restart', '2020-03-20', '{"hire_date":"2020-03-01","persons":2,"contract_months":24}');

-- A3 graduate_absorption_subsidy: at most 1000 元 a graduate (a limit: the maximum), SMEs, hires
-- 2020-03-11..12-31 in the graduation year (鲁人社字〔2020〕43号 二)
create temp table a3(k, size default 'small', hire default '2020-07-01', grad default '2020-06-30', persons default 1, cm default 12, reg default 'true', got default 'false');
insert into a3(k, hire) values ('day_before', '2020-03-10'), ('first_day', '2020-03-11'), ('last_day', '2020-12-31'), ('day_after', '2021-01-01');
insert into a3(k, size) values ('large', 'large'), ('medium', 'medium'), ('micro', 'micro');
insert into a3(k, grad) values ('graduated_2019', '2019-07-01'), ('graduates_2020_12', '2020-12-31');
insert into a3(k, cm) values ('contract_11', 11), ('open_ended', 0);
insert into a3(k, reg) values ('not_registered', 'false');
insert into a3(k, got) values ('already_received', 'true');
insert into a3(k, persons) values ('three', 3);
select 'A3', k, subsidy_amount_fen('烟台', 'graduate_absorption_subsidy', '2020-07-15',
  json_object('size', size, 'hire_date', hire, 'graduation_date', grad, 'persons', persons, 'contract_months', cm, 'registered', json(reg), 'already_received', json(got))) from a3;
-- the rule is from 43号 (2020-04-30)
select 'A3_before', subsidy_amount_fen('烟台', 'graduate_absorption_subsidy', '2020-04-29', '{"size":"small","hire_date":"2020-04-01","graduation_date":"2020-01-15","persons":1,"contract_months":12,"registered":true,"already_received":false}');
select 'A3_from', subsidy_amount_fen('烟台', 'graduate_absorption_subsidy', '2020-04-30', '{"size":"small","hire_date":"2020-04-01","graduation_date":"2020-01-15","persons":1,"contract_months":12,"registered":true,"already_received":false}');
select 'A3_trace', step, detail from subsidy_amount('烟台', 'graduate_absorption_subsidy', '2020-07-15', '{"size":"large","hire_date":"2020-07-01","graduation_date":"2020-06-30","persons":1,"contract_months":12,"registered":true,"already_received":false}');
select 'A3_err', subsidy_amount_fen('烟台', 'graduate_absorption_subsidy', '2020-07-15', '{"size":"Small","hire_date":"2020-07-01","graduation_date":"2020-06-30","persons":1,"contract_months":12,"registered":true,"already_received":false}');

-- A4 job_referral_subsidy: persons × 120 元 (read on hire_date; a city may raise it), placements
-- 2020-02-04..05-04 (鲁人社字〔2020〕22号 三)
create temp table a4(k, hire default '2020-03-01', persons default 2, cm default 12, q default 'true', inprov default 'true');
insert into a4(k, hire) values ('day_before', '2020-02-03'), ('first_day', '2020-02-04'), ('last_day', '2020-05-04'), ('day_after', '2020-05-05');
insert into a4(k, cm) values ('contract_11', 11), ('contract_12', 12), ('open_ended', 0);
insert into a4(k, q) values ('not_qualifying', 'false');
insert into a4(k, inprov) values ('out_of_province', 'false');
insert into a4(k, persons) values ('seven', 7);
select 'A4', k, subsidy_amount_fen('威海', 'job_referral_subsidy', '2020-05-20',
  json_object('hire_date', hire, 'persons', persons, 'contract_months', cm, 'qualifying', json(q), 'employer_in_province', json(inprov))) from a4;
select 'A4_trace', step, ref, detail from subsidy_amount('威海', 'job_referral_subsidy', '2020-05-20', '{"hire_date":"2020-05-04","persons":2,"contract_months":12,"qualifying":true,"employer_in_province":true}');
select 'A4_before', subsidy_amount_fen('威海', 'job_referral_subsidy', '2020-03-05', '{"hire_date":"2020-03-01","persons":2,"contract_months":12,"qualifying":true,"employer_in_province":true}');
-- 有条件的市，可适当提高补贴标准: a city restates the standard with its source (a test value)
select 'A4_city', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
parameter "job_referral_subsidy_per_person" { { from = "2020-03-01", value = 20000, ref = "test: 德州 raises it" } }', 'test');
select 'A4_city', subsidy_amount_fen('德州', 'job_referral_subsidy', '2020-05-20', '{"hire_date":"2020-02-29","persons":2,"contract_months":12,"qualifying":true,"employer_in_province":true}'), subsidy_amount_fen('德州', 'job_referral_subsidy', '2020-05-20', '{"hire_date":"2020-03-01","persons":2,"contract_months":12,"qualifying":true,"employer_in_province":true}'), subsidy_amount_fen('威海', 'job_referral_subsidy', '2020-05-20', '{"hire_date":"2020-03-01","persons":2,"contract_months":12,"qualifying":true,"employer_in_province":true}');
select 'A4_err', subsidy_amount_fen('威海', 'job_referral_subsidy', '2020-05-20', '{"hire_date":"2020-03-01","persons":2,"contract_months":"12","qualifying":true,"employer_in_province":true}');

-- A5 chongqing_organized_labor_service_subsidy: 120 元 a person, 2020-01-01..2021-12-31, paid by the
-- 14 cities 鲁人社函〔2020〕8号 is addressed to (not 青岛, 菏泽); the province alone computes
create temp table a5(k, hire default '2020-06-01', persons default 3);
insert into a5(k, hire) values ('day_before', '2019-12-31'), ('first_day', '2020-01-01'), ('last_day', '2021-12-31'), ('day_after', '2022-01-01');
insert into a5(k, persons) values ('none', 0), ('ten', 10);
select 'A5', k, subsidy_amount_fen('济宁', 'chongqing_organized_labor_service_subsidy', '2020-06-10', json_object('hire_date', hire, 'persons', persons)) from a5;
select 'A5_cities', group_concat(c || '=' || subsidy_amount_fen(c, 'chongqing_organized_labor_service_subsidy', '2020-06-10', '{"hire_date":"2020-06-01","persons":3}'), ' ') from (select city c from policy_scripts where city is not null order by code);
select 'A5_province', subsidy_amount_fen('山东', 'chongqing_organized_labor_service_subsidy', '2020-06-10', '{"hire_date":"2020-06-01","persons":3}');
select 'A5_trace', step, ref, detail from subsidy_amount('菏泽', 'chongqing_organized_labor_service_subsidy', '2020-06-10', '{"hire_date":"2020-06-01","persons":3}');
select 'A5_before', subsidy_amount_fen('济宁', 'chongqing_organized_labor_service_subsidy', '2020-03-05', '{"hire_date":"2020-03-01","persons":3}');
select 'A5_err', subsidy_amount_fen('济宁', 'chongqing_organized_labor_service_subsidy', '2020-06-10', '{"hire_date":"2020-06-01","persons":3,"district":"万州"}');
