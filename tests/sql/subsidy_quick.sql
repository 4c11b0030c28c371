-- tests/sql/subsidy_quick.sql: a kind's quick way (subsidy.quick; uis_refund.lua's B2) decides as
-- the rule's own way does. The scalar takes the quick way, the table form (traced) the rule's own
-- way: over a grid of claims around every threshold and date, the two agree; a city's parameter
-- that the quick way cannot use (not in force, not a ratio) gives the errors of the rule's own way
-- (the expected output was made by the code before the quick way, but for 17: subsidy.quick's own
-- error). A city's later version of the rule has no quick way.
.mode list
CREATE TABLE g(city TEXT, d TEXT, facts TEXT);
INSERT INTO g
SELECT CASE value % 3 WHEN 0 THEN '济南' WHEN 1 THEN '淄博' ELSE '青岛' END,
       CASE value % 7 WHEN 0 THEN '2020-02-17' WHEN 1 THEN '2020-06-07' WHEN 2 THEN '2020-06-08'
                      WHEN 3 THEN '2020-12-31' WHEN 4 THEN '2021-01-01' WHEN 5 THEN '2020-04-15'
                      ELSE '2023-05-06' END,
       json_object('size', CASE value % 4 WHEN 0 THEN 'large' WHEN 1 THEN 'medium' WHEN 2 THEN 'small' ELSE 'micro' END,
                   'insured', CASE value % 6 WHEN 0 THEN 30 WHEN 1 THEN 31 WHEN 2 THEN 29 WHEN 3 THEN 1000
                                             WHEN 4 THEN 200 ELSE 10 END,
                   'layoffs', CASE value % 11 WHEN 0 THEN 6 WHEN 1 THEN 7 WHEN 2 THEN 55 WHEN 3 THEN 56
                                              WHEN 4 THEN 11 WHEN 5 THEN 12 WHEN 6 THEN 0 WHEN 7 THEN 2
                                              WHEN 8 THEN 5 ELSE 1 END,
                   'paid_months', 11 + value % 3, 'premiums_fen', (value * 7919) % 10000001,
                   'reserve_months', 11 + (value / 3) % 3,
                   'excluded', json(CASE WHEN value % 13 = 0 THEN 'true' ELSE 'false' END))
  FROM generate_series(1, 3000);
select '01', count(*), sum(subsidy_amount_fen(city, 'uis_refund_general', d, facts) > 0) from g;
select '02', count(*) from g
 where (select detail from subsidy_amount(g.city, 'uis_refund_general', g.d, g.facts) order by step desc limit 1)
       <> 'result: ' || subsidy_amount_fen(g.city, 'uis_refund_general', g.d, g.facts) || ' fen ('
          || printf('%d.%02d', subsidy_amount_fen(g.city, 'uis_refund_general', g.d, g.facts) / 100,
                    subsidy_amount_fen(g.city, 'uis_refund_general', g.d, g.facts) % 100) || ' 元)';
select '03', sum(subsidy_amount_fen(city, 'uis_refund_general', d, facts)) from g;
select '04', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
parameter "uis_refund_layoff_ratio" { { from = "2020-05-01", value = "5.5%", ref = "test q" } }
parameter "uis_refund_min_paid_months" { { from = "2020-07-01", ref = "test q", note = "ended" } }');
select '05', subsidy_amount_fen('德州', 'uis_refund_general', '2020-04-30', '{"size":"large","insured":100,"layoffs":1,"paid_months":20,"premiums_fen":100001,"reserve_months":20,"excluded":false}');
select '06', subsidy_amount_fen('德州', 'uis_refund_general', '2020-05-01', '{"size":"large","insured":100,"layoffs":1,"paid_months":20,"premiums_fen":100001,"reserve_months":20,"excluded":false}');
select '07', subsidy_amount_fen('德州', 'uis_refund_general', '2020-05-01', '{"size":"large","insured":10,"layoffs":1,"paid_months":20,"premiums_fen":100001,"reserve_months":20,"excluded":false}');
select '08', subsidy_amount_fen('德州', 'uis_refund_general', '2020-05-01', '{"size":"large","insured":100,"layoffs":1,"paid_months":2,"premiums_fen":100001,"reserve_months":20,"excluded":false}');
select '09', subsidy_amount_fen('德州', 'uis_refund_general', '2020-07-01', '{"size":"large","insured":10,"layoffs":1,"paid_months":20,"premiums_fen":100001,"reserve_months":20,"excluded":false}');
select '10', subsidy_amount_fen('德州', 'uis_refund_general', '2020-07-01', '{"size":"large","insured":10,"layoffs":1,"paid_months":20,"premiums_fen":100001,"reserve_months":20,"excluded":true}');
select '11', subsidy_amount_fen('德州', 'uis_refund_general', '2020-04-01', '{"size":"small","insured":10,"layoffs":1,"paid_months":20,"premiums_fen":100001,"reserve_months":20,"excluded":false}');
select '12', policy_eval('德州', 'subsidy.uis_refund_general', '2020-05-01', '{"size":"large","insured":100,"layoffs":1,"paid_months":20,"premiums_fen":100001,"reserve_months":20,"excluded":false}');
select '13', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
rule "subsidy.uis_refund_general" { from = "2020-09-01", ref = "test q2", function(f, as_of) return 7 end }');
select '14', subsidy_amount_fen('德州', 'uis_refund_general', '2020-08-31', '{"size":"large","insured":100,"layoffs":1,"paid_months":20,"premiums_fen":100001,"reserve_months":20,"excluded":false}');
select '15', subsidy_amount_fen('德州', 'uis_refund_general', '2020-09-01', '{"size":"large","insured":100,"layoffs":1,"paid_months":20,"premiums_fen":100001,"reserve_months":20,"excluded":false}');
select '16', subsidy_amount_fen('德州', 'uis_refund_general', '2020-09-01', '{"size":"large","insured":100,"layoffs":1,"paid_months":20,"premiums_fen":100001,"reserve_months":20,"excluded":true}');
select '17', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
subsidy.quick("uis_refund_general", {}, function() return 1 end)');
select '18', policy_install('德州', 'city { code = "371400", name = "德州", extends = "shandong" }
parameter "uis_refund_general_rate" { { from = "2020-08-01", value = "0.6", ref = "test q3" } }');
select '19', subsidy_amount_fen('德州', 'uis_refund_general', '2020-08-01', '{"size":"large","insured":100,"layoffs":1,"paid_months":20,"premiums_fen":100001,"reserve_months":20,"excluded":false}');
select '20', subsidy_amount_fen('德州', 'uis_refund_general', '2020-07-31', '{"size":"large","insured":100,"layoffs":1,"paid_months":20,"premiums_fen":100001,"reserve_months":20,"excluded":false}');
