-- tests/sql/idcard.sql: check_idcard and the idcard_* helpers through the sqlite3 shell.
-- Run by tests/run.sh with the extension loaded (by hand: sqlite3 -cmd '.load dist/renshe' < this).
-- Expected output: idcard.expected. Numbers are GB 11643-1999 examples, the probes of
-- docs/idcard.md "How other validators differ", or built with the standard's check rule: no real people.

-- 01: check_idcard(id): valid numbers of every kind
select '01_01', check_idcard('11010519491231002X');   -- GB 11643-1999 example, female 1949
select '01_02', check_idcard('440524188001010014');   -- GB 11643-1999 example, born 1880
select '01_03', check_idcard('370102199003071238');
select '01_04', check_idcard('37010219900101108x');   -- lowercase x accepted
select '01_05', check_idcard('370102900307123');      -- 15 digits
select '01_06', check_idcard('810000199408230021');   -- HK residence permit
select '01_07', check_idcard('830000199201300022');   -- Taiwan residence permit
select '01_08', check_idcard('937840199001010017');   -- 2023 foreign permanent resident card
select '01_09', check_idcard('37120219850615001X');   -- 莱芜 3712xx, abolished 2019
select '01_10', check_idcard('372321196201010020');   -- 惠民县, abolished
select '01_11', check_idcard('370116200501010036');   -- 莱芜区, created 2019
select '01_12', check_idcard(370102199003071238);     -- an integer column from a spreadsheet

-- 02: invalid numbers are 0, never an error
select '02_01', check_idcard('370102199003071235');   -- check digit
select '02_02', check_idcard('370102199002300019');   -- 30 February
select '02_03', check_idcard('379999199001010010');   -- unknown county
select '02_04', check_idcard('370102000229001');      -- 1900-02-29 (15 digits, century 19)
select '02_05', check_idcard('');
select '02_06', check_idcard(' 370102199003071238');  -- never trims silently
select '02_07', check_idcard(x'333730313032');        -- a BLOB: an error (the one BLOB rule)
select '02_08', check_idcard(printf('%.*c', 100000, '3'));  -- very long
select '02_09', check_idcard(3.70102199003071e17);    -- a REAL: Excel's scientific notation
select '02_10', check_idcard(NULL) is null;

-- 03: as_of
select '03_01', check_idcard('370102202612310016', '2026-11-22');   -- born after as_of
select '03_02', check_idcard('370102202612310016', '2026-12-31');   -- born on as_of
select '03_03', check_idcard('370102202612310016', '20261231');     -- YYYYMMDD as_of
select '03_04', check_idcard('370102202612310016');                 -- no as_of: no future check
select '03_05', check_idcard('370102199003071238', NULL) is null;
select '03_06', check_idcard('370102199003071238', '2026-13-01');
select '03_07', check_idcard('370102199003071238', 'yesterday');

-- 04: sex (GB/T 2261.1: 1 male, 2 female; 0 and 9 unknown)
select '04_01', check_idcard('370102199003071238', '2026-01-01', 1);
select '04_02', check_idcard('370102199003071238', '2026-01-01', 2);
select '04_03', check_idcard('11010519491231002X', '2026-01-01', '女');
select '04_04', check_idcard('11010519491231002X', '2026-01-01', '男');
select '04_05', check_idcard('11010519491231002X', '2026-01-01', 9);
select '04_06', check_idcard('11010519491231002X', '2026-01-01', NULL);
select '04_07', check_idcard('11010519491231002X', '2026-01-01', 3);
select '04_08', check_idcard('370102900307123', '2026-01-01', 2);   -- 15-digit: digit 15 odd

-- 05: the table-valued form, every error code
select '05_01', valid, error, kind, id18, region_code, province, city, county, region_current, birth_date, sex, age
  from check_idcard('11010519491231002X', '2026-11-24');
select '05_02', valid, error, message from check_idcard('370102199003071235');
select '05_03', valid, error, message from check_idcard('');
select '05_04', valid, error, message from check_idcard('3701021990030712');
select '05_05', valid, error, message from check_idcard('37010219900307123A');
select '05_06', valid, error, message from check_idcard('379999199001010010');
select '05_07', valid, error, message from check_idcard('370102199002300019');
select '05_08', valid, error, message from check_idcard('370102202612310016', '2026-11-22');
select '05_09', valid, error, message from check_idcard('370102199003071238', '2026-01-01', 2);
select '05_10', valid, error, message from check_idcard(NULL);
select '05_11', valid, error, message from check_idcard(x'00ff');  -- BLOB: an error
select '05_12', valid, error, message from check_idcard('３７０１０２１９９００３０７１２３８');
select '05_13', valid, error, message from check_idcard(printf('%.*c', 100000, '3'));
select '05_14', valid, error, message from check_idcard('ABC370102900307');

-- 06: kinds, upgrades and historic region codes in the table-valued form
select '06_01', kind, id18, region_code, province, city, county, birth_date, sex, age, warning
  from check_idcard('370102900307123', '2026-11-24');
select '06_02', kind, id18, province, city, county, region_current, warning
  from check_idcard('37120219850615001X', '2026-11-24');
select '06_03', kind, province, city, county, region_current from check_idcard('372321196201010020', '2026-11-24');
select '06_04', kind, province, city, county, region_current from check_idcard('370116200501010036', '2026-11-24');
select '06_05', kind, region_code, province, city, birth_date, sex from check_idcard('810000199408230021', '2026-11-24');
select '06_06', kind, region_code, province, city, birth_date, sex from check_idcard('830000199201300022', '2026-11-24');
select '06_07', kind, region_code, province, nationality_code, nationality, birth_date, sex, age
  from check_idcard('937840199001010017', '2026-11-24');
select '06_08', kind, id18, warning from check_idcard('37010219900101108x', '2026-11-24');
select '06_09', age from check_idcard('11010519491231002X', NULL);  -- explicit NULL as_of: no age
select '06_10', age is not null from check_idcard('11010519491231002X');  -- as_of left out: today
select '06_11', age, birth_date from check_idcard('440524188001010014', '2026-11-24');

-- 07: misuse of the table-valued form
select '07_01', * from check_idcard;
select '07_02', valid from check_idcard('370102199003071238', '2026-02-30');
select '07_03', valid from check_idcard('370102199003071238', '2026-01-01', 'M');

-- 08: a join never drops a roster row, whatever its ID number
create table roster(name text, id text);
insert into roster values ('a', '370102199003071238'), ('b', NULL), ('c', ''), ('d', '370102199003071235');
select '08_01', count(*) from roster r, check_idcard(r.id, '2026-11-24') c;
select '08_02', r.name, c.valid, c.error from roster r, check_idcard(r.id, '2026-11-24') c order by r.name;

-- 09: helpers
select '09_01', idcard_upgrade('370102900307123');
select '09_02', idcard_upgrade('37010219900101108x');      -- 18 in, canonical 18 out
select '09_03', idcard_upgrade('370102000229001') is null;  -- 1900-02-29: no upgrade
select '09_04', idcard_upgrade(NULL) is null;
select '09_05', idcard_normalize('  ３７０１０２１９９００１０１１０８ｘ　');
select '09_06', idcard_normalize(''' 37010219900101108x'), length(idcard_normalize(''' 37010219900101108x'));
select '09_07', idcard_normalize(NULL) is null;
select '09_08', idcard_normalize(x'00');
select '09_09', idcard_mask('37010219900101108X');
select '09_10', idcard_mask('370102900307123');
select '09_11', idcard_mask('12345');
select '09_12', idcard_mask('37010219900101108X', 1, 2);
select '09_13', idcard_mask('37010219900101108X', 10, 10);
select '09_14', idcard_mask('37010219900101108X', -1, 2);
select '09_15', idcard_mask('张三丰');
select '09_16', idcard_birth('11010519491231002X'), idcard_birth('370102900307123'), idcard_birth('370102199003071235') is null;
select '09_17', idcard_sex('11010519491231002X'), idcard_sex('370102900307123'), idcard_sex('x') is null;
select '09_18', idcard_age('11010519491231002X', '2026-11-24'), idcard_age('11010519491231002X', '1999-12-30'), idcard_age('11010519491231002X', '1999-12-31');
select '09_19', idcard_age('370102202612310016', '2026-11-24') is null;   -- not born yet
select '09_20', idcard_age('11010519491231002X', '2026-02-30');
select '09_21', idcard_checkdigit('11010519491231002'), idcard_checkdigit('440524188001010014'), idcard_checkdigit('1101051949123100') is null;
select '09_22', renshe_version() glob '[0-9]*.[0-9]*.[0-9]*';

-- 10: deterministic and innocuous: CHECK constraints, generated columns, indexes
create table person(id text check (check_idcard(id)), birth text as (idcard_birth(id)) stored);
insert into person(id) values ('11010519491231002X');
select '10_01', birth from person;
insert into person(id) values ('370102199003071235');
create index person_sex on person(idcard_sex(id));
select '10_02', count(*) from person where idcard_sex(id) = 2;
create index person_age on person(idcard_age(id));
select '10_03', idcard_age('11010519491231002X') >= 76;   -- the clock form still works in a query

-- 10 (cont.) innocuous: usable from a view even with trusted_schema off (what a hostile file could do)
pragma trusted_schema = 0;
create view v_valid as select id, check_idcard(id) as ok, idcard_mask(id) as masked from person;
select '10_04', ok, masked from v_valid;
select '10_05', count(*) from check_idcard('11010519491231002X');

-- 11 a REAL id (a spreadsheet's number column): the message names the type, not the length of
-- its text form ('3.70102199003071e+17'), and never repeats the number
select '11_01', valid, error, message from check_idcard(370102199003071238.0);
select '11_02', valid, error, message from check_idcard(370102900307123.0, '2026-11-24');
select '11_03', check_idcard(370102199003071238.0), check_idcard(370102199003071238), check_idcard(cast(370102199003071238 as text));
