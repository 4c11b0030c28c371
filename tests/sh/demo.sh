#!/bin/sh
# tests/sh/demo.sh: `make demo` runs end to end on the fixtures and reports what it should.
cd "$(dirname "$0")/../.." || exit 2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { if eval "$2"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "not ok - $1"; fi; }
RENSHE_DEMO_DB="$T/demo.db" sh sql/demo.sh > "$T/out" 2>&1
st=$?
ok "demo exits 0" '[ $st -eq 0 ]'
ok "demo database written" '[ -s "$T/demo.db" ]'
# The roster's deliberate errors each appear with their code.
for code in checksum birth_date region length charset sex future_birth empty; do
  ok "demo reports $code" "grep -q \"│ $code \" \"\$T/out\""
done
ok "demo masks ID numbers" '! grep -q 370102198003120111 "$T/out"'
ok "demo summary counts 13 valid" 'grep -Eq "│ valid +│ 13 │" "$T/out"'
[ $fail -eq 0 ] || sed 's/^/    /' "$T/out" | head -60
echo "# demo: $pass passed, $fail failed"
