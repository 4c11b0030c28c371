#!/bin/sh
# bench/idcard.sh: the cost of check_idcard per row (issue 2's target, not a test).
#
# On N generated ID numbers (default 10,000,000; a mix: 80% valid, 10% wrong check digit,
# 5% impossible dates, 5% 15-digit numbers) in one table, times in one sqlite3 run:
#   A  SELECT count(*) FROM t WHERE length(id) = 18         -- SQLite's own per-row work
#   B  SELECT count(*) FROM t WHERE check_idcard(id)         -- renshe
#   C  the same check in plain SQL (substr and a weighted sum), what an analyst writes without renshe
# and prints B/A (target: at most 1.15, issue 17; was 1.3 in issue 2) and C/A. Each query runs 3 times; the best time counts.
# Besides the wall-clock times, the best CPU times (user + sys) and their ratio: on a shared,
# loaded machine the wall clock also counts waiting for a core, the CPU time much less.
set -eu
cd "$(dirname "$0")/.."
ROWS=${BENCH_ROWS:-$(awk -v s="${BENCH_SCALE:-1}" 'BEGIN { printf "%d", 10000000 * s }')}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
# The plain-SQL check digit: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, check chars 10X98765432.
W="7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2"
SUM=$(i=1; for w in $W; do printf '%ssubstr(id,%d,1)*%d' "$([ $i -gt 1 ] && echo +)" $i $w; i=$((i+1)); done)
PLAIN="length(id) = 18 AND substr(id,1,17) NOT GLOB '*[^0-9]*' AND substr('10X98765432', ($SUM) % 11 + 1, 1) = upper(substr(id,18,1))"
cat > "$OUT/bench.sql" <<SQL
.load dist/renshe
PRAGMA cache_size = -2000000;
CREATE TABLE t(id TEXT);
WITH g(i) AS (SELECT value FROM generate_series(1, $ROWS)),
     b(i, body) AS (
       SELECT i, printf('%s%04d%02d%02d%03d',
                        CASE i % 4 WHEN 0 THEN '370102' WHEN 1 THEN '370303' WHEN 2 THEN '371002' ELSE '110105' END,
                        1950 + i % 60, 1 + i % 12, 1 + i % 28, i % 1000) FROM g)
INSERT INTO t
  SELECT CASE
    WHEN i % 20 = 0 THEN substr(body, 1, 6) || substr(body, 9, 9)                       -- 15 digits
    WHEN i % 20 = 1 THEN substr(body, 1, 10) || '0230' || substr(body, 15) || '1'         -- 30 Feb
    WHEN i % 10 = 2 THEN body || CASE idcard_checkdigit(body) WHEN '0' THEN '1' ELSE '0' END  -- bad check
    ELSE body || idcard_checkdigit(body) END
  FROM b;
SELECT 'rows', count(*) FROM t;
.timer on
SELECT 'A', count(*) FROM t WHERE length(id) = 18;
SELECT 'B', count(*) FROM t WHERE check_idcard(id);
SELECT 'C', count(*) FROM t WHERE $PLAIN;
SELECT 'A', count(*) FROM t WHERE length(id) = 18;
SELECT 'B', count(*) FROM t WHERE check_idcard(id);
SELECT 'C', count(*) FROM t WHERE $PLAIN;
SELECT 'A', count(*) FROM t WHERE length(id) = 18;
SELECT 'B', count(*) FROM t WHERE check_idcard(id);
SELECT 'C', count(*) FROM t WHERE $PLAIN;
SQL
sqlite3 :memory: < "$OUT/bench.sql" > "$OUT/out"
awk -v rows="$ROWS" '
  /^rows\|/ { split($0, a, "|"); n = a[2] }
  /^[ABC]\|/ { split($0, a, "|"); q = a[1]; cnt[q] = a[2] }
  /^Run Time: real/ {
    t = $4 + 0; if (!(q in best) || t < best[q]) best[q] = t
    c = $6 + $8; if (!(q in cpu) || c < cpu[q]) cpu[q] = c
  }
  END {
    printf "check_idcard over %d rows (best of 3, seconds)\n", n
    printf "  A length(id) = 18          %7.3f   (%d rows match)\n", best["A"], cnt["A"]
    printf "  B check_idcard(id)         %7.3f   (%d valid)\n", best["B"], cnt["B"]
    printf "  C plain SQL check digit    %7.3f   (%d pass; no date or region check)\n", best["C"], cnt["C"]
    printf "  ratio B/A = %.2f (target <= 1.15, issue 17)   C/A = %.2f   C/B = %.1f\n", best["B"] / best["A"], best["C"] / best["A"], best["C"] / best["B"]
    printf "  CPU (user+sys, best of 3): A %.3f  B %.3f  C %.3f   ratio B/A = %.2f\n", cpu["A"], cpu["B"], cpu["C"], (cpu["A"] > 0 ? cpu["B"] / cpu["A"] : 0)
  }' "$OUT/out"
