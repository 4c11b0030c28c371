-- tests/sql/subsidy_graduate.sql: family I (graduate), lua/shandong/subsidies/graduate.lua: the
-- exact fen of I1 (43号's version and 60号's from 2020-06-01, each 2019 receipt) and I2 (each
-- group), each not-eligible case and fact error. Expected output: subsidy_graduate.expected.

-- I1 hubei_graduate_job_search_subsidy: 1000 元 (43号 五); from 2020-06-01 a 2019 recipient of 600 元
-- gets 400 元, of any other non-loan amount nothing, the 助学贷款 category 1000 元 (60号 一)
create temp table i1(k, grad default 'true', got default 0, loan default 'false');
insert into i1(k, got, loan) values ('none', 0, 'false'), ('got_600', 60000, 'false'), ('got_1000', 100000, 'false'), ('got_599', 59999, 'false'),
  ('loan_600', 60000, 'true'), ('loan_1000', 100000, 'true'), ('loan_flag_no_receipt', 0, 'true');
insert into i1(k, grad) values ('not_hubei', 'false');
select 'I1_0531', k, subsidy_amount_fen('济南', 'hubei_graduate_job_search_subsidy', '2020-05-31',
  json_object('hubei_2020_graduate', json(grad), 'received_2019_fen', got, 'loan_category_2019', json(loan))) from i1;
select 'I1_0601', k, subsidy_amount_fen('济南', 'hubei_graduate_job_search_subsidy', '2020-06-01',
  json_object('hubei_2020_graduate', json(grad), 'received_2019_fen', got, 'loan_category_2019', json(loan))) from i1;
select 'I1_trace', step, ref, detail from subsidy_amount('济南', 'hubei_graduate_job_search_subsidy', '2020-07-01', '{"hubei_2020_graduate":true,"received_2019_fen":100000,"loan_category_2019":false}');
select 'I1_first', subsidy_amount_fen('济南', 'hubei_graduate_job_search_subsidy', '2020-04-30', '{"hubei_2020_graduate":true,"received_2019_fen":0,"loan_category_2019":false}');
select 'I1_rule_before', subsidy_amount_fen('济南', 'hubei_graduate_job_search_subsidy', '2020-04-29', '{"hubei_2020_graduate":true,"received_2019_fen":0,"loan_category_2019":false}');
select 'I1_err', subsidy_amount_fen('济南', 'hubei_graduate_job_search_subsidy', '2020-07-01', '{"hubei_2020_graduate":true,"received_2019_fen":"600","loan_category_2019":false}');
select 'I1_err', subsidy_amount_fen('济南', 'hubei_graduate_job_search_subsidy', '2020-07-01', '{"hubei_2020_graduate":true,"received_2019_fen":0}');
select 'I1_err', subsidy_amount_fen('济南', 'hubei_graduate_job_search_subsidy', '2020-07-01', '[1]');

-- I2 graduate_job_search_subsidy_2021: 1000 元 for the six hardship groups, 600 元 for 助学贷款 alone
create temp table i2(k, grad default 'true', cats);
insert into i2(k, cats) values ('dibao', '["dibao"]'), ('tekun', '["tekun"]'), ('orphan', '["orphan"]'), ('distressed_child', '["distressed_child"]'),
  ('poor_family', '["poor_family"]'), ('disabled', '["disabled"]'), ('student_loan', '["student_loan"]'),
  ('loan_and_disabled', '["student_loan","disabled"]'), ('two_groups', '["dibao","orphan"]'), ('none', '[]');
insert into i2 values ('not_2021', 'false', '["dibao"]');
select 'I2', k, subsidy_amount_fen('济南', 'graduate_job_search_subsidy_2021', '2020-10-01',
  json_object('graduate_2021', json(grad), 'categories', json(cats))) from i2;
select 'I2_trace', step, ref, detail from subsidy_amount('济南', 'graduate_job_search_subsidy_2021', '2020-10-01', '{"graduate_2021":true,"categories":[]}');
select 'I2_first', subsidy_amount_fen('济南', 'graduate_job_search_subsidy_2021', '2020-09-23', '{"graduate_2021":true,"categories":["tekun"]}');
select 'I2_rule_before', subsidy_amount_fen('济南', 'graduate_job_search_subsidy_2021', '2020-09-22', '{"graduate_2021":true,"categories":["tekun"]}');
select 'I2_err', subsidy_amount_fen('济南', 'graduate_job_search_subsidy_2021', '2020-10-01', '{"graduate_2021":true,"categories":["poor"]}');
select 'I2_err', subsidy_amount_fen('济南', 'graduate_job_search_subsidy_2021', '2020-10-01', '{"graduate_2021":true,"categories":"dibao"}');
select 'I2_err', subsidy_amount_fen('济南', 'graduate_job_search_subsidy_2021', '2020-10-01', '{"graduate_2021":true}');

select 'kinds', kind, name_zh, from_date, to_date, facts from subsidy_kinds where family = 'graduate';
