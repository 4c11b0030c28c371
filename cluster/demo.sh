#!/bin/sh
# cluster/demo.sh: the appliance on a three-node dqlite cluster on this machine (docs/cluster.md).
# Starts nodes 1, 2 and 3 on 127.0.0.1 (ports picked at random), creates the appliance schema
# through the leader (sql/schema.sql), installs 淄博's policy with policy_install, imports the
# 淄博 roster (GB18030) and the events, and asks check_idcard, unemployment_status (and
# subsidy_amount, when the build has it) through the dqlite shell on each node's address. The
# nodes are stopped at the end (or on Ctrl-C) unless KEEP=1, which leaves them running and prints
# how to reach and stop them.
#
# Usage, from the repository root:  make cluster && sh cluster/demo.sh
# Needs libdqlite-dev and go-dqlite (apt-get install libdqlite-dev go-dqlite).
#
# The roster is read by csv_file on the leader, from the leader's own file system: here all nodes
# share this machine's, and the path given is absolute.
set -u
cd "$(dirname "$0")/.." || exit 2
ROOT=$(pwd)
[ -x build/cluster/renshe-node ] || { echo "cluster/demo.sh: run make cluster first" >&2; exit 2; }
command -v dqlite >/dev/null 2>&1 || { echo "cluster/demo.sh: the dqlite shell is missing (apt-get install go-dqlite)" >&2; exit 2; }
OWN_DIR=0
[ -n "${CLUSTER_DIR:-}" ] || { CLUSTER_DIR=$(mktemp -d); OWN_DIR=1; }
mkdir -p "$CLUSTER_DIR" || exit 2
RENSHE_NODE=$ROOT/build/cluster/renshe-node
. cluster/lib.sh
# The nodes are stopped on exit (and the directory removed, when the demo made it), unless KEEP=1.
[ "${KEEP:-0}" = 1 ] || trap 'cluster_stop; [ $OWN_DIR = 1 ] && rm -rf "$CLUSTER_DIR"' EXIT
trap 'exit 1' HUP INT TERM
AS_OF=2026-11-24
step() { printf '\n== %s\n' "$*"; }
fail() { echo "cluster/demo.sh: $*" >&2; exit 1; }
sh_q() { echo "\$ dqlite -s $1 $CLUSTER_DB \"$2\""; timeout 30 dqlite -s "$1" "$CLUSTER_DB" "$2"; }

step "1. Three nodes on 127.0.0.1 (data and logs in $CLUSTER_DIR)"
cluster_start || fail "the nodes did not start: see $CLUSTER_DIR/n*.log"
cat "$CLUSTER_DIR"/n1.log "$CLUSTER_DIR"/n2.log "$CLUSTER_DIR"/n3.log
sh_q "$ADDR3" .cluster
echo "leader: $(rn leader)"

step "2. The appliance schema, through the leader (its CHECK constraints call renshe)"
rn exec <sql/schema.sql || fail "schema"
sh_q "$ADDR2" "SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'view') ORDER BY 1, 2"

step "3. 淄博's policy, installed with policy_install (stored in the database: every node has it)"
rn query "SELECT policy_install('淄博', $(sql_text lua/cities/zibo.lua), 'cluster demo') AS result" || fail "policy_install"
sh_q "$ADDR1" "SELECT name, city, origin, version, installed_by, lines FROM policy_scripts WHERE origin = 'installed'"

step "4. The 淄博 roster (GB18030) and the events, with sql/import_*.sql"
import_sql "$ROOT/fixtures/appliance/registrations_zibo.csv" ", encoding=auto" sql/import_registrations.sql $AS_OF | rn exec ||
  fail "import of the roster"
import_sql "$ROOT/fixtures/appliance/events.csv" "" sql/import_events.sql $AS_OF | rn exec || fail "import of the events"
sh_q "$ADDR3" "SELECT id, kind, rows_in, loaded, rejected FROM import_file ORDER BY id"

step "5. The same questions through the dqlite shell on each node's address"
echo "(the shell finds the leader from the address given and the leader answers: see docs/cluster.md)"
for k in 1 2 3; do
  a=$(node_addr $k)
  sh_q "$a" "SELECT AAZ341, idcard_mask(AAC002), check_idcard(AAC002) FROM registration ORDER BY AAZ341 LIMIT 3"
  sh_q "$a" "SELECT AAZ341, unemployment_status(city, person, '2020-10-20') FROM unemployment_person ORDER BY AAZ341 LIMIT 3"
done
sh_q "$ADDR1" "SELECT count(*) FROM check_idcard('370302197906040127', '2026-11-24') WHERE valid = 1"
if [ "$(rn query "SELECT count(*) FROM pragma_function_list WHERE name = 'subsidy_amount'")" != 0 ]; then
  # 一次性用工补贴 (鲁政发〔2020〕5号 1): 200 元 × 10 employees × 17 days (01-24..02-09) = 34,000 元.
  sh_q "$ADDR2" "SELECT 'subsidy_amount', subsidy_amount_fen('淄博', 'one_time_hiring_subsidy', '2020-03-01', '{\"on_key_list\":true,\"start_date\":\"2020-01-20\",\"employees\":10}')"
else
  echo "subsidy_amount: not in this build (skipped)"
fi

step "6. A write whose CHECK calls check_idcard, with a wrong check digit: refused, as in a file"
rn exec "INSERT INTO subsidy_claim(kind, city, person_id, claim_date, amount_fen, status)
         VALUES ('job_referral_subsidy', '370300', '370302197906040128', '2026-11-20', 100000, 'claimed')"
echo "exit status $?"

if [ "${KEEP:-0}" = 1 ]; then
  trap - EXIT
  echo
  echo "The nodes keep running. Ask them:  dqlite -s $CLUSTER $CLUSTER_DB"
  echo "Stop them:  kill $(node_pid 1) $(node_pid 2) $(node_pid 3)"
fi
