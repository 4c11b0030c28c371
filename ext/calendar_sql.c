/*
** calendar_sql.c: SQL functions over the working-day calendar (工作日, 放假调休), the statistical
** month (统计报表期) and the statutory pension age (法定退休年龄). The logic is in workday.c and
** retirement.c; this file only reads arguments and sets results.
**
** Usage:
**   .load dist/renshe
**   SELECT workday_add('2024-02-09', 1);                        -- 2024-02-18 (a make-up Sunday)
**   SELECT workdays_between('2024-02-08', '2024-02-19');        -- 3
**   SELECT stat_period('2020-10-21'), stat_period_end('2020-10');   -- 2020-11|2020-10-20
**   SELECT retirement_date('1965-01-31', 1), retirement_age('1975-03-15', 2, 50);
**                                                               -- 2025-02-28|50岁2个月
**
** Working days (calendar 2018-01-01..2026-12-31, the State Council notices 国办发明电〔2017〕12号 ..
** 〔2025〕7号; see workday.h for the counting rule, 民法典 第二百零一条):
** workday_add(date, n)      -> the n-th working day after date (n < 0: before; 0: date itself).
** workdays_between(a, b)    -> working days in (a, b] when a <= b; minus those in [b, a) when
**                              b < a; so workdays_between(d, workday_add(d, n)) = n.
** is_workday(date)          -> 1 working day (make-up weekend days included), 0 rest day.
** workday_kind(date)        -> 'workday', 'weekend', 'holiday' or 'makeup' (a weekend day worked).
** workday_holiday(date)     -> the holiday a holiday or make-up day belongs to ('春节'), else NULL.
** workday_notice(date)      -> the notice fixing a holiday or make-up day (国办发明电〔2023〕7号),
**                              else NULL.
** A NULL argument gives NULL. A malformed date, an n that is not a whole number, a date outside the
** calendar, or an n whose working day lies beyond it raises an error naming the function and the
** argument: "workday_add(): date: 2030-01-02 is outside the calendar (2018-01-01..2026-12-31)".
**
** Statistical month (人社厅发〔2020〕79号 三(九), 上月21日至本月20日; 鲁人社字〔2020〕95号):
** stat_period(date)         -> 'YYYY-MM' of the period holding date (2020-12-21 -> '2021-01').
** stat_period_start(period) -> the 21st of the month before ('2020-10' -> '2020-09-21').
** stat_period_end(period)   -> the 20th ('2020-10' -> '2020-10-20'). period is 'YYYY-MM' or
**                              'YYYYMM' (an integer 202010 too). NULL gives NULL; a malformed date
**                              or period raises an error.
**
** Pension age (全国人大常委会关于实施渐进式延迟法定退休年龄的决定, 2024-09-13, and its annex 国务院关于
** 渐进式延迟法定退休年龄的办法; before 2025-01-01 国发〔1978〕104号; see retirement.h):
** retirement_date(birth_date, sex [, category [, as_of]])       -> the day the age is reached.
** retirement_age_months(birth_date, sex [, category [, as_of]]) -> the age in months (721).
** retirement_age(birth_date, sex [, category [, as_of]])        -> the age as the annex tables
**                                                                  write it: '60岁1个月', '63岁'.
** in_working_age(birth_date, sex, category, as_of)              -> 1 if 16周岁 reached and the
**     pension age not yet reached on as_of (鲁人社字〔2020〕39号 一(一)), else 0.
** sex is GB/T 2261.1 (AAC004): 1 or '男' male, 2 or '女' female; 0, 9 or NULL (unknown) give NULL.
** category: a woman's track, 55 (干部, cadres and management) or 50 (工人, workers); for a woman NULL
** (the ID number cannot tell her track, and no default is assumed) gives the answer both tracks
** agree on, and NULL between the 50 track's pension day and the 55 track's; a man has one track
** and his category (NULL, 50, 55 or 60) is ignored. as_of picks the law in
** force that day (before 2025-01-01 the original 60/55/50); left out, the law as now enacted.
** A NULL birth_date or as_of gives NULL. Any other sex or category, or a malformed date, raises an error.
**
** All functions are deterministic (RS_PURE): none reads the clock.
*/
#include <stdio.h>
#include <string.h>

#include "retirement.h"
#include "rs_sql.h"
#include "workday.h"
SQLITE_EXTENSION_INIT3

/* {====================================================================
** Arguments
*/

/* Read a date argument that must lie inside the working-day calendar. 1 ok, 0 NULL, -1 error. */
static int calendarArg(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc, const char *zArg,
                       RsDate *p) {
  int r = rs_arg_date(ctx, v, zFunc, zArg, p);
  if (r <= 0) return r;
  if (workday_covered(*p)) return 1;
  char z[11], zFirst[11], zLast[11];
  rs_date_format(*p, z);
  rs_date_format(workday_first(), zFirst);
  rs_date_format(workday_last(), zLast);
  rs_result_errorf(ctx, "%s(): %s: %s is outside the calendar (%s..%s)", zFunc, zArg, z, zFirst,
                   zLast);
  return -1;
}

/* Read a whole number. 1 ok, 0 NULL, -1 error set. Integral reals and numeric text are accepted. */
static int wholeArg(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc, const char *zArg,
                    sqlite3_int64 *pN) {
  int t = sqlite3_value_type(v);
  if (t == SQLITE_NULL) return 0;
  if (t != SQLITE_BLOB) t = sqlite3_value_numeric_type(v);
  if (t == SQLITE_INTEGER) {
    *pN = sqlite3_value_int64(v);
    return 1;
  }
  if (t == SQLITE_FLOAT) {
    double r = sqlite3_value_double(v);
    if (r >= -1e15 && r <= 1e15 && r == (double)(sqlite3_int64)r) {
      *pN = (sqlite3_int64)r;
      return 1;
    }
  }
  if (t == SQLITE_BLOB) {
    rs_result_errorf(ctx, "%s(): %s: expected a whole number, got a BLOB", zFunc, zArg);
  } else {
    rs_result_errorf(ctx, "%s(): %s: expected a whole number, got '%.40s'", zFunc, zArg,
                     (const char *)sqlite3_value_text(v));
  }
  return -1;
}

/* Read a statistical period 'YYYY-MM' or 'YYYYMM'. 1 ok, 0 NULL, -1 error set. */
static int periodArg(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc, int *pY, int *pM) {
  int t = sqlite3_value_type(v);
  if (t == SQLITE_NULL) return 0;
  if (t == SQLITE_BLOB) {
    rs_result_errorf(ctx, "%s(): period: expected YYYY-MM or YYYYMM, got a BLOB", zFunc);
    return -1;
  }
  const char *z = (const char *)sqlite3_value_text(v);
  if (!z) {
    sqlite3_result_error_nomem(ctx);
    return -1;
  }
  if (stat_period_parse(z, sqlite3_value_bytes(v), pY, pM)) return 1;
  rs_result_errorf(ctx, "%s(): period: expected YYYY-MM or YYYYMM, got '%.40s'", zFunc, z);
  return -1;
}

/* Read a GB/T 2261.1 sex code: 1 ok (*pSex 1 or 2), 0 unknown or NULL (the result is NULL), -1
** error set. */
static int sexArg(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc, int *pSex) {
  int t = sqlite3_value_type(v);
  if (t == SQLITE_NULL) return 0;
  if (t == SQLITE_TEXT) {
    const char *z = (const char *)sqlite3_value_text(v);
    if (z && (!strcmp(z, "男") || !strcmp(z, "女"))) {
      *pSex = !strcmp(z, "男") ? 1 : 2;
      return 1;
    }
  }
  if (t != SQLITE_BLOB) t = sqlite3_value_numeric_type(v);
  if (t == SQLITE_INTEGER) {
    sqlite3_int64 i = sqlite3_value_int64(v);
    if (i == 1 || i == 2) {
      *pSex = (int)i;
      return 1;
    }
    if (i == 0 || i == 9) return 0;
  }
  rs_result_errorf(ctx,
                   "%s(): sex: AAC004 性别: expected 1 (男 male), 2 (女 female), 0 or 9 (unknown), "
                   "got '%.20s'",
                   zFunc, t == SQLITE_BLOB ? "BLOB" : (const char *)sqlite3_value_text(v));
  return -1;
}

/* Read a track category: 0 (NULL), 50, 55 or 60. 1 ok, -1 error set. */
static int categoryArg(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc, int *pCat) {
  int t = sqlite3_value_type(v);
  *pCat = 0;
  if (t == SQLITE_NULL) return 1;
  if (t != SQLITE_BLOB) t = sqlite3_value_numeric_type(v);
  if (t == SQLITE_INTEGER) {
    sqlite3_int64 i = sqlite3_value_int64(v);
    if (i == 50 || i == 55 || i == 60) {
      *pCat = (int)i;
      return 1;
    }
  }
  rs_result_errorf(ctx,
                   "%s(): category: expected 55 (干部 cadre) or 50 (工人 worker) for a woman, NULL "
                   "or 60 for a man, got '%.20s'",
                   zFunc, t == SQLITE_BLOB ? "BLOB" : (const char *)sqlite3_value_text(v));
  return -1;
}

static void resultDate(sqlite3_context *ctx, RsDate d) {
  char z[11];
  rs_date_format(d, z);
  sqlite3_result_text(ctx, z, 10, SQLITE_TRANSIENT);
}
/* }==================================================================== */

/* {====================================================================
** Working days
*/

/* workday_add(date, n) */
static void workdayAddFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  RsDate d, out;
  sqlite3_int64 n;
  (void)argc;
  if (calendarArg(ctx, argv[0], "workday_add", "date", &d) <= 0) return;
  if (wholeArg(ctx, argv[1], "workday_add", "n", &n) <= 0) return;
  if (workday_add(d, n, &out) == WORKDAY_OK) {
    resultDate(ctx, out);
    return;
  }
  char z[11], zFirst[11], zLast[11];
  rs_date_format(d, z);
  rs_date_format(workday_first(), zFirst);
  rs_date_format(workday_last(), zLast);
  /* |n| computed unsigned: no overflow at INT64_MIN */
  sqlite3_uint64 nAbs = n < 0 ? 0 - (sqlite3_uint64)n : (sqlite3_uint64)n;
  rs_result_errorf(ctx, "workday_add(): n: counting %llu working day%s %s %s leaves the calendar "
                   "(%s..%s)", nAbs, nAbs == 1 ? "" : "s", n < 0 ? "before" : "after", z, zFirst,
                   zLast);
}

/* workdays_between(a, b) */
static void workdaysBetweenFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  RsDate a, b;
  long n;
  (void)argc;
  if (calendarArg(ctx, argv[0], "workdays_between", "a", &a) <= 0) return;
  if (calendarArg(ctx, argv[1], "workdays_between", "b", &b) <= 0) return;
  if (workdays_between(a, b, &n) == WORKDAY_OK) sqlite3_result_int64(ctx, n);
}

/* is_workday(date), workday_kind(date), workday_holiday(date), workday_notice(date): user data
** selects the answer. */
enum { WD_IS, WD_KIND, WD_HOLIDAY, WD_NOTICE };
static void workdayInfo(sqlite3_context *ctx, sqlite3_value *v, int what, const char *zFunc) {
  RsDate d;
  const WorkdayRow *pRow;
  if (calendarArg(ctx, v, zFunc, "date", &d) <= 0) return;
  int kind = workday_kind(d, &pRow);
  switch (what) {
    case WD_IS:
      sqlite3_result_int(ctx, kind == WORKDAY_KIND_WORKDAY || kind == WORKDAY_KIND_MAKEUP);
      break;
    case WD_KIND:
      sqlite3_result_text(ctx, workday_kind_name(kind), -1, SQLITE_STATIC);
      break;
    case WD_HOLIDAY:
      if (pRow) sqlite3_result_text(ctx, pRow->zName, -1, SQLITE_STATIC);
      break;
    default:
      if (pRow) sqlite3_result_text(ctx, pRow->zNotice, -1, SQLITE_STATIC);
      break;
  }
}
/* is_workday(date) */
static void isWorkdayFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  workdayInfo(ctx, argv[0], WD_IS, "is_workday");
}
/* workday_kind(date) */
static void workdayKindFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  workdayInfo(ctx, argv[0], WD_KIND, "workday_kind");
}
/* workday_holiday(date) */
static void workdayHolidayFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  workdayInfo(ctx, argv[0], WD_HOLIDAY, "workday_holiday");
}
/* workday_notice(date) */
static void workdayNoticeFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  workdayInfo(ctx, argv[0], WD_NOTICE, "workday_notice");
}
/* }==================================================================== */

/* {====================================================================
** Statistical month
*/

/* stat_period(date) */
static void statPeriodFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  RsDate d;
  int y, m;
  char z[8];
  (void)argc;
  if (rs_arg_date(ctx, argv[0], "stat_period", "date", &d) <= 0) return;
  if (!stat_period_of(d, &y, &m)) {
    sqlite3_result_error(ctx, "stat_period(): date: falls in a period after 9999-12", -1);
    return;
  }
  snprintf(z, sizeof z, "%04d-%02d", y, m);
  sqlite3_result_text(ctx, z, 7, SQLITE_TRANSIENT);
}

/* stat_period_start(period) */
static void statPeriodStartFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int y, m;
  (void)argc;
  if (periodArg(ctx, argv[0], "stat_period_start", &y, &m) <= 0) return;
  resultDate(ctx, stat_period_start(y, m));
}

/* stat_period_end(period) */
static void statPeriodEndFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int y, m;
  (void)argc;
  if (periodArg(ctx, argv[0], "stat_period_end", &y, &m) <= 0) return;
  resultDate(ctx, stat_period_end(y, m));
}
/* }==================================================================== */

/* {====================================================================
** Pension age
*/

/* Read (birth_date, sex [, category [, as_of]]) and compute. 1 with *pR set; 0 when the result is
** NULL or an error is set. */
static int retireArgs(sqlite3_context *ctx, int argc, sqlite3_value **argv, const char *zFunc,
                      RetireResult *pR) {
  RsDate birth, asOf;
  int sex = 0, cat = 0, r;
  if (rs_arg_date(ctx, argv[0], zFunc, "birth_date", &birth) <= 0) return 0;
  r = sexArg(ctx, argv[1], zFunc, &sex);
  if (r <= 0) return 0;
  if (argc >= 3 && categoryArg(ctx, argv[2], zFunc, &cat) < 0) return 0;
  if (argc >= 4 && rs_arg_date(ctx, argv[3], zFunc, "as_of", &asOf) <= 0) return 0;
  switch (retirement_compute(birth, sex, cat, argc >= 4 ? &asOf : 0, pR)) {
    case RETIRE_OK:
      return 1;
    case RETIRE_E_TRACK:
      return 0; /* a woman without her track (50 or 55): NULL, no default is assumed */
    case RETIRE_E_CATEGORY:
      rs_result_errorf(ctx, "%s(): category: a woman's track is 55 (干部 cadre) or 50 (工人 worker), "
                       "got %d", zFunc, cat);
      return 0;
    default:
      rs_result_errorf(ctx, "%s(): birth_date: the pension age is reached after 9999-12-31", zFunc);
      return 0;
  }
}

/* retirement_date(birth_date, sex [, category [, as_of]]) */
static void retirementDateFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  RetireResult r;
  if (retireArgs(ctx, argc, argv, "retirement_date", &r)) resultDate(ctx, r.date);
}

/* retirement_age_months(birth_date, sex [, category [, as_of]]) */
static void retirementAgeMonthsFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  RetireResult r;
  if (!retireArgs(ctx, argc, argv, "retirement_age_months", &r)) return;
  sqlite3_result_int(ctx, r.ageMonths);
}

/* retirement_age(birth_date, sex [, category [, as_of]]) */
static void retirementAgeFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  RetireResult r;
  char z[40];
  if (!retireArgs(ctx, argc, argv, "retirement_age", &r)) return;
  if (r.ageMonths % 12) snprintf(z, sizeof z, "%d岁%d个月", r.ageMonths / 12, r.ageMonths % 12);
  else snprintf(z, sizeof z, "%d岁", r.ageMonths / 12);
  sqlite3_result_text(ctx, z, -1, SQLITE_TRANSIENT);
}

/* in_working_age(birth_date, sex, category, as_of) */
static void inWorkingAgeFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  RsDate birth, asOf;
  int sex = 0, cat = 0, rc;
  (void)argc;
  if (rs_arg_date(ctx, argv[0], "in_working_age", "birth_date", &birth) <= 0) return;
  if (sexArg(ctx, argv[1], "in_working_age", &sex) <= 0) return;
  if (categoryArg(ctx, argv[2], "in_working_age", &cat) < 0) return;
  if (rs_arg_date(ctx, argv[3], "in_working_age", "as_of", &asOf) <= 0) return;
  int in = retirement_in_working_age(birth, sex, cat, asOf, &rc);
  if (rc == RETIRE_OK) {
    sqlite3_result_int(ctx, in);
  } else if (rc == RETIRE_E_TRACK) {
    /* A woman without her track: the answer both tracks give (in working age before the 50
    ** track's pension day, past it after the 55 track's), NULL between the two. */
    int rc50, rc55;
    int in50 = retirement_in_working_age(birth, sex, 50, asOf, &rc50);
    int in55 = retirement_in_working_age(birth, sex, 55, asOf, &rc55);
    if (rc50 == RETIRE_OK && rc55 == RETIRE_OK && in50 == in55) sqlite3_result_int(ctx, in50);
  } else if (rc == RETIRE_E_CATEGORY) {
    rs_result_errorf(ctx, "in_working_age(): category: a woman's track is 55 (干部 cadre) or 50 "
                     "(工人 worker), got %d", cat);
  } else {
    sqlite3_result_error(ctx, "in_working_age(): birth_date: the pension age is reached after "
                         "9999-12-31", -1);
  }
}
/* }==================================================================== */

static const RsFunc aCalendarFunc[] = {
    {"workday_add", 2, RS_PURE, workdayAddFunc},                   /* (date, n) */
    {"workdays_between", 2, RS_PURE, workdaysBetweenFunc},         /* (a, b) */
    {"is_workday", 1, RS_PURE, isWorkdayFunc},                     /* (date) */
    {"workday_kind", 1, RS_PURE, workdayKindFunc},                 /* (date) */
    {"workday_holiday", 1, RS_PURE, workdayHolidayFunc},           /* (date) */
    {"workday_notice", 1, RS_PURE, workdayNoticeFunc},             /* (date) */
    {"stat_period", 1, RS_PURE, statPeriodFunc},                   /* (date) */
    {"stat_period_start", 1, RS_PURE, statPeriodStartFunc},        /* (period) */
    {"stat_period_end", 1, RS_PURE, statPeriodEndFunc},            /* (period) */
    {"retirement_date", 2, RS_PURE, retirementDateFunc},           /* (birth, sex) */
    {"retirement_date", 3, RS_PURE, retirementDateFunc},           /* (birth, sex, category) */
    {"retirement_date", 4, RS_PURE, retirementDateFunc},           /* (..., as_of) */
    {"retirement_age_months", 2, RS_PURE, retirementAgeMonthsFunc},
    {"retirement_age_months", 3, RS_PURE, retirementAgeMonthsFunc},
    {"retirement_age_months", 4, RS_PURE, retirementAgeMonthsFunc},
    {"retirement_age", 2, RS_PURE, retirementAgeFunc},
    {"retirement_age", 3, RS_PURE, retirementAgeFunc},
    {"retirement_age", 4, RS_PURE, retirementAgeFunc},
    {"in_working_age", 4, RS_PURE, inWorkingAgeFunc},              /* (birth, sex, cat, as_of) */
};

int calendar_sql_register(sqlite3 *db) {
  int n = (int)(sizeof(aCalendarFunc) / sizeof(aCalendarFunc[0]));
  return rs_register_functions(db, aCalendarFunc, n, 0);
}
