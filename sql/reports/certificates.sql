-- sql/reports/certificates.sql: training certificates issued (鲁人社函〔2020〕48号), by issuing office,
-- year and training category, from the register of sql/cert_serial.sql.
-- Uses: the cert_issued table, cert_serial (table form) to decode each serial.
-- Usage: .read sql/reports/certificates.sql
SELECT c.city_code, c.city_name, c.county_code, c.year, c.category, c.category_name,
       count(*) AS issued, min(i.serial) AS first_serial, max(i.serial) AS last_serial
  FROM cert_issued i, cert_serial(i.serial) c
 GROUP BY c.city_code, c.county_code, c.year, c.category ORDER BY 1, 3, 4, 5;
