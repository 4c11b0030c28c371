-- sql/schema.sql: the appliance's tables: what an employment office keeps, checked by renshe.
--
-- Set up (the extension must be loaded in every connection that writes these tables, since their
-- triggers call renshe functions; reading, PRAGMA integrity_check and VACUUM work without it,
-- docs/appliance.md "Without the extension"):
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

CREATE TABLE IF NOT EXISTS import_reject (
  file_id INTEGER NOT NULL REFERENCES import_file(id),
  line INTEGER NOT NULL,  -- the record's first line in the file
  field TEXT,             -- national field code, or NULL for a row-level problem
  rule TEXT NOT NULL,     -- csv, duplicate, unknown_registration, or a record_problems rule
  message TEXT NOT NULL
);

-- 失业登记申请审核结果信息 (鲁人社字〔2020〕39号 附件5 四(二)); field codes as column names.
CREATE TABLE IF NOT EXISTS registration (
  AAZ341 TEXT PRIMARY KEY,                              -- 系统流水号
  AAB301 TEXT NOT NULL CHECK (length(AAB301) = 6),      -- 失业登记地行政区划代码
  city TEXT GENERATED ALWAYS AS (substr(AAB301, 1, 4) || '00') VIRTUAL,  -- the 设区的市
  AAE127 TEXT,                                          -- 申请日期
  AAC003 TEXT NOT NULL,                                 -- 姓名
  AAC004 TEXT NOT NULL,                                 -- 性别
  AAC005 TEXT,                                          -- 民族
  AAC011 TEXT,                                          -- 学历
  AAC033 TEXT,                                          -- 健康状况
  ALA040 TEXT,                                          -- 伤残等级
  AJC090 TEXT,                                          -- 失业时间
  AAC002 TEXT,                                          -- 社会保障号码
  AAC058 TEXT NOT NULL,                                 -- 证件类型
  AAC044 TEXT NOT NULL,                                 -- 证件号码
  AAB299 TEXT,                                          -- 户籍地行政区划代码
  AAC010 TEXT,                                          -- 户籍地详细地址
  AAF016 TEXT,                                          -- 常住地行政区划代码
  AAC046 TEXT,                                          -- 常住地详细地址
  AAC067 TEXT,                                          -- 手机号码
  AAE005 TEXT,                                          -- 固定电话
  ADC221 TEXT NOT NULL,                                 -- 登记失业地类型
  AJC093 TEXT NOT NULL,                                 -- 失业登记原因
  ADC220 TEXT,                                          -- 其他失业原因
  ADC222 TEXT,                                          -- 是否申领失业保险金
  AAE540 TEXT NOT NULL CHECK (AAE540 IN ('1', '2')),    -- 审核结果
  AAE360 TEXT,                                          -- 审核不通过原因
  AAE011 TEXT,                                          -- 经办人
  AAE036 TEXT NOT NULL CHECK (AAE036 GLOB '[12][0-9][0-9][0-9][01][0-9][0-3][0-9]'),  -- 经办日期
  file_id INTEGER REFERENCES import_file(id),
  line INTEGER
);
CREATE INDEX IF NOT EXISTS registration_city ON registration(city);

-- The checks that call renshe are triggers, not CHECK constraints: PRAGMA integrity_check and
-- VACUUM evaluate every CHECK constraint, so one that calls renshe would make both fail in a
-- connection without the extension (docs/appliance.md "Without the extension"). A trigger holds
-- on INSERT and on UPDATE of its columns, and a connection without renshe cannot write the
-- table at all (no such function), so nothing unchecked gets in. Codes must be in their national
-- tables; a resident's number must be valid, born by the registration date, and of the recorded
-- sex (AAC002 rules 1-5; a value starting with a letter is exempt, AAC002 rule 1).
CREATE TRIGGER IF NOT EXISTS registration_renshe_insert BEFORE INSERT ON registration BEGIN
  SELECT RAISE(ABORT, 'registration: AAC004 性别: not a code of its table / 性别代码无效')
   WHERE NEW.AAC004 IS NOT NULL AND renshe_code_name('AAC004', NEW.AAC004) IS NULL;
  SELECT RAISE(ABORT, 'registration: AAC058 证件类型: not a code of its table / 证件类型代码无效')
   WHERE NEW.AAC058 IS NOT NULL AND renshe_code_name('AAC058', NEW.AAC058) IS NULL;
  SELECT RAISE(ABORT, 'registration: ADC221 登记失业地类型: not a code of its table / 登记失业地类型代码无效')
   WHERE NEW.ADC221 IS NOT NULL AND renshe_code_name('ADC221', NEW.ADC221) IS NULL;
  SELECT RAISE(ABORT, 'registration: AJC093 失业登记原因: not a code of its table / 失业登记原因代码无效')
   WHERE NEW.AJC093 IS NOT NULL AND renshe_code_name('AJC093', NEW.AJC093) IS NULL;
  SELECT RAISE(ABORT, 'registration: AAC002 社会保障号码: not a valid ID number, born after AAE036 经办日期 or of another sex than AAC004 (SELECT * FROM check_idcard(AAC002, AAE036, AAC004) says which) / 社会保障号码无效')
   WHERE NOT (NEW.AAC002 IS NULL OR NEW.AAC002 GLOB '[A-Za-z]*' OR
              check_idcard(NEW.AAC002, NEW.AAE036, CASE WHEN NEW.AAC004 IN ('1', '2') THEN NEW.AAC004 END));
END;
CREATE TRIGGER IF NOT EXISTS registration_renshe_update
BEFORE UPDATE OF AAC004, AAC058, ADC221, AJC093, AAC002, AAE036 ON registration BEGIN
  SELECT RAISE(ABORT, 'registration: AAC004 性别: not a code of its table / 性别代码无效')
   WHERE NEW.AAC004 IS NOT NULL AND renshe_code_name('AAC004', NEW.AAC004) IS NULL;
  SELECT RAISE(ABORT, 'registration: AAC058 证件类型: not a code of its table / 证件类型代码无效')
   WHERE NEW.AAC058 IS NOT NULL AND renshe_code_name('AAC058', NEW.AAC058) IS NULL;
  SELECT RAISE(ABORT, 'registration: ADC221 登记失业地类型: not a code of its table / 登记失业地类型代码无效')
   WHERE NEW.ADC221 IS NOT NULL AND renshe_code_name('ADC221', NEW.ADC221) IS NULL;
  SELECT RAISE(ABORT, 'registration: AJC093 失业登记原因: not a code of its table / 失业登记原因代码无效')
   WHERE NEW.AJC093 IS NOT NULL AND renshe_code_name('AJC093', NEW.AJC093) IS NULL;
  SELECT RAISE(ABORT, 'registration: AAC002 社会保障号码: not a valid ID number, born after AAE036 经办日期 or of another sex than AAC004 (SELECT * FROM check_idcard(AAC002, AAE036, AAC004) says which) / 社会保障号码无效')
   WHERE NOT (NEW.AAC002 IS NULL OR NEW.AAC002 GLOB '[A-Za-z]*' OR
              check_idcard(NEW.AAC002, NEW.AAE036, CASE WHEN NEW.AAC004 IN ('1', '2') THEN NEW.AAC004 END));
END;

CREATE TABLE IF NOT EXISTS registration_event (
  AAZ341 TEXT NOT NULL REFERENCES registration(AAZ341),  -- the registration it belongs to
  date TEXT NOT NULL CHECK (date(date) IS date),
  type TEXT NOT NULL,                     -- an event type of unemployment_status (status.event_types)
  detail TEXT,                            -- code, good_reason, body, ... as a JSON object
  file_id INTEGER REFERENCES import_file(id),
  line INTEGER
);
CREATE INDEX IF NOT EXISTS registration_event_reg ON registration_event(AAZ341);

-- detail is checked with renshe_json_valid, not json_valid: SQLite 3.40 (Debian 12) does not mark
-- its JSON functions innocuous, so json_valid in the schema fails under PRAGMA
-- trusted_schema=OFF; and in a trigger, for integrity_check and VACUUM (see registration).
CREATE TRIGGER IF NOT EXISTS registration_event_detail BEFORE INSERT ON registration_event
WHEN NEW.detail IS NOT NULL AND renshe_json_valid(NEW.detail) IS NOT 1 BEGIN
  SELECT RAISE(ABORT, 'registration_event: detail: expected JSON (an object of code, good_reason, body, ...)');
END;
CREATE TRIGGER IF NOT EXISTS registration_event_detail_update BEFORE UPDATE OF detail ON registration_event
WHEN NEW.detail IS NOT NULL AND renshe_json_valid(NEW.detail) IS NOT 1 BEGIN
  SELECT RAISE(ABORT, 'registration_event: detail: expected JSON (an object of code, good_reason, body, ...)');
END;

-- The person JSON of unemployment_status for every approved registration. The ID number is
-- AAC002, or AAC044 when the document is a 居民身份证 or 社会保障卡 (AAC058 01, 04); the place type
-- ADC221 1/2 is the 户籍地/常住地 of 鲁人社字〔2020〕39号 一(二) (3 就业地, 4 参保地: local codes,
-- docs/appliance.md, since the national table has only 1 and 2).
-- Answers "who is registered unemployed on date D" in one query:
--   SELECT city, count(*) FROM unemployment_person
--    WHERE unemployment_status(city, person, 'D') = 'unemployed' GROUP BY city;
-- Built with renshe's JSON functions, which are innocuous (SQLite 3.40's json_object is not, and
-- the view would fail under PRAGMA trusted_schema=OFF); the events are a group_concat of JSON
-- objects, read back as one array by renshe_json.
CREATE VIEW IF NOT EXISTS unemployment_person AS
SELECT r.AAZ341, r.city, r.AAC003 AS name,
       renshe_json_object(
         'id', coalesce(r.AAC002, CASE WHEN r.AAC058 IN ('01', '04') THEN r.AAC044 END),
         'registration', renshe_json_object(
           'date', substr(r.AAE036, 1, 4) || '-' || substr(r.AAE036, 5, 2) || '-' || substr(r.AAE036, 7, 2),
           'place', CASE r.ADC221 WHEN '1' THEN '户籍地' WHEN '2' THEN '常住地' WHEN '3' THEN '就业地'
                                 WHEN '4' THEN '参保地' END,
           'reason', r.AJC093),
         'events', renshe_json('[' || coalesce(
           (SELECT group_concat(renshe_json_patch(renshe_json_object('date', e.date, 'type', e.type),
                                                  coalesce(e.detail, '{}')), ',')
              FROM registration_event e WHERE e.AAZ341 = r.AAZ341), '') || ']')
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

-- The subsidy kinds an office pays, each by its code, with the
-- text that creates it. renshe records claims as the office approved them; it does not compute
-- amounts (subsidy_amount is not part of this release).
CREATE TABLE IF NOT EXISTS subsidy_kind (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  basis TEXT NOT NULL
);
INSERT OR IGNORE INTO subsidy_kind VALUES
  ('job_referral_subsidy', '职业介绍补贴', '鲁人社字〔2020〕22号 三 2'),
  ('flexible_employment_si_subsidy', '灵活就业社会保险补贴', '鲁人社字〔2020〕22号; 鲁政办字〔2020〕77号'),
  ('public_welfare_post_subsidy', '公益性岗位补贴', '鲁人社字〔2020〕36号 第十四条'),
  ('trainee_subsidy', '就业见习补贴', '鲁人社字〔2020〕22号 七; 鲁人社函〔2020〕67号'),
  ('one_time_startup_subsidy', '一次性创业补贴', '〔2020〕20号 六保三促; 鲁人社字〔2020〕119号');

-- Subsidy claims as recorded: who (a person, an employer or both), which kind, when, how much (in
-- 分, an integer: money is never a binary fraction) and where the claim stands.
CREATE TABLE IF NOT EXISTS subsidy_claim (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL REFERENCES subsidy_kind(code),
  city TEXT NOT NULL CHECK (length(city) = 6),
  person_id TEXT,          -- an ID number, checked by subsidy_claim_person
  employer TEXT REFERENCES employer(credit_code),
  claim_date TEXT NOT NULL CHECK (date(claim_date) IS claim_date),
  amount_fen INTEGER NOT NULL CHECK (typeof(amount_fen) = 'integer' AND amount_fen >= 0),
  status TEXT NOT NULL CHECK (status IN ('claimed', 'approved', 'paid', 'refused')),
  CHECK (person_id IS NOT NULL OR employer IS NOT NULL)
);
-- A trigger, not a CHECK, for integrity_check and VACUUM without renshe (see registration).
CREATE TRIGGER IF NOT EXISTS subsidy_claim_person BEFORE INSERT ON subsidy_claim
WHEN NEW.person_id IS NOT NULL AND check_idcard(NEW.person_id) IS NOT 1 BEGIN
  SELECT RAISE(ABORT, 'subsidy_claim: person_id: not a valid ID number / 身份证号码无效');
END;
CREATE TRIGGER IF NOT EXISTS subsidy_claim_person_update BEFORE UPDATE OF person_id ON subsidy_claim
WHEN NEW.person_id IS NOT NULL AND check_idcard(NEW.person_id) IS NOT 1 BEGIN
  SELECT RAISE(ABORT, 'subsidy_claim: person_id: not a valid ID number / 身份证号码无效');
END;

-- Every person the appliance knows, by the 18-character form of the ID number, from
-- registrations, training certificates (sql/cert_serial.sql, when read) and subsidy claims.
CREATE VIEW IF NOT EXISTS person AS
SELECT idcard_upgrade(id) AS id, min(name) AS name, idcard_birth(id) AS birth_date, idcard_sex(id) AS sex
  FROM (SELECT AAC002 AS id, AAC003 AS name FROM registration WHERE check_idcard(AAC002)
        UNION ALL SELECT person_id, NULL FROM subsidy_claim WHERE person_id IS NOT NULL)
 GROUP BY idcard_upgrade(id);
