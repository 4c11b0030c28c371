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
-- 02_3: 鲁人社字〔2020〕39号 二(一)8 takes effect 2020-04-08 and conduct before it does not count
-- (不溯及既往): three refusals by 2020-04-07 close nothing on 2020-04-08; three from 2020-04-08 on
-- close on the third (asked before 2020-07-20).
INSERT INTO h VALUES ('r39', '济南', '{"id":"370102199003071238","registration":{"date":"2019-12-02","place":"户籍地"},
  "events":[{"date":"2019-12-10","type":"contact_made"},{"date":"2020-03-02","type":"service_refused"},
            {"date":"2020-03-16","type":"service_refused"},{"date":"2020-04-07","type":"service_refused"}]}');
SELECT '02_3', unemployment_status(city, person, '2020-04-07'), unemployment_status(city, person, '2020-04-08') FROM h WHERE name = 'r39';
INSERT INTO h VALUES ('r39b', '济南', '{"id":"370102199003071238","registration":{"date":"2019-12-02","place":"户籍地"},
  "events":[{"date":"2019-12-10","type":"contact_made"},{"date":"2020-04-07","type":"service_refused"},
            {"date":"2020-04-08","type":"service_refused"},{"date":"2020-05-11","type":"service_refused"},
            {"date":"2020-06-11","type":"service_refused"}]}');
SELECT '02_3', date, status, code, detail FROM h, unemployment_status(h.city, h.person, '2020-07-01') WHERE name = 'r39b' AND kind = 'change' AND status = 'exited';
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
-- 02_6: 39号 二(一)9: six consecutive months unreachable, proved by failed attempts, counted from
-- 2020-04-08 at the earliest (不溯及既往): failures from 2020-01-10 on are a run from 2020-04-08, so
-- a failed attempt on 2020-07-10 is not yet six months, and the run is complete on 2020-10-08,
-- when 79号 (2020-07-20) already makes it a review, not a closing.
INSERT INTO h VALUES ('u6', '济南', '{"id":"370102199003071238","registration":{"date":"2020-01-06","place":"户籍地"},
  "events":[{"date":"2020-01-08","type":"contact_made"},{"date":"2020-01-10","type":"contact_failed"},
            {"date":"2020-03-10","type":"contact_failed"},{"date":"2020-07-10","type":"contact_failed"},
            {"date":"2020-10-07","type":"contact_failed"},{"date":"2020-10-08","type":"contact_failed"}]}');
SELECT '02_6', unemployment_status(city, person, '2020-07-10'), unemployment_status(city, person, '2020-10-08') FROM h WHERE name = 'u6';
SELECT '02_6', kind, date, code, detail FROM h, unemployment_status(h.city, h.person, '2020-10-08') WHERE name = 'u6' AND kind IN ('change', 'review');
-- 02_7: registration places: 就业地 from 2020-07-20 (人社厅发〔2020〕79号 一(一)), not before.
SELECT '02_7', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-07-19","place":"就业地"}}', '2020-08-01'),
               unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-07-20","place":"就业地"}}', '2020-08-01');

-- 03: one history asked about under three rules: registered 2019-06-03, never reached (failed
-- attempts every month from 2019-07-10 on), three refusals in 2019. Under the 2018 rule (asked
-- 2020-03-01) it is not a year old; under 39号 (asked 2020-05-01) the 2019 refusals do not count
-- (conduct before the rule) and the 2018 ground is not yet complete; asked 2020-07-01 (still under
-- 39号) the 2018 ground closes it on 2020-06-10; after 79号 (asked 2020-09-01) unreachability
-- alone closes nothing: the 2018 ground goes to review, and 39号's six months (counted from
-- 2020-04-08) are not yet complete.
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
       unemployment_status(city, person, '2020-07-01'), unemployment_status(city, person, '2020-09-01') FROM h WHERE name = 'three';
SELECT '03_2', kind, date, status, code FROM h, unemployment_status(h.city, h.person, '2020-07-01') WHERE name = 'three' AND kind <> 'due' AND kind <> 'overdue';
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
SELECT '08_3', date, status, code, code_name, rule, ref, detail FROM h, unemployment_status('淄博', h.person, '2021-04-15') WHERE name = 'cityg' AND kind = 'change' AND status = 'exited';
-- AJC00A 13 (39号 二(一)3): a stable income not below the (test) standard closes into employment;
-- one below it does not.
SELECT '08_6', unemployment_status('淄博', '{"id":"370303197609200039","registration":{"date":"2021-03-01","place":"户籍地"},
  "events":[{"date":"2021-04-01","type":"stable_income","monthly_income_fen":80000}]}', '2021-04-15'),
  unemployment_status('淄博', '{"id":"370303197609200039","registration":{"date":"2021-03-01","place":"户籍地"},
  "events":[{"date":"2021-04-01","type":"stable_income","monthly_income_fen":79999}]}', '2021-04-15');
SELECT '08_7', date, status, code, code_name, detail FROM unemployment_status('淄博', '{"id":"370303197609200039","registration":{"date":"2021-03-01","place":"户籍地"},
  "events":[{"date":"2021-04-01","type":"stable_income","monthly_income_fen":80000}]}', '2021-04-15') WHERE kind = 'change' AND status = 'employed';
SELECT '08_4', policy_rollback('淄博');
SELECT '08_5', unemployment_status('淄博', person, '2021-04-15') FROM h WHERE name = 'cityg';

-- 09: the person JSON is a closed shape (issue 22): a mistyped key or a value outside a closed list
-- is an error naming it, never a fact silently ignored. "event" for "events" would otherwise
-- answer unemployed instead of employed; "户籍" for "户籍地" not_registered.
SELECT '09_1', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"},"event":[{"date":"2020-10-15","type":"employed"}]}', '2020-11-01');
SELECT '09_2', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍"}}', '2020-11-01');
SELECT '09_3', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","plcae":"户籍地"}}', '2020-11-01');
SELECT '09_4', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-15","type":"cancelled","cdoe":"32"}]}', '2020-11-01');
SELECT '09_5', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-15","type":"employed","code":"11"}]}', '2020-11-01');
SELECT '09_6', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-15","type":"contact_made","body":"人力"}]}', '2020-11-01');
SELECT '09_7', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","reason":"29"}}', '2020-11-01');
SELECT '09_8', unemployment_status('济南', '{"id":"370102199003071238","wants_work":"yes","registration":{"date":"2020-09-01"}}', '2020-11-01');
SELECT '09_9', unemployment_status('济南', '{"id":"370102199003071238","resident":"hk","registration":{"date":"2020-09-01"}}', '2020-11-01');
SELECT '09_10', unemployment_status('济南', '{"id":"370102199003071238","document":"07","registration":{"date":"2020-09-01"}}', '2020-11-01');
SELECT '09_11', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","channel":"phone"}}', '2020-11-01');
SELECT '09_12', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-15","type":"service_refused","good_reason":"yes"}]}', '2020-11-01');
SELECT '09_13', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-15","type":"service_provided","service":"lunch"}]}', '2020-11-01');
SELECT '09_15', unemployment_status('济南', '{"birth_date":"1990-03-07","sex":"M","registration":{"date":"2020-09-01"}}', '2020-11-01');
SELECT '09_16', unemployment_status('济南', '{"birth_date":"1990-03-07","sex":2,"retirement_category":45,"registration":{"date":"2020-09-01"}}', '2020-11-01');
SELECT '09_17', count(*) FROM unemployment_status('济南', '{"birth_date":"1958-01-01","sex":"1","registration":{"date":"2017-06-01"}}', '2019-01-01') WHERE kind = 'note';
-- A city's own events may carry any key; every existing valid shape still works.
SELECT '09_14', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地","reason":21},"events":[{"date":"2020-10-15","type":"city.visit","where":"x"},{"date":"2020-10-20","type":"contact_made","body":"公共就业服务机构"},{"date":"2020-10-21","type":"service_refused","good_reason":true}]}', '2020-11-01');

-- 10: who may register (鲁人社字〔2020〕39号 一(一), 附件3): 有就业要求 and 处于无业状态 denied, a
-- 港澳台居民 (a 居住证 number 81…) only after a job in Shandong, and the documents. Absent, each is taken
-- as attested by the recorded registration; registration.eligible (an application) requires them.
SELECT '10_1', detail FROM unemployment_status('济南', '{"id":"370102199003071238","wants_work":false,"registration":{"date":"2020-09-01"}}', '2020-11-01');
SELECT '10_2', detail FROM unemployment_status('济南', '{"id":"370102199003071238","jobless":false,"registration":{"date":"2020-09-01"}}', '2020-11-01');
SELECT '10_3', unemployment_status('济南', '{"id":"810000199003071237","registration":{"date":"2020-09-01"}}', '2020-11-01');
SELECT '10_4', unemployment_status('济南', '{"id":"810000199003071237","worked_in_shandong":true,"registration":{"date":"2020-09-01"}}', '2020-11-01'),
               unemployment_status('济南', '{"id":"810000199003071237","worked_in_shandong":true,"document":"03","registration":{"date":"2020-09-01"}}', '2020-11-01'),
               unemployment_status('济南', '{"id":"810000199003071237","worked_in_shandong":false,"registration":{"date":"2020-09-01"}}', '2020-11-01');
SELECT '10_5', unemployment_status('济南', '{"id":"370102199003071238","resident":"hk_macao_taiwan","registration":{"date":"2020-09-01"}}', '2020-11-01');
SELECT '10_6', detail FROM unemployment_status('济南', '{"id":"370102199003071238","document":"03","registration":{"date":"2020-09-01"}}', '2020-11-01');
SELECT '10_7', unemployment_status('济南', '{"id":"370102199003071238","document":"04","wants_work":true,"jobless":true,"registration":{"date":"2020-09-01"}}', '2020-11-01'),
               unemployment_status('济南', '{"id":"370102199003071238","wants_work":false,"registration":{"date":"2020-03-01"}}', '2020-11-01');
-- registration.eligible decides an application: every fact required.
SELECT '10_8', policy_eval('济南', 'registration.eligible', '2020-09-01', '{"birth":"1990-03-07","place":"户籍地","wants_work":true,"jobless":true,"pension":false,"resident":"mainland","document":"01"}'),
               policy_eval('济南', 'registration.eligible', '2020-09-01', '{"birth":"1990-03-07","place":"就业地","wants_work":true,"jobless":true,"pension":false,"resident":"mainland","document":"01"}'),
               policy_eval('济南', 'registration.eligible', '2020-07-19', '{"birth":"1990-03-07","place":"就业地","wants_work":true,"jobless":true,"pension":false,"resident":"mainland","document":"01"}'),
               policy_eval('济南', 'registration.eligible', '2020-09-01', '{"birth":"1990-03-07","place":"户籍地","wants_work":true,"jobless":true,"pension":false,"resident":"hk_macao_taiwan","worked_in_shandong":true,"document":"02"}'),
               policy_eval('济南', 'registration.eligible', '2020-09-01', '{"birth":"1990-03-07","place":"户籍地","wants_work":true,"jobless":false,"pension":false,"resident":"mainland","document":"01"}'),
               policy_eval('济南', 'registration.eligible', '2020-09-01', '{"birth":"1990-03-07","place":"户籍地","wants_work":true,"jobless":true,"pension":false,"resident":"mainland","document":"02"}');
SELECT '10_9', policy_eval('济南', 'registration.eligible', '2020-09-01', '{"birth":"1990-03-07","place":"户籍地","jobless":true,"pension":false,"resident":"mainland","document":"01"}');
SELECT '10_10', policy_eval('济南', 'registration.eligible', '2020-09-01', '{"birth":"1990-03-07","place":"户籍地","wants_work":true,"jobless":true,"pension":false,"resident":"hk_macao_taiwan","document":"03"}');
SELECT '10_11', policy_eval('济南', 'registration.eligible', '2020-09-01', '{"birth":"1990-03-07","place":"户籍","wants_work":true,"jobless":true,"pension":false,"resident":"mainland","document":"01"}');
-- 人社厅发〔2020〕79号 一(一): served as if registered, from 2020-07-20.
SELECT '10_12', policy_eval('济南', 'registration.served_as_registered', '2020-07-20', '{"group":"graduate"}'),
                policy_eval('济南', 'registration.served_as_registered', '2020-07-20', '{"group":"migrant_allowance"}'),
                policy_eval('济南', 'registration.served_as_registered', '2020-07-20', '{"group":"none"}');
SELECT '10_13', policy_eval('济南', 'registration.served_as_registered', '2020-07-20', '{"group":"student"}');
SELECT '10_14', policy_eval('济南', 'registration.served_as_registered', '2020-07-19', '{"group":"graduate"}');

-- 11: 威海's restoration only "符合条件的" (威人社字〔2018〕89号 一): closed by the 2018 rule on
-- 2018-10-15; a pension (or a job) recorded since the closing keeps it closed, with the reason.
INSERT INTO h VALUES ('whp', '威海', '{"id":"371002196005050010","registration":{"date":"2017-06-01","place":"户籍地"},
  "events":[{"date":"2018-10-15","type":"contact_failed"},{"date":"2018-11-01","type":"pension_started"},{"date":"2019-12-01","type":"reapplied"}]}');
INSERT INTO h VALUES ('whe', '威海', '{"id":"371002198005050044","registration":{"date":"2017-06-01","place":"户籍地"},
  "events":[{"date":"2018-10-15","type":"contact_failed"},{"date":"2019-03-01","type":"employed"},{"date":"2019-12-01","type":"reapplied"}]}');
SELECT '11_1', name, unemployment_status(city, person, '2020-01-01') FROM h WHERE name IN ('whp', 'whe') ORDER BY name;
SELECT '11_2', name, kind, date, status, detail FROM h, unemployment_status(h.city, h.person, '2020-01-01') WHERE name IN ('whp', 'whe') AND rule = 'status.restore_on_reapply' ORDER BY name;

-- 12: effective contact (有效联系): bodies by a closed list, judged by the list in force on the
-- contact's day. 威海: 街道（乡镇）人力资源社会保障平台 on 2018-08-01 (under 166号, before 威海's 89号 of
-- 2018-09-18) counts; 济南: 公共就业服务机构 is 166号's 公共就业人才服务机构 (alias) and counts.
SELECT '12_1', unemployment_status('威海', '{"id":"371002198005050044","registration":{"date":"2018-01-15","place":"户籍地"},
  "events":[{"date":"2018-08-01","type":"contact_made","body":"街道（乡镇）人力资源社会保障平台"},{"date":"2019-03-01","type":"contact_failed"}]}', '2019-04-01'),
  unemployment_status('威海', '{"id":"371002198005050044","registration":{"date":"2018-01-15","place":"户籍地"},
  "events":[{"date":"2018-10-01","type":"contact_made","body":"street_platform"},{"date":"2019-03-01","type":"contact_failed"}]}', '2019-04-01'),
  unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2018-06-01","place":"户籍地"},
  "events":[{"date":"2018-08-01","type":"contact_made","body":"公共就业服务机构"},{"date":"2019-08-01","type":"contact_failed"}]}', '2019-09-01');

-- 13: the office's own 注销 with AJC00A 31 or 32 from 2020-07-20 stands but goes to review
-- (人社厅发〔2020〕79号 一(四)); a 32 less than six months after registration too (39号 二(一)9).
SELECT '13_1', kind, date, status, code, ref FROM h, unemployment_status(h.city, h.person, '2020-11-01') WHERE name = 'cancel32' AND kind IN ('change', 'review');
SELECT '13_2', kind, date, code, ref FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2019-09-01","place":"户籍地"},
  "events":[{"date":"2020-06-01","type":"cancelled","code":"32"}]}', '2020-11-01') WHERE kind IN ('change', 'review');
SELECT '13_2', kind, date, code, ref FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-04-20","place":"户籍地"},
  "events":[{"date":"2020-06-01","type":"cancelled","code":"32"}]}', '2020-11-01') WHERE kind IN ('change', 'review');
SELECT '13_3', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2019-09-01","place":"户籍地"},
  "events":[{"date":"2020-06-01","type":"cancelled","code":"31"},{"date":"2020-06-02","type":"notified"}]}', '2020-11-01') WHERE kind <> 'change';

-- 14: the pension-age note cites the law in force when the age is reached: 国发〔1978〕104号 before
-- 2025-01-01, the 2024 decision from then.
SELECT '14_1', date, ref FROM unemployment_status('济南', '{"id":"37010219580101001X","registration":{"date":"2017-06-01","place":"户籍地"}}', '2019-01-01') WHERE kind = 'note';
SELECT '14_2', date, ref FROM unemployment_status('济南', '{"id":"370303196503100019","registration":{"date":"2024-06-03","place":"户籍地"}}', '2025-04-20') WHERE kind = 'note';

-- 15: telling the person (39号 二(一): 以适当方式予以告知, except 移居境外、被判刑收监执行、死亡、无法取得联系).
SELECT '15_1', substr(h.name, 4), s.kind, s.date, s.code FROM h, unemployment_status(h.city, h.person, '2020-11-01') s
 WHERE h.name IN ('ev_employed', 'ev_study', 'ev_emigration', 'ev_imprisonment', 'ev_death') AND s.rule = 'status.notify' ORDER BY h.name;
SELECT '15_2', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"},
  "events":[{"date":"2020-10-15","type":"employed"},{"date":"2020-10-20","type":"notified"}]}', '2020-11-01') WHERE rule = 'status.notify';
SELECT '15_3', detail FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"},
  "events":[{"date":"2020-10-15","type":"cancelled","code":"24"}]}', '2020-11-01') WHERE rule = 'status.notify';
-- before 39号 no duty to tell: closed into employment on 2020-03-01.
SELECT '15_4', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2019-09-01","place":"户籍地"},
  "events":[{"date":"2020-03-01","type":"employed"}]}', '2020-11-01') WHERE rule = 'status.notify';

-- 16: from application (申请日期 AAE127) to decision (经办日期 AAE036): 7 working days from 2020-04-08
-- (39号 五(一); 附件3), 3 from 2020-07-20 (79号 一(三)), by the rule in force on the application day.
-- Applied Monday 2020-09-07: 3 working days end Thursday 09-10; decided Friday 09-11 is late.
SELECT '16_1', kind, date, ref, detail FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-11","applied":"2020-09-07","place":"户籍地"}}', '2020-09-14') WHERE rule = 'status.processing';
SELECT '16_2', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-10","applied":"2020-09-07","place":"户籍地"}}', '2020-09-14') WHERE rule = 'status.processing';
-- Applied Monday 2020-07-13 (7 days then): decided Wednesday 07-22 (7 working days) is in time.
SELECT '16_3', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-07-22","applied":"2020-07-13","place":"户籍地"}}', '2020-07-23') WHERE rule = 'status.processing';
SELECT '16_4', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-10","applied":"2020-09-11","place":"户籍地"}}', '2020-09-14');

-- 17: channels (params.lua registration_channels): a UI claim registers (鲁人社函〔2020〕10号, from
-- 2020-03-20); the national entry from 2020-07-01 (39号 二(三)); 一体化登记 from 2020-10-22 (129号),
-- and from 2021-05-01 a registration after an employer ended the contract (AJC093 21) made
-- elsewhere is flagged (禁止分口办理). The town scope of the statistics (79号 三(十)).
SELECT '17_1', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-03-19","channel":"ui_claim"}}', '2020-05-01'),
               unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-03-20","channel":"ui_claim"}}', '2020-05-01'),
               unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-06-30","channel":"national_portal"}}', '2020-08-01'),
               unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-07-01","channel":"national_portal"}}', '2020-08-01'),
               unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-10-21","channel":"integrated"}}', '2020-11-01'),
               unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-10-22","channel":"integrated"}}', '2020-11-01');
SELECT '17_2', ref, detail FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-03-20","channel":"ui_claim"}}', '2020-03-20') WHERE kind = 'change';
SELECT '17_3', kind, date, rule FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2021-05-06","channel":"offline","reason":"21"}}', '2021-05-07') WHERE kind = 'review';
SELECT '17_4', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2021-04-30","channel":"offline","reason":"21"}}', '2021-05-07') WHERE kind = 'review';
SELECT '17_5', kind, rule, ref FROM unemployment_status('济南', '{"id":"370102199003071238","urban":false,"registration":{"date":"2020-09-01"}}', '2020-09-02') WHERE rule = 'status.urban_scope';

-- 18: "12333"式服务 (39号 四(三)): after a request, in the year from it, 2 政策对接, 3 职业指导, 3 岗位信息,
-- 3 技能培训信息: due within the year, overdue after it.
INSERT INTO h VALUES ('s12333', '济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"},
  "events":[{"date":"2020-10-10","type":"service_requested"},
            {"date":"2020-11-02","type":"service_provided","service":"policy_matching"},
            {"date":"2020-12-02","type":"service_provided","service":"policy_matching"},
            {"date":"2021-01-05","type":"service_provided","service":"career_guidance"},
            {"date":"2021-02-05","type":"service_provided","service":"job_info"},
            {"date":"2021-03-05","type":"service_provided","service":"job_info"},
            {"date":"2021-04-05","type":"service_provided","service":"job_info"}]}');
SELECT '18_1', kind, date, detail FROM h, unemployment_status(h.city, h.person, '2021-06-01') WHERE name = 's12333' AND rule = 'status.service_12333';
SELECT '18_2', kind, date FROM h, unemployment_status(h.city, h.person, '2021-10-10') WHERE name = 's12333' AND rule = 'status.service_12333';

-- 19: parameters. ui_benefit_ratio is 0.9 on every day from 2020-02-04, also in the gap between
-- 4号's validity (to 2020-05-03) and 20号 (2020-07-02); the province's three paper-certificate
-- cases (166号 一) and 威海's two (89号 二).
SELECT '19_1', policy_param('济南', 'ui_benefit_ratio', '2020-02-03') IS NULL;
SELECT '19_2', policy_param('济南', 'ui_benefit_ratio', '2020-02-04'), policy_param('济南', 'ui_benefit_ratio', '2020-05-04'),
               policy_param('济南', 'ui_benefit_ratio', '2020-07-01'), policy_param('济南', 'ui_benefit_ratio', '2020-07-02');
SELECT '19_3', from_date, value, ref FROM policy_parameters('济南') WHERE name = 'ui_benefit_ratio';
SELECT '19_4', from_date, value, ref FROM policy_parameters('济南') WHERE name = 'registration_deadline_working_days';
SELECT '19_5', policy_param('济南', 'paper_certificate_cases', '2019-01-01');
SELECT '19_6', policy_param('威海', 'paper_certificate_cases', '2019-01-01');
SELECT '19_7', from_date, value, ref FROM policy_parameters('济南') WHERE name = 'startup_subsidy_amount' OR name = 'min_wage_monthly';

-- 20: 淄博 (淄人社函〔2023〕29号 附件2 五4): the flexible worker's limit is the statutory pension age,
-- 55/60 before 2025-01-01 and that of the 2024 decision from then: a man born 1965-02-15 reaches it
-- on 2025-03-15, a woman born 1970-02-15 (the 55 track of the text) on 2025-03-15.
SELECT '20_1', policy_eval('淄博', 'flexible.si_age_ok', '2025-03-01', '{"birth":"1965-02-15","sex":1}'),
               policy_eval('淄博', 'flexible.si_age_ok', '2025-03-15', '{"birth":"1965-02-15","sex":1}'),
               policy_eval('淄博', 'flexible.si_age_ok', '2025-03-14', '{"birth":"1970-02-15","sex":2}'),
               policy_eval('淄博', 'flexible.si_age_ok', '2025-03-15', '{"birth":"1970-02-15","sex":2}'),
               policy_eval('淄博', 'flexible.si_age_ok', '2024-12-14', '{"birth":"1964-12-15","sex":1}'),
               policy_eval('淄博', 'flexible.si_age_ok', '2024-12-15', '{"birth":"1964-12-15","sex":1}');
SELECT '20_2', policy_param('淄博', 'flexible_si_age_limit_male', '2025-01-01');
SELECT '20_3', note FROM policy_parameters('淄博', '2023-06-01') WHERE name = 'flexible_si_min_age';
-- the population of 附件2 五4, and the employment registration of 附件1/附件2 五1 (a woman's track required).
SELECT '20_4', policy_eval('淄博', 'flexible.si_eligible', '2024-06-01', '{"birth":"1980-02-15","sex":1,"kind":"sole_trader","lives_in_shandong":true}'),
               policy_eval('淄博', 'flexible.si_eligible', '2024-06-01', '{"birth":"1980-02-15","sex":1,"kind":"employee","lives_in_shandong":true}'),
               policy_eval('淄博', 'flexible.si_eligible', '2024-06-01', '{"birth":"1980-02-15","sex":1,"kind":"part_time","lives_in_shandong":false}');
SELECT '20_5', policy_eval('淄博', 'flexible.si_eligible', '2024-06-01', '{"birth":"1980-02-15","sex":1,"kind":"farmer","lives_in_shandong":true}');
SELECT '20_6', policy_eval('淄博', 'employment.registration_ok', '2025-06-01', '{"birth":"1975-03-15","sex":2,"retirement_category":50,"lives_in_shandong":true,"able_to_work":true,"employed":true}'),
               policy_eval('淄博', 'employment.registration_ok', '2025-05-14', '{"birth":"1975-03-15","sex":2,"retirement_category":50,"lives_in_shandong":true,"able_to_work":true,"employed":true}'),
               policy_eval('淄博', 'employment.registration_ok', '2025-05-14', '{"birth":"1975-03-15","sex":2,"retirement_category":55,"lives_in_shandong":true,"able_to_work":false,"employed":true}');
SELECT '20_7', policy_eval('淄博', 'employment.registration_ok', '2025-05-14', '{"birth":"1975-03-15","sex":2,"lives_in_shandong":true,"able_to_work":true,"employed":true}');

-- 21: the appliance's registration table keeps ADC221 as printed (1 户籍地址, 2 常驻地址) and the place
-- of registration in place_kind (A15): 就业地 and 参保地 only from 2020-07-20 (人社厅发〔2020〕79号 一(一)),
-- 户籍地/常住地 agreeing with ADC221. The person view passes the place, 申请日期 and the document.
.read sql/schema.sql
INSERT INTO registration(AAZ341, AAB301, AAE127, AAC003, AAC004, AAC002, AAC058, AAC044, ADC221, AJC093, AAE540, AAE036, place_kind)
VALUES ('R1', '370102', '20200907', '甲', '1', '370102199003071238', '01', '370102199003071238', '2', '21', '1', '20200911', '就业地');
INSERT INTO registration(AAZ341, AAB301, AAE127, AAC003, AAC004, AAC002, AAC058, AAC044, ADC221, AJC093, AAE540, AAE036, place_kind)
VALUES ('R2', '370102', '20200713', '乙', '1', '370102199003071238', '01', '370102199003071238', '1', '21', '1', '20200717', '参保地');
INSERT INTO registration(AAZ341, AAB301, AAE127, AAC003, AAC004, AAC002, AAC058, AAC044, ADC221, AJC093, AAE540, AAE036, place_kind)
VALUES ('R3', '370102', '20200907', '丙', '1', '370102199003071238', '01', '370102199003071238', '2', '21', '1', '20200908', '户籍地');
SELECT '21_1', AAZ341, ADC221, place_kind FROM registration ORDER BY AAZ341;
SELECT '21_2', json_extract(person, '$.registration.place'), json_extract(person, '$.registration.applied'), json_extract(person, '$.document'),
       unemployment_status(city, person, '2020-09-14') FROM unemployment_person;
SELECT '21_3', t.kind, t.rule FROM unemployment_person u, unemployment_status(u.city, u.person, '2020-09-14') t WHERE t.rule = 'status.processing';
