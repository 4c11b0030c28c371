#!/bin/sh
# tests/sh/concurrency_mixed.sh: three sqlite3 processes working on one database file at once,
# each importing CSV rosters through csv_file, installing policy scripts (policy_install) and
# issuing certificate serials by batch (sql/cert_serial.sql), in WAL and rollback-journal modes
# (issue 9). tests/sh/cert_serial_batch.sh covers two issuers alone; this is the mixed workload.
#
# Cases, per journal mode: every process ends without an error (a SQLITE_BUSY that the busy
# timeout did not absorb would show as "Error: database is locked" in its output); the processes
# really overlapped (their imports interleave); the roster holds every imported row exactly once
# (no duplicate, no lost row); the policy history holds every install once, with the versions of
# each city 1..n in order, and the value in force is the last install's; every serial of the
# office is issued once, 1..n without a gap, each batch one contiguous run; integrity_check ok.
#
# The documented patterns, which this test holds to: each writer sets a busy timeout and opens
# its write transactions with BEGIN IMMEDIATE (in WAL mode a deferred transaction that reads and
# then writes cannot wait for the lock: it gets SQLITE_BUSY at once, as SQLite documents).
# Last case: `SELECT policy_install(...)` alone (autocommit) is such a read-then-write statement;
# under contention in WAL mode it may fail with "database is locked" despite the timeout. Each
# such failure must be reported as an error and leave nothing: installs that say so are exactly
# the rows of the history.
#
# Run by tests/run.sh, which sets $SQLITE3 and $RENSHE_EXT; by hand from the repository root:
#   SQLITE3=sqlite3 RENSHE_EXT=dist/renshe sh tests/sh/concurrency_mixed.sh
cd "$(dirname "$0")/../.." || exit 2
: "${SQLITE3:=sqlite3}" "${RENSHE_EXT:=dist/renshe}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
NPROC=3 NROUND=4 NROWS=3000 NTRAINEE=10

# ok NAME GOT WANT
ok() {
  if [ "$2" = "$3" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    printf 'not ok - %s\n    got:  %s\n    want: %s\n' "$1" "$2" "$3"
  fi
}

# sq DB: stdin through a new shell process with the extension loaded; stdout and stderr.
sq() {
  eval "$SQLITE3 -batch -cmd '.load $RENSHE_EXT' -cmd '.timeout 30000' \"$1\"" 2>&1 |
    sed -E 's/^(Parse|Runtime) error near line [0-9]+: /Error: /'
}

# Roster files: process p, round k: NROWS rows "p<p>r<k>,<line>,<ID number>,<name>"; ID numbers
# are built with the GB 11643 check rule (no real people) and checked by a CHECK on import.
p=1
while [ $p -le $NPROC ]; do
  k=1
  while [ $k -le $NROUND ]; do
    awk -v src="p${p}r$k" -v n=$NROWS 'BEGIN {
      split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", W, " "); C = "10X98765432"
      print "src,line,idcard,name"
      for (i = 1; i <= n; i++) {
        body = sprintf("3701021990%02d%02d%03d", 1 + i % 12, 1 + i % 28, i % 1000)
        s = 0; for (j = 1; j <= 17; j++) s += substr(body, j, 1) * W[j]
        printf "%s,%d,%s%s,学员%d\n", src, i, body, substr(C, s % 11 + 1, 1), i
      }
    }' >"$T/p${p}r$k.csv"
    k=$((k + 1))
  done
  p=$((p + 1))
done

# The script of process p: NROUND rounds of (import a file, install its city's script, issue a
# batch), with operator pauses so that the others get turns.
CITIES="淄博 威海 临沂"
worker() { # P CITY PROVIDER CITY_CODE
  k=1
  while [ $k -le $NROUND ]; do
    cat <<EOF
CREATE VIRTUAL TABLE temp.f$k USING csv_file(filename='$T/p$1r$k.csv');
BEGIN IMMEDIATE;
INSERT INTO roster(src, line, idcard, name) SELECT src, line, idcard, name FROM temp.f$k WHERE _error IS NULL;
COMMIT;
DROP TABLE temp.f$k;
BEGIN IMMEDIATE;
SELECT policy_install('$2', 'city { code = "$4", name = "$2", extends = "shandong" }
parameter "register_min_age" { { from = "2021-01-01", value = $((16 + k)), ref = "test round $k" } }', 'p$1') IS NOT NULL;
COMMIT;
SELECT 'param', policy_param('$2', 'register_min_age', '2021-06-01');
BEGIN IMMEDIATE;
INSERT INTO cert_batch(city, county, provider, category, note) VALUES ('3712', '03', '$3', 'A', 'p$1-$k');
INSERT INTO cert_trainee(batch_id, line, idcard, name)
  SELECT (SELECT batch_id FROM cert_batch WHERE note = 'p$1-$k'), line, idcard, name
  FROM roster WHERE src = 'p$1r$k' AND line <= $NTRAINEE;
INSERT INTO cert_issue(batch_id, issued_on) SELECT batch_id, '2026-11-24' FROM cert_batch WHERE note = 'p$1-$k';
COMMIT;
.shell sleep 0.02
EOF
    k=$((k + 1))
  done
}

run_journal() { # JOURNAL
  db="$T/$1.db"
  rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
  out=$(sq "$db" <<EOF
PRAGMA journal_mode = $1;
.read sql/cert_serial.sql
CREATE TABLE roster(src TEXT NOT NULL, line INTEGER NOT NULL, idcard TEXT NOT NULL CHECK (check_idcard(idcard) = 1),
  name TEXT NOT NULL, PRIMARY KEY (src, line)) STRICT;
INSERT INTO cert_provider(city, county, code, name) VALUES ('3712', '03', '0011', '甲'), ('3712', '03', '0012', '乙'), ('3712', '03', '0013', '丙');
EOF
)
  ok "$1 setup" "$(echo "$out" | grep -v "^$1\$")" ""
  worker 1 淄博 0011 370300 >"$T/w1.sql"
  worker 2 威海 0012 371000 >"$T/w2.sql"
  worker 3 临沂 0013 371300 >"$T/w3.sql"
  pids=""
  p=1
  while [ $p -le $NPROC ]; do
    sq "$db" <"$T/w$p.sql" >"$T/w$p.out" &
    pids="$pids $!"
    p=$((p + 1))
  done
  for pid in $pids; do wait "$pid"; done
  p=1
  for city in $CITIES; do
    ok "$1 process $p ran without error (no unreported SQLITE_BUSY)" "$(grep -v '^1$\|^param|' "$T/w$p.out")" ""
    ok "$1 process $p saw its own installs" "$(grep '^param|' "$T/w$p.out" | tr '\n' ' ')" \
      "param|17 param|18 param|19 param|20 "
    p=$((p + 1))
  done
  # Overlap: in insertion order the importing process changes more often than if they had run
  # one after another.
  turns=$(echo "SELECT count(*) FROM (SELECT substr(src, 1, 2) p, lag(substr(src, 1, 2)) OVER (ORDER BY rowid) q
                FROM roster) WHERE p <> q;" | sq "$db")
  echo "# $1: the importing process changed $turns times"
  ok "$1 the processes overlapped (their imports interleave)" "$([ "$turns" -gt $((NPROC - 1)) ] && echo yes)" "yes"
  ok "$1 roster: every row once (count, distinct keys, files, rows per file)" \
    "$(echo "SELECT count(*), count(DISTINCT src || ',' || line), count(DISTINCT src), min(n), max(n)
             FROM roster, (SELECT src s, count(*) n FROM roster GROUP BY src) WHERE s = src;" | sq "$db")" \
    "$((NPROC * NROUND * NROWS))|$((NPROC * NROUND * NROWS))|$((NPROC * NROUND))|$NROWS|$NROWS"
  ok "$1 policy history: every install once, versions in order" \
    "$(echo "SELECT count(*), count(DISTINCT name), sum(action = 'install') FROM renshe_policy_history;
             SELECT group_concat(installed_by || ':' || n, ' ') FROM (SELECT installed_by, count(*) n
               FROM renshe_policy_history GROUP BY installed_by ORDER BY installed_by);" | sq "$db" | tr '\n' ' ')" \
    "$((NPROC * NROUND))|$NPROC|$((NPROC * NROUND)) p1:$NROUND p2:$NROUND p3:$NROUND "
  ok "$1 the last install of each city is in force" \
    "$(echo "SELECT policy_param('淄博', 'register_min_age', '2021-06-01'), policy_param('威海', 'register_min_age', '2021-06-01'),
             policy_param('临沂', 'register_min_age', '2021-06-01'), policy_param('济南', 'register_min_age', '2021-06-01');" | sq "$db")" \
    "$((16 + NROUND))|$((16 + NROUND))|$((16 + NROUND))|16"
  n=$((NPROC * NROUND * NTRAINEE))
  ok "$1 serials: no duplicate, no gap" \
    "$(echo "SELECT count(*), count(DISTINCT serial), count(DISTINCT seq), min(seq), max(seq) FROM cert_issued;" | sq "$db")" \
    "$n|$n|$n|1|$n"
  ok "$1 serials: every batch one contiguous run in line order" \
    "$(echo "SELECT count(*), sum(last_seq - first_seq = $((NTRAINEE - 1))) FROM cert_batch;
             SELECT count(*) FROM cert_issued i JOIN cert_batch b USING (batch_id) WHERE i.seq <> b.first_seq + i.line - 1;" | sq "$db" | tr '\n' ' ')" \
    "$((NPROC * NROUND))|$((NPROC * NROUND)) 0 "
  ok "$1 integrity_check" "$(echo "PRAGMA integrity_check;" | sq "$db")" "ok"
  ok "$1 journal mode" "$(echo "PRAGMA journal_mode;" | sq "$db")" "$1"
}

# autocommit policy_install against concurrent writers: every outcome reported, nothing half-done
autocommit_installs() { # JOURNAL
  db="$T/auto_$1.db"
  rm -f "$db" "$db-wal" "$db-shm"
  echo "PRAGMA journal_mode = $1; CREATE TABLE t(x);" | sq "$db" >/dev/null
  p=1
  while [ $p -le $NPROC ]; do
    k=1
    while [ $k -le 8 ]; do
      echo "SELECT 'installed', policy_install('淄博', 'city { code = \"370300\", name = \"淄博\", extends = \"shandong\" }
parameter \"register_min_age\" { { from = \"2021-01-01\", value = $((16 + k)), ref = \"test\" } }', 'p$p') IS NOT NULL;"
      echo "INSERT INTO t SELECT value FROM generate_series(1, 5000);"
      k=$((k + 1))
    done >"$T/auto$p.sql"
    p=$((p + 1))
  done
  pids=""
  for p in 1 2 3; do sq "$db" <"$T/auto$p.sql" >"$T/auto$p.out" & pids="$pids $!"; done
  for pid in $pids; do wait "$pid"; done
  cat "$T/auto1.out" "$T/auto2.out" "$T/auto3.out" >"$T/auto.out"
  n_ok=$(grep -c '^installed|1$' "$T/auto.out")
  n_busy=$(grep -c 'database is locked' "$T/auto.out")
  echo "# $1 autocommit installs: $n_ok installed, $n_busy reported 'database is locked'"
  ok "$1 autocommit installs: every statement reported success or an error" \
    "$(grep -v '^installed|1$' "$T/auto.out" | grep -v "^Error: policy_install(): storing the script: database is locked\$")" ""
  ok "$1 autocommit installs: the history holds exactly the successes" \
    "$(echo "SELECT count(*) FROM renshe_policy_history;" | sq "$db")" "$n_ok"
  ok "$1 autocommit inserts: every insert that did not report an error is there" \
    "$(echo "SELECT count(*) FROM t;" | sq "$db")" "$((NPROC * 8 * 5000))"
}

run_journal wal
run_journal delete
autocommit_installs wal
autocommit_installs delete

echo "# concurrency_mixed: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
