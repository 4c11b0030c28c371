-- sql/reports/imports.sql: what each import delivered, and why rejected records were rejected.
-- Every record of every file is either loaded or rejected (import_file's CHECK proves it).
-- Usage: .read sql/reports/imports.sql
SELECT id, path, kind, rows_in, loaded, rejected, rows_in = loaded + rejected AS nothing_lost FROM import_file ORDER BY id;
SELECT f.path, r.line, r.field, r.rule, r.message
  FROM import_reject r JOIN import_file f ON f.id = r.file_id
 WHERE f.kind = 'registration' ORDER BY r.file_id, r.line;
SELECT f.path, r.rule, count(*) AS n FROM import_reject r JOIN import_file f ON f.id = r.file_id
 WHERE f.kind = 'event' GROUP BY f.path, r.rule ORDER BY n DESC;
