#!/bin/sh
# tests/sh/bench_smoke.sh: `make bench` runs from a fresh clone (a smoke test, nothing is timed).
#
# Runs bench/run.sh as make does (directly, so a script committed without its run bit fails) at
# BENCH_SCALE=0.001 (a thousandth of the rows: a few seconds), and checks that every benchmark
# ran to its end, that bench/csv.sh honoured BENCH_SCALE (its generated roster is what fills a
# disk at full scale) and that git records every bench script as executable. Plain mode only:
# the benchmarks load the plain build into the system sqlite3.
cd "$(dirname "$0")/../.." || exit 2
pass=0 fail=0
ok() { pass=$((pass + 1)); }
notok() { fail=$((fail + 1)); echo "not ok - $1"; }
if [ "${RENSHE_MODE:-plain}" != plain ]; then
  echo "# the benchmarks run in plain mode only"; echo "# bench_smoke: $pass passed, $fail failed"; exit 0
fi
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
if RENSHE_EXT=dist/renshe BENCH_SCALE=0.001 bench/run.sh > "$OUT" 2>&1; then ok; else
  notok "BENCH_SCALE=0.001 bench/run.sh exits 0"; sed 's/^/    /' "$OUT" | tail -20; fi
for b in bench/*.sh; do
  [ "$b" = bench/run.sh ] && continue
  grep -qx "== $b" "$OUT" && ok || notok "bench/run.sh ran $b"
done
grep -q '^# rows: 1000; same rows in t from every method: ok$' "$OUT" && ok ||
  notok "bench/csv.sh at BENCH_SCALE=0.001 reads 1000 rows, the same by every method"
grep -q 'over 10000 rows' "$OUT" && ok || notok "bench/idcard.sh at BENCH_SCALE=0.001 checks 10000 rows"
ERR='^(Error|Parse error|Runtime error)|not found|[Pp]ermission denied|DIFFERENT'
if grep -Eq "$ERR" "$OUT"; then
  notok "no benchmark prints an error"; grep -E "$ERR" "$OUT" | head -5 | sed 's/^/    /'
else ok; fi
for b in $(git ls-files bench/*.sh); do
  case $(git ls-files -s "$b" | cut -c1-6) in
    100755) ok ;;
    *) notok "$b is committed with its run bit (git update-index --chmod=+x $b)" ;;
  esac
done
echo "# bench_smoke: $pass passed, $fail failed"
