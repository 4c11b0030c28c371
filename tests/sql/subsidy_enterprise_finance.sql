-- tests/sql/subsidy_enterprise_finance.sql: family J (enterprise finance), lua/shandong/subsidies/
-- enterprise_finance.lua: the exact fen of J10a and J10b at each window day, threshold, month
-- limit and rounding, each not-eligible case and fact error; and the rate entries of catalogue §7
-- (J2-J5, J7, J9, J10 fees) read with policy_param on the first and last day of each period.
-- Expected output: subsidy_enterprise_finance.expected.

-- rate entries: in force within their periods, the engine's error outside
select 'J2', policy_param('济南', 'sme_si_employer_exemption_rate', '2020-07-02'), policy_param('济南', 'sme_si_employer_exemption_rate', '2020-12-31');
select 'J2_after', policy_param('济南', 'sme_si_employer_exemption_rate', '2021-01-01');
select 'J3', policy_param('济南', 'ui_and_injury_rate_reduction_until', '2020-06-01');
select 'J4', policy_param('济南', 'medical_insurance_employer_rate_cut_bp', '2020-03-01'), policy_param('济南', 'medical_insurance_employer_rate_cut_bp', '2020-12-31');
select 'J4_before', policy_param('济南', 'medical_insurance_employer_rate_cut_bp', '2020-02-29');
select 'J4_after', policy_param('济南', 'medical_insurance_employer_rate_cut_bp', '2021-01-01');
select 'J5', policy_param('济南', 'pension_employer_rate', '2020-07-02');
select 'J7', policy_param('济南', 'housing_fund_minimum_rate', '2020-02-17');
select 'J9', policy_param('济南', 'rent_relief_state_property_ratio', '2020-02-04'), policy_param('济南', 'rent_relief_state_property_ratio', '2020-12-31');
select 'J9_after', policy_param('济南', 'rent_relief_state_property_ratio', '2021-01-01');
select 'J10_fees', policy_param('济南', 'sme_reguarantee_fee_ratio', '2020-05-04'), policy_param('济南', 'sme_bridge_loan_fee_daily_max_bp', '2020-02-04'), policy_param('济南', 'sme_bridge_loan_max_days', '2020-05-04');
select 'J10_fees_after', policy_param('济南', 'sme_bridge_loan_max_days', '2020-05-05');

-- J10a sme_loan_risk_compensation: round(30% × the bad principal) for small and micro firms'
-- working-capital and technical-upgrade loans issued 2020-02-04..2020-05-04, balance <= 1000万元
create temp table j10a(k, size default 'small', ld default '2020-03-01', purpose default 'working_capital', bal default 500000000, bad default 1000001);
insert into j10a(k, ld) values ('day_before', '2020-02-03'), ('first_day', '2020-02-04'), ('last_day', '2020-05-04'), ('day_after', '2020-05-05');
insert into j10a(k, size) values ('micro', 'micro'), ('medium', 'medium'), ('large', 'large');
insert into j10a(k, purpose) values ('technical_upgrade', 'technical_upgrade'), ('other', 'other');
insert into j10a(k, bal) values ('balance_1000w', 1000000000), ('balance_1000w_1', 1000000001);
insert into j10a(k, bad) values ('bad_5', 5), ('bad_4', 4), ('bad_0', 0);
select 'J10a', k, subsidy_amount_fen('济南', 'sme_loan_risk_compensation', '2020-09-01',
  json_object('size', size, 'loan_date', ld, 'purpose', purpose, 'balance_fen', bal, 'bad_principal_fen', bad)) from j10a;
select 'J10a_trace', step, ref, detail from subsidy_amount('济南', 'sme_loan_risk_compensation', '2020-09-01', '{"size":"small","loan_date":"2020-05-05","purpose":"other","balance_fen":1,"bad_principal_fen":1}');
select 'J10a_rule_before', subsidy_amount_fen('济南', 'sme_loan_risk_compensation', '2020-02-03', '{"size":"small","loan_date":"2020-02-04","purpose":"other","balance_fen":1,"bad_principal_fen":1}');
select 'J10a_err', subsidy_amount_fen('济南', 'sme_loan_risk_compensation', '2020-09-01', '{"size":"small","loan_date":"2020-03-01","purpose":"mortgage","balance_fen":1,"bad_principal_fen":1}');
select 'J10a_err', subsidy_amount_fen('济南', 'sme_loan_risk_compensation', '2020-09-01', '{"size":"small","loan_date":"2020-03-01","purpose":"other","balance_fen":1.5,"bad_principal_fen":1}');

-- J10b key_enterprise_loan_interest_subsidy: round(principal × relending rate / 2 × months / 12), at
-- most 12 months, for 2020 loans of provincially listed key enterprises
create temp table j10b(k, listed default 'true', ld default '2020-02-10', p default 100000000, r default 250, m default 12, before default 0);
insert into j10b(k, ld) values ('day_before', '2019-12-31'), ('first_day', '2020-01-01'), ('last_day', '2020-12-31'), ('day_after', '2021-01-01');
insert into j10b(k, listed) values ('not_listed', 'false');
insert into j10b(k, m, before) values ('m13', 13, 0), ('left_2', 12, 10), ('left_0', 3, 12), ('m0', 0, 0);
-- half a basis point exact: 1000001 fen × 62.5 bp × 1 month = 520.83 -> 521; 48 fen × 0.5 bp × 12 months = 0.024
-- -> 0; 10000 fen × 6 bp × 1 month = 0.5 -> 1 (half up); 9999 fen -> 0.49995 -> 0
insert into j10b(k, p, r, m) values ('odd', 1000001, 125, 1), ('tiny', 48, 1, 12), ('half_up', 10000, 12, 1), ('half_down', 9999, 12, 1);
select 'J10b', k, subsidy_amount_fen('济南', 'key_enterprise_loan_interest_subsidy', '2021-02-01',
  json_object('provincial_key', json(listed), 'loan_date', ld, 'principal_fen', p, 'relending_rate_bp', r, 'months', m, 'months_before', before)) from j10b;
select 'J10b_trace', step, ref, detail from subsidy_amount('济南', 'key_enterprise_loan_interest_subsidy', '2021-02-01', '{"provincial_key":true,"loan_date":"2020-02-10","principal_fen":1000001,"relending_rate_bp":125,"months":13,"months_before":0}');
select 'J10b_err', subsidy_amount_fen('济南', 'key_enterprise_loan_interest_subsidy', '2021-02-01', '{"provincial_key":true,"loan_date":"2020-02-10","principal_fen":1000001,"relending_rate_bp":125,"months":-1,"months_before":0}');
select 'J10b_err', subsidy_amount_fen('济南', 'key_enterprise_loan_interest_subsidy', '2021-02-01', '{"provincial_key":true,"loan_date":"2020-02-10","principal_fen":1000001,"relending_rate_bp":125,"months":1}');

select 'kinds', kind, name_zh, from_date, to_date, facts from subsidy_kinds where family = 'enterprise_finance';
