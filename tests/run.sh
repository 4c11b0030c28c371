#!/bin/sh
# tests/run.sh: run every test of renshe and print "N passed, N failed" last.
#
# Usage: tests/run.sh MODE...   (MODE is plain, asan, fuzz, oom or valgrind; `make test` runs
#        plain, asan, fuzz and oom, `make test-fast` plain, `make fuzz` fuzz with FUZZ_SECONDS=300,
#        `make oom` oom, `make valgrind` valgrind)
#
# What runs, in each mode:
#   tests/c/*_test.c    unit tests of the plain-C modules (built by make into build/[asan/]tests/);
#                       each prints "not ok - ..." per failure and "# file: N passed, N failed".
#   tests/sql/*.sql     SQL through the real sqlite3 shell with the extension loaded; the output,
#                       error lines included, must equal tests/sql/*.expected line by line. Each
#                       expected line is one case. "near line N" is dropped from error lines so
#                       that adding a case does not renumber every error.
#   tests/sh/*.sh       scenario scripts (several processes, files): they get $SQLITE3 (the shell
#                       command, with the extension's sanitizer runtime preloaded in asan mode) and
#                       $RENSHE_EXT, print "not ok - ..." per failure and "# name: N passed, N failed".
# In asan mode the extension is build/asan/renshe.so and the shell runs with libasan and libubsan
# preloaded; any sanitizer report fails the file it came from.
# In fuzz mode each libFuzzer harness build/fuzz/fuzz_* (tests/fuzz/README.md) runs for
# $FUZZ_SECONDS (default 10) over its seeds tests/fuzz/corpus/<harness>/ (with the dictionary
# tests/fuzz/<harness>.dict when there is one). New finds go to a
# scratch directory, or to $FUZZ_CORPUS_DIR/<harness>/ when set (`make fuzz` keeps them in
# build/fuzz/corpus/ and starts from them next time); crashing inputs go to build/fuzz/crashes/.
# One case per harness: it passes when the harness exits 0 with no sanitizer report.
# In oom mode build/oom/oom_test (ASan+UBSan) sweeps allocation failures over every statement of
# tests/oom/statements.sql (tests/oom/oom_test.c says how); one case per statement group.
# In valgrind mode the unit tests and the SQL tests (not the scenario scripts, nor policy_sandbox.sql,
# whose CPU-time bounds valgrind's slowness changes) of the plain build run under valgrind
# --leak-check=full; any valgrind report fails the file it came from.
set -u
cd "$(dirname "$0")/.." || exit 2
TOTAL_PASS=0
TOTAL_FAIL=0
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

add() { TOTAL_PASS=$((TOTAL_PASS + $1)); TOTAL_FAIL=$((TOTAL_FAIL + $2)); }

# Add up the "# name: N passed, N failed" line of a test's output in $1; a missing line or a
# sanitizer report counts as one failure.
tally() {
  label=$1 file=$2 status=$3
  line=$(grep -E '^# .*: [0-9]+ passed, [0-9]+ failed$' "$file" | tail -n 1)
  grep -A2 '^not ok' "$file" | grep -v '^--$'
  if [ -z "$line" ]; then
    echo "not ok - $label: no summary line (exit $status)"; tail -n 20 "$file"; add 0 1; return
  fi
  p=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed$/\1/')
  f=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed$/\2/')
  if grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:|^==[0-9]+== [^ ]' "$file"; then
    echo "not ok - $label: sanitizer report"; grep -E -A12 'ERROR: (Address|Leak)Sanitizer|runtime error:|^==[0-9]+== [^ ]' "$file" | head -n 30
    f=$((f + 1))
  elif [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    echo "not ok - $label: exit $status"; f=1
  fi
  echo "$label: $p passed, $f failed"
  add "$p" "$f"
}

run_fuzz() {
  secs=${FUZZ_SECONDS:-10}
  echo "== fuzz (${secs}s each) =="
  mkdir -p build/fuzz/crashes
  for src in tests/fuzz/fuzz_*.c; do
    [ -e "$src" ] || continue
    h=$(basename "$src" .c)
    bin=build/fuzz/$h
    work=${FUZZ_CORPUS_DIR:-$OUT/corpus}/$h
    dict=""; [ -e "tests/fuzz/$h.dict" ] && dict="-dict=tests/fuzz/$h.dict"
    mkdir -p "$work" "tests/fuzz/corpus/$h"
    if [ ! -x "$bin" ]; then
      echo "not ok - fuzz $h: $bin not built (make $bin; needs clang)"; add 0 1; continue
    fi
    # The harnesses' own settings, not asan mode's (which are exported).
    env ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1" \
      UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" LSAN_OPTIONS="" \
      "$bin" $dict -max_total_time="$secs" -timeout=60 -rss_limit_mb=2560 -print_final_stats=1 \
      -artifact_prefix="build/fuzz/crashes/$h-" "$work" "tests/fuzz/corpus/$h" \
      > "$OUT/fuzz" 2>&1
    st=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$OUT/fuzz" | tail -n 1)
    if [ "$st" -eq 0 ] && ! grep -qE 'ERROR: (Address|Leak|UndefinedBehavior)Sanitizer|ERROR: libFuzzer|runtime error:|fuzz property failed' "$OUT/fuzz"; then
      echo "fuzz $h: 1 passed, 0 failed (${runs:-?} runs in ${secs}s)"; add 1 0
    else
      echo "not ok - fuzz $h: exit $st (input kept in build/fuzz/crashes/$h-*)"
      grep -E -B2 -A25 'ERROR: |runtime error:|fuzz property failed' "$OUT/fuzz" | head -n 40
      add 0 1
    fi
  done
}

run_mode() {
  mode=$1
  if [ "$mode" = fuzz ]; then run_fuzz; return; fi
  if [ "$mode" = oom ]; then
    echo "== oom =="
    ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1" \
      UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
      LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0" \
      build/oom/oom_test tests/oom/statements.sql > "$OUT/oom" 2>&1; st=$?
    grep '^# .* s)$' "$OUT/oom"
    tally "oom build/oom/oom_test" "$OUT/oom" $st
    return
  fi
  VG=""
  if [ "$mode" = asan ]; then
    EXT=build/asan/renshe; UNIT=build/asan/tests
    PRELOAD="$(${CC:-cc} -print-file-name=libasan.so) $(${CC:-cc} -print-file-name=libubsan.so)"
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0"
    SQLITE3="env LD_PRELOAD=\"$PRELOAD\" stdbuf -oL sqlite3"
  elif [ "$mode" = valgrind ]; then
    EXT=dist/renshe; UNIT=build/tests
    VG="valgrind -q --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect --error-exitcode=99"
    SQLITE3="$VG sqlite3"
  else
    EXT=dist/renshe; UNIT=build/tests; SQLITE3="stdbuf -oL sqlite3"
  fi
  export SQLITE3 RENSHE_EXT="$EXT" RENSHE_MODE="$mode"
  echo "== $mode =="
  for t in tests/c/*_test.c; do
    [ -e "$t" ] || continue
    bin=$UNIT/$(basename "$t" .c)
    $VG "$bin" > "$OUT/unit" 2>&1; st=$?
    tally "$mode $bin" "$OUT/unit" $st
  done
  for sql in tests/sql/*.sql; do
    [ -e "$sql" ] || continue
    # The sandbox's bounds are CPU time as well as instructions: under valgrind (some 50 times
    # slower) a call meets its time limit before the bound the file asserts. The file runs in the
    # plain and ASan passes; valgrind checks memory, and the other files cover the same code.
    # The other files assert the instruction bound only (policy_install.sql: a script that loops at
    # load time), which under valgrind takes most of the default 3 s of CPU: there the time limit
    # is raised for the connection first (its output discarded), so that the instruction bound,
    # the one asserted, is the one met.
    if [ "$mode" = valgrind ] && [ "$sql" = tests/sql/policy_sandbox.sql ]; then continue; fi
    FIRST=
    if [ "$mode" = valgrind ]; then
      FIRST="-cmd '.output /dev/null' -cmd \"select renshe_limits('time_ms', 600000);\" -cmd '.output stdout'"
    fi
    exp=${sql%.sql}.expected
    eval "$SQLITE3 -batch -cmd '.load $EXT' $FIRST :memory:" < "$sql" > "$OUT/raw" 2>&1
    sed -E 's/^(Parse|Runtime) error near line [0-9]+: /Error: /; s/^Error: near line [0-9]+: /Error: /' "$OUT/raw" > "$OUT/got"
    awk -v label="$mode $sql" -v expfile="$exp" '
      BEGIN { n = 0; while ((getline l < expfile) > 0) want[++n] = l }
      { got[++m] = $0 }
      END {
        pass = 0; fail = 0
        for (i = 1; i <= n || i <= m; i++) {
          if (i <= n && i <= m && want[i] == got[i]) { pass++; continue }
          fail++
          printf "not ok - %s line %d\n    got:  %s\n    want: %s\n", label, i, (i <= m ? got[i] : "(nothing)"), (i <= n ? want[i] : "(nothing)")
        }
        printf "# %s: %d passed, %d failed\n", label, pass, fail
      }' "$OUT/got" > "$OUT/cmp"
    cat "$OUT/raw" >> "$OUT/cmp"  # sanitizer reports, if any, for tally
    tally "$mode $sql" "$OUT/cmp" 0
  done
  for sh in tests/sh/*.sh; do
    [ -e "$sh" ] || continue
    [ "$mode" = valgrind ] && break
    sh "$sh" > "$OUT/sh" 2>&1; st=$?
    tally "$mode $sh" "$OUT/sh" $st
  done
}

[ $# -gt 0 ] || set -- plain
for m in "$@"; do run_mode "$m"; done
echo "$TOTAL_PASS passed, $TOTAL_FAIL failed"
[ "$TOTAL_FAIL" -eq 0 ]
