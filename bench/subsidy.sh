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
#
# Then the array form (issue 14): yigong_daixun_hardship (以工代训, G7) over the same N claims, each
# with three claim_months (month, trainees, three drops), months_used and paid_fen, judged under
# 鲁人社函〔2020〕78号 (as_of 2020-11-01, small firms), against the same rule in SQL (json_each, the
# hardship tests, row_number over the months, the cap less paid_fen):
#   GS  the rule as SQL over json_each      GR  subsidy_amount_fen(city, 'yigong_daixun_hardship', ...)
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
.timer off
CREATE TABLE claims7(city TEXT, facts TEXT);
INSERT INTO claims7
SELECT CASE value % 4 WHEN 0 THEN '济南' WHEN 1 THEN '淄博' WHEN 2 THEN '威海' ELSE '烟台' END,
       json_object('size', 'small', 'sector', 'other', 'sector_date', '2019-01-01',
                   'claim_months', json_array(
                     json_object('month', printf('2020-%02d', 1 + value % 10), 'trainees', 1 + value % 40,
                                 'revenue_drop_bp', value % 8000, 'electricity_drop_bp', (value * 7) % 9000, 'energy_drop_bp', 0),
                     json_object('month', printf('2020-%02d', 2 + value % 10), 'trainees', 1 + value % 50,
                                 'revenue_drop_bp', (value * 3) % 6000, 'electricity_drop_bp', 0, 'energy_drop_bp', (value * 11) % 8000),
                     json_object('month', printf('2020-%02d', 3 + value % 10), 'trainees', 1 + value % 60,
                                 'revenue_drop_bp', (value * 13) % 5000, 'electricity_drop_bp', (value * 5) % 6000, 'energy_drop_bp', 0)),
                   'months_used', value % 8, 'paid_fen', (value % 31) * 1000000)
  FROM generate_series(1, $ROWS);
SELECT 'rows7', count(*) FROM claims7;
.timer on
SELECT 'GS', sum(min(
    (SELECT ifnull(sum(t), 0) FROM (
       SELECT json_extract(value, '\$.trainees') * 50000 t,
              row_number() OVER (ORDER BY json_extract(value, '\$.month')) rn
         FROM json_each(facts, '\$.claim_months')
        WHERE CASE WHEN json_extract(value, '\$.month') <= '2020-05'
                   THEN json_extract(value, '\$.revenue_drop_bp') >= 5000
                        OR max(json_extract(value, '\$.electricity_drop_bp'), json_extract(value, '\$.energy_drop_bp')) >= 7000
                   ELSE json_extract(value, '\$.revenue_drop_bp') >= 2000
                        OR max(json_extract(value, '\$.electricity_drop_bp'), json_extract(value, '\$.energy_drop_bp')) >= 5000 END)
      WHERE rn <= 6 - json_extract(facts, '\$.months_used')),
    max(0, 30000000 - json_extract(facts, '\$.paid_fen')))) FROM claims7;
SELECT 'GR', sum(subsidy_amount_fen(city, 'yigong_daixun_hardship', '2020-11-01', facts)) FROM claims7;
SQL
sqlite3 :memory: < "$OUT/bench.sql" > "$OUT/out"
awk '
  /^rows\|/ { split($0, a, "|"); n = a[2] }
  /^rows7\|/ { split($0, a, "|"); n7 = a[2] }
  /^(S|R|GS|GR)\|/ { split($0, a, "|"); q = a[1]; sum[q] = a[2] }
  /^Run Time: real/ {
    t = $4 + 0; c = $6 + $8
    if (!(q in best) || t < best[q]) best[q] = t
    if (!(q in cpu) || c < cpu[q]) cpu[q] = c
  }
  END {
    if (sum["S"] != sum["R"]) { printf "subsidy bench: the sums differ: SQL %s, subsidy_amount_fen %s\n", sum["S"], sum["R"]; exit 1 }
    if (sum["GS"] != sum["GR"]) { printf "subsidy bench: the G7 sums differ: SQL %s, subsidy_amount_fen %s\n", sum["GS"], sum["GR"]; exit 1 }
    if (best["S"] <= 0) best["S"] = 0.001
    if (best["GS"] <= 0) best["GS"] = 0.001
    if (cpu["GS"] <= 0) cpu["GS"] = 0.001
    if (cpu["S"] <= 0) cpu["S"] = 0.001
    printf "subsidy_amount_fen over %d claims of uis_refund_general (best of 2; seconds: real, CPU)\n", n
    printf "  S the rule as SQL CASE over json_extract  %8.3f %8.3f   (%.2f us CPU per claim)\n", best["S"], cpu["S"], cpu["S"] * 1e6 / n
    printf "  R subsidy_amount_fen                      %8.3f %8.3f   (%.2f us CPU per claim)\n", best["R"], cpu["R"], cpu["R"] * 1e6 / n
    printf "  R / S = %.2f real, %.2f CPU (target <= 3)   sum %s fen in both\n", best["R"] / best["S"], cpu["R"] / cpu["S"], sum["R"]
    printf "subsidy_amount_fen over %d claims of yigong_daixun_hardship (the array form: 3 claim_months each; one run)\n", n7
    printf "  GS the rule as SQL over json_each          %8.3f %8.3f   (%.2f us CPU per claim)\n", best["GS"], cpu["GS"], cpu["GS"] * 1e6 / n7
    printf "  GR subsidy_amount_fen                      %8.3f %8.3f   (%.2f us CPU per claim)\n", best["GR"], cpu["GR"], cpu["GR"] * 1e6 / n7
    printf "  GR / GS = %.2f real, %.2f CPU   sum %s fen in both\n", best["GR"] / best["GS"], cpu["GR"] / cpu["GS"], sum["GR"]
  }' "$OUT/out"
