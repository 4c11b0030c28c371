#!/bin/sh
# bench/growth.sh: how unemployment_status's cost grows with a person's history (issue 17; a
# measurement, not a test). N persons (default 10,000 each; BENCH_SCALE scales it) registered on
# 2019-01-02 in 淄博 with 5, 50 and 500 contact events spread over 700 days, evaluated on
# 2020-12-31. Prints the CPU time (user + sys, steadier than wall time on a shared machine; best of
# 3) per person and per event of each group: the cost per event should stay flat (no quadratic scan
# of the history). Then the resident memory the function adds to a sqlite3 process evaluating N
# and 100 N persons of 5 events (its peak less that of a process only reading the same table): it
# should not grow with the rows. At the default scale the second count is 1,000,000 persons (the
# issue's figure): M = 100 N.
set -eu
cd "$(dirname "$0")/.."
N=$(awk -v s="${BENCH_SCALE:-1}" 'BEGIN { n = int(10000 * s); if (n < 10) n = 10; printf "%d", n }')
EXT=${RENSHE_EXT:-dist/renshe}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# persons $1 $2...: the table p(k, person) with $2 persons of each event count in $1
persons() {
  cat <<SQL
.load $EXT
CREATE TABLE p(k INTEGER, person TEXT);
WITH n(k) AS (SELECT value FROM json_each('[$1]')), g(i) AS (SELECT value FROM generate_series(1, $2)),
 b(k, i, body) AS (SELECT k, i, printf('370303%04d%02d%02d%03d', 1970 + i % 30, 1 + i % 12,
                                       1 + i % 28, i % 1000) FROM n, g)
INSERT INTO p SELECT k, json_object('id', body || idcard_checkdigit(body),
  'registration', json_object('date', '2019-01-02', 'place', '户籍地', 'reason', '21'),
  'events', (SELECT json_group_array(json_object('date',
                      date('2019-01-02', '+' || (1 + (e * 700) / k) || ' days'), 'type', 'contact_made'))
             FROM (SELECT value AS e FROM generate_series(1, k))))
FROM b;
SELECT 'W', count(*) FROM p WHERE k = 5 AND unemployment_status('淄博', person, '2020-12-31') IS NOT NULL AND rowid = 1;
SQL
}

{
  persons "5,50,500" "$N"
  echo ".timer on"
  for r in 1 2 3; do
    for k in 5 50 500; do
      echo "SELECT 'E$k', count(*) FROM p WHERE k = $k AND unemployment_status('淄博', person, '2020-12-31') IS NOT NULL;"
    done
  done
} > "$OUT/growth.sql"
sqlite3 :memory: < "$OUT/growth.sql" > "$OUT/out"
awk -v n="$N" '
  /^E[0-9]+\|/ { split($0, a, "|"); q = substr(a[1], 2); cnt[q] = a[2] }
  /^Run Time:/ { t = $6 + $8; if (!(q in best) || t < best[q]) best[q] = t }
  END {
    printf "unemployment_status by events per person, %d persons each (CPU seconds, best of 3)\n", n
    for (k = 5; k <= 500; k *= 10)
      printf "  %3d events  %7.3f   (%d evaluated)  %7.1f us per person  %5.2f us per event\n",
             k, best[k], cnt[k], best[k] * 1e6 / n, best[k] * 1e6 / n / k
    x = (best[50] - best[5]) * 1e6 / n / 45; y = (best[500] - best[50]) * 1e6 / n / 450
    printf "  each added event: %.2f us from 5 to 50, %.2f us from 50 to 500: ratio %.2f (target: about 1, flat)\n", x, y, y / x
  }' "$OUT/out"

# Peak resident memory: N and 100 x N persons evaluated, against the same process without the function.
rss() {
  { persons "5" "$1"; echo "$2"; } > "$OUT/rss.sql"
  /usr/bin/time -f "%M" sqlite3 :memory: < "$OUT/rss.sql" 2>&1 >/dev/null | tail -n 1
}
M=$((N * 100))
Q="SELECT count(*) FROM p WHERE unemployment_status('淄博', person, '2020-12-31') IS NOT NULL;"
R="SELECT count(*) FROM p WHERE length(person) > 0;"
A1=$(rss "$N" "$R"); B1=$(rss "$N" "$Q"); A2=$(rss "$M" "$R"); B2=$(rss "$M" "$Q")
echo "peak resident memory, the function's share (evaluated - read, KiB): $((B1 - A1)) over $N persons, $((B2 - A2)) over $M (target: flat)"
