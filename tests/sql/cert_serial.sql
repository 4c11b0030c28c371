-- tests/sql/cert_serial.sql: cert_serial, cert_serial_check and the cert_serial_* helpers through
-- the sqlite3 shell. Run by tests/run.sh with the extension loaded (by hand:
-- sqlite3 -cmd '.load dist/renshe' < this). Expected output: cert_serial.expected.
-- The rule is 鲁人社函〔2020〕48号 附件2; provider codes and sequences are made up.

-- 01: cert_serial(city, county, provider, year, seq, category): building serials
select '01_01', cert_serial(3701, 0, 1, 2020, 1, 'A');           -- 37010000012000001A
select '01_02', cert_serial('济南', 0, 1, 2020, 1, 'B');
select '01_03', cert_serial('济南市', '00', '0001', '2020', '00001', 'C');  -- digit text, padded
select '01_04', cert_serial('省本级', 0, 1, 2026, 99999, 'A');   -- 3700, seq upper bound
select '01_05', cert_serial(3716, 99, 9999, 2099, 1, 'C');       -- county, provider, year upper bounds
select '01_06', cert_serial('临沂', 3, 12, 2026, 1, 'A');        -- 临沂 is 3712 in the rule's table
select '01_07', cert_serial('德州', 3, 12, 2026, 1, 'A');        -- 德州 is 3713 (GB/T 2260: 3714)
select '01_08', cert_serial('菏泽市', 3, 12, 2026, 1, 'A');      -- 菏泽 is 3716 (GB/T 2260: 3717)
select '01_09', cert_serial(3701, 0, 1, 2026, 1, 'a');           -- input is normalised: a -> A
select '01_10', cert_serial(3701, 0, 1, 2026, 1, '岗位技能提升培训');
select '01_11', cert_serial(3701, 0, 1, 2026.0, 1.0, 'A');       -- whole REALs are numbers
select '01_12', cert_serial_check(cert_serial(3712, 3, 12, 2026, 1, 'A'));  -- round trip

-- 02: misuse raises an error naming the function and the part
select '02_01', cert_serial(3701, 0, 1, 2026, 0, 'A');
select '02_02', cert_serial(3701, 0, 1, 2026, 100000, 'A');
select '02_03', cert_serial(3701, 0, 1, 2026, 1, 'D');
select '02_04', cert_serial('北京', 0, 1, 2026, 1, 'A');
select '02_05', cert_serial(3701, 100, 1, 2026, 1, 'A');
select '02_06', cert_serial(3701, 0, 0, 2026, 1, 'A');            -- reading: 0000 is no code
select '02_07', cert_serial(3701, 0, 10000, 2026, 1, 'A');
select '02_08', cert_serial(3701, 0, 1, 2019, 1, 'A');            -- reading: from 2020
select '02_09', cert_serial(3701, 0, 1, 26, 1, 'A');              -- a two-digit year
select '02_10', cert_serial(3701, 0, 1, 2100, 1, 'A');
select '02_11', cert_serial(3700, 5, 1, 2026, 1, 'A');            -- 省本级 has county 00
select '02_12', cert_serial('371300', 0, 1, 2026, 1, 'A');        -- the two-code trap
select '02_13', cert_serial(371300, 0, 1, 2026, 1, 'A');
select '02_14', cert_serial(3717, 0, 1, 2026, 1, 'A');
select '02_15', cert_serial('莱芜', 0, 1, 2026, 1, 'A');          -- 3712 is never 莱芜
select '02_16', cert_serial('371200', 0, 1, 2026, 1, 'A');
select '02_17', cert_serial('370102', 0, 1, 2026, 1, 'A');        -- a GB/T 2260 county code
select '02_18', cert_serial(x'33373031', 0, 1, 2026, 1, 'A');     -- BLOB city
select '02_19', cert_serial(3701.5, 0, 1, 2026, 1, 'A');          -- REAL city
select '02_20', cert_serial(3701, 'abc', 1, 2026, 1, 'A');
select '02_21', cert_serial(3701, 0, 1, 2026, 1.5, 'A');
select '02_22', cert_serial(3701, 0, 1, 2026, x'01', 'A');
select '02_23', cert_serial(3701, 0, 1, 2026, '12345678901234567890', 'A');
select '02_24', cert_serial(3701, 0, 1, 2026, -1, 'A');
select '02_25', cert_serial(3701, 0, 1, 2026, 1, x'41');
select '02_26', cert_serial(3701, 0, 1, 2026, 1, 'AB');
select '02_27', cert_serial(3701, 0, 1, 2026, 1, 1);
select '02_28', cert_serial(3701, '', 1, 2026, 1, 'A');
select '02_29', cert_serial(printf('%.500c', '3'), 0, 1, 2026, 1, 'A');  -- very long city
select '02_30', cert_serial(replace(printf('%.50c', 'x'), 'x', '济'), 0, 1, 2026, 1, 'A');  -- cut whole
select '02_31', cert_serial(3701, 0, 1, 2026, 1, replace(printf('%.50c', 'x'), 'x', '类'));

-- 03: a NULL argument gives NULL
select '03_01', cert_serial(NULL, 0, 1, 2026, 1, 'A') is null;
select '03_02', cert_serial(3701, NULL, 1, 2026, 1, 'A') is null;
select '03_03', cert_serial(3701, 0, 1, 2026, NULL, 'A') is null;
select '03_04', cert_serial(3701, 0, 1, 2026, 1, NULL) is null;

-- 04: cert_serial_check(serial [, as_of]): 1, 0 or NULL, never an error for data
select '04_01', cert_serial_check('37010000012000001A');
select '04_02', cert_serial_check('37000000012099999B');
select '04_03', cert_serial_check('37169999999999999C');
select '04_04', cert_serial_check('37120300122600001A');          -- 3712 临沂
select '04_05', cert_serial_check('37170000122600001A');          -- 3717: no such city
select '04_06', cert_serial_check('37000100012000001A');          -- 省本级 with county 01
select '04_07', cert_serial_check('37019900012000001A');          -- county 99
select '04_08', cert_serial_check('37010000002000001A');          -- provider 0000
select '04_09', cert_serial_check('37010099992000001A');          -- provider 9999
select '04_10', cert_serial_check('37010000011900001A');          -- year 2019
select '04_11', cert_serial_check('37010000012000001A');          -- year 2020
select '04_12', cert_serial_check('37010000012000000A');          -- seq 00000
select '04_13', cert_serial_check('37010000012099999A');          -- seq 99999
select '04_14', cert_serial_check('37010000012000001D');
select '04_15', cert_serial_check('37010000012000001a');          -- lowercase: invalid
select '04_16', cert_serial_check('');
select '04_17', cert_serial_check(NULL) is null;
select '04_18', cert_serial_check(x'3337303130303030303132303030303031');  -- BLOB: an error (the one BLOB rule)
select '04_19', cert_serial_check(printf('%.100000c', '3'));      -- very long
select '04_20', cert_serial_check(37010000012000001);             -- a number: 17 digits
select '04_21', cert_serial_check('37010000012600001A', '2026-01-01');  -- issued in as_of's year
select '04_22', cert_serial_check('37010000012700001A', '2026-12-31');  -- after as_of
select '04_23', cert_serial_check('37010000012000001A', '2020-07-30');  -- the notice's date
select '04_24', cert_serial_check('37010000012000001A', '2020-07-29');  -- before it
select '04_25', cert_serial_check('37010000012000001A', NULL) is null;
select '04_26', cert_serial_check('37010000012000001A', '2026-02-30');
select '04_27', cert_serial_check(' 37010000012000001A');
select '04_28', cert_serial_check('3701000001200000１A');

-- 05: SELECT * FROM cert_serial(serial [, as_of]): one row with every part and the reason
select '05_01', * from cert_serial('37120300122600001A');
select '05_02', * from cert_serial('37000000012099999B');
select '05_03', * from cert_serial('37160000019900001C');
select '05_04', error, message from cert_serial('');
select '05_05', error, message from cert_serial('3701');
select '05_06', error, message from cert_serial(' 37010000012000001A');
select '05_07', error, message from cert_serial('3701000001200000１A');
select '05_08', error, message from cert_serial('370100000120000019');
select '05_09', * from cert_serial('37170000122600001A');
select '05_10', * from cert_serial('37000100012000001A');
select '05_11', * from cert_serial('37010000002000001A');
select '05_12', * from cert_serial('37010000011900001A');
select '05_13', * from cert_serial('37010000012700001A', '2026-12-31');
select '05_14', error, message from cert_serial('37010000012000001A', '2020-07-29');
select '05_15', * from cert_serial('37010000012000000A');
select '05_16', * from cert_serial('37010000012000001D');
select '05_17', * from cert_serial('37010000012000001a');
select '05_18', * from cert_serial(NULL);
select '05_19', * from cert_serial(x'3337');  -- BLOB: an error
select '05_20', valid, error from cert_serial('37010000012000001A', NULL);   -- NULL as_of: no date check
select '05_21', * from cert_serial('37010000012000001A', 'tomorrow');
select '05_22', * from cert_serial;
select '05_23', s.k, c.valid, c.error, c.city_name from
  (select 1 k, '37120300122600001A' v union all select 2, '37130300122600001A'
   union all select 3, '37170300122600001A') s, cert_serial(s.v) c order by s.k;  -- a join

-- 06: cert_serial_city and cert_serial_normalize
select '06_01', cert_serial_city('临沂'), cert_serial_city('临沂市'), cert_serial_city(3712);
select '06_02', cert_serial_city('3713');                          -- 德州, not 临沂
select '06_03', cert_serial_city('371300');
select '06_04', cert_serial_city(NULL) is null;
select '06_05', cert_serial_city('3717');
select '06_06', cert_serial_normalize(' 37010000012000001a ');
select '06_07', cert_serial_normalize('３７０１０００００１２０００００１ａ');
select '06_08', cert_serial_check(cert_serial_normalize('''37010000012000001b'));
select '06_09', cert_serial_normalize(NULL) is null;
select '06_10', cert_serial_normalize(x'00');

-- 07: the functions are pure, so a schema may use them (CHECK, generated column, index)
create table t07b(serial text check (cert_serial_check(serial)),
                  yr int generated always as (cert_serial_check(serial, '2026-12-31')) virtual);
insert into t07b(serial) values ('37120300122600001A');
select '07_01', yr from t07b;
insert into t07b(serial) values ('37170300122600001A');
create index t07b_city on t07b(cert_serial_city(substr(serial, 1, 4)));
select '07_02', count(*) from t07b where cert_serial_city(substr(serial, 1, 4)) = '3712';
