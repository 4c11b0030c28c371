#!/bin/sh
# tests/sh/statistics_demo.sh: the demo's statistics step (sql/demo.sql part 7, issue 16): the six
# ledger files import with every line accounted for, the twelve-period table shows each demo city,
# the chart is written next to the database as SVG with one line per figure, and the drill-down
# lists the records of 济南 2021-03 that were not counted with their rule codes.
cd "$(dirname "$0")/../.." || exit 2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { if eval "$2"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "not ok - $1"; fi; }
RENSHE_DEMO_DB="$T/demo.db" sh sql/demo.sh > "$T/out" 2>&1
st=$?
ok "demo exits 0" '[ $st -eq 0 ]'
ok "employment records all loaded" 'grep -Eq "employment_records.csv +│ employment_record +│ 2328 +│ 2328 +│ 0 " "$T/out"'
ok "registration places of rejected registrations rejected" 'grep -Eq "registration_places.csv +│ registration_place +│ 92 +│ 86 +│ 6 +│ unknown_registration" "$T/out"'
ok "the twelve periods of the three cities" 'grep -Eq "│ 2021-03 │ 10 +│ 20 +│ 6 +│ 14 +│ 11 +│ 13 +│" "$T/out"'
ok "the table ends with 2021-12" 'grep -Eq "│ 2021-12 │ 6 +│ 17 +│ 6 +│ 11 +│ 4 +│ 10 +│" "$T/out"'
ok "chart written next to the database" '[ -s "$T/statistics.svg" ]'
ok "chart is one SVG document" '[ "$(grep -o "<svg " "$T/statistics.svg" | wc -l)" = 1 ] && grep -q "</svg>$" "$T/statistics.svg"'
ok "chart has two lines per city" '[ "$(grep -o "<polyline" "$T/statistics.svg" | wc -l)" = 6 ]'
ok "chart labels the periods" '[ "$(grep -o ">12</text>" "$T/statistics.svg" | wc -l)" -ge 3 ]'
if command -v xmllint > /dev/null; then ok "chart is well-formed XML" 'xmllint --noout "$T/statistics.svg"'; fi
ok "drill-down names the excluded records' rules" 'grep -Eq "│ excluded │ excl.same_unit_insured +│ 鲁人社字〔2020〕95号 附件 四\(二\)5 +│ insured with 91370100MA00003759 since 2019-06-01" "$T/out"'
ok "drill-down masks ID numbers" 'grep -Eq "│ 3701[0-9]{2}\*{8}[0-9]{3}[0-9X] │" "$T/out"'
[ $fail -eq 0 ] || sed -n '/== 7\./,$p' "$T/out" | sed 's/^/    /' | head -80
echo "# statistics_demo: $pass passed, $fail failed"
