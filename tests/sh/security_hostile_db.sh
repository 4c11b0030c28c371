#!/bin/sh
# tests/sh/security_hostile_db.sh: what a hostile database file can and cannot make renshe do
# (SECURITY.md, issue 9). Each file is written by one process playing the attacker (who controls
# every byte of it: schema, views, triggers, the renshe_policy tables) and opened by another
# process playing the victim, who loads renshe and queries it. Case names are SECURITY.md's.
#
# Cases:
#   H1 a view or trigger in the file that reads csv_file fails, with trusted_schema on or off;
#   H2 a view, trigger, CHECK constraint or generated column in the file that calls
#      policy_install or policy_rollback fails, and nothing is installed;
#   H3 a view calling policy_eval on a runaway script stored in the file (endless loop, memory
#      bomb, endless loop at load time) ends in a clean error within seconds; the victim's
#      process goes on;
#   H4 scripts stored in the file reach no file, process, other database or host function:
#      io, os, require, package, debug, load, loadstring, dofile, loadfile, collectgarbage,
#      string.dump, rawset are absent, bytecode is refused, and no marker file appears;
#   H5 what it can do: a script stored in the file changes that file's policy answers, and
#      policy_scripts shows it as 'installed' (so the victim can see it);
#   H6 renshe_policy made a view over a direct-only function (the shell's readfile) fails
#      cleanly, reading nothing (since issue 19 the view is not even read: renshe reads only
#      ordinary tables of those names, tests/sh/security_bounds.sh B6);
#   H7 pure functions and eponymous tables work in the file's views, CHECK constraints,
#      generated columns and indexes with trusted_schema off;
#   H8 a hostile CSV file: a field past maxrecord rejects its line without holding the whole
#      field, and text that looks like SQL or a spreadsheet formula stays text;
#   H9 renshe writes nothing outside the database: no file writes, logs or prints in ext/;
#   H10 what a stored script can see: the facts of the calls made to it on the same connection
#      (it may keep them and return them in a later result on that connection), and nothing
#      from other connections or processes.
#
# Run by tests/run.sh, which sets $SQLITE3 and $RENSHE_EXT; by hand from the repository root:
#   SQLITE3=sqlite3 RENSHE_EXT=dist/renshe sh tests/sh/security_hostile_db.sh
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

# attacker DB: write the file (renshe loaded, so that it can install scripts the normal way too).
attacker() {
  eval "$SQLITE3 -batch -cmd '.load $RENSHE_EXT' \"$1\"" 2>&1 | grep -v '^1$'
}
# victim DB [TRUSTED]: a new process opens the file with renshe loaded; trusted_schema off unless
# TRUSTED is on.
victim() {
  eval "$SQLITE3 -batch -cmd '.load $RENSHE_EXT' -cmd 'PRAGMA trusted_schema = ${2:-off}' \"$1\"" 2>&1 |
    sed -E 's/^(Parse|Runtime) error near line [0-9]+: /Error: /; s/^Error: near line [0-9]+: /Error: /'
}

# {====== H1: csv_file from the file's views and triggers
echo 'secret,1' >"$T/secret.csv"
attacker "$T/h1.db" <<SQL
CREATE VIRTUAL TABLE steal USING csv_file(filename='$T/secret.csv', header=no);
CREATE VIEW innocent AS SELECT * FROM steal;
CREATE TABLE log(x);
CREATE TRIGGER on_log AFTER INSERT ON log BEGIN INSERT INTO log SELECT c1 FROM steal; END;
SQL
for trusted in off on; do
  ok "H1 view over csv_file, trusted_schema $trusted" "$(echo 'SELECT * FROM innocent;' | victim "$T/h1.db" $trusted)" \
    'Error: unsafe use of virtual table "steal"'
  ok "H1 trigger reading csv_file, trusted_schema $trusted" \
    "$(echo 'INSERT INTO log VALUES (1);' | victim "$T/h1.db" $trusted)" \
    'Error: unsafe use of virtual table "steal"'
done
ok "H1 nothing read" "$(echo 'SELECT count(*) FROM log;' | victim "$T/h1.db")" "0"
# }======

# {====== H2: policy_install / policy_rollback from the file's schema
attacker "$T/h2.db" <<'SQL'
SELECT policy_install('威海', 'city { code = "371000", name = "威海", extends = "shandong" }', 'owner') IS NOT NULL;
CREATE VIEW v_install AS SELECT policy_install('淄博', 'city { code = "370300", name = "淄博", extends = "shandong" }
parameter "register_min_age" { { from = "2021-01-01", value = 99, ref = "x" } }');
CREATE VIEW v_rollback AS SELECT policy_rollback('威海');
CREATE TABLE log(x);
CREATE TRIGGER on_log AFTER INSERT ON log BEGIN SELECT policy_rollback('威海'); END;
SQL
# CHECK constraints and generated columns that call a direct-only (and non-deterministic)
# function cannot even be created; the attacker writes them with writable_schema, as a crafted
# file would hold them. SQLite then refuses the file's schema as a whole.
for k in chk gen; do
  cp "$T/h2.db" "$T/h2$k.db"
done
attacker "$T/h2chk.db" <<'SQL'
PRAGMA writable_schema = ON;
INSERT INTO sqlite_schema VALUES ('table', 'chk', 'chk', 0, 'CREATE TABLE chk(x CHECK (policy_rollback(''威海'') IS NULL))');
SQL
attacker "$T/h2gen.db" <<'SQL'
PRAGMA writable_schema = ON;
INSERT INTO sqlite_schema VALUES ('table', 'gen', 'gen', 0, 'CREATE TABLE gen(x, y AS (policy_rollback(''威海'')))');
SQL
for trusted in off on; do
  ok "H2 view calling policy_install, trusted_schema $trusted" \
    "$(echo 'SELECT * FROM v_install;' | victim "$T/h2.db" $trusted)" 'Error: unsafe use of policy_install()'
  ok "H2 view calling policy_rollback, trusted_schema $trusted" \
    "$(echo 'SELECT * FROM v_rollback;' | victim "$T/h2.db" $trusted)" 'Error: unsafe use of policy_rollback()'
  ok "H2 trigger calling policy_rollback, trusted_schema $trusted" \
    "$(echo 'INSERT INTO log VALUES (1);' | victim "$T/h2.db" $trusted)" 'Error: unsafe use of policy_rollback()'
  ok "H2 CHECK calling policy_rollback, trusted_schema $trusted" \
    "$(echo 'INSERT INTO chk VALUES (1);' | victim "$T/h2chk.db" $trusted)" \
    'Error: database disk image is malformed (11)'
  ok "H2 generated column calling policy_rollback, trusted_schema $trusted" \
    "$(echo 'INSERT INTO gen(x) VALUES (1);' | victim "$T/h2gen.db" $trusted)" \
    'Error: malformed database schema (gen) - non-deterministic functions prohibited in generated columns (11)'
done
for k in "" chk; do
  ok "H2 nothing installed or rolled back ($k)" \
    "$(echo "PRAGMA writable_schema = ON; SELECT group_concat(name || ':' || action, ' ') FROM renshe_policy_history;" | victim "$T/h2$k.db")" \
    'weihai:install'
done
# }======

# {====== H3: runaway scripts stored in the file, called from its views
attacker "$T/h3.db" <<'SQL'
SELECT policy_install('威海', 'city { code = "371000", name = "威海", extends = "shandong" }
rule "t.loop" { from = "2000-01-01", ref = "x", function() while true do end end }
rule "t.pcall_loop" { from = "2000-01-01", ref = "x", function() while true do pcall(function() while true do end end) end end }
rule "t.bomb" { from = "2000-01-01", ref = "x", function() local t = {} for i = 1, 1e9 do t[i] = string.rep("x", 4096) .. i end end }
rule "t.rep" { from = "2000-01-01", ref = "x", function() return #string.rep("x", 1e12) end }', 'attacker') IS NOT NULL;
CREATE VIEW v_loop AS SELECT policy_eval('威海', 't.loop', '2021-06-01');
CREATE VIEW v_pcall AS SELECT policy_eval('威海', 't.pcall_loop', '2021-06-01');
CREATE VIEW v_bomb AS SELECT policy_eval('威海', 't.bomb', '2021-06-01');
CREATE VIEW v_rep AS SELECT policy_eval('威海', 't.rep', '2021-06-01');
CREATE VIEW v_fine AS SELECT policy_param('淄博', 'register_min_age', '2021-06-01');
SQL
# a script that never finishes loading, written straight into the tables
attacker "$T/h3.db" <<'SQL'
INSERT INTO renshe_policy_history(name, action, source, installed_at) VALUES ('zibo', 'install', 'x', '2026-11-24');
INSERT INTO renshe_policy VALUES ('zibo', 'shandong', 'city { code = "370300", name = "淄博", extends = "shandong" }
while true do end', 'attacker', '2026-11-24', last_insert_rowid());
SQL
start=$(date +%s)
out=$(printf 'SELECT * FROM v_loop;\nSELECT * FROM v_pcall;\nSELECT * FROM v_bomb;\nSELECT * FROM v_rep;\nSELECT * FROM v_fine;\nSELECT policy_param(%s, %s, %s);\n' \
  "'青岛'" "'register_min_age'" "'2021-06-01'" | victim "$T/h3.db")
secs=$(($(date +%s) - start))
ok "H3 runaway scripts end in clean errors, the process goes on" "$out" \
  "Error: policy_eval(): weihai:2: instruction limit of 20000000 exceeded
Error: policy_eval(): weihai:3: instruction limit of 20000000 exceeded
Error: policy_eval(): script 'weihai': memory limit of 64 MiB exceeded
Error: policy_eval(): weihai:5: string.rep: result larger than the policy memory limit of 64 MiB
Error: policy_param(): zibo:2: instruction limit of 20000000 exceeded
16"
echo "# H3: the six statements took ${secs}s"
ok "H3 bounded in time (under 60 s for all, sanitizers included)" "$([ "$secs" -lt 60 ] && echo yes)" "yes"
# }======

# {====== H4: no file, process or host function from a stored script
MARK=$T/pwned
attacker "$T/h4.db" <<SQL
SELECT policy_install('威海', 'city { code = "371000", name = "威海", extends = "shandong" }
rule "t.probe" { from = "2000-01-01", ref = "x", function()
  local r = {}
  for _, k in ipairs({"io", "os", "require", "package", "debug", "load", "loadstring", "dofile",
                      "loadfile", "collectgarbage", "rawset", "coroutine", "print", "_G"}) do
    local found, v = pcall(function() return _ENV[k] end)
    r[k] = found and type(v) or "absent"
  end
  local found, v = pcall(function() return string.dump end)
  r.dump = found and type(v) or "absent"
  r.open = pcall(function() return io.open("$MARK.io", "w") end)
  r.exec = pcall(function() return os.execute("touch $MARK.os") end)
  r.getmeta = pcall(function() return getmetatable("").__index.rep end)
  return r
end }', 'attacker') IS NOT NULL;
SQL
probe=$(echo "SELECT policy_eval('威海', 't.probe', '2021-06-01');" | victim "$T/h4.db")
echo "# H4 probe: $probe"
for k in io os require package debug load loadstring dofile loadfile collectgarbage rawset coroutine print dump; do
  case "$probe" in
    *"\"$k\":\"nil\""* | *"\"$k\":\"absent\""*) pass=$((pass + 1)) ;;
    *) fail=$((fail + 1)); echo "not ok - H4 $k is reachable from a stored script: $probe" ;;
  esac
done
ok "H4 io.open and os.execute failed" "$(echo "SELECT json_extract(policy_eval('威海', 't.probe', '2021-06-01'), '\$.open', '\$.exec', '\$.getmeta');" | victim "$T/h4.db")" '[false,false,false]'
# stored straight into the tables: top-level attempts at load time, and a bytecode chunk
attacker "$T/h4.db" <<SQL
INSERT INTO renshe_policy_history(name, action, source, installed_at) VALUES ('zibo', 'install', 'x', '2026-11-24');
INSERT INTO renshe_policy VALUES ('zibo', 'shandong', 'city { code = "370300", name = "淄博", extends = "shandong" }
io.open("$MARK.load", "w")', 'attacker', '2026-11-24', last_insert_rowid());
INSERT INTO renshe_policy_history(name, action, source, installed_at) VALUES ('qingdao', 'install', 'x', '2026-11-24');
INSERT INTO renshe_policy VALUES ('qingdao', 'shandong', char(27) || 'Lua' || char(84) || 'bytecode', 'attacker', '2026-11-24', last_insert_rowid());
SQL
out=$(printf "SELECT policy_param('淄博', 'register_min_age', '2021-06-01');\nSELECT policy_param('青岛', 'register_min_age', '2021-06-01');\n" | victim "$T/h4.db")
case "$out" in
  "Error: policy_param(): zibo:2: "*"
Error: policy_param(): "*) pass=$((pass + 1)) ;;
  *) fail=$((fail + 1)); echo "not ok - H4 load-time io.open and bytecode are refused: $out" ;;
esac
echo "# H4 load-time attempts: $out"
ok "H4 no marker file appeared" "$(ls "$T" | grep -c pwned)" "0"
# }======

# {====== H5: a stored script changes that file's answers, visibly
attacker "$T/h5.db" <<'SQL'
CREATE TABLE renshe_policy_history(id INTEGER PRIMARY KEY, name TEXT NOT NULL, action TEXT NOT NULL,
  extends TEXT, source TEXT, installed_by TEXT, installed_at TEXT NOT NULL, supersedes INTEGER);
INSERT INTO renshe_policy_history(name, action, source, installed_at) VALUES ('zibo', 'install', 'x', '2026-11-24');
CREATE TABLE renshe_policy(name TEXT PRIMARY KEY, extends TEXT, source TEXT NOT NULL, installed_by TEXT,
  installed_at TEXT NOT NULL, history_id INTEGER NOT NULL);
INSERT INTO renshe_policy VALUES ('zibo', 'shandong', 'city { code = "370300", name = "淄博", extends = "shandong" }
parameter "register_min_age" { { from = "2021-01-01", value = 99, ref = "forged" } }', 'attacker', '2026-11-24', 1);
SQL
ok "H5 the file's own script gives its answers, and policy_scripts says so" \
  "$(echo "SELECT policy_param('淄博', 'register_min_age', '2021-06-01'); SELECT name, origin, installed_by FROM policy_scripts WHERE origin = 'installed';" | victim "$T/h5.db")" \
  "99
zibo|installed|attacker"
# }======

# {====== H6: renshe_policy as a view over a direct-only function
attacker "$T/h6.db" <<'SQL'
CREATE TABLE renshe_policy_history(id INTEGER PRIMARY KEY, name, action, extends, source, installed_by, installed_at, supersedes);
INSERT INTO renshe_policy_history(name, action, installed_at) VALUES ('zibo', 'install', '2026-11-24');
CREATE VIEW renshe_policy(name, extends, source, installed_by, installed_at, history_id) AS
  SELECT 'zibo', 'shandong', readfile('/etc/hostname'), 'attacker', '2026-11-24', 1;
SQL
for trusted in off on; do
  ok "H6 a policy_param reading renshe_policy fails cleanly, trusted_schema $trusted" \
    "$(echo "SELECT policy_param('淄博', 'register_min_age', '2021-06-01');" | victim "$T/h6.db" $trusted)" \
    "Error: policy_param(): reading the policy scripts: renshe_policy is a view, not a table of renshe (not read)"
done
# }======

# {====== H7: pure functions in the file's schema, trusted_schema off
attacker "$T/h7.db" <<'SQL'
CREATE TABLE roster(id TEXT CHECK (check_idcard(id) = 1), birth TEXT AS (idcard_birth(id)),
  masked TEXT AS (idcard_mask(id)) STORED);
CREATE INDEX roster_birth ON roster(idcard_birth(id));
CREATE VIEW report AS SELECT masked, birth, (SELECT error FROM check_idcard(roster.id, '2026-11-24')) AS e,
  policy_eval('淄博', 'registration.age_ok', '2020-06-01', '{"birth":"' || birth || '"}') AS age_ok,
  (SELECT count(*) FROM renshe_codes WHERE field = 'AJC093') AS codes FROM roster;
CREATE TABLE audit(id TEXT, ok INT);
CREATE TRIGGER roster_audit AFTER INSERT ON roster BEGIN INSERT INTO audit VALUES (idcard_mask(NEW.id), check_idcard(NEW.id)); END;
SQL
ok "H7 CHECK, generated columns, index, view and trigger with pure functions" \
  "$(echo "INSERT INTO roster(id) VALUES ('11010519491231002X'); SELECT * FROM report; SELECT * FROM audit;
           SELECT count(*) FROM roster WHERE idcard_birth(id) = '1949-12-31'; INSERT INTO roster(id) VALUES ('110105194912310021');" | victim "$T/h7.db")" \
  "110105********002X|1949-12-31||1|$(echo "SELECT count(*) FROM renshe_codes WHERE field = 'AJC093';" | victim :memory:)
110105********002X|1
1
Error: CHECK constraint failed: check_idcard(id) = 1 (19)"
# }======

# {====== H8: a hostile CSV file
# a quoted field of 2 MB over 200,000 lines, then SQL and a spreadsheet formula as data
awk 'BEGIN { print "id,name,note"; printf "1,\""; for (i = 0; i < 200000; i++) print "xxxxxxxxxx"; print "\",x"
             print "2,=cmd|\x27/c calc\x27!A1,\"\x27); DROP TABLE roster; --\"" }' >"$T/hostile.csv"
ok "H8 a 2 MB field past maxrecord rejects its line; SQL and formulas stay text" \
  "$(echo "CREATE TABLE roster(x); CREATE VIRTUAL TABLE temp.h USING csv_file(filename='$T/hostile.csv', maxrecord=1000);
           SELECT _line, _error IS NOT NULL FROM temp.h WHERE _line = 2;
           SELECT id, name, note FROM temp.h WHERE _error IS NULL; SELECT count(*) FROM roster;" | victim "$T/h8.db")" \
  "2|1
2|=cmd|'/c calc'!A1|'); DROP TABLE roster; --
0"
# a single line of 2 MB: a clean error naming the line
awk 'BEGIN { print "id,name"; printf "1,"; for (i = 0; i < 200000; i++) printf "xxxxxxxxxx"; print "" }' >"$T/longline.csv"
ok "H8 a single line past maxrecord is a clean error" \
  "$(echo "CREATE VIRTUAL TABLE temp.h USING csv_file(filename='$T/longline.csv', maxrecord=1000); SELECT count(*) FROM temp.h;" | victim :memory:)" \
  "Error: csv_file h: line 2 is longer than 1000 bytes (maxrecord): not a CSV file, or raise maxrecord"
# }======

# {====== H9: nothing written outside the database
ok "H9 ext/ has no file writes, prints or logs" \
  "$(grep -nE '\bf?printf\(|\bputs\(|\bfputs\(|\bfwrite\(|\bperror\(|syslog\(|sqlite3_log\(|\bpopen\(|\bsystem\(|fopen\([^)]*"[wa]' ext/*.c | grep -v 'snprintf\|mprintf')" ""
ok "H9 the only fopen reads (csvread.c)" "$(grep -c 'fopen(' ext/*.c | grep -v ':0$')" "ext/csvread.c:1"
# }======

# {====== H10: a stored script's memory is its connection's
attacker "$T/h10.db" <<'SQL'
SELECT policy_install('威海', 'city { code = "371000", name = "威海", extends = "shandong" }
local seen = {}
rule "t.spy" { from = "2000-01-01", ref = "x", function(facts)
  if facts.id then seen[#seen + 1] = facts.id end
  return table.concat(seen, ",")
end }', 'attacker') IS NOT NULL;
SQL
ok "H10 within one connection a stored script can keep earlier calls' facts" \
  "$(printf "SELECT policy_eval('威海', 't.spy', '2021-06-01', '{\"id\":\"A\"}');\nSELECT policy_eval('威海', 't.spy', '2021-06-01', '{\"id\":\"B\"}');\n" | victim "$T/h10.db")" \
  "A
A,B"
ok "H10 another connection sees none of them" \
  "$(echo "SELECT policy_eval('威海', 't.spy', '2021-06-01');" | victim "$T/h10.db")" ""
# }======

echo "# security_hostile_db: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
