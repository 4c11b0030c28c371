#!/bin/sh
# tests/sh/policy_connections.sh: policy scripts stored in a database file, seen by several
# sqlite3 processes (connections) at once.
#
# Cases: a script installed by one process is in force for the next statement of another process
# that was already running (and had loaded the built-in scripts); a rollback likewise; one file
# carries the policies of several cities at once, for any later process; a runaway script in one
# process ends in an error and that process goes on.
#
# Run by tests/run.sh, which sets $SQLITE3 and $RENSHE_EXT; by hand from the repository root:
#   SQLITE3=sqlite3 RENSHE_EXT=dist/renshe sh tests/sh/policy_connections.sh
cd "$(dirname "$0")/../.." || exit 2
: "${SQLITE3:=sqlite3}" "${RENSHE_EXT:=dist/renshe}"
T=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$T"' EXIT
pass=0 fail=0

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
  eval "$SQLITE3 -batch -cmd '.load $RENSHE_EXT' -cmd '.timeout 20000' \"$1\"" 2>&1 |
    sed -E 's/^(Parse|Runtime) error near line [0-9]+: /Error: /'
}

DB=$T/policy.db
ZIBO18='city { code = "370300", name = "淄博", extends = "shandong" }
parameter "register_min_age" { { from = "2021-01-01", value = 18, ref = "test" } }'
WEIHAI17='city { code = "371000", name = "威海", extends = "shandong" }
parameter "register_min_age" { { from = "2021-01-01", value = 17, ref = "test" } }'

# A long-running process B reads statements from a FIFO, one at a time.
mkfifo "$T/in"
: > "$T/outB" # exists before askB first counts its lines
eval "$SQLITE3 -batch -cmd '.load $RENSHE_EXT' -cmd '.timeout 20000' \"$DB\"" < "$T/in" > "$T/outB" 2>&1 &
pid=$!
exec 3> "$T/in"
# askB SQL: send one statement to B and print B's next output line (B answers every statement
# with exactly one line: a value or an error).
askB() {
  n0=$(wc -l < "$T/outB")
  echo "$1" >&3
  i=0
  while [ "$(wc -l < "$T/outB")" -le "$n0" ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i + 1)); done
  sed -n "$((n0 + 1))p" "$T/outB" | sed -E 's/^(Parse|Runtime) error near line [0-9]+: /Error: /'
}

ok "B sees the built-in script" "$(askB "select policy_param('淄博', 'register_min_age', '2021-06-01');")" "16"
ok "A installs" "$(printf "select policy_install('淄博', '%s', 'A');\n" "$ZIBO18" | sq "$DB")" \
  "zibo: version 1 installed (replacing the built-in script)"
ok "B's next statement sees A's script" \
  "$(askB "select policy_param('淄博', 'register_min_age', '2021-06-01');")" "18"
ok "B: other cities untouched" "$(askB "select policy_param('威海', 'register_min_age', '2021-06-01');")" "16"
ok "A rolls back" "$(echo "select policy_rollback('淄博');" | sq "$DB")" \
  "zibo: rolled back to the built-in script"
ok "B's next statement sees the rollback" \
  "$(askB "select policy_param('淄博', 'register_min_age', '2021-06-01');")" "16"

# One file, two cities' policies, seen by a new process.
printf "select policy_install('淄博', '%s', 'A');\nselect policy_install('威海', '%s', 'A');\n" \
  "$ZIBO18" "$WEIHAI17" | sq "$DB" > /dev/null
ok "a new process sees both cities' scripts" "$(sq "$DB" <<'SQL'
select group_concat(v, ',') from (
  select policy_param('淄博', 'register_min_age', '2021-06-01') v
  union all select policy_param('威海', 'register_min_age', '2021-06-01')
  union all select policy_param('青岛', 'register_min_age', '2021-06-01'));
SQL
)" "18,17,16"
ok "history keeps every version" "$(echo "select count(*), sum(action = 'install') from renshe_policy_history;" | sq "$DB")" "4|3"
ok "B sees both too" "$(askB "select policy_param('威海', 'register_min_age', '2021-06-01');")" "17"

# A runaway script in B: an error naming the script, then B goes on.
LOOP='city { code = "371000", name = "威海", extends = "shandong" }
rule "t.loop" { from = "2000-01-01", ref = "test", function() while true do end end }'
printf "select policy_install('威海', '%s', 'A');\n" "$LOOP" | sq "$DB" > /dev/null
ok "B: runaway ends in an error" "$(askB "select policy_eval('威海', 't.loop', '2021-06-01');")" \
  "Error: policy_eval(): weihai:2: instruction limit of 20000000 exceeded"
ok "B: still usable" "$(askB "select policy_param('淄博', 'register_min_age', '2021-06-01');")" "18"

exec 3>&-
[ -n "${POLICY_DEBUG:-}" ] && cat "$T/outB"
wait "$pid"
ok "B ends with the status of its one error" "$?" "1"
pid=
echo "# policy_connections: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
