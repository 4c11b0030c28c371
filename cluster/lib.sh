# cluster/lib.sh: shell functions that start and stop a local three-node renshe cluster, sourced
# by cluster/demo.sh and tests/sh/cluster.sh (POSIX sh). Every node listens on 127.0.0.1 only, on
# ports picked at random per run (so that runs side by side do not collide).
#
# Usage:
#   RENSHE_NODE=build/cluster/renshe-node CLUSTER_DIR=$(mktemp -d)
#   . cluster/lib.sh
#   trap cluster_stop EXIT
#   cluster_start || exit 1     # sets ADDR1 ADDR2 ADDR3, CLUSTER (all three, comma-separated)
#   rn exec "CREATE TABLE t(x)"  # renshe-node exec/query/leader/transfer on $CLUSTER, db "office"
#   node_kill 1; node_start 1 && node_wait 1 serving
#
# Node k keeps its data in $CLUSTER_DIR/nk, its output in $CLUSTER_DIR/nk.log and its process id
# in $CLUSTER_DIR/nk.pid. Raft runs with --latency-ms $CLUSTER_LATENCY_MS (default 100: a heartbeat
# every 150 ms, an election 1.5 to 3 s after the leader is lost). The leader runs SQL in the same
# thread that sends its heartbeats, so the election timeout must exceed the longest transaction
# (with 20 ms, an import under AddressSanitizer on a loaded machine lost its leader mid-commit).
: "${RENSHE_NODE:=build/cluster/renshe-node}" "${CLUSTER_DIR:?CLUSTER_DIR must name a directory}"
CLUSTER_DB=${CLUSTER_DB:-office}
CLUSTER_TIMEOUT=${CLUSTER_TIMEOUT:-30}
CLUSTER_LATENCY_MS=${CLUSTER_LATENCY_MS:-100}

# A random port base from 20000 to 59990 (three consecutive ports are used).
cluster_ports() {
  n=$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')
  PORT_BASE=$((20000 + n % 4000 * 10))
  ADDR1=127.0.0.1:$((PORT_BASE + 1)) ADDR2=127.0.0.1:$((PORT_BASE + 2)) ADDR3=127.0.0.1:$((PORT_BASE + 3))
  CLUSTER=$ADDR1,$ADDR2,$ADDR3
}

node_addr() { eval "echo \$ADDR$1"; }
node_pid() { cat "$CLUSTER_DIR/n$1.pid" 2>/dev/null; }

# node_start K: starts node K in the background (node 1 forms the cluster, 2 and 3 join through the
# others); the same command restarts a node that was a member.
node_start() {
  join=""
  [ "$1" != 1 ] && join="--join $CLUSTER"
  touch "$CLUSTER_DIR/n$1.log"
  wc -l <"$CLUSTER_DIR/n$1.log" >"$CLUSTER_DIR/n$1.mark"
  # exec: the recorded pid is the node's own.
  (exec "$RENSHE_NODE" serve --id "$1" --address "$(node_addr "$1")" --dir "$CLUSTER_DIR/n$1" \
    --latency-ms "$CLUSTER_LATENCY_MS" --timeout "$CLUSTER_TIMEOUT" $join >>"$CLUSTER_DIR/n$1.log" 2>&1) &
  echo $! >"$CLUSTER_DIR/n$1.pid"
}

# node_wait K WORD: waits (at most $CLUSTER_TIMEOUT s) until node K's output shows "serving" or
# "voter" since its last start; fails at once if the node exits.
node_wait() {
  i=0
  mark=$(cat "$CLUSTER_DIR/n$1.mark")
  while [ $i -lt $((CLUSTER_TIMEOUT * 10)) ]; do
    tail -n +$((mark + 1)) "$CLUSTER_DIR/n$1.log" | grep -q "^renshe-node $1: $2" && return 0
    kill -0 "$(node_pid "$1")" 2>/dev/null || return 1
    sleep 0.1
    i=$((i + 1))
  done
  return 1
}

node_kill() { kill -9 "$(node_pid "$1")" 2>/dev/null; wait "$(node_pid "$1")" 2>/dev/null; rm -f "$CLUSTER_DIR/n$1.pid"; }

# cluster_start: nodes 1, 2 and 3, all voters; tries new ports up to five times when one is taken.
cluster_start() {
  tries=0
  while [ $tries -lt 5 ]; do
    tries=$((tries + 1))
    cluster_ports
    rm -rf "$CLUSTER_DIR/n1" "$CLUSTER_DIR/n2" "$CLUSTER_DIR/n3"
    : >"$CLUSTER_DIR/n1.log"; : >"$CLUSTER_DIR/n2.log"; : >"$CLUSTER_DIR/n3.log"
    node_start 1
    if ! node_wait 1 serving; then cluster_stop; continue; fi
    node_start 2; node_start 3
    if node_wait 2 voter && node_wait 3 voter; then return 0; fi
    grep -qi "address already in use" "$CLUSTER_DIR"/n*.log || { cat "$CLUSTER_DIR"/n*.log >&2; cluster_stop; return 1; }
    cluster_stop
  done
  return 1
}

# cluster_stop: every node still running gets SIGTERM, and SIGKILL after 5 s.
cluster_stop() {
  for k in 1 2 3; do
    p=$(node_pid $k)
    [ -n "$p" ] && kill "$p" 2>/dev/null
  done
  for k in 1 2 3; do
    p=$(node_pid $k)
    [ -n "$p" ] || continue
    i=0
    while kill -0 "$p" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
    kill -9 "$p" 2>/dev/null
    wait "$p" 2>/dev/null
    rm -f "$CLUSTER_DIR/n$k.pid"
  done
}

# rn COMMAND [ARGS]: renshe-node's client COMMAND on the cluster's database.
rn() {
  c=$1
  shift
  case $c in
    exec | query) "$RENSHE_NODE" "$c" --cluster "$CLUSTER" --db "$CLUSTER_DB" --timeout "$CLUSTER_TIMEOUT" "$@" ;;
    *) "$RENSHE_NODE" "$c" --cluster "$CLUSTER" --timeout "$CLUSTER_TIMEOUT" "$@" ;;
  esac
}

# import_sql FILE CSV_OPTIONS SCRIPT AS_OF: the SQL of an import through sql/import_*.sql as one
# text, with the shell's parameters @file and @as_of written in as literals (the dqlite leader has
# no shell parameters). FILE is read by csv_file on the leader's machine: give an absolute path.
import_sql() {
  printf "CREATE VIRTUAL TABLE temp.src USING csv_file(filename='%s'%s);\n" "$1" "$2"
  sed -e "s|@file|'$1'|g" -e "s|@as_of|'$4'|g" "$3"
  printf 'DROP TABLE temp.src;\n'
}

# sql_text FILE: FILE's content as an SQL string literal.
sql_text() { printf "'%s'" "$(sed "s/'/''/g" "$1")"; }
