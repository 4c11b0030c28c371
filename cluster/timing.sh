#!/bin/sh
# cluster/timing.sh: what the cluster costs, measured once: the same work on a database file
# (sqlite3 with dist/renshe loaded) and on a three-node cluster on this machine (cluster/lib.sh),
# each a new client process per request, as an office's scripts would run them. docs/cluster.md
# quotes one run. N (default 100) is the number of single-row writes and of repeated queries.
#
# Usage, from the repository root:  make dist/renshe.so cluster && sh cluster/timing.sh
set -u
cd "$(dirname "$0")/.." || exit 2
ROOT=$(pwd)
N=${N:-100}
CLUSTER_DIR=$(mktemp -d)
RENSHE_NODE=$ROOT/build/cluster/renshe-node
. cluster/lib.sh
trap 'cluster_stop; rm -rf "$CLUSTER_DIR"' EXIT
trap 'exit 1' HUP INT TERM
FILE=$CLUSTER_DIR/office.db
sqf() { sqlite3 -batch -bail -cmd '.load dist/renshe' "$FILE"; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
cluster_start || exit 1
rn exec <sql/schema.sql && sqf <sql/schema.sql
imp=$(import_sql "$ROOT/fixtures/appliance/registrations_zibo.csv" ", encoding=auto" sql/import_registrations.sql 2026-11-24)
ev=$(import_sql "$ROOT/fixtures/appliance/events.csv" "" sql/import_events.sql 2026-11-24)
t=$(date +%s%N); echo "$imp" | sqf; echo "$ev" | sqf; f=$(ms $t)
t=$(date +%s%N); echo "$imp" | rn exec; echo "$ev" | rn exec; c=$(ms $t)
echo "import the 淄博 roster and the events (2 transactions): file $f ms, cluster $c ms"
w="INSERT INTO subsidy_claim(kind, city, person_id, claim_date, amount_fen, status) VALUES ('job_referral_subsidy', '370300', '370302197906040127', '2026-11-20', 100, 'claimed')"
t=$(date +%s%N); i=0; while [ $i -lt "$N" ]; do echo "$w;" | sqf; i=$((i + 1)); done; f=$(ms $t)
t=$(date +%s%N); i=0; while [ $i -lt "$N" ]; do rn exec "$w"; i=$((i + 1)); done; c=$(ms $t)
echo "$N single-row writes (CHECK calls check_idcard), one process each: file $f ms, cluster $c ms"
i=0; : >"$CLUSTER_DIR/w.sql"; while [ $i -lt "$N" ]; do echo "$w;" >>"$CLUSTER_DIR/w.sql"; i=$((i + 1)); done
t=$(date +%s%N); sqf <"$CLUSTER_DIR/w.sql"; f=$(ms $t)
t=$(date +%s%N); rn exec <"$CLUSTER_DIR/w.sql"; c=$(ms $t)
echo "$N single-row writes, each its own transaction, from one client: file $f ms, cluster $c ms"
q="SELECT t.kind, count(*) FROM unemployment_person u, unemployment_status(u.city, u.person, '2020-10-20') t GROUP BY 1 ORDER BY 1"
t=$(date +%s%N); i=0; while [ $i -lt "$N" ]; do echo "$q;" | sqf >/dev/null; i=$((i + 1)); done; f=$(ms $t)
t=$(date +%s%N); i=0; while [ $i -lt "$N" ]; do rn query "$q" >/dev/null; i=$((i + 1)); done; c=$(ms $t)
t=$(date +%s%N); i=0; while [ $i -lt "$N" ]; do dqlite -s "$ADDR2" "$CLUSTER_DB" "$q" >/dev/null; i=$((i + 1)); done; d=$(ms $t)
echo "$N queries (unemployment_status of 27 people), one process each: file $f ms, cluster $c ms (renshe-node query), $d ms (dqlite shell)"
b="WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < 99999) SELECT sum(check_idcard(printf('370302197906%04d012', i % 10000) || substr('10X98765432', 1 + i % 11, 1))) FROM s"
t=$(date +%s%N); echo "$b;" | sqf >/dev/null; f=$(ms $t)
t=$(date +%s%N); rn query "$b" >/dev/null; c=$(ms $t)
echo "one query, check_idcard over 100000 numbers: file $f ms, cluster $c ms"
