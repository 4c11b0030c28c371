-- tests/sql/blob_args.sql: the one BLOB rule, across every function and argument. A BLOB where
-- text, a number or a date is required is misuse: an error naming the function and the argument
-- (README "Errors"), in the scalar and the table-valued forms alike; never a 0, a NULL or a row.
-- A BLOB is never read as the text of its bytes (x'3132' is not '12'). The two arguments that
-- take bytes take a BLOB: base64_encode(data), and policy_install(source) (what the shell's
-- readfile() returns; here bytes that are no script). Each case puts x'3132' in one argument of an
-- otherwise good call. Run by tests/run.sh with the extension loaded (by hand, from the repository
-- root: sqlite3 -cmd '.load dist/renshe' :memory: < this). Expected output: blob_args.expected.
select 'workday_add arg1', workday_add(x'3132', 1);
select 'workday_add arg2', workday_add('2026-01-05', x'3132');
select 'workdays_between arg1', workdays_between(x'3132', '2026-01-09');
select 'workdays_between arg2', workdays_between('2026-01-05', x'3132');
select 'is_workday arg1', is_workday(x'3132');
select 'workday_kind arg1', workday_kind(x'3132');
select 'workday_holiday arg1', workday_holiday(x'3132');
select 'workday_notice arg1', workday_notice(x'3132');
select 'stat_period arg1', stat_period(x'3132');
select 'stat_period_start arg1', stat_period_start(x'3132');
select 'stat_period_end arg1', stat_period_end(x'3132');
select 'retirement_date arg1', retirement_date(x'3132', '2', '50', '2026-01-01');
select 'retirement_date arg2', retirement_date('1970-01-01', x'3132', '50', '2026-01-01');
select 'retirement_date arg3', retirement_date('1970-01-01', '2', x'3132', '2026-01-01');
select 'retirement_date arg4', retirement_date('1970-01-01', '2', '50', x'3132');
select 'retirement_age_months arg1', retirement_age_months(x'3132', '2', '50', '2026-01-01');
select 'retirement_age_months arg2', retirement_age_months('1970-01-01', x'3132', '50', '2026-01-01');
select 'retirement_age_months arg3', retirement_age_months('1970-01-01', '2', x'3132', '2026-01-01');
select 'retirement_age_months arg4', retirement_age_months('1970-01-01', '2', '50', x'3132');
select 'retirement_age arg1', retirement_age(x'3132', '2', '50', '2026-01-01');
select 'retirement_age arg2', retirement_age('1970-01-01', x'3132', '50', '2026-01-01');
select 'retirement_age arg3', retirement_age('1970-01-01', '2', x'3132', '2026-01-01');
select 'retirement_age arg4', retirement_age('1970-01-01', '2', '50', x'3132');
select 'in_working_age arg1', in_working_age(x'3132', '2', '50', '2026-01-01');
select 'in_working_age arg2', in_working_age('1970-01-01', x'3132', '50', '2026-01-01');
select 'in_working_age arg3', in_working_age('1970-01-01', '2', x'3132', '2026-01-01');
select 'in_working_age arg4', in_working_age('1970-01-01', '2', '50', x'3132');
select 'cert_serial arg1', cert_serial(x'3132', '00', '0001', 2026, 1, 'A');
select 'cert_serial arg2', cert_serial('3701', x'3132', '0001', 2026, 1, 'A');
select 'cert_serial arg3', cert_serial('3701', '00', x'3132', 2026, 1, 'A');
select 'cert_serial arg4', cert_serial('3701', '00', '0001', x'3132', 1, 'A');
select 'cert_serial arg5', cert_serial('3701', '00', '0001', 2026, x'3132', 'A');
select 'cert_serial arg6', cert_serial('3701', '00', '0001', 2026, 1, x'3132');
select 'cert_serial_check arg1', cert_serial_check(x'3132', '2026-01-01');
select 'cert_serial_check arg2', cert_serial_check('37010000012600001A', x'3132');
select 'cert_serial_normalize arg1', cert_serial_normalize(x'3132');
select 'cert_serial_city arg1', cert_serial_city(x'3132');
select 'check_idcard arg1', check_idcard(x'3132', '2026-01-01', '2');
select 'check_idcard arg2', check_idcard('11010519491231002X', x'3132', '2');
select 'check_idcard arg3', check_idcard('11010519491231002X', '2026-01-01', x'3132');
select 'idcard_upgrade arg1', idcard_upgrade(x'3132');
select 'idcard_normalize arg1', idcard_normalize(x'3132');
select 'idcard_mask arg1', idcard_mask(x'3132', 3, 4);
select 'idcard_mask arg2', idcard_mask('11010519491231002X', x'3132', 4);
select 'idcard_mask arg3', idcard_mask('11010519491231002X', 3, x'3132');
select 'idcard_birth arg1', idcard_birth(x'3132');
select 'idcard_sex arg1', idcard_sex(x'3132');
select 'idcard_age arg1', idcard_age(x'3132', '2026-01-01');
select 'idcard_age arg2', idcard_age('11010519491231002X', x'3132');
select 'idcard_checkdigit arg1', idcard_checkdigit(x'3132');
select 'policy_eval arg1', policy_eval(x'3132', 'registration.age_ok', '2020-06-01', '{"birth":"1990-01-01"}');
select 'policy_eval arg2', policy_eval('淄博', x'3132', '2020-06-01', '{"birth":"1990-01-01"}');
select 'policy_eval arg3', policy_eval('淄博', 'registration.age_ok', x'3132', '{"birth":"1990-01-01"}');
select 'policy_eval arg4', policy_eval('淄博', 'registration.age_ok', '2020-06-01', x'3132');
select 'policy_param arg1', policy_param(x'3132', 'register_min_age', '2021-06-01');
select 'policy_param arg2', policy_param('淄博', x'3132', '2021-06-01');
select 'policy_param arg3', policy_param('淄博', 'register_min_age', x'3132');
select 'renshe_code_name arg1', renshe_code_name(x'3132', '1');
select 'renshe_code_name arg2', renshe_code_name('AAC004', x'3132');
select 'record_check arg1', record_check(x'3132', '{}', '2026-01-01');
select 'record_check arg2', record_check('exit', x'3132', '2026-01-01');
select 'record_check arg3', record_check('exit', '{}', x'3132');
select 'record_export arg1', record_export(x'3132', '{}', '2026-01-01');
select 'record_export arg2', record_export('exit', x'3132', '2026-01-01');
select 'record_export arg3', record_export('exit', '{}', x'3132');
select 'base64_encode arg1', base64_encode(x'3132', 76);
select 'base64_encode arg2', base64_encode('abc', x'3132');
select 'base64_decode arg1', base64_decode(x'3132');
select 'base64_valid arg1', base64_valid(x'3132');
select 'unemployment_status arg1', unemployment_status(x'3132', '{}', '2026-01-01');
select 'unemployment_status arg2', unemployment_status('淄博', x'3132', '2026-01-01');
select 'unemployment_status arg3', unemployment_status('淄博', '{}', x'3132');
select 'policy_install arg1', policy_install(x'3132', 'city { code = "370300", name = "淄博", extends = "shandong" }', 'me');
select 'policy_install arg2', policy_install('淄博', x'3132', 'me');
select 'policy_install arg3', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }', x'3132');
select 'policy_rollback arg1', policy_rollback(x'3132');
select 'T check_idcard arg1', count(*) from check_idcard(x'3132', '2026-01-01', '2');
select 'T check_idcard arg2', count(*) from check_idcard('11010519491231002X', x'3132', '2');
select 'T check_idcard arg3', count(*) from check_idcard('11010519491231002X', '2026-01-01', x'3132');
select 'T cert_serial arg1', count(*) from cert_serial(x'3132', '2026-01-01');
select 'T cert_serial arg2', count(*) from cert_serial('37010000012600001A', x'3132');
select 'T record_problems arg1', count(*) from record_problems(x'3132', '{}', '2026-01-01');
select 'T record_problems arg2', count(*) from record_problems('exit', x'3132', '2026-01-01');
select 'T record_problems arg3', count(*) from record_problems('exit', '{}', x'3132');
select 'T unemployment_status arg1', count(*) from unemployment_status(x'3132', '{}', '2026-01-01');
select 'T unemployment_status arg2', count(*) from unemployment_status('淄博', x'3132', '2026-01-01');
select 'T unemployment_status arg3', count(*) from unemployment_status('淄博', '{}', x'3132');
select 'T policy_explain arg1', count(*) from policy_explain(x'3132', 'registration.age_ok', '2020-06-01', '{"birth":"1990-01-01"}');
select 'T policy_explain arg2', count(*) from policy_explain('淄博', x'3132', '2020-06-01', '{"birth":"1990-01-01"}');
select 'T policy_explain arg3', count(*) from policy_explain('淄博', 'registration.age_ok', x'3132', '{"birth":"1990-01-01"}');
select 'T policy_explain arg4', count(*) from policy_explain('淄博', 'registration.age_ok', '2020-06-01', x'3132');
select 'T policy_parameters arg1', count(*) from policy_parameters(x'3132', '2020-06-01');
select 'T policy_parameters arg2', count(*) from policy_parameters('淄博', x'3132');
select 'T policy_rules arg1', count(*) from policy_rules(x'3132', '2020-06-01');
select 'T policy_rules arg2', count(*) from policy_rules('淄博', x'3132');
-- A BLOB holding a valid value is still an error, not the value
select 'bytes check_idcard', check_idcard(cast('11010519491231002X' as blob));
select 'bytes cert_serial_check', cert_serial_check(cast('37120300122600001A' as blob));
select 'bytes policy_eval', policy_eval(cast('淄博' as blob), 'registration.age_ok', '2020-06-01', '{"birth":"1990-01-01"}');
select 'bytes base64_decode', base64_decode(cast('YWJj' as blob));
-- the text of the same bytes is fine
select 'text check_idcard', check_idcard(cast(cast('11010519491231002X' as blob) as text));
select 'text base64_decode', cast(base64_decode(cast(cast('YWJj' as blob) as text)) as text);
-- a CHECK constraint that calls a function refuses a BLOB row instead of storing it as invalid data
create table t(id text check (check_idcard(id) = 1));
insert into t values (cast('11010519491231002X' as blob));
select 'rows', count(*) from t;
-- policy_install takes the bytes readfile() gives
select 'install bytes', policy_install('淄博', cast('city { code = "370300", name = "淄博", extends = "shandong" }' as blob));
