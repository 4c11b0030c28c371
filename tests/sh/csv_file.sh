#!/bin/sh
# tests/sh/csv_file.sh: csv_file scenarios that need files and several processes.
#
# Cases: the direct-only guard (a view over a csv_file table, or a trigger using one, saved in a
# database file, then opened by a new process with the extension loaded, must fail with SQLite's
# "unsafe use of virtual table", while a direct SELECT still works); every test data file is
# accounted for line by line (min(_line) - 1 + sum(_lines) equals the file's line count, and
# records = loaded + rejected); a 300,000-row file crossing many 256 KiB blocks, in UTF-8 and
# GB18030, with a quoted line break and a bad row placed on block boundaries; a file that changes
# between scans is read afresh.
#
# Run by tests/run.sh, which sets $SQLITE3 and $RENSHE_EXT; by hand from the repository root:
#   SQLITE3=sqlite3 RENSHE_EXT=dist/renshe sh tests/sh/csv_file.sh
cd "$(dirname "$0")/../.." || exit 2
: "${SQLITE3:=sqlite3}" "${RENSHE_EXT:=dist/renshe}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ROOT=$(pwd)

# ok NAME GOT WANT
ok() {
  if [ "$2" = "$3" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    printf 'not ok - %s\n    got:  %s\n    want: %s\n' "$1" "$2" "$3"
  fi
}

# sq DB: run stdin through the shell with the extension loaded; stdout and stderr together.
sq() {
  eval "$SQLITE3 -batch -cmd '.load $RENSHE_EXT' \"$1\"" 2>&1 |
    sed -E 's/^(Parse|Runtime) error near line [0-9]+: /Error: /; s/^Error: near line [0-9]+: /Error: /'
}

# 1. The direct-only guard. The schema is written by a process that means it; a later process
# opening the file must not read files because the schema says so.
sq "$T/guard.db" <<SQL >/dev/null
CREATE VIRTUAL TABLE main.roster USING csv_file(filename='$ROOT/tests/data/csv/ragged.csv');
CREATE VIEW v AS SELECT * FROM roster;
CREATE TABLE log(n);
CREATE TRIGGER t AFTER INSERT ON log BEGIN SELECT count(*) FROM roster; END;
SQL
ok "guard: view over csv_file" "$(echo 'SELECT count(*) FROM v;' | sq "$T/guard.db")" \
  'Error: unsafe use of virtual table "roster"'
ok "guard: trigger using csv_file" "$(echo 'INSERT INTO log VALUES (1);' | sq "$T/guard.db")" \
  'Error: unsafe use of virtual table "roster"'
ok "guard: direct use still works" "$(echo 'SELECT count(*) FROM roster;' | sq "$T/guard.db")" '6'
ok "guard: even with trusted_schema on" \
  "$(printf 'PRAGMA trusted_schema=1;\nSELECT count(*) FROM v;\n' | sq "$T/guard.db")" \
  'Error: unsafe use of virtual table "roster"'

# 2. Every data file, every line: lines covered = lines in the file; records = loaded + rejected.
for f in tests/data/csv/*.csv tests/data/csv/*.tsv; do
  n=$(wc -l < "$f")
  [ -n "$(tail -c 1 "$f")" ] && n=$((n + 1))  # a last line without a line break counts
  case "$f" in *.tsv) d="delimiter='\\t'" ;; *spaces*) d="delimiter=';'" ;; *) d="header=yes" ;; esac
  got=$(sq :memory: <<SQL
CREATE VIRTUAL TABLE temp.c USING csv_file(filename='$f', $d);
SELECT min(_line) - 1 + sum(_lines), count(*) = sum(_error IS NULL) + sum(_error IS NOT NULL) FROM c;
SQL
)
  ok "lines accounted: $f" "$got" "$n|1"
done

# 3. A long file: records across 256 KiB blocks, a quoted line break and bad rows anywhere.
awk 'BEGIN {
  print "id,name,note"
  for (i = 1; i <= 300000; i++) {
    if (i % 40000 == 0) print i ",short"                     # ragged
    else if (i % 70001 == 0) print i ",\"open,never closed"  # unterminated quote
    else if (i % 1000 == 0) print i ",\"张三\",\"two\nlines\""
    else print i ",张三" i ",备注 " i
  }
}' > "$T/long.csv"
iconv -f UTF-8 -t GB18030 "$T/long.csv" > "$T/long_gb.csv"
lines=$(wc -l < "$T/long.csv")
# Expected: 300000 records; 7 ragged and 4 unterminated rejected (each costs its own line only:
# reading resumes on the next line, and the quote left open is closed by the next quoted field,
# which is how the error shows); 293 two-line notes. A row's line is 1 + id + the two-line rows
# before it: id 70001 is on line 1 + 70001 + 69 = 70071.
for f in long long_gb; do
  got=$(sq :memory: <<SQL
CREATE VIRTUAL TABLE temp.c USING csv_file(filename='$T/$f.csv');
SELECT count(*), sum(_error IS NULL), sum(_error IS NOT NULL), min(_line) - 1 + sum(_lines),
  sum(name = '张三' || id), sum(note = 'two' || char(10) || 'lines'),
  group_concat(CASE WHEN _error IS NOT NULL THEN _line || ':' || substr(_error, 1, 6) END, ' ')
FROM c;
SQL
)
  ok "long file $f" "$got" \
    "300000|299989|11|$lines|299696|293|40040:ragged 70071:unexpe 80079:ragged 120118:ragged 140140:unexpe 160157:ragged 200196:ragged 210209:unexpe 240235:ragged 280274:ragged 280278:unexpe"
done
# The GB18030 file read as UTF-8: every row with Chinese is rejected for its bytes (the 11 ASCII
# rows above are rejected for their own reasons), none is garbled into the loaded rows.
got=$(sq :memory: <<SQL
CREATE VIRTUAL TABLE temp.c USING csv_file(filename='$T/long_gb.csv', encoding=utf8);
SELECT count(*), sum(_error LIKE 'invalid UTF-8 byte 0x%'), min(_line) - 1 + sum(_lines) FROM c;
SQL
)
ok "gb18030 read as utf8: rejected, not garbled" "$got" "300000|299989|$lines"

# 4. Each scan reads the file afresh.
printf 'a,b\n1,2\n' > "$T/live.csv"
got=$(sq :memory: <<SQL
CREATE VIRTUAL TABLE temp.c USING csv_file(filename='$T/live.csv');
SELECT count(*) FROM c;
.shell printf '3,4\n' >> '$T/live.csv'
SELECT count(*) FROM c;
SQL
)
ok "read afresh" "$(echo $got)" "1 2"

echo "# csv_file: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
