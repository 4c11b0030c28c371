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
.print '== 5. Subsidy claims by city and kind: recorded, and computed by the rules in force where renshe'
.print '==    computes the kind (sql/reports/subsidies.sql); every claim whose recorded amount differs'
INSERT INTO employer VALUES ('91370100MA3C4G0001', '济南示例科技有限公司', '370100'),
                            ('91370300MA3D2K0002', '淄博示例人力资源服务有限公司', '370300'),
                            ('91371000MA3E7P0003', '威海示例食品有限公司', '371000');
CREATE VIRTUAL TABLE temp.claims USING csv_file(filename='fixtures/appliance/subsidy_claims.csv');
INSERT INTO subsidy_claim(kind, city, person_id, employer, claim_date, amount_fen, status, facts)
  SELECT kind, city, nullif(person_id, ''), nullif(employer, ''), claim_date, CAST(amount_fen AS INTEGER), status,
         nullif(facts, '')
    FROM temp.claims WHERE _error IS NULL;
DROP TABLE temp.claims;
.read sql/reports/subsidies.sql
.print ''
.print '== Why claim 12 differs: its explanation (SELECT * FROM subsidy_claim_explain WHERE id = 12)'
SELECT step, ref, detail FROM subsidy_claim_explain WHERE id = 12 ORDER BY step;

.print ''
.print '== 6. Training certificates: a batch of 淄博 trainees gets serials (鲁人社函〔2020〕48号 附件2)'
INSERT INTO cert_provider(city, county, code, name) VALUES ('3703', '00', '0001', '淄博市示例职业培训学校');
INSERT INTO cert_batch(city, county, provider, category) VALUES ('3703', '00', '0001', 'A');
INSERT INTO cert_trainee(batch_id, line, idcard, name)
  SELECT 1, row_number() OVER (ORDER BY AAZ341), AAC002, AAC003 FROM registration WHERE city = '370300' ORDER BY AAZ341 LIMIT 6;
INSERT INTO cert_issue(batch_id, issued_on) VALUES (1, '2026-11-20');
SELECT line, name, idcard_mask(idcard) AS id_masked, serial FROM cert_register WHERE batch_id = 1 ORDER BY line;
.read sql/reports/certificates.sql

-- {====== 7. Monthly statistics (issue 16; ext/stats_sql.c, docs/statistics.md)
.print ''
.print '== 7. Monthly statistics: the ledger of new employment and what the statistics compare it with'
.parameter set @as_of "'2026-11-24'"
.parameter set @file "'fixtures/appliance/employment_records.csv'"
CREATE VIRTUAL TABLE temp.src USING csv_file(filename='fixtures/appliance/employment_records.csv');
.read sql/import_employment_record.sql
DROP TABLE temp.src;
.parameter set @file "'fixtures/appliance/insurance_spells.csv'"
CREATE VIRTUAL TABLE temp.src USING csv_file(filename='fixtures/appliance/insurance_spells.csv');
.read sql/import_insurance_spell.sql
DROP TABLE temp.src;
.parameter set @file "'fixtures/appliance/pensions.csv'"
CREATE VIRTUAL TABLE temp.src USING csv_file(filename='fixtures/appliance/pensions.csv');
.read sql/import_pension.sql
DROP TABLE temp.src;
.parameter set @file "'fixtures/appliance/ui_benefits.csv'"
CREATE VIRTUAL TABLE temp.src USING csv_file(filename='fixtures/appliance/ui_benefits.csv');
.read sql/import_ui_benefit.sql
DROP TABLE temp.src;
.parameter set @file "'fixtures/appliance/work_injury_deaths.csv'"
CREATE VIRTUAL TABLE temp.src USING csv_file(filename='fixtures/appliance/work_injury_deaths.csv');
.read sql/import_work_injury_death.sql
DROP TABLE temp.src;
.parameter set @file "'fixtures/appliance/registration_places.csv'"
CREATE VIRTUAL TABLE temp.src USING csv_file(filename='fixtures/appliance/registration_places.csv');
.read sql/import_registration_place.sql
DROP TABLE temp.src;
SELECT f.path, f.kind, f.rows_in, f.loaded, f.rejected,
       (SELECT group_concat(DISTINCT r.rule) FROM import_reject r WHERE r.file_id = f.id) AS reasons
  FROM import_file f
 WHERE f.kind IN ('employment_record', 'insurance_spell', 'pension', 'ui_benefit', 'work_injury_death', 'registration_place')
 ORDER BY f.id;

.print ''
.print '== The last twelve periods (上月21日至本月20日) of each demo city: 城镇新增就业人数 (new employment counted'
.print '==    minus natural attrition, 鲁人社字〔2020〕95号) and 城镇登记失业人数 at the period end (人社厅发〔2020〕79号 三(十))'
CREATE TEMP TABLE stats_demo AS
WITH per(i, period) AS (SELECT value, printf('2021-%02d', value) FROM generate_series(1, 12)),
     c(ci, code, name, key) AS (VALUES (0, '370100', '济南', 'Jinan'), (1, '370300', '淄博', 'Zibo'), (2, '371000', '威海', 'Weihai'))
SELECT c.ci, c.name, c.key, per.i, per.period, new_urban_employment_count(c.code, per.period) AS nue,
       registered_urban_unemployment_count(c.code, per.period) AS ruu
  FROM c, per;
SELECT period,
       sum(nue) FILTER (WHERE ci = 0) AS 济南新增就业, sum(ruu) FILTER (WHERE ci = 0) AS 济南登记失业,
       sum(nue) FILTER (WHERE ci = 1) AS 淄博新增就业, sum(ruu) FILTER (WHERE ci = 1) AS 淄博登记失业,
       sum(nue) FILTER (WHERE ci = 2) AS 威海新增就业, sum(ruu) FILTER (WHERE ci = 2) AS 威海登记失业
  FROM temp.stats_demo GROUP BY period ORDER BY period;

-- The chart, next to the database: one panel a city, one line a figure, the periods on the x axis.
WITH b AS (SELECT ci, min(min(nue), min(ruu), 0) AS lo, max(max(nue), max(ruu), 1) AS hi FROM temp.stats_demo GROUP BY ci),
     pt AS (SELECT s.*, 70 + (s.i - 1) * 50 AS x, b.lo, b.hi, 40 + s.ci * 240 AS top,
                   40 + s.ci * 240 + 40 + round(150.0 * (b.hi - s.nue) / (b.hi - b.lo), 1) AS y1,
                   40 + s.ci * 240 + 40 + round(150.0 * (b.hi - s.ruu) / (b.hi - b.lo), 1) AS y2
              FROM temp.stats_demo s JOIN b USING (ci)),
     panel AS (
       SELECT ci, printf('<text x="20" y="%d" font-size="15" font-weight="bold">%s %s, periods 2021-01..2021-12</text>', min(top) + 20, name, key)
         || printf('<line x1="60" y1="%g" x2="630" y2="%g" stroke="#999"/>', min(top) + 40 + round(150.0 * max(hi) / (max(hi) - min(lo)), 1),
                   min(top) + 40 + round(150.0 * max(hi) / (max(hi) - min(lo)), 1))
         || printf('<line x1="60" y1="%d" x2="60" y2="%d" stroke="#999"/>', min(top) + 40, min(top) + 190)
         || printf('<text x="54" y="%d" text-anchor="end">%d</text>', min(top) + 44, max(hi))
         || printf('<text x="54" y="%d" text-anchor="end">%d</text>', min(top) + 194, min(lo))
         || group_concat(printf('<text x="%d" y="%d" text-anchor="middle" fill="#555">%s</text>', x, top + 208, substr(period, 6)), '')
         || '<polyline fill="none" stroke="#1f77b4" stroke-width="2" points="' || group_concat(x || ',' || y1, ' ') || '"/>'
         || '<polyline fill="none" stroke="#d62728" stroke-width="2" points="' || group_concat(x || ',' || y2, ' ') || '"/>'
         || group_concat(printf('<circle cx="%d" cy="%g" r="3" fill="#1f77b4"/><text x="%d" y="%g" text-anchor="middle" font-size="10" fill="#1f77b4">%d</text>'
                                || '<circle cx="%d" cy="%g" r="3" fill="#d62728"/><text x="%d" y="%g" text-anchor="middle" font-size="10" fill="#d62728">%d</text>',
                                x, y1, x, y1 - 6, nue, x, y2, x, y2 + 14, ruu), '') AS svg
         FROM (SELECT * FROM pt ORDER BY ci, i) GROUP BY ci)
SELECT writefile(substr(d.file, 1, length(rtrim(d.file, replace(d.file, '/', '')))) || 'statistics.svg',
         '<svg xmlns="http://www.w3.org/2000/svg" width="700" height="780" font-family="sans-serif" font-size="12">'
         || '<rect width="100%" height="100%" fill="white"/>'
         || '<text x="20" y="18" font-size="13" fill="#1f77b4">城镇新增就业人数 new urban employment</text>'
         || '<text x="20" y="34" font-size="13" fill="#d62728">城镇登记失业人数 registered urban unemployment (at the period end)</text>'
         || (SELECT group_concat(svg, '') FROM (SELECT svg FROM panel ORDER BY ci)) || '</svg>') > 0 AS chart_written,
       substr(d.file, 1, length(rtrim(d.file, replace(d.file, '/', '')))) || 'statistics.svg' AS chart
  FROM pragma_database_list d WHERE d.name = 'main';

.print ''
.print '== Drill-down: the records of 济南 2021-03 that were not counted, and why (each rule with its clause)'
SELECT record, name, idcard_mask(person) AS id_masked, form, date, decision, rule, ref, detail
  FROM new_urban_employment('济南', '2021-03') WHERE decision <> 'counted' ORDER BY decision, rule, record;
SELECT decision, rule, count(*) AS n FROM new_urban_employment('济南', '2021-03') GROUP BY decision, rule ORDER BY decision, rule;
-- }======
