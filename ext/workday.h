/*
** workday.h: the working-day calendar (工作日, with the State Council's 放假调休) and the statistical
** month (统计报表期), in plain C (no SQLite here).
**
** Working days. A day is a working day when it is Monday to Friday and not an official holiday, or
** when it is a Saturday or Sunday that a notice makes a working day (调休上班). The holidays and
** make-up days come from fixtures/reference/holidays.csv, which transcribes the yearly notices
** 国务院办公厅关于20XX年部分节假日安排的通知 (国办发明电〔2017〕12号 ... 〔2025〕7号, and the amending
** 〔2019〕3号 and 〔2020〕1号); tools/gen_holidays.awk turns it into aWorkdayRow[] at build time.
** The calendar covers only the years those notices cover (iWorkdayFirst..iWorkdayLast, now
** 2018-01-01..2026-12-31): outside them nobody knows which days are holidays, so every function
** here refuses such a date rather than guess.
**
** Counting (中华人民共和国民法典 第二百零一条: "按照年、月、日计算期间的，开始的当日不计入，自下一日
** 开始计算"): a period of n working days from day d starts on the day after d, so
**   workday_add(d, n)         is the n-th working day after d (n > 0), the |n|-th working day
**                             before d (n < 0), d itself (n = 0);
**   workdays_between(a, b)    counts the working days met walking from a to b, leaving a out and
**                             taking b in: the working days in (a, b] when a <= b, and minus those
**                             in [b, a) when b < a.
** so that workdays_between(d, workday_add(d, n)) == n for every n.
**
** Statistical month. 人社厅发〔2020〕79号 三(九): "统计报表期为上月21日至本月20日";
** 鲁人社字〔2020〕95号: "本通知所指报告期为上月21日至本月20日". Period YYYY-MM runs from the 21st of the month before to the 20th of month MM, both days included.
*/
#ifndef WORKDAY_H
#define WORKDAY_H

#include "rsdate.h"

/* One row of holidays.csv: an official holiday, or a make-up working day on a weekend. */
enum { WORKDAY_ROW_HOLIDAY = 1, WORKDAY_ROW_MAKEUP = 2 };
typedef struct WorkdayRow {
  int date;            /* YYYYMMDD */
  int kind;            /* WORKDAY_ROW_* */
  const char *zName;   /* the holiday, e.g. 春节; for a make-up day the holiday it serves */
  const char *zNotice; /* the notice that fixes it, e.g. 国办发明电〔2023〕7号 */
} WorkdayRow;

/* Generated tables (build/gen/holidays_tables.c), sorted by date. */
extern const int iWorkdayFirst, iWorkdayLast; /* covered range, YYYYMMDD */
extern const int nWorkdayRow;
extern const WorkdayRow aWorkdayRow[];

/* What a day is. */
enum {
  WORKDAY_KIND_NONE = 0,    /* outside the calendar */
  WORKDAY_KIND_WORKDAY = 1, /* Monday to Friday, no holiday: "workday" */
  WORKDAY_KIND_WEEKEND,     /* Saturday or Sunday, no make-up: "weekend" */
  WORKDAY_KIND_HOLIDAY,     /* an official holiday (on any day of the week): "holiday" */
  WORKDAY_KIND_MAKEUP       /* a Saturday or Sunday worked instead (调休上班): "makeup" */
};

/* Return codes of workday_add and workdays_between. */
enum {
  WORKDAY_OK = 0,
  WORKDAY_E_DATE,  /* the (first) date argument is outside the calendar */
  WORKDAY_E_DATE2, /* workdays_between: the second date is outside the calendar */
  WORKDAY_E_PAST   /* workday_add: the n-th working day lies beyond the calendar */
};

/* The first and last day the calendar covers. */
RsDate workday_first(void);
RsDate workday_last(void);
int workday_covered(RsDate d);

/* WORKDAY_KIND_* of d; *ppRow (if not 0) gets the holidays.csv row for a holiday or make-up day,
** else 0. */
int workday_kind(RsDate d, const WorkdayRow **ppRow);
const char *workday_kind_name(int kind); /* "workday", "weekend", "holiday", "makeup"; "" */

/* 1 if d is a working day, 0 if not, -1 outside the calendar. */
int workday_is(RsDate d);

/* Day of the week, 0 Sunday .. 6 Saturday. */
int workday_dow(RsDate d);

/* See the header comment. WORKDAY_OK and *pOut, or WORKDAY_E_DATE / WORKDAY_E_PAST. */
int workday_add(RsDate d, long long n, RsDate *pOut);

/* See the header comment. WORKDAY_OK and *pN, or WORKDAY_E_DATE / WORKDAY_E_DATE2. */
int workdays_between(RsDate a, RsDate b, long *pN);

/* The statistical month containing d: the 21st to the end of a month belong to the next month's
** period (12-21 to 12-31 to January of the next year). Returns 1, or 0 if that period would be
** after 9999-12. */
int stat_period_of(RsDate d, int *pY, int *pM);

/* Parse z[0..n) as YYYY-MM or YYYYMM (month 01..12, year 0001..9999, not 0001-01, whose start
** would be in year 0). Returns 1 and fills *pY, *pM, else 0. */
int stat_period_parse(const char *z, int n, int *pY, int *pM);

/* The first (the 21st of the month before) and last (the 20th) day of period y-m. */
RsDate stat_period_start(int y, int m);
RsDate stat_period_end(int y, int m);

#endif /* WORKDAY_H */
