-- tests/sql/unemployment_status_forms.sql: the scalar unemployment_status(city, person, as_of) and the
-- table form agree. The scalar evaluates the status alone (status.unemployment_status: no rows, no
-- duties, lua/shandong/status.lua), the table form and policy_eval(city, 'status.unemployment', ...)
-- the whole timeline: both must give the same status for every person, city and day, and the same
-- error for a bad person. The persons are those of unemployment_status.sql, a generated register
-- of the shape of bench/status.sh, and cases at the edges of what the scalar leaves out (the
-- working-day calendar, the last month of year 9999, "12333" requests).
CREATE TABLE p(n INTEGER PRIMARY KEY, person TEXT);
CREATE TABLE c(city TEXT);
INSERT INTO c VALUES ('济南'), ('淄博'), ('威海'), ('烟台'), ('青岛'), ('临沂');
CREATE TABLE d(as_of TEXT);
INSERT INTO d VALUES ('2018-06-01'), ('2019-06-01'), ('2020-01-16'), ('2020-03-01'), ('2020-04-08'), ('2020-05-01'), ('2020-07-01'), ('2020-07-20'), ('2020-09-01'), ('2020-10-08'), ('2020-11-01'), ('2020-12-31'), ('2021-04-15'), ('2021-06-30'), ('2025-04-20'), ('2025-07-01');
INSERT INTO p VALUES (1, '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"}, "events":[{"date":"2020-10-15","type":"cancelled","code":"32"}]}');
INSERT INTO p VALUES (2, '{"id":"370102199003071238","registration":{"date":"2019-01-15","place":"户籍地"}, "events":[{"date":"2020-01-15","type":"contact_failed"},{"date":"2020-01-16","type":"contact_failed"}]}');
INSERT INTO p VALUES (3, '{"id":"370102199003071238","registration":{"date":"2019-12-02","place":"户籍地"}, "events":[{"date":"2019-12-10","type":"contact_made"},{"date":"2020-03-02","type":"service_refused"}, {"date":"2020-03-16","type":"service_refused"},{"date":"2020-04-07","type":"service_refused"}]}');
INSERT INTO p VALUES (4, '{"id":"370102199003071238","registration":{"date":"2019-12-02","place":"户籍地"}, "events":[{"date":"2019-12-10","type":"contact_made"},{"date":"2020-04-07","type":"service_refused"}, {"date":"2020-04-08","type":"service_refused"},{"date":"2020-05-11","type":"service_refused"}, {"date":"2020-06-11","type":"service_refused"}]}');
INSERT INTO p VALUES (5, '{"id":"370102199003071238","registration":{"date":"2020-04-20","place":"户籍地"}, "events":[{"date":"2020-04-22","type":"contact_made"},{"date":"2020-05-11","type":"service_refused"}, {"date":"2020-06-11","type":"service_refused"},{"date":"2020-07-19","type":"service_refused"}]}');
INSERT INTO p VALUES (6, '{"id":"370102199003071238","registration":{"date":"2020-04-20","place":"户籍地"}, "events":[{"date":"2020-05-11","type":"service_refused"},{"date":"2020-05-20","type":"service_refused","good_reason":true}, {"date":"2020-06-01","type":"service_accepted"},{"date":"2020-06-11","type":"service_refused"}, {"date":"2020-07-01","type":"service_refused"}]}');
INSERT INTO p VALUES (7, '{"id":"370102199003071238","registration":{"date":"2020-01-06","place":"户籍地"}, "events":[{"date":"2020-01-08","type":"contact_made"},{"date":"2020-01-10","type":"contact_failed"}, {"date":"2020-03-10","type":"contact_failed"},{"date":"2020-07-10","type":"contact_failed"}, {"date":"2020-10-07","type":"contact_failed"},{"date":"2020-10-08","type":"contact_failed"}]}');
INSERT INTO p VALUES (8, '{"id":"370102199003071238","registration":{"date":"2020-07-19","place":"就业地"}}');
INSERT INTO p VALUES (9, '{"id":"370102199003071238","registration":{"date":"2020-07-20","place":"就业地"}}');
INSERT INTO p VALUES (10, '{"id":"371002198005050044","registration":{"date":"2019-01-15","place":"户籍地"}, "events":[{"date":"2020-01-16","type":"contact_failed"},{"date":"2020-02-10","type":"reapplied"}]}');
INSERT INTO p VALUES (11, '{"id":"371002198005050044","registration":{"date":"2019-01-15","place":"户籍地"}, "events":[{"date":"2019-03-01","type":"contact_made","body":"街道（乡镇）人力资源社会保障平台"},{"date":"2020-01-16","type":"contact_failed"}]}');
INSERT INTO p VALUES (12, '{"id":"370102200406150016","registration":{"date":"2020-06-14","place":"户籍地"}}');
INSERT INTO p VALUES (13, '{"id":"370102200406150016","registration":{"date":"2020-06-15","place":"户籍地"}}');
INSERT INTO p VALUES (14, '{"id":"370303196503100019","registration":{"date":"2025-06-02","place":"户籍地"},"events":[{"date":"2025-04-10","type":"pension_started"}]}');
INSERT INTO p VALUES (15, '{"id":"370303196503100019","registration":{"date":"2025-06-02","place":"户籍地"}}');
INSERT INTO p VALUES (16, '{"id":"370303196503100019","registration":{"date":"2024-06-03","place":"户籍地"}, "events":[{"date":"2025-04-01","type":"contact_made"}]}');
INSERT INTO p VALUES (17, '{"id":"370303197001200022","retirement_category":55,"registration":{"date":"2024-06-03","place":"户籍地"}}');
INSERT INTO p VALUES (18, '{"id":"370303197001200022","retirement_category":50,"registration":{"date":"2024-06-03","place":"户籍地"}}');
INSERT INTO p VALUES (19, '{"id":"370303197001200022","registration":{"date":"2024-06-03","place":"户籍地"}}');
INSERT INTO p VALUES (20, '{"id":"370102199003071238","registration":{"date":"2020-09-30","place":"户籍地"}}');
INSERT INTO p VALUES (21, '{"id":"370102199003071238","registration":{"date":"2021-02-09","place":"户籍地"}}');
INSERT INTO p VALUES (22, '{"id":"370102199003071238","registration":{"date":"2021-02-09","place":"户籍地"},"events":[{"date":"2021-02-22","type":"contact_failed"}]}');
INSERT INTO p VALUES (23, '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"}, "events":[{"date":"2020-09-03","type":"contact_made"},{"date":"2020-10-05","type":"contact_made"}]}');
INSERT INTO p VALUES (24, '{"id":"370102199003071238","registration":{"date":"2020-09-01"}}');
INSERT INTO p VALUES (25, '{"birth_date":"1990-03-07","sex":1,"registration":{"date":"2020-09-01"}, "events":[{"date":"2020-11-15","type":"death"},{"date":"2020-10-01","type":"employed"}]}');
INSERT INTO p VALUES (26, '{"birth_date":"1990-03-07","sex":1,"registration":{"date":"2020-09-01"}}');
INSERT INTO p VALUES (27, '{"id":"370303197609200039","registration":{"date":"2021-03-01","place":"户籍地"}, "events":[{"date":"2021-03-03","type":"contact_made"},{"date":"2021-04-01","type":"city.moved_away"}]}');
INSERT INTO p VALUES (28, '{"birth_date":"1958-01-01","sex":"1","registration":{"date":"2017-06-01"}}');
INSERT INTO p VALUES (29, '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地","reason":21},"events":[{"date":"2020-10-15","type":"city.visit","where":"x"},{"date":"2020-10-20","type":"contact_made","body":"公共就业服务机构"},{"date":"2020-10-21","type":"service_refused","good_reason":true}]}');
INSERT INTO p VALUES (30, '{"id":"370102199003071238","wants_work":false,"registration":{"date":"2020-09-01"}}');
INSERT INTO p VALUES (31, '{"id":"370102199003071238","jobless":false,"registration":{"date":"2020-09-01"}}');
INSERT INTO p VALUES (32, '{"id":"810000199003071237","registration":{"date":"2020-09-01"}}');
INSERT INTO p VALUES (33, '{"id":"810000199003071237","worked_in_shandong":true,"registration":{"date":"2020-09-01"}}');
INSERT INTO p VALUES (34, '{"id":"810000199003071237","worked_in_shandong":true,"document":"03","registration":{"date":"2020-09-01"}}');
INSERT INTO p VALUES (35, '{"id":"810000199003071237","worked_in_shandong":false,"registration":{"date":"2020-09-01"}}');
INSERT INTO p VALUES (36, '{"id":"370102199003071238","document":"03","registration":{"date":"2020-09-01"}}');
INSERT INTO p VALUES (37, '{"id":"370102199003071238","document":"04","wants_work":true,"jobless":true,"registration":{"date":"2020-09-01"}}');
INSERT INTO p VALUES (38, '{"id":"370102199003071238","wants_work":false,"registration":{"date":"2020-03-01"}}');
INSERT INTO p VALUES (39, '{"id":"371002196005050010","registration":{"date":"2017-06-01","place":"户籍地"}, "events":[{"date":"2018-10-15","type":"contact_failed"},{"date":"2018-11-01","type":"pension_started"},{"date":"2019-12-01","type":"reapplied"}]}');
INSERT INTO p VALUES (40, '{"id":"371002198005050044","registration":{"date":"2017-06-01","place":"户籍地"}, "events":[{"date":"2018-10-15","type":"contact_failed"},{"date":"2019-03-01","type":"employed"},{"date":"2019-12-01","type":"reapplied"}]}');
INSERT INTO p VALUES (41, '{"id":"371002198005050044","registration":{"date":"2018-01-15","place":"户籍地"}, "events":[{"date":"2018-08-01","type":"contact_made","body":"街道（乡镇）人力资源社会保障平台"},{"date":"2019-03-01","type":"contact_failed"}]}');
INSERT INTO p VALUES (42, '{"id":"371002198005050044","registration":{"date":"2018-01-15","place":"户籍地"}, "events":[{"date":"2018-10-01","type":"contact_made","body":"street_platform"},{"date":"2019-03-01","type":"contact_failed"}]}');
INSERT INTO p VALUES (43, '{"id":"370102199003071238","registration":{"date":"2018-06-01","place":"户籍地"}, "events":[{"date":"2018-08-01","type":"contact_made","body":"公共就业服务机构"},{"date":"2019-08-01","type":"contact_failed"}]}');
INSERT INTO p VALUES (44, '{"id":"370102199003071238","registration":{"date":"2019-09-01","place":"户籍地"}, "events":[{"date":"2020-06-01","type":"cancelled","code":"32"}]}');
INSERT INTO p VALUES (45, '{"id":"370102199003071238","registration":{"date":"2020-04-20","place":"户籍地"}, "events":[{"date":"2020-06-01","type":"cancelled","code":"32"}]}');
INSERT INTO p VALUES (46, '{"id":"370102199003071238","registration":{"date":"2019-09-01","place":"户籍地"}, "events":[{"date":"2020-06-01","type":"cancelled","code":"31"},{"date":"2020-06-02","type":"notified"}]}');
INSERT INTO p VALUES (47, '{"id":"37010219580101001X","registration":{"date":"2017-06-01","place":"户籍地"}}');
INSERT INTO p VALUES (48, '{"id":"370303196503100019","registration":{"date":"2024-06-03","place":"户籍地"}}');
INSERT INTO p VALUES (49, '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"}, "events":[{"date":"2020-10-15","type":"employed"},{"date":"2020-10-20","type":"notified"}]}');
INSERT INTO p VALUES (50, '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"}, "events":[{"date":"2020-10-15","type":"cancelled","code":"24"}]}');
INSERT INTO p VALUES (51, '{"id":"370102199003071238","registration":{"date":"2019-09-01","place":"户籍地"}, "events":[{"date":"2020-03-01","type":"employed"}]}');
INSERT INTO p VALUES (52, '{"id":"370102199003071238","registration":{"date":"2020-09-11","applied":"2020-09-07","place":"户籍地"}}');
INSERT INTO p VALUES (53, '{"id":"370102199003071238","registration":{"date":"2020-09-10","applied":"2020-09-07","place":"户籍地"}}');
INSERT INTO p VALUES (54, '{"id":"370102199003071238","registration":{"date":"2020-07-22","applied":"2020-07-13","place":"户籍地"}}');
INSERT INTO p VALUES (55, '{"id":"370102199003071238","registration":{"date":"2020-03-19","channel":"ui_claim"}}');
INSERT INTO p VALUES (56, '{"id":"370102199003071238","registration":{"date":"2020-03-20","channel":"ui_claim"}}');
INSERT INTO p VALUES (57, '{"id":"370102199003071238","registration":{"date":"2020-06-30","channel":"national_portal"}}');
INSERT INTO p VALUES (58, '{"id":"370102199003071238","registration":{"date":"2020-07-01","channel":"national_portal"}}');
INSERT INTO p VALUES (59, '{"id":"370102199003071238","registration":{"date":"2020-10-21","channel":"integrated"}}');
INSERT INTO p VALUES (60, '{"id":"370102199003071238","registration":{"date":"2020-10-22","channel":"integrated"}}');
INSERT INTO p VALUES (61, '{"id":"370102199003071238","registration":{"date":"2021-05-06","channel":"offline","reason":"21"}}');
INSERT INTO p VALUES (62, '{"id":"370102199003071238","registration":{"date":"2021-04-30","channel":"offline","reason":"21"}}');
INSERT INTO p VALUES (63, '{"id":"370102199003071238","urban":false,"registration":{"date":"2020-09-01"}}');
INSERT INTO p VALUES (64, '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"}, "events":[{"date":"2020-10-10","type":"service_requested"}, {"date":"2020-11-02","type":"service_provided","service":"policy_matching"}, {"date":"2020-12-02","type":"service_provided","service":"policy_matching"}, {"date":"2021-01-05","type":"service_provided","service":"career_guidance"}, {"date":"2021-02-05","type":"service_provided","service":"job_info"}, {"date":"2021-03-05","type":"service_provided","service":"job_info"}, {"date":"2021-04-05","type":"service_provided","service":"job_info"}]}');
-- The register of bench/status.sh (contacts, refusals, an employment or a study), 200 persons.
INSERT INTO p
SELECT 1000 + i, json_object('id', body || idcard_checkdigit(body),
         'registration', json_object('date', reg, 'place', '户籍地', 'reason', '21'),
         'events', json_array(
            json_object('date', date(reg, '+3 days'), 'type', CASE WHEN i % 5 = 0 THEN 'contact_failed' ELSE 'contact_made' END),
            json_object('date', date(reg, '+1 month'), 'type', 'service_refused'),
            json_object('date', date(reg, '+2 months'), 'type', CASE WHEN i % 3 = 0 THEN 'service_refused' ELSE 'contact_made' END),
            json_object('date', date(reg, '+3 months'), 'type', CASE i % 7 WHEN 0 THEN 'employed' WHEN 1 THEN 'study' ELSE 'contact_failed' END)))
  FROM (SELECT value AS i,
               printf('%s%04d%02d%02d%03d', CASE value % 4 WHEN 0 THEN '370102' WHEN 1 THEN '370303' WHEN 2 THEN '371002' ELSE '370687' END,
                      1960 + value % 45, 1 + value % 12, 1 + value % 28, value % 1000) AS body,
               printf('%04d-%02d-%02d', 2018 + value % 4, 1 + value % 12, 1 + value % 28) AS reg
          FROM generate_series(1, 200));
-- Agreement over every person, city and day (the generated persons on four days, to stay quick).
SELECT '01_agree', count(*), sum(unemployment_status(city, person, as_of)
                                 = json_extract(policy_eval(city, 'status.unemployment', as_of, person), '$.status'))
  FROM p, c, d WHERE n < 1000 AND as_of >= '2018-05-24';
SELECT '01_agree_register', count(*), sum(unemployment_status(city, person, as_of)
                                          = json_extract(policy_eval(city, 'status.unemployment', as_of, person), '$.status'))
  FROM p, c, d WHERE n >= 1000 AND as_of IN ('2019-06-01', '2020-07-19', '2020-12-31', '2021-06-30');
-- The table form's last change is the status too.
SELECT '01_table', count(*), sum(unemployment_status(p.city, p.person, p.as_of) = (SELECT s.status FROM unemployment_status(p.city, p.person, p.as_of) s WHERE s.kind = 'change' ORDER BY s.rowid DESC LIMIT 1))
  FROM (SELECT city, person, as_of FROM p, c, d WHERE n < 1000 AND as_of >= '2020-04-08') p
 WHERE json_extract(policy_eval(p.city, 'status.unemployment', p.as_of, p.person), '$.status') <> 'not_registered'
   AND p.as_of >= json_extract(p.person, '$.registration.date');
-- 02: the same error from both forms. Each pair: the scalar, then the table form.
SELECT '02_1', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"}, "events":[{"date":"2020-10-15","type":"stable_income","monthly_income_fen":150000}]}', '2021-06-30');
SELECT '02_1', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"}, "events":[{"date":"2020-10-15","type":"stable_income","monthly_income_fen":150000}]}', '2021-06-30');
SELECT '02_2', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-01","type":"hired"}]}', '2021-06-30');
SELECT '02_2', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-01","type":"hired"}]}', '2021-06-30');
SELECT '02_3', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"1989-10-01","type":"contact_made"}]}', '2021-06-30');
SELECT '02_3', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"1989-10-01","type":"contact_made"}]}', '2021-06-30');
SELECT '02_4', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-31"}}', '2021-06-30');
SELECT '02_4', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-31"}}', '2021-06-30');
SELECT '02_5', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020/10/01","type":"employed"}]}', '2021-06-30');
SELECT '02_5', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020/10/01","type":"employed"}]}', '2021-06-30');
SELECT '02_6', unemployment_status('济南', '{"id":"370102199003071235","registration":{"date":"2020-09-01"}}', '2021-06-30');
SELECT '02_6', count(*) FROM unemployment_status('济南', '{"id":"370102199003071235","registration":{"date":"2020-09-01"}}', '2021-06-30');
SELECT '02_7', unemployment_status('济南', '{"id":"370102199003071238","sex":2,"registration":{"date":"2020-09-01"}}', '2021-06-30');
SELECT '02_7', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","sex":2,"registration":{"date":"2020-09-01"}}', '2021-06-30');
SELECT '02_8', unemployment_status('济南', '{"id":"370102199003071238"}', '2021-06-30');
SELECT '02_8', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238"}', '2021-06-30');
SELECT '02_9', unemployment_status('济南', '{"birth_date":"1990-03-07","sex":1,"registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-01","type":"cancelled","code":"22"}]}', '2021-06-30');
SELECT '02_9', count(*) FROM unemployment_status('济南', '{"birth_date":"1990-03-07","sex":1,"registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-01","type":"cancelled","code":"22"}]}', '2021-06-30');
SELECT '02_10', unemployment_status('济南', '{"id":"370303197609200039","registration":{"date":"2021-03-01","place":"户籍地"}, "events":[{"date":"2021-04-01","type":"stable_income","monthly_income_fen":80000}]}', '2021-06-30');
SELECT '02_10', count(*) FROM unemployment_status('济南', '{"id":"370303197609200039","registration":{"date":"2021-03-01","place":"户籍地"}, "events":[{"date":"2021-04-01","type":"stable_income","monthly_income_fen":80000}]}', '2021-06-30');
SELECT '02_11', unemployment_status('济南', '{"id":"370303197609200039","registration":{"date":"2021-03-01","place":"户籍地"}, "events":[{"date":"2021-04-01","type":"stable_income","monthly_income_fen":79999}]}', '2021-06-30');
SELECT '02_11', count(*) FROM unemployment_status('济南', '{"id":"370303197609200039","registration":{"date":"2021-03-01","place":"户籍地"}, "events":[{"date":"2021-04-01","type":"stable_income","monthly_income_fen":79999}]}', '2021-06-30');
SELECT '02_12', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"},"event":[{"date":"2020-10-15","type":"employed"}]}', '2021-06-30');
SELECT '02_12', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"},"event":[{"date":"2020-10-15","type":"employed"}]}', '2021-06-30');
SELECT '02_13', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍"}}', '2021-06-30');
SELECT '02_13', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍"}}', '2021-06-30');
SELECT '02_14', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","plcae":"户籍地"}}', '2021-06-30');
SELECT '02_14', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","plcae":"户籍地"}}', '2021-06-30');
SELECT '02_15', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-15","type":"cancelled","cdoe":"32"}]}', '2021-06-30');
SELECT '02_15', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-15","type":"cancelled","cdoe":"32"}]}', '2021-06-30');
SELECT '02_16', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-15","type":"employed","code":"11"}]}', '2021-06-30');
SELECT '02_16', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-15","type":"employed","code":"11"}]}', '2021-06-30');
SELECT '02_17', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-15","type":"contact_made","body":"人力"}]}', '2021-06-30');
SELECT '02_17', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-15","type":"contact_made","body":"人力"}]}', '2021-06-30');
SELECT '02_18', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","reason":"29"}}', '2021-06-30');
SELECT '02_18', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","reason":"29"}}', '2021-06-30');
SELECT '02_19', unemployment_status('济南', '{"id":"370102199003071238","wants_work":"yes","registration":{"date":"2020-09-01"}}', '2021-06-30');
SELECT '02_19', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","wants_work":"yes","registration":{"date":"2020-09-01"}}', '2021-06-30');
SELECT '02_20', unemployment_status('济南', '{"id":"370102199003071238","resident":"hk","registration":{"date":"2020-09-01"}}', '2021-06-30');
SELECT '02_20', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","resident":"hk","registration":{"date":"2020-09-01"}}', '2021-06-30');
SELECT '02_21', unemployment_status('济南', '{"id":"370102199003071238","document":"07","registration":{"date":"2020-09-01"}}', '2021-06-30');
SELECT '02_21', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","document":"07","registration":{"date":"2020-09-01"}}', '2021-06-30');
SELECT '02_22', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","channel":"phone"}}', '2021-06-30');
SELECT '02_22', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","channel":"phone"}}', '2021-06-30');
SELECT '02_23', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-15","type":"service_refused","good_reason":"yes"}]}', '2021-06-30');
SELECT '02_23', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-15","type":"service_refused","good_reason":"yes"}]}', '2021-06-30');
SELECT '02_24', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-15","type":"service_provided","service":"lunch"}]}', '2021-06-30');
SELECT '02_24', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01"},"events":[{"date":"2020-10-15","type":"service_provided","service":"lunch"}]}', '2021-06-30');
SELECT '02_25', unemployment_status('济南', '{"birth_date":"1990-03-07","sex":"M","registration":{"date":"2020-09-01"}}', '2021-06-30');
SELECT '02_25', count(*) FROM unemployment_status('济南', '{"birth_date":"1990-03-07","sex":"M","registration":{"date":"2020-09-01"}}', '2021-06-30');
SELECT '02_26', unemployment_status('济南', '{"birth_date":"1990-03-07","sex":2,"retirement_category":45,"registration":{"date":"2020-09-01"}}', '2021-06-30');
SELECT '02_26', count(*) FROM unemployment_status('济南', '{"birth_date":"1990-03-07","sex":2,"retirement_category":45,"registration":{"date":"2020-09-01"}}', '2021-06-30');
SELECT '02_27', unemployment_status('济南', '{"id":"370102199003071238","resident":"hk_macao_taiwan","registration":{"date":"2020-09-01"}}', '2021-06-30');
SELECT '02_27', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","resident":"hk_macao_taiwan","registration":{"date":"2020-09-01"}}', '2021-06-30');
SELECT '02_28', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-10","applied":"2020-09-11","place":"户籍地"}}', '2021-06-30');
SELECT '02_28', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-10","applied":"2020-09-11","place":"户籍地"}}', '2021-06-30');
-- 03: what the scalar leaves out can still end in an error, in both forms: the first contact's
-- day past the working-day calendar (registered 2026-12-28, due 5 working days later)...
SELECT '03_1', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2026-12-28","place":"户籍地"}}', '2027-01-10');
SELECT '03_1', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2026-12-28","place":"户籍地"}}', '2027-01-10');
-- ... the follow-up month after 9999-12 ...
SELECT '03_2', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"9999-12-02","place":"户籍地"}}', '9999-12-20');
SELECT '03_2', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"9999-12-02","place":"户籍地"}}', '9999-12-20');
SELECT '03_2', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-05-06","place":"户籍地"}}', '9999-12-20');
SELECT '03_2', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-05-06","place":"户籍地"}}', '9999-12-20');
SELECT '03_2', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-05-06","place":"户籍地"}}', '9999-11-30'),
               count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-05-06","place":"户籍地"}}', '9999-11-30');
-- ... and none of it when the person is no longer registered.
SELECT '03_3', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2026-12-28","place":"户籍地"},"events":[{"date":"2026-12-29","type":"employed"}]}', '2027-01-10');
SELECT '03_3', count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2026-12-28","place":"户籍地"},"events":[{"date":"2026-12-29","type":"employed"}]}', '2027-01-10');
-- A "12333" request (the services' parameters are read on its day): the same status.
SELECT '03_4', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"},"events":[{"date":"2020-09-10","type":"service_requested"},{"date":"2020-10-10","type":"service_provided","service":"job_info"}]}', '2021-06-30'),
               count(*) FROM unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"},"events":[{"date":"2020-09-10","type":"service_requested"},{"date":"2020-10-10","type":"service_provided","service":"job_info"}]}', '2021-06-30') WHERE rule = 'status.service_12333';
-- A city that replaces status.unemployment itself (a test-only script, this database only) is what
-- the scalar answers too.
SELECT '03_5', policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
rule "status.unemployment" {
  from = "2021-01-01", ref = "test fixture, not a rule of 淄博",
  function(person, as_of) return { status = "exited", code = "90", rows = { { kind = "change", date = as_of, status = "exited" } } } end,
}', 'tests');
SELECT '03_5', unemployment_status('淄博', person, '2021-06-30'), unemployment_status('淄博', person, '2020-12-31'),
       (SELECT group_concat(status) FROM unemployment_status('淄博', p.person, '2021-06-30'))
  FROM p WHERE n = 1002;
SELECT '03_5', policy_rollback('淄博');
