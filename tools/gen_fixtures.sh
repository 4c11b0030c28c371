#!/bin/sh
# tools/gen_fixtures.sh: regenerate fixtures/appliance/ (see tools/gen_fixtures.sql), then give
# each roster the shape an office receives: 济南's as Excel saves "CSV UTF-8" (with a BOM), 淄博's in
# GB18030 as the provincial system exports it, 威海's plain UTF-8 with one ragged row.
set -eu
cd "$(dirname "$0")/.."
sqlite3 -cmd '.load dist/renshe' :memory: < tools/gen_fixtures.sql
printf '\357\273\277' | cat - fixtures/appliance/registrations_jinan.csv > fixtures/appliance/tmp && mv fixtures/appliance/tmp fixtures/appliance/registrations_jinan.csv
iconv -f UTF-8 -t GB18030 fixtures/appliance/registrations_zibo.utf8.csv > fixtures/appliance/registrations_zibo.csv
rm fixtures/appliance/registrations_zibo.utf8.csv
# A ragged row (a field short) in 威海's roster: the import must report it, not drop it.
sed -i '15s/,[^,]*$//' fixtures/appliance/registrations_weihai.csv
