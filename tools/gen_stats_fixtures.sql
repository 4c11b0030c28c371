-- tools/gen_stats_fixtures.sql: generate the statistics ledger of the demo under fixtures/appliance/
-- (employment_records.csv, insurance_spells.csv, pensions.csv, ui_benefits.csv,
-- work_injury_deaths.csv, registration_places.csv) for 济南, 淄博 and 威海 over 2020-01..2021-12.
--
-- Usage (from the repository root, after tools/gen_fixtures.sh; the outputs are committed, rerun
-- only to change them):
--   sqlite3 -cmd '.load dist/renshe' :memory: < tools/gen_stats_fixtures.sql
-- No real people: names from common surnames and given-name characters, ID numbers built with GB
-- 11643-1999's check rule (idcard_checkdigit), units and credit codes invented (the right shape, not
-- real). Everything is a deterministic function of the row number. Each person follows one of 20
-- patterns (k % 20, listed below) so that every rule code of docs/statistics.md occurs, except
-- excl.income_below_dibao and excl.city.* / doubt.city.* (they need a city's 低保 standard and a
-- city's own checks, which no demo city has entered) and excl.duplicate of registered unemployment
-- (the demo rosters register each person once): tests/sql/statistics.sql covers those.
-- The registered persons whose events say they found work (employed, self_employed,
-- flexible_employment, public_welfare_post) get that employment, and one before their
-- registration: 失业再就业 (count.reemployment).
CREATE TABLE city(ci INTEGER, key TEXT, code TEXT, short TEXT, counties TEXT);
INSERT INTO city VALUES
  (0, 'jinan',  '370100', '济南', '370102,370103,370104,370105,370112,370116'),
  (1, 'zibo',   '370300', '淄博', '370302,370303,370304,370305,370306'),
  (2, 'weihai', '371000', '威海', '371002,371003,371082,371083');
CREATE TABLE surname(i INTEGER PRIMARY KEY, s TEXT);
INSERT INTO surname(s) VALUES ('王'),('李'),('张'),('刘'),('陈'),('杨'),('赵'),('黄'),('周'),('吴'),
  ('徐'),('孙'),('胡'),('朱'),('高'),('林'),('何'),('郭'),('马'),('罗');
CREATE TABLE given(i INTEGER PRIMARY KEY, s TEXT);
INSERT INTO given(s) VALUES ('伟'),('芳'),('娜'),('敏'),('静'),('丽'),('强'),('磊'),('军'),('洋'),
  ('勇'),('艳'),('杰'),('娟'),('涛'),('明'),('超'),('秀英'),('霞'),('平'),('刚'),('桂英'),('建华'),('玉兰');
CREATE TABLE trade(i INTEGER PRIMARY KEY, s TEXT);
INSERT INTO trade(s) VALUES ('科技'),('物流'),('食品'),('机械'),('商贸'),('建筑'),('纺织'),('医药'),('电子'),('餐饮'),('印刷'),('化工');
CREATE TABLE work(i INTEGER PRIMARY KEY, s TEXT);
INSERT INTO work(s) VALUES ('网约车驾驶'),('外卖配送'),('快递配送'),('家政服务'),('直播电商'),('社区团购');

-- The persons of the ledger: 600 a city; k % 20 is the pattern, v = k / 20 its variant:
--   0, 1  a unit job, insured from its first day (count.new; one record entered in error)
--   2     flexible work          3  an individual business     4  a public-welfare post
--   5     two unit jobs in one year (excl.duplicate_in_year: 2020 the latest counts, 2021 the first)
--   6     a unit job, 断缴, another unit next year (count.cross_year.unit when verified, else
--         doubt.new_insured_prior_contrib)
--   7     a unit job insured without a gap into another unit next year (excl.transfer)
--   8     flexible work still going at the year end, then a unit job (excl.employed_at_prior_year_end);
--         v % 3 = 2: a unit job that ended, then flexible work (count.cross_year.flexible)
--   9     entered 35 days late (excl.outside_period in the period of entry)
--   10 outside 山东   11 乡村公益性岗位/扶贫车间/扶贫企业   12 a rural place   13 aged 15
--   14 a residents' pension   15 失业保险金 the whole period   16 registered and exited in the period
--   17 insured with the same unit since 2019 (excl.same_unit_insured)
--   18 one doubt each by v: name, unit, credit code, phone, marked, credit-code and unit-name mismatch
--   19 across years by v % 4: flexible → flexible, flexible → public-welfare post, business closed →
--      business, unit → unit without registration or 断缴
CREATE TABLE p AS
WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 600)
SELECT c.ci, c.code AS city, c.short, n.k, n.k % 20 AS pat, (n.k / 20) AS v,
       substr(c.counties, 1 + 7 * ((n.k * 5) % ((length(c.counties) + 1) / 7)), 6) AS county,
       (SELECT s FROM surname WHERE i = 1 + (n.k * 7 + c.ci * 3) % 20) ||
       (SELECT s FROM given WHERE i = 1 + (n.k * 11 + c.ci * 5) % 24) AS name,
       1 + (n.k % 2) AS sex,
       date('2019-12-21', '+' || (((n.k / 20) * 24 + (n.k % 20) * 37 + c.ci * 13) % 730) || ' days') AS d0,
       date('2019-12-25', '+' || (((n.k / 20) * 10 + (n.k % 20) * 7 + c.ci * 3) % 290) || ' days') AS d1,
       date('2021-01-05', '+' || (((n.k / 20) * 11 + (n.k % 20) * 5 + c.ci * 3) % 320) || ' days') AS d2
  FROM city c, n;
ALTER TABLE p ADD COLUMN birth TEXT;
UPDATE p SET birth = CASE WHEN pat = 13 THEN date(d0, '-15 years', '+' || (3 + k % 20) || ' days')
                          ELSE printf('%04d-%02d-%02d', 1968 + (k * 7) % 34, 1 + (k * 5) % 12, 1 + (k * 3) % 28) END;
ALTER TABLE p ADD COLUMN id TEXT;
UPDATE p SET id = county || replace(birth, '-', '') || printf('%02d', k % 100) || CASE sex WHEN 1 THEN '3' ELSE '4' END;
UPDATE p SET id = id || idcard_checkdigit(id);
ALTER TABLE p ADD COLUMN phone TEXT;
UPDATE p SET phone = CASE WHEN k % 9 = 4 THEN printf('0%d-%08d', CASE ci WHEN 0 THEN 531 WHEN 1 THEN 533 ELSE 631 END, 80000000 + k * 7919 % 9999999)
                          ELSE printf('13%d%08d', 5 + k % 5, 10000000 + (k * 7919 + ci) % 90000000) END;

-- Units: a credit code and a name for unit u of a city ('91' 企业, '92' 个体工商户, '12' 事业单位).
CREATE VIEW unit AS
SELECT c.ci, u.value AS u, '91' || c.code || 'MA' || printf('%08d', u.value * 7 + c.ci) AS credit,
       c.short || (SELECT s FROM trade WHERE i = 1 + u.value % 12) || printf('示例%d号有限公司', u.value) AS name
  FROM city c, generate_series(1, 1200) u;

-- Records: person, seq, form, date, end_date, unit key (NULL: flexible), then overrides.
CREATE TABLE r(ci, k, seq, form, d, end_d, u, recorded_on, place, urban, placement, check_status,
               name_override, unit_override, credit_override, phone_override);
INSERT INTO r(ci, k, seq, form, d, end_d, u)
SELECT ci, k, 1, CASE WHEN pat IN (0, 1, 5, 6, 7, 17) OR (pat = 8 AND v % 3 = 2) THEN 'unit' WHEN pat = 3 THEN 'individual_business'
                      WHEN pat = 4 THEN 'public_welfare_post' WHEN pat = 18 AND v % 8 IN (2, 5, 6) THEN 'unit'
                      WHEN pat = 19 AND v % 4 = 2 THEN 'individual_business' WHEN pat = 19 AND v % 4 = 3 THEN 'unit'
                      ELSE 'flexible' END,
       CASE WHEN pat IN (5, 6, 7, 8, 19) THEN d1 WHEN pat = 17 THEN d2 ELSE d0 END,
       CASE WHEN pat = 5 THEN date(d1, '+30 days') WHEN pat = 6 THEN date(d1, '+90 days') WHEN pat = 7 THEN date(d2, '-1 day')
            WHEN pat = 19 OR (pat = 8 AND v % 3 = 2) THEN date(d1, '+60 days') WHEN pat = 16 THEN stat_period_end(stat_period(d0)) END,
       k
  FROM p;
-- second records: 5 another unit in the same year; 6, 7 another unit next year; 8 a unit next year
-- (or, after a unit job that ended, flexible work);
-- 19 next year: flexible → flexible, flexible → public-welfare post, business → business, unit → unit
INSERT INTO r(ci, k, seq, form, d, end_d, u)
SELECT ci, k, 2, CASE WHEN pat = 19 AND v % 4 = 0 THEN 'flexible' WHEN pat = 19 AND v % 4 = 1 THEN 'public_welfare_post'
                      WHEN pat = 19 AND v % 4 = 2 THEN 'individual_business' WHEN pat = 8 AND v % 3 = 2 THEN 'flexible'
                      ELSE 'unit' END,
       CASE WHEN pat = 5 THEN date(d1, '+40 days') ELSE d2 END, NULL, k + 600
  FROM p WHERE pat IN (5, 6, 7, 8, 19);
UPDATE r SET recorded_on = date(d, '+35 days') WHERE (ci, k) IN (SELECT ci, k FROM p WHERE pat = 9);
UPDATE r SET place = '110105' WHERE (ci, k) IN (SELECT ci, k FROM p WHERE pat = 10);
UPDATE r SET placement = CASE k % 3 WHEN 0 THEN 'rural_public_welfare_post' WHEN 1 THEN 'poverty_workshop' ELSE 'poverty_enterprise' END
 WHERE (ci, k) IN (SELECT ci, k FROM p WHERE pat = 11);
UPDATE r SET urban = CASE k % 2 WHEN 0 THEN '210' ELSE '220' END WHERE (ci, k) IN (SELECT ci, k FROM p WHERE pat = 12);
UPDATE r SET check_status = 'verified' WHERE seq = 2 AND (ci, k) IN (SELECT ci, k FROM p WHERE pat = 6 AND v % 2 = 0);
-- pattern 18: one doubt each (v % 8); one record of pattern 0 entered in error
UPDATE r SET name_override = (SELECT substr(name, 1, 1) || ' ' || substr(name, 2) FROM p WHERE p.ci = r.ci AND p.k = r.k)
 WHERE (ci, k) IN (SELECT ci, k FROM p WHERE pat = 18 AND v % 8 = 0);
UPDATE r SET unit_override = '' WHERE (ci, k) IN (SELECT ci, k FROM p WHERE pat = 18 AND v % 8 = 1);
UPDATE r SET credit_override = '91370100MA3C0OI1Z0' WHERE (ci, k) IN (SELECT ci, k FROM p WHERE pat = 18 AND v % 8 = 2);
UPDATE r SET phone_override = '1380531' WHERE (ci, k) IN (SELECT ci, k FROM p WHERE pat = 18 AND v % 8 = 3);
UPDATE r SET check_status = 'doubtful' WHERE (ci, k) IN (SELECT ci, k FROM p WHERE pat = 18 AND v % 8 = 4);
UPDATE r SET check_status = 'error' WHERE (ci, k) IN (SELECT ci, k FROM p WHERE pat = 0 AND v = 3);

-- The registered persons who found work: that employment, and one before the registration.
CREATE VIRTUAL TABLE temp.rj USING csv_file(filename='fixtures/appliance/registrations_jinan.csv');
CREATE VIRTUAL TABLE temp.rz USING csv_file(filename='fixtures/appliance/registrations_zibo.csv', encoding=auto);
CREATE VIRTUAL TABLE temp.rw USING csv_file(filename='fixtures/appliance/registrations_weihai.csv');
CREATE VIRTUAL TABLE temp.ev USING csv_file(filename='fixtures/appliance/events.csv');
CREATE TABLE reg AS
SELECT 系统流水号 AS serial, 证件号码 AS id, 姓名 AS name, 手机号码 AS phone, 失业登记地行政区划代码 AS city,
       substr(经办日期, 1, 4) || '-' || substr(经办日期, 5, 2) || '-' || substr(经办日期, 7, 2) AS reg_date,
       CAST(substr(系统流水号, 11) AS INTEGER) AS i
  FROM (SELECT 系统流水号, 证件号码, 姓名, 手机号码, 失业登记地行政区划代码, 经办日期, _error FROM temp.rj UNION ALL
        SELECT 系统流水号, 证件号码, 姓名, 手机号码, 失业登记地行政区划代码, 经办日期, _error FROM temp.rz UNION ALL
        SELECT 系统流水号, 证件号码, 姓名, 手机号码, 失业登记地行政区划代码, 经办日期, _error FROM temp.rw)
 WHERE _error IS NULL AND length(证件号码) = 18 AND check_idcard(证件号码) AND 经办日期 <= '20211220';
CREATE TABLE reemp AS
SELECT g.*, e.日期 AS d, CASE e.事件 WHEN 'employed' THEN 'unit' WHEN 'self_employed' THEN 'individual_business'
                                  WHEN 'flexible_employment' THEN 'flexible' ELSE 'public_welfare_post' END AS form,
       (SELECT ci FROM city WHERE code = g.city) AS ci,
       (SELECT substr(counties, 1, 6) FROM city WHERE code = g.city) AS county
  FROM reg g JOIN temp.ev e ON e.系统流水号 = g.serial
 WHERE e.事件 IN ('employed', 'self_employed', 'flexible_employment', 'public_welfare_post') AND e.日期 <= '2021-12-20';

.headers on
.mode csv
.once fixtures/appliance/employment_records.csv
WITH x AS (
  SELECT p.id AS person_id, coalesce(r.name_override, p.name) AS name, coalesce(r.phone_override, p.phone) AS phone,
         CASE WHEN p.sex = 2 AND p.k % 4 = 2 THEN 50 END AS retirement_category, 'first' AS type,
         r.form, r.d AS date,
         CASE r.form WHEN 'unit' THEN 'employment_registration' WHEN 'individual_business' THEN 'business_registration'
                     WHEN 'public_welfare_post' THEN 'public_welfare_agreement' ELSE 'labour_filing' END AS date_source,
         r.recorded_on, r.end_d AS end_date,
         coalesce(r.unit_override, CASE WHEN r.form = 'flexible' THEN (SELECT s FROM work WHERE i = 1 + r.k % 6)
                                        WHEN r.form = 'individual_business' THEN p.short || p.name || (SELECT s FROM trade WHERE i = 1 + r.u % 12) || '店'
                                        WHEN r.form = 'public_welfare_post' THEN p.short || '市示例街道办事处'
                                        ELSE u.name END) AS unit_name,
         coalesce(r.credit_override, CASE WHEN r.form = 'flexible' THEN NULL
                                          WHEN r.form = 'individual_business' THEN '92' || substr(u.credit, 3)
                                          WHEN r.form = 'public_welfare_post' THEN '12' || p.city || 'MB' || printf('%08d', p.ci + 1)
                                          ELSE u.credit END) AS credit_code,
         CASE WHEN r.form = 'flexible' THEN NULL ELSE p.short || '市示例路' || (r.u % 90 + 1) || '号' END AS unit_address,
         coalesce(r.place, p.county) AS place,
         coalesce(r.urban, CASE p.k % 7 WHEN 0 THEN '112' WHEN 3 THEN '121' ELSE '111' END) AS urban_rural,
         p.county AS office, CASE WHEN r.form = 'flexible' THEN '3' ELSE 1 + (r.u % 3 <> 0) + (r.u % 3 = 2) END AS industry,
         0 AS was_registered_unemployed, CASE WHEN p.k % 11 = 0 THEN 1 ELSE 0 END AS hard_to_employ,
         r.placement, NULL AS change_kind,
         NULL AS monthly_income_fen,  -- no demo city has entered its 低保 standard (urban_dibao_monthly)
         r.check_status, CASE r.check_status WHEN 'verified' THEN '电话回访核实' WHEN 'doubtful' THEN '电话无法接通，待核实'
                                             WHEN 'error' THEN '重复录入，业务经办错误' END AS check_note,
         r.d AS o1, r.ci AS o2, r.k AS o3, r.seq AS o4
    FROM r JOIN p ON p.ci = r.ci AND p.k = r.k LEFT JOIN unit u ON u.ci = r.ci AND u.u = r.u
  UNION ALL
  SELECT g.id, g.name, g.phone, NULL, 'reemployment', g.form, g.d,
         CASE g.form WHEN 'unit' THEN 'employment_registration' WHEN 'individual_business' THEN 'business_registration'
                     WHEN 'public_welfare_post' THEN 'public_welfare_agreement' ELSE 'labour_filing' END,
         NULL, NULL,
         CASE g.form WHEN 'flexible' THEN (SELECT s FROM work WHERE i = 1 + g.i % 6)
                     WHEN 'public_welfare_post' THEN (SELECT short FROM city WHERE code = g.city) || '市示例街道办事处'
                     ELSE u.name END,
         CASE g.form WHEN 'flexible' THEN NULL WHEN 'public_welfare_post' THEN '12' || g.city || 'MB' || printf('%08d', g.ci + 1)
                     WHEN 'individual_business' THEN '92' || substr(u.credit, 3) ELSE u.credit END,
         NULL, g.county, '111', g.county, '3', 1, 0, NULL, NULL, NULL, NULL, NULL, g.d, g.ci, 1000 + g.i, 2
    FROM reemp g LEFT JOIN unit u ON u.ci = g.ci AND u.u = 1000 + g.i
  UNION ALL
  SELECT g.id, g.name, g.phone, NULL, 'first', 'unit', date(g.reg_date, '-' || (200 + g.i * 7 % 150) || ' days'), 'employment_registration',
         NULL, date(g.reg_date, '-20 days'), u.name, u.credit, NULL, g.county, '111', g.county, '2', 0, 0, NULL, NULL, NULL,
         NULL, NULL, g.reg_date, g.ci, 1000 + g.i, 1
    FROM reemp g LEFT JOIN unit u ON u.ci = g.ci AND u.u = 1100 + g.i)
SELECT person_id, name, phone, retirement_category, type, form, date, date_source, recorded_on, end_date, unit_name, credit_code,
       unit_address, place, urban_rural, office, industry, was_registered_unemployed, hard_to_employ, placement,
       change_kind, monthly_income_fen, check_status, check_note
  FROM x ORDER BY o1, o2, o3, o4;

-- Insurance spells: unit records of patterns 0, 1, 6, 7 and the second of 8; 17 since 2019;
-- 18's mismatches (another code, or the same code under another name).
.once fixtures/appliance/insurance_spells.csv
SELECT p.id AS person_id, 'enterprise' AS scheme, coalesce(r.credit_override, u.credit) AS credit_code,
       CASE WHEN p.pat = 18 AND p.v % 8 = 6 THEN u.name || '（分公司）' ELSE u.name END AS unit_name,
       CASE WHEN p.pat = 17 THEN '2019-06-01' ELSE r.d END AS insured_from,
       CASE WHEN p.pat = 6 AND r.seq = 1 THEN r.end_d WHEN p.pat = 7 AND r.seq = 1 THEN r.end_d END AS insured_to
  FROM r JOIN p ON p.ci = r.ci AND p.k = r.k JOIN unit u ON u.ci = r.ci AND u.u = r.u
 WHERE r.form = 'unit' AND (p.pat IN (0, 1, 6, 7, 17) OR (p.pat = 8 AND r.seq = 2) OR (p.pat = 18 AND p.v % 8 = 6))
UNION ALL
SELECT p.id, 'enterprise', '91' || p.city || 'MA' || printf('%08d', 1199 * 7 + p.ci), p.short || '示例外包服务有限公司', r.d, NULL
  FROM r JOIN p ON p.ci = r.ci AND p.k = r.k WHERE p.pat = 18 AND p.v % 8 = 5
UNION ALL
SELECT p.id, 'individual', NULL, NULL, r.d, r.end_d FROM r JOIN p ON p.ci = r.ci AND p.k = r.k WHERE p.pat = 2 AND p.k % 3 = 0
ORDER BY 5, 1;

-- Pensions: pattern 14 draws a residents' pension before its employment; 36 retirements a city
-- (职工, 自然减员) spread over the two years.
.once fixtures/appliance/pensions.csv
SELECT p.id AS person_id, 'resident' AS scheme, date(p.d0, '-100 days') AS from_date, p.county AS place FROM p WHERE pat = 14
UNION ALL
SELECT substr(x, 1, 17) || idcard_checkdigit(substr(x, 1, 17)), 'employee', d, county FROM (
  SELECT c.county || printf('%04d%02d%02d', CASE WHEN n.value % 2 THEN 1960 ELSE 1965 END, 1 + n.value % 12, 1 + n.value % 27)
         || printf('%02d', n.value) || CASE WHEN n.value % 2 THEN '5' ELSE '6' END || 'X' AS x,
         date('2019-12-21', '+' || ((n.value * 61 + c.ci * 17) % 730) || ' days') AS d, c.county
    FROM (SELECT ci, substr(counties, 1, 6) AS county FROM city) c, generate_series(1, 36) n)
ORDER BY 3, 1;

.once fixtures/appliance/ui_benefits.csv
SELECT p.id AS person_id, date(p.d0, '-60 days') AS from_date, date(p.d0, '+60 days') AS to_date FROM p WHERE pat = 15
UNION ALL
SELECT p.id, date(p.d0, '-80 days'), date(p.d0, '-10 days') FROM p WHERE pat = 2 AND k % 2 = 0
ORDER BY 2, 1;

.once fixtures/appliance/work_injury_deaths.csv
SELECT substr(x, 1, 17) || idcard_checkdigit(substr(x, 1, 17)) AS person_id, d AS recognized_on, n % 2 AS deemed, county AS place FROM (
  SELECT c.county || printf('1975%02d%02d', 1 + n.value % 12, 1 + n.value * 3 % 27) || printf('%02d', 50 + n.value) || '7X' AS x,
         date('2020-01-10', '+' || ((n.value * 97 + c.ci * 31) % 700) || ' days') AS d, n.value AS n, c.county
    FROM (SELECT ci, substr(counties, 8, 6) AS county FROM city) c, generate_series(1, 4) n)
ORDER BY 2, 1;

-- The urban/rural class of each registration's place: most 城镇, every eleventh 乡村, every
-- thirteenth not yet recorded (doubt.urban_unknown).
.once fixtures/appliance/registration_places.csv
SELECT serial AS AAZ341, CASE WHEN i % 11 = 5 THEN '210' WHEN i % 4 = 3 THEN '121' ELSE '111' END AS urban_rural
  FROM reg WHERE i % 13 <> 7 ORDER BY serial;
