#!/bin/sh
# bench/policy.sh: the cost of a call into Lua per row (issue 4; measurements, not a test).
#
#   A  SELECT count(*) FROM t WHERE abs(y) >= 0                        -- a plain built-in function
#   B  ... WHERE policy_param('淄博', 'register_min_age', d) = 16       -- one Lua call: a lookup
#   C  ... WHERE policy_eval('淄博', 'registration.age_ok', d, f)       -- a rule with JSON facts
#   D  ... WHERE policy_eval(c, 'registration.age_ok', d, f)           -- the city varies by row
#          (no per-statement cache: the script generation is checked on every row)
# over N rows (default 1,000,000; BENCH_SCALE=0.1 for a tenth). Each query runs 3 times; the best
# time counts. The per-row cost is (X - A) / N.
set -eu
cd "$(dirname "$0")/.."
S=${BENCH_SCALE:-1}
ROWS=$(awk -v s="$S" 'BEGIN { printf "%d", 1000000 * s }')
EXT=${RENSHE_EXT:-dist/renshe}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

cat > "$OUT/bench.sql" <<SQL
.load $EXT
CREATE TABLE t(y INTEGER, d TEXT, f TEXT, c TEXT);
INSERT INTO t
  WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < $ROWS)
  SELECT i, date('2020-06-01', '+' || (i % 1000) || ' days'),
         json_object('birth', date('1990-01-01', '+' || (i % 9000) || ' days')),
         CASE i % 3 WHEN 0 THEN '淄博' WHEN 1 THEN '威海' ELSE '370100' END
  FROM g;
SELECT 'rows', count(*) FROM t;
.timer on
SELECT 'A', count(*) FROM t WHERE abs(y) >= 0;
SELECT 'B', count(*) FROM t WHERE policy_param('淄博', 'register_min_age', d) = 16;
SELECT 'C', count(*) FROM t WHERE policy_eval('淄博', 'registration.age_ok', d, f);
SELECT 'D', count(*) FROM t WHERE policy_eval(c, 'registration.age_ok', d, f);
SELECT 'A', count(*) FROM t WHERE abs(y) >= 0;
SELECT 'B', count(*) FROM t WHERE policy_param('淄博', 'register_min_age', d) = 16;
SELECT 'C', count(*) FROM t WHERE policy_eval('淄博', 'registration.age_ok', d, f);
SELECT 'D', count(*) FROM t WHERE policy_eval(c, 'registration.age_ok', d, f);
SELECT 'A', count(*) FROM t WHERE abs(y) >= 0;
SELECT 'B', count(*) FROM t WHERE policy_param('淄博', 'register_min_age', d) = 16;
SELECT 'C', count(*) FROM t WHERE policy_eval('淄博', 'registration.age_ok', d, f);
SELECT 'D', count(*) FROM t WHERE policy_eval(c, 'registration.age_ok', d, f);
SQL
sqlite3 :memory: < "$OUT/bench.sql" > "$OUT/out"
awk '
  /^rows\|/ { split($0, a, "|"); n = a[2] }
  /^[ABCD]\|/ { split($0, a, "|"); q = a[1]; cnt[q] = a[2] }
  /^Run Time: real/ { t = $4 + 0; if (!(q in best) || t < best[q]) best[q] = t }
  END {
    printf "policy calls over %d rows (best of 3, seconds)\n", n
    printf "  A abs(y) >= 0 (built-in)            %7.3f   (%d rows)\n", best["A"], cnt["A"]
    printf "  B policy_param(const city)          %7.3f   (%d rows)  %.2f us/row over A (target <= 0.2)\n", best["B"], cnt["B"], (best["B"] - best["A"]) * 1e6 / n
    printf "  C policy_eval(const city, facts)    %7.3f   (%d true)  %.2f us/row over A (target <= 1)\n", best["C"], cnt["C"], (best["C"] - best["A"]) * 1e6 / n
    printf "  D policy_eval(city per row, facts)  %7.3f   (%d true)  %.2f us/row over A\n", best["D"], cnt["D"], (best["D"] - best["A"]) * 1e6 / n
    printf "  ratio B/A = %.1f   C/A = %.1f   D/A = %.1f\n", best["B"] / best["A"], best["C"] / best["A"], best["D"] / best["A"]
  }' "$OUT/out"
