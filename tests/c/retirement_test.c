/*
** tests/c/retirement_test.c: unit tests of ext/retirement.c (statutory pension age).
**
** Expected values come from the annex tables of 《国务院关于渐进式延迟法定退休年龄的办法》 (2024-09-13)
** as worked in docs/calendar.md "The pension age": men born 1965-01..04 → 60岁1个月, 1965-05 →
** 60岁2个月, 1976-08 → 62岁11个月, 1976-09 → 63岁; women (50) born 1975-01/02 → 50岁1个月, 1975-03/04 →
** 50岁2个月; women (55) born 1970-01 → 55岁1个月.
*/
#include "test.h"
#include "retirement.h"

static RsDate D(const char *z) {
  RsDate d = {0, 0, 0};
  rs_date_parse(z, (int)strlen(z), &d);
  return d;
}

/* "60y1m 2025-02-15", or "E<rc>". */
static const char *retire(const char *zBirth, int sex, int cat, const char *zLaw) {
  static char z[64];
  RetireResult r;
  RsDate law;
  if (zLaw) law = D(zLaw);
  int rc = retirement_compute(D(zBirth), sex, cat, zLaw ? &law : 0, &r);
  if (rc != RETIRE_OK) {
    snprintf(z, sizeof z, "E%d", rc);
    return z;
  }
  char zd[11];
  rs_date_format(r.date, zd);
  snprintf(z, sizeof z, "%dy%dm %s", r.ageMonths / 12, r.ageMonths % 12, zd);
  return z;
}

static void testMen(void) {
  /* 附件1. Births before 1965-01 reached 60 before 2025-01-01: unaffected. */
  CHECK_STR("men 1964-12-15", retire("1964-12-15", 1, 0, 0), "60y0m 2024-12-15");
  CHECK_STR("men 1965-01-15", retire("1965-01-15", 1, 0, 0), "60y1m 2025-02-15");
  CHECK_STR("men 1965-02-01", retire("1965-02-01", 1, 0, 0), "60y1m 2025-03-01");
  CHECK_STR("men 1965-04-30", retire("1965-04-30", 1, 0, 0), "60y1m 2025-05-30");
  CHECK_STR("men 1965-05-01", retire("1965-05-01", 1, 0, 0), "60y2m 2025-07-01");
  CHECK_STR("men 1965-12-10", retire("1965-12-10", 1, 0, 0), "60y3m 2026-03-10");
  CHECK_STR("men 1970-06-15", retire("1970-06-15", 1, 0, 0), "61y5m 2031-11-15");
  CHECK_STR("men 1976-08-20", retire("1976-08-20", 1, 0, 0), "62y11m 2039-07-20");
  CHECK_STR("men 1976-09-20", retire("1976-09-20", 1, 0, 0), "63y0m 2039-09-20");
  CHECK_STR("men 1990-01-01", retire("1990-01-01", 1, 0, 0), "63y0m 2053-01-01");
  /* Day of month: the birthday in the target month, else its last day (民法典 第二百零二条). */
  CHECK_STR("men 1965-01-31 clamps to Feb 28", retire("1965-01-31", 1, 0, 0), "60y1m 2025-02-28");
  CHECK_STR("men 1965-03-31 clamps to Apr 30", retire("1965-03-31", 1, 0, 0), "60y1m 2025-04-30");
  CHECK_STR("men 1966-12-31 clamps to Jun 30", retire("1966-12-31", 1, 0, 0), "60y6m 2027-06-30");
  CHECK_STR("men 1964-02-29 leap to leap", retire("1964-02-29", 1, 0, 0), "60y0m 2024-02-29");
  CHECK_STR("men 1967-12-29 to a common Feb", retire("1967-12-29", 1, 0, 0), "60y9m 2028-09-29");
  CHECK_STR("men 1968-04-30 to Feb 2029", retire("1968-04-30", 1, 0, 0), "60y10m 2029-02-28");
  CHECK_STR("men 1968-05-31 to Apr 2029", retire("1968-05-31", 1, 0, 0), "60y11m 2029-04-30");
  /* reading: a category given for a man does not change his track. */
  CHECK_STR("men category 50 ignored", retire("1965-01-15", 1, 50, 0), "60y1m 2025-02-15");
  CHECK_STR("men category 60", retire("1965-01-15", 1, 60, 0), "60y1m 2025-02-15");
  CHECK_STR("men category 45 refused", retire("1965-01-15", 1, 45, 0), "E2");
}

static void testWomen(void) {
  /* 附件2: the 55 track. A woman without a track has no answer (issue 18 A14: no default). */
  CHECK_STR("w55 1969-12-15", retire("1969-12-15", 2, 55, 0), "55y0m 2024-12-15");
  CHECK_STR("w55 1970-01-15", retire("1970-01-15", 2, 55, 0), "55y1m 2025-02-15");
  CHECK_STR("woman without a track 1970-01-15", retire("1970-01-15", 2, 0, 0), "E4");
  CHECK_STR("w55 1970-05-15", retire("1970-05-15", 2, 55, 0), "55y2m 2025-07-15");
  CHECK_STR("w55 1981-08-15", retire("1981-08-15", 2, 55, 0), "57y11m 2039-07-15");
  CHECK_STR("w55 1981-09-15", retire("1981-09-15", 2, 55, 0), "58y0m 2039-09-15");
  /* 附件3: the 50 track, one month per two birth months. */
  CHECK_STR("w50 1974-12-15", retire("1974-12-15", 2, 50, 0), "50y0m 2024-12-15");
  CHECK_STR("w50 1975-01-15", retire("1975-01-15", 2, 50, 0), "50y1m 2025-02-15");
  CHECK_STR("w50 1975-02-28", retire("1975-02-28", 2, 50, 0), "50y1m 2025-03-28");
  CHECK_STR("w50 1975-03-15", retire("1975-03-15", 2, 50, 0), "50y2m 2025-05-15");
  CHECK_STR("w50 1975-04-15", retire("1975-04-15", 2, 50, 0), "50y2m 2025-06-15");
  CHECK_STR("w50 1975-05-15", retire("1975-05-15", 2, 50, 0), "50y3m 2025-08-15");
  CHECK_STR("w50 1980-01-15", retire("1980-01-15", 2, 50, 0), "52y7m 2032-08-15");
  CHECK_STR("w50 1984-10-15", retire("1984-10-15", 2, 50, 0), "54y11m 2039-09-15");
  CHECK_STR("w50 1984-11-15", retire("1984-11-15", 2, 50, 0), "55y0m 2039-11-15");
  CHECK_STR("w50 1975-01-31 clamps", retire("1975-01-31", 2, 50, 0), "50y1m 2025-02-28");
  CHECK_STR("w55 1972-02-29", retire("1972-02-29", 2, 55, 0), "55y7m 2027-09-29");
  CHECK_STR("women category 60 refused", retire("1970-01-15", 2, 60, 0), "E2");
  CHECK_STR("sex 0 refused", retire("1970-01-15", 0, 0, 0), "E1");
  CHECK_STR("sex 3 refused", retire("1970-01-15", 3, 0, 0), "E1");
  CHECK_STR("year 9999 out of range", retire("9950-01-01", 1, 0, 0), "E3");
  CHECK_STR("year 9936 in range", retire("9936-01-01", 1, 0, 0), "63y0m 9999-01-01");
}

static void testLawAsOf(void) {
  /* The decision took effect on 2025-01-01; before that the 1978 ages were the law. */
  CHECK_STR("law 2024-12-31 w55", retire("1970-01-15", 2, 55, "2024-12-31"), "55y0m 2025-01-15");
  CHECK_STR("law 2025-01-01 w55", retire("1970-01-15", 2, 55, "2025-01-01"), "55y1m 2025-02-15");
  CHECK_STR("law 2024-09-13 men (adopted, not in force)", retire("1976-09-20", 1, 0, "2024-09-13"),
            "60y0m 2036-09-20");
  CHECK_STR("law 2030-01-01 men", retire("1976-09-20", 1, 0, "2030-01-01"), "63y0m 2039-09-20");
}

/* retirement_in_working_age on as_of, or -1 - rc on an error. */
static int inAge(const char *zBirth, int sex, int cat, const char *zAsOf) {
  int rc;
  int in = retirement_in_working_age(D(zBirth), sex, cat, D(zAsOf), &rc);
  return rc == RETIRE_OK ? in : -1 - rc;
}

static void testWorkingAge(void) {
  /* 39号 一(一): 16周岁（含）. */
  CHECK_INT("age 16 the day before", inAge("2008-11-24", 1, 0, "2024-11-23"), 0);
  CHECK_INT("age 16 on the birthday", inAge("2008-11-24", 1, 0, "2024-11-24"), 1);
  CHECK_INT("age 16 Feb 29 birth", inAge("2008-02-29", 2, 55, "2024-02-29"), 1);
  CHECK_INT("age 16 Feb 29 birth, day before", inAge("2008-02-29", 2, 55, "2024-02-28"), 0);
  CHECK_INT("woman without a track", inAge("2008-02-29", 2, 0, "2024-02-29"), -1 - RETIRE_E_TRACK);
  CHECK_INT("born after as_of", inAge("2030-01-01", 1, 0, "2024-02-28"), 0);
  /* Upper bound: the day the pension age is reached is outside. */
  CHECK_INT("men 1965-01-15 on 2025-02-14", inAge("1965-01-15", 1, 0, "2025-02-14"), 1);
  CHECK_INT("men 1965-01-15 on 2025-02-15", inAge("1965-01-15", 1, 0, "2025-02-15"), 0);
  CHECK_INT("men 1965-01-15 on 2025-01-15 (reform in force)",
            inAge("1965-01-15", 1, 0, "2025-01-15"), 1);
  CHECK_INT("men 1964-12-15 on 2024-12-15", inAge("1964-12-15", 1, 0, "2024-12-15"), 0);
  CHECK_INT("w50 1975-03-15 on 2025-05-14", inAge("1975-03-15", 2, 50, "2025-05-14"), 1);
  CHECK_INT("w50 1975-03-15 on 2025-05-15", inAge("1975-03-15", 2, 50, "2025-05-15"), 0);
  CHECK_INT("w55 1975-03-15 on 2025-05-15", inAge("1975-03-15", 2, 55, "2025-05-15"), 1);
  CHECK_INT("bad sex", inAge("1975-03-15", 5, 0, "2025-05-15"), -1 - RETIRE_E_SEX);
  CHECK_INT("bad category", inAge("1975-03-15", 2, 60, "2025-05-15"), -1 - RETIRE_E_CATEGORY);
}

int main(void) {
  testMen();
  testWomen();
  testLawAsOf();
  testWorkingAge();
  return test_done("retirement_test");
}
