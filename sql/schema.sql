-- sql/schema.sql: the appliance's tables: what an employment office keeps, checked by renshe.
--
-- Set up (the extension must be loaded in every connection that writes these tables, since their
-- CHECK constraints call renshe functions):
--   sqlite3 office.db
--   .load dist/renshe
--   .read sql/schema.sql
--   .read sql/cert_serial.sql          -- training certificates issued by batch (cert_serial)
-- Then import rosters with sql/import_registrations.sql and sql/import_events.sql, and ask
-- questions with sql/reports/*.sql (docs/appliance.md shows the whole job; make demo runs it).
--
-- Tables:
--   import_file          one row per file imported; rows_in = loaded + rejected is enforced, so
--                        an import that would lose a row fails instead
--   import_reject        every rejected line with its reason (field, rule, message)
--   registration         失业登记, one row per registration, in the national field codes of the
--                        审核结果信息 record (鲁人社字〔2020〕39号 附件5 四(二)); the registration
--                        date is AAE036 经办日期 of an approved record (AAE540 审核结果 = 1)
--   registration_event   what happened since (跟踪调查, 就业登记, …): the events of
--                        unemployment_status (docs/unemployment_status.md lists the types)
--   employer             用人单位, by 统一社会信用代码
--   subsidy_kind         the subsidy kinds, each with the text that creates it
--   subsidy_claim        claims as the office recorded them (amounts in 分)
-- Kept rows: nothing here is deleted, and no INSERT OR REPLACE, REPLACE, UPSERT or UPDATE OR
-- REPLACE removes a row behind the triggers' back (REPLACE deletes the conflicting row without
-- firing DELETE triggers unless PRAGMA recursive_triggers is on). Each table has a BEFORE INSERT
-- trigger that refuses a row whose key exists already, whatever the conflict clause, and its key
-- is never updated. The import log (import_file, import_reject) and registration_event are
-- append-only; a registration, an employer, a subsidy kind and a claim may be corrected by UPDATE
-- (not their key). A refused statement changes nothing. (seed rows: subsidy_kind's INSERT OR
-- IGNORE below passes for a row that is there already, unchanged, so this file can be read again.)
-- Views:
--   person               every person, by the 18-character ID number, with birth date and sex
--   unemployment_person  one row per approved registration: its city and the person JSON that
--                        unemployment_status(city, person, as_of) reads; every status is as
--                        of a date (sql/reports/ asks for one)

CREATE TABLE IF NOT EXISTS import_file (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('registration', 'event')),
  as_of TEXT NOT NULL CHECK (date(as_of) IS as_of),  -- the date records were checked against
  rows_in INTEGER NOT NULL,                          -- records the CSV reader delivered
  loaded INTEGER,
  rejected INTEGER,
  CHECK (loaded IS NULL OR rows_in = loaded + rejected)  -- nothing lost
);
CREATE TRIGGER IF NOT EXISTS import_file_no_replace BEFORE INSERT ON import_file
WHEN EXISTS (SELECT 1 FROM import_file f WHERE f.id = NEW.id) BEGIN
  SELECT RAISE(ABORT, 'import_file: id exists already: the import log is never replaced (REPLACE, UPSERT); leave id out');
END;
CREATE TRIGGER IF NOT EXISTS import_file_counts_once BEFORE UPDATE ON import_file
WHEN OLD.loaded IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.path IS NOT OLD.path
  OR NEW.kind IS NOT OLD.kind OR NEW.as_of IS NOT OLD.as_of OR NEW.rows_in IS NOT OLD.rows_in BEGIN
  SELECT RAISE(ABORT, 'import_file: the import log is never changed: only loaded and rejected are set, once, by the import that wrote the row');
END;
CREATE TRIGGER IF NOT EXISTS import_file_no_delete BEFORE DELETE ON import_file BEGIN
  SELECT RAISE(ABORT, 'import_file: the import log is never deleted');
END;

CREATE TABLE IF NOT EXISTS import_reject (
  file_id INTEGER NOT NULL REFERENCES import_file(id),
  line INTEGER NOT NULL,  -- the record's first line in the file
  field TEXT,             -- national field code, or NULL for a row-level problem
  rule TEXT NOT NULL,     -- csv, duplicate, unknown_registration, or a record_problems rule
  message TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS import_reject_no_update BEFORE UPDATE ON import_reject BEGIN
  SELECT RAISE(ABORT, 'import_reject: the import log is never changed');
END;
CREATE TRIGGER IF NOT EXISTS import_reject_no_delete BEFORE DELETE ON import_reject BEGIN
  SELECT RAISE(ABORT, 'import_reject: the import log is never deleted');
END;

-- 失业登记申请审核结果信息 (鲁人社字〔2020〕39号 附件5 四(二)); field codes as column names.
CREATE TABLE IF NOT EXISTS registration (
  AAZ341 TEXT PRIMARY KEY,                              -- 系统流水号
  AAB301 TEXT NOT NULL CHECK (length(AAB301) = 6),      -- 失业登记地行政区划代码
  city TEXT GENERATED ALWAYS AS (substr(AAB301, 1, 4) || '00') VIRTUAL,  -- the 设区的市
  AAE127 TEXT,                                          -- 申请日期
  AAC003 TEXT NOT NULL,                                 -- 姓名
  AAC004 TEXT NOT NULL CHECK (renshe_code_name('AAC004', AAC004) IS NOT NULL),  -- 性别
  AAC005 TEXT,                                          -- 民族
  AAC011 TEXT,                                          -- 学历
  AAC033 TEXT,                                          -- 健康状况
  ALA040 TEXT,                                          -- 伤残等级
  AJC090 TEXT,                                          -- 失业时间
  AAC002 TEXT,                                          -- 社会保障号码
  AAC058 TEXT NOT NULL CHECK (renshe_code_name('AAC058', AAC058) IS NOT NULL),  -- 证件类型
  AAC044 TEXT NOT NULL,                                 -- 证件号码
  AAB299 TEXT,                                          -- 户籍地行政区划代码
  AAC010 TEXT,                                          -- 户籍地详细地址
  AAF016 TEXT,                                          -- 常住地行政区划代码
  AAC046 TEXT,                                          -- 常住地详细地址
  AAC067 TEXT,                                          -- 手机号码
  AAE005 TEXT,                                          -- 固定电话
  ADC221 TEXT NOT NULL CHECK (renshe_code_name('ADC221', ADC221) IS NOT NULL),  -- 登记失业地类型
  AJC093 TEXT NOT NULL CHECK (renshe_code_name('AJC093', AJC093) IS NOT NULL),  -- 失业登记原因
  ADC220 TEXT,                                          -- 其他失业原因
  ADC222 TEXT,                                          -- 是否申领失业保险金
  AAE540 TEXT NOT NULL CHECK (AAE540 IN ('1', '2')),    -- 审核结果
  AAE360 TEXT,                                          -- 审核不通过原因
  AAE011 TEXT,                                          -- 经办人
  AAE036 TEXT NOT NULL CHECK (AAE036 GLOB '[12][0-9][0-9][0-9][01][0-9][0-3][0-9]'),  -- 经办日期
  file_id INTEGER REFERENCES import_file(id),
  line INTEGER,
  -- A resident's number must be valid, born by the registration date, and of the recorded sex
  -- (AAC002 rules 1-5; a value starting with a letter is exempt, AAC002 rule 1).
  CHECK (AAC002 IS NULL OR AAC002 GLOB '[A-Za-z]*' OR
         check_idcard(AAC002, AAE036, CASE WHEN AAC004 IN ('1', '2') THEN AAC004 END))
);
CREATE INDEX IF NOT EXISTS registration_city ON registration(city);
CREATE TRIGGER IF NOT EXISTS registration_no_replace BEFORE INSERT ON registration
WHEN EXISTS (SELECT 1 FROM registration r WHERE r.AAZ341 = NEW.AAZ341) BEGIN
  SELECT RAISE(ABORT, 'registration: AAZ341 系统流水号: registered already: a registration is never replaced (REPLACE, UPSERT) / 系统流水号重复');
END;
CREATE TRIGGER IF NOT EXISTS registration_no_rekey BEFORE UPDATE OF AAZ341 ON registration
WHEN NEW.AAZ341 IS NOT OLD.AAZ341 BEGIN
  SELECT RAISE(ABORT, 'registration: AAZ341 系统流水号: never changed (its events refer to it) / 系统流水号不可变更');
END;
CREATE TRIGGER IF NOT EXISTS registration_no_delete BEFORE DELETE ON registration BEGIN
  SELECT RAISE(ABORT, 'registration: a registration is never deleted: its end is an event (registration_event: cancelled, employed, ...) / 失业登记不可删除');
END;

CREATE TABLE IF NOT EXISTS registration_event (
  AAZ341 TEXT NOT NULL REFERENCES registration(AAZ341),  -- the registration it belongs to
  date TEXT NOT NULL CHECK (date(date) IS date),
  type TEXT NOT NULL,                     -- an event type of unemployment_status (status.event_types)
  detail TEXT CHECK (detail IS NULL OR json_valid(detail)),  -- code, good_reason, body, ... as JSON
  file_id INTEGER REFERENCES import_file(id),
  line INTEGER
);
CREATE INDEX IF NOT EXISTS registration_event_reg ON registration_event(AAZ341);
CREATE TRIGGER IF NOT EXISTS registration_event_no_update BEFORE UPDATE ON registration_event BEGIN
  SELECT RAISE(ABORT, 'registration_event: an event is never changed: record what happened next as a new event');
END;
CREATE TRIGGER IF NOT EXISTS registration_event_no_delete BEFORE DELETE ON registration_event BEGIN
  SELECT RAISE(ABORT, 'registration_event: an event is never deleted: record what happened next as a new event');
END;

-- The person JSON of unemployment_status for every approved registration. The ID number is
-- AAC002, or AAC044 when the document is a 居民身份证 or 社会保障卡 (AAC058 01, 04); the place type
-- ADC221 1/2 is the 户籍地/常住地 of 鲁人社字〔2020〕39号 一(二) (3 就业地, 4 参保地: local codes,
-- docs/appliance.md, since the national table has only 1 and 2).
-- Answers "who is registered unemployed on date D" in one query:
--   SELECT city, count(*) FROM unemployment_person
--    WHERE unemployment_status(city, person, 'D') = 'unemployed' GROUP BY city;
CREATE VIEW IF NOT EXISTS unemployment_person AS
SELECT r.AAZ341, r.city, r.AAC003 AS name,
       json_object(
         'id', coalesce(r.AAC002, CASE WHEN r.AAC058 IN ('01', '04') THEN r.AAC044 END),
         'registration', json_object(
           'date', substr(r.AAE036, 1, 4) || '-' || substr(r.AAE036, 5, 2) || '-' || substr(r.AAE036, 7, 2),
           'place', CASE r.ADC221 WHEN '1' THEN '户籍地' WHEN '2' THEN '常住地' WHEN '3' THEN '就业地'
                                 WHEN '4' THEN '参保地' END,
           'reason', r.AJC093),
         'events', (SELECT json_group_array(json_patch(json_object('date', e.date, 'type', e.type),
                                                       coalesce(e.detail, '{}')))
                      FROM registration_event e WHERE e.AAZ341 = r.AAZ341)
       ) AS person
  FROM registration r
 WHERE r.AAE540 = '1';

-- 用人单位: employers that hire registered people and claim subsidies. The 统一社会信用代码
-- (GB 32100-2015) is checked for its shape only: 18 characters of its alphabet (no I, O, Z, S, V).
CREATE TABLE IF NOT EXISTS employer (
  credit_code TEXT PRIMARY KEY CHECK (length(credit_code) = 18 AND credit_code NOT GLOB '*[^0-9A-HJ-NPQRTUWXY]*'),
  name TEXT NOT NULL,
  city TEXT NOT NULL CHECK (length(city) = 6)  -- GB/T 2260 code of the 设区的市
);
CREATE TRIGGER IF NOT EXISTS employer_no_replace BEFORE INSERT ON employer
WHEN EXISTS (SELECT 1 FROM employer e WHERE e.credit_code = NEW.credit_code) BEGIN
  SELECT RAISE(ABORT, 'employer: credit_code 统一社会信用代码: known already: an employer is never replaced (REPLACE, UPSERT); change its name or city with UPDATE');
END;
CREATE TRIGGER IF NOT EXISTS employer_no_rekey BEFORE UPDATE OF credit_code ON employer
WHEN NEW.credit_code IS NOT OLD.credit_code BEGIN
  SELECT RAISE(ABORT, 'employer: credit_code 统一社会信用代码: never changed (claims refer to it)');
END;
CREATE TRIGGER IF NOT EXISTS employer_no_delete BEFORE DELETE ON employer BEGIN
  SELECT RAISE(ABORT, 'employer: an employer is never deleted (claims refer to it)');
END;

-- The subsidy kinds an office pays, each by its code, with the text that creates it: every kind
-- renshe computes (SELECT * FROM subsidy_kinds, docs/subsidies.md) and the ones an office records
-- as approved.
CREATE TABLE IF NOT EXISTS subsidy_kind (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  basis TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS subsidy_kind_no_replace BEFORE INSERT ON subsidy_kind
WHEN EXISTS (SELECT 1 FROM subsidy_kind k WHERE k.code = NEW.code
             AND (k.name IS NOT NEW.name OR k.basis IS NOT NEW.basis)) BEGIN
  SELECT RAISE(ABORT, 'subsidy_kind: code exists already with another name or basis: a kind is never replaced (REPLACE, UPSERT); change it with UPDATE');
END;
CREATE TRIGGER IF NOT EXISTS subsidy_kind_no_rekey BEFORE UPDATE OF code ON subsidy_kind
WHEN NEW.code IS NOT OLD.code BEGIN
  SELECT RAISE(ABORT, 'subsidy_kind: code is never changed (claims refer to it)');
END;
CREATE TRIGGER IF NOT EXISTS subsidy_kind_no_delete BEFORE DELETE ON subsidy_kind BEGIN
  SELECT RAISE(ABORT, 'subsidy_kind: a kind is never deleted (claims refer to it)');
END;
INSERT OR IGNORE INTO subsidy_kind VALUES
  ('job_referral_subsidy', '职业介绍补贴', '鲁人社字〔2020〕22号 三 2'),
  ('flexible_employment_si_subsidy', '灵活就业社会保险补贴', '鲁人社字〔2020〕22号; 鲁政办字〔2020〕77号'),
  ('public_welfare_post_subsidy', '公益性岗位补贴', '鲁人社字〔2020〕36号 第十四条'),
  ('trainee_subsidy', '就业见习补贴', '鲁人社字〔2020〕22号 七; 鲁人社函〔2020〕67号'),
  ('one_time_startup_subsidy', '一次性创业补贴', '〔2020〕20号 六保三促; 鲁人社字〔2020〕119号');
INSERT OR IGNORE INTO subsidy_kind SELECT kind, name_zh, ref FROM subsidy_kinds;

-- Subsidy claims as recorded: who (a person, an employer or both), which kind, when, how much (in
-- 分, an integer: money is never a binary fraction) and where the claim stands. facts: the claim's
-- facts as subsidy_amount reads them (a JSON object, docs/subsidies.md), NULL when not recorded;
-- claim_date is the day the claim is judged.
CREATE TABLE IF NOT EXISTS subsidy_claim (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL REFERENCES subsidy_kind(code),
  city TEXT NOT NULL CHECK (length(city) = 6),
  person_id TEXT CHECK (person_id IS NULL OR check_idcard(person_id)),
  employer TEXT REFERENCES employer(credit_code),
  claim_date TEXT NOT NULL CHECK (date(claim_date) IS claim_date),
  amount_fen INTEGER NOT NULL CHECK (typeof(amount_fen) = 'integer' AND amount_fen >= 0),
  status TEXT NOT NULL CHECK (status IN ('claimed', 'approved', 'paid', 'refused')),
  facts TEXT CHECK (facts IS NULL OR (json_valid(facts) AND json_type(facts) = 'object')),
  CHECK (person_id IS NOT NULL OR employer IS NOT NULL)
);
CREATE TRIGGER IF NOT EXISTS subsidy_claim_no_replace BEFORE INSERT ON subsidy_claim
WHEN EXISTS (SELECT 1 FROM subsidy_claim c WHERE c.id = NEW.id) BEGIN
  SELECT RAISE(ABORT, 'subsidy_claim: id exists already: a claim is never replaced (REPLACE, UPSERT); leave id out for a new claim, change a claim with UPDATE');
END;
CREATE TRIGGER IF NOT EXISTS subsidy_claim_no_rekey BEFORE UPDATE OF id ON subsidy_claim
WHEN NEW.id IS NOT OLD.id BEGIN
  SELECT RAISE(ABORT, 'subsidy_claim: id is never changed');
END;
CREATE TRIGGER IF NOT EXISTS subsidy_claim_no_delete BEFORE DELETE ON subsidy_claim BEGIN
  SELECT RAISE(ABORT, 'subsidy_claim: a claim is never deleted: a refused claim is status = ''refused''');
END;

-- Every claim beside the amount the rules in force compute for it: subsidy_amount_fen(city, kind,
-- claim_date, facts). computed_fen is NULL when renshe does not compute the kind or the claim has
-- no facts; differs = 1 flags a recorded amount that is not the computed one. The explanation of
-- a claim is one query away: SELECT * FROM subsidy_claim_explain WHERE id = 7;
CREATE VIEW IF NOT EXISTS subsidy_claim_check AS
SELECT id, kind, city, claim_date, status, amount_fen AS recorded_fen, computed_fen,
       coalesce(computed_fen <> amount_fen, 0) AS differs
  FROM (SELECT c.*, CASE WHEN c.facts IS NOT NULL AND c.kind IN (SELECT kind FROM subsidy_kinds(c.city))
                         THEN subsidy_amount_fen(c.city, c.kind, c.claim_date, c.facts) END AS computed_fen
          FROM subsidy_claim c);

-- The trace of each computed claim (step, rule, ref, detail; the last row the result).
CREATE VIEW IF NOT EXISTS subsidy_claim_explain AS
SELECT c.id, e.step, e.rule, e.ref, e.detail
  FROM subsidy_claim c, subsidy_amount(c.city, c.kind, c.claim_date, c.facts) e
 WHERE c.facts IS NOT NULL AND c.kind IN (SELECT kind FROM subsidy_kinds(c.city));

-- Every person the appliance knows, by the 18-character form of the ID number, from
-- registrations, training certificates (sql/cert_serial.sql, when read) and subsidy claims.
CREATE VIEW IF NOT EXISTS person AS
SELECT idcard_upgrade(id) AS id, min(name) AS name, idcard_birth(id) AS birth_date, idcard_sex(id) AS sex
  FROM (SELECT AAC002 AS id, AAC003 AS name FROM registration WHERE check_idcard(AAC002)
        UNION ALL SELECT person_id, NULL FROM subsidy_claim WHERE person_id IS NOT NULL)
 GROUP BY idcard_upgrade(id);
