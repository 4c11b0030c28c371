#!/bin/sh
# bench/statistics.sh: the monthly statistics over N generated employment records (default
# 1,000,000; issue 16; target: one period for the province in under 10 s on 2 cores).
#
# The ledger: N records of about 2N/3 persons in the 16 cities over 2020-01..2021-12 (one person in
# three has two records), insurance spells for four unit records in five, N/100 pensions, N/50
# unemployment-benefit spells, N/10 approved registrations (each with its registration_place).
# Times, in one sqlite3 run (best of 2):
#   A  SELECT new_urban_employment_count(NULL, '2021-03')            -- the province, one period
#   B  SELECT decision, count(*) FROM new_urban_employment('济南', '2021-03') GROUP BY decision
#   C  SELECT registered_urban_unemployment_count(NULL, '2021-03')
# BENCH_ROWS or BENCH_SCALE changes N.
set -eu
cd "$(dirname "$0")/.."
ROWS=${BENCH_ROWS:-$(awk -v s="${BENCH_SCALE:-1}" 'BEGIN { printf "%d", 1000000 * s }')}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
cat > "$OUT/bench.sql" <<SQL
.load dist/renshe
.read sql/schema.sql
PRAGMA cache_size = -200000;
CREATE TEMP TABLE city(i INTEGER PRIMARY KEY, code TEXT);
INSERT INTO temp.city SELECT key, value FROM json_each('["370102","370202","370302","370402","370502",
  "370602","370702","370802","370902","371002","371102","371302","371402","371502","371602","371702"]');
CREATE TEMP TABLE p(i INTEGER PRIMARY KEY, id TEXT, place TEXT);
WITH g(i) AS (SELECT value FROM generate_series(0, $ROWS * 2 / 3)),
     b(i, body, place) AS (
       SELECT g.i, printf('%s%04d%02d%02d%03d', c.code, 1965 + g.i % 40, 1 + g.i / 40 % 12, 1 + g.i / 480 % 28,
                          g.i / 13440 % 1000), c.code
         FROM g JOIN temp.city c ON c.i = g.i % 16)
INSERT INTO temp.p SELECT i, body || idcard_checkdigit(body), place FROM b;
BEGIN;
WITH g(i) AS (SELECT value FROM generate_series(1, $ROWS)),
     r(i, pi, d, form) AS (
       SELECT i, i % ($ROWS * 2 / 3), date('2019-12-21', '+' || (i * 7919 % 731) || ' days'),
              CASE WHEN i % 10 < 6 THEN 'unit' WHEN i % 10 = 6 THEN 'individual_business'
                   WHEN i % 10 = 7 THEN 'public_welfare_post' ELSE 'flexible' END FROM g)
INSERT INTO employment_record(id, person_id, name, phone, form, date, end_date, unit_name, credit_code, place, urban_rural, office)
SELECT r.i, p.id, '张三', '138' || printf('%08d', r.i), r.form, r.d, CASE WHEN r.i % 3 = 0 THEN date(r.d, '+200 days') END,
       '单位' || (r.i % 997), CASE WHEN r.form <> 'flexible' THEN printf('91%04d00000000%04d', r.pi % 9999, r.i % 9973) END,
       p.place, CASE WHEN r.i % 20 = 0 THEN '210' ELSE '111' END, p.place
  FROM r JOIN temp.p p ON p.i = r.pi;
INSERT INTO insurance_spell(person_id, scheme, credit_code, unit_name, insured_from, insured_to)
SELECT person_id, 'enterprise', credit_code, unit_name, date, end_date FROM employment_record WHERE form = 'unit' AND id % 5 <> 0;
INSERT INTO pension(person_id, scheme, from_date, place)
SELECT id, CASE WHEN i % 2 THEN 'employee' ELSE 'resident' END, date('2019-12-21', '+' || (i * 31 % 731) || ' days'), place
  FROM temp.p WHERE i % 67 = 0;
INSERT INTO ui_benefit(person_id, from_date, to_date)
SELECT id, date('2019-12-21', '+' || (i * 37 % 731) || ' days'), date('2019-12-21', '+' || (i * 37 % 731 + 90) || ' days')
  FROM temp.p WHERE i % 33 = 1;
INSERT INTO registration(AAZ341, AAB301, AAC003, AAC004, AAC002, AAC058, AAC044, ADC221, AJC093, AAE540, AAE036)
SELECT printf('R%09d', i), place, '李四', CASE WHEN substr(id, 17, 1) % 2 THEN '1' ELSE '2' END, id, '01', id, '1', '21', '1',
       strftime('%Y%m%d', date('2019-12-21', '+' || (i * 53 % 731) || ' days'))
  FROM temp.p WHERE i % 7 = 2;
INSERT INTO registration_place(AAZ341, urban_rural) SELECT AAZ341, '111' FROM registration;
COMMIT;
ANALYZE;
SELECT 'rows', (SELECT count(*) FROM employment_record), (SELECT count(*) FROM insurance_spell),
       (SELECT count(*) FROM registration);
.timer on
SELECT 'A', new_urban_employment_count(NULL, '2021-03');
SELECT 'B', count(*) FROM new_urban_employment('济南', '2021-03');
SELECT 'C', registered_urban_unemployment_count(NULL, '2021-03');
SELECT 'A', new_urban_employment_count(NULL, '2021-03');
SELECT 'B', count(*) FROM new_urban_employment('济南', '2021-03');
SELECT 'C', registered_urban_unemployment_count(NULL, '2021-03');
SQL
if [ -n "${BENCH_KEEP:-}" ]; then cp "$OUT/bench.sql" "$BENCH_KEEP"; fi
sqlite3 :memory: < "$OUT/bench.sql" > "$OUT/out"
awk '
  /^rows\|/ { split($0, a, "|"); n = a[2]; ns = a[3]; nr = a[4] }
  /^[ABC]\|/ { split($0, a, "|"); q = a[1]; cnt[q] = a[2] }
  /^Run Time: real/ { t = $4 + 0; if (!(q in best) || t < best[q]) best[q] = t }
  END {
    printf "statistics over %d employment records, %d insurance spells, %d registrations (best of 2, seconds)\n", n, ns, nr
    printf "  A new_urban_employment_count, province, 2021-03   %8.3f   (%d)\n", best["A"], cnt["A"]
    printf "  B new_urban_employment rows, 济南, 2021-03          %8.3f   (%d rows)\n", best["B"], cnt["B"]
    printf "  C registered_urban_unemployment_count, province   %8.3f   (%d)\n", best["C"], cnt["C"]
  }' "$OUT/out"
