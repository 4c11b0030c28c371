#!/bin/sh
# bench/cert_serial.sh: the cost of checking certificate serials and of issuing them by batch
# (issue 3; measurements, not a test).
#
#   A  SELECT count(*) FROM t WHERE length(s) = 18        -- SQLite's own per-row work
#   B  SELECT count(*) FROM t WHERE cert_serial_check(s)   -- renshe, on N serials (default
#      1,000,000; a mix of valid ones and one of each error)
#   C  one batch of 10,000 trainees issued with INSERT INTO cert_issue (sql/cert_serial.sql)
#   D  200 batches of 50 issued one after another, each in BEGIN IMMEDIATE ... COMMIT, into a
#      WAL database file (the documented pattern, without the contention)
# A and B run 3 times; the best time counts. BENCH_SCALE=0.1 scales N and the batches down.
set -eu
cd "$(dirname "$0")/.."
S=${BENCH_SCALE:-1}
ROWS=$(awk -v s="$S" 'BEGIN { printf "%d", 1000000 * s }')
BIG=$(awk -v s="$S" 'BEGIN { printf "%d", 10000 * s }')
NB=$(awk -v s="$S" 'BEGIN { n = int(200 * s); printf "%d", n < 1 ? 1 : n }')
EXT=${RENSHE_EXT:-dist/renshe}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
IDGEN="'37010219900101' || printf('%03d', i % 1000) || idcard_checkdigit('37010219900101' || printf('%03d', i % 1000))"

cat > "$OUT/check.sql" <<SQL
CREATE TABLE t(s TEXT);
INSERT INTO t
  WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < $ROWS)
  SELECT CASE i % 10
    WHEN 0 THEN '3717' || printf('%02d%04d26%05d', i % 100, 1 + i % 9999, 1 + i % 99999) || 'A'
    WHEN 1 THEN '3701' || printf('%02d%04d26%05d', i % 100, 1 + i % 9999, 1 + i % 99999) || 'D'
    WHEN 2 THEN '3701' || printf('%02d%04d19%05d', i % 100, 1 + i % 9999, 1 + i % 99999) || 'B'
    ELSE printf('%04d%02d%04d%02d%05d', 3700 + i % 17, CASE WHEN i % 17 = 0 THEN 0 ELSE i % 100 END,
                1 + i % 9999, 20 + i % 80, 1 + i % 99999) || substr('ABC', 1 + i % 3, 1) END
  FROM g;
SELECT 'rows', count(*) FROM t;
.timer on
SELECT 'A', count(*) FROM t WHERE length(s) = 18;
SELECT 'B', count(*) FROM t WHERE cert_serial_check(s);
SELECT 'A', count(*) FROM t WHERE length(s) = 18;
SELECT 'B', count(*) FROM t WHERE cert_serial_check(s);
SELECT 'A', count(*) FROM t WHERE length(s) = 18;
SELECT 'B', count(*) FROM t WHERE cert_serial_check(s);
SQL
sqlite3 -batch -cmd ".load $EXT" :memory: < "$OUT/check.sql" > "$OUT/check.out"

# C: one big batch (identity numbers are unique within a batch: the birth date varies too)
cat > "$OUT/big.sql" <<SQL
.read sql/cert_serial.sql
INSERT INTO cert_provider(city, county, code, name) VALUES ('3712', '03', '0012', 'bench');
INSERT INTO cert_batch(city, county, provider, category) VALUES ('3712', '03', '0012', 'A');
INSERT INTO cert_trainee(batch_id, line, idcard, name)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $BIG),
       b(i, body) AS (SELECT i, '370102' || strftime('%Y%m%d', '1990-01-01', '+' || (i / 1000) || ' days')
                                 || printf('%03d', i % 1000) FROM n)
  SELECT 1, i, body || idcard_checkdigit(body), 'x' || i FROM b;
.timer on
INSERT INTO cert_issue(batch_id, issued_on) VALUES (1, '2026-11-24');
.timer off
SELECT 'C', count(*), min(serial), max(serial) FROM cert_issued;
SQL
sqlite3 -batch -cmd ".load $EXT" "$OUT/big.db" < "$OUT/big.sql" > "$OUT/big.out"

# D: many small batches in a WAL file
{
  echo "PRAGMA journal_mode = WAL;"
  echo ".read sql/cert_serial.sql"
  echo "INSERT INTO cert_provider(city, county, code, name) VALUES ('3712', '03', '0012', 'bench');"
  echo ".timer on"
  i=1
  while [ "$i" -le "$NB" ]; do
    cat <<SQL
BEGIN IMMEDIATE;
INSERT INTO cert_batch(city, county, provider, category) VALUES ('3712', '03', '0012', 'B');
INSERT INTO cert_trainee(batch_id, line, idcard, name)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
  SELECT $i, i, $IDGEN, 'x' || i FROM n;
INSERT INTO cert_issue(batch_id, issued_on) VALUES ($i, '2026-11-24');
COMMIT;
SQL
    i=$((i + 1))
  done
  echo ".timer off"
  echo "SELECT 'D', count(*), max(seq) FROM cert_issued;"
} > "$OUT/many.sql"
sqlite3 -batch -cmd ".load $EXT" "$OUT/many.db" < "$OUT/many.sql" > "$OUT/many.out"

awk '
  FILENAME ~ /check.out$/ && /^rows\|/ { split($0, a, "|"); n = a[2] }
  FILENAME ~ /check.out$/ && /^[AB]\|/ { split($0, a, "|"); q = a[1]; cnt[q] = a[2] }
  FILENAME ~ /check.out$/ && /^Run Time: real/ { t = $4 + 0; if (!(q in best) || t < best[q]) best[q] = t }
  FILENAME ~ /big.out$/ && /^Run Time: real/ { big = $4 + 0 }
  FILENAME ~ /big.out$/ && /^C\|/ { split($0, a, "|"); nbig = a[2]; first = a[3]; last = a[4] }
  FILENAME ~ /many.out$/ && /^Run Time: real/ { many += $4 }
  FILENAME ~ /many.out$/ && /^D\|/ { split($0, a, "|"); nmany = a[2] }
  END {
    printf "cert_serial_check over %d serials (best of 3, seconds)\n", n
    printf "  A length(s) = 18            %7.3f   (%d rows)\n", best["A"], cnt["A"]
    printf "  B cert_serial_check(s)      %7.3f   (%d valid)   ratio B/A = %.2f\n", best["B"], cnt["B"], best["B"] / best["A"]
    printf "issuing (seconds)\n"
    printf "  C one batch of %d          %7.3f   (%s .. %s)\n", nbig, big, first, last
    printf "  D %d serials in batches of 50, each BEGIN IMMEDIATE ... COMMIT, WAL   %7.3f\n", nmany, many
  }' "$OUT/check.out" "$OUT/big.out" "$OUT/many.out"
