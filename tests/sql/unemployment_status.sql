-- tests/sql/unemployment_status.sql: unemployment_status (lua/shandong/status.lua, ext/status_sql.c).
-- Expected output: unemployment_status.expected, worked out by hand from the texts:
-- 鲁人社字〔2018〕166号 四, 威人社字〔2018〕89号 一, 鲁人社字〔2020〕39号 一 and 二(一), 人社厅发〔2020〕79号 一,
-- the AJC00A code table (79号 附件) and the State Council holiday notices. Synthetic people only.
-- Table h holds the histories (person JSON) that several cases ask about on different days.
CREATE TABLE h(name TEXT PRIMARY KEY, city TEXT, person TEXT);

-- 01: each closing event and its AJC00A code. Registered 2020-09-01 at the 户籍地 (a man born
-- 1990-03-07), the event on 2020-10-15, asked on 2020-11-01.
INSERT INTO h SELECT 'ev_' || t, '济南', json_object('id', '370102199003071238',
    'registration', json_object('date', '2020-09-01', 'place', '户籍地', 'reason', '21'),
    'events', json_array(json_object('date', '2020-10-15', 'type', t)))
  FROM (SELECT column1 AS t FROM (VALUES ('employed'), ('self_employed'), ('flexible_employment'),
        ('public_welfare_post'), ('pension_started'), ('disability_total'), ('study'),
        ('military_service'), ('emigration'), ('imprisonment'), ('death')));
SELECT '01_' || substr(h.name, 4), s.status, s.date, s.code, s.code_name
  FROM h, unemployment_status(h.city, h.person, '2020-11-01') s
 WHERE h.name LIKE 'ev_%' AND s.kind = 'change' AND s.status <> 'unemployed' ORDER BY h.name;
SELECT '01_scalar', unemployment_status(city, person, '2020-11-01'), unemployment_status(city, person, '2020-10-14')
  FROM h WHERE name = 'ev_death';
-- The office's own 注销 with its code (recorded acts are final, even for code 32 after 2020-07-20).
INSERT INTO h VALUES ('cancel32', '济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"},
  "events":[{"date":"2020-10-15","type":"cancelled","code":"32"}]}');
SELECT '01_cancelled', status, date, code FROM h, unemployment_status(h.city, h.person, '2020-11-01')
 WHERE name = 'cancel32' AND kind = 'change' ORDER BY date;
-- 39号 二(一)3: stable income not below the local subsistence standard: 由各市确定, unset in the texts.
INSERT INTO h VALUES ('income', '济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"},
  "events":[{"date":"2020-10-15","type":"stable_income","monthly_income_fen":150000}]}');
SELECT '01_income', unemployment_status(city, person, '2020-11-01') FROM h WHERE name = 'income';

-- 02: the rule versions around each change.
-- 02_1: no rule before 2018-05-24.
SELECT '02_1', unemployment_status('济南', person, '2018-05-23') FROM h WHERE name = 'ev_death';
-- 02_2: 鲁人社字〔2018〕166号 四 "超过一年以上": registered 2019-01-15, no effective contact, failed
-- attempts on 2020-01-15 (exactly one year: not over) and 2020-01-16 (over).
INSERT INTO h VALUES ('y2018', '济南', '{"id":"370102199003071238","registration":{"date":"2019-01-15","place":"户籍地"},
  "events":[{"date":"2020-01-15","type":"contact_failed"},{"date":"2020-01-16","type":"contact_failed"}]}');
SELECT '02_2', unemployment_status(city, person, '2020-01-15'), unemployment_status(city, person, '2020-01-16') FROM h WHERE name = 'y2018';
SELECT '02_2', kind, date, status, code, rule, ref FROM h, unemployment_status(h.city, h.person, '2020-01-16') WHERE name = 'y2018' AND kind = 'change';
-- 02_3: 鲁人社字〔2020〕39号 二(一)8 takes effect 2020-04-08: three refusals by 2020-04-07 count from then.
INSERT INTO h VALUES ('r39', '济南', '{"id":"370102199003071238","registration":{"date":"2019-12-02","place":"户籍地"},
  "events":[{"date":"2019-12-10","type":"contact_made"},{"date":"2020-03-02","type":"service_refused"},
            {"date":"2020-03-16","type":"service_refused"},{"date":"2020-04-07","type":"service_refused"}]}');
SELECT '02_3', unemployment_status(city, person, '2020-04-07'), unemployment_status(city, person, '2020-04-08') FROM h WHERE name = 'r39';
SELECT '02_3', date, status, code, detail FROM h, unemployment_status(h.city, h.person, '2020-04-08') WHERE name = 'r39' AND kind = 'change' AND status = 'exited';
-- 02_4: 人社厅发〔2020〕79号 一(四) from 2020-07-20: the same three refusals close on 2020-07-19 and
-- only flag for review when asked about on 2020-07-20.
INSERT INTO h VALUES ('r79', '济南', '{"id":"370102199003071238","registration":{"date":"2020-04-20","place":"户籍地"},
  "events":[{"date":"2020-04-22","type":"contact_made"},{"date":"2020-05-11","type":"service_refused"},
            {"date":"2020-06-11","type":"service_refused"},{"date":"2020-07-19","type":"service_refused"}]}');
SELECT '02_4', unemployment_status(city, person, '2020-07-19'), unemployment_status(city, person, '2020-07-20') FROM h WHERE name = 'r79';
SELECT '02_4', kind, date, status, code, ref FROM h, unemployment_status(h.city, h.person, '2020-07-20') WHERE name = 'r79' AND kind IN ('change', 'review');
-- A refusal with good reason does not count; taking up a service ends the run.
INSERT INTO h VALUES ('rgood', '济南', '{"id":"370102199003071238","registration":{"date":"2020-04-20","place":"户籍地"},
  "events":[{"date":"2020-05-11","type":"service_refused"},{"date":"2020-05-20","type":"service_refused","good_reason":true},
            {"date":"2020-06-01","type":"service_accepted"},{"date":"2020-06-11","type":"service_refused"},
            {"date":"2020-07-01","type":"service_refused"}]}');
SELECT '02_5', unemployment_status(city, person, '2020-07-10') FROM h WHERE name = 'rgood';
-- 02_6: 39号 二(一)9: six consecutive months unreachable, proved by failed attempts: the first on
-- 2020-01-10 after a contact, the last on 2020-07-10 (six months on); a failed attempt on 2020-07-09
-- is not yet six months. Asked on 2020-07-20, 79号 turns the closing into a review.
INSERT INTO h VALUES ('u6', '济南', '{"id":"370102199003071238","registration":{"date":"2020-01-06","place":"户籍地"},
  "events":[{"date":"2020-01-08","type":"contact_made"},{"date":"2020-01-10","type":"contact_failed"},
            {"date":"2020-03-10","type":"contact_failed"},{"date":"2020-07-09","type":"contact_failed"},
            {"date":"2020-07-10","type":"contact_failed"}]}');
SELECT '02_6', unemployment_status(city, person, '2020-07-09'), unemployment_status(city, person, '2020-07-10'),
       unemployment_status(city, person, '2020-07-20') FROM h WHERE name = 'u6';
SELECT '02_6', date, code, detail FROM h, unemployment_status(h.city, h.person, '2020-07-10') WHERE name = 'u6' AND status = 'exited';
-- 02_7: registration places: 就业地 from 2020-07-20 (人社厅发〔2020〕79号 一(一)), not before.
SELECT '02_7', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-07-19","place":"就业地"}}', '2020-08-01'),
               unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-07-20","place":"就业地"}}', '2020-08-01');

-- 03: one history, three answers: registered 2019-06-03, never reached (failed attempts every month
-- from 2019-07-10 on), three refusals in 2019. Under the 2018 rule (asked 2020-03-01) it is not a
-- year old; under 39号 (asked 2020-05-01) the refusals close it on the rule's first day; after 79号
-- (asked 2020-09-01) refusals and unreachability alone close nothing: three grounds go to review.
INSERT INTO h SELECT 'three', '济南', json_object('id', '370102199003071238',
    'registration', json_object('date', '2019-06-03', 'place', '户籍地'),
    'events', json_array(json_object('date', '2019-08-05', 'type', 'service_refused'),
                         json_object('date', '2019-09-05', 'type', 'service_refused'),
                         json_object('date', '2019-10-08', 'type', 'service_refused')))
  ;
UPDATE h SET person = json_set(person, '$.events', (SELECT json_group_array(json(e)) FROM (
    SELECT value AS e FROM json_each(h.person, '$.events')
    UNION ALL SELECT json_object('date', date('2019-07-10', '+' || value || ' months'), 'type', 'contact_failed')
      FROM generate_series(0, 17)))) WHERE name = 'three';
SELECT '03_1', unemployment_status(city, person, '2020-03-01'), unemployment_status(city, person, '2020-05-01'),
       unemployment_status(city, person, '2020-09-01') FROM h WHERE name = 'three';
SELECT '03_2', kind, date, status, code FROM h, unemployment_status(h.city, h.person, '2020-05-01') WHERE name = 'three' AND kind <> 'due' AND kind <> 'overdue';
SELECT '03_3', kind, date, status, code, rule FROM h, unemployment_status(h.city, h.person, '2020-09-01') WHERE name = 'three' AND kind IN ('change', 'review');

-- 04: cities. 威海 restores a 2018-rule cancellation at once (威人社字〔2018〕89号 一); 济南 does not.
INSERT INTO h VALUES ('wh', '威海', '{"id":"371002198005050044","registration":{"date":"2019-01-15","place":"户籍地"},
  "events":[{"date":"2020-01-16","type":"contact_failed"},{"date":"2020-02-10","type":"reapplied"}]}');
SELECT '04_1', unemployment_status('威海', person, '2020-02-01'), unemployment_status('威海', person, '2020-03-01'),
       unemployment_status('济南', person, '2020-03-01') FROM h WHERE name = 'wh';
SELECT '04_2', date, status, code, rule, ref FROM h, unemployment_status('威海', h.person, '2020-03-01') WHERE name = 'wh' AND kind = 'change';
-- 威海 counts only contact with 公共就业服务机构 as effective (威人社字〔2018〕89号 一).
INSERT INTO h VALUES ('whbody', '威海', '{"id":"371002198005050044","registration":{"date":"2019-01-15","place":"户籍地"},
  "events":[{"date":"2019-03-01","type":"contact_made","body":"街道（乡镇）人力资源社会保障平台"},{"date":"2020-01-16","type":"contact_failed"}]}');
SELECT '04_3', unemployment_status('威海', person, '2020-02-01'), unemployment_status('济南', person, '2020-02-01') FROM h WHERE name = 'whbody';

-- 05: age and the pension. 16周岁（含） on the registration date (39号 一(一)): born 2004-06-15.
SELECT '05_1', unemployment_status('济南', '{"id":"370102200406150016","registration":{"date":"2020-06-14","place":"户籍地"}}', '2020-07-01'),
               unemployment_status('济南', '{"id":"370102200406150016","registration":{"date":"2020-06-15","place":"户籍地"}}', '2020-07-01');
SELECT '05_2', kind, date, status, detail FROM unemployment_status('济南', '{"id":"370102200406150016","registration":{"date":"2020-06-14","place":"户籍地"}}', '2020-07-01');
-- Drawing a pension before registering bars it; past the statutory pension age without a pension
-- does not (鲁人社函〔2020〕10号): a man born 1965-03-10 reaches 60 years 1 month on 2025-04-10.
SELECT '05_3', unemployment_status('济南', '{"id":"370303196503100019","registration":{"date":"2025-06-02","place":"户籍地"},"events":[{"date":"2025-04-10","type":"pension_started"}]}', '2025-07-01'),
               unemployment_status('济南', '{"id":"370303196503100019","registration":{"date":"2025-06-02","place":"户籍地"}}', '2025-07-01');
-- Reaching the statutory pension age while registered is a note, not a closing: a man born
-- 1965-03-10 registered 2024-06-03; a woman born 1970-01-20 on the 55 track (55 years 1 month:
-- 2025-02-20) and on the 50 track (unchanged: 2020-01-20, before she registered); without a
-- track a woman gets no note, since the ID number cannot tell it.
SELECT '05_4', kind, date, status, detail FROM unemployment_status('济南', '{"id":"370303196503100019","registration":{"date":"2024-06-03","place":"户籍地"},
  "events":[{"date":"2025-04-01","type":"contact_made"}]}', '2025-04-20') WHERE kind = 'note';
SELECT '05_5', kind, date, detail FROM unemployment_status('济南', '{"id":"370303197001200022","retirement_category":55,"registration":{"date":"2024-06-03","place":"户籍地"}}', '2025-04-20') WHERE kind = 'note';
SELECT '05_6', kind, date, detail FROM unemployment_status('济南', '{"id":"370303197001200022","retirement_category":50,"registration":{"date":"2024-06-03","place":"户籍地"}}', '2025-04-20') WHERE kind = 'note';
SELECT '05_7', count(*) FROM unemployment_status('济南', '{"id":"370303197001200022","registration":{"date":"2024-06-03","place":"户籍地"}}', '2025-04-20') WHERE kind = 'note';

-- 06: working days: the first contact is due within 5 working days (人社厅发〔2020〕79号 一(三)).
-- Registered Wednesday 2020-09-30: National Day and 中秋 off 10-01..10-08, 10-10 (Saturday) a
-- working day: 10-09, 10-10, 10-12, 10-13, 10-14. Registered Tuesday 2021-02-09: Spring Festival
-- off 02-11..02-17, 02-20 (Saturday) a working day: 02-10, 02-18, 02-19, 02-20, 02-22.
SELECT '06_1', kind, date, detail FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-30","place":"户籍地"}}', '2020-10-09');
SELECT '06_2', kind, date FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2021-02-09","place":"户籍地"}}', '2021-02-23') WHERE rule = 'status.contact';
SELECT '06_3', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2021-02-09","place":"户籍地"},"events":[{"date":"2021-02-22","type":"contact_failed"}]}', '2021-02-23') WHERE rule = 'status.contact';
-- The monthly follow-up (鲁人社字〔2020〕39号 四(二)): October done, November missed, December due.
SELECT '06_4', kind, date, detail FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"},
  "events":[{"date":"2020-09-03","type":"contact_made"},{"date":"2020-10-05","type":"contact_made"}]}', '2020-12-10') WHERE kind IN ('due', 'overdue');

-- 07: bad input is a clear error naming the field.
SELECT '07_1', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-01","type":"hired"}]}', '2020-11-01');
SELECT '07_2', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"1989-10-01","type":"contact_made"}]}', '2020-11-01');
SELECT '07_3', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-31"}}', '2020-11-01');
SELECT '07_4', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020/10/01","type":"employed"}]}', '2020-11-01');
SELECT '07_5', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"}}', '2020-13-01');
SELECT '07_6', unemployment_status('济南', 'not json', '2020-11-01');
SELECT '07_7', unemployment_status('上海', '{"id":"370102199003071238","registration":{"date":"2020-09-01"}}', '2020-11-01');
SELECT '07_8', unemployment_status('济南', '{"id":"370102199003071235","registration":{"date":"2020-09-01"}}', '2020-11-01');
SELECT '07_9', unemployment_status('济南', '{"id":"370102199003071238","sex":2,"registration":{"date":"2020-09-01"}}', '2020-11-01');
SELECT '07_10', unemployment_status('济南', '{"id":"370102199003071238"}', '2020-11-01');
SELECT '07_11', unemployment_status('济南', '{"birth_date":"1990-03-07","sex":1,"registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-01","type":"cancelled","code":"22"}]}', '2020-11-01');
SELECT '07_12', unemployment_status(NULL, '{}', '2020-11-01') IS NULL, unemployment_status('济南', NULL, '2020-11-01') IS NULL;
SELECT '07_13', count(*) FROM unemployment_status('济南', NULL, '2020-11-01');
SELECT '07_14', * FROM unemployment_status;
-- Events need not come sorted; as_of before the registration: not registered.
SELECT '07_15', unemployment_status('济南', '{"birth_date":"1990-03-07","sex":1,"registration":{"date":"2020-09-01"},
  "events":[{"date":"2020-11-15","type":"death"},{"date":"2020-10-01","type":"employed"}]}', '2020-12-01'),
  unemployment_status('济南', '{"birth_date":"1990-03-07","sex":1,"registration":{"date":"2020-09-01"}}', '2020-08-31');

-- 08: a city-added ground (鲁人社字〔2020〕39号 二(一)11 各市确定的其他情形). No city's ground is in the
-- texts, so this test installs a test-only 淄博 script (in this in-memory database only) whose
-- status.city_grounds closes on an event of its own type; 济南 ignores that type.
SELECT '08_1', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
parameter "urban_dibao_monthly" { { from = "2020-01-01", value = 80000, ref = "test fixture, not 淄博''s standard" } }
rule "status.city_grounds" {
  from = "2021-01-01", ref = "test fixture, not a rule of 淄博",
  function(person, as_of)
    local out = {}
    for _, e in ipairs(person.events or {}) do
      if e.type == "city.moved_away" and e.date <= as_of then
        out[#out + 1] = { date = e.date, reason = "moved away (test ground)", ref = "test fixture" }
      end
    end
    return out
  end,
}', 'tests');
INSERT INTO h VALUES ('cityg', '淄博', '{"id":"370303197609200039","registration":{"date":"2021-03-01","place":"户籍地"},
  "events":[{"date":"2021-03-03","type":"contact_made"},{"date":"2021-04-01","type":"city.moved_away"}]}');
SELECT '08_2', unemployment_status('淄博', person, '2021-04-15'), unemployment_status('济南', person, '2021-04-15') FROM h WHERE name = 'cityg';
SELECT '08_3', date, status, code, code_name, rule, ref, detail FROM h, unemployment_status('淄博', h.person, '2021-04-15') WHERE name = 'cityg' AND status = 'exited';
-- AJC00A 13 (39号 二(一)3): a stable income not below the (test) standard closes into employment;
-- one below it does not.
SELECT '08_6', unemployment_status('淄博', '{"id":"370303197609200039","registration":{"date":"2021-03-01","place":"户籍地"},
  "events":[{"date":"2021-04-01","type":"stable_income","monthly_income_fen":80000}]}', '2021-04-15'),
  unemployment_status('淄博', '{"id":"370303197609200039","registration":{"date":"2021-03-01","place":"户籍地"},
  "events":[{"date":"2021-04-01","type":"stable_income","monthly_income_fen":79999}]}', '2021-04-15');
SELECT '08_7', date, status, code, code_name, detail FROM unemployment_status('淄博', '{"id":"370303197609200039","registration":{"date":"2021-03-01","place":"户籍地"},
  "events":[{"date":"2021-04-01","type":"stable_income","monthly_income_fen":80000}]}', '2021-04-15') WHERE status = 'employed';
SELECT '08_4', policy_rollback('淄博');
SELECT '08_5', unemployment_status('淄博', person, '2021-04-15') FROM h WHERE name = 'cityg';
