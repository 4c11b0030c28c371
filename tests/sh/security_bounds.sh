#!/bin/sh
# tests/sh/security_bounds.sh: the bounds of SECURITY.md "Bounds of a call", one case per finding
# of issue 19 (a hostile-input review), each with the file written by one process playing the
# attacker and read by another playing the victim, as in security_hostile_db.sh. A case that would
# hang runs under `timeout`: a hang is a failure of the harness (exit status 124), never a timed
# assertion of speed; each case asserts the error text and that the statement after it ran.
#
# Cases:
#   B1 a loop in an xpcall message handler, in a baseline part stored in the file: the victim's
#      unemployment_status and policy_param end in the instruction limit (trusted_schema off);
#   B2 C library work the instruction count cannot see (string.rep, upper, %b, comparisons of
#      large strings) ends at the budget or the CPU time limit;
#   B3 memory outside the Lua state: a result of shared references, a 64 MB stored source (read
#      once, never copied: the victim's peak memory stays under twice its size), 2 MB of facts;
#   B4 parse work: a 3.5 MB script with a syntax error at its end, stored in the file, is compiled
#      once for the connection, not once per call (3000 calls end within the timeout);
#   B5 a CSV line of 2 MB of bytes that are not UTF-8 is decoded in linear time;
#   B6 a recursive view named renshe_policy_history (and renshe_policy) is not read: policy calls
#      and policy_scripts fail at once, naming it;
#   B7 sqlite3_interrupt (SIGINT to the shell, Ctrl-C) ends a running call.
#
# Run by tests/run.sh, which sets $SQLITE3 and $RENSHE_EXT; by hand from the repository root:
#   SQLITE3=sqlite3 RENSHE_EXT=dist/renshe sh tests/sh/security_bounds.sh
cd "$(dirname "$0")/../.." || exit 2
: "${SQLITE3:=sqlite3}" "${RENSHE_EXT:=dist/renshe}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0

ok() {
  if [ "$2" = "$3" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    printf 'not ok - %s\n    got:  %s\n    want: %s\n' "$1" "$2" "$3"
  fi
}

attacker() {
  eval "$SQLITE3 -batch -cmd '.load $RENSHE_EXT' \"$1\"" 2>&1 | grep -v '^1$'
}
# victim DB: a new process, trusted_schema off, ended by `timeout 60` if it hangs (then the
# statements after the hanging one print nothing, and the case fails).
victim() {
  eval "timeout 60 $SQLITE3 -batch -cmd '.load $RENSHE_EXT' -cmd 'PRAGMA trusted_schema = off' \"$1\"" 2>&1 |
    sed -E 's/^(Parse|Runtime) error near line [0-9]+: /Error: /; s/^Error: near line [0-9]+: /Error: /'
}
# store DB NAME SOURCE-SQL: write script NAME straight into the tables (bypassing policy_install,
# which would refuse it), as an attacker can.
store() {
  attacker "$1" <<SQL
SELECT policy_install('青岛', 'city { code = "370200", name = "青岛", extends = "shandong" }', 'attacker') IS NOT NULL;
INSERT INTO renshe_policy_history(name, action, source, installed_at) VALUES ('$2', 'install', 'x', '2026-11-30');
INSERT OR REPLACE INTO renshe_policy VALUES ('$2', 'shandong', $3, 'attacker', '2026-11-30', last_insert_rowid());
SQL
}
PERSON='{"id":"370102199003071238","birth":"1990-03-07","sex":1,"hukou":"urban","registration":{"date":"2020-03-02","place":"370102","reason":"lost_job"},"events":[]}'

# {====== B1: xpcall's message handler runs under the budget
store "$T/b1.db" shandong/zz_handler "'local ok = xpcall(error, function() while true do end end)'"
attacker "$T/b1.db" <<SQL
CREATE VIEW v_status AS SELECT unemployment_status('淄博', '$PERSON', '2021-01-01');
SQL
ok "B1 a looping xpcall handler at load time ends the victim's calls, which return" \
  "$(printf "SELECT * FROM v_status;\nSELECT policy_param('淄博', 'register_min_age', '2021-06-01');\nSELECT 'after';\n" | victim "$T/b1.db")" \
  "Error: unemployment_status(): shandong/zz_handler:1: instruction limit of 20000000 exceeded
Error: policy_param(): shandong/zz_handler:1: instruction limit of 20000000 exceeded
after"
# }======

# {====== B2: C library work the count cannot see
store "$T/b2.db" zibo "'city { code = \"370300\", name = \"淄博\", extends = \"shandong\" }
local function t(name, fn) rule(\"t.\" .. name) { from = \"2000-01-01\", ref = \"x\", fn } end
t(\"rep\", function() while true do string.rep(\"x\", 30 << 20) end end)
t(\"upper\", function() local s = string.rep(\"x\", 16 << 20) while true do s:upper() end end)
t(\"balance\", function() local s = string.rep(\"(\", 3000) while true do s:find(\"%b()\") end end)
t(\"compare\", function() local a, b = string.rep(\"x\", 20 << 20), string.rep(\"x\", 20 << 20) .. \"y\" while true do local c = a < b end end)'"
# (the CPU time limit is raised for the first three, so that a slow build ends at the same bound)
ok "B2 expensive library calls in a loop end at the budget or the CPU time limit" \
  "$({ echo "SELECT renshe_limits('time_ms', 600000);"
      printf "SELECT policy_eval('淄博', 't.%s', '2021-06-01');\n" rep upper balance
      echo "SELECT renshe_limits('time_ms', 1000);"
      echo "SELECT policy_eval('淄博', 't.compare', '2021-06-01');"; } | victim "$T/b2.db"; echo after)" \
  "600000
Error: policy_eval(): zibo:3: instruction limit of 20000000 exceeded
Error: policy_eval(): zibo:4: instruction limit of 20000000 exceeded
Error: policy_eval(): zibo:5: instruction limit of 20000000 exceeded
1000
Error: policy_eval(): zibo:6: time limit of 1000 ms exceeded
after"
# }======

# {====== B3: memory outside the Lua state
store "$T/b3.db" zibo "'city { code = \"370300\", name = \"淄博\", extends = \"shandong\" }
rule \"t.dag\" { from = \"2000-01-01\", ref = \"x\", function() local r = { \"x\" } for i = 1, 40 do r = { r, r } end return r end }'"
attacker "$T/b3.db" <<SQL
INSERT INTO renshe_policy_history(name, action, source, installed_at) VALUES ('linyi', 'install', 'x', '2026-11-30');
INSERT INTO renshe_policy VALUES ('linyi', 'shandong', hex(zeroblob(32000000)), 'attacker', '2026-11-30', last_insert_rowid());
SQL
ok "B3 a result of shared references, a 64 MB stored source, 2 MB of facts: clean errors" \
  "$(printf "SELECT policy_eval('淄博', 't.dag', '2021-06-01');\nSELECT policy_param('临沂', 'register_min_age', '2021-06-01');\nSELECT policy_param('青岛', 'register_min_age', '2021-06-01');\nSELECT policy_eval('青岛', 'registration.age_ok', '2021-06-01', '{\"x\":\"' || hex(zeroblob(1000000)) || '\"}');\n" | victim "$T/b3.db")" \
  "Error: policy_eval(): result: larger than the result limit of 4 MiB (renshe_limits)
Error: policy_param(): script 'linyi': 64000000 bytes, more than the script limit of 1 MiB (renshe_limits)
16
Error: policy_eval(): facts: 2000008 bytes, more than the facts limit of 1 MiB (renshe_limits)"
# The victim's peak memory (VmHWM of the shell, read by a child of it) while it reads the 64 MB
# source: SQLite's own read of the row and nothing more (three copies before issue 19: 134 MB).
hwm=$(printf "SELECT policy_param('临沂', 'register_min_age', '2021-06-01');\n.shell grep VmHWM /proc/\$PPID/status\n" |
  victim "$T/b3.db" | sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB$/\1/p')
ok "B3 a 64 MB stored source costs the victim less than 100 MB at its peak (got ${hwm:-?} kB)" \
  "$([ -n "$hwm" ] && [ "$hwm" -lt 102400 ] && echo yes)" "yes"
# }======

# {====== B4: a script that fails to compile is compiled once per connection
python3 -c "
print('city { code = \"370300\", name = \"淄博\", extends = \"shandong\" }')
print('local t = {}')
for i in range(100000): print('t[%d] = { x = %d, y = \"abcdef\" }' % (i % 150, i))
print('a syntax error')" > "$T/big.lua"
store "$T/b4.db" zibo "readfile('$T/big.lua')"
{
  echo "SELECT renshe_limits('script', 4194304);"
  i=0
  while [ $i -lt 3000 ]; do echo "SELECT policy_param('淄博', 'register_min_age', '2021-06-01');"; i=$((i + 1)); done
  echo "SELECT 'after';"
} > "$T/b4.sql"
ok "B4 3000 calls on a 3.5 MB script with a syntax error at its end: one message, all calls end" \
  "$(victim "$T/b4.db" < "$T/b4.sql" | sort | uniq -c | sed 's/^ *//')" \
  "1 4194304
3000 Error: policy_param(): zibo:100003: syntax error near 'syntax'
1 after"
# }======

# {====== B5: CSV decoding is linear in its input
python3 -c "
import sys
sys.stdout.buffer.write(b'a,b\n' + b'\xff' * 2000000 + b',x\n1,2\n')" > "$T/ff.csv"
ok "B5 a 2 MB line of 0xFF is rejected in linear time, the next line read" \
  "$(printf "CREATE VIRTUAL TABLE temp.t USING csv_file(filename='%s', header=yes, encoding=utf8);\nSELECT length(a), b, _error FROM t;\n" "$T/ff.csv" |
    victim ':memory:')" \
  "2000000|x|invalid UTF-8 byte 0xFF at line 2, character 1 (and 1999999 more in the record)
1|2|"
# }======

# {====== B6: objects named like renshe's tables that are not tables are not read
attacker "$T/b6.db" <<'SQL'
CREATE VIEW renshe_policy_history(id, name) AS
  WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x, 'zibo' FROM c;
CREATE VIEW renshe_policy(name, source) AS
  WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT 'zibo', 'x' FROM c;
SQL
ok "B6 recursive views named renshe_policy_history and renshe_policy are not read: an error, at once" \
  "$(printf "SELECT policy_param('淄博', 'register_min_age', '2021-06-01');\nSELECT unemployment_status('淄博', '%s', '2021-01-01') IS NOT NULL;\nSELECT count(*) FROM policy_scripts;\nSELECT 'after';\n" "$PERSON" | victim "$T/b6.db")" \
  "Error: policy_param(): reading the policy scripts: renshe_policy is a view, not a table of renshe (not read)
Error: unemployment_status(): reading the policy scripts: renshe_policy is a view, not a table of renshe (not read)
Error: reading the policy scripts: renshe_policy is a view, not a table of renshe (not read)
after"
# }======

# {====== B7: sqlite3_interrupt ends a running call
store "$T/b7.db" zibo "'city { code = \"370300\", name = \"淄博\", extends = \"shandong\" }
rule \"t.loop\" { from = \"2000-01-01\", ref = \"x\", function() while true do end end }'"
printf "SELECT renshe_limits('instructions', 1000000000000), renshe_limits('time_ms', 3600000);\nSELECT policy_eval('淄博', 't.loop', '2021-06-01');\n" > "$T/b7.sql"
sh -c "exec $SQLITE3 -batch -cmd '.load $RENSHE_EXT' '$T/b7.db' < '$T/b7.sql' > '$T/b7.out' 2>&1" &
pid=$!
sleep 2
kill -INT "$pid" 2>/dev/null
i=0
while kill -0 "$pid" 2>/dev/null && [ $i -lt 60 ]; do sleep 1; i=$((i + 1)); done
if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; echo "still running" >> "$T/b7.out"; fi
wait "$pid" 2>/dev/null
ok "B7 SIGINT (sqlite3_interrupt) ends a call the limits would let run for hours" \
  "$(sed -E 's/^(Parse|Runtime) error near line [0-9]+: /Error: /' "$T/b7.out")" \
  "1000000000000|3600000
Error: policy_eval(): zibo:2: interrupted (9)"
# }======

echo "# security_bounds: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
