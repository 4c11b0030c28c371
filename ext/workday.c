/*
** workday.c: the working-day calendar and the statistical month (see workday.h). No SQLite, no
** allocation. The holiday rows are generated from fixtures/reference/holidays.csv.
*/
#include "workday.h"

static int dateKey(RsDate d) { return d.y * 10000 + d.m * 100 + d.d; }
static RsDate keyDate(int k) {
  RsDate d;
  d.y = k / 10000;
  d.m = k / 100 % 100;
  d.d = k % 100;
  return d;
}

RsDate workday_first(void) { return keyDate(iWorkdayFirst); }
RsDate workday_last(void) { return keyDate(iWorkdayLast); }

int workday_covered(RsDate d) {
  int k = dateKey(d);
  return k >= iWorkdayFirst && k <= iWorkdayLast;
}

/* 1970-01-01 (day 0) was a Thursday. */
static int dowOfDays(long days) { return (int)(((days % 7) + 7 + 4) % 7); }
int workday_dow(RsDate d) { return dowOfDays(rs_date_to_days(d)); }

/* Index of the first row whose date is >= k (nWorkdayRow if none). */
static int rowLowerBound(int k) {
  int lo = 0, hi = nWorkdayRow;
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (aWorkdayRow[mid].date < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

int workday_kind(RsDate d, const WorkdayRow **ppRow) {
  if (ppRow) *ppRow = 0;
  if (!workday_covered(d)) return WORKDAY_KIND_NONE;
  int k = dateKey(d), i = rowLowerBound(k);
  if (i < nWorkdayRow && aWorkdayRow[i].date == k) {
    if (ppRow) *ppRow = &aWorkdayRow[i];
    return aWorkdayRow[i].kind == WORKDAY_ROW_HOLIDAY ? WORKDAY_KIND_HOLIDAY : WORKDAY_KIND_MAKEUP;
  }
  int dow = workday_dow(d);
  return dow == 0 || dow == 6 ? WORKDAY_KIND_WEEKEND : WORKDAY_KIND_WORKDAY;
}

const char *workday_kind_name(int kind) {
  static const char *const az[] = {"", "workday", "weekend", "holiday", "makeup"};
  return kind >= 0 && kind <= WORKDAY_KIND_MAKEUP ? az[kind] : "";
}

int workday_is(RsDate d) {
  int kind = workday_kind(d, 0);
  if (kind == WORKDAY_KIND_NONE) return -1;
  return kind == WORKDAY_KIND_WORKDAY || kind == WORKDAY_KIND_MAKEUP;
}

/* Mondays to Fridays among the days numbered [4, D), counted from the Monday
** 1970-01-05 (day 4), for D >= 4, which every covered day is. */
static long weekdaysBefore(long days) {
  long w = days - 4;
  long rem = w % 7;
  return w / 7 * 5 + (rem < 5 ? rem : 5);
}

/* Working days in [lo, hi], both covered; 0 when hi < lo. Weekdays in the range, less the holidays
** that fall on a weekday, plus the make-up weekend days. */
static long countWorkdays(RsDate lo, RsDate hi) {
  long dLo = rs_date_to_days(lo), dHi = rs_date_to_days(hi);
  if (dHi < dLo) return 0;
  long n = weekdaysBefore(dHi + 1) - weekdaysBefore(dLo);
  int kHi = dateKey(hi);
  for (int i = rowLowerBound(dateKey(lo)); i < nWorkdayRow && aWorkdayRow[i].date <= kHi; i++) {
    if (aWorkdayRow[i].kind == WORKDAY_ROW_MAKEUP) {
      n++;
    } else {
      int dow = workday_dow(keyDate(aWorkdayRow[i].date));
      if (dow != 0 && dow != 6) n--;
    }
  }
  return n;
}

int workdays_between(RsDate a, RsDate b, long *pN) {
  if (!workday_covered(a)) return WORKDAY_E_DATE;
  if (!workday_covered(b)) return WORKDAY_E_DATE2;
  long da = rs_date_to_days(a), db = rs_date_to_days(b);
  if (da <= db) {
    *pN = da == db ? 0 : countWorkdays(rs_date_from_days(da + 1), b);   /* (a, b] */
  } else {
    *pN = -countWorkdays(b, rs_date_from_days(da - 1));                  /* [b, a) */
  }
  return WORKDAY_OK;
}

int workday_add(RsDate d, long long n, RsDate *pOut) {
  if (!workday_covered(d)) return WORKDAY_E_DATE;
  long days = rs_date_to_days(d);
  long first = rs_date_to_days(workday_first()), last = rs_date_to_days(workday_last());
  int step = n < 0 ? -1 : 1;
  unsigned long long left = n < 0 ? 0ULL - (unsigned long long)n : (unsigned long long)n;
  /* The walk moves one day at a time and stops at the calendar's edge, so it ends after at most
  ** the calendar's length in steps whatever n is. */
  while (left > 0) {
    days += step;
    if (days < first || days > last) return WORKDAY_E_PAST;
    if (workday_is(rs_date_from_days(days)) == 1) left--;
  }
  *pOut = rs_date_from_days(days);
  return WORKDAY_OK;
}

/* {====================================================================
** The statistical month (统计报表期): 人社厅发〔2020〕79号 三(九):
** "统计报表期为上月21日至本月20日". Both ends belong to the period ("至" includes the day named),
** and the periods tile the calendar: the 20th closes period M, the 21st opens period M+1.
*/

int stat_period_of(RsDate d, int *pY, int *pM) {
  int y = d.y, m = d.m;
  if (d.d >= 21) {
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  if (y > 9999) return 0;
  *pY = y;
  *pM = m;
  return 1;
}

int stat_period_parse(const char *z, int n, int *pY, int *pM) {
  int y = 0, m = 0, i;
  if (!z) return 0;
  if (n == 7 && z[4] == '-') {
    for (i = 0; i < 7; i++) {
      if (i == 4) continue;
      if (z[i] < '0' || z[i] > '9') return 0;
    }
    y = (z[0] - '0') * 1000 + (z[1] - '0') * 100 + (z[2] - '0') * 10 + (z[3] - '0');
    m = (z[5] - '0') * 10 + (z[6] - '0');
  } else if (n == 6) {
    for (i = 0; i < 6; i++) {
      if (z[i] < '0' || z[i] > '9') return 0;
    }
    y = (z[0] - '0') * 1000 + (z[1] - '0') * 100 + (z[2] - '0') * 10 + (z[3] - '0');
    m = (z[4] - '0') * 10 + (z[5] - '0');
  } else {
    return 0;
  }
  if (y < 1 || m < 1 || m > 12 || (y == 1 && m == 1)) return 0;
  *pY = y;
  *pM = m;
  return 1;
}

RsDate stat_period_start(int y, int m) {
  RsDate d;
  d.y = m == 1 ? y - 1 : y;
  d.m = m == 1 ? 12 : m - 1;
  d.d = 21;
  return d;
}

RsDate stat_period_end(int y, int m) {
  RsDate d;
  d.y = y;
  d.m = m;
  d.d = 20;
  return d;
}
/* }==================================================================== */
