#!/bin/sh
# tests/sh/cluster.sh: renshe on a three-node dqlite cluster (issue 21, docs/cluster.md) survives
# the loss of its leader. On 127.0.0.1 only, ports picked per run:
#   1. three nodes (build/cluster/renshe-node, built here by `make cluster`) form a cluster; the
#      appliance schema (sql/schema.sql, whose CHECKs call renshe) is created through the leader,
#      淄博's policy installed with policy_install, a GB18030 roster and the events imported with
#      sql/import_registrations.sql and sql/import_events.sql;
#   2. a write whose CHECK calls check_idcard and fails is refused with the message a file gives,
#      and writes nothing; acknowledged writes (subsidy claims, check_idcard in their CHECK) go on;
#   3. the leader is killed with SIGKILL: the other two elect a leader, which takes writes and
#      answers renshe queries; the killed node is started again and catches up;
#   4. leadership is handed to each node in turn, and each answers the same questions (counts,
#      policy_scripts, check_idcard, unemployment_status, the claims) exactly as a database file
#      that went through the same statements with sqlite3 does, through renshe-node query and the
#      dqlite shell on its own address; and every acknowledged write is there;
#   5. a follower is killed and started again with its --join command, and catches up;
#   6. cluster/demo.sh runs to its end.
# Skipped (one "ok - ... skipped" line and a summary with 0 failed) without libdqlite-dev or the
# dqlite shell (go-dqlite), and in the asan and valgrind modes (the node is a plain build: the
# plain mode runs it). Every node it starts is stopped on exit, failure included.
#
# Run by tests/run.sh; by hand from the repository root:
#   SQLITE3=sqlite3 RENSHE_EXT=dist/renshe sh tests/sh/cluster.sh
cd "$(dirname "$0")/../.." || exit 2
: "${SQLITE3:=sqlite3}" "${RENSHE_EXT:=dist/renshe}" "${RENSHE_MODE:=plain}"
pass=0 fail=0

skip() {
  echo "ok - cluster: skipped: $1"
  echo "# cluster: 0 passed, 0 failed"
  exit 0
}
[ -e /usr/include/dqlite.h ] || skip "libdqlite-dev is not installed (apt-get install libdqlite-dev go-dqlite)"
command -v dqlite >/dev/null 2>&1 || skip "the dqlite shell is not installed (apt-get install go-dqlite)"
[ "$RENSHE_MODE" = plain ] || skip "$RENSHE_MODE mode: the node is a plain build, run in plain mode"
make -s build/cluster/renshe-node >/dev/null || { echo "not ok - make cluster failed"; echo "# cluster: 0 passed, 1 failed"; exit 1; }

ROOT=$(pwd)
CLUSTER_DIR=$(mktemp -d)
RENSHE_NODE=$ROOT/build/cluster/renshe-node
. cluster/lib.sh
trap 'cluster_stop; rm -rf "$CLUSTER_DIR"' EXIT
trap 'exit 1' HUP INT PIPE TERM
T=$CLUSTER_DIR
FILE=$T/office.db
AS_OF=2026-11-24

ok() {
  if [ "$2" = "$3" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    printf 'not ok - %s\n    got:  %s\n    want: %s\n' "$1" "$2" "$3"
  fi
}
finish() {
  echo "# cluster: $pass passed, $fail failed"
  [ "$fail" -eq 0 ]
  exit
}

# The same SQL on the cluster (through the leader, as one request) and on the file.
both() {
  printf '%s\n' "$1" >"$T/stmt.sql"
  rn exec <"$T/stmt.sql" 2>&1
  eval "$SQLITE3 -batch -bail -cmd '.load $RENSHE_EXT' \"$FILE\"" <"$T/stmt.sql" 2>&1
}
fileq() { eval "$SQLITE3 -batch -cmd '.load $RENSHE_EXT' \"$FILE\"" 2>&1; }
leader_id() { rn leader 2>/dev/null | cut -d' ' -f1; }
# lead K: hands the leadership to node K (a transfer to a node still catching up may be refused:
# asked again each second, for 20 s at most).
lead() {
  i=0
  while [ "$(leader_id)" != "$1" ] && [ $i -lt 200 ]; do
    [ $((i % 10)) -eq 0 ] && rn transfer --to "$1" >"$T/transfer.out" 2>&1
    sleep 0.1
    i=$((i + 1))
  done
  ok "node $1 leads after a transfer" "$(leader_id)" "$1"
}

if ! cluster_start; then
  echo "not ok - three nodes did not form a cluster"; cat "$T"/n*.log; fail=1; finish
fi
ok "three voters" "$(timeout 30 dqlite -s "$ADDR2" "$CLUSTER_DB" .cluster | cut -d'|' -f1,3 | sort | tr '\n' ' ')" "1|voter 2|voter 3|voter "

# 1. Schema, policy, imports.
ok "schema through the leader" "$(both "$(cat sql/schema.sql)")" ""
install="SELECT policy_install('淄博', $(sql_text lua/cities/zibo.lua), '集群测试') AS result"
ok "policy_install on the cluster" "$(rn query "$install" 2>&1)" "zibo: version 1 installed (replacing the built-in script)"
ok "policy_install on the file" "$(echo "$install;" | fileq)" "zibo: version 1 installed (replacing the built-in script)"
ok "import the 淄博 roster (GB18030)" \
  "$(both "$(import_sql "$ROOT/fixtures/appliance/registrations_zibo.csv" ", encoding=auto" sql/import_registrations.sql $AS_OF)")" ""
ok "import the events" "$(both "$(import_sql "$ROOT/fixtures/appliance/events.csv" "" sql/import_events.sql $AS_OF)")" ""

# The questions asked of every node and of the file (each one statement starting with SELECT, as
# the dqlite shell wants).
cat >"$T/questions.sql" <<'EOF'
SELECT count(*), sum(check_idcard(AAC002)), sum(check_idcard(AAC002, AAE036)) FROM registration
SELECT id, kind, rows_in, loaded, rejected FROM import_file ORDER BY id
SELECT file_id, line, coalesce(field, '-'), rule FROM import_reject ORDER BY 1, 2, 3, 4
SELECT name, origin, version, installed_by, lines FROM policy_scripts WHERE code = '370300'
SELECT count(*), sum(origin = 'built-in') FROM policy_scripts
SELECT * FROM check_idcard('370302197906040127', '2026-11-24')
SELECT u.AAZ341, t.kind, t.date, coalesce(t.code, '-') FROM unemployment_person u, unemployment_status(u.city, u.person, '2020-10-20') t ORDER BY 1, 2, 3, 4
SELECT AAZ341, unemployment_status(city, person, '2026-11-24') FROM unemployment_person ORDER BY 1
SELECT count(*), sum(amount_fen) FROM subsidy_claim
EOF
ask_node() {  # the questions through renshe-node query (list mode, as sqlite3 prints)
  while IFS= read -r q; do rn query "$q" 2>&1; done <"$T/questions.sql"
}
ask_file() { sed 's/$/;/' "$T/questions.sql" | fileq; }
ask_shell() {  # the questions through the dqlite shell on node $1's address
  while IFS= read -r q; do timeout 30 dqlite -s "$(node_addr "$1")" "$CLUSTER_DB" "$q" 2>&1; done <"$T/questions.sql"
}

# 2. A write whose check (a trigger) calls renshe and fails: refused as in a file, nothing written.
bad="INSERT INTO subsidy_claim(kind, city, person_id, claim_date, amount_fen, status) VALUES ('job_referral_subsidy', '370300', '370302197906040128', '2026-11-20', 1, 'claimed')"
want=$(echo "$bad;" | fileq | sed -E 's/^(Runtime|Parse) error near line [0-9]+: /Error: /; s/ \([0-9]+\)$//')
ok "the file refuses the bad ID number" "$want" "Error: subsidy_claim: person_id: not a valid ID number / 身份证号码无效"
ok "the cluster refuses it the same" "$(rn exec "$bad" 2>&1)" "$want"
ok "and writes nothing" "$(rn query "SELECT count(*) FROM subsidy_claim WHERE amount_fen = 1")" "0"

broken="SELECT policy_install('淄博', 'city { code = \"370300\", name = \"淄博\", extends = \"shandong\" }
x = = 1', '集群测试')"
want_broken=$(printf '%s;\n' "$broken" | fileq | sed -E 's/^(Runtime|Parse) error near line [0-9]+: /Error: /')
ok "the file refuses a broken script" "$want_broken" "Error: policy_install(): zibo:2: unexpected symbol near '=' (not installed; the script in force is unchanged)"
ok "the cluster refuses it the same (the message despite dqlite 1.11's query failures)" "$(rn query "$broken" 2>&1)" "$want_broken"
ok "and keeps the script in force" "$(rn query "SELECT origin || ' ' || version FROM policy_scripts WHERE code = '370300'")" "installed 1"
ok "a syntax error as in a file" "$(rn exec "SELEC 1" 2>&1)" "Error: near \"SELEC\": syntax error"

# Acknowledged writes: claim i is amount_fen = 1000 + i; an exec that exits 0 was committed by a
# majority. Numbers whose write was not acknowledged may or may not be there.
claim() {
  rn exec "INSERT INTO subsidy_claim(kind, city, person_id, claim_date, amount_fen, status) VALUES ('job_referral_subsidy', '370300', '370302197906040127', '2026-11-20', $((1000 + $1)), 'claimed')" \
    >"$T/claim.out" 2>&1 && echo "$((1000 + $1))" >>"$T/acked"
}
: >"$T/acked"
i=1
while [ $i -le 20 ]; do claim $i; i=$((i + 1)); done
ok "20 writes acknowledged before the failure" "$(wc -l <"$T/acked" | tr -d ' ')" "20"

# 3. SIGKILL the leader; writes go on meanwhile, from another process.
old=$(leader_id)
ok "a leader before the failure" "$(echo "$old" | grep -c '^[123]$')" "1"
( j=21; while [ $j -le 60 ]; do claim $j; j=$((j + 1)); done ) &
writer=$!
sleep 0.2
node_kill "$old"
new=""
i=0
while [ $i -lt 150 ]; do
  new=$(CLUSTER_TIMEOUT=2 leader_id)
  [ -n "$new" ] && [ "$new" != "$old" ] && break
  sleep 0.1
  i=$((i + 1))
done
ok "a new leader elected within 15 s" "$( [ -n "$new" ] && [ "$new" != "$old" ] && echo yes)" "yes"
wait $writer
n_before=$(wc -l <"$T/acked" | tr -d ' ')
echo "# node $old killed; node $new leads; $((n_before - 20)) of the 40 writes made meanwhile acknowledged"
i=61
while [ $i -le 80 ]; do claim $i; i=$((i + 1)); done
ok "the two left acknowledge every write" "$(($(wc -l <"$T/acked") - n_before))" "20"
ok "renshe answers on the new leader" "$(rn query "SELECT check_idcard('11010519491231002X'), check_idcard('110105194912310021')")" "1|0"
ok "and refuses the bad write the same" "$(rn exec "$bad" 2>&1)" "$want"

# 4. The killed node comes back and catches up.
node_start "$old"
ok "the killed node restarts" "$(node_wait "$old" serving && echo serving)" "serving"
ok "three voters again" "$(timeout 30 dqlite -s "$(node_addr "$old")" "$CLUSTER_DB" .cluster | cut -d'|' -f1,3 | sort | tr '\n' ' ')" "1|voter 2|voter 3|voter "

# The file goes through the acknowledged writes (and those that were committed unacknowledged,
# read back from the cluster), so that both hold the same claims.
rn query "SELECT amount_fen FROM subsidy_claim WHERE amount_fen > 1000 ORDER BY id" >"$T/committed"
sed "s/.*/INSERT INTO subsidy_claim(kind, city, person_id, claim_date, amount_fen, status) VALUES ('job_referral_subsidy', '370300', '370302197906040127', '2026-11-20', &, 'claimed');/" \
  "$T/committed" | fileq
sort "$T/acked" >"$T/acked.sorted"
sort "$T/committed" >"$T/committed.sorted"
ok "no acknowledged write lost" "$(comm -23 "$T/acked.sorted" "$T/committed.sorted" | tr '\n' ' ')" ""
ask_file >"$T/want"
ok "the file answers every question" "$(grep -c '^Error' "$T/want")" "0"

for k in 1 2 3; do
  lead $k
  ask_node >"$T/got$k"
  ok "node $k answers as the file does" "$(diff "$T/got$k" "$T/want" | head -n 5)" ""
  ask_shell $k >"$T/shell$k"
  [ $k = 1 ] || ok "node $k answers through the dqlite shell as node 1" "$(diff "$T/shell$k" "$T/shell1" | head -n 5)" ""
  ok "node $k: the installed 淄博 policy" "$(rn query "SELECT origin || ' ' || version FROM policy_scripts WHERE code = '370300'")" "installed 1"
done
ok "the shell gives as many lines as the file" "$(wc -l <"$T/shell1")" "$(wc -l <"$T/want")"

# 5. A follower that started with --join is killed and started again with the same command: it
# finds itself a voter already, and it catches up with a write made while it was down.
f=2
[ "$(leader_id)" = 2 ] && f=3
node_kill $f
claim 81
ok "a write while node $f is down" "$(tail -n 1 "$T/acked")" "1081"
node_start $f
ok "node $f restarts with --join and is a voter" "$(node_wait $f voter && echo voter)" "voter"
ok "still three voters" "$(timeout 30 dqlite -s "$(node_addr $f)" "$CLUSTER_DB" .cluster | cut -d'|' -f1,3 | sort | tr '\n' ' ')" "1|voter 2|voter 3|voter "
lead $f
ok "node $f has the write" "$(rn query "SELECT count(*) FROM subsidy_claim WHERE amount_fen = 1081")" "1"
cluster_stop

# 6. cluster/demo.sh runs to its end (a cluster of its own, stopped and removed by it).
demo=$(env -u CLUSTER_DIR sh cluster/demo.sh 2>&1)
ok "demo: policy installed" "$(echo "$demo" | grep -c '^zibo: version 1 installed')" "1"
ok "demo: the imports" "$(echo "$demo" | grep -c '^[12]|registration|30|27|3$\|^[12]|event|277|77|200$')" "2"
ok "demo: unemployment_status through each node's address" "$(echo "$demo" | grep -c '^370300202000000001|unemployed$')" "3"
ok "demo: check_idcard through each node's address" "$(echo "$demo" | grep -c '^370300202000000001|370302\*\*\*\*\*\*\*\*0127|1$')" "3"
ok "demo: subsidy_amount through the dqlite shell" "$(echo "$demo" | grep -c '^subsidy_amount|3400000$')" "1"
ok "demo: the bad write refused" "$(echo "$demo" | tail -n 2 | tr '\n' ' ')" "Error: subsidy_claim: person_id: not a valid ID number / 身份证号码无效 exit status 1 "
finish
