-- sql/reports/worklist.sql: the office's worklist on a date: contacts and follow-ups due or late
-- (人社厅发〔2020〕79号 一(三)、一(四); 鲁人社字〔2020〕39号 四(二)), cases the post-2020-07-20 rules
-- send to a human instead of closing them, and people past the statutory pension age.
-- Uses: unemployment_status (table form), idcard_mask (ID numbers are personal data).
-- Usage: .parameter set @as_of "'2026-11-24'"   then   .read sql/reports/worklist.sql
SELECT u.city, u.AAZ341, u.name, idcard_mask(json_extract(u.person, '$.id')) AS id_masked,
       t.kind, t.date, t.detail
  FROM unemployment_person u, unemployment_status(u.city, u.person, @as_of) t
 WHERE t.kind IN ('review', 'overdue', 'due', 'note')
 ORDER BY CASE t.kind WHEN 'review' THEN 1 WHEN 'overdue' THEN 2 WHEN 'due' THEN 3 ELSE 4 END, u.city, u.AAZ341;
