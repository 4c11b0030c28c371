/*
** rsdate.c: calendar dates for renshe (see rsdate.h). No SQLite, no allocation.
**
** Day counting uses Howard Hinnant's days_from_civil / civil_from_days algorithms
** (http://howardhinnant.github.io/date_algorithms.html), which are exact for the proleptic
** Gregorian calendar over the whole range used here.
*/
#include "rsdate.h"

static int isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int rs_days_in_month(int y, int m) {
  static const unsigned char aDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && isLeap(y) ? 29 : aDays[m - 1];
}

int rs_date_valid(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= rs_days_in_month(y, m);
}

/* Read n ASCII digits at z as a number; -1 if any is not a digit. */
static int readDigits(const char *z, int n) {
  int v = 0;
  for (int i = 0; i < n; i++) {
    unsigned c = (unsigned char)z[i] - '0';
    if (c > 9) return -1;
    v = v * 10 + (int)c;
  }
  return v;
}

int rs_date_parse(const char *z, int n, RsDate *p) {
  int y, m, d;
  if (z == 0) return 0;
  if (n == 10 && z[4] == '-' && z[7] == '-') {
    y = readDigits(z, 4);
    m = readDigits(z + 5, 2);
    d = readDigits(z + 8, 2);
  } else if (n == 8) {
    y = readDigits(z, 4);
    m = readDigits(z + 4, 2);
    d = readDigits(z + 6, 2);
  } else {
    return 0;
  }
  if (y < 0 || m < 0 || d < 0 || !rs_date_valid(y, m, d)) return 0;
  p->y = y;
  p->m = m;
  p->d = d;
  return 1;
}

long rs_date_to_days(RsDate dt) {
  long y = dt.y - (dt.m <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;                                        /* [0, 399] */
  long doy = (153 * (dt.m + (dt.m > 2 ? -3 : 9)) + 2) / 5 + dt.d - 1; /* [0, 365] */
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                /* [0, 146096] */
  return era * 146097 + doe - 719468;
}

RsDate rs_date_from_days(long z) {
  RsDate dt;
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  dt.d = (int)(doy - (153 * mp + 2) / 5 + 1);
  dt.m = (int)(mp < 10 ? mp + 3 : mp - 9);
  dt.y = (int)(yoe + era * 400 + (dt.m <= 2));
  return dt;
}

int rs_date_cmp(RsDate a, RsDate b) {
  long ka = a.y * 10000L + a.m * 100 + a.d, kb = b.y * 10000L + b.m * 100 + b.d;
  return ka < kb ? -1 : ka > kb;
}

int rs_age(RsDate birth, RsDate asof) {
  /* 民法典 第二百零二条: a period counted in years ends on the corresponding day of the last month,
  ** or on that month's last day when it has none: a 29 February birthday is reached on 28 February
  ** of a common year (the same rule as retirement dates, retirement.c). */
  int d = birth.d;
  if (birth.m == 2 && d == 29 && rs_days_in_month(asof.y, 2) == 28) d = 28;
  int age = asof.y - birth.y;
  if (asof.m < birth.m || (asof.m == birth.m && asof.d < d)) age--;
  return age;
}

RsDate rs_date_add_months(RsDate dt, int n) {
  long mm = dt.y * 12L + (dt.m - 1) + n;
  RsDate r;
  r.y = (int)(mm / 12);
  r.m = (int)(mm % 12) + 1;
  int dim = rs_days_in_month(r.y, r.m);
  r.d = dt.d > dim ? dim : dt.d;
  return r;
}

void rs_date_format(RsDate dt, char *z) {
  int y = dt.y;
  z[0] = (char)('0' + y / 1000 % 10);
  z[1] = (char)('0' + y / 100 % 10);
  z[2] = (char)('0' + y / 10 % 10);
  z[3] = (char)('0' + y % 10);
  z[4] = '-';
  z[5] = (char)('0' + dt.m / 10);
  z[6] = (char)('0' + dt.m % 10);
  z[7] = '-';
  z[8] = (char)('0' + dt.d / 10);
  z[9] = (char)('0' + dt.d % 10);
  z[10] = 0;
}

RsDate rs_date_cst_from_unix_ms(long long ms) {
  long long s = ms / 1000 + 8 * 3600;
  long days = (long)(s >= 0 ? s / 86400 : -((-s + 86399) / 86400));
  return rs_date_from_days(days);
}
