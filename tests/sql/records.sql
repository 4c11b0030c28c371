-- tests/sql/records.sql: the national records through the sqlite3 shell: renshe_codes,
-- renshe_record_fields, renshe_code_name, record_check, record_problems and record_export.
-- Run by tests/run.sh with the extension loaded (by hand: sqlite3 -cmd '.load dist/renshe' < this).
-- Expected output: records.expected. Specs: 鲁人社字〔2020〕39号 附件5 四(一)-(三) and
-- 人社厅发〔2020〕79号 附件 二(一)-(二) (each field's item in fixtures/reference/*.csv).
-- Every rule has a failing and a passing record: a good record of its kind with one change.
-- Problems print as FIELD:rule (warnings FIELD:rule?); as_of is 2026-11-24 unless said.
-- ID numbers are GB 11643-1999 examples or built with its check rule: no real people.

create temp table base(kind text primary key, r text);
insert into base values
  ('application', json_object('ADC201', '6f1c2a9e-0000-4000-8000-000000000001', 'AAB301', '370102',
     'AAE127', '20261120', 'AAC003', '王芳', 'AAC004', '2', 'AAC005', '01', 'AAC011', '20',
     'AAC033', '1', 'AJC090', '20261031', 'AAC002', '11010519491231002X', 'AAC058', '01',
     'AAC044', '11010519491231002X', 'AAB299', '370102', 'AAC010', '文化东路1号', 'AAF016', '370102',
     'AAC046', '文化东路1号', 'AAC067', '13800138000', 'ADC221', '1', 'AJC093', '24', 'ADC222', '2')),
  ('audit', json_object('AAZ341', '370102202600000001', 'AAB301', '370102', 'AAE127', '20261120',
     'AAC003', '王芳', 'AAC004', '2', 'AAC005', '01', 'AAC011', '20', 'AAC033', '1',
     'AJC090', '202610', 'AAC058', '01', 'AAC044', '11010519491231002X', 'AAB299', '370102',
     'AAC010', '文化东路1号', 'AAF016', '370102', 'AAC046', '文化东路1号', 'AAC067', '13800138000',
     'ADC221', '1', 'AJC093', '24', 'ADC222', '2', 'AAE540', '1', 'AAE011', '李四',
     'AAE036', '20261121')),
  ('exit', json_object('AAB301', '370102', 'AAZ341', '370102202600000002', 'AAC003', '王芳',
     'AAC002', '11010519491231002X', 'AAC058', '01', 'AAC044', '11010519491231002X',
     'ADC210', '20261101', 'AJC00A', '11', 'AAE011', '李四', 'AAE036', '20261121'));
create temp view app as select r from base where kind = 'application';
create temp view aud as select r from base where kind = 'audit';
create temp view ext as select r from base where kind = 'exit';

-- 01: renshe_codes and renshe_code_name
select '01_01', group_concat(code || ' ' || name, ', ') from renshe_codes where field = 'AJC093';
select '01_02', group_concat(code || ' ' || name, ', ') from renshe_codes where field = 'AJC00A';
select '01_03', group_concat(code || ' ' || name, ', ') from renshe_codes where field = 'AAC004';
select '01_04', count(*), min(source) from renshe_codes where field = 'ALA040';
select '01_05', group_concat(code, ' ') from renshe_codes where field = 'ACA207';  -- shares AAC014's table
select '01_06', count(*) from renshe_codes where field in ('AAC024', 'AAC033', 'ACA111', 'AAC200');  -- not printed
select '01_07', code, name, source from renshe_codes where field = 'AAC005';       -- only 99 printed
select '01_08', renshe_code_name('AJC00A', '32');
select '01_09', renshe_code_name('AAC058', 1);         -- a number, padded to the table's width
select '01_10', renshe_code_name('aac004', '2');
select '01_11', renshe_code_name('AJC00A', '22') is null;  -- no 22 is printed
select '01_12', renshe_code_name('AAC024', '01') is null;  -- table not printed
select '01_13', renshe_code_name(NULL, '1') is null, renshe_code_name('AAC004', NULL) is null;
select '01_14', renshe_code_name('AAC003', '1');
select '01_15', renshe_code_name('XYZ', '1');
select '01_16', count(distinct field), count(*) from renshe_codes;

-- 02: renshe_record_fields
select '02_01', kind, count(*), sum(required) from renshe_record_fields group by kind order by kind;
select '02_02', kind, seq, field, field_name, english, type, length, required, checks, source
  from renshe_record_fields where field = 'AAC002' order by kind;
select '02_03', kind, length from renshe_record_fields where field = 'AAE005' order by kind;
select '02_04', code_status, group_concat(distinct code_table) from renshe_record_fields
  where code_status is not null group by code_status order by code_status;
select '02_05', quote(type), length, reading from renshe_record_fields where kind = 'audit' and field = 'AAC010';
select '02_06', rules from renshe_record_fields where kind = 'application' and field = 'AAE005';

-- 03: good records, and record_check
select '03_01', record_check('application', r, '2026-11-24'), (select count(*) from record_problems('application', r, '2026-11-24')) from app;
select '03_02', record_check('audit', r, '2026-11-24'), (select count(*) from record_problems('audit', r, '2026-11-24')) from aud;
select '03_03', record_check('exit', r, '2026-11-24'), (select count(*) from record_problems('exit', r, '2026-11-24')) from ext;
select '03_04', record_check('失业登记退出信息', r, '2026-11-24') from ext;  -- kind by Chinese name
select '03_05', record_check('exit', json_set(r, '$.AAC003', '王 芳'), '2026-11-24') from ext;
select '03_06', record_check('application', json_set(r, '$.AJC093', '90'), '2026-11-24') from app;  -- a warning only
select '03_07', record_check('exit', r, '2026-11-01') from ext;   -- AAE036 after as_of
select '03_08', record_check('exit', r) from ext;                 -- today: 2026-11-21 is past
select '03_09', record_check('exit', NULL) is null, record_check(NULL, '{}') is null, record_check('exit', '{}', NULL) is null;

-- 04: every rule, failing then passing
select '04_01', (select group_concat(field || ':' || rule || iif(severity = 'warning', '?', ''), ' ') from record_problems('exit', json_remove(r, '$.AAC003'), '2026-11-24')) from ext;
select '04_02', (select group_concat(field || ':' || rule, ' ') from record_problems('exit', json_set(r, '$.AAC003', ''), '2026-11-24')) from ext;
select '04_03', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_remove(r, '$.AAC002'), '2026-11-24')) from app;
select '04_04', (select group_concat(field || ':' || rule, ' ') from record_problems('exit', json_remove(r, '$.AAC002'), '2026-11-24')) from ext;
select '04_05', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AAC044', '12345678901234567890123'), '2026-11-24')) from app;
select '04_06', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AAC044', '1234567890123456789012'), '2026-11-24')) from app;
select '04_07', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AAC010', printf('%.*c', 151, 'x')), '2026-11-24')) from app;
select '04_08', (select group_concat(field || ':' || rule, ' ') from record_problems('audit', json_set(r, '$.AAC010', printf('%.*c', 101, 'x')), '2026-11-24')) from aud;
select '04_09', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AJC093', '25'), '2026-11-24')) from app;
select '04_10', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AJC093', '70'), '2026-11-24')) from app;
select '04_11', (select group_concat(field || ':' || rule, ' ') from record_problems('exit', json_set(r, '$.AJC00A', '22'), '2026-11-24')) from ext;
select '04_12', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AAC004', '0'), '2026-11-24')) from app;
select '04_13', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AAC004', '女性'), '2026-11-24')) from app;  -- a name becomes its code
select '04_14', (select group_concat(field || ':' || rule || iif(severity = 'warning', '?', ''), ' ') from record_problems('application', json_set(r, '$.AAB299', '37010', '$.AAF016', '379999'), '2026-11-24')) from app;
select '04_15', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AAC024', '13', '$.ACA111', '4020101'), '2026-11-24')) from app;  -- tables not printed
select '04_16', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AAE127', '20260230'), '2026-11-24')) from app;
select '04_17', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AAE127', '2026-11-20'), '2026-11-24')) from app;
select '04_18', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AAE127', '20261125'), '2026-11-24')) from app;
select '04_19', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AAE127', '20261124'), '2026-11-24')) from app;
select '04_20', (select group_concat(field || ':' || rule, ' ') from record_problems('audit', json_set(r, '$.AJC090', '202612'), '2026-11-24')) from aud;
select '04_21', (select group_concat(field || ':' || rule, ' ') from record_problems('audit', json_set(r, '$.AJC090', '2026-11-15'), '2026-11-24')) from aud;
select '04_22', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AJC090', '202610'), '2026-11-24')) from app;
select '04_23', (select group_concat(field || ':' || rule, ' ') from record_problems('exit', json_set(r, '$.ADC210', '20261125'), NULL)) from ext;  -- NULL as_of: no bound
select '04_24', (select group_concat(field || ':' || rule, ' ') from record_problems('exit', json_set(r, '$.AAC003', '王　芳', '$.AAE011', '李 四'), '2026-11-24')) from ext;
select '04_25', (select group_concat(field || ':' || rule, ' ') from record_problems('exit', json_set(r, '$.AAC003', '买买提·艾力'), '2026-11-24')) from ext;
select '04_26', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AAC067', '1380013800'), '2026-11-24')) from app;
select '04_27', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AAC067', 13800138000), '2026-11-24')) from app;
select '04_28', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AAE005', '88888888'), '2026-11-24')) from app;
select '04_29', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AAE005', '0531-86150090-12'), '2026-11-24')) from app;
select '04_30', (select group_concat(field || ':' || rule, ' ') from record_problems('audit', json_set(r, '$.AAE005', '010-88888888,86150090'), '2026-11-24')) from aud;
select '04_31', (select group_concat(field || ':' || rule, ' ') from record_problems('audit', json_set(r, '$.AAE005', '010-88888888,0531-86150090'), '2026-11-24')) from aud;
select '04_32', (select group_concat(field || ':' || rule, ' ') from record_problems('exit', json_set(r, '$.AAC002', '110105194912310021'), '2026-11-24')) from ext;
select '04_33', (select group_concat(field || ':' || rule, ' ') from record_problems('exit', json_set(r, '$.AAC002', 'H12345678'), '2026-11-24')) from ext;  -- 首位是字母: not a citizen number
select '04_34', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AAC004', '1'), '2026-11-24')) from app;
select '04_35', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AAC004', '1', '$.AAC002', '370102199003071238'), '2026-11-24')) from app;
select '04_36', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AAC004', '9'), '2026-11-24')) from app;
select '04_37', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AAC033', '残疾'), '2026-11-24')) from app;
select '04_38', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AAC033', '残疾', '$.ALA040', '05'), '2026-11-24')) from app;
select '04_39', (select group_concat(field || ':' || rule || iif(severity = 'warning', '?', ''), ' ') from record_problems('application', json_set(r, '$.AJC093', '90'), '2026-11-24')) from app;
select '04_40', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.AJC093', '90', '$.ADC220', '照顾家人'), '2026-11-24')) from app;
select '04_41', (select group_concat(field || ':' || rule, ' ') from record_problems('audit', json_set(r, '$.AAE540', '2'), '2026-11-24')) from aud;
select '04_42', (select group_concat(field || ':' || rule, ' ') from record_problems('audit', json_set(r, '$.AAE540', '2', '$.AAE360', '材料不全'), '2026-11-24')) from aud;
select '04_43', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.ACA112', '会计|出纳|文员|司机'), '2026-11-24')) from app;
select '04_44', (select group_concat(field || ':' || rule, ' ') from record_problems('application', json_set(r, '$.ACA112', '会计|出纳|文员'), '2026-11-24')) from app;
select '04_45', (select group_concat(ifnull(field, '-') || ':' || rule, ' ') from record_problems('exit', json_set(r, '$.AAE540', '1', '$.foo', 2), '2026-11-24')) from ext;
select '04_46', (select group_concat(field || ':' || rule, ' ') from record_problems('exit', json_set(r, '$."姓名"', '王芳'), '2026-11-24')) from ext;
select '04_47', (select group_concat(field || ':' || rule, ' ') from record_problems('exit', json_set(r, '$.AAC003', json('["王芳"]'), '$.AAE013', json('true')), '2026-11-24')) from ext;
select '04_48', (select group_concat(field || ':' || rule, ' ') from record_problems('exit', json_set(r, '$.AAE013', json('null')), '2026-11-24')) from ext;  -- null is absent

-- 05: messages, severities and references
select '05_01', field, field_name, rule, severity, message, ref from record_problems('exit', json_set((select r from ext), '$.AAC002', '110105194912310021'), '2026-11-24');
select '05_02', field, rule, severity, message, ref from record_problems('application', json_set((select r from app), '$.AJC093', '90'), '2026-11-24');
select '05_03', field, rule, message from record_problems('exit', json_set((select r from ext), '$.ADC210', '20261125'), '2026-11-24');
select '05_04', field, rule, message from record_problems('exit', json_set((select r from ext), '$.AAC002', '370102199003071238', '$.AAC003', '王 芳'), '2026-11-24');
select '05_05', quote(field), rule, message, ref from record_problems('exit', json_set((select r from ext), '$.bogus_key', 1), '2026-11-24');
select '05_06', field, rule, message from record_problems('application', json_set((select r from app), '$.AAC067', '138-0013800'), '2026-11-24');
select '05_07', field, rule, message from record_problems('application', json_set((select r from app), '$.AAE005', '88888888'), '2026-11-24');
select '05_08', field, rule, message from record_problems('audit', json_set((select r from aud), '$.AAE540', '2'), '2026-11-24');
select '05_09', field, rule, message from record_problems('application', json_set((select r from app), '$.AAC033', '残疾', '$.AAB299', '379999'), '2026-11-24');
select '05_10', count(*) from record_problems('exit', NULL, '2026-11-24');
select '05_11', count(*) from record_problems(NULL, '{}', '2026-11-24');
select '05_12', group_concat(rule, ' ') from record_problems('exit', json_object('name', '王芳', 'social_security_no', '11010519491231002X'), '2026-11-24');  -- English keys

-- 06: record_export
select '06_01', record_export('exit', r, '2026-11-24') from ext;
select '06_02', record_export('exit', json_object('姓名', '王芳', '社会保障号码', '11010519491231002x', '证件类型', 1,
  '证件号码', '11010519491231002X', '注销失业登记时间', '2026-11-01', '注销失业登记原因', 11, '经办人', '李四',
  '经办日期', 20261121, 'exit_region', 370102, 'serial_no', '370102202600000002', '备注', ''), '2026-11-24');
select '06_03', record_export('audit', json_set(r, '$.AJC090', '2026-10-15', '$.AAC004', '女性'), '2026-11-24') from aud;
select '06_04', record_export('exit', json_set(r, '$.AJC00A', '22'), '2026-11-24') is null from ext;
select '06_05', record_export('application', json_set(r, '$.AJC093', '90'), '2026-11-24') is not null from app;  -- warnings export
select '06_06', record_export('exit', NULL, '2026-11-24') is null;
select '06_07', json_valid(record_export('application', r, '2026-11-24')), json_extract(record_export('application', r, '2026-11-24'), '$.AAC002') from app;
-- A roster exported as upload lines, bad rows left out (and listed by record_problems).
create temp table exits(serial, name, id, reason, exit_date);
insert into exits values (1, '王芳', '11010519491231002X', 11, '2026-11-01'), (2, '张 三', '370102199003071238', 32, '2026-11-02'),
  (3, '李明', '370102199003071238', 22, '2026-11-03');
select '06_08', serial, record_export('exit', json_object('AAB301', '370102', 'AAZ341', printf('3701022026%08d', serial),
  '姓名', name, '社会保障号码', id, '证件类型', '01', '证件号码', id, '注销失业登记时间', exit_date,
  '注销失业登记原因', reason, '经办人', '李四', '经办日期', '2026-11-21'), '2026-11-24') from exits order by serial;

-- 07: misuse is an error naming the function and the argument
select '07_01', record_check('exits', '{}', '2026-11-24');
select '07_02', record_check('exit', '{"AAC003": "王芳",}', '2026-11-24');
select '07_03', record_check('exit', '[1, 2]', '2026-11-24');
select '07_04', record_check('exit', '{"AAC003": "a", "AAC003": "b"}', '2026-11-24');
select '07_05', record_check('exit', '{}', '2026-13-01');
select '07_06', record_export('exit', x'7b7d', '2026-11-24');
select '07_07', count(*) from record_problems('exit', '{', '2026-11-24');
select '07_08', count(*) from record_problems('exits', '{}', '2026-11-24');
select '07_09', count(*) from record_problems('exit');
select '07_10', count(*) from record_problems('exit', '{}', 'yesterday');
select '07_11', record_check(x'00', '{}');
