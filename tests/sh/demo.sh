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
# The appliance: every import adds up (rows_in = loaded + rejected), with the deliberate errors.
ok "demo imports 济南 38 of 40" 'grep -Eq "registrations_jinan.csv +│ registration │ 40 +│ 38 +│ 2 +│ 1 " "$T/out"'
ok "demo imports 淄博 (GB18030) 27 of 30" 'grep -Eq "registrations_zibo.csv +│ registration │ 30 +│ 27 +│ 3 +│ 1 " "$T/out"'
ok "demo imports 威海 26 of 30" 'grep -Eq "registrations_weihai.csv +│ registration │ 30 +│ 26 +│ 4 +│ 1 " "$T/out"'
ok "demo reports the ragged row" 'grep -q "ragged: 26 fields, expected 27" "$T/out"'
ok "demo counts registered unemployed" 'grep -Eq "370100 │ 济南 +│ 2020-10 │ 2020-09-21 │ 2020-10-20 │ 25 " "$T/out"'
ok "demo sums paid subsidy claims exactly" 'grep -Eq "371000 │ 威海 +│ one_time_startup_subsidy +│ 一次性创业补贴 +│ 1 +│ 1 +│ 12000.00 " "$T/out"'
ok "demo computes subsidy amounts beside the recorded ones" 'grep -Eq "370100 │ 济南 +│ job_referral_subsidy +│ 职业介绍补贴 +│ 2 +│ 2 +│ 240.00 +│ 2 +│ 1 " "$T/out"'
ok "demo flags a claim paid without eligibility, with its reason" 'grep -Eq "│ 12 +│ 370300 │ one_time_absorption_subsidy_restart │ 2020-03-20 │ paid +│ 3000.00 +│ 0.00 +│ not eligible: prior_record_date 2019-10-01 " "$T/out"'
ok "demo flags an SME refund recorded at 50% after 2020-06-08" 'grep -Eq "│ 15 +│ 370300 │ uis_refund_general +│ 2020-07-10 │ approved │ 500.00 +│ 1000.00 " "$T/out"'
ok "demo flags exactly the four differing claims" '[ "$(grep -c "│ SELECT \* FROM subsidy_claim_explain WHERE id = [0-9]* *│" "$T/out")" = 4 ]'
ok "demo shows the explanation of claim 12" 'grep -Eq "│ 6 +│ 鲁人社字〔2020〕22号 二 │ result: 0 fen \(0.00 元\)" "$T/out"'
ok "demo issues certificate serials" 'grep -q "37030000012600006A" "$T/out"'
ok "demo database has the policies installed" "[ \"\$(sqlite3 \"\$T/demo.db\" \"SELECT count(*) FROM renshe_policy\")\" = 3 ]"
ok "demo summary counts 13 valid" 'grep -Eq "│ valid +│ 13 │" "$T/out"'
[ $fail -eq 0 ] || sed 's/^/    /' "$T/out" | head -60
echo "# demo: $pass passed, $fail failed"
