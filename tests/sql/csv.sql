-- tests/sql/csv.sql: the csv_file virtual table (ext/csvtab_sql.c, ext/csvread.c) on the files in
-- tests/data/csv/. Run from the repository root by tests/run.sh; expected output in csv.expected.
-- Values holding line breaks are shown with replace(..., char(10), '\n') to keep one line a case.

-- GB18030 (CRLF, a quoted comma, a quoted CRLF, 䶮 which takes four bytes in GB18030), detected.
CREATE VIRTUAL TABLE temp.gb USING csv_file(filename='tests/data/csv/roster_gb18030.csv');
select 'csv_01', group_concat(name, ',') from pragma_table_info('gb');
select 'csv_02', rowid, "编号", "姓名", "身份证号", replace(replace("地址", char(13), '\r'), char(10), '\n'), _line, _lines, _error is null from gb;
-- The same file with the encoding named; and its GBK alias.
CREATE VIRTUAL TABLE temp.gb2 USING csv_file(filename='tests/data/csv/roster_gb18030.csv', encoding=gb18030);
CREATE VIRTUAL TABLE temp.gbk USING csv_file(filename="tests/data/csv/roster_gb18030.csv", encoding='GBK');
select 'csv_03', (select count(*) from gb2), (select count(*) from (select * from gb except select * from gb2)), (select count(*) from (select * from gb except select * from gbk));

-- UTF-8 with a BOM: the BOM is not part of the first column's name; same rows as the GB18030 file.
CREATE VIRTUAL TABLE temp.bom USING csv_file(filename='tests/data/csv/roster_utf8_bom.csv');
select 'csv_04', group_concat(name, ',') from pragma_table_info('bom');
select 'csv_05', count(*), (select count(*) from (select * from bom except select * from gb)), sum(_error is null) from bom;
CREATE VIRTUAL TABLE temp.bom8 USING csv_file(filename='tests/data/csv/roster_utf8_bom.csv', encoding=utf8);
select 'csv_06', count(*), "姓名" from bom8 where "编号" = '2';

-- Hidden columns: not in SELECT *, but selectable; rowid is the first line number.
select 'csv_07', group_concat(name || ':' || hidden, ',') from pragma_table_xinfo('gb');
select 'csv_08', group_concat(rowid = _line, ',') from gb;

-- Ragged rows and a blank line are delivered, rejected, with their line and text: none lost.
CREATE VIRTUAL TABLE temp.rg USING csv_file(filename='tests/data/csv/ragged.csv');
select 'csv_09', _line, _lines, quote("编号"), quote("姓名"), quote("电话"), quote(_error), quote(_raw) from rg;
-- The proof: records = loaded + rejected, and the lines covered = the file's 8 lines.
select 'csv_10', count(*), sum(_error is null), sum(_error is not null), min(_line) - 1 + sum(_lines) from rg;
CREATE TABLE main.loaded("编号", "姓名", "电话");
INSERT INTO main.loaded SELECT * FROM rg WHERE _error IS NULL;
select 'csv_11', (select count(*) from loaded) + (select count(*) from rg where _error is not null) = (select count(*) from rg);

-- Malformed quotes: the offending line is rejected (columns NULL, text in _raw) and reading goes
-- on with the next line; an unclosed quote costs its own line only, even at the end of the file.
CREATE VIRTUAL TABLE temp.mf USING csv_file(filename='tests/data/csv/malformed.csv');
select 'csv_12', _line, _lines, quote("编号"), quote("姓名"), quote(replace("备注", char(10), '\n')), quote(_error), quote(replace(_raw, char(10), '\n')) from mf;
select 'csv_13', count(*), sum(_error is null), sum(_error is not null), min(_line) - 1 + sum(_lines) from mf;

-- A UTF-8 file with one GBK line: auto stays with UTF-8; the GBK line is rejected, not garbled.
CREATE VIRTUAL TABLE temp.mx USING csv_file(filename='tests/data/csv/mixed_encoding.csv');
select 'csv_14', _line, quote("编号"), quote(hex("姓名")), quote(_error) from mx;
-- Named wrongly, the bytes are reported the same way.
CREATE VIRTUAL TABLE temp.mx2 USING csv_file(filename='tests/data/csv/mixed_encoding.csv', encoding=utf8);
select 'csv_15', count(*), sum(_error is not null), max(_error) from mx2;

-- Stray spaces: kept by default (never trimmed silently); trim=yes drops them, around quotes too.
CREATE VIRTUAL TABLE temp.sp USING csv_file(filename='tests/data/csv/spaces.csv', delimiter=';');
select 'csv_16', quote("编号"), quote("姓名"), quote("地址"), quote(_error) from sp;
CREATE VIRTUAL TABLE temp.sp2 USING csv_file(filename='tests/data/csv/spaces.csv', delimiter=';', trim=yes);
select 'csv_17', quote("编号"), quote("姓名"), quote("地址"), quote(_error) from sp2;

-- Tab-separated, with an empty header name (named c1).
CREATE VIRTUAL TABLE temp.tb USING csv_file(filename='tests/data/csv/tabs.tsv', delimiter='\t');
select 'csv_18', group_concat(name, ',') from pragma_table_info('tb');
select 'csv_19', c1, "姓名", "地址" from tb;

-- Inline data, no header: columns counted from the first row, or given.
CREATE VIRTUAL TABLE temp.d1 USING csv_file(data='1,a
2,b
3', header=no);
select 'csv_20', group_concat(name, ',') from pragma_table_info('d1');
select 'csv_21', _line, quote(c1), quote(c2), quote(_error) from d1;
CREATE VIRTUAL TABLE temp.d2 USING csv_file(data='', header=no, columns=2);
select 'csv_22', count(*) from d2;
-- Repeated header names, and names of the hidden columns, get a suffix.
CREATE VIRTUAL TABLE temp.d3 USING csv_file(data='a,A,_line,a,,c5
1,2,3,4,5,6');
select 'csv_23', group_concat(name, ',') from pragma_table_info('d3');
-- quote= another character; empty fields are '' (as .import gives), never NULL.
CREATE VIRTUAL TABLE temp.d4 USING csv_file(data='x,y
|a,b|,
,', quote='|');
select 'csv_24', quote(x), quote(y), quote(_error) from d4;
-- Every scan reads the file again: a self-join sees the same rows.
select 'csv_25', count(*) from gb as a join gb as b using ("编号");

-- rejects=fail: the first rejected row ends the scan with its line and reason.
CREATE VIRTUAL TABLE temp.rf USING csv_file(filename='tests/data/csv/ragged.csv', rejects=fail);
select 'csv_26', count(*) from rf;
CREATE VIRTUAL TABLE temp.rf2 USING csv_file(filename='tests/data/csv/roster_gb18030.csv', rejects=fail);
select 'csv_27', count(*) from rf2;

-- Misuse: errors that say what is wrong.
CREATE VIRTUAL TABLE temp.e1 USING csv_file(filename='tests/data/csv/none.csv');
CREATE VIRTUAL TABLE temp.e2 USING csv_file(header=yes);
CREATE VIRTUAL TABLE temp.e3 USING csv_file(data='a', colour=red);
CREATE VIRTUAL TABLE temp.e4 USING csv_file(data='a', header=maybe);
CREATE VIRTUAL TABLE temp.e5 USING csv_file(data='a', delimiter=';;');
CREATE VIRTUAL TABLE temp.e6 USING csv_file(data='a', delimiter='"');
CREATE VIRTUAL TABLE temp.e7 USING csv_file(data='a', encoding=klingon);
CREATE VIRTUAL TABLE temp.e8 USING csv_file(data='');
CREATE VIRTUAL TABLE temp.e9 USING csv_file(data='a,b', columns=3);
CREATE VIRTUAL TABLE temp.e10 USING csv_file(data='a,b', columns=0);
CREATE VIRTUAL TABLE temp.e11 USING csv_file(data='a,"b', header=yes);
CREATE VIRTUAL TABLE temp.e12 USING csv_file(data='a', rejects=skip);
CREATE VIRTUAL TABLE temp.e13 USING csv_file(data='a', filename='x.csv');
CREATE VIRTUAL TABLE temp.e14 USING csv_file(filename='tests/data/csv/roster_utf8_bom.csv', encoding=gb18030);
-- Not eponymous: there is no csv_file table without CREATE VIRTUAL TABLE.
select 'csv_28', count(*) from csv_file;
