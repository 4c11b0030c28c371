#!/bin/sh
# tests/sh/subsidy_docs.sh: docs/subsidies.md has one section "### `<kind>`" for every kind of
# SELECT * FROM subsidy_kinds, in the same order, and no section for a kind that does not exist.
# (The examples in the sections are run by tests/sh/readme_examples.sh.)
#
# Run by tests/run.sh, which sets $SQLITE3 and $RENSHE_EXT; by hand from the repository root:
#   SQLITE3=sqlite3 RENSHE_EXT=dist/renshe sh tests/sh/subsidy_docs.sh
cd "$(dirname "$0")/../.." || exit 2
: "${SQLITE3:=sqlite3}" "${RENSHE_EXT:=dist/renshe}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
notok() { fail=$((fail + 1)); echo "not ok - $1"; }

eval "$SQLITE3 -batch -cmd '.load $RENSHE_EXT' :memory:" > "$T/kinds" 2>&1 <<'SQL'
SELECT kind FROM subsidy_kinds;
SQL
sed -n 's/^### `\([a-z0-9_]*\)`$/\1/p' docs/subsidies.md > "$T/docs"

[ -s "$T/kinds" ] && ok || notok "subsidy_kinds is empty or failed: $(head -n 3 "$T/kinds")"
while read -r k; do
  if grep -qx "$k" "$T/docs"; then ok; else notok "kind $k has no section in docs/subsidies.md"; fi
done < "$T/kinds"
while read -r k; do
  if grep -qx "$k" "$T/kinds"; then ok; else notok "docs/subsidies.md has a section for $k, which is not a kind"; fi
done < "$T/docs"
if cmp -s "$T/kinds" "$T/docs"; then ok; else notok "docs/subsidies.md sections are not in the order of subsidy_kinds"; fi
# every section has a runnable example
awk '/^### `/ { if (k != "" && !ex) print k; k = $0; ex = 0 } /^```sql/ { ex = 1 }
     /^## / { if (k != "" && !ex) print k; k = "" }
     END { if (k != "" && !ex) print k }' docs/subsidies.md > "$T/noex"
if [ -s "$T/noex" ]; then notok "sections without a \`\`\`sql example: $(tr '\n' ' ' < "$T/noex")"; else ok; fi
echo "# subsidy_docs: $pass passed, $fail failed"
