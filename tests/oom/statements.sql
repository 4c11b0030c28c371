-- tests/oom/statements.sql: the statements tests/oom/oom_test.c sweeps for out-of-memory
-- failures, one case per SQL function or table of renshe (issue 9). Format: oom_test.c's header.
-- Each run's answer is computed once without failures (the reference); under failures a run
-- must fail cleanly or give that same answer. ID numbers are GB 11643-1999 examples or built
-- with its check rule: no real people.

-- case: check_idcard
-- run:
SELECT check_idcard('11010519491231002X'), check_idcard('110105194912310021'),
       check_idcard('370102199003071238', '2026-11-24', 1), check_idcard('130503670401001');
SELECT check_idcard('370102199003071238', '2026-13-01');

-- case: check_idcard table
-- run:
SELECT * FROM check_idcard('11010519491231002X', '2026-11-24');
SELECT valid, error, message, warning FROM check_idcard('371202199003071234', '2026-11-24');
SELECT * FROM check_idcard('810000199408230021', '2026-11-24');
SELECT * FROM check_idcard('9' || '37' || '156' || '19900307' || '123' || 'X', '2026-11-24');

-- case: idcard functions
-- run:
SELECT idcard_upgrade('130503670401001'), idcard_normalize(' １１０１０５１９４９１２３１００２ｘ '),
       idcard_mask('11010519491231002X'), idcard_mask('11010519491231002X', 3, 2),
       idcard_birth('11010519491231002X'), idcard_sex('11010519491231002X'),
       idcard_age('11010519491231002X', '2026-11-24'), idcard_checkdigit('11010519491231002'),
       idcard_age('11010519491231002X') > 70, renshe_version() IS NOT NULL;

-- case: cert_serial
-- run:
SELECT cert_serial('临沂', 3, 12, 2026, 1, 'A'), cert_serial_check('37120300122600001A'),
       cert_serial_check('37120300122600001A', '2026-01-01'), cert_serial_normalize(' ３７１２０３００１２２６００００１ａ'),
       cert_serial_city('临沂市');
SELECT cert_serial('371300', 3, 12, 2026, 1, 'A');

-- case: cert_serial table
-- run:
SELECT * FROM cert_serial('37120300122600001A', '2026-11-24');
SELECT * FROM cert_serial('37170000122600001A');

-- case: cert_serial batch issue
-- stride: 3
-- setup:
-- read: sql/cert_serial.sql
INSERT INTO cert_provider(city, county, code, name) VALUES ('3712', '03', '0012', '甲职业培训学校');
INSERT INTO cert_batch(city, county, provider, category, note) VALUES ('3712', '03', '0012', 'A', 'b1');
INSERT INTO cert_trainee(batch_id, line, idcard, name)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12)
  SELECT 1, i, '37010219900101' || printf('%03d', i) || idcard_checkdigit('37010219900101' || printf('%03d', i)),
         '学员' || i FROM n;
-- run:
INSERT INTO cert_issue(batch_id, issued_on) VALUES (1, '2026-11-24');
-- check:
SELECT count(*), min(serial), max(serial) FROM cert_issued;
SELECT issued_on, first_seq, last_seq FROM cert_batch;

-- case: calendar
-- run:
SELECT workday_add('2024-02-09', 1), workdays_between('2024-02-08', '2024-02-19'),
       is_workday('2024-02-18'), workday_kind('2024-02-10'), workday_holiday('2024-02-10'),
       workday_notice('2024-02-10'), stat_period('2020-12-21'), stat_period_start('2020-10'),
       stat_period_end(202010);
SELECT workday_add('2030-01-02', 1);

-- case: retirement
-- run:
SELECT retirement_date('1965-01-31', 1), retirement_date('1975-03-15', 2, 50),
       retirement_date('1975-03-15', '女', 55, '2024-06-01'), retirement_age_months('1965-01-31', 1),
       retirement_age('1975-03-15', 2, 50), in_working_age('1990-03-07', 1, NULL, '2026-11-24');
SELECT retirement_date('1975-03-15', 3);

-- case: records
-- setup:
CREATE TABLE base(kind TEXT PRIMARY KEY, r TEXT);
INSERT INTO base VALUES
  ('exit', json_object('AAB301', '370102', 'AAZ341', '370102202600000002', 'AAC003', '王芳',
     'AAC002', '11010519491231002X', 'AAC058', '01', 'AAC044', '11010519491231002X',
     'ADC210', '20261101', 'AJC00A', '11', 'AAE011', '李四', 'AAE036', '20261121'));
-- run:
SELECT record_check('exit', r, '2026-11-24'), record_export('exit', r, '2026-11-24') FROM base;
SELECT record_check('exit', r), record_export('exit', r) IS NOT NULL FROM base;
SELECT field, rule, severity, message FROM base,
  record_problems('exit', json_set(json_remove(r, '$.AAC003'), '$.AAC002', '110105194912310021', '$.x', 1), '2026-11-24');
SELECT record_export('退出', '{"AAC002":"1"}', '2026-11-24'), record_check('exit', '{"AAC002":"1"}', '2026-11-24');
SELECT record_check('exit', '[1]', '2026-11-24');

-- case: renshe_codes
-- run:
SELECT renshe_code_name('AJC00A', '32'), renshe_code_name('AAC058', 1);
SELECT count(*), group_concat(code, ' ') FROM renshe_codes WHERE field = 'AJC093';
SELECT count(*), sum(required) FROM renshe_record_fields;

-- case: base64
-- run:
SELECT base64_encode(x'4d616e'), base64_encode(zeroblob(100), 76),
       hex(base64_decode('TWE=')), base64_valid('TW-u'), base64_encode('张三');
SELECT base64_decode('TW-u');

-- case: json
-- run:
SELECT renshe_json_valid('{"a":[1,2]}'), renshe_json_valid('{a'), renshe_json(' [1, {"b":null}] '),
       renshe_json_object('id', '370102199003071238', 'n', 2, 'r', 1.5, 'x', NULL,
                          'o', renshe_json_object('a', renshe_json('[1]'))),
       renshe_json_patch('{"a":{"b":"c"},"d":1}', '{"a":{"b":"d","c":null},"e":[1]}');
SELECT renshe_json('{"a":');

-- case: csv_file create
-- run:
CREATE VIRTUAL TABLE temp.f USING csv_file(filename='tests/data/csv/ragged.csv');
-- check:
SELECT name FROM temp.sqlite_schema;

-- case: csv_file import
-- setup:
CREATE TABLE roster(a, b, c);
CREATE VIRTUAL TABLE temp.f USING csv_file(filename='tests/data/csv/ragged.csv');
-- run:
INSERT INTO roster SELECT * FROM temp.f WHERE _error IS NULL;
-- check:
SELECT count(*), group_concat(a || b, ',') FROM roster;

-- case: csv_file scan
-- setup:
CREATE VIRTUAL TABLE temp.f USING csv_file(filename='tests/data/csv/ragged.csv');
CREATE VIRTUAL TABLE temp.g USING csv_file(filename='tests/data/csv/roster_gb18030.csv', encoding=gb18030);
CREATE VIRTUAL TABLE temp.d USING csv_file(data='a,b
1,"x
y"
2', header=yes);
CREATE VIRTUAL TABLE temp.m USING csv_file(filename='tests/data/csv/malformed.csv');
-- run:
SELECT _line, _lines, _error, _raw FROM temp.f;
SELECT count(*), sum(_error IS NULL), min(_line) - 1 + sum(_lines) FROM temp.g;
SELECT *, _error FROM temp.d;
SELECT _line, _error FROM temp.m;

-- case: policy cold (the Lua state built under failures)
-- stride: 5
-- run:
SELECT policy_param('淄博', 'register_min_age', '2020-06-01');

-- case: policy_eval
-- setup:
SELECT policy_param('淄博', 'register_min_age', '2020-06-01');
-- run:
SELECT policy_eval('370300', 'registration.age_ok', '2020-06-01', '{"birth":"2004-05-31"}');
SELECT policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"2004-06-02"}');
SELECT policy_param('淄博', 'registration_deadline_working_days', '2020-07-20');
SELECT policy_eval('淄博', 'registration.age_ok', '2020-06-01');
SELECT policy_eval('淄博', 'registration.age_ok', '2020-06-01', '[1]');

-- case: policy_explain
-- setup:
SELECT policy_param('淄博', 'register_min_age', '2020-06-01');
-- run:
SELECT * FROM policy_explain('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"2004-05-31"}');

-- case: subsidy_amount
-- stride: 7
-- setup:
SELECT policy_param('济南', 'register_min_age', '2020-06-01');
-- run:
SELECT subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-01","employees":10}');
SELECT subsidy_amount('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-01","employees":10}');
SELECT subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-01","employees":"10"}');
SELECT * FROM subsidy_amount('济南', 'one_time_hiring_subsidy', '2020-03-01', '{"on_key_list":true,"start_date":"2020-02-01","employees":10}');

-- case: subsidy_kinds
-- stride: 25
-- setup:
SELECT policy_param('济南', 'register_min_age', '2020-06-01');
-- run:
SELECT * FROM subsidy_kinds;
SELECT count(*) FROM subsidy_kinds('济南');

-- case: policy_parameters
-- stride: 25
-- setup:
SELECT policy_param('威海', 'register_min_age', '2020-06-01');
-- run:
SELECT count(*), sum(status = 'in force') FROM policy_parameters('威海', '2020-06-01');
SELECT name, value, status FROM policy_parameters('威海', '2020-06-01') WHERE name = 'register_min_age';

-- case: policy_rules
-- stride: 25
-- setup:
SELECT policy_param('威海', 'register_min_age', '2020-06-01');
-- run:
SELECT count(*) FROM policy_rules('威海', '2020-06-01');
SELECT count(*) FROM policy_rules('威海');

-- case: policy_scripts
-- setup:
SELECT policy_param('威海', 'register_min_age', '2020-06-01');
-- run:
SELECT count(*), sum(origin = 'built-in') FROM policy_scripts;

-- case: policy_install
-- stride: 61
-- setup:
SELECT policy_install('威海', 'city { code = "371000", name = "威海", extends = "shandong" }');
SELECT policy_param('淄博', 'register_min_age', '2020-06-01');
-- run:
SELECT policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
parameter "register_min_age" { { from = "2021-01-01", value = 18, ref = "test" } }', '张三');
-- check:
SELECT name, installed_by FROM renshe_policy;
SELECT id, name, action FROM renshe_policy_history;
SELECT policy_param('淄博', 'register_min_age', '2021-06-01');

-- case: policy_install refused
-- stride: 61
-- setup:
SELECT policy_param('淄博', 'register_min_age', '2020-06-01');
-- run:
SELECT policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
parameter "register_min_age" { { from = "2021-01-01", value = 18, ref = "test" }');
-- check:
SELECT count(*) FROM sqlite_schema WHERE name LIKE 'renshe_policy%';
SELECT policy_param('淄博', 'register_min_age', '2021-06-01');

-- case: policy_rollback
-- stride: 61
-- setup:
SELECT policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
parameter "register_min_age" { { from = "2021-01-01", value = 18, ref = "test" } }', '张三');
SELECT policy_param('淄博', 'register_min_age', '2021-06-01');
-- run:
SELECT policy_rollback('淄博');
-- check:
SELECT name FROM renshe_policy;
SELECT id, name, action FROM renshe_policy_history;
SELECT policy_param('淄博', 'register_min_age', '2021-06-01');

-- case: policy runaway script
-- stride: 25
-- setup:
SELECT policy_install('威海', 'city { code = "371000", name = "威海", extends = "shandong" }
rule "t.loop" { from = "2000-01-01", ref = "test", function() while true do end end }');
SELECT policy_param('威海', 'register_min_age', '2021-06-01');
-- run:
SELECT policy_eval('威海', 't.loop', '2021-06-01');

-- case: unemployment_status
-- setup:
SELECT policy_param('济南', 'register_min_age', '2020-06-01');
-- run:
SELECT unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"},
  "events":[{"date":"2020-10-15","type":"employed"}]}', '2020-11-01');
SELECT kind, date, status, code, rule FROM unemployment_status('济南', '{"id":"370102199003071238",
  "registration":{"date":"2019-01-15","place":"户籍地"},
  "events":[{"date":"2020-01-15","type":"contact_failed"},{"date":"2020-01-16","type":"contact_failed"}]}', '2020-01-16');
SELECT unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},
  "events":[{"date":"2020-10-15","type":"hired"}]}', '2020-11-01');
SELECT unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"},
  "events":[{"date":"2020-10-15","type":"death"}]}');

-- case: statistics
-- setup:
-- read: sql/schema.sql
SELECT policy_param('济南', 'attrition_lag_periods', '2021-03-20'), policy_eval('山东', 'stats.year_pick', '2021-01-01');
INSERT INTO employment_record(id, person_id, name, phone, form, date, end_date, unit_name, credit_code, place, urban_rural, office) VALUES
  (1, '370102199003071238', '张三', '13800000000', 'unit', '2020-03-02', '2020-12-31', '甲公司', '91370100MA3C4G0001', '370102', '111', '370102'),
  (2, '370102199003071238', '张三', '13800000000', 'unit', '2021-03-01', NULL, '乙公司', '91370100MA3C4G0002', '370102', '111', '370102'),
  (3, '11010519491231002X', '李梅', '1380000', 'flexible', '2021-03-10', NULL, '外卖配送', NULL, '370103', '111', '370103');
INSERT INTO insurance_spell(person_id, scheme, credit_code, unit_name, insured_from) VALUES
  ('370102199003071238', 'enterprise', '91370100MA3C4G0002', '乙公司', '2021-03-01');
INSERT INTO pension(person_id, scheme, from_date, place) VALUES ('370102196001010112', 'employee', '2021-03-02', '370102');
INSERT INTO work_injury_death(person_id, recognized_on, deemed, place) VALUES ('370102197001010117', '2021-03-10', 0, '370103');
INSERT INTO registration(AAZ341, AAB301, AAC003, AAC004, AAC002, AAC058, AAC044, ADC221, AJC093, AAE540, AAE036)
  VALUES ('R1', '370102', '张三', '1', '370102199003071238', '01', '370102199003071238', '1', '21', '1', '20210111');
INSERT INTO registration_event(AAZ341, date, type) VALUES ('R1', '2021-03-01', 'employed');
INSERT INTO registration_place(AAZ341, urban_rural) VALUES ('R1', '111');
-- run:
SELECT record, type, decision, rule, detail FROM new_urban_employment('济南', '2021-03');
SELECT new_urban_employment_count('370102', '2021-03');
SELECT person, kind, data_period, rule FROM natural_attrition('济南', '2021-03');
SELECT registration, status, decision, rule, detail FROM registered_urban_unemployment('济南', '2021-03');
SELECT registered_urban_unemployment_count('济南', '2021-02');
-- stride: 61

-- case: policy bounds (issue 19: results built by the host, xpcall, stored sources read again)
-- stride: 13
-- setup:
SELECT policy_install('济南', 'city { code = "370100", name = "济南", extends = "shandong" }
rule "t.table" { from = "2000-01-01", ref = "x", function() return { a = { 1, 2, "三" }, b = true } end }
rule "t.dag" { from = "2000-01-01", ref = "x", function() local r = { "x" } for i = 1, 40 do r = { r, r } end return r end }
rule "t.handler" { from = "2000-01-01", ref = "x", function() return select(2, xpcall(error, function(e) return "h:" .. e end, "m", 0)) end }');
INSERT INTO renshe_policy_history(name, action, source, installed_at) VALUES ('jinan', 'install', 'x', '2026-11-30');
SELECT renshe_limits('result', 1024);
-- run:
SELECT policy_eval('济南', 't.table', '2024-01-01');
SELECT policy_eval('济南', 't.dag', '2024-01-01');
SELECT policy_eval('济南', 't.handler', '2024-01-01');

-- case: renshe_limits
-- run:
SELECT renshe_limits(), renshe_limits('result', 4194304), renshe_limits('result');
SELECT renshe_limits('nope');
