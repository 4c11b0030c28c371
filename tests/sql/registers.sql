-- tests/sql/registers.sql: the registers renshe ships keep what they had. Every INSERT OR
-- REPLACE, REPLACE, UPSERT, UPDATE OR REPLACE and DELETE that could remove or overwrite a kept
-- row is refused with an error naming the rule, and the row is still there afterwards.
-- Run by tests/run.sh with the extension loaded (by hand, from the repository root:
-- sqlite3 -cmd '.load dist/renshe' :memory: < this). Expected output: registers.expected.
-- Why every path is tried: REPLACE (and INSERT OR REPLACE, and UPDATE OR REPLACE on a key) deletes
-- the conflicting row without firing DELETE triggers unless PRAGMA recursive_triggers is on, so a
-- DELETE trigger alone does not protect a row. The cases run with recursive_triggers off and on.
.read sql/schema.sql
.read sql/cert_serial.sql

-- 01: cert_provider: a retired code is never assigned again (鲁人社函〔2020〕48号 附件2 二(三)2)
INSERT INTO cert_provider(city, county, code, name) VALUES ('3701', '02', '0007', '甲培训学校');
INSERT INTO cert_batch(city, county, provider, category) VALUES ('3701', '02', '0007', 'A');
INSERT INTO cert_trainee(batch_id, line, idcard, name) VALUES (1, 1, '11010519491231002X', '张三');
INSERT INTO cert_issue(batch_id, issued_on) VALUES (1, '2021-05-10');
UPDATE cert_provider SET retired_on = '2022-03-01' WHERE city = '3701' AND county = '02' AND code = '0007';
INSERT OR REPLACE INTO cert_provider(city, county, code, name) VALUES ('3701', '02', '0007', '丙培训学校');
REPLACE INTO cert_provider(city, county, code, name) VALUES ('3701', '02', '0007', '丙培训学校');
INSERT INTO cert_provider(city, county, code, name) VALUES ('3701', '02', '0007', '丙培训学校')
  ON CONFLICT DO UPDATE SET name = excluded.name, retired_on = NULL;
INSERT INTO cert_provider(city, county, code, name) VALUES ('3701', '02', '0007', '丙培训学校');
INSERT OR IGNORE INTO cert_provider(city, county, code, name) VALUES ('3701', '02', '0007', '丙培训学校');
UPDATE cert_provider SET name = '丙培训学校' WHERE code = '0007';
UPDATE OR REPLACE cert_provider SET retired_on = NULL WHERE code = '0007';
DELETE FROM cert_provider WHERE code = '0007';
PRAGMA recursive_triggers = ON;
INSERT OR REPLACE INTO cert_provider(city, county, code, name) VALUES ('3701', '02', '0007', '丙培训学校');
DELETE FROM cert_provider WHERE code = '0007';
PRAGMA recursive_triggers = OFF;
SELECT '01_01', city, county, code, name, retired_on FROM cert_provider;
SELECT '01_02', serial, provider_name, provider_retired_on, issued_before_retirement FROM cert_register;
-- a 2023 batch of the retired code gets no serial
INSERT INTO cert_batch(city, county, provider, category) VALUES ('3701', '02', '0007', 'A');
INSERT INTO cert_trainee(batch_id, line, idcard, name) VALUES (2, 1, '110105198001010016', '李四');
INSERT INTO cert_issue(batch_id, issued_on) VALUES (2, '2023-04-01');
SELECT '01_03', count(*) FROM cert_issued;

-- 02: a live code: renamed by UPDATE, never replaced; another code of the office is a new row
INSERT INTO cert_provider(city, county, code, name) VALUES ('3701', '02', '0008', '乙培训学校');
INSERT OR REPLACE INTO cert_provider(city, county, code, name) VALUES ('3701', '02', '0008', '丁培训学校');
INSERT INTO cert_provider(city, county, code, name) VALUES ('3701', '02', '0008', '丁培训学校')
  ON CONFLICT DO UPDATE SET name = excluded.name;
UPDATE OR REPLACE cert_provider SET code = '0007' WHERE code = '0008';
UPDATE cert_provider SET name = '乙职业培训学校' WHERE code = '0008';
SELECT '02_01', code, name, retired_on FROM cert_provider ORDER BY code;

-- 03: cert_issued: an issued serial is never replaced, changed or deleted
INSERT INTO cert_batch(city, county, provider, category) VALUES ('3701', '02', '0008', 'B');
INSERT INTO cert_trainee(batch_id, line, idcard, name)
  VALUES (3, 1, '370102199002020025', '王五'), (3, 2, '370102198505050037', '赵六');
INSERT INTO cert_issue(batch_id, issued_on) VALUES (3, '2023-04-02');
SELECT '03_01', serial, batch_id, line, idcard, name FROM cert_issued ORDER BY serial;
-- the same (batch, line) with the next serial: REPLACE would delete 37010200082300001B
INSERT OR REPLACE INTO cert_issued VALUES ('37010200082300003B', '3701', '02', '0008', 2023, 3, 'B', 3, 1, '370102199002020025', '王五', '2023-04-02');
REPLACE INTO cert_issued VALUES ('37010200082300003B', '3701', '02', '0008', 2023, 3, 'B', 3, 1, '370102199002020025', '王五', '2023-04-02');
-- the same serial
INSERT OR REPLACE INTO cert_issued VALUES ('37010200082300002B', '3701', '02', '0008', 2023, 2, 'B', 3, 2, '370102198505050037', '某某', '2023-04-02');
INSERT INTO cert_issued VALUES ('37010200082300002B', '3701', '02', '0008', 2023, 2, 'B', 3, 2, '370102198505050037', '某某', '2023-04-02')
  ON CONFLICT DO UPDATE SET name = excluded.name;
INSERT OR IGNORE INTO cert_issued VALUES ('37010200082300002B', '3701', '02', '0008', 2023, 2, 'B', 3, 2, '370102198505050037', '某某', '2023-04-02');
UPDATE OR REPLACE cert_issued SET name = '某某' WHERE serial = '37010200082300002B';
DELETE FROM cert_issued WHERE serial = '37010200082300002B';
PRAGMA recursive_triggers = ON;
REPLACE INTO cert_issued VALUES ('37010200082300003B', '3701', '02', '0008', 2023, 3, 'B', 3, 1, '370102199002020025', '王五', '2023-04-02');
PRAGMA recursive_triggers = OFF;
-- the batch issued again, with every conflict clause
INSERT OR REPLACE INTO cert_issue(batch_id, issued_on) VALUES (3, '2023-04-03');
INSERT OR IGNORE INTO cert_issue(batch_id, issued_on) VALUES (3, '2023-04-03');
SELECT '03_02', serial, batch_id, line, idcard, name, issued_on FROM cert_issued ORDER BY serial;
SELECT '03_03', batch_id, issued_on, first_seq, last_seq FROM cert_batch ORDER BY batch_id;

-- 04: cert_issued: a row names a trainee of an open batch (a direct insert included)
INSERT INTO cert_issued VALUES ('37010200082300003B', '3701', '02', '0008', 2023, 3, 'B', 99, 1, '370102199002020025', '王五', '2023-04-02');
INSERT INTO cert_batch(city, county, provider, category) VALUES ('3701', '02', '0008', 'B');
INSERT INTO cert_trainee(batch_id, line, idcard, name) VALUES (4, 1, '110105198001010016', '李四');
INSERT INTO cert_issued VALUES ('37010200082300003B', '3701', '02', '0008', 2023, 3, 'B', 4, 2, '110105198001010016', '李四', '2023-04-02');
INSERT INTO cert_issued VALUES ('37010200082300003A', '3701', '02', '0008', 2023, 3, 'A', 4, 1, '110105198001010016', '李四', '2023-04-02');
INSERT INTO cert_issued VALUES ('37010200082300003B', '3701', '02', '0008', 2023, 3, 'B', 4, 1, '110105198001010016', '李五', '2023-04-02');
INSERT INTO cert_issued VALUES ('37010200082300003B', '3701', '02', '0008', 2023, 3, 'B', 3, 3, '110105198001010016', '李四', '2023-04-02');
SELECT '04_01', count(*) FROM cert_issued;
INSERT INTO cert_issue(batch_id, issued_on) VALUES (4, '2023-04-05');
SELECT '04_02', serial, batch_id, line FROM cert_issued WHERE batch_id = 4;

-- 05: batches and trainees: an issued batch is never replaced, renumbered or joined
INSERT OR REPLACE INTO cert_batch(batch_id, city, county, provider, category) VALUES (3, '3701', '02', '0008', 'A');
INSERT INTO cert_batch(batch_id, city, county, provider, category) VALUES (3, '3701', '02', '0008', 'A')
  ON CONFLICT DO UPDATE SET category = excluded.category;
INSERT INTO cert_batch(city, county, provider, category) VALUES ('3701', '02', '0008', 'C');
UPDATE OR REPLACE cert_batch SET batch_id = 3 WHERE batch_id = 5;
INSERT INTO cert_trainee(batch_id, line, idcard, name) VALUES (5, 1, '370102199002020025', '王五');
UPDATE OR REPLACE cert_trainee SET batch_id = 3 WHERE batch_id = 5;
INSERT OR REPLACE INTO cert_trainee(batch_id, line, idcard, name) VALUES (3, 1, '110105198001010016', '李四');
SELECT '05_01', batch_id, category, issued_on FROM cert_batch ORDER BY batch_id;
SELECT '05_02', batch_id, line, idcard, name FROM cert_trainee ORDER BY batch_id, line;
-- an open batch's list may still change
INSERT OR REPLACE INTO cert_trainee(batch_id, line, idcard, name) VALUES (5, 1, '370102198505050037', '赵六');
SELECT '05_03', batch_id, line, idcard, name FROM cert_trainee WHERE batch_id = 5;

-- 06: cert_seq_before: set once
INSERT INTO cert_seq_before(city, county, year, last_seq) VALUES ('3701', '03', 2024, 120);
INSERT OR REPLACE INTO cert_seq_before(city, county, year, last_seq) VALUES ('3701', '03', 2024, 5);
INSERT INTO cert_seq_before(city, county, year, last_seq) VALUES ('3701', '03', 2024, 5)
  ON CONFLICT DO UPDATE SET last_seq = excluded.last_seq;
SELECT '06_01', city, county, year, last_seq FROM cert_seq_before;

-- 07: the import log: append-only (loaded and rejected are set once, by the import)
INSERT INTO import_file(path, kind, as_of, rows_in) VALUES ('roster.csv', 'registration', '2026-11-24', 2);
UPDATE import_file SET loaded = 1, rejected = 1 WHERE id = 1;
INSERT INTO import_reject(file_id, line, field, rule, message) VALUES (1, 3, 'AAC002', 'idcard', 'AAC002 社会保障号码: bad');
INSERT OR REPLACE INTO import_file(id, path, kind, as_of, rows_in) VALUES (1, 'other.csv', 'event', '2026-11-25', 0);
INSERT INTO import_file(id, path, kind, as_of, rows_in) VALUES (1, 'other.csv', 'event', '2026-11-25', 0)
  ON CONFLICT DO UPDATE SET path = excluded.path;
UPDATE import_file SET loaded = 2, rejected = 0 WHERE id = 1;
UPDATE OR REPLACE import_file SET id = 2 WHERE id = 1;
DELETE FROM import_file;
UPDATE import_reject SET message = 'x';
DELETE FROM import_reject;
SELECT '07_01', id, path, kind, as_of, rows_in, loaded, rejected FROM import_file;
SELECT '07_02', file_id, line, field, rule, message FROM import_reject;

-- 08: registration: never deleted, never replaced, its key never changed
INSERT INTO registration(AAZ341, AAB301, AAC003, AAC004, AAC002, AAC058, AAC044, ADC221, AJC093, AAE540, AAE036, file_id, line)
  VALUES ('R1', '370102', '张三', '2', '11010519491231002X', '01', '11010519491231002X', '1', '20', '1', '20260301', 1, 2),
         ('R2', '370102', '李四', '1', '110105198001010016', '01', '110105198001010016', '1', '20', '1', '20260302', 1, 3);
INSERT OR REPLACE INTO registration(AAZ341, AAB301, AAC003, AAC004, AAC058, AAC044, ADC221, AJC093, AAE540, AAE036)
  VALUES ('R1', '370102', '王五', '1', '01', '370102199002020025', '1', '20', '1', '20260401');
REPLACE INTO registration(AAZ341, AAB301, AAC003, AAC004, AAC058, AAC044, ADC221, AJC093, AAE540, AAE036)
  VALUES ('R1', '370102', '王五', '1', '01', '370102199002020025', '1', '20', '1', '20260401');
INSERT INTO registration(AAZ341, AAB301, AAC003, AAC004, AAC058, AAC044, ADC221, AJC093, AAE540, AAE036)
  VALUES ('R1', '370102', '王五', '1', '01', '370102199002020025', '1', '20', '1', '20260401')
  ON CONFLICT DO UPDATE SET AAC003 = excluded.AAC003;
UPDATE OR REPLACE registration SET AAZ341 = 'R1' WHERE AAZ341 = 'R2';
DELETE FROM registration WHERE AAZ341 = 'R1';
PRAGMA recursive_triggers = ON;
REPLACE INTO registration(AAZ341, AAB301, AAC003, AAC004, AAC058, AAC044, ADC221, AJC093, AAE540, AAE036)
  VALUES ('R1', '370102', '王五', '1', '01', '370102199002020025', '1', '20', '1', '20260401');
PRAGMA recursive_triggers = OFF;
UPDATE registration SET AAC067 = '13800000000' WHERE AAZ341 = 'R2';  -- a correction by UPDATE
SELECT '08_01', AAZ341, AAC003, AAC002, AAE036, AAC067 FROM registration ORDER BY AAZ341;

-- 09: registration_event: append-only
INSERT INTO registration_event(AAZ341, date, type) VALUES ('R1', '2026-06-01', 'employed');
UPDATE registration_event SET type = 'followup';
UPDATE OR REPLACE registration_event SET date = '2026-07-01';
DELETE FROM registration_event;
SELECT '09_01', AAZ341, date, type FROM registration_event;

-- 10: employer: never deleted or replaced; name and city by UPDATE
INSERT INTO employer(credit_code, name, city) VALUES ('91370100MA3C000001', '某公司', '370100');
INSERT OR REPLACE INTO employer(credit_code, name, city) VALUES ('91370100MA3C000001', '别的公司', '370200');
INSERT INTO employer(credit_code, name, city) VALUES ('91370100MA3C000001', '别的公司', '370200')
  ON CONFLICT DO UPDATE SET name = excluded.name;
UPDATE OR REPLACE employer SET credit_code = '91370100MA3C000002';
DELETE FROM employer;
UPDATE employer SET name = '某有限公司';
SELECT '10_01', credit_code, name, city FROM employer;

-- 11: subsidy_kind: the seed may be read again; a different row is never put in its place
INSERT OR IGNORE INTO subsidy_kind VALUES ('job_referral_subsidy', '职业介绍补贴', '鲁人社字〔2020〕22号 三 2');
INSERT OR REPLACE INTO subsidy_kind VALUES ('job_referral_subsidy', '别的补贴', 'x');
INSERT OR IGNORE INTO subsidy_kind VALUES ('job_referral_subsidy', '别的补贴', 'x');
INSERT INTO subsidy_kind VALUES ('job_referral_subsidy', '别的补贴', 'x') ON CONFLICT DO UPDATE SET basis = 'x';
UPDATE OR REPLACE subsidy_kind SET code = 'trainee_subsidy' WHERE code = 'job_referral_subsidy';
DELETE FROM subsidy_kind WHERE code = 'job_referral_subsidy';
SELECT '11_01', count(*) = (SELECT count(*) FROM (SELECT kind FROM subsidy_kinds UNION
         VALUES ('job_referral_subsidy'), ('flexible_employment_si_subsidy'), ('public_welfare_post_subsidy'),
                ('trainee_subsidy'), ('one_time_startup_subsidy'))),
       (SELECT group_concat(code || '=' || name, ' ') FROM subsidy_kind
         WHERE code IN ('job_referral_subsidy', 'trainee_subsidy')) FROM subsidy_kind;

-- 12: subsidy_claim: never deleted or replaced; its status moves by UPDATE
INSERT INTO subsidy_claim(kind, city, person_id, claim_date, amount_fen, status)
  VALUES ('job_referral_subsidy', '370100', '11010519491231002X', '2026-05-01', 20000, 'claimed'),
         ('job_referral_subsidy', '370100', '110105198001010016', '2026-05-02', 20000, 'claimed');
INSERT OR REPLACE INTO subsidy_claim(id, kind, city, employer, claim_date, amount_fen, status)
  VALUES (1, 'trainee_subsidy', '370100', '91370100MA3C000001', '2026-05-03', 1, 'paid');
INSERT INTO subsidy_claim(id, kind, city, employer, claim_date, amount_fen, status)
  VALUES (1, 'trainee_subsidy', '370100', '91370100MA3C000001', '2026-05-03', 1, 'paid')
  ON CONFLICT DO UPDATE SET amount_fen = 1;
UPDATE OR REPLACE subsidy_claim SET id = 1 WHERE id = 2;
DELETE FROM subsidy_claim WHERE id = 1;
UPDATE subsidy_claim SET status = 'approved' WHERE id = 1;
SELECT '12_01', id, kind, person_id, amount_fen, status FROM subsidy_claim ORDER BY id;

-- 13: renshe_policy_history (policy_install's storage): append-only
SELECT '13_01', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }', 'test');
INSERT OR REPLACE INTO renshe_policy_history(id, name, action, source, installed_at) VALUES (1, 'zibo', 'install', 'x', '2026-01-01');
INSERT INTO renshe_policy_history(id, name, action, source, installed_at) VALUES (1, 'zibo', 'install', 'x', '2026-01-01')
  ON CONFLICT DO UPDATE SET source = 'x';
UPDATE renshe_policy_history SET source = 'x';
UPDATE OR REPLACE renshe_policy_history SET id = 5;
DELETE FROM renshe_policy_history;
SELECT '13_02', policy_rollback('淄博');
SELECT '13_03', id, name, action, installed_by, supersedes FROM renshe_policy_history ORDER BY id;

-- 14: an open batch is deleted only without its trainees: batch_id is SQLite's rowid, so the next
-- batch gets a deleted last batch's number and would take over trainees left behind
INSERT INTO cert_batch(city, county, provider, category) VALUES ('3701', '02', '0008', 'A');
INSERT INTO cert_trainee(batch_id, line, idcard, name) VALUES (6, 1, '11010519491231002X', '张三');
DELETE FROM cert_batch WHERE batch_id = 6;
SELECT '14_01', batch_id, line, name FROM cert_trainee WHERE batch_id = 6;
DELETE FROM cert_trainee WHERE batch_id = 6;
DELETE FROM cert_batch WHERE batch_id = 6;
SELECT '14_02', count(*) FROM cert_batch WHERE batch_id = 6;
