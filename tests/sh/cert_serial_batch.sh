#!/bin/sh
# tests/sh/cert_serial_batch.sh: issuing certificate serials by batch with sql/cert_serial.sql
# (按批次赋序列号, 鲁人社函〔2020〕48号 三(三) and 附件2), with several sqlite3 processes on one file.
#
# Cases: two concurrent issuers (WAL and rollback journal; BEGIN IMMEDIATE and autocommit) never
# issue the same serial and leave no gap; two processes racing to issue the same batch; the
# sequence continues after the last batch, is shared by an office's providers (reading) and
# starts again each year and in each office; 99,999 is an error that leaves nothing behind; a
# retired provider (废置清单) gets no new serials while its old ones still parse and validate;
# issued serials, batches and provider codes cannot be changed, deleted or re-assigned.
#
# Run by tests/run.sh, which sets $SQLITE3 and $RENSHE_EXT; by hand from the repository root:
#   SQLITE3=sqlite3 RENSHE_EXT=dist/renshe sh tests/sh/cert_serial_batch.sh
cd "$(dirname "$0")/../.." || exit 2
: "${SQLITE3:=sqlite3}" "${RENSHE_EXT:=dist/renshe}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0

# ok NAME GOT WANT
ok() {
  if [ "$2" = "$3" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    printf 'not ok - %s\n    got:  %s\n    want: %s\n' "$1" "$2" "$3"
  fi
}

# has NAME TEXT FRAGMENT: TEXT contains FRAGMENT
has() {
  case "$2" in
    *"$3"*) pass=$((pass + 1)) ;;
    *) fail=$((fail + 1)); printf 'not ok - %s\n    got:  %s\n    want: ...%s...\n' "$1" "$2" "$3" ;;
  esac
}

# sq DB: run stdin through the shell with the extension loaded and a busy timeout; stdout+stderr.
sq() {
  eval "$SQLITE3 -batch -cmd '.load $RENSHE_EXT' -cmd '.timeout 20000' \"$1\"" 2>&1 |
    sed -E 's/^(Parse|Runtime) error near line [0-9]+: /Error: /'
}

# newdb FILE JOURNAL_MODE: the schema and the providers every case uses.
newdb() {
  sq "$1" <<EOF >"$T/setup.out"
PRAGMA journal_mode = $2;
.read sql/cert_serial.sql
INSERT INTO cert_provider(city, county, code, name) VALUES
  ('3712', '03', '0012', '甲职业培训学校'),
  ('3712', '03', '0013', '乙职业培训学校'),
  ('3712', '00', '0001', '临沂市本级培训中心'),
  ('3712', '05', '0014', '丙培训学校'),
  ('3700', '00', '0001', '省本级项目培训主体');
EOF
  grep -v '^wal$\|^delete$' "$T/setup.out"
}

# batch_sql NOTE KEY CATEGORY N ISSUED_ON MODE: one batch (KEY: city, county, provider code, 10 digits) of N trainees issued as documented.
# MODE immediate: the whole batch in BEGIN IMMEDIATE ... COMMIT; autocommit: each statement alone.
# Identity numbers are built with the GB 11643 check rule (idcard_checkdigit); no real people.
batch_sql() {
  [ "$6" = immediate ] && echo "BEGIN IMMEDIATE;"
  cat <<EOF
INSERT INTO cert_batch(city, county, provider, category, note) VALUES (substr('$2', 1, 4), substr('$2', 5, 2), substr('$2', 7, 4), '$3', '$1');
INSERT INTO cert_trainee(batch_id, line, idcard, name)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $4)
  SELECT (SELECT batch_id FROM cert_batch WHERE note = '$1'), i,
         '37010219900101' || printf('%03d', i) || idcard_checkdigit('37010219900101' || printf('%03d', i)),
         '学员' || i FROM n;
INSERT INTO cert_issue(batch_id, issued_on) SELECT batch_id, '$5' FROM cert_batch WHERE note = '$1';
EOF
  [ "$6" = immediate ] && echo "COMMIT;"
  return 0
}

# issuer NAME KEY CATEGORY NBATCH MODE: a script of NBATCH batches of 20 trainees.
issuer() {
  echo "PRAGMA busy_timeout = 20000;"
  echo ".shell touch $T/ready.$1"
  i=1
  while [ "$i" -le "$4" ]; do
    batch_sql "$1-$i" "$2" "$3" 20 2026-11-24 "$5"
    echo ".shell sleep 0.03"  # an operator's pause, so that the other issuer gets turns
    i=$((i + 1))
  done
}

# {====================================================================
# 1-3: two concurrent issuers, one office (3712 临沂 / county 03), two providers, 15 batches each
pair() { # LABEL JOURNAL MODE1 MODE2
  db="$T/$1.db"
  ok "$1 setup" "$(newdb "$db" "$2")" ""
  issuer p1 3712030012 A 15 "$3" >"$T/p1.sql"
  issuer p2 3712030013 B 15 "$4" >"$T/p2.sql"
  # A gate holds the write lock until both issuers have started, so that they contend from the
  # first batch (each touches its ready file, then blocks on the lock).
  rm -f "$T/ready.p1" "$T/ready.p2"
  printf 'BEGIN IMMEDIATE;\n.shell n=0; while [ ! -e %s ] || [ ! -e %s ]; do n=$((n+1)); [ $n -gt 400 ] \&\& break; sleep 0.05; done; sleep 0.1\nCOMMIT;\n' \
    "$T/ready.p1" "$T/ready.p2" | sq "$db" >"$T/gate.out" &
  pid0=$!
  sleep 0.1
  sq "$db" <"$T/p1.sql" >"$T/p1.out" &
  pid1=$!
  sq "$db" <"$T/p2.sql" >"$T/p2.out" &
  pid2=$!
  wait "$pid0"
  wait "$pid1"
  wait "$pid2"
  turns=$(echo "SELECT count(*) FROM (SELECT provider, lag(provider) OVER (ORDER BY seq) AS prev
    FROM cert_issued WHERE county = '03') WHERE prev <> provider;" | sq "$db")
  echo "# $1: the issuers took turns $turns times"
  ok "$1 the issuers ran at the same time (took turns at least twice)" "$([ "$turns" -ge 2 ] && echo yes)" "yes"
  ok "$1 issuer 1 ran without error" "$(grep -v '^[0-9]*$' "$T/p1.out")" ""
  ok "$1 issuer 2 ran without error" "$(grep -v '^[0-9]*$' "$T/p2.out")" ""
  ok "$1 no duplicate, no gap: count, distinct serials, distinct seqs, min, max" \
    "$(echo "SELECT count(*), count(DISTINCT serial), count(DISTINCT seq), min(seq), max(seq)
             FROM cert_issued WHERE city = '3712' AND county = '03' AND year = 2026;" | sq "$db")" \
    "600|600|600|1|600"
  ok "$1 one shared sequence: both providers issued 300" \
    "$(echo "SELECT group_concat(n, ',') FROM (SELECT provider, count(*) n FROM cert_issued GROUP BY provider ORDER BY provider);" | sq "$db")" \
    "300,300"
  ok "$1 every batch is one contiguous run of 20 in line order" \
    "$(echo "SELECT count(*) FROM cert_batch b WHERE b.last_seq - b.first_seq <> 19
             OR EXISTS (SELECT 1 FROM cert_issued i WHERE i.batch_id = b.batch_id AND i.seq <> b.first_seq + i.line - 1);" | sq "$db")" \
    "0"
  ok "$1 every serial is the rule's serial of its parts and valid" \
    "$(echo "SELECT count(*) FROM cert_issued WHERE serial <> cert_serial(city, county, provider, year, seq, category)
             OR NOT cert_serial_check(serial, issued_on);" | sq "$db")" \
    "0"
  ok "$1 journal mode" "$(echo "PRAGMA journal_mode;" | sq "$db")" "$2"
}
pair wal_immediate wal immediate immediate
pair rollback_immediate delete immediate immediate
pair wal_autocommit wal autocommit immediate
pair rollback_autocommit delete autocommit autocommit
# }====================================================================

db="$T/wal_immediate.db"

# 4: the sequence continues where the year's last batch stopped
batch_sql later 3712030012 A 3 2026-11-25 immediate | sq "$db" >/dev/null
ok "4 next batch continues at 601" \
  "$(echo "SELECT group_concat(serial, ' ') FROM (SELECT serial FROM cert_issued i JOIN cert_batch b USING (batch_id) WHERE b.note = 'later' ORDER BY line);" | sq "$db")" \
  "37120300122600601A 37120300122600602A 37120300122600603A"

# 5: another office (临沂 市本级, county 00) has its own sequence from 00001
batch_sql city 3712000001 C 2 2026-11-25 immediate | sq "$db" >/dev/null
ok "5 another office starts at 00001" \
  "$(echo "SELECT group_concat(serial, ' ') FROM (SELECT serial FROM cert_issued i JOIN cert_batch b USING (batch_id) WHERE b.note = 'city' ORDER BY line);" | sq "$db")" \
  "37120000012600001C 37120000012600002C"

# 5b: serials follow the provider's line order, whatever order the lines were entered in
ok "5b lines entered 3, 1, 2 get serials in line order" \
  "$(echo "BEGIN IMMEDIATE;
           INSERT INTO cert_batch(city, county, provider, category, note) VALUES ('3712', '00', '0001', 'C', 'rev');
           INSERT INTO cert_trainee SELECT batch_id, 3, '11010519491231002X', '丙' FROM cert_batch WHERE note = 'rev';
           INSERT INTO cert_trainee SELECT batch_id, 1, '440524188001010014', '甲' FROM cert_batch WHERE note = 'rev';
           INSERT INTO cert_trainee SELECT batch_id, 2, '370102199003071238', '乙' FROM cert_batch WHERE note = 'rev';
           INSERT INTO cert_issue SELECT batch_id, '2026-11-25' FROM cert_batch WHERE note = 'rev';
           COMMIT;
           SELECT group_concat(name || seq, ' ') FROM (SELECT name, seq FROM cert_issued i
             JOIN cert_batch b USING (batch_id) WHERE b.note = 'rev' ORDER BY seq);" | sq "$db")" \
  "甲3 乙4 丙5"

# 6: a new year starts again at 00001 ("每年度从00001-99999依次顺序取值")
batch_sql y2027 3712030013 B 1 2027-01-04 immediate | sq "$db" >/dev/null
ok "6 new year starts at 00001" \
  "$(echo "SELECT serial FROM cert_issued i JOIN cert_batch b USING (batch_id) WHERE b.note = 'y2027';" | sq "$db")" \
  "37120300132700001B"

# 7: issuing dates do not go backwards within an office's year (reading)
out=$(batch_sql back 3712030012 A 1 2026-11-01 immediate | sq "$db")
has "7 backdated batch refused" "$out" "Error: cert_issued: issued_on is before the office's last issuing date this year"
ok "7 backdated batch left nothing" \
  "$(echo "SELECT count(*) FROM cert_issued i JOIN cert_batch b USING (batch_id) WHERE b.note = 'back';" | sq "$db")" "0"

# 8: a batch is issued once; issued rows and batches are never changed
ok "8 issuing a batch twice" \
  "$(echo "INSERT INTO cert_issue(batch_id, issued_on) SELECT batch_id, '2026-11-26' FROM cert_batch WHERE note = 'later';" | sq "$db")" \
  "Error: cert_issue: the batch was issued already; a serial is never issued twice / 该批次已赋序列号 (19)"
ok "8 delete an issued serial" \
  "$(echo "DELETE FROM cert_issued WHERE seq = 603 AND county = '03';" | sq "$db")" \
  "Error: cert_issued: an issued serial is never deleted, so it is never issued twice / 已赋序列号不可删除 (19)"
ok "8 change an issued serial" \
  "$(echo "UPDATE cert_issued SET name = 'x' WHERE seq = 603 AND county = '03';" | sq "$db")" \
  "Error: cert_issued: an issued serial is never changed / 已赋序列号不可变更 (19)"
ok "8 add a trainee to an issued batch" \
  "$(echo "INSERT INTO cert_trainee SELECT batch_id, 9, '11010519491231002X', 'x' FROM cert_batch WHERE note = 'later';" | sq "$db")" \
  "Error: cert_trainee: batch_id is not an open batch (unknown, or issued already) (19)"
ok "8 mark a batch issued by hand" \
  "$(echo "INSERT INTO cert_batch(city, county, provider, category, note) VALUES ('3712', '03', '0012', 'A', 'hand');
           UPDATE cert_batch SET issued_on = '2026-11-26' WHERE note = 'hand';" | sq "$db")" \
  "Error: cert_batch: issued_on is set by INSERT INTO cert_issue(batch_id, issued_on) (19)"
ok "8 issue an empty batch" \
  "$(echo "INSERT INTO cert_issue(batch_id, issued_on) SELECT batch_id, '2026-11-26' FROM cert_batch WHERE note = 'hand';" | sq "$db")" \
  "Error: cert_issue: the batch has no trainees / 该批次没有考核合格人员 (19)"
ok "8 issue an unknown batch" \
  "$(echo "INSERT INTO cert_issue(batch_id, issued_on) VALUES (99999, '2026-11-26');" | sq "$db")" \
  "Error: cert_issue: no such batch_id / 批次不存在 (19)"
ok "8 issue before the notice (2020-07-30)" \
  "$(echo "INSERT INTO cert_issue(batch_id, issued_on) SELECT batch_id, '2020-07-29' FROM cert_batch WHERE note = 'hand';" | sq "$db")" \
  "Error: cert_issue: issued_on: expected a date YYYY-MM-DD on or after 2020-07-30 (鲁人社函〔2020〕48号) / 发证日期无效 (19)"
ok "8 a direct insert with a gap" \
  "$(echo "INSERT INTO cert_issued VALUES ('37120300122600700A', '3712', '03', '0012', 2026, 700, 'A', 1, 99, '11010519491231002X', 'x', '2026-11-30');" | sq "$db")" \
  "Error: cert_issued: seq is not the next of the office's yearly sequence; 每年度从00001-99999依次顺序取值 (鲁人社函〔2020〕48号 附件2 二(五)) (19)"
ok "8 a batch for an unregistered provider" \
  "$(echo "INSERT INTO cert_batch(city, county, provider, category) VALUES ('3712', '03', '0099', 'A');" | sq "$db")" \
  "Error: cert_batch: (city, county, provider) is not in cert_provider: the office assigns the provider code first (鲁人社函〔2020〕48号 附件2 二(三)1) (19)"
ok "8 a trainee whose ID number is invalid" \
  "$(echo "INSERT INTO cert_trainee SELECT batch_id, 1, '110105194912310021', 'x' FROM cert_batch WHERE note = 'hand';" | sq "$db")" \
  "Error: cert_trainee: idcard: not a valid ID number (SELECT * FROM check_idcard(idcard) says why) / 身份证号码无效 (19)"

# 9: a retired provider (废置清单): old serials stay valid, new ones are refused
batch_sql old 3712050014 A 2 2026-03-02 immediate | sq "$db" >/dev/null
ok "9 retire the provider from 2026-06-01" \
  "$(echo "UPDATE cert_provider SET retired_on = '2026-06-01' WHERE city = '3712' AND county = '05' AND code = '0014';" | sq "$db")" ""
out=$(batch_sql new 3712050014 A 2 2026-06-01 immediate | sq "$db")
has "9 no new serial on the retirement date" "$out" \
  "Error: cert_issue: the provider code is on the retired list (废置清单) or not registered: no new serials for it; its old serials stay valid (鲁人社函〔2020〕48号 附件2 二(三)2)"
ok "9 the refused batch issued nothing" \
  "$(echo "SELECT count(*), (SELECT issued_on IS NULL FROM cert_batch WHERE note = 'new') FROM cert_issued WHERE city = '3712' AND county = '05';" | sq "$db")" \
  "2|1"
ok "9 old serials still validate" \
  "$(echo "SELECT group_concat(serial || ':' || cert_serial_check(serial) || ':' || cert_serial_check(serial, '2026-12-31'), ' ') FROM (SELECT serial FROM cert_issued WHERE county = '05' ORDER BY seq);" | sq "$db")" \
  "37120500142600001A:1:1 37120500142600002A:1:1"
ok "9 old serials still parse" \
  "$(echo "SELECT valid, error, city_name, county_code, provider_code, year, seq, category_name FROM cert_serial('37120500142600001A');" | sq "$db")" \
  "1||临沂|05|0014|2026|1|就业技能培训"
ok "9 the register keeps them, issued before retirement" \
  "$(echo "SELECT provider_name, provider_retired_on, valid_form, issued_before_retirement FROM cert_register WHERE serial = '37120500142600002A';" | sq "$db")" \
  "丙培训学校|2026-06-01|1|1"
ok "9 a direct insert for the retired code" \
  "$(echo "INSERT INTO cert_issued VALUES ('37120500142600003A', '3712', '05', '0014', 2026, 3, 'A', 1, 98, '11010519491231002X', 'x', '2026-07-01');" | sq "$db")" \
  "Error: cert_issue: the provider code is on the retired list (废置清单) or not registered: no new serials for it; its old serials stay valid (鲁人社函〔2020〕48号 附件2 二(三)2) (19)"
ok "9 the code is never given to another provider" \
  "$(echo "UPDATE cert_provider SET name = '丁培训学校' WHERE city = '3712' AND county = '05' AND code = '0014';" | sq "$db")" \
  "Error: cert_provider: a retired code (废置清单) is final: never renamed, re-assigned or restored; 不可再重新赋予其他培训主体 (鲁人社函〔2020〕48号 附件2 二(三)2) (19)"
ok "9 nor registered again" \
  "$(echo "INSERT INTO cert_provider(city, county, code, name) VALUES ('3712', '05', '0014', '丁培训学校');" | sq "$db")" \
  "Error: cert_provider: a retired provider code is never assigned again: 废置清单中的代码仅作为历史记录查询、追溯，不可再重新赋予其他承担政府补贴性培训任务的培训主体 (鲁人社函〔2020〕48号 附件2 二(三)2) (19)"
ok "9 nor restored" \
  "$(echo "UPDATE cert_provider SET retired_on = NULL WHERE city = '3712' AND county = '05' AND code = '0014';" | sq "$db")" \
  "Error: cert_provider: a retired code (废置清单) is final: never renamed, re-assigned or restored; 不可再重新赋予其他培训主体 (鲁人社函〔2020〕48号 附件2 二(三)2) (19)"
ok "9 nor deleted" \
  "$(echo "DELETE FROM cert_provider WHERE city = '3712' AND county = '05' AND code = '0014';" | sq "$db")" \
  "Error: cert_provider: a provider code is never deleted: retire it (retired_on); 废置清单中的代码仅作为历史记录查询、追溯 (鲁人社函〔2020〕48号 附件2 二(三)2) (19)"
ok "9 a retirement date before serials already issued" \
  "$(echo "UPDATE cert_provider SET retired_on = '2026-11-24' WHERE city = '3712' AND county = '03' AND code = '0012';" | sq "$db")" \
  "Error: cert_provider: retired_on is on or before serials already issued under this code; retire it after its last issuing date (19)"
ok "9 a provincial provider with a county" \
  "$(echo "INSERT INTO cert_provider(city, county, code, name) VALUES ('3700', '01', '0002', 'x');" | sq "$db")" \
  "Error: CHECK constraint failed: county GLOB '[0-9][0-9]' AND (city <> '3700' OR county = '00') (19)"
ok "9 provider code 0000" \
  "$(echo "INSERT INTO cert_provider(city, county, code, name) VALUES ('3712', '03', '0000', 'x');" | sq "$db")" \
  "Error: CHECK constraint failed: code GLOB '[0-9][0-9][0-9][0-9]' AND code <> '0000' (19)"
ok "9 a provider registered under a GB/T 2260 city code" \
  "$(echo "INSERT INTO cert_provider(city, county, code, name) VALUES ('3713', '03', '0012', 'x'), ('371300', '03', '0012', 'x');" | sq "$db")" \
  "Error: cert_serial_city(): city: '371300' is a GB/T 2260 code (临沂市); the certificate code of 临沂 is 3712 (鲁人社函〔2020〕48号 附件2 numbers the cities in its own table)"

# 10: 99,999 is an error, all or nothing, never a wrap (省本级 3700, sequence carried in at 99990)
ok "10 carry the sequence in" \
  "$(echo "INSERT INTO cert_seq_before(city, county, year, last_seq, note) VALUES ('3700', '00', 2026, 99990, '省系统已赋');" | sq "$db")" ""
out=$(batch_sql over 3700000001 B 10 2026-11-24 immediate | sq "$db")
has "10 a batch that would reach 100000 is refused" "$out" \
  "Error: cert_serial(): seq: 100000 is out of range 00001-99999 (the year's sequence is exhausted; it never wraps)"
ok "10 the refused batch issued nothing" \
  "$(echo "SELECT count(*), (SELECT issued_on IS NULL FROM cert_batch WHERE note = 'over') FROM cert_issued WHERE city = '3700';" | sq "$db")" \
  "0|1"
batch_sql fits 3700000001 B 9 2026-11-24 immediate | sq "$db" >/dev/null
ok "10 a batch of 9 takes 99991-99999" \
  "$(echo "SELECT min(serial), max(serial), count(*) FROM cert_issued WHERE city = '3700';" | sq "$db")" \
  "37000000012699991B|37000000012699999B|9"
out=$(batch_sql one 3700000001 B 1 2026-11-24 immediate | sq "$db")
has "10 then even one more is refused" "$out" "Error: cert_serial(): seq: 100000 is out of range 00001-99999"
ok "10 carrying a sequence in after issuing" \
  "$(echo "INSERT INTO cert_seq_before(city, county, year, last_seq) VALUES ('3712', '03', 2026, 5);" | sq "$db")" \
  "Error: cert_seq_before: this office has issued serials for the year in this register already; the carried sequence must come first (19)"

# 11: two processes racing to issue the same batch: exactly one wins
for journal in wal delete; do
  db="$T/race_$journal.db"
  newdb "$db" "$journal" >/dev/null
  { batch_sql race 3712030012 A 50 2026-11-24 autocommit | sed '$d'; } | sq "$db" >/dev/null
  echo "INSERT INTO cert_issue(batch_id, issued_on) SELECT batch_id, '2026-11-24' FROM cert_batch WHERE note = 'race';" >"$T/race.sql"
  sq "$db" <"$T/race.sql" >"$T/r1.out" &
  pid1=$!
  sq "$db" <"$T/race.sql" >"$T/r2.out" &
  pid2=$!
  wait "$pid1"
  wait "$pid2"
  ok "11 $journal: one issuer refused" "$(cat "$T/r1.out" "$T/r2.out")" \
    "Error: cert_issue: the batch was issued already; a serial is never issued twice / 该批次已赋序列号 (19)"
  ok "11 $journal: the batch issued once" \
    "$(echo "SELECT count(*), count(DISTINCT serial), min(seq), max(seq) FROM cert_issued;" | sq "$db")" "50|50|1|50"
done

echo "# cert_serial_batch: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
