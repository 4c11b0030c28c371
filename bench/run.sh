#!/bin/sh
# bench/run.sh: run every benchmark (bench/*.sh but this file) in turn; `make bench` calls it.
# Speed targets live here, never in tests. Each script prints its own measurements; at the end the
# lines that carry a target are printed again together, so one screen shows every measure of
# issues 13 and 17 beside its target.
# BENCH_SCALE=0.1 runs every benchmark on a tenth of its rows (a quick look, not a measurement).
cd "$(dirname "$0")/.." || exit 2
status=0
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
for b in bench/*.sh; do
  [ "$b" = bench/run.sh ] && continue
  echo "== $b" | tee -a "$OUT"
  sh "$b" > "$OUT.one" 2>&1 || status=1
  cat "$OUT.one"
  cat "$OUT.one" >> "$OUT"
  rm -f "$OUT.one"
done
echo "== every measure with a target (BENCH_SCALE=${BENCH_SCALE:-1})"
awk '/^== / { b = $2 } /target/ { printf "%-20s %s\n", b, $0 }' "$OUT"
exit $status
