#!/bin/sh
# tests/sh/schema_portable.sh: the demo database works where users open it.
#
# Builds the demo database (sql/demo.sh) and checks: (1) without the extension, plain sqlite3 runs
# PRAGMA integrity_check and VACUUM (no renshe call in a CHECK constraint, index or generated
# column), reads the tables, and cannot write a checked table (no such function); (2) with the
# extension and PRAGMA trusted_schema=OFF, every view and every report of sql/reports/ gives the
# same output as with trusted_schema=ON, and the triggers still check (SQLite 3.40 refuses its
# own JSON functions there, so the schema uses renshe_json_*); (3) the tables are not STRICT
# (DB Browser 3.12 cannot read those) and their CHECK (typeof(...)) constraints refuse what STRICT
# refused; (4) the triggers that replaced renshe CHECKs refuse bad codes and ID numbers on
# INSERT and UPDATE.
cd "$(dirname "$0")/../.." || exit 2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
check() { # $1 name, $2 expected, $3 got
  if [ "$2" = "$3" ]; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "not ok - $1"; printf '%s\n' "    expected: $2" "    got:      $3"; fi
}
SQLITE3=${SQLITE3:-sqlite3}
EXT=${RENSHE_EXT:-dist/renshe}
DB="$T/demo.db"
RENSHE_DEMO_DB="$DB" SQLITE3="$SQLITE3" RENSHE_EXT="$EXT" sh sql/demo.sh > "$T/demo.out" 2>&1
check "the demo runs" "0" "$?"
plain() { sqlite3 -batch "$DB" "$@" 2>&1 | sed -E 's/^(Parse|Runtime) error near line [0-9]+: /Error: /; s/^Error: in prepare, /Error: /; s/^Error: stepping, /Error: /'; }
withext() { eval "$SQLITE3 -batch -cmd '.load $EXT'" "\"\$@\"" 2>&1 | sed -E 's/^(Parse|Runtime) error near line [0-9]+: /Error: /; s/^Error: in prepare, /Error: /; s/^Error: stepping, /Error: /'; }

# {==== 1 without the extension
check "integrity_check without renshe" "ok" "$(plain 'PRAGMA integrity_check;')"
check "quick_check without renshe" "ok" "$(plain 'PRAGMA quick_check;')"
check "VACUUM without renshe, then integrity_check" "ok" "$(plain 'VACUUM; PRAGMA integrity_check;')"
check "tables read without renshe" "91|6|252" "$(plain 'SELECT (SELECT count(*) FROM registration), (SELECT count(*) FROM cert_issued), (SELECT count(*) FROM registration_event);')"
check "a view that calls renshe says so" "Error: no such function: check_idcard" "$(plain 'SELECT count(*) FROM person;' | head -1)"
check "a checked table cannot be written without renshe" "Error: no such function: renshe_code_name" \
  "$(plain "INSERT INTO registration(AAZ341, AAB301, AAC003, AAC004, AAC058, AAC044, ADC221, AJC093, AAE540, AAE036) VALUES ('x', '370100', '张', '1', '01', '1', '1', '21', '1', '20200901');" | head -1)"
check "nor a certificate trainee" "Error: no such function: check_idcard" \
  "$(plain "INSERT INTO cert_trainee(batch_id, line, idcard, name) VALUES (1, 99, '11010519491231002X', 'x');" | head -1)"
check "unchecked tables are writable without renshe" "" \
  "$(plain "INSERT INTO import_reject(file_id, line, rule, message) VALUES (1, 0, 'note', 'written without renshe');")"
# }====

# {==== 2 trusted_schema=OFF with the extension: the same answers
for q in "SELECT count(*), sum(length(person)) FROM unemployment_person;" \
         "SELECT count(*), min(id), max(birth_date) FROM person;" \
         "SELECT count(*), sum(valid_form), sum(issued_before_retirement) FROM cert_register;" \
         "SELECT city, count(*) FROM unemployment_person WHERE unemployment_status(city, person, '2020-10-20') = 'unemployed' GROUP BY city;"; do
  on=$(withext "$DB" "$q")
  check "trusted_schema=OFF: $q" "$on" "$(withext "$DB" "PRAGMA trusted_schema=OFF;" "$q")"
done
for r in sql/reports/*.sql; do
  on=$(withext "$DB" ".parameter set @as_of \"'2026-11-24'\"" ".parameter set @period \"'2020-10'\"" ".read $r")
  off=$(withext "$DB" "PRAGMA trusted_schema=OFF;" ".parameter set @as_of \"'2026-11-24'\"" ".parameter set @period \"'2020-10'\"" ".read $r")
  check "trusted_schema=OFF: $r gives the same output" "$on" "$off"
  case "$on" in *rror*) check "$r runs" "no error" "$on" ;; esac
done
cp "$DB" "$T/w.db"
check "trusted_schema=OFF: an event with JSON detail is written" "1" \
  "$(withext "$T/w.db" "PRAGMA trusted_schema=OFF;" "INSERT INTO registration_event(AAZ341, date, type, detail) SELECT AAZ341, '2020-12-01', 'contact_made', '{\"body\":\"街道\"}' FROM registration LIMIT 1;" "SELECT changes();")"
check "trusted_schema=OFF: detail that is not JSON is refused" "Error: registration_event: detail: expected JSON (an object of code, good_reason, body, ...) (19)" \
  "$(withext "$T/w.db" "PRAGMA trusted_schema=OFF;" "INSERT INTO registration_event(AAZ341, date, type, detail) SELECT AAZ341, '2020-12-01', 'contact_made', '{body:1}' FROM registration LIMIT 1;")"
check "trusted_schema=OFF: integrity_check" "ok" "$(withext "$T/w.db" "PRAGMA trusted_schema=OFF;" "PRAGMA integrity_check;")"
# }====

# {==== 3 no STRICT; typeof CHECKs of the same force
check "no STRICT table" "0" "$(plain "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%STRICT%';")"
check "cert_provider.name: a BLOB is refused" "Error: CHECK constraint failed:" \
  "$(withext "$T/w.db" "INSERT INTO cert_provider(city, county, code, name) VALUES ('3712', '07', '0070', x'41');" | head -1 | cut -c1-31)"
check "cert_seq_before.year: a fraction is refused" "Error: CHECK constraint failed:" \
  "$(withext "$T/w.db" "INSERT INTO cert_seq_before(city, county, year, last_seq) VALUES ('3712', '07', 2026.5, 10);" | head -1 | cut -c1-31)"
check "cert_seq_before.last_seq: text that is no number is refused" "Error: CHECK constraint failed:" \
  "$(withext "$T/w.db" "INSERT INTO cert_seq_before(city, county, year, last_seq) VALUES ('3712', '07', 2026, 'ten');" | head -1 | cut -c1-31)"
check "integers given as text are stored as integers, as STRICT does" "integer|integer" \
  "$(withext "$T/w.db" "INSERT INTO cert_seq_before(city, county, year, last_seq) VALUES ('3712', '07', '2026', '10');" "SELECT typeof(year), typeof(last_seq) FROM cert_seq_before WHERE county = '07';")"
check "cert_trainee.line: a real is refused" "Error: CHECK constraint failed:" \
  "$(withext "$T/w.db" "INSERT INTO cert_batch(city, county, provider, category) SELECT city, county, code, 'A' FROM cert_provider LIMIT 1;" "INSERT INTO cert_trainee(batch_id, line, idcard, name) VALUES (last_insert_rowid(), 1.5, '11010519491231002X', 'x');" | head -1 | cut -c1-31)"
# }====

# {==== 4 the triggers that replaced renshe CHECKs
AAZ=$(plain "SELECT AAZ341 FROM registration ORDER BY AAZ341 LIMIT 1;")
check "registration: a sex code not in its table" "Error: registration: AAC004 性别: not a code of its table / 性别代码无效 (19)" \
  "$(withext "$T/w.db" "UPDATE registration SET AAC004 = '7' WHERE AAZ341 = '$AAZ';")"
check "registration: an ID number that is not valid" \
  "Error: registration: AAC002 社会保障号码: not a valid ID number, born after AAE036 经办日期 or of another sex than AAC004 (SELECT * FROM check_idcard(AAC002, AAE036, AAC004) says which) / 社会保障号码无效 (19)" \
  "$(withext "$T/w.db" "UPDATE registration SET AAC002 = '370102199003071235' WHERE AAZ341 = '$AAZ';")"
check "registration: a registration date before the birth" \
  "Error: registration: AAC002 社会保障号码: not a valid ID number, born after AAE036 经办日期 or of another sex than AAC004 (SELECT * FROM check_idcard(AAC002, AAE036, AAC004) says which) / 社会保障号码无效 (19)" \
  "$(withext "$T/w.db" "UPDATE registration SET AAE036 = '19000101' WHERE AAZ341 = '$AAZ';")"
check "registration: a new row with a bad 失业登记原因" "Error: registration: AJC093 失业登记原因: not a code of its table / 失业登记原因代码无效 (19)" \
  "$(withext "$T/w.db" "INSERT INTO registration(AAZ341, AAB301, AAC003, AAC004, AAC058, AAC044, ADC221, AJC093, AAE540, AAE036) VALUES ('x', '370100', '张', '1', '01', '1', '1', '77', '1', '20200901');")"
check "registration: a missing sex is NOT NULL's error" "Error: NOT NULL constraint failed: registration.AAC004 (19)" \
  "$(withext "$T/w.db" "INSERT INTO registration(AAZ341, AAB301, AAC003, AAC004, AAC058, AAC044, ADC221, AJC093, AAE540, AAE036) VALUES ('x', '370100', '张', NULL, '01', '1', '1', '21', '1', '20200901');")"
check "subsidy_claim: an invalid person_id" "Error: subsidy_claim: person_id: not a valid ID number / 身份证号码无效 (19)" \
  "$(withext "$T/w.db" "INSERT INTO subsidy_claim(kind, city, person_id, claim_date, amount_fen, status) VALUES ('job_referral_subsidy', '370100', '370102199003071235', '2020-10-01', 12000, 'claimed');")"
check "cert_provider: a city that is not a certificate city code" \
  "Error: cert_provider: city: expected a certificate city code 3700-3716 (鲁人社函〔2020〕48号 附件2 二(一)) / 设区的市代码无效 (19)" \
  "$(withext "$T/w.db" "INSERT INTO cert_provider(city, county, code, name) VALUES ('临沂', '03', '0099', 'x');")"
check "cert_issued: a row of no open batch, with a serial that is not valid (the first trigger to fire names its rule)" \
  "Error: cert_issued: batch_id and line are not a trainee of an open batch with this provider, category, idcard and name; issue with INSERT INTO cert_issue(batch_id, issued_on) (19)" \
  "$(withext "$T/w.db" "INSERT INTO cert_issued SELECT substr(serial, 1, 17) || 'D', city, county, provider, year, seq + 1, category, batch_id, line + 1000, idcard, name, issued_on FROM cert_issued ORDER BY seq DESC LIMIT 1;")"
check "after all that, integrity_check without renshe" "ok" "$(sqlite3 "$T/w.db" 'PRAGMA integrity_check;' 2>&1)"
# }====
[ $fail -eq 0 ] || sed 's/^/    /' "$T/demo.out" | tail -20
echo "# schema_portable: $pass passed, $fail failed"
