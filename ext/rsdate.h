/*
** rsdate.h: calendar dates for renshe, in plain C (no SQLite here).
**
** A date is an RsDate {y, m, d} on the proleptic Gregorian calendar. Every renshe computation is
** "as of" a date; these helpers parse the two spellings users have (ISO 8601 `YYYY-MM-DD` and the
** national platform's `YYYYMMDD`, 人社部 data-interface spec), check calendar validity, compare,
** count days, and compute whole-year ages (周岁).
*/
#ifndef RSDATE_H
#define RSDATE_H

typedef struct RsDate {
  int y, m, d;
} RsDate;

/* 1 if y-m-d is a real Gregorian date with 1 <= y <= 9999, else 0. */
int rs_date_valid(int y, int m, int d);

/* Days in month m of year y (m in 1..12). */
int rs_days_in_month(int y, int m);

/* Parse z[0..n) as YYYY-MM-DD or YYYYMMDD into *p. Returns 1 on a valid date, 0 otherwise
** (wrong shape, or not a calendar date such as 1990-02-30). Nothing may follow the date. */
int rs_date_parse(const char *z, int n, RsDate *p);

/* Days since 1970-01-01 (negative before), and back. */
long rs_date_to_days(RsDate dt);
RsDate rs_date_from_days(long days);

/* <0, 0, >0 as a is before, equal to, after b. */
int rs_date_cmp(RsDate a, RsDate b);

/* Whole years (周岁) from birth to asof; a 29 February birthday is reached on 28 February in common
** years (民法典 第二百零二条). Negative when asof is before birth. */
int rs_age(RsDate birth, RsDate asof);

/* Add n months, clamping the day to the end of the target month (1965-01-31 + 1 month =
** 1965-02-28). */
RsDate rs_date_add_months(RsDate dt, int n);

/* Write "YYYY-MM-DD" and a NUL into z (11 bytes). */
void rs_date_format(RsDate dt, char *z);

/* The date in China Standard Time (UTC+8, no daylight saving) at a Unix time in milliseconds. */
RsDate rs_date_cst_from_unix_ms(long long ms);

#endif /* RSDATE_H */
