-- tests/sql/fuzz_regressions.sql: what the libFuzzer harnesses of tests/fuzz/ found, through the
-- sqlite3 shell (issue 9). Expected output: fuzz_regressions.expected. Each case has a dated
-- comment naming the harness; the crashing inputs are kept in tests/fuzz/corpus/*/regress_*.

-- 2026-11-24, fuzz_csvread: a first record whose fields are all empty had its field pointers
-- computed as NULL + 0 (undefined behaviour in ext/csvread.c csvreadFinish), and csv_file showed
-- those fields as NULL instead of '' ("an empty field is '', never NULL").
CREATE VIRTUAL TABLE temp.fz1 USING csv_file(data=',', header=no);
select 'fz_01', _line, quote(c1), quote(c2), _error is null from fz1;
CREATE VIRTUAL TABLE temp.fz2 USING csv_file(data=',,""
1,2,3', header=no);
select 'fz_02', _line, quote(c1), quote(c2), quote(c3) from fz2;
CREATE VIRTUAL TABLE temp.fz3 USING csv_file(data='
', header=no, columns=1);
select 'fz_03', _line, quote(c1), _error is null from fz3;
