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
  -- 登记地点 of our own (not a national field): 户籍地, 常住地 (鲁人社字〔2020〕39号 一(二)) or, from
  -- 2020-07-20, 就业地, 参保地 (人社厅发〔2020〕79号 一(一)), which the national ADC221 (1 户籍地址, 2 常驻地址
  -- only, kept as printed) cannot hold. The import fills it from ADC221; an office sets 就业地 or
  -- 参保地 after the import: UPDATE registration SET place_kind = '就业地' WHERE AAZ341 = '…';
  place_kind TEXT CHECK (place_kind IS NULL OR place_kind IN ('户籍地', '常住地', '就业地', '参保地')),
  file_id INTEGER REFERENCES import_file(id),
  line INTEGER,
  CONSTRAINT place_kind_agrees_with_ADC221 CHECK (place_kind IS NULL OR place_kind IN ('就业地', '参保地')
         OR place_kind = CASE ADC221 WHEN '1' THEN '户籍地' WHEN '2' THEN '常住地' END),
  CONSTRAINT place_kind_from_2020_07_20 CHECK (place_kind IS NULL OR place_kind IN ('户籍地', '常住地') OR AAE036 >= '20200720'),
  -- A resident's number must be valid, born by the registration date, and of the recorded sex
  -- (AAC002 rules 1-5; a value starting with a letter is exempt, AAC002 rule 1).
  CHECK (AAC002 IS NULL OR AAC002 GLOB '[A-Za-z]*' OR
         check_idcard(AAC002, AAE036, CASE WHEN AAC004 IN ('1', '2') THEN AAC004 END))
);
CREATE INDEX IF NOT EXISTS registration_city ON registration(city);

CREATE TABLE IF NOT EXISTS registration_event (
  AAZ341 TEXT NOT NULL REFERENCES registration(AAZ341),  -- the registration it belongs to
  date TEXT NOT NULL CHECK (date(date) IS date),
  type TEXT NOT NULL,                     -- an event type of unemployment_status (status.event_types)
  detail TEXT CHECK (detail IS NULL OR json_valid(detail)),  -- code, good_reason, body, ... as JSON
  file_id INTEGER REFERENCES import_file(id),
  line INTEGER
);
CREATE INDEX IF NOT EXISTS registration_event_reg ON registration_event(AAZ341);

-- The person JSON of unemployment_status for every approved registration. The ID number is
-- AAC002, or AAC044 when the document is a 居民身份证, 港澳台居民居住证 or 社会保障卡 (AAC058 01, 03, 04);
-- the place is place_kind (登记地点, our own column), or else ADC221 1/2 read as the 户籍地/常住地 of
-- 鲁人社字〔2020〕39号 一(二); applied is 申请日期 AAE127 (the processing time is checked against it);
-- document is AAC058 (the documents of 39号 附件3 are checked).
-- Answers "who is registered unemployed on date D" in one query:
--   SELECT city, count(*) FROM unemployment_person
--    WHERE unemployment_status(city, person, 'D') = 'unemployed' GROUP BY city;
CREATE VIEW IF NOT EXISTS unemployment_person AS
SELECT r.AAZ341, r.city, r.AAC003 AS name,
       json_object(
         'id', coalesce(r.AAC002, CASE WHEN r.AAC058 IN ('01', '03', '04') THEN r.AAC044 END),
         'document', r.AAC058,
         'registration', json_object(
           'date', substr(r.AAE036, 1, 4) || '-' || substr(r.AAE036, 5, 2) || '-' || substr(r.AAE036, 7, 2),
           'applied', CASE WHEN r.AAE127 GLOB '[12][0-9][0-9][0-9][01][0-9][0-3][0-9]'
                           THEN substr(r.AAE127, 1, 4) || '-' || substr(r.AAE127, 5, 2) || '-' || substr(r.AAE127, 7, 2) END,
           'place', coalesce(r.place_kind, CASE r.ADC221 WHEN '1' THEN '户籍地' WHEN '2' THEN '常住地' END),
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
  person_id TEXT CHECK (person_id IS NULL OR check_idcard(person_id)),
  employer TEXT REFERENCES employer(credit_code),
  claim_date TEXT NOT NULL CHECK (date(claim_date) IS claim_date),
  amount_fen INTEGER NOT NULL CHECK (typeof(amount_fen) = 'integer' AND amount_fen >= 0),
  status TEXT NOT NULL CHECK (status IN ('claimed', 'approved', 'paid', 'refused')),
  CHECK (person_id IS NOT NULL OR employer IS NOT NULL)
);

-- Every person the appliance knows, by the 18-character form of the ID number, from
-- registrations, training certificates (sql/cert_serial.sql, when read) and subsidy claims.
CREATE VIEW IF NOT EXISTS person AS
SELECT idcard_upgrade(id) AS id, min(name) AS name, idcard_birth(id) AS birth_date, idcard_sex(id) AS sex
  FROM (SELECT AAC002 AS id, AAC003 AS name FROM registration WHERE check_idcard(AAC002)
        UNION ALL SELECT person_id, NULL FROM subsidy_claim WHERE person_id IS NOT NULL)
 GROUP BY idcard_upgrade(id);
