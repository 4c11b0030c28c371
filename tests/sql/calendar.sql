-- tests/sql/calendar.sql: working days, the statistical month and the pension age through sqlite3.
-- Run by tests/run.sh with the extension loaded (by hand: sqlite3 -cmd '.load dist/renshe' < this).
-- Expected output: calendar.expected. Holidays are quoted from each year's 国办发明电 notice;
-- pension ages from the annex tables of 国务院关于渐进式延迟法定退休年龄的办法 (2024-09-13).

-- 01: workday_add over Spring Festival make-up days
-- 2024 (国办发明电〔2023〕7号): 2月10日至17日放假; 2月4日（星期日）、2月18日（星期日）上班; 除夕 02-09 worked.
select '01_01', workday_add('2024-02-08', 1);            -- 2024-02-09 (除夕 is not in the notice)
select '01_02', workday_add('2024-02-09', 1);            -- the make-up Sunday
select '01_03', workday_add('2024-02-02', 1);            -- Fri -> make-up Sunday 02-04
select '01_04', workday_add('2024-02-07', 3);            -- 79号 一(三): 3 working days
select '01_05', workday_add('20240207', 3);              -- YYYYMMDD accepted
-- 2020: 春节 extended to 02-02 by 国办发明电〔2020〕1号; the 02-01 make-up Saturday cancelled.
select '01_06', workday_add('2020-01-23', 1);
select '01_07', workday_add('2020-01-17', 1);            -- Fri -> make-up Sunday 01-19
select '01_08', workday_add('2020-01-31', 1);            -- from an extension day
-- 2025 (国办发明电〔2024〕12号, 春节 one day longer under 国务院令第795号): 1月28日至2月4日; 1月26日、2月8日上班.
select '01_09', workday_add('2025-01-24', 7);            -- 39号 五(一): 7 working days
-- 2026 (国办发明电〔2025〕7号): 2月15日至23日; 2月14日（周六）、2月28日（周六）上班.
select '01_10', workday_add('2026-02-13', 1);
select '01_11', workday_add('2026-02-13', 2);
select '01_12', workday_add('2026-02-13', 5);            -- make-up Sat 02-14, then 02-24..02-27

-- 02: workday_add over National Day make-up days
-- 2019 (〔2018〕15号): 10月1日至7日; 9月29日（星期日）、10月12日（星期六）上班.
select '02_01', workday_add('2019-09-27', 1);
select '02_02', workday_add('2019-09-30', 1);
select '02_03', workday_add('2019-10-11', 1);
-- 2020 (〔2019〕16号): 国庆中秋 10月1日至8日; 9月27日（星期日）、10月10日（星期六）上班.
select '02_04', workday_add('2020-09-25', 1);
select '02_05', workday_add('2020-09-30', 2);
select '02_06', workday_add('2020-09-30', 3);
-- 2023 (〔2022〕16号): 9月29日至10月6日; 10月7日（星期六）、10月8日（星期日）上班.
select '02_07', workday_add('2023-09-28', 1);
select '02_08', workday_add('2023-09-28', 2);
select '02_09', workday_add('2023-09-28', 3);

-- 03: n = 0, backwards, argument forms
select '03_01', workday_add('2024-02-12', 0);            -- the date itself, even a holiday
select '03_02', workday_add('2024-02-18', -1);
select '03_03', workday_add('2019-10-10', -5);
select '03_04', workday_add('2024-02-09', 1.0);          -- an integral real is a whole number
select '03_05', workday_add('2024-02-09', '2');          -- numeric text too
select '03_06', workday_add(NULL, 1) is null, workday_add('2024-02-09', NULL) is null;

-- 04: workdays_between: (a, b] forward, [b, a) backward
select '04_01', workdays_between('2024-02-09', '2024-02-18');
select '04_02', workdays_between('2024-02-08', '2024-02-19');
select '04_03', workdays_between('2024-02-19', '2024-02-08');
select '04_04', workdays_between('2024-02-10', '2024-02-18');  -- reading: the holiday start is left out
select '04_05', workdays_between('2024-02-18', '2024-02-10');  -- backwards the make-up Sunday is left out
select '04_06', workdays_between('2023-12-31', '2024-12-31');  -- 2024: 262 weekdays - 19 + 8
select '04_07', workdays_between('2024-12-31', '2025-12-31');  -- 2025: 261 - 18 + 5
select '04_08', workdays_between('2020-09-30', workday_add('2020-09-30', 3));
select '04_09', workdays_between('2024-02-12', '2024-02-12');
select '04_10', workdays_between('2018-01-01', NULL) is null;

-- 05: what a day is
select '05_01', is_workday('2024-02-18'), workday_kind('2024-02-18'), workday_holiday('2024-02-18');
select '05_02', is_workday('2024-02-12'), workday_kind('2024-02-12'), workday_notice('2024-02-12');
select '05_03', is_workday('2024-02-24'), workday_kind('2024-02-24'), workday_holiday('2024-02-24') is null;
select '05_04', is_workday('2024-02-09'), workday_kind('2024-02-09');
select '05_05', workday_kind('2020-02-01'), workday_notice('2020-02-01');
select '05_06', workday_kind('2019-05-05'), workday_notice('2019-05-05');  -- 劳动节 changed in 2019
select '05_07', workday_holiday('2025-10-08'), workday_notice('2025-10-08');
-- A13: the weekend days of a block the notice states as "X日放假，与周末连休" are weekend days, the
-- same in every year (2018 端午, 2019 清明/端午/中秋, 2024 端午); a block stated as a range keeps its
-- weekend days as holidays (2021 端午 "6月12日至14日放假").
select '05_09', workday_kind('2018-06-16'), workday_kind('2019-04-06'), workday_kind('2019-06-08'),
                workday_kind('2019-09-14'), workday_kind('2024-06-08'), workday_kind('2021-06-12');
select '05_10', workday_holiday('2019-06-08') is null, workday_holiday('2019-06-07'), workday_holiday('2021-06-12');
select '05_08', (select count(*) from (with recursive d(x) as (select '2018-01-01' union all
                  select date(x, '+1 day') from d where x < '2026-12-31') select x from d
                  where is_workday(x)));                 -- working days 2018..2026

-- 06: errors: outside the calendar, malformed
select '06_01', workday_add('2030-01-02', 1);
select '06_02', workday_add('2017-12-29', 1);
select '06_03', workday_add('2026-12-31', 1);
select '06_04', workday_add('2018-01-02', -1);
select '06_05', workday_add('2024-02-30', 1);
select '06_06', workday_add('2024/02/09', 1);
select '06_07', workday_add('2024-02-09', 1.5);
select '06_08', workday_add('2024-02-09', 'three');
select '06_09', workday_add('2024-02-09', x'03');
select '06_10', workdays_between('2024-01-01', '2027-01-04');
select '06_11', workdays_between('2017-12-31', '2024-01-01');
select '06_12', is_workday('2027-01-01');
select '06_13', workday_kind('yesterday');
select '06_14', workday_add('2024-02-09', 100000000000);
select '06_15', workday_add('2024-02-09', -9223372036854775808);

-- 07: the statistical month (79号 三(九): 上月21日至本月20日)
select '07_01', stat_period('2020-10-20');
select '07_02', stat_period('2020-10-21');
select '07_03', stat_period('2020-09-21');
select '07_04', stat_period('2020-12-21');
select '07_05', stat_period('2021-01-20');
select '07_06', stat_period_start('2020-10'), stat_period_end('2020-10');
select '07_07', stat_period_start('2021-01'), stat_period_end('2021-01');
select '07_08', stat_period_start('202403'), stat_period_end(202403);
select '07_09', stat_period_start(stat_period('2030-06-30')), stat_period_end(stat_period('2030-06-30'));
select '07_10', stat_period(NULL) is null, stat_period_start(NULL) is null;
select '07_11', stat_period_start('2020-13');
select '07_12', stat_period_end('2020-1');
select '07_13', stat_period('2020-10-32');
-- "registered unemployed at the end of the October 2020 period" as one query
with reg(person, registered, exited) as (values ('a', '2020-09-01', NULL), ('b', '2020-10-20', NULL),
    ('c', '2020-10-21', NULL), ('d', '2020-03-01', '2020-10-20'), ('e', '2020-03-01', '2020-10-21'))
select '07_14', group_concat(person, ',') from reg
  where registered <= stat_period_end('2020-10')
    and (exited is null or exited > stat_period_end('2020-10'));

-- 08: retirement_date and the ages of the 2024 decision's annex tables
select '08_01', retirement_date('1964-12-15', 1), retirement_age('1964-12-15', 1);  -- before the reform
select '08_02', retirement_date('1965-01-15', 1), retirement_age('1965-01-15', 1);
select '08_03', retirement_date('1965-04-30', 1), retirement_age('1965-04-30', 1);
select '08_04', retirement_date('1965-05-01', 1), retirement_age('1965-05-01', 1);
select '08_05', retirement_date('1976-08-20', 1), retirement_age('1976-08-20', 1);
select '08_06', retirement_date('1976-09-20', 1), retirement_age('1976-09-20', 1);
select '08_07', retirement_date('1975-01-15', 2, 50), retirement_age('1975-01-15', 2, 50);
select '08_08', retirement_date('1975-02-15', 2, 50), retirement_age('1975-02-15', 2, 50);
select '08_09', retirement_date('1975-03-15', 2, 50), retirement_age('1975-03-15', 2, 50);
select '08_10', retirement_date('1975-04-15', 2, 50), retirement_age('1975-04-15', 2, 50);
select '08_11', retirement_date('1984-11-15', 2, 50), retirement_age('1984-11-15', 2, 50);
select '08_12', retirement_date('1970-01-15', 2, 55), retirement_age('1970-01-15', 2, 55);
select '08_13', retirement_date('1970-01-15', 2) is null, retirement_date('1970-01-15', 2, NULL) is null,
                retirement_age('1970-01-15', 2) is null, retirement_age_months('1970-01-15', 2) is null;  -- a woman's track is not assumed (A14)
select '08_14', retirement_date('1981-09-15', '女', 55), retirement_age_months('1981-09-15', '女', 55);
select '08_15', retirement_age_months('1965-01-15', 1), retirement_age_months('1984-10-15', 2, 50);
-- day of month: the birthday in the target month, else its last day (民法典 第二百零二条)
select '08_16', retirement_date('1965-01-31', 1), retirement_date('1965-03-31', 1);
select '08_17', retirement_date('1975-01-31', 2, 50), retirement_date('1968-04-30', 1);
select '08_18', retirement_date('1964-02-29', 1), retirement_date('1972-02-29', 2, 55);
-- the law in force on as_of: the decision took effect 2025-01-01
select '08_19', retirement_date('1970-01-15', 2, 55, '2024-12-31'), retirement_date('1970-01-15', 2, 55, '2025-01-01');
select '08_20', retirement_age('1976-09-20', 1, NULL, '2024-09-13'), retirement_age('1976-09-20', 1, NULL, '2026-01-01');
-- reading: a man's category is ignored
select '08_21', retirement_date('1965-01-15', 1, 50), retirement_date('1965-01-15', '男', 60);
-- unknown sex and NULLs are data: NULL
select '08_22', retirement_date('1965-01-15', 0) is null, retirement_date('1965-01-15', 9) is null,
                retirement_date('1965-01-15', NULL) is null, retirement_date(NULL, 1) is null,
                retirement_date('1965-01-15', 1, NULL, NULL) is null;

-- 09: in_working_age: 16周岁（含） to the pension age (39号 一(一))
select '09_01', in_working_age('2008-11-24', 1, NULL, '2024-11-23'), in_working_age('2008-11-24', 1, NULL, '2024-11-24');
select '09_02', in_working_age('1965-01-15', 1, NULL, '2025-02-14'), in_working_age('1965-01-15', 1, NULL, '2025-02-15');
select '09_03', in_working_age('1964-12-15', 1, NULL, '2024-12-14'), in_working_age('1964-12-15', 1, NULL, '2024-12-15');
select '09_04', in_working_age('1975-03-15', 2, 50, '2025-05-14'), in_working_age('1975-03-15', 2, 50, '2025-05-15');
select '09_05', in_working_age('1975-03-15', 2, 55, '2025-05-15'), retirement_date('1975-03-15', 2, 55);
select '09_06', in_working_age('1975-03-15', 2, NULL, '2031-07-14') is null, in_working_age('1975-03-15', 2, 55, '2031-07-14'), in_working_age('1975-03-15', 2, 55, '2031-07-15');
select '09_07', in_working_age('2010-01-01', 1, NULL, '2020-10-20'), in_working_age('2010-01-01', 0, NULL, '2020-10-20') is null;

-- 10: retirement errors
select '10_01', retirement_date('1965-01-15', 3);
select '10_02', retirement_date('1965-01-15', 'M');
select '10_03', retirement_date('1970-01-15', 2, 60);
select '10_04', retirement_date('1970-01-15', 2, 45);
select '10_05', retirement_date('1970-13-15', 2, 50);
select '10_06', retirement_date('1970-01-15', 2, 50, '2025-1-1');
select '10_07', retirement_date('9950-01-01', 1);
select '10_08', in_working_age('1970-01-15', 2, 'worker', '2025-01-01');
select '10_09', in_working_age('1970-01-15', 2, 50, 'today');
