-- sql/reports/closings.sql: registrations closed by a date, by city and AJC00A 注销失业登记原因
-- (人社厅发〔2020〕79号 附件), employed (1x) versus exited (2x, 3x, 90).
-- Uses: unemployment_status (table form), renshe_code_name.
-- Usage: .parameter set @as_of "'2026-11-24'"   then   .read sql/reports/closings.sql
SELECT u.city, t.status, t.code, renshe_code_name('AJC00A', t.code) AS reason, count(*) AS n
  FROM unemployment_person u, unemployment_status(u.city, u.person, @as_of) t
 WHERE t.kind = 'change' AND t.status IN ('employed', 'exited')
 GROUP BY u.city, t.status, t.code ORDER BY u.city, t.status, t.code;
