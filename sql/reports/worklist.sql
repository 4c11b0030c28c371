-- sql/reports/worklist.sql: the office's worklist on a date: contacts and follow-ups due or late
-- (人社厅发〔2020〕79号 一(三)、一(四); 鲁人社字〔2020〕39号 四(二)), "12333"式服务 owed after a request
-- (39号 四(三)), closings not yet told to the person (39号 二(一); 79号 一(四)), applications decided
-- after the 办结时限 (申请日期 AAE127 to 经办日期 AAE036: 39号 五(一), 附件3; 79号 一(三)), cases the rules
-- send to a human (79号 一(四); 鲁人社字〔2020〕129号), and people past the statutory pension age.
-- Uses: unemployment_status (table form), idcard_mask (ID numbers are personal data).
-- Usage: .parameter set @as_of "'2026-11-24'"   then   .read sql/reports/worklist.sql
SELECT u.city, u.AAZ341, u.name, idcard_mask(json_extract(u.person, '$.id')) AS id_masked,
       t.kind, t.date, t.rule, t.detail
  FROM unemployment_person u, unemployment_status(u.city, u.person, @as_of) t
 WHERE t.kind IN ('review', 'overdue', 'due', 'note')
 ORDER BY CASE t.kind WHEN 'review' THEN 1 WHEN 'overdue' THEN 2 WHEN 'due' THEN 3 ELSE 4 END, u.city, u.AAZ341;
