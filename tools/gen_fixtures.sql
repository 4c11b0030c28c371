-- tools/gen_fixtures.sql: generate the appliance's synthetic rosters under fixtures/appliance/.
--
-- Usage (from the repository root; the outputs are committed, rerun only to change them):
--   sqlite3 -cmd '.load dist/renshe' :memory: < tools/gen_fixtures.sql
--   then tools/gen_fixtures.sh converts zibo's roster to GB18030 and adds the BOM to jinan's.
-- No real people: names are drawn from common surnames and given-name characters, ID numbers are
-- built with GB 11643-1999's check rule (idcard_checkdigit) from region codes of each city, and
-- everything is a deterministic function of the row number. Deliberate errors (each listed in
-- fixtures/README.md) exercise the validator and the import's accountability.
CREATE TABLE city(key TEXT, code TEXT, name TEXT, counties TEXT, n INTEGER);
INSERT INTO city VALUES
  ('jinan',  '370100', '济南市', '370102,370103,370104,370105,370112,370116', 40),
  ('zibo',   '370300', '淄博市', '370302,370303,370304,370305,370306', 30),
  ('weihai', '371000', '威海市', '371002,371003,371082,371083', 30);
CREATE TABLE surname(i INTEGER PRIMARY KEY, s TEXT);
INSERT INTO surname(s) VALUES ('王'),('李'),('张'),('刘'),('陈'),('杨'),('赵'),('黄'),('周'),('吴'),
  ('徐'),('孙'),('胡'),('朱'),('高'),('林'),('何'),('郭'),('马'),('罗');
CREATE TABLE given(i INTEGER PRIMARY KEY, s TEXT);
INSERT INTO given(s) VALUES ('伟'),('芳'),('娜'),('敏'),('静'),('丽'),('强'),('磊'),('军'),('洋'),
  ('勇'),('艳'),('杰'),('娟'),('涛'),('明'),('超'),('秀英'),('霞'),('平'),('刚'),('桂英'),('建华'),('玉兰');
CREATE TABLE street(i INTEGER PRIMARY KEY, s TEXT);
INSERT INTO street(s) VALUES ('经十路'),('历山路'),('泉城路'),('共青团路'),('人民路'),('新华路'),('文化路'),('海滨路');

-- One row per person: city, sequence, and the facts derived from it.
CREATE TABLE p AS
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
SELECT c.key, c.code AS city_code, c.name AS city_name, n.i,
       (SELECT s FROM surname WHERE i = 1 + (n.i * 7 + length(c.key)) % 20) ||
       (SELECT s FROM given WHERE i = 1 + (n.i * 11 + length(c.key) * 3) % 24) AS name,
       1 + (n.i % 2) AS sex,
       substr(c.counties, 1 + 7 * ((n.i * 5) % ((length(c.counties) + 1) / 7)), 6) AS county,
       printf('%04d-%02d-%02d', 1966 + (n.i * 13) % 38, 1 + (n.i * 5) % 12, 1 + (n.i * 3) % 28) AS birth,
       printf('2020-%02d-%02d', 5 + (n.i * 3) % 7, 1 + (n.i * 11) % 28) AS reg_date
  FROM city c JOIN n ON n.i <= c.n;

-- The ID body: county + birth + a sequence whose parity is the sex.
ALTER TABLE p ADD COLUMN id TEXT;
UPDATE p SET id = county || replace(birth, '-', '') || printf('%02d', i % 100) || CASE sex WHEN 1 THEN '1' ELSE '2' END;
UPDATE p SET id = id || idcard_checkdigit(id);

.headers on
.mode csv
-- Registrations as exported from the provincial system (审核结果信息 fields, Chinese headers).
CREATE VIEW roster AS
SELECT key, i,
  printf('%s2020%08d', city_code, i) AS 系统流水号,
  city_code AS 失业登记地行政区划代码,
  replace(date(reg_date, '-3 days'), '-', '') AS 申请日期,
  CASE WHEN key = 'jinan' AND i = 7 THEN '' WHEN key = 'zibo' AND i = 9 THEN name || ' ' ELSE name END AS 姓名,
  CASE WHEN key = 'weihai' AND i = 4 THEN 3 - sex ELSE sex END AS 性别,
  '01' AS 民族,
  CASE i % 5 WHEN 0 THEN '20' WHEN 1 THEN '30' WHEN 2 THEN '60' WHEN 3 THEN '70' ELSE '44' END AS 学历,
  CASE WHEN i % 17 = 0 THEN '6' ELSE '1' END AS 健康状况,
  CASE WHEN i % 17 = 0 AND key <> 'zibo' THEN '08' ELSE '' END AS 伤残等级,
  replace(date(reg_date, '-1 month'), '-', '') AS 失业时间,
  CASE WHEN key = 'jinan' AND i = 3 THEN substr(id, 1, 17) || CASE substr(id, 18) WHEN '0' THEN '1' ELSE '0' END
       WHEN key = 'zibo' AND i = 5 THEN ' ' || id
       ELSE id END AS 社会保障号码,
  '01' AS 证件类型,
  id AS 证件号码,
  county AS 户籍地行政区划代码,
  city_name || (SELECT s FROM street WHERE i = 1 + p.i % 8) || (p.i * 3) || '号' AS 户籍地详细地址,
  county AS 常住地行政区划代码,
  CASE WHEN key = 'jinan' AND i = 11 THEN city_name || '历山路' || char(10) || '3号楼2单元' ELSE
    city_name || (SELECT s FROM street WHERE i = 1 + (p.i + 3) % 8) || (p.i * 7) || '号' END AS 常住地详细地址,
  CASE WHEN key = 'zibo' AND i = 12 THEN '1350531000' ELSE printf('13%d%08d', 5 + i % 5, 10000000 + i * 7919 % 90000000) END AS 手机号码,
  CASE WHEN i % 9 = 0 THEN '0531-8' || printf('%07d', i * 131) WHEN key = 'weihai' AND i = 10 THEN '5190912' ELSE '' END AS 固定电话,
  CASE WHEN i % 3 = 0 THEN '2' ELSE '1' END AS 登记失业地类型,
  CASE i % 6 WHEN 0 THEN '10' WHEN 1 THEN '21' WHEN 2 THEN '24' WHEN 3 THEN '22' WHEN 4 THEN '40' ELSE '90' END AS 失业登记原因,
  CASE WHEN i % 6 = 5 AND NOT (key = 'weihai' AND i = 11) THEN '从事一定收入的劳动，但月收入低于当地最低生活保障标准' ELSE '' END AS 其他失业原因,
  CASE WHEN i % 4 = 0 THEN '1' ELSE '2' END AS 是否申领失业保险金,
  '1' AS 审核结果,
  '' AS 审核不通过原因,
  CASE key WHEN 'jinan' THEN '李敏' WHEN 'zibo' THEN '王芳' ELSE '张磊' END AS 经办人,
  CASE WHEN key = 'weihai' AND i = 20 THEN '20271001' ELSE replace(reg_date, '-', '') END AS 经办日期
FROM p;
.once fixtures/appliance/registrations_jinan.csv
SELECT * FROM (SELECT 系统流水号, 失业登记地行政区划代码, 申请日期, 姓名, 性别, 民族, 学历, 健康状况, 伤残等级, 失业时间, 社会保障号码, 证件类型, 证件号码, 户籍地行政区划代码, 户籍地详细地址, 常住地行政区划代码, 常住地详细地址, 手机号码, 固定电话, 登记失业地类型, 失业登记原因, 其他失业原因, 是否申领失业保险金, 审核结果, 审核不通过原因, 经办人, 经办日期 FROM roster WHERE key = 'jinan' ORDER BY i);
.once fixtures/appliance/registrations_zibo.utf8.csv
SELECT 系统流水号, 失业登记地行政区划代码, 申请日期, 姓名, 性别, 民族, 学历, 健康状况, 伤残等级, 失业时间, 社会保障号码, 证件类型, 证件号码, 户籍地行政区划代码, 户籍地详细地址, 常住地行政区划代码, 常住地详细地址, 手机号码, 固定电话, 登记失业地类型, 失业登记原因, 其他失业原因, 是否申领失业保险金, 审核结果, 审核不通过原因, 经办人, 经办日期 FROM roster WHERE key = 'zibo' ORDER BY i;
.once fixtures/appliance/registrations_weihai.csv
SELECT 系统流水号, 失业登记地行政区划代码, 申请日期, 姓名, 性别, 民族, 学历, 健康状况, 伤残等级, 失业时间, 社会保障号码, 证件类型, 证件号码, 户籍地行政区划代码, 户籍地详细地址, 常住地行政区划代码, 常住地详细地址, 手机号码, 固定电话, 登记失业地类型, 失业登记原因, 其他失业原因, 是否申领失业保险金, 审核结果, 审核不通过原因, 经办人, 经办日期 FROM roster WHERE key = 'weihai' ORDER BY i;

-- Follow-up and status events (跟踪调查, 就业登记, …) for the registrations: what happened since.
.once fixtures/appliance/events.csv
WITH e(serial, d, type, code) AS (
  SELECT printf('%s2020%08d', city_code, i), date(reg_date, '+3 days'), CASE WHEN i % 4 = 1 THEN 'contact_failed' ELSE 'contact_made' END, '' FROM p
  UNION ALL SELECT printf('%s2020%08d', city_code, i), date(reg_date, '+1 month'), 'contact_made', '' FROM p WHERE i % 4 <> 1
  UNION ALL SELECT printf('%s2020%08d', city_code, i), date(reg_date, '+' || (1 + i % 3) || ' months'), 'contact_failed', '' FROM p WHERE i % 4 = 1
  UNION ALL SELECT printf('%s2020%08d', city_code, i), date(reg_date, '+' || (2 + i % 4) || ' months', '+' || (i % 20) || ' days'),
         CASE i % 10 WHEN 0 THEN 'employed' WHEN 2 THEN 'self_employed' WHEN 3 THEN 'flexible_employment' WHEN 6 THEN 'public_welfare_post' WHEN 8 THEN 'study' ELSE NULL END, ''
    FROM p WHERE i % 10 IN (0, 2, 3, 6, 8)
  UNION ALL SELECT printf('%s2020%08d', city_code, i), date(reg_date, '+' || m || ' months'), 'service_refused', '' FROM p, (SELECT 1 AS m UNION ALL SELECT 2 UNION ALL SELECT 3) WHERE i % 13 = 4)
SELECT serial AS 系统流水号, d AS 日期, type AS 事件, code AS 代码 FROM e ORDER BY serial, d;
