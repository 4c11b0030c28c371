-- sql/reports/closings.sql: registrations closed by a date, by city and AJC00A 注销失业登记原因
-- (人社厅发〔2020〕79号 附件), employed (1x) versus exited (2x, 3x, 90), and how many of them the
-- person has not yet been told of (not_told: 鲁人社字〔2020〕39号 二(一) "以适当方式予以告知", except
-- 移居境外、被判刑收监执行、死亡 and 无法取得联系; 79号 一(四); until a "notified" event is recorded).
-- Uses: unemployment_status (table form), renshe_code_name.
-- Usage: .parameter set @as_of "'2026-11-24'"   then   .read sql/reports/closings.sql
SELECT u.city, t.status, t.code, renshe_code_name('AJC00A', t.code) AS reason,
       count(*) FILTER (WHERE t.kind = 'change') AS n,
       count(*) FILTER (WHERE t.rule = 'status.notify') AS not_told
  FROM unemployment_person u, unemployment_status(u.city, u.person, @as_of) t
 WHERE (t.kind = 'change' AND t.status IN ('employed', 'exited')) OR t.rule = 'status.notify'
 GROUP BY u.city, t.status, t.code ORDER BY u.city, t.status, t.code;
