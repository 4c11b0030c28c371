-- tests/sql/security_flags.sql: the flags of every SQL function and table-valued function of
-- renshe, as SECURITY.md's table states them (issue 9). Expected output: security_flags.expected.
-- Part 01 reads the flags SQLite holds (pragma_function_list: D deterministic, I innocuous,
-- X direct-only). Part 02 checks behaviour under PRAGMA trusted_schema = OFF, where a view or
-- trigger may use only innocuous functions and tables: every pure function and every eponymous
-- table works from a view; policy_install, policy_rollback and csv_file do not work from a view
-- or trigger whatever trusted_schema says.

-- 01: the flags of every renshe function (one row per name and number of arguments)
select '01', name, narg, iif(flags & 0x800, 'D', '-') || iif(flags & 0x200000, 'I', '-') || iif(flags & 0x80000, 'X', '-')
  from pragma_function_list
 where builtin = 0 and (name glob 'check_idcard' or name glob 'idcard_*' or name glob 'cert_serial*'
       or name glob 'workday*' or name in ('is_workday', 'in_working_age', 'renshe_version', 'renshe_code_name')
       or name glob 'stat_period*' or name glob 'retirement_*' or name glob 'record_*'
       or name glob 'base64_*' or name glob 'policy_*' or name = 'unemployment_status'
       or name glob 'renshe_json*')
 order by name, narg;
-- the tables renshe registers (eponymous ones and csv_file)
select '01_tables', group_concat(name, ' ') from (select name from pragma_module_list
 where name in ('check_idcard', 'cert_serial', 'csv_file', 'policy_explain', 'policy_parameters',
   'policy_rules', 'policy_scripts', 'record_problems', 'renshe_codes', 'renshe_record_fields',
   'unemployment_status') order by name);

-- 02: under trusted_schema = OFF, from views
pragma trusted_schema = off;
create table people(id text, birth text, sex integer);
insert into people values ('11010519491231002X', '1949-12-31', 2);
create view v_pure as select check_idcard(id), check_idcard(id, '2026-11-24'), check_idcard(id, '2026-11-24', sex),
  idcard_upgrade(id), idcard_normalize(id), idcard_mask(id), idcard_mask(id, 1, 1), idcard_birth(id), idcard_sex(id),
  idcard_age(id), idcard_age(id, '2026-11-24'), idcard_checkdigit(substr(id, 1, 17)), renshe_version() is not null,
  cert_serial('临沂', 3, 12, 2026, 1, 'A'), cert_serial_check('37120300122600001A'), cert_serial_check('37120300122600001A', '2026-11-24'),
  cert_serial_normalize('37120300122600001a'), cert_serial_city('临沂'),
  workday_add('2024-02-09', 1), workdays_between('2024-02-08', '2024-02-19'), is_workday('2024-02-18'),
  workday_kind('2024-02-10'), workday_holiday('2024-02-10'), workday_notice('2024-02-10') is not null,
  stat_period('2020-12-21'), stat_period_start('2020-10'), stat_period_end('2020-10'),
  retirement_date(birth, sex), retirement_date(birth, sex, 50), retirement_date(birth, sex, 50, '2020-01-01'),
  retirement_age_months(birth, sex), retirement_age_months(birth, sex, 50), retirement_age_months(birth, sex, 50, '2020-01-01'),
  retirement_age(birth, sex), retirement_age(birth, sex, 50), retirement_age(birth, sex, 50, '2020-01-01'),
  in_working_age(birth, sex, 50, '2026-11-24'), renshe_code_name('AJC00A', '32'),
  record_check('exit', '{}', '2026-11-24'), record_check('exit', '{}'), record_export('exit', '{}', '2026-11-24'),
  record_export('exit', '{}'), base64_encode('x'), base64_encode('x', 76), base64_decode('eA=='), base64_valid('eA=='),
  renshe_json_valid('{}'), renshe_json('[1]'), renshe_json_object('a', 1), renshe_json_patch('{}', '{"a":1}'),
  policy_param('淄博', 'register_min_age', '2020-06-01'),
  policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"2004-05-31"}'),
  policy_eval('淄博', 'registration.age_ok', '2020-06-01'),
  unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"}}', '2020-11-01'),
  unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"}}') is not null
  from people;
select '02_pure_functions', count(*) from v_pure;
create view v_tables as
  select 'check_idcard', count(*) from check_idcard('11010519491231002X', '2026-11-24')
  union all select 'cert_serial', count(*) from cert_serial('37120300122600001A')
  union all select 'policy_explain', count(*) > 0 from policy_explain('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"2004-05-31"}')
  union all select 'policy_parameters', count(*) > 0 from policy_parameters('淄博', '2020-06-01')
  union all select 'policy_rules', count(*) > 0 from policy_rules('淄博')
  union all select 'policy_scripts', count(*) > 0 from policy_scripts
  union all select 'record_problems', count(*) > 0 from record_problems('exit', '{}', '2026-11-24')
  union all select 'renshe_codes', count(*) > 0 from renshe_codes
  union all select 'renshe_record_fields', count(*) > 0 from renshe_record_fields
  union all select 'unemployment_status', count(*) > 0 from unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"}}', '2020-11-01');
select '02_tables', * from v_tables;
-- pure functions in CHECK constraints, generated columns and indexes
create temp table roster(id text check (check_idcard(id) = 1), birth text as (idcard_birth(id)), masked text as (idcard_mask(id)) stored);
create index temp.roster_by_birth on roster(idcard_birth(id));
insert into roster(id) values ('11010519491231002X');
select '02_check_generated_index', birth, masked from roster where idcard_birth(id) = '1949-12-31';
insert into roster(id) values ('110105194912310021');
-- the control: a function that is not innocuous (the shell's own shell_idquote) fails from a view
create view v_control as select shell_idquote('x');
select '02_control', * from v_control;
-- direct-only: never from a view or trigger, whatever trusted_schema says
create view v_install as select policy_install('淄博', 'x = 1');
create view v_rollback as select policy_rollback('淄博');
select '02_view_install', * from v_install;
select '02_view_rollback', * from v_rollback;
pragma trusted_schema = on;
select '02_view_install_trusted', * from v_install;
create table log(x);
create trigger t_install after insert on log begin select policy_install('淄博', 'x = 1'); end;
insert into log values (1);
select '02_trigger_install', count(*) from log;
create virtual table main.csv_inline using csv_file(data='a
1');
create view v_csv as select * from main.csv_inline;
select '02_view_csv_file', * from v_csv;
select '02_direct_csv_file', * from main.csv_inline;
select '02_direct_only_unchanged', count(*) from sqlite_schema where name like 'renshe_policy%';
-- non-deterministic arities cannot feed an index or a generated column
create temp table t1(id text, age int as (idcard_age(id)));
create temp table t2(id text);
create index temp.t2_age on t2(idcard_age(id));
create index temp.t2_eval on t2(policy_param('淄博', 'register_min_age', '2020-06-01'));
