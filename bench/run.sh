#!/bin/sh
# bench/run.sh: run every benchmark (bench/*.sh but this file) in turn; `make bench` calls it.
# Speed targets live here, never in tests. Each script prints its own measurements.
# BENCH_SCALE=0.1 runs every benchmark on a tenth of its rows (a quick look, not a measurement).
cd "$(dirname "$0")/.." || exit 2
status=0
for b in bench/*.sh; do
  [ "$b" = bench/run.sh ] && continue
  echo "== $b"
  sh "$b" || status=1
done
exit $status
