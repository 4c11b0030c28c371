-- sql/reports/subsidies.sql: subsidy claims by city and kind as recorded (amounts in 元), with the
-- amount the rules in force compute beside it where renshe computes the kind, then every claim
-- whose recorded amount differs from the computed one. The explanation of a claim is one query
-- away: SELECT * FROM subsidy_claim_explain WHERE id = <id>; (docs/subsidies.md reads the trace).
-- Uses: subsidy_claim, subsidy_kind, subsidy_claim_check, subsidy_claim_explain (sql/schema.sql).
-- Usage: .read sql/reports/subsidies.sql
SELECT c.city, (SELECT city FROM policy_scripts WHERE code = c.city) AS name, c.kind, k.name AS kind_name,
       count(*) AS claims, sum(c.status = 'paid') AS paid,
       printf('%d.%02d', sum(CASE WHEN c.status = 'paid' THEN c.recorded_fen ELSE 0 END) / 100,
              sum(CASE WHEN c.status = 'paid' THEN c.recorded_fen ELSE 0 END) % 100) AS paid_yuan,  -- exact
       count(c.computed_fen) AS computed, sum(c.differs) AS differ,
       k.basis
  FROM subsidy_claim_check c JOIN subsidy_kind k ON k.code = c.kind
 GROUP BY c.city, c.kind ORDER BY c.city, c.kind;

-- Claims whose recorded amount is not the computed one (differs = 1).
SELECT c.id, c.city, c.kind, c.claim_date, c.status,
       printf('%d.%02d', c.recorded_fen / 100, c.recorded_fen % 100) AS recorded_yuan,
       printf('%d.%02d', c.computed_fen / 100, c.computed_fen % 100) AS computed_yuan,
       (SELECT detail FROM subsidy_claim_explain e WHERE e.id = c.id AND e.detail LIKE 'not eligible:%') AS reason,
       'SELECT * FROM subsidy_claim_explain WHERE id = ' || c.id AS explanation
  FROM subsidy_claim_check c
 WHERE c.differs ORDER BY c.id;
