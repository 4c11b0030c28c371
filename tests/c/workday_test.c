/*
** tests/c/workday_test.c: unit tests of ext/workday.c (working days, statistical month).
**
** The calendar check below is independent of holidays.csv: aOff[] and aMakeup[] were typed by hand
** from the notices' own words (each year's 国办发明电 quoted in its comment), listing the off days
** that fall Monday to Friday and the weekend days worked. Every
** day 2018-01-01..2026-12-31 must then
** agree with the generated table.
*/
#include "test.h"
#include "workday.h"

static RsDate D(const char *z) {
  RsDate d = {0, 0, 0};
  rs_date_parse(z, (int)strlen(z), &d);
  return d;
}
static const char *S(RsDate d) {
  static char az[4][11];
  static int i;
  i = (i + 1) % 4;
  rs_date_format(d, az[i]);
  return az[i];
}

/* Official holidays that fall on Monday..Friday, as YYYYMMDD. */
static const int aOff[] = {
    /* 2018 国办发明电〔2017〕12号: 元旦1月1日; 春节2月15日至21日; 清明4月5日至7日; 劳动节4月29日至
    ** 5月1日; 端午6月18日; 中秋9月24日; 国庆10月1日至7日. 2019 元旦 (〔2018〕15号): 2018年12月30日
    ** 至2019年1月1日. */
    20180101, 20180215, 20180216, 20180219, 20180220, 20180221, 20180405, 20180406, 20180430,
    20180501, 20180618, 20180924, 20181001, 20181002, 20181003, 20181004, 20181005, 20181231,
    /* 2019 〔2018〕15号 and 〔2019〕3号: 1月1日; 春节2月4日至10日; 清明4月5日; 劳动节5月1日至4日;
    ** 端午6月7日; 中秋9月13日; 国庆10月1日至7日. */
    20190101, 20190204, 20190205, 20190206, 20190207, 20190208, 20190405, 20190501, 20190502,
    20190503, 20190607, 20190913, 20191001, 20191002, 20191003, 20191004, 20191007,
    /* 2020 〔2019〕16号 and 〔2020〕1号: 1月1日; 春节1月24日至2月2日; 清明4月4日至6日; 劳动节5月1日至
    ** 5日; 端午6月25日至27日; 国庆中秋10月1日至8日. */
    20200101, 20200124, 20200127, 20200128, 20200129, 20200130, 20200131, 20200406, 20200501,
    20200504, 20200505, 20200625, 20200626, 20201001, 20201002, 20201005, 20201006, 20201007,
    20201008,
    /* 2021 〔2020〕27号: 1月1日至3日; 春节2月11日至17日; 清明4月3日至5日; 劳动节5月1日至5日; 端午
    ** 6月12日至14日; 中秋9月19日至21日; 国庆10月1日至7日. */
    20210101, 20210211, 20210212, 20210215, 20210216, 20210217, 20210405, 20210503, 20210504,
    20210505, 20210614, 20210920, 20210921, 20211001, 20211004, 20211005, 20211006, 20211007,
    /* 2022 〔2021〕11号: 1月1日至3日; 春节1月31日至2月6日; 清明4月3日至5日; 劳动节4月30日至5月4日;
    ** 端午6月3日至5日; 中秋9月10日至12日; 国庆10月1日至7日. 2023 元旦 (〔2022〕16号): 2022年12月31日
    ** 至2023年1月2日. */
    20220103, 20220131, 20220201, 20220202, 20220203, 20220204, 20220404, 20220405, 20220502,
    20220503, 20220504, 20220603, 20220912, 20221003, 20221004, 20221005, 20221006, 20221007,
    /* 2023 〔2022〕16号: 春节1月21日至27日; 清明4月5日; 劳动节4月29日至5月3日; 端午6月22日至24日;
    ** 中秋国庆9月29日至10月6日. */
    20230102, 20230123, 20230124, 20230125, 20230126, 20230127, 20230405, 20230501, 20230502,
    20230503, 20230622, 20230623, 20230929, 20231002, 20231003, 20231004, 20231005, 20231006,
    /* 2024 〔2023〕7号: 1月1日; 春节2月10日至17日; 清明4月4日至6日; 劳动节5月1日至5日; 端午6月10日;
    ** 中秋9月15日至17日; 国庆10月1日至7日. */
    20240101, 20240212, 20240213, 20240214, 20240215, 20240216, 20240404, 20240405, 20240501,
    20240502, 20240503, 20240610, 20240916, 20240917, 20241001, 20241002, 20241003, 20241004,
    20241007,
    /* 2025 〔2024〕12号: 1月1日; 春节1月28日至2月4日; 清明4月4日至6日; 劳动节5月1日至5日; 端午5月31日
    ** 至6月2日; 国庆中秋10月1日至8日. */
    20250101, 20250128, 20250129, 20250130, 20250131, 20250203, 20250204, 20250404, 20250501,
    20250502, 20250505, 20250602, 20251001, 20251002, 20251003, 20251006, 20251007, 20251008,
    /* 2026 〔2025〕7号: 元旦1月1日至3日; 春节2月15日至23日; 清明4月4日至6日; 劳动节5月1日至5日;
    ** 端午6月19日至21日; 中秋9月25日至27日; 国庆10月1日至7日. */
    20260101, 20260102, 20260216, 20260217, 20260218, 20260219, 20260220, 20260223, 20260406,
    20260501, 20260504, 20260505, 20260619, 20260925, 20261001, 20261002, 20261005, 20261006,
    20261007,
};

/* Saturdays and Sundays worked (…上班), as YYYYMMDD, from the same notices. */
static const int aMakeup[] = {
    /* 2018; 12-29 is from 〔2018〕15号 */
    20180211, 20180224, 20180408, 20180428, 20180929, 20180930, 20181229,
    20190202, 20190203, 20190428, 20190505, 20190929, 20191012,           /* 2019 */
    /* 2020; 02-01 cancelled by 〔2020〕1号 */
    20200119, 20200426, 20200509, 20200628, 20200927, 20201010,
    20210207, 20210220, 20210425, 20210508, 20210918, 20210926, 20211009, /* 2021 */
    20220129, 20220130, 20220402, 20220424, 20220507, 20221008, 20221009, /* 2022 */
    20230128, 20230129, 20230423, 20230506, 20230625, 20231007, 20231008, /* 2023 */
    20240204, 20240218, 20240407, 20240428, 20240511, 20240914, 20240929, 20241012, /* 2024 */
    20250126, 20250208, 20250427, 20250928, 20251011,                     /* 2025 */
    20260104, 20260214, 20260228, 20260509, 20260920, 20261010,           /* 2026 */
};

static int inList(const int *a, int n, int k) {
  for (int i = 0; i < n; i++) {
    if (a[i] == k) return 1;
  }
  return 0;
}

static void testCalendarAgainstNotices(void) {
  int nOff = (int)(sizeof(aOff) / sizeof(aOff[0]));
  int nMk = (int)(sizeof(aMakeup) / sizeof(aMakeup[0]));
  /* The hand lists themselves: off days are weekdays, make-up days weekends. */
  for (int i = 0; i < nOff; i++) {
    int dow = workday_dow((RsDate){aOff[i] / 10000, aOff[i] / 100 % 100, aOff[i] % 100});
    if (dow == 0 || dow == 6) CHECK_INT("hand list: off day is a weekday", aOff[i], 0);
  }
  for (int i = 0; i < nMk; i++) {
    int dow = workday_dow((RsDate){aMakeup[i] / 10000, aMakeup[i] / 100 % 100, aMakeup[i] % 100});
    if (dow != 0 && dow != 6) CHECK_INT("hand list: make-up day is a weekend", aMakeup[i], 0);
  }
  int nBad = 0, nDays = 0;
  long first = rs_date_to_days(D("2018-01-01")), last = rs_date_to_days(D("2026-12-31"));
  for (long x = first; x <= last; x++) {
    RsDate d = rs_date_from_days(x);
    int k = d.y * 10000 + d.m * 100 + d.d, dow = workday_dow(d);
    int want = inList(aMakeup, nMk, k) || (dow != 0 && dow != 6 && !inList(aOff, nOff, k));
    if (workday_is(d) != want) {
      if (nBad++ < 10) CHECK_STR("calendar agrees with the notices", S(d), "");
    }
    nDays++;
  }
  CHECK_INT("calendar: days disagreeing with the notices", nBad, 0);
  CHECK_INT("calendar: days checked 2018..2026", nDays, 3287);
}

static void testKinds(void) {
  const WorkdayRow *p;
  CHECK_STR("first", S(workday_first()), "2018-01-01");
  CHECK_STR("last", S(workday_last()), "2026-12-31");
  CHECK_INT("kind 2024-02-12 holiday", workday_kind(D("2024-02-12"), &p), WORKDAY_KIND_HOLIDAY);
  CHECK_STR("kind 2024-02-12 name", p ? p->zName : 0, "春节");
  CHECK_STR("kind 2024-02-12 notice", p ? p->zNotice : 0, "国办发明电〔2023〕7号");
  CHECK_INT("kind 2024-02-18 makeup", workday_kind(D("2024-02-18"), &p), WORKDAY_KIND_MAKEUP);
  CHECK_INT("kind 2024-02-09 除夕 is a workday", workday_kind(D("2024-02-09"), &p),
            WORKDAY_KIND_WORKDAY);
  CHECK("kind 2024-02-09 no row", p == 0);
  CHECK_INT("kind 2024-02-24 weekend", workday_kind(D("2024-02-24"), 0), WORKDAY_KIND_WEEKEND);
  CHECK_INT("kind 2020-02-01 became a holiday", workday_kind(D("2020-02-01"), &p),
            WORKDAY_KIND_HOLIDAY);
  CHECK_STR("kind 2020-02-01 notice", p ? p->zNotice : 0, "国办发明电〔2020〕1号");
  CHECK_INT("kind 2017-12-31 none", workday_kind(D("2017-12-31"), 0), WORKDAY_KIND_NONE);
  CHECK_INT("kind 2027-01-01 none", workday_kind(D("2027-01-01"), 0), WORKDAY_KIND_NONE);
  CHECK_INT("is 2027-01-04", workday_is(D("2027-01-04")), -1);
  CHECK_STR("kind name makeup", workday_kind_name(WORKDAY_KIND_MAKEUP), "makeup");
  CHECK_STR("kind name out of range", workday_kind_name(99), "");
  CHECK_INT("dow 2024-02-18 Sunday", workday_dow(D("2024-02-18")), 0);
  CHECK_INT("dow 2018-01-01 Monday", workday_dow(D("2018-01-01")), 1);
}

static const char *add(const char *z, long long n) {
  RsDate out;
  int rc = workday_add(D(z), n, &out);
  if (rc == WORKDAY_E_DATE) return "E_DATE";
  if (rc == WORKDAY_E_PAST) return "E_PAST";
  return S(out);
}

static void testAdd(void) {
  /* 2024 Spring Festival, 国办发明电〔2023〕7号: 2月10日至17日放假; 2月4日（星期日）、2月18日（星期日）上班.
  ** 除夕 2月9日 is not in the notice: a working day. */
  CHECK_STR("add 2024-02-08 +1 = 除夕", add("2024-02-08", 1), "2024-02-09");
  CHECK_STR("add 2024-02-09 +1 = Sunday make-up", add("2024-02-09", 1), "2024-02-18");
  CHECK_STR("add 2024-02-09 +2", add("2024-02-09", 2), "2024-02-19");
  CHECK_STR("add 2024-02-02 (Fri) +1 = Sunday 02-04", add("2024-02-02", 1), "2024-02-04");
  CHECK_STR("add from a holiday 2024-02-12 +1", add("2024-02-12", 1), "2024-02-18");
  /* 79号 一(三): 3 working days to finish an application made on 2024-02-07 (Wed). */
  CHECK_STR("add 2024-02-07 +3", add("2024-02-07", 3), "2024-02-18");
  /* 2020 Spring Festival extended to 02-02 (国办发明电〔2020〕1号); 02-01 no longer worked. */
  CHECK_STR("add 2020-01-23 +1 = 02-03", add("2020-01-23", 1), "2020-02-03");
  CHECK_STR("add 2020-01-17 (Fri) +1 = Sunday 01-19", add("2020-01-17", 1), "2020-01-19");
  CHECK_STR("add 2020-01-23 +3", add("2020-01-23", 3), "2020-02-05");
  /* 2019 National Day, 〔2018〕15号: 10月1日至7日; 9月29日（星期日）、10月12日（星期六）上班. */
  CHECK_STR("add 2019-09-27 +1 = Sunday 09-29", add("2019-09-27", 1), "2019-09-29");
  CHECK_STR("add 2019-09-30 +1 = 10-08", add("2019-09-30", 1), "2019-10-08");
  CHECK_STR("add 2019-10-11 +1 = Saturday 10-12", add("2019-10-11", 1), "2019-10-12");
  CHECK_STR("add 2019-09-27 +5", add("2019-09-27", 5), "2019-10-10");
  /* 2020 National Day + Mid-autumn, 〔2019〕16号: 10月1日至8日; 9月27日、10月10日上班. */
  CHECK_STR("add 2020-09-30 +1", add("2020-09-30", 1), "2020-10-09");
  CHECK_STR("add 2020-09-30 +2 = Saturday 10-10", add("2020-09-30", 2), "2020-10-10");
  CHECK_STR("add 2020-09-30 +3", add("2020-09-30", 3), "2020-10-12");
  /* 2025, 〔2024〕12号 (春节 one day longer, 国务院令第795号): 1月28日至2月4日; 1月26日、2月8日上班.
  ** 39号 五(一): 7 working days from 2025-01-24 (Fri). */
  CHECK_STR("add 2025-01-27 +1", add("2025-01-27", 1), "2025-02-05");
  CHECK_STR("add 2025-01-24 +7", add("2025-01-24", 7), "2025-02-10");
  /* 2026, 〔2025〕7号: 2月15日至23日; 2月14日（周六）、2月28日（周六）上班. */
  CHECK_STR("add 2026-02-13 +1 = Saturday 02-14", add("2026-02-13", 1), "2026-02-14");
  CHECK_STR("add 2026-02-13 +2", add("2026-02-13", 2), "2026-02-24");
  /* n = 0 and backwards. */
  CHECK_STR("add 0 on a holiday", add("2024-02-12", 0), "2024-02-12");
  CHECK_STR("add -1 from the make-up Sunday", add("2024-02-18", -1), "2024-02-09");
  CHECK_STR("add -2 from 2024-02-19", add("2024-02-19", -2), "2024-02-09");
  CHECK_STR("add -1 from a holiday", add("2024-02-14", -1), "2024-02-09");
  CHECK_STR("add -5 across 2019 National Day", add("2019-10-10", -5), "2019-09-27");
  /* Edges of the calendar. */
  CHECK_STR("add 2026-12-30 +1", add("2026-12-30", 1), "2026-12-31");
  CHECK_STR("add 2026-12-31 +1 past the end", add("2026-12-31", 1), "E_PAST");
  CHECK_STR("add 2018-01-03 -1", add("2018-01-03", -1), "2018-01-02");
  CHECK_STR("add 2018-01-02 -1 before the start (01-01 is 元旦)", add("2018-01-02", -1), "E_PAST");
  CHECK_STR("add 2027-01-04 outside", add("2027-01-04", 1), "E_DATE");
  CHECK_STR("add 2017-12-29 outside", add("2017-12-29", 0), "E_DATE");
  CHECK_STR("add huge n", add("2018-01-02", 9000000000000000000LL), "E_PAST");
  CHECK_STR("add most negative n", add("2026-12-31", -9223372036854775807LL - 1), "E_PAST");
}

static long between(const char *a, const char *b) {
  long n = -99999;
  int rc = workdays_between(D(a), D(b), &n);
  return rc == WORKDAY_OK ? n : -100000 - rc;
}

static void testBetween(void) {
  CHECK_INT("between same day", between("2024-02-12", "2024-02-12"), 0);
  CHECK_INT("between 2024-02-09 .. 02-18", between("2024-02-09", "2024-02-18"), 1);
  CHECK_INT("between 2024-02-08 .. 02-19", between("2024-02-08", "2024-02-19"), 3);
  CHECK_INT("between backwards 02-19 .. 02-08", between("2024-02-19", "2024-02-08"), -3);
  /* reading: from a to b, a left out, b taken in; so not antisymmetric when an end is off. */
  CHECK_INT("between holiday .. make-up", between("2024-02-10", "2024-02-18"), 1);
  CHECK_INT("between make-up .. holiday", between("2024-02-18", "2024-02-10"), 0);
  /* Whole years, hand-counted from the notices: 2024: 262 weekdays - 19 holidays + 8 make-up days;
  ** 2025: 261 - 18 + 5 (13 holidays a year from 2025, 国务院令第795号). */
  CHECK_INT("between: 2024 has 251 working days", between("2023-12-31", "2024-12-31"), 251);
  CHECK_INT("between: 2025 has 248 working days", between("2024-12-31", "2025-12-31"), 248);
  CHECK_INT("between: 2020 has 249 working days", between("2019-12-31", "2020-12-31"), 249);
  CHECK_INT("between: Spring Festival 2020 week", between("2020-01-23", "2020-02-03"), 1);
  CHECK_INT("between first .. last", between("2018-01-01", "2026-12-31") > 2200, 1);
  CHECK_INT("between outside a", between("2017-12-31", "2018-01-05"), -100000 - WORKDAY_E_DATE);
  CHECK_INT("between outside b", between("2018-01-05", "2027-01-01"), -100000 - WORKDAY_E_DATE2);
  /* workdays_between(d, workday_add(d, n)) == n, over every start day and a spread of n. */
  static const int an[] = {-30, -7, -5, -3, -1, 0, 1, 2, 3, 5, 7, 10, 30, 250};
  int nBad = 0, nCase = 0;
  long first = rs_date_to_days(D("2018-01-01")), last = rs_date_to_days(D("2026-12-31"));
  for (long x = first; x <= last; x++) {
    for (int j = 0; j < (int)(sizeof(an) / sizeof(an[0])); j++) {
      RsDate d = rs_date_from_days(x), e;
      long n;
      if (workday_add(d, an[j], &e) != WORKDAY_OK) continue;
      nCase++;
      if (workdays_between(d, e, &n) != WORKDAY_OK || n != an[j]) {
        if (nBad++ < 5) CHECK_STR("between(d, add(d, n)) == n", S(d), "");
      }
      /* and e is a working day unless n is 0 */
      if (an[j] != 0 && workday_is(e) != 1 && nBad++ < 5) {
        CHECK_STR("add lands on a working day", S(e), "");
      }
    }
  }
  CHECK_INT("between(d, add(d, n)) == n: failures", nBad, 0);
  CHECK_INT("between(d, add(d, n)) == n: cases run", nCase > 40000, 1);
}

static void testStatPeriod(void) {
  int y = 0, m = 0;
  /* 79号 三(九): 上月21日至本月20日. */
  CHECK("period 2020-10-20", stat_period_of(D("2020-10-20"), &y, &m) && y == 2020 && m == 10);
  CHECK("period 2020-10-21", stat_period_of(D("2020-10-21"), &y, &m) && y == 2020 && m == 11);
  CHECK("period 2020-09-21", stat_period_of(D("2020-09-21"), &y, &m) && y == 2020 && m == 10);
  CHECK("period 2020-12-21", stat_period_of(D("2020-12-21"), &y, &m) && y == 2021 && m == 1);
  CHECK("period 2020-12-31", stat_period_of(D("2020-12-31"), &y, &m) && y == 2021 && m == 1);
  CHECK("period 2021-01-01", stat_period_of(D("2021-01-01"), &y, &m) && y == 2021 && m == 1);
  CHECK("period 9999-12-21 none", !stat_period_of(D("9999-12-21"), &y, &m));
  CHECK_STR("start 2020-10", S(stat_period_start(2020, 10)), "2020-09-21");
  CHECK_STR("end 2020-10", S(stat_period_end(2020, 10)), "2020-10-20");
  CHECK_STR("start 2021-01", S(stat_period_start(2021, 1)), "2020-12-21");
  CHECK_STR("start 2024-03 (after a leap February)", S(stat_period_start(2024, 3)), "2024-02-21");
  CHECK("parse 2020-10", stat_period_parse("2020-10", 7, &y, &m) && y == 2020 && m == 10);
  CHECK("parse 202103", stat_period_parse("202103", 6, &y, &m) && y == 2021 && m == 3);
  CHECK("parse 2020-13", !stat_period_parse("2020-13", 7, &y, &m));
  CHECK("parse 2020-00", !stat_period_parse("2020-00", 7, &y, &m));
  CHECK("parse 2020-1", !stat_period_parse("2020-1", 6, &y, &m));
  CHECK("parse 2020/10", !stat_period_parse("2020/10", 7, &y, &m));
  CHECK("parse 2020-10-01", !stat_period_parse("2020-10-01", 10, &y, &m));
  CHECK("parse 0001-01", !stat_period_parse("0001-01", 7, &y, &m));
  CHECK("parse 0001-02", stat_period_parse("0001-02", 7, &y, &m));
  CHECK("parse NULL", !stat_period_parse(0, 0, &y, &m));
  /* Periods tile the calendar: every day of 2019..2026 lies inside the bounds of its period. */
  int nBad = 0;
  for (long x = rs_date_to_days(D("2019-01-01")); x <= rs_date_to_days(D("2026-12-31")); x++) {
    RsDate d = rs_date_from_days(x);
    stat_period_of(d, &y, &m);
    if (rs_date_cmp(stat_period_start(y, m), d) > 0) nBad++;
    if (rs_date_cmp(d, stat_period_end(y, m)) > 0) nBad++;
  }
  CHECK_INT("every day inside its period", nBad, 0);
}

int main(void) {
  testCalendarAgainstNotices();
  testKinds();
  testAdd();
  testBetween();
  testStatPeriod();
  return test_done("workday_test");
}
