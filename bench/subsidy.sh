#!/bin/sh
# bench/subsidy.sh: subsidy_amount_fen over N claims of one kind (default 1,000,000; issue 13)
# against the same formula written as a plain SQL CASE over json_extract of the same facts.
#
# The kind is uis_refund_general (一般企业稳岗返还): seven facts per claim, as an office stores them
# (size, insured, layoffs, paid_months, premiums_fen, reserve_months, excluded), claim dates over
# 2020 so that both the 50% and the SMEs' 100% rate occur. Times, in one sqlite3 run (best of 2):
#   S  SELECT sum(<the rule as a CASE over json_extract(facts, ...)>) FROM claims
#   R  SELECT sum(subsidy_amount_fen(city, 'uis_refund_general', claim_date, facts)) FROM claims
# The two sums must be equal (the script fails otherwise); it prints R / S, of the real time and of
# the CPU time (user + sys: steadier on a shared machine), with the target <= 3.
# BENCH_ROWS or BENCH_SCALE changes N.
set -eu
cd "$(dirname "$0")/.."
ROWS=${BENCH_ROWS:-$(awk -v s="${BENCH_SCALE:-1}" 'BEGIN { printf "%d", 1000000 * s }')}
[ "$ROWS" -ge 1 ] || ROWS=1
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
cat > "$OUT/bench.sql" <<SQL
.load dist/renshe
CREATE TABLE claims(city TEXT, claim_date TEXT, facts TEXT);
INSERT INTO claims
SELECT CASE value % 4 WHEN 0 THEN '济南' WHEN 1 THEN '淄博' WHEN 2 THEN '威海' ELSE '烟台' END,
       date('2020-03-01', '+' || (value % 300) || ' days'),
       json_object('size', CASE value % 5 WHEN 0 THEN 'large' WHEN 1 THEN 'medium' WHEN 2 THEN 'small' ELSE 'micro' END,
                   'insured', 5 + value % 400, 'layoffs', value % 23,
                   'paid_months', 10 + value % 30, 'premiums_fen', 100000 + value % 9000001,
                   'reserve_months', 8 + value % 20, 'excluded', json(CASE WHEN value % 97 = 0 THEN 'true' ELSE 'false' END))
  FROM generate_series(1, $ROWS);
SELECT 'rows', count(*) FROM claims;
.timer on
SELECT 'S', sum(CASE
    WHEN json_extract(facts, '\$.excluded') = 0 AND json_extract(facts, '\$.paid_months') >= 12
     AND json_extract(facts, '\$.reserve_months') >= 12
     AND CASE WHEN json_extract(facts, '\$.insured') <= 30
              THEN json_extract(facts, '\$.layoffs') * 10 <= 2 * json_extract(facts, '\$.insured')
              ELSE json_extract(facts, '\$.layoffs') * 1000 <= 55 * json_extract(facts, '\$.insured') END
    THEN CASE WHEN json_extract(facts, '\$.size') <> 'large' AND claim_date BETWEEN '2020-06-08' AND '2020-12-31'
              THEN json_extract(facts, '\$.premiums_fen')
              ELSE (json_extract(facts, '\$.premiums_fen') + 1) / 2 END
    ELSE 0 END) FROM claims;
SELECT 'R', sum(subsidy_amount_fen(city, 'uis_refund_general', claim_date, facts)) FROM claims;
SELECT 'S', sum(CASE
    WHEN json_extract(facts, '\$.excluded') = 0 AND json_extract(facts, '\$.paid_months') >= 12
     AND json_extract(facts, '\$.reserve_months') >= 12
     AND CASE WHEN json_extract(facts, '\$.insured') <= 30
              THEN json_extract(facts, '\$.layoffs') * 10 <= 2 * json_extract(facts, '\$.insured')
              ELSE json_extract(facts, '\$.layoffs') * 1000 <= 55 * json_extract(facts, '\$.insured') END
    THEN CASE WHEN json_extract(facts, '\$.size') <> 'large' AND claim_date BETWEEN '2020-06-08' AND '2020-12-31'
              THEN json_extract(facts, '\$.premiums_fen')
              ELSE (json_extract(facts, '\$.premiums_fen') + 1) / 2 END
    ELSE 0 END) FROM claims;
SELECT 'R', sum(subsidy_amount_fen(city, 'uis_refund_general', claim_date, facts)) FROM claims;
SQL
sqlite3 :memory: < "$OUT/bench.sql" > "$OUT/out"
awk '
  /^rows\|/ { split($0, a, "|"); n = a[2] }
  /^[SR]\|/ { split($0, a, "|"); q = a[1]; sum[q] = a[2] }
  /^Run Time: real/ {
    t = $4 + 0; c = $6 + $8
    if (!(q in best) || t < best[q]) best[q] = t
    if (!(q in cpu) || c < cpu[q]) cpu[q] = c
  }
  END {
    if (sum["S"] != sum["R"]) { printf "subsidy bench: the sums differ: SQL %s, subsidy_amount_fen %s\n", sum["S"], sum["R"]; exit 1 }
    if (best["S"] <= 0) best["S"] = 0.001
    if (cpu["S"] <= 0) cpu["S"] = 0.001
    printf "subsidy_amount_fen over %d claims of uis_refund_general (best of 2; seconds: real, CPU)\n", n
    printf "  S the rule as SQL CASE over json_extract  %8.3f %8.3f   (%.2f us CPU per claim)\n", best["S"], cpu["S"], cpu["S"] * 1e6 / n
    printf "  R subsidy_amount_fen                      %8.3f %8.3f   (%.2f us CPU per claim)\n", best["R"], cpu["R"], cpu["R"] * 1e6 / n
    printf "  R / S = %.2f real, %.2f CPU (target <= 3)   sum %s fen in both\n", best["R"] / best["S"], cpu["R"] / cpu["S"], sum["R"]
  }' "$OUT/out"
