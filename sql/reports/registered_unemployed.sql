-- sql/reports/registered_unemployed.sql: registered unemployed by city at the end of a statistical
-- period (统计报表期, 上月21日至本月20日: 人社厅发〔2020〕79号 三(九)), with the period's flows.
-- Uses: stat_period_start/stat_period_end, unemployment_status (and its table form).
-- Usage: .parameter set @period "'2020-10'"   then   .read sql/reports/registered_unemployed.sql
WITH p AS (SELECT stat_period_start(@period) AS first_day, stat_period_end(@period) AS last_day),
     s AS (SELECT u.city, u.AAZ341, unemployment_status(u.city, u.person, p.last_day) AS status,
                  u.person, p.first_day, p.last_day
             FROM unemployment_person u, p)
SELECT s.city, (SELECT city FROM policy_scripts WHERE code = s.city) AS name,
       @period AS period, min(s.first_day) AS from_day, min(s.last_day) AS to_day,
       sum(s.status = 'unemployed') AS registered_unemployed,
       sum(json_extract(s.person, '$.registration.date') BETWEEN s.first_day AND s.last_day) AS new_registrations,
       (SELECT count(*) FROM s s2, unemployment_status(s2.city, s2.person, s2.last_day) t
         WHERE s2.city = s.city AND t.kind = 'change' AND t.status IN ('employed', 'exited')
           AND t.date BETWEEN s2.first_day AND s2.last_day) AS closed_in_period
  FROM s GROUP BY s.city ORDER BY s.city;
