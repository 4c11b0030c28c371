-- sql/cert_serial.sql: a register for issuing Shandong training-certificate serials by batch
-- (按批次赋序列号), inside one SQLite database file.
--
-- The question it answers: which serial does each trainee who passed get, so that a serial is
-- never issued twice, even when two issuers (two sqlite3 processes) work on the same file?
-- The rules: 鲁人社函〔2020〕48号 三(三) "人力资源社会保障部门按批次对考核合格人员的培训合格证书赋
-- 序列号" and 附件2 (the serial's parts; "每年度从00001-99999依次顺序取值"; the 废置清单 of retired
-- provider codes, "仅作为历史记录查询、追溯，不可再重新赋予其他…培训主体").
-- Uses: cert_serial() (builds each serial and refuses any part out of range, seq 100000 included),
-- cert_serial_check(), cert_serial_city(), check_idcard(). Load the extension before reading this
-- file and in every connection that writes to these tables.
--
-- Set up (once):
--   sqlite3 register.db
--   .load dist/renshe
--   PRAGMA journal_mode = WAL;        -- optional; rollback journals work too
--   .read sql/cert_serial.sql
--   INSERT INTO cert_provider(city, county, code, name) VALUES ('3712', '03', '0012', '某职业培训学校');
--
-- Issue a batch (the documented pattern; each issuer sets a busy timeout):
--   PRAGMA busy_timeout = 10000;
--   BEGIN IMMEDIATE;
--   INSERT INTO cert_batch(city, county, provider, category) VALUES ('3712', '03', '0012', 'A');
--   INSERT INTO cert_trainee(batch_id, line, idcard, name)
--     VALUES (last_insert_rowid(), 1, '11010519491231002X', '张三'), ...;
--   INSERT INTO cert_issue(batch_id, issued_on) VALUES (<the batch_id>, '2026-11-24');
--   COMMIT;
--   SELECT line, serial FROM cert_issued WHERE batch_id = <the batch_id> ORDER BY line;
--
-- The INSERT INTO cert_issue is one statement: it gives every trainee of the batch, in line order,
-- the next serials of the issuing office's yearly sequence, or fails as a whole (an unknown or
-- already issued batch, a retired provider, the 99,999 limit, ...) and leaves nothing behind.
-- BEGIN IMMEDIATE takes the write lock before the sequence is read, so a second issuer waits
-- (busy_timeout) and then continues after the first one's last serial; it never reads a stale
-- sequence. Outside an explicit transaction the INSERT alone is just as safe: SQLite takes the
-- write lock when the statement starts.
--
-- reading: the yearly sequence (附件2 二(五)) is one per issuing office, that is per city code +
-- county code (positions 1-6), per year, shared by all the office's providers and categories.
-- The text does not say its scope; the HR department assigns the serials by batch (三(三)), and under
-- this reading a serial is also unique under every narrower reading (per provider, per category).
-- UNIQUE (city, county, year, seq) in cert_issued enforces it.
-- reading: a provider code is keyed by the office that assigned it (附件2 二(三)1: the provider's
-- local bureau; the province for 3700, the city for 市本级 county 00), which is also the office whose
-- sequence its certificates use: positions 1-10 of a serial are one cert_provider row.
-- reading: retired_on is the first day the code is void ("原有代码随即作废"): a serial issued on or
-- after it is refused, one issued before it stays valid and is kept. A retired row is final: it
-- is never renamed (that would re-assign the code), un-retired or deleted.
-- reading: issuing dates never go backwards within an office's year, so that the sequence order
-- is the issuing order ("依次顺序取值").
--
-- Nothing is replaced behind the triggers' back: INSERT OR REPLACE, REPLACE and UPSERT delete the
-- conflicting row without firing DELETE triggers (unless PRAGMA recursive_triggers is on), and
-- UPDATE OR REPLACE does the same to a row whose key the update takes. So every table whose rows
-- are kept has a BEFORE INSERT trigger that refuses a row whose key (each UNIQUE key) exists
-- already, whatever the statement's conflict clause, and its keys are never updated. A refused
-- statement changes nothing; change what may change (a provider's name, retired_on) with UPDATE.

CREATE TABLE IF NOT EXISTS cert_provider (  -- 培训主体代码 and the 废置清单
  city TEXT NOT NULL,      -- 设区的市代码 3700-3716 (cert_provider_city checks it)
  county TEXT NOT NULL CHECK (county GLOB '[0-9][0-9]' AND (city <> '3700' OR county = '00')),
  code TEXT NOT NULL CHECK (code GLOB '[0-9][0-9][0-9][0-9]' AND code <> '0000'),
  name TEXT NOT NULL CHECK (name <> ''),
  retired_on TEXT CHECK (retired_on IS NULL OR date(retired_on) IS retired_on),  -- 废置 from
  PRIMARY KEY (city, county, code),
  CHECK (typeof(city) = 'text' AND typeof(county) = 'text' AND typeof(code) = 'text'
         AND typeof(name) = 'text' AND typeof(retired_on) IN ('text', 'null'))
);

-- Serials an office issued for a year before it used this register (for instance in the
-- province's information system): the sequence continues after last_seq. Set before the office's
-- first batch of that year, never changed.
CREATE TABLE IF NOT EXISTS cert_seq_before (
  city TEXT NOT NULL,      -- checked by cert_seq_before_city
  county TEXT NOT NULL CHECK (county GLOB '[0-9][0-9]'),
  year INTEGER NOT NULL CHECK (year BETWEEN 2020 AND 2099),
  last_seq INTEGER NOT NULL CHECK (last_seq BETWEEN 1 AND 99999),
  note TEXT,
  PRIMARY KEY (city, county, year),
  CHECK (typeof(city) = 'text' AND typeof(county) = 'text' AND typeof(year) = 'integer'
         AND typeof(last_seq) = 'integer' AND typeof(note) IN ('text', 'null'))
);

CREATE TABLE IF NOT EXISTS cert_batch (  -- one provider's list of trainees who passed (考核合格)
  batch_id INTEGER PRIMARY KEY,
  city TEXT NOT NULL,      -- the provider's key in cert_provider, which is also the issuing office
  county TEXT NOT NULL,
  provider TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('A', 'B', 'C')),  -- 培训类别代码 附件2 二(六)
  note TEXT,
  issued_on TEXT,          -- NULL until the serials are issued (发证日期)
  first_seq INTEGER,
  last_seq INTEGER,
  CHECK (typeof(city) = 'text' AND typeof(county) = 'text' AND typeof(provider) = 'text'
         AND typeof(category) = 'text' AND typeof(note) IN ('text', 'null')
         AND typeof(issued_on) IN ('text', 'null') AND typeof(first_seq) IN ('integer', 'null')
         AND typeof(last_seq) IN ('integer', 'null'))
);

CREATE TABLE IF NOT EXISTS cert_trainee (  -- 参训人员, in the order of the provider's list
  batch_id INTEGER NOT NULL,
  line INTEGER NOT NULL CHECK (line >= 1),
  idcard TEXT NOT NULL,    -- 身份证号码 (三(二), 附件1), checked by cert_trainee_idcard
  name TEXT NOT NULL CHECK (name <> ''),
  PRIMARY KEY (batch_id, line),
  UNIQUE (batch_id, idcard),
  CHECK (typeof(batch_id) = 'integer' AND typeof(line) = 'integer' AND typeof(idcard) = 'text'
         AND typeof(name) = 'text')
);

CREATE TABLE IF NOT EXISTS cert_issued (  -- every serial ever issued; rows are never changed
  serial TEXT PRIMARY KEY, -- checked by cert_issued_serial
  city TEXT NOT NULL,
  county TEXT NOT NULL,
  provider TEXT NOT NULL,
  year INTEGER NOT NULL,
  seq INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 99999),
  category TEXT NOT NULL,
  batch_id INTEGER NOT NULL,
  line INTEGER NOT NULL,
  idcard TEXT NOT NULL,
  name TEXT NOT NULL,
  issued_on TEXT NOT NULL CHECK (date(issued_on) IS issued_on AND issued_on >= '2020-07-30'),
  CHECK (serial = city || county || provider || substr(year, 3, 2) || printf('%05d', seq) || category),
  CHECK (year = CAST(substr(issued_on, 1, 4) AS INTEGER)),
  UNIQUE (city, county, year, seq),  -- reading: one sequence per issuing office per year
  UNIQUE (batch_id, line),
  CHECK (typeof(serial) = 'text' AND typeof(city) = 'text' AND typeof(county) = 'text'
         AND typeof(provider) = 'text' AND typeof(year) = 'integer' AND typeof(seq) = 'integer'
         AND typeof(category) = 'text' AND typeof(batch_id) = 'integer'
         AND typeof(line) = 'integer' AND typeof(idcard) = 'text' AND typeof(name) = 'text'
         AND typeof(issued_on) = 'text')
);
CREATE INDEX IF NOT EXISTS cert_issued_by_provider ON cert_issued(city, county, provider, issued_on);

-- {====================================================================
-- The checks that call renshe are triggers, not CHECK constraints: PRAGMA integrity_check and
-- VACUUM evaluate every CHECK constraint, so one that calls renshe would make both fail in a
-- connection without the extension (docs/appliance.md "Without the extension"). A trigger holds
-- on INSERT and on UPDATE of its columns, and a connection without renshe cannot write these
-- tables at all (no such function), so nothing unchecked gets in. Updates of a provider's or a
-- carried sequence's city and of an issued serial are refused by the triggers further down.
-- The column types are CHECK (typeof(...)) constraints, of the same force as STRICT, which
-- DB Browser for SQLite 3.12 (Debian 12) cannot read.

CREATE TRIGGER IF NOT EXISTS cert_provider_city BEFORE INSERT ON cert_provider
WHEN cert_serial_city(NEW.city) IS NOT NEW.city BEGIN
  SELECT RAISE(ABORT, 'cert_provider: city: expected a certificate city code 3700-3716 (鲁人社函〔2020〕48号 附件2 二(一)) / 设区的市代码无效');
END;

CREATE TRIGGER IF NOT EXISTS cert_seq_before_city BEFORE INSERT ON cert_seq_before
WHEN cert_serial_city(NEW.city) IS NOT NEW.city BEGIN
  SELECT RAISE(ABORT, 'cert_seq_before: city: expected a certificate city code 3700-3716 (鲁人社函〔2020〕48号 附件2 二(一)) / 设区的市代码无效');
END;

CREATE TRIGGER IF NOT EXISTS cert_trainee_idcard BEFORE INSERT ON cert_trainee
WHEN NEW.idcard IS NOT NULL AND check_idcard(NEW.idcard) IS NOT 1 BEGIN
  SELECT RAISE(ABORT, 'cert_trainee: idcard: not a valid ID number (SELECT * FROM check_idcard(idcard) says why) / 身份证号码无效');
END;

CREATE TRIGGER IF NOT EXISTS cert_trainee_idcard_update BEFORE UPDATE OF idcard ON cert_trainee
WHEN NEW.idcard IS NOT NULL AND check_idcard(NEW.idcard) IS NOT 1 BEGIN
  SELECT RAISE(ABORT, 'cert_trainee: idcard: not a valid ID number (SELECT * FROM check_idcard(idcard) says why) / 身份证号码无效');
END;

CREATE TRIGGER IF NOT EXISTS cert_issued_serial BEFORE INSERT ON cert_issued
WHEN cert_serial_check(NEW.serial) IS NOT 1 BEGIN
  SELECT RAISE(ABORT, 'cert_issued: serial: not a valid certificate serial (SELECT * FROM cert_serial(serial) says why) / 序列号无效');
END;
-- }====================================================================

-- {====================================================================
-- Providers: codes are never re-assigned (附件2 二(三)2)

-- Any insert of a code that exists (INSERT, INSERT OR REPLACE, REPLACE, UPSERT): a retired code
-- is never assigned again; a live one is changed by UPDATE (its name), never replaced.
CREATE TRIGGER IF NOT EXISTS cert_provider_no_reassign BEFORE INSERT ON cert_provider
WHEN EXISTS (SELECT 1 FROM cert_provider p WHERE p.city = NEW.city AND p.county = NEW.county
             AND p.code = NEW.code AND p.retired_on IS NOT NULL) BEGIN
  SELECT RAISE(ABORT, 'cert_provider: a retired provider code is never assigned again: 废置清单中的代码仅作为历史记录查询、追溯，不可再重新赋予其他承担政府补贴性培训任务的培训主体 (鲁人社函〔2020〕48号 附件2 二(三)2)');
END;

CREATE TRIGGER IF NOT EXISTS cert_provider_no_replace BEFORE INSERT ON cert_provider
WHEN EXISTS (SELECT 1 FROM cert_provider p WHERE p.city = NEW.city AND p.county = NEW.county
             AND p.code = NEW.code AND p.retired_on IS NULL) BEGIN
  SELECT RAISE(ABORT, 'cert_provider: (city, county, code) is assigned already: a code is assigned once (鲁人社函〔2020〕48号 附件2 二(三)1); change its name with UPDATE, never by REPLACE or UPSERT');
END;

CREATE TRIGGER IF NOT EXISTS cert_provider_no_delete BEFORE DELETE ON cert_provider BEGIN
  SELECT RAISE(ABORT, 'cert_provider: a provider code is never deleted: retire it (retired_on); 废置清单中的代码仅作为历史记录查询、追溯 (鲁人社函〔2020〕48号 附件2 二(三)2)');
END;

CREATE TRIGGER IF NOT EXISTS cert_provider_no_recode BEFORE UPDATE OF city, county, code ON cert_provider BEGIN
  SELECT RAISE(ABORT, 'cert_provider: a provider code is never changed / 培训主体代码不可变更');
END;

CREATE TRIGGER IF NOT EXISTS cert_provider_retired_final BEFORE UPDATE ON cert_provider
WHEN OLD.retired_on IS NOT NULL BEGIN
  SELECT RAISE(ABORT, 'cert_provider: a retired code (废置清单) is final: never renamed, re-assigned or restored; 不可再重新赋予其他培训主体 (鲁人社函〔2020〕48号 附件2 二(三)2)');
END;

CREATE TRIGGER IF NOT EXISTS cert_provider_retire_after_issued BEFORE UPDATE OF retired_on ON cert_provider
WHEN EXISTS (SELECT 1 FROM cert_issued i WHERE i.city = NEW.city AND i.county = NEW.county
             AND i.provider = NEW.code AND i.issued_on >= NEW.retired_on) BEGIN
  SELECT RAISE(ABORT, 'cert_provider: retired_on is on or before serials already issued under this code; retire it after its last issuing date');
END;
-- }====================================================================

-- {====================================================================
-- Sequence carried in from before the register

CREATE TRIGGER IF NOT EXISTS cert_seq_before_first BEFORE INSERT ON cert_seq_before
WHEN EXISTS (SELECT 1 FROM cert_issued i WHERE i.city = NEW.city AND i.county = NEW.county AND i.year = NEW.year) BEGIN
  SELECT RAISE(ABORT, 'cert_seq_before: this office has issued serials for the year in this register already; the carried sequence must come first');
END;

CREATE TRIGGER IF NOT EXISTS cert_seq_before_no_replace BEFORE INSERT ON cert_seq_before
WHEN EXISTS (SELECT 1 FROM cert_seq_before s WHERE s.city = NEW.city AND s.county = NEW.county
             AND s.year = NEW.year) BEGIN
  SELECT RAISE(ABORT, 'cert_seq_before: the carried sequence of this office and year is set already; it is never changed or replaced');
END;

CREATE TRIGGER IF NOT EXISTS cert_seq_before_no_update BEFORE UPDATE ON cert_seq_before BEGIN
  SELECT RAISE(ABORT, 'cert_seq_before: a carried sequence is never changed');
END;

CREATE TRIGGER IF NOT EXISTS cert_seq_before_no_delete BEFORE DELETE ON cert_seq_before BEGIN
  SELECT RAISE(ABORT, 'cert_seq_before: a carried sequence is never deleted');
END;
-- }====================================================================

-- {====================================================================
-- Batches and trainees: a batch's list is fixed once its serials are issued

CREATE TRIGGER IF NOT EXISTS cert_batch_provider BEFORE INSERT ON cert_batch
WHEN NOT EXISTS (SELECT 1 FROM cert_provider p WHERE p.city = NEW.city AND p.county = NEW.county AND p.code = NEW.provider) BEGIN
  SELECT RAISE(ABORT, 'cert_batch: (city, county, provider) is not in cert_provider: the office assigns the provider code first (鲁人社函〔2020〕48号 附件2 二(三)1)');
END;

CREATE TRIGGER IF NOT EXISTS cert_batch_no_replace BEFORE INSERT ON cert_batch
WHEN EXISTS (SELECT 1 FROM cert_batch b WHERE b.batch_id = NEW.batch_id) BEGIN
  SELECT RAISE(ABORT, 'cert_batch: batch_id exists already: a batch is never replaced (REPLACE, UPSERT); leave batch_id out for a new batch');
END;

CREATE TRIGGER IF NOT EXISTS cert_batch_no_renumber BEFORE UPDATE OF batch_id ON cert_batch
WHEN NEW.batch_id IS NOT OLD.batch_id BEGIN
  SELECT RAISE(ABORT, 'cert_batch: batch_id is never changed');
END;

CREATE TRIGGER IF NOT EXISTS cert_batch_issued_final BEFORE UPDATE ON cert_batch
WHEN OLD.issued_on IS NOT NULL BEGIN
  SELECT RAISE(ABORT, 'cert_batch: this batch was issued; it is never changed');
END;

CREATE TRIGGER IF NOT EXISTS cert_batch_issue_only BEFORE UPDATE OF issued_on ON cert_batch
WHEN NOT EXISTS (SELECT 1 FROM cert_issued i WHERE i.batch_id = NEW.batch_id) BEGIN
  SELECT RAISE(ABORT, 'cert_batch: issued_on is set by INSERT INTO cert_issue(batch_id, issued_on)');
END;

CREATE TRIGGER IF NOT EXISTS cert_batch_no_delete BEFORE DELETE ON cert_batch
WHEN OLD.issued_on IS NOT NULL BEGIN
  SELECT RAISE(ABORT, 'cert_batch: an issued batch is never deleted');
END;

-- (batch_id is SQLite's rowid: a deleted last batch's number goes to the next batch, which would
-- take over trainees left behind.)
CREATE TRIGGER IF NOT EXISTS cert_batch_no_orphans BEFORE DELETE ON cert_batch
WHEN EXISTS (SELECT 1 FROM cert_trainee t WHERE t.batch_id = OLD.batch_id) BEGIN
  SELECT RAISE(ABORT, 'cert_batch: the batch still has trainees: delete them first (DELETE FROM cert_trainee WHERE batch_id = ...), or a later batch would take them over');
END;

CREATE TRIGGER IF NOT EXISTS cert_trainee_open_batch BEFORE INSERT ON cert_trainee
WHEN NOT EXISTS (SELECT 1 FROM cert_batch b WHERE b.batch_id = NEW.batch_id AND b.issued_on IS NULL) BEGIN
  SELECT RAISE(ABORT, 'cert_trainee: batch_id is not an open batch (unknown, or issued already)');
END;

CREATE TRIGGER IF NOT EXISTS cert_trainee_no_update BEFORE UPDATE ON cert_trainee
WHEN EXISTS (SELECT 1 FROM cert_batch b WHERE b.batch_id = OLD.batch_id AND b.issued_on IS NOT NULL) BEGIN
  SELECT RAISE(ABORT, 'cert_trainee: the batch was issued; its list is never changed');
END;

-- (A trainee moved by UPDATE OR REPLACE into an issued batch would delete that batch's row.)
CREATE TRIGGER IF NOT EXISTS cert_trainee_stay_open BEFORE UPDATE OF batch_id ON cert_trainee
WHEN NOT EXISTS (SELECT 1 FROM cert_batch b WHERE b.batch_id = NEW.batch_id AND b.issued_on IS NULL) BEGIN
  SELECT RAISE(ABORT, 'cert_trainee: batch_id is not an open batch (unknown, or issued already)');
END;

CREATE TRIGGER IF NOT EXISTS cert_trainee_no_delete BEFORE DELETE ON cert_trainee
WHEN EXISTS (SELECT 1 FROM cert_batch b WHERE b.batch_id = OLD.batch_id AND b.issued_on IS NOT NULL) BEGIN
  SELECT RAISE(ABORT, 'cert_trainee: the batch was issued; its list is never changed');
END;
-- }====================================================================

-- {====================================================================
-- Issued serials: in order, never twice, never for a retired code

-- A serial belongs to a trainee of an open batch, with the batch's provider and category: rows
-- come from INSERT INTO cert_issue, and a direct insert must say the same. (Created
-- first, so fired last: the other rules name the problem of a direct insert first.)
CREATE TRIGGER IF NOT EXISTS cert_issued_batch BEFORE INSERT ON cert_issued
WHEN NOT EXISTS (SELECT 1 FROM cert_batch b JOIN cert_trainee t ON t.batch_id = b.batch_id
                 WHERE b.batch_id = NEW.batch_id AND b.issued_on IS NULL
                 AND b.city = NEW.city AND b.county = NEW.county AND b.provider = NEW.provider
                 AND b.category = NEW.category
                 AND t.line = NEW.line AND t.idcard = NEW.idcard AND t.name = NEW.name) BEGIN
  SELECT RAISE(ABORT, 'cert_issued: batch_id and line are not a trainee of an open batch with this provider, category, idcard and name; issue with INSERT INTO cert_issue(batch_id, issued_on)');
END;

CREATE TRIGGER IF NOT EXISTS cert_issued_in_order BEFORE INSERT ON cert_issued
WHEN NEW.seq IS NOT max(
       (SELECT coalesce(max(i.seq), 0) FROM cert_issued i
        WHERE i.city = NEW.city AND i.county = NEW.county AND i.year = NEW.year),
       coalesce((SELECT s.last_seq FROM cert_seq_before s
                 WHERE s.city = NEW.city AND s.county = NEW.county AND s.year = NEW.year), 0)) + 1 BEGIN
  SELECT RAISE(ABORT, 'cert_issued: seq is not the next of the office''s yearly sequence; 每年度从00001-99999依次顺序取值 (鲁人社函〔2020〕48号 附件2 二(五))');
END;

-- (Dates never go backwards along the sequence, so the last serial's date is the latest: one
-- index lookup, not a scan of the year.)
CREATE TRIGGER IF NOT EXISTS cert_issued_dates_forward BEFORE INSERT ON cert_issued
WHEN (SELECT i.issued_on FROM cert_issued i WHERE i.city = NEW.city AND i.county = NEW.county
      AND i.year = NEW.year ORDER BY i.seq DESC LIMIT 1) > NEW.issued_on BEGIN
  SELECT RAISE(ABORT, 'cert_issued: issued_on is before the office''s last issuing date this year; the sequence follows the issuing order');
END;

CREATE TRIGGER IF NOT EXISTS cert_issued_provider BEFORE INSERT ON cert_issued
WHEN NOT EXISTS (SELECT 1 FROM cert_provider p WHERE p.city = NEW.city AND p.county = NEW.county
                 AND p.code = NEW.provider AND (p.retired_on IS NULL OR p.retired_on > NEW.issued_on)) BEGIN
  SELECT RAISE(ABORT, 'cert_issue: the provider code is on the retired list (废置清单) or not registered: no new serials for it; its old serials stay valid (鲁人社函〔2020〕48号 附件2 二(三)2)');
END;

-- An issued row is never replaced: REPLACE or UPSERT on any of its keys is refused. (Created last:
-- SQLite fires the most recently created trigger first, so this is the error a replace gets; the
-- order only chooses the message, every trigger refuses on its own.)
CREATE TRIGGER IF NOT EXISTS cert_issued_no_replace BEFORE INSERT ON cert_issued
WHEN EXISTS (SELECT 1 FROM cert_issued i WHERE i.serial = NEW.serial)
  OR EXISTS (SELECT 1 FROM cert_issued i WHERE i.city = NEW.city AND i.county = NEW.county
             AND i.year = NEW.year AND i.seq = NEW.seq)
  OR EXISTS (SELECT 1 FROM cert_issued i WHERE i.batch_id = NEW.batch_id AND i.line = NEW.line) BEGIN
  SELECT RAISE(ABORT, 'cert_issued: the serial, its (office, year, seq) or its (batch_id, line) is issued already: an issued serial is never replaced, changed or deleted / 已赋序列号不可变更');
END;

CREATE TRIGGER IF NOT EXISTS cert_issued_no_update BEFORE UPDATE ON cert_issued BEGIN
  SELECT RAISE(ABORT, 'cert_issued: an issued serial is never changed / 已赋序列号不可变更');
END;

CREATE TRIGGER IF NOT EXISTS cert_issued_no_delete BEFORE DELETE ON cert_issued BEGIN
  SELECT RAISE(ABORT, 'cert_issued: an issued serial is never deleted, so it is never issued twice / 已赋序列号不可删除');
END;
-- }====================================================================

-- {====================================================================
-- Issuing: INSERT INTO cert_issue(batch_id, issued_on) VALUES (?, 'YYYY-MM-DD')

CREATE VIEW IF NOT EXISTS cert_issue(batch_id, issued_on) AS
  SELECT batch_id, issued_on FROM cert_batch;

CREATE TRIGGER IF NOT EXISTS cert_issue_batch INSTEAD OF INSERT ON cert_issue BEGIN
  SELECT RAISE(ABORT, 'cert_issue: no such batch_id / 批次不存在')
  WHERE NOT EXISTS (SELECT 1 FROM cert_batch WHERE batch_id = NEW.batch_id);
  SELECT RAISE(ABORT, 'cert_issue: the batch was issued already; a serial is never issued twice / 该批次已赋序列号')
  WHERE EXISTS (SELECT 1 FROM cert_batch WHERE batch_id = NEW.batch_id AND issued_on IS NOT NULL);
  SELECT RAISE(ABORT, 'cert_issue: issued_on: expected a date YYYY-MM-DD on or after 2020-07-30 (鲁人社函〔2020〕48号) / 发证日期无效')
  WHERE NEW.issued_on IS NULL OR date(NEW.issued_on) IS NOT NEW.issued_on OR NEW.issued_on < '2020-07-30';
  SELECT RAISE(ABORT, 'cert_issue: the batch has no trainees / 该批次没有考核合格人员')
  WHERE NOT EXISTS (SELECT 1 FROM cert_trainee WHERE batch_id = NEW.batch_id);
  SELECT RAISE(ABORT, 'cert_issue: the provider code is on the retired list (废置清单) or not registered: no new serials for it; its old serials stay valid (鲁人社函〔2020〕48号 附件2 二(三)2)')
  WHERE NOT EXISTS (SELECT 1 FROM cert_batch b JOIN cert_provider p
                    ON p.city = b.city AND p.county = b.county AND p.code = b.provider
                    WHERE b.batch_id = NEW.batch_id
                    AND (p.retired_on IS NULL OR p.retired_on > NEW.issued_on));
  INSERT INTO cert_issued(serial, city, county, provider, year, seq, category, batch_id, line, idcard,
                          name, issued_on)
  SELECT cert_serial(b.city, b.county, b.provider, y.year, y.base + row_number() OVER (ORDER BY t.line),
                     b.category),
         b.city, b.county, b.provider, y.year, y.base + row_number() OVER (ORDER BY t.line),
         b.category, b.batch_id, t.line, t.idcard, t.name, NEW.issued_on
  FROM cert_batch b
  JOIN cert_trainee t ON t.batch_id = b.batch_id
  JOIN (SELECT CAST(substr(NEW.issued_on, 1, 4) AS INTEGER) AS year,
               max(coalesce((SELECT max(i.seq) FROM cert_issued i, cert_batch b2
                             WHERE b2.batch_id = NEW.batch_id AND i.city = b2.city
                             AND i.county = b2.county
                             AND i.year = CAST(substr(NEW.issued_on, 1, 4) AS INTEGER)), 0),
                   coalesce((SELECT s.last_seq FROM cert_seq_before s, cert_batch b3
                             WHERE b3.batch_id = NEW.batch_id AND s.city = b3.city
                             AND s.county = b3.county
                             AND s.year = CAST(substr(NEW.issued_on, 1, 4) AS INTEGER)), 0)) AS base) y
  WHERE b.batch_id = NEW.batch_id
  ORDER BY t.line;
  UPDATE cert_batch
  SET issued_on = NEW.issued_on,
      first_seq = (SELECT min(seq) FROM cert_issued WHERE batch_id = NEW.batch_id),
      last_seq = (SELECT max(seq) FROM cert_issued WHERE batch_id = NEW.batch_id)
  WHERE batch_id = NEW.batch_id;
END;
-- }====================================================================

-- Look a certificate up: SELECT * FROM cert_register WHERE serial = '...';
-- valid_form is the serial's form as of its issuing date; issued_before_retirement says the
-- provider code was not yet void when it was issued (a retired provider's old serials: 1).
CREATE VIEW IF NOT EXISTS cert_register AS
SELECT i.serial, i.issued_on, i.idcard, i.name, i.batch_id, i.line,
       p.name AS provider_name, p.retired_on AS provider_retired_on,
       cert_serial_check(i.serial, i.issued_on) AS valid_form,
       (p.retired_on IS NULL OR i.issued_on < p.retired_on) AS issued_before_retirement
FROM cert_issued i
JOIN cert_provider p ON p.city = i.city AND p.county = i.county AND p.code = i.provider;
