#!/bin/sh
# tests/sh/sigkill_import_issue.sh: a sqlite3 process killed with SIGKILL in the middle of a large
# CSV import (INSERT ... SELECT from csv_file, 200,000 rows) or of a batch issue of certificate
# serials (INSERT INTO cert_issue, sql/cert_serial.sql, 60,000 trainees) leaves the database file
# consistent: PRAGMA integrity_check is ok, and the table holds all of the import or batch or
# none of it; then the same import or issue runs to the end (issue 9).
#
# How "in the middle" is made sure of: the killed process runs with a page cache of 20 pages, so
# its transaction spills to the file as it goes (rollback mode: the journal is written and then
# the database file itself; WAL mode: the -wal file grows). The test polls for that and kills the
# process at the first sign of it, and again at later moments; each kill is checked by the
# state found afterwards. Kills that come after the commit (possible for the latest moments on a
# fast machine) must show everything; they are counted, not failed, and most kills must come in
# mid-transaction.
#
# Run by tests/run.sh, which sets $SQLITE3 and $RENSHE_EXT; by hand from the repository root:
#   SQLITE3=sqlite3 RENSHE_EXT=dist/renshe sh tests/sh/sigkill_import_issue.sh
cd "$(dirname "$0")/../.." || exit 2
: "${SQLITE3:=sqlite3}" "${RENSHE_EXT:=dist/renshe}"
T=$(mktemp -d)
victim=
trap '[ -n "$victim" ] && kill -9 "$victim" 2>/dev/null; rm -rf "$T"' EXIT
pass=0 fail=0 midway=0 late=0
NROWS=200000 NTRAINEE=60000

ok() {
  if [ "$2" = "$3" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    printf 'not ok - %s\n    got:  %s\n    want: %s\n' "$1" "$2" "$3"
  fi
}

sq() {
  eval "$SQLITE3 -batch -cmd '.load $RENSHE_EXT' -cmd '.timeout 30000' \"$1\"" 2>&1 |
    sed -E 's/^(Parse|Runtime) error near line [0-9]+: /Error: /'
}

size() { if [ -e "$1" ]; then wc -c <"$1" | tr -d ' '; else echo 0; fi; }

# The roster: NROWS rows, about 6 MB.
awk -v n=$NROWS 'BEGIN { print "src,line,name,note"
  for (i = 1; i <= n; i++) printf "big,%d,学员%d,第%d行的备注备注备注备注备注备注\n", i, i, i }' >"$T/big.csv"

# kill_during LABEL DB SQL_FILE DELAY: start a process on SQL_FILE; once its transaction shows in
# the files (a -journal in rollback mode, a -wal grown past its size before in WAL mode), wait
# DELAY seconds more and kill -9 it (exec: the PID is sqlite3's own, whatever $SQLITE3 wraps it in).
kill_during() {
  wal0=$(size "$2-wal")
  eval "exec $SQLITE3 -batch -cmd '.load $RENSHE_EXT' \"$2\"" <"$3" >"$T/victim.out" 2>&1 &
  victim=$!
  i=0
  while [ $i -lt 3000 ]; do
    [ -e "$2-journal" ] && [ "$(size "$2-journal")" -gt 0 ] && break
    [ "$(size "$2-wal")" -gt $((wal0 + 65536)) ] && break
    grep -q committed "$T/victim.out" && break
    sleep 0.01
    i=$((i + 1))
  done
  [ "$4" != 0 ] && sleep "$4"
  kill -9 "$victim" 2>/dev/null
  wait "$victim" 2>/dev/null
  victim=
}

# all_or_none LABEL GOT NONE ALL: the state after a kill is NONE or ALL, and counted as such.
all_or_none() {
  if [ "$2" = "$3" ]; then
    midway=$((midway + 1)); pass=$((pass + 1)); echo "# $1: killed in mid-transaction, nothing there"
  elif [ "$2" = "$4" ]; then
    late=$((late + 1)); pass=$((pass + 1)); echo "# $1: killed after the commit, all there"
  else
    fail=$((fail + 1))
    printf 'not ok - %s: neither all nor nothing\n    got:  %s\n    want: %s (none) or %s (all)\n' "$1" "$2" "$3" "$4"
  fi
}

for journal in delete wal; do
  # {==== the import
  db="$T/import_$journal.db"
  ok "$journal import setup" "$(sq "$db" <<EOF | grep -v "^$journal\$"
PRAGMA journal_mode = $journal;
CREATE TABLE roster(src TEXT NOT NULL, line INTEGER NOT NULL, name TEXT, note TEXT, PRIMARY KEY (src, line));
INSERT INTO roster VALUES ('before', 1, '甲', ''), ('before', 2, '乙', '');
EOF
)" ""
  cat >"$T/import.sql" <<EOF
PRAGMA cache_size = 20;
CREATE VIRTUAL TABLE temp.big USING csv_file(filename='$T/big.csv');
INSERT INTO roster SELECT src, line, name, note FROM temp.big WHERE _error IS NULL;
SELECT 'committed';
EOF
  for delay in 0 0.05 0.2; do
    kill_during "$journal import +$delay" "$db" "$T/import.sql" $delay
    ok "$journal import killed +$delay: integrity_check" "$(echo "PRAGMA integrity_check;" | sq "$db")" "ok"
    all_or_none "$journal import killed +$delay" "$(echo "SELECT count(*), sum(src = 'before') FROM roster;" | sq "$db")" \
      "2|2" "$((NROWS + 2))|2"
    echo "DELETE FROM roster WHERE src = 'big';" | sq "$db" >/dev/null
  done
  ok "$journal import after the kills runs to the end" \
    "$(sq "$db" <"$T/import.sql"; echo "SELECT count(*), count(DISTINCT line) FROM roster WHERE src = 'big';" | sq "$db")" \
    "committed
$NROWS|$NROWS"
  # }====

  # {==== the batch issue
  db="$T/issue_$journal.db"
  ok "$journal issue setup" "$(sq "$db" <<EOF | grep -v "^$journal\$"
PRAGMA journal_mode = $journal;
.read sql/cert_serial.sql
INSERT INTO cert_provider(city, county, code, name) VALUES ('3712', '03', '0012', '甲职业培训学校');
INSERT INTO cert_batch(city, county, provider, category, note) VALUES ('3712', '03', '0012', 'A', 'small');
INSERT INTO cert_trainee VALUES (1, 1, '11010519491231002X', '张三');
INSERT INTO cert_issue(batch_id, issued_on) VALUES (1, '2026-11-23');
INSERT INTO cert_batch(city, county, provider, category, note) VALUES ('3712', '03', '0012', 'A', 'big');
INSERT INTO cert_trainee(batch_id, line, idcard, name)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $NTRAINEE),
  b(i, body) AS (SELECT i, '370102' || strftime('%Y%m%d', '1960-01-01', '+' || (i / 1000) || ' days')
                           || printf('%03d', i % 1000) FROM n)
  SELECT 2, i, body || idcard_checkdigit(body), '学员' || i FROM b;
EOF
)" ""
  cat >"$T/issue.sql" <<EOF
PRAGMA cache_size = 20;
BEGIN IMMEDIATE;
INSERT INTO cert_issue(batch_id, issued_on) VALUES (2, '2026-11-24');
COMMIT;
SELECT 'committed';
EOF
  done=0
  for delay in 0 0.05 0.2; do
    kill_during "$journal issue +$delay" "$db" "$T/issue.sql" $delay
    ok "$journal issue killed +$delay: integrity_check" "$(echo "PRAGMA integrity_check;" | sq "$db")" "ok"
    got=$(echo "SELECT count(*), max(seq), (SELECT quote(issued_on) || ',' || quote(last_seq) FROM cert_batch WHERE batch_id = 2) FROM cert_issued;" | sq "$db")
    all_or_none "$journal issue killed +$delay" "$got" "1|1|NULL,NULL" \
      "$((NTRAINEE + 1))|$((NTRAINEE + 1))|'2026-11-24',$((NTRAINEE + 1))"
    # an issued batch is final (never deleted), so a kill after the commit ends the issue cases
    [ "$got" = "1|1|NULL,NULL" ] || { done=1; break; }
  done
  if [ "$done" = 0 ]; then
    ok "$journal issue after the kills runs to the end, serials 2..$((NTRAINEE + 1))" \
      "$(sq "$db" <"$T/issue.sql"; echo "SELECT count(*), count(DISTINCT seq), min(seq), max(seq) FROM cert_issued WHERE batch_id = 2;" | sq "$db")" \
      "committed
$NTRAINEE|$NTRAINEE|2|$((NTRAINEE + 1))"
  fi
  ok "$journal issue: integrity_check at the end" "$(echo "PRAGMA integrity_check;" | sq "$db")" "ok"
  # }====
done

echo "# sigkill_import_issue: $midway kills in mid-transaction, $late after the commit"
ok "most kills came in mid-transaction" "$([ "$midway" -ge 8 ] && echo yes)" "yes"
echo "# sigkill_import_issue: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
