-- sql/demo.sql: the demo's SQL (run by sql/demo.sh inside the database it creates).
-- Question answered: which ID numbers on the roster are wrong, and why? Uses check_idcard (its
-- table-valued form), idcard_normalize and idcard_mask. ID numbers are personal data: the report
-- shows them masked.
.headers on
.mode box --wrap 100
CREATE TABLE roster(no INTEGER PRIMARY KEY, AAC003 TEXT, AAC004 TEXT, AAC002 TEXT);
.import --csv --skip 1 fixtures/roster_ids.csv roster

.print '== fixtures/roster_ids.csv: ID numbers checked as of 2026-11-24 (GB 11643-1999, AAC002 rules)'
SELECT r.no, r.AAC003 AS name, idcard_mask(r.AAC002) AS id_masked, c.error,
       c.message,
       CASE WHEN c.valid = 0 AND check_idcard(idcard_normalize(r.AAC002), '2026-11-24', r.AAC004)
            THEN 'idcard_normalize() fixes it' ELSE '' END AS fix
  FROM roster r, check_idcard(r.AAC002, '2026-11-24', r.AAC004) c
 WHERE c.valid IS NOT 1
 ORDER BY r.no;

.print ''
.print '== Valid numbers worth a second look (old codes, old format, lowercase x)'
SELECT r.no, r.AAC003 AS name, c.kind, c.province, c.city, c.county, c.age, c.warning
  FROM roster r, check_idcard(r.AAC002, '2026-11-24', r.AAC004) c
 WHERE c.valid = 1 AND (c.warning <> '' OR c.kind <> 'resident18')
 ORDER BY r.no;

.print ''
.print '== Summary'
SELECT coalesce(nullif(c.error, ''), 'valid') AS result, count(*) AS n
  FROM roster r, check_idcard(r.AAC002, '2026-11-24', r.AAC004) c
 GROUP BY 1 ORDER BY n DESC, result;
