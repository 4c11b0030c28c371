-- tests/sql/policy_facts_json.sql: the facts' JSON read into Lua (ext/policy_json.c, issue 17).
-- The fast path and the jansson path it stands in for give the same values, the same pairs()
-- order (the first unknown key a rule names) and, for what the fast path leaves to jansson, the
-- same error. The expected output was made with the build before the fast path (jansson alone).
-- P is a valid person; each case changes one thing in it.
CREATE TABLE p(v TEXT);
INSERT INTO p VALUES ('{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地","reason":"21"},"events":[{"date":"2020-10-15","type":"contact_made"},{"date":"2020-11-15","type":"employed"}]}');
-- Values. (Which of several unknown keys a rule names first follows pairs() order, which varies
-- from process to process with Lua's string hash seed: tests/c/policy_json_test.c compares the
-- layout within one state; the cases here have one unknown key each.)
SELECT '01', unemployment_status('济南', v, '2020-12-31') FROM p;
SELECT '02', unemployment_status('济南', ' ' || char(9, 10, 13) || v || char(10), '2020-12-31') FROM p;
SELECT '03', unemployment_status('济南', '{"zz":1,"id":"370102199003071238","sex":"1"}', '2020-12-31');
SELECT '04', unemployment_status('济南', '{"sex":null,"aa":[1,null],"id":"370102199003071238"}', '2020-12-31');
SELECT '05', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"},"events":[{"date":"2020-10-15","type":"contact_made","q":1}]}', '2020-12-31');
SELECT '06', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"},"events":[null,{"date":"2020-10-15","type":"employed"}]}', '2020-12-31');
SELECT '07', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地","reason":null},"events":[{"date":"2020-10-15","type":"employed"},null]}', '2020-12-31');
SELECT '08', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"\u6237\u7c4d\u5730"},"events":[]}', '2020-12-31');
SELECT '09', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"},"events":[{"date":"2020-10-15","type":"stable_income","monthly_income_fen":150000.0}]}', '2020-12-31');
SELECT '10', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"},"events":[{"date":"2020-10-15","type":"stable_income","monthly_income_fen":1.5e5}]}', '2020-12-31');
SELECT '11', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"},"events":[{"date":"2020-10-15","type":"stable_income","monthly_income_fen":-0}]}', '2020-12-31');
SELECT '12', unemployment_status('济南', '{"id":"370102199003071238","registration":{"date":"2020-09-01","place":"户籍地"},"events":[{"date":"2020-10-15","type":"stable_income","monthly_income_fen":true}]}', '2020-12-31');
SELECT '13', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"1990-01-01"}');
SELECT '14', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"1990-01-01","b":1}');
SELECT '15', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{}');
SELECT '16', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"\u0031990-01-01"}');
-- What the fast path leaves to jansson: today's errors, word for word.
SELECT '20', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"1990-01-01","birth":"1990-01-02"}');
SELECT '21', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"x":null,"birth":"1990-01-01","x":1}');
SELECT '22', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"1990\u0000"}');
SELECT '23', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"\ud800"}');
SELECT '24', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"\udc00x"}');
SELECT '25', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"19' || char(9) || '90"}');
SELECT '26', policy_eval('淄博', 'registration.age_ok', '2020-06-01', CAST(X'7B226269727468223A22FF227D' AS TEXT));
SELECT '27', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"n":9223372036854775808}');
SELECT '28', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"n":-9223372036854775809}');
SELECT '29', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"n":1e400}');
SELECT '30', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"1990-01-01"} x');
SELECT '31', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '[{"birth":"1990-01-01"}]');
SELECT '32', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"1990-01-01",}');
SELECT '33', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"1990-01-01","n":01}');
SELECT '34', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"a":' || replace(printf('%.64c', '['), ' ', '[') || '1' || replace(printf('%.64c', ']'), ' ', ']') || '}');
SELECT '35', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"a":' || replace(printf('%.63c', '['), ' ', '[') || '1' || replace(printf('%.63c', ']'), ' ', ']') || '}');
SELECT '36', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"\u0062irth":"1990-01-01"}');
SELECT '37', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '');
SELECT '38', policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"1990-01-01"');
SELECT '39', unemployment_status('济南', '{"id":"370102199003071238","id":"370102199003071238"}', '2020-12-31');
