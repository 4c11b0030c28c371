#!/bin/sh
# bench/status.sh: unemployment_status over N generated persons (default 1,000,000; issue 6).
#
# Each person has an ID number, a registration in 2020 and three to six events (contacts,
# refusals, an employment or a study), in four cities. Times, in one sqlite3 run (best of 2):
#   A  SELECT count(*) FROM t WHERE json_valid(person)            -- SQLite reading the same JSON
#   B  SELECT count(*) FROM t WHERE unemployment_status(city, person, '2020-12-31') = 'unemployed'
#   C  the table form: SELECT count(*) FROM t, unemployment_status(t.city, t.person, '2020-12-31')
# and prints the cost per person. BENCH_ROWS or BENCH_SCALE changes N.
set -eu
cd "$(dirname "$0")/.."
ROWS=${BENCH_ROWS:-$(awk -v s="${BENCH_SCALE:-1}" 'BEGIN { printf "%d", 1000000 * s }')}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
cat > "$OUT/bench.sql" <<SQL
.load dist/renshe
CREATE TABLE t(city TEXT, person TEXT);
WITH g(i) AS (SELECT value FROM generate_series(1, $ROWS)),
     b(i, body, reg) AS (
       SELECT i, printf('%s%04d%02d%02d%03d', CASE i % 4 WHEN 0 THEN '370102' WHEN 1 THEN '370303' WHEN 2 THEN '371002' ELSE '370687' END,
                        1960 + i % 45, 1 + i % 12, 1 + i % 28, i % 1000),
              printf('2020-%02d-%02d', 1 + i % 11, 1 + i % 28) FROM g)
INSERT INTO t
SELECT CASE i % 4 WHEN 0 THEN '济南' WHEN 1 THEN '淄博' WHEN 2 THEN '威海' ELSE '烟台' END,
       json_object('id', body || idcard_checkdigit(body),
                   'registration', json_object('date', reg, 'place', '户籍地', 'reason', '21'),
                   'events', json_array(
                      json_object('date', date(reg, '+3 days'), 'type', CASE WHEN i % 5 = 0 THEN 'contact_failed' ELSE 'contact_made' END),
                      json_object('date', date(reg, '+1 month'), 'type', 'service_refused'),
                      json_object('date', date(reg, '+2 months'), 'type', CASE WHEN i % 3 = 0 THEN 'service_refused' ELSE 'contact_made' END),
                      json_object('date', date(reg, '+3 months'), 'type', CASE i % 7 WHEN 0 THEN 'employed' WHEN 1 THEN 'study' ELSE 'contact_failed' END)))
  FROM b;
SELECT 'rows', count(*) FROM t;
.timer on
SELECT 'A', count(*) FROM t WHERE json_valid(person);
SELECT 'B', count(*) FROM t WHERE unemployment_status(city, person, '2020-12-31') = 'unemployed';
SELECT 'C', count(*) FROM t, unemployment_status(t.city, t.person, '2020-12-31');
SELECT 'A', count(*) FROM t WHERE json_valid(person);
SELECT 'B', count(*) FROM t WHERE unemployment_status(city, person, '2020-12-31') = 'unemployed';
SELECT 'C', count(*) FROM t, unemployment_status(t.city, t.person, '2020-12-31');
SQL
sqlite3 :memory: < "$OUT/bench.sql" > "$OUT/out"
awk '
  /^rows\|/ { split($0, a, "|"); n = a[2] }
  /^[ABC]\|/ { split($0, a, "|"); q = a[1]; cnt[q] = a[2] }
  /^Run Time: real/ { t = $4 + 0; if (!(q in best) || t < best[q]) best[q] = t }
  END {
    printf "unemployment_status over %d persons (best of 2, seconds)\n", n
    printf "  A json_valid(person)                 %8.3f\n", best["A"]
    printf "  B unemployment_status(...) scalar    %8.3f   (%d unemployed on 2020-12-31; %.1f us per person; target <= 5)\n", best["B"], cnt["B"], best["B"] * 1e6 / n
    printf "  C the table form, every row          %8.3f   (%d rows; %.1f us per person; target <= 10)\n", best["C"], cnt["C"], best["C"] * 1e6 / n
  }' "$OUT/out"
