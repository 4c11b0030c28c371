#!/bin/sh
# bench/csv.sh: csv_file against the sqlite3 shell's own `.import --csv`, on a generated
# 1,000,000-row roster, in UTF-8 and in GB18030, all in one run. Prints seconds and ratios.
#
# Usage: bench/csv.sh [ROWS]        (from any directory; `make bench` runs it)
# ROWS defaults to 1,000,000 times BENCH_SCALE (BENCH_SCALE=0.01: 10,000 rows, about 3 MB of files).
# Target (issue 7): csv_file <= .import on the UTF-8 file; GB18030 decoding adds at most 20%.
#
# Each measurement is the best of three sqlite3 processes (the machine may be shared), each of
# which creates a fresh database file, creates table t (12 TEXT columns, as the header) and fills
# it: `.import --csv --skip 1 FILE t`, or
# `INSERT INTO t SELECT * FROM temp.src` over `csv_file(filename=FILE)`. All end with the same
# rows in t (checked). The read-only scans show the reader's own cost, decoding included.
set -eu
cd "$(dirname "$0")/.."
ROWS=${1:-$(awk -v s="${BENCH_SCALE:-1}" 'BEGIN { n = int(1000000 * s); printf "%d", n < 1 ? 1 : n }')}
EXT=${RENSHE_EXT:-dist/renshe}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

COLS='编号,身份证号,姓名,性别,出生日期,民族,户籍地址,联系电话,就业状态,登记日期,登记机构,备注'
awk -v n="$ROWS" -v cols="$COLS" 'BEGIN {
  srand(7); print cols
  split("张 王 李 赵 刘 陈 杨 黄 孙 周 吴 徐 孔 孟", xing, " ")
  split("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 霞 平", ming, " ")
  split("历下区 市中区 槐荫区 天桥区 历城区 张店区 淄川区 博山区 临淄区 周村区", qu, " ")
  split("失业 就业 灵活就业 退休 就业困难人员", st, " ")
  for (i = 1; i <= n; i++) {
    y = 1960 + int(rand() * 45); m = 1 + int(rand() * 12); d = 1 + int(rand() * 28)
    addr = sprintf("山东省%s市%s%d号", (i % 2 ? "济南" : "淄博"), qu[1 + int(rand() * 10)], 1 + int(rand() * 300))
    if (i % 10 == 0) addr = "\"" addr ",东单元" int(rand() * 9) "室\""      # a quoted comma
    note = (i % 50 == 0) ? "\"备注第一行\n第二行 \"\"引号\"\"\"" : ""      # a quoted line break
    printf "%d,37%04d%04d%02d%02d%03d%d,%s%s,%s,%04d-%02d-%02d,汉族,%s,1%010d,%s,2024-%02d-%02d,%s,%s\n",
      i, int(rand() * 10000), y, m, d, int(rand() * 1000), int(rand() * 10), xing[1 + int(rand() * 14)],
      ming[1 + int(rand() * 20)], (rand() < 0.5 ? "男" : "女"), y, m, d, addr, int(rand() * 1e10),
      st[1 + int(rand() * 5)], m, d, "淄博市人力资源和社会保障局", note
  }
}' > "$DIR/roster.csv"
iconv -f UTF-8 -t GB18030 "$DIR/roster.csv" > "$DIR/roster_gb.csv"

SCHEMA="CREATE TABLE t($(echo "$COLS" | sed 's/\([^,]*\)/"\1" TEXT/g'));"
now() { date +%s.%N; }
# run NAME SQL...: one sqlite3 process on a fresh database, three times; prints the best seconds
# (the machine is shared: the minimum is the least disturbed measurement of the same work)
run() {
  db="$DIR/$1.db"; shift
  best=
  for k in 1 2 3; do
    rm -f "$db"
    t0=$(now)
    sqlite3 -batch -cmd ".load $EXT" "$db" "$SCHEMA" "$@" >/dev/null
    t1=$(now)
    best=$(echo "$t0 $t1 $best" | awk '{ d = $2 - $1; if ($3 != "" && $3 < d) d = $3; printf "%.3f", d }')
  done
  echo "$best"
}
count() { sqlite3 "$DIR/$1.db" "SELECT count(*), sum(length(\"姓名\")), max(\"备注\") FROM t"; }

ls -l "$DIR/roster.csv" "$DIR/roster_gb.csv" | awk '{ printf "# %s: %d bytes\n", $NF, $5 }' | sed "s|$DIR/||"
T_IMPORT=$(run import ".import --csv --skip 1 $DIR/roster.csv t")
T_UTF8=$(run utf8 "CREATE VIRTUAL TABLE temp.src USING csv_file(filename='$DIR/roster.csv')" \
  "INSERT INTO t SELECT * FROM temp.src")
T_GB=$(run gb "CREATE VIRTUAL TABLE temp.src USING csv_file(filename='$DIR/roster_gb.csv')" \
  "INSERT INTO t SELECT * FROM temp.src")
T_GBN=$(run gbn "CREATE VIRTUAL TABLE temp.src USING csv_file(filename='$DIR/roster_gb.csv', encoding=gb18030)" \
  "INSERT INTO t SELECT * FROM temp.src")
T_CHECKED=$(run checked "CREATE VIRTUAL TABLE temp.src USING csv_file(filename='$DIR/roster.csv')" \
  "INSERT INTO t SELECT * FROM temp.src WHERE _error IS NULL")
T_SCAN=$(run scan "CREATE VIRTUAL TABLE temp.src USING csv_file(filename='$DIR/roster.csv')" \
  "SELECT count(*) FROM temp.src")
T_SCANGB=$(run scangb "CREATE VIRTUAL TABLE temp.src USING csv_file(filename='$DIR/roster_gb.csv')" \
  "SELECT count(*) FROM temp.src")

same=ok
for v in utf8 gb gbn checked; do [ "$(count import)" = "$(count $v)" ] || same="DIFFERENT ($v)"; done
echo "# rows: $ROWS; same rows in t from every method: $same"
echo "$T_IMPORT $T_UTF8 $T_GB $T_GBN $T_CHECKED $T_SCAN $T_SCANGB" | awk '{
  printf "sqlite3 .import --csv (UTF-8)               %7.3f s\n", $1
  printf "csv_file UTF-8, INSERT ... SELECT *         %7.3f s   ratio to .import %.2f\n", $2, $2 / $1
  printf "csv_file GB18030 (auto), INSERT ... SELECT *  %5.3f s   ratio to .import %.2f, to UTF-8 %.2f\n", $3, $3 / $1, $3 / $2
  printf "csv_file GB18030 (named), INSERT ... SELECT * %5.3f s   ratio to UTF-8 %.2f\n", $4, $4 / $2
  printf "csv_file UTF-8, ... WHERE _error IS NULL    %7.3f s   ratio to .import %.2f\n", $5, $5 / $1
  printf "csv_file UTF-8, SELECT count(*) (read only) %7.3f s\n", $6
  printf "csv_file GB18030, SELECT count(*) (read only) %5.3f s   ratio to UTF-8 %.2f\n", $7, $7 / $6
}'
