-- sql/demo.sql: the demo appliance (make demo runs it through sql/demo.sh in a new database).
-- The whole job of an employment office's analyst, on the synthetic fixtures: check a roster of
-- ID numbers; install the city policies; import three cities' registration rosters (UTF-8 with a
-- BOM from Excel, GB18030 from the provincial system, UTF-8 with a ragged row) and their events
-- through the csv_file table, accounting for every record; issue training certificates to a
-- batch; and print the reports an analyst starts from. Everything is as of 2026-11-24, so the
-- output is the same on every machine and every day.
.bail on
.headers on
.mode box --wrap 100
.parameter init
.parameter set @as_of "'2026-11-24'"

.print '== 1. fixtures/roster_ids.csv: ID numbers checked as of 2026-11-24 (GB 11643-1999, AAC002 rules)'
CREATE VIRTUAL TABLE temp.ids USING csv_file(filename='fixtures/roster_ids.csv');
SELECT r.no, r.AAC003 AS name, idcard_mask(r.AAC002) AS id_masked, c.error, c.message,
       CASE WHEN c.valid = 0 AND check_idcard(idcard_normalize(r.AAC002), @as_of, r.AAC004)
            THEN 'idcard_normalize() fixes it' ELSE '' END AS fix
  FROM temp.ids r, check_idcard(r.AAC002, @as_of, r.AAC004) c
 WHERE c.valid IS NOT 1 ORDER BY r.no + 0;
.print ''
.print '== Valid numbers worth a second look (old codes, old format, lowercase x)'
SELECT r.no, r.AAC003 AS name, c.kind, c.province, c.city, c.county, c.age, c.warning
  FROM temp.ids r, check_idcard(r.AAC002, @as_of, r.AAC004) c
 WHERE c.valid = 1 AND (c.warning <> '' OR c.kind <> 'resident18') ORDER BY r.no + 0;
SELECT coalesce(nullif(c.error, ''), 'valid') AS result, count(*) AS n
  FROM temp.ids r, check_idcard(r.AAC002, @as_of, r.AAC004) c GROUP BY 1 ORDER BY n DESC, result;
DROP TABLE temp.ids;

.print ''
.print '== 2. The appliance: schema, city policies, imports'
.read sql/schema.sql
.read sql/cert_serial.sql
-- The city policies go into the database (here the built-in scripts themselves: a city's
-- changed copy is installed the same way, docs/policy.md "For city staff").
.mode list
SELECT policy_install(column1, readfile('lua/cities/' || column1 || '.lua'), 'demo') FROM (VALUES ('jinan'), ('zibo'), ('weihai'));
.mode box --wrap 100
.parameter set @file "'fixtures/appliance/registrations_jinan.csv'"
CREATE VIRTUAL TABLE temp.src USING csv_file(filename='fixtures/appliance/registrations_jinan.csv');
.read sql/import_registrations.sql
DROP TABLE temp.src;
.parameter set @file "'fixtures/appliance/registrations_zibo.csv'"
CREATE VIRTUAL TABLE temp.src USING csv_file(filename='fixtures/appliance/registrations_zibo.csv', encoding=auto);
.read sql/import_registrations.sql
DROP TABLE temp.src;
.parameter set @file "'fixtures/appliance/registrations_weihai.csv'"
CREATE VIRTUAL TABLE temp.src USING csv_file(filename='fixtures/appliance/registrations_weihai.csv');
.read sql/import_registrations.sql
DROP TABLE temp.src;
.parameter set @file "'fixtures/appliance/events.csv'"
CREATE VIRTUAL TABLE temp.src USING csv_file(filename='fixtures/appliance/events.csv');
.read sql/import_events.sql
DROP TABLE temp.src;
.read sql/reports/imports.sql

.print ''
.print '== 3. Registered unemployed at the end of the October 2020 statistical period (2020-09-21..2020-10-20)'
.parameter set @period "'2020-10'"
.read sql/reports/registered_unemployed.sql
.print ''
.print '== Registrations closed by 2026-11-24, by AJC00A reason'
.read sql/reports/closings.sql

.print ''
.print '== 4. The office worklist on 2020-10-20 (sql/reports/worklist.sql lists every item): how much is'
.print '==    due or late, and the cases the rules since 2020-07-20 send to a human instead of closing them'
SELECT u.city, t.kind, count(*) AS n
  FROM unemployment_person u, unemployment_status(u.city, u.person, '2020-10-20') t
 WHERE t.kind IN ('review', 'overdue', 'due', 'note') GROUP BY u.city, t.kind ORDER BY u.city, t.kind;
SELECT u.city, u.AAZ341, u.name, t.date, t.code, t.detail
  FROM unemployment_person u, unemployment_status(u.city, u.person, '2020-10-20') t
 WHERE t.kind = 'review' ORDER BY u.city, u.AAZ341;

.print ''
.print '== 5. Subsidy claims by city and kind, as recorded (sql/reports/subsidies.sql)'
INSERT INTO employer VALUES ('91370100MA3C4G0001', '济南示例科技有限公司', '370100'),
                            ('91370300MA3D2K0002', '淄博示例人力资源服务有限公司', '370300'),
                            ('91371000MA3E7P0003', '威海示例食品有限公司', '371000');
CREATE VIRTUAL TABLE temp.claims USING csv_file(filename='fixtures/appliance/subsidy_claims.csv');
INSERT INTO subsidy_claim(kind, city, person_id, employer, claim_date, amount_fen, status)
  SELECT kind, city, nullif(person_id, ''), nullif(employer, ''), claim_date, CAST(amount_fen AS INTEGER), status
    FROM temp.claims WHERE _error IS NULL;
DROP TABLE temp.claims;
.read sql/reports/subsidies.sql

.print ''
.print '== 6. Training certificates: a batch of 淄博 trainees gets serials (鲁人社函〔2020〕48号 附件2)'
INSERT INTO cert_provider(city, county, code, name) VALUES ('3703', '00', '0001', '淄博市示例职业培训学校');
INSERT INTO cert_batch(city, county, provider, category) VALUES ('3703', '00', '0001', 'A');
INSERT INTO cert_trainee(batch_id, line, idcard, name)
  SELECT 1, row_number() OVER (ORDER BY AAZ341), AAC002, AAC003 FROM registration WHERE city = '370300' ORDER BY AAZ341 LIMIT 6;
INSERT INTO cert_issue(batch_id, issued_on) VALUES (1, '2026-11-20');
SELECT line, name, idcard_mask(idcard) AS id_masked, serial FROM cert_register WHERE batch_id = 1 ORDER BY line;
.read sql/reports/certificates.sql
