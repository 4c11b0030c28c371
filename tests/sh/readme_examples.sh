#!/bin/sh
# tests/sh/readme_examples.sh: every ```sql example in README.md and docs/*.md runs as shown.
#
# In a ```sql block, a "-- " line right after a statement (a line ending in ';' or a dot-command)
# or after another such line is expected output; other lines are run, in one fresh in-memory
# database per block, from the repository root, with the extension loaded. The block's whole
# output must equal its expected lines ("Error: ..." for an error; "near line N" is dropped).
# An expected line may end in a note: two or more spaces and a parenthesised remark, which is
# not part of the output ("-- 251          (working days in 2024)").
# Blocks fenced ```text or ```sh are not run. Each failure names the file and the block's line.
# A reference page of docs/ without any ```sql example fails (development.md and tools.md
# describe procedures, not SQL functions, and are exempt), and so does a README without one.
cd "$(dirname "$0")/../.." || exit 2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
for md in README.md docs/*.md; do
  [ -e "$md" ] || continue
  d="$T/$(echo "$md" | tr '/.' '__')"
  mkdir "$d"
  awk -v dir="$d" '
    /^```sql[ \t]*$/ { inb = 1; nb++; start = NR; prev = 0; printf "" > (dir "/b" nb ".sql"); printf "" > (dir "/b" nb ".exp"); print start > (dir "/b" nb ".line"); next }
    /^```/ && inb { inb = 0; next }
    inb {
      if ($0 ~ /^-- / && prev) { x = substr($0, 4); sub(/  +\([^()]*(\([^()]*\)[^()]*)*\)$/, "", x); print x >> (dir "/b" nb ".exp"); next }
      if ($0 == "--" && prev) { print "" >> (dir "/b" nb ".exp"); next }
      print >> (dir "/b" nb ".sql")
      prev = ($0 ~ /;[ \t]*$/ || $0 ~ /^\./)
    }' "$md"
  nblocks=0
  for f in "$d"/b*.sql; do
    [ -e "$f" ] || continue
    nblocks=$((nblocks + 1))
    b=${f%.sql}
    eval "$SQLITE3 -batch -cmd '.load $RENSHE_EXT' :memory:" < "$f" 2>&1 |
      sed -E 's/^(Parse|Runtime) error near line [0-9]+: /Error: /; s/^Error: near line [0-9]+: /Error: /' > "$b.got"
    if cmp -s "$b.got" "$b.exp"; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1))
      echo "not ok - $md example at line $(cat "$b.line")"
      diff "$b.exp" "$b.got" | sed 's/^/    /' | head -20
    fi
  done
  case "$md" in
    docs/development.md|docs/tools.md) ;;
    *) [ "$nblocks" -gt 0 ] || { echo "not ok - $md has no \`\`\`sql example"; fail=$((fail + 1)); } ;;
  esac
done
echo "# readme_examples: $pass passed, $fail failed"
