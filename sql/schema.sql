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
  kind TEXT NOT NULL CHECK (kind IN ('registration', 'event', 'employment_record', 'insurance_spell',
                               'pension', 'ui_benefit', 'work_injury_death', 'registration_place')),
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
  -- 登记地点 of our own (not a national field): 户籍地, 常住地 (鲁人社字〔2020〕39号 一(二)) or, from
  -- 2020-07-20, 就业地, 参保地 (人社厅发〔2020〕79号 一(一)), which the national ADC221 (1 户籍地址, 2 常驻地址
  -- only, kept as printed) cannot hold. The import fills it from ADC221; an office sets 就业地 or
  -- 参保地 after the import: UPDATE registration SET place_kind = '就业地' WHERE AAZ341 = '…';
  place_kind TEXT CHECK (place_kind IS NULL OR place_kind IN ('户籍地', '常住地', '就业地', '参保地')),
  file_id INTEGER REFERENCES import_file(id),
  line INTEGER,
  CONSTRAINT place_kind_agrees_with_ADC221 CHECK (place_kind IS NULL OR place_kind IN ('就业地', '参保地')
         OR place_kind = CASE ADC221 WHEN '1' THEN '户籍地' WHEN '2' THEN '常住地' END),
  CONSTRAINT place_kind_from_2020_07_20 CHECK (place_kind IS NULL OR place_kind IN ('户籍地', '常住地') OR AAE036 >= '20200720')
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
CREATE TRIGGER IF NOT EXISTS registration_event_no_update BEFORE UPDATE ON registration_event BEGIN
  SELECT RAISE(ABORT, 'registration_event: an event is never changed: record what happened next as a new event');
END;
CREATE TRIGGER IF NOT EXISTS registration_event_no_delete BEFORE DELETE ON registration_event BEGIN
  SELECT RAISE(ABORT, 'registration_event: an event is never deleted: record what happened next as a new event');
END;

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
-- AAC002, or AAC044 when the document is a 居民身份证, 港澳台居民居住证 or 社会保障卡 (AAC058 01, 03, 04);
-- the place is place_kind (登记地点, our own column), or else ADC221 1/2 read as the 户籍地/常住地 of
-- 鲁人社字〔2020〕39号 一(二); applied is 申请日期 AAE127 (the processing time is checked against it);
-- document is AAC058 (the documents of 39号 附件3 are checked).
-- Answers "who is registered unemployed on date D" in one query:
--   SELECT city, count(*) FROM unemployment_person
--    WHERE unemployment_status(city, person, 'D') = 'unemployed' GROUP BY city;
-- Built with renshe's JSON functions, which are innocuous (SQLite 3.40's json_object is not, and
-- the view would fail under PRAGMA trusted_schema=OFF); the events are a group_concat of JSON
-- objects, read back as one array by renshe_json.
CREATE VIEW IF NOT EXISTS unemployment_person AS
SELECT r.AAZ341, r.city, r.AAC003 AS name,
       renshe_json_object(
         'id', coalesce(r.AAC002, CASE WHEN r.AAC058 IN ('01', '03', '04') THEN r.AAC044 END),
         'document', r.AAC058,
         'registration', renshe_json_object(
           'date', substr(r.AAE036, 1, 4) || '-' || substr(r.AAE036, 5, 2) || '-' || substr(r.AAE036, 7, 2),
           'applied', CASE WHEN r.AAE127 GLOB '[12][0-9][0-9][0-9][01][0-9][0-3][0-9]'
                           THEN substr(r.AAE127, 1, 4) || '-' || substr(r.AAE127, 5, 2) || '-' || substr(r.AAE127, 7, 2) END,
           'place', coalesce(r.place_kind, CASE r.ADC221 WHEN '1' THEN '户籍地' WHEN '2' THEN '常住地' END),
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
INSERT INTO subsidy_kind SELECT kind, name_zh, ref FROM subsidy_kinds
 WHERE kind NOT IN (SELECT code FROM subsidy_kind);

-- Subsidy claims as recorded: who (a person, an employer or both), which kind, when, how much (in
-- 分, an integer: money is never a binary fraction) and where the claim stands. facts: the claim's
-- facts as subsidy_amount reads them (a JSON object, docs/subsidies.md), NULL when not recorded;
-- claim_date is the day the claim is judged.
CREATE TABLE IF NOT EXISTS subsidy_claim (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL REFERENCES subsidy_kind(code),
  city TEXT NOT NULL CHECK (length(city) = 6),
  person_id TEXT,          -- an ID number, checked by subsidy_claim_person
  employer TEXT REFERENCES employer(credit_code),
  claim_date TEXT NOT NULL CHECK (date(claim_date) IS claim_date),
  amount_fen INTEGER NOT NULL CHECK (typeof(amount_fen) = 'integer' AND amount_fen >= 0),
  status TEXT NOT NULL CHECK (status IN ('claimed', 'approved', 'paid', 'refused')),
  facts TEXT,              -- a JSON object, checked by subsidy_claim_facts
  CHECK (person_id IS NOT NULL OR employer IS NOT NULL)
);
-- Triggers, not CHECKs, for integrity_check and VACUUM without renshe (see registration); facts
-- with renshe_json_valid, which is innocuous, for trusted_schema=OFF (see registration_event).
CREATE TRIGGER IF NOT EXISTS subsidy_claim_facts BEFORE INSERT ON subsidy_claim
WHEN NEW.facts IS NOT NULL AND (renshe_json_valid(NEW.facts) IS NOT 1 OR substr(ltrim(NEW.facts), 1, 1) <> '{') BEGIN
  SELECT RAISE(ABORT, 'subsidy_claim: facts: expected a JSON object (docs/subsidies.md)');
END;
CREATE TRIGGER IF NOT EXISTS subsidy_claim_facts_update BEFORE UPDATE OF facts ON subsidy_claim
WHEN NEW.facts IS NOT NULL AND (renshe_json_valid(NEW.facts) IS NOT 1 OR substr(ltrim(NEW.facts), 1, 1) <> '{') BEGIN
  SELECT RAISE(ABORT, 'subsidy_claim: facts: expected a JSON object (docs/subsidies.md)');
END;
CREATE TRIGGER IF NOT EXISTS subsidy_claim_person BEFORE INSERT ON subsidy_claim
WHEN NEW.person_id IS NOT NULL AND check_idcard(NEW.person_id) IS NOT 1 BEGIN
  SELECT RAISE(ABORT, 'subsidy_claim: person_id: not a valid ID number / 身份证号码无效');
END;
CREATE TRIGGER IF NOT EXISTS subsidy_claim_person_update BEFORE UPDATE OF person_id ON subsidy_claim
WHEN NEW.person_id IS NOT NULL AND check_idcard(NEW.person_id) IS NOT 1 BEGIN
  SELECT RAISE(ABORT, 'subsidy_claim: person_id: not a valid ID number / 身份证号码无效');
END;
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

-- {====== statistics: 城镇新增就业 and 城镇登记失业 (ext/stats_sql.c, docs/statistics.md)
-- The records the monthly figures are computed from (鲁人社字〔2020〕95号 附件 山东省城镇新增就业统计方法;
-- 人社厅发〔2020〕79号 三(九)-(十一)). Each table is imported from CSV by sql/import_<table>.sql with
-- the accounting above (kind = the table's name). Dates are YYYY-MM-DD; ID numbers the 18-character
-- form that passes check_idcard; places 6-digit GB/T 2260 codes.
--   SELECT * FROM new_urban_employment('济南', '2021-03');     -- every record and its decision
--   SELECT new_urban_employment_count('济南', '2021-03');      -- counted − natural attrition
--   SELECT registered_urban_unemployment_count('济南', '2021-03');

-- 城镇新就业人员实名信息 (95号 附件 三3): one row per employment the office recorded.
CREATE TABLE IF NOT EXISTS employment_record (
  id INTEGER PRIMARY KEY,
  person_id TEXT NOT NULL CHECK (length(person_id) = 18),  -- 身份证号, checked by employment_record_person_check
  name TEXT,                                  -- 姓名
  phone TEXT,                                 -- 联系方式
  retirement_category INTEGER CHECK (retirement_category IS NULL OR retirement_category IN (50, 55)),
  type TEXT CHECK (type IS NULL OR type IN ('first', 'reemployment')),   -- 就业类型 as recorded
  form TEXT NOT NULL CHECK (form IN ('unit', 'individual_business', 'public_welfare_post', 'flexible')),
                                              -- 就业方式 单位就业/个体工商户/公益性岗位安置/灵活就业
  date TEXT NOT NULL CHECK (date(date) IS date),      -- 就业时间 (用工之日)
  date_source TEXT CHECK (date_source IS NULL OR date_source IN ('employment_registration',
    'social_insurance', 'labour_filing', 'business_registration', 'public_welfare_agreement')),
  recorded_on TEXT CHECK (recorded_on IS NULL OR date(recorded_on) IS recorded_on),  -- 经办日期; NULL = date
  end_date TEXT CHECK (end_date IS NULL OR (date(end_date) IS end_date AND end_date >= date)),
                                              -- last day employed (就业登记退出, 注销, 协议终止)
  unit_name TEXT,                             -- 就业单位 (灵活就业: 从事工作内容)
  credit_code TEXT,                           -- 单位统一社会信用代码 (checked as a doubt, not here)
  unit_address TEXT,
  place TEXT NOT NULL CHECK (length(place) = 6 AND place NOT GLOB '*[^0-9]*'),  -- 就业地 (county)
  city TEXT GENERATED ALWAYS AS (substr(place, 1, 4) || '00') VIRTUAL,
  urban_rural TEXT NOT NULL CHECK (urban_rural IN ('111','112','121','122','123','210','220')),
                                              -- 国家统计局 城乡分类代码 of the place: 1xx 城镇, 2xx 乡村
  office TEXT NOT NULL CHECK (length(office) = 6 AND office NOT GLOB '*[^0-9]*'),  -- 经办机构's area
  industry TEXT CHECK (industry IS NULL OR industry IN ('1', '2', '3')),
  was_registered_unemployed INTEGER CHECK (was_registered_unemployed IS NULL OR was_registered_unemployed IN (0, 1)),
  hard_to_employ INTEGER CHECK (hard_to_employ IS NULL OR hard_to_employ IN (0, 1)),
  placement TEXT CHECK (placement IS NULL OR placement IN
    ('rural_public_welfare_post', 'poverty_workshop', 'poverty_enterprise')),  -- 乡村公益性岗位/扶贫车间/扶贫企业
  change_kind TEXT CHECK (change_kind IS NULL OR change_kind IN ('transfer', 'renewal')),  -- 调转/续签
  monthly_income_fen INTEGER CHECK (monthly_income_fen IS NULL OR
    (typeof(monthly_income_fen) = 'integer' AND monthly_income_fen >= 0)),
  check_status TEXT CHECK (check_status IS NULL OR check_status IN ('verified', 'doubtful', 'error')),
  check_note TEXT,                            -- the office's note on its check
  file_id INTEGER REFERENCES import_file(id),
  line INTEGER
);
CREATE TRIGGER IF NOT EXISTS employment_record_person_check BEFORE INSERT ON employment_record
WHEN check_idcard(NEW.person_id) IS NOT 1 BEGIN
  SELECT RAISE(ABORT, 'employment_record: person_id 身份证号码: not a valid ID number / 身份证号码无效');
END;
CREATE TRIGGER IF NOT EXISTS employment_record_person_check_update BEFORE UPDATE OF person_id ON employment_record
WHEN check_idcard(NEW.person_id) IS NOT 1 BEGIN
  SELECT RAISE(ABORT, 'employment_record: person_id 身份证号码: not a valid ID number / 身份证号码无效');
END;
CREATE INDEX IF NOT EXISTS employment_record_date ON employment_record(date);
CREATE INDEX IF NOT EXISTS employment_record_recorded ON employment_record(recorded_on);
CREATE INDEX IF NOT EXISTS employment_record_person ON employment_record(person_id, date);

-- 社会保险参保 spells (the 社保信息 the method compares with). scheme: enterprise = 企业职工基本养老保险
-- through a unit; institution = 机关事业单位; individual = 以个人身份参保 (个体, 灵活就业).
CREATE TABLE IF NOT EXISTS insurance_spell (
  id INTEGER PRIMARY KEY,
  person_id TEXT NOT NULL CHECK (length(person_id) = 18),  -- checked by insurance_spell_person_check
  scheme TEXT NOT NULL CHECK (scheme IN ('enterprise', 'institution', 'individual')),
  credit_code TEXT,
  unit_name TEXT,
  insured_from TEXT NOT NULL CHECK (date(insured_from) IS insured_from),   -- 参保/增员
  insured_to TEXT CHECK (insured_to IS NULL OR (date(insured_to) IS insured_to AND insured_to >= insured_from)),
                                                                          -- 减员/停保, last day
  file_id INTEGER REFERENCES import_file(id),
  line INTEGER,
  CHECK (scheme = 'individual' OR credit_code IS NOT NULL)
);
CREATE TRIGGER IF NOT EXISTS insurance_spell_person_check BEFORE INSERT ON insurance_spell
WHEN check_idcard(NEW.person_id) IS NOT 1 BEGIN
  SELECT RAISE(ABORT, 'insurance_spell: person_id 身份证号码: not a valid ID number / 身份证号码无效');
END;
CREATE TRIGGER IF NOT EXISTS insurance_spell_person_check_update BEFORE UPDATE OF person_id ON insurance_spell
WHEN check_idcard(NEW.person_id) IS NOT 1 BEGIN
  SELECT RAISE(ABORT, 'insurance_spell: person_id 身份证号码: not a valid ID number / 身份证号码无效');
END;
CREATE INDEX IF NOT EXISTS insurance_spell_person ON insurance_spell(person_id);

-- 养老保险待遇: exclusion 四(二)6 and, for scheme employee, the retirements of 自然减员 (三2).
CREATE TABLE IF NOT EXISTS pension (
  id INTEGER PRIMARY KEY,
  person_id TEXT NOT NULL CHECK (length(person_id) = 18),  -- checked by pension_person_check
  scheme TEXT NOT NULL CHECK (scheme IN ('employee', 'resident')),   -- 职工 / 城乡居民 基本养老保险
  from_date TEXT NOT NULL CHECK (date(from_date) IS from_date),      -- 办理退休手续 / 待遇起始
  place TEXT NOT NULL CHECK (length(place) = 6 AND place NOT GLOB '*[^0-9]*'),  -- 社保经办机构's area
  file_id INTEGER REFERENCES import_file(id),
  line INTEGER
);
CREATE TRIGGER IF NOT EXISTS pension_person_check BEFORE INSERT ON pension
WHEN check_idcard(NEW.person_id) IS NOT 1 BEGIN
  SELECT RAISE(ABORT, 'pension: person_id 身份证号码: not a valid ID number / 身份证号码无效');
END;
CREATE TRIGGER IF NOT EXISTS pension_person_check_update BEFORE UPDATE OF person_id ON pension
WHEN check_idcard(NEW.person_id) IS NOT 1 BEGIN
  SELECT RAISE(ABORT, 'pension: person_id 身份证号码: not a valid ID number / 身份证号码无效');
END;
CREATE INDEX IF NOT EXISTS pension_person ON pension(person_id);
CREATE INDEX IF NOT EXISTS pension_from ON pension(from_date);

-- 领取失业保险金 spells (exclusion 四(二)7).
CREATE TABLE IF NOT EXISTS ui_benefit (
  id INTEGER PRIMARY KEY,
  person_id TEXT NOT NULL CHECK (length(person_id) = 18),  -- checked by ui_benefit_person_check
  from_date TEXT NOT NULL CHECK (date(from_date) IS from_date),
  to_date TEXT CHECK (to_date IS NULL OR (date(to_date) IS to_date AND to_date >= from_date)),  -- NULL: still paid
  file_id INTEGER REFERENCES import_file(id),
  line INTEGER
);
CREATE TRIGGER IF NOT EXISTS ui_benefit_person_check BEFORE INSERT ON ui_benefit
WHEN check_idcard(NEW.person_id) IS NOT 1 BEGIN
  SELECT RAISE(ABORT, 'ui_benefit: person_id 身份证号码: not a valid ID number / 身份证号码无效');
END;
CREATE TRIGGER IF NOT EXISTS ui_benefit_person_check_update BEFORE UPDATE OF person_id ON ui_benefit
WHEN check_idcard(NEW.person_id) IS NOT 1 BEGIN
  SELECT RAISE(ABORT, 'ui_benefit: person_id 身份证号码: not a valid ID number / 身份证号码无效');
END;
CREATE INDEX IF NOT EXISTS ui_benefit_person ON ui_benefit(person_id);

-- 认定（视同）工伤 with death (自然减员, 三2).
CREATE TABLE IF NOT EXISTS work_injury_death (
  id INTEGER PRIMARY KEY,
  person_id TEXT NOT NULL CHECK (length(person_id) = 18),  -- checked by work_injury_death_person_check
  recognized_on TEXT NOT NULL CHECK (date(recognized_on) IS recognized_on),  -- 认定/视同工伤 decision
  deemed INTEGER NOT NULL CHECK (deemed IN (0, 1)),                          -- 1 = 视同工伤
  place TEXT NOT NULL CHECK (length(place) = 6 AND place NOT GLOB '*[^0-9]*'),
  file_id INTEGER REFERENCES import_file(id),
  line INTEGER
);
CREATE TRIGGER IF NOT EXISTS work_injury_death_person_check BEFORE INSERT ON work_injury_death
WHEN check_idcard(NEW.person_id) IS NOT 1 BEGIN
  SELECT RAISE(ABORT, 'work_injury_death: person_id 身份证号码: not a valid ID number / 身份证号码无效');
END;
CREATE TRIGGER IF NOT EXISTS work_injury_death_person_check_update BEFORE UPDATE OF person_id ON work_injury_death
WHEN check_idcard(NEW.person_id) IS NOT 1 BEGIN
  SELECT RAISE(ABORT, 'work_injury_death: person_id 身份证号码: not a valid ID number / 身份证号码无效');
END;
CREATE INDEX IF NOT EXISTS work_injury_death_on ON work_injury_death(recognized_on);

-- Urban/rural class of the place of a registration (79号 三(十) "在城镇区域办理失业登记"); the
-- national record has no such field.
CREATE TABLE IF NOT EXISTS registration_place (
  AAZ341 TEXT PRIMARY KEY REFERENCES registration(AAZ341),
  urban_rural TEXT NOT NULL CHECK (urban_rural IN ('111','112','121','122','123','210','220')),
  file_id INTEGER REFERENCES import_file(id),
  line INTEGER
);
-- A person's registrations, for 失业再就业 (95号 四(一)5) and 79号 三(十一)'s one count a person.
CREATE INDEX IF NOT EXISTS registration_aac002 ON registration(AAC002);
CREATE INDEX IF NOT EXISTS registration_aac044 ON registration(AAC044);
-- }======
