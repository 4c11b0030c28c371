-- sql/reports/subsidies.sql: subsidy claims by city and kind, as recorded (amounts in 元), with the
-- text that creates each kind. Uses: subsidy_claim, subsidy_kind (sql/schema.sql).
-- Usage: .read sql/reports/subsidies.sql
SELECT c.city, (SELECT city FROM policy_scripts WHERE code = c.city) AS name, c.kind, k.name AS kind_name,
       count(*) AS claims, sum(c.status = 'paid') AS paid,
       printf('%d.%02d', sum(CASE WHEN c.status = 'paid' THEN c.amount_fen ELSE 0 END) / 100,
              sum(CASE WHEN c.status = 'paid' THEN c.amount_fen ELSE 0 END) % 100) AS paid_yuan,  -- exact
       k.basis
  FROM subsidy_claim c JOIN subsidy_kind k ON k.code = c.kind
 GROUP BY c.city, c.kind ORDER BY c.city, c.kind;
