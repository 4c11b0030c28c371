/*
** retirement.h: the statutory pension age (法定退休年龄), which bounds the working age, in plain C
** (no SQLite here).
**
** Before 2025-01-01 the ages were men 60, women cadres 55, women workers 50 (国发〔1978〕104号:
** 《国务院关于安置老弱病残干部的暂行办法》 and 《国务院关于工人退休、退职的暂行办法》). From 2025-01-01 the
** 《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》 (adopted 2024-09-13) and its
** annex 《国务院关于渐进式延迟法定退休年龄的办法》 第二条 and 附件 (the three 对照表) raise them by birth
** month: men and the women of the 55 track by one month for every four birth months from January
** 1965 / January 1970, up to 63 and 58; women of the 50 track by one month for every two birth
** months from January 1975, up to 55 (tests/c/retirement_test.c has worked checks).
**
** The policy texts bound the working age by this age: "“劳动年龄内”是指16周岁（含）至依法享受基本养老
** 保险待遇年龄内" (鲁人社字〔2020〕39号 一(一)); 淄人社函〔2023〕29号 附件2 五4 gives
** "小于法定退休年龄(女满55周岁，男满60周岁)" for flexible employment.
*/
#ifndef RETIREMENT_H
#define RETIREMENT_H

#include "rsdate.h"

/* Tracks, named by the original (pre-2025) age. A woman's track is her occupation category, which
** the ID number cannot tell: 55 for cadres and management (干部), 50 for workers (工人). */
enum { RETIRE_TRACK_MEN = 60, RETIRE_TRACK_WOMEN55 = 55, RETIRE_TRACK_WOMEN50 = 50 };

enum {
  RETIRE_OK = 0,
  RETIRE_E_SEX,      /* sex is not 1 (male) or 2 (female) */
  RETIRE_E_CATEGORY, /* category is not 0 (none given), 50, 55, or 60 (men only) */
  RETIRE_E_RANGE,    /* the date would be after 9999-12-31 */
  RETIRE_E_TRACK     /* a woman without a category: her track (50 or 55) is not known */
};

typedef struct RetireResult {
  int track;       /* RETIRE_TRACK_* */
  int ageMonths;   /* the statutory pension age in months: 12 * track + delayMonths */
  int delayMonths; /* months added by the 2024 decision (0 under the earlier law) */
  RsDate date;     /* the day that age is reached (see retirement_compute) */
} RetireResult;

/* The date the 2024 decision took effect (决定: "本决定自2025年1月1日起施行"). */
#define RETIRE_REFORM_Y 2025
#define RETIRE_REFORM_M 1
#define RETIRE_REFORM_D 1

/*
** The statutory pension age of a person born on birth, of sex 1 (male) or 2 (female, GB/T 2261.1),
** on track category (a woman's is 50 or 55 and must be given: 0 is RETIRE_E_TRACK, since no text
** gives a default and the ID number cannot tell it; a man has one track and his category, 0, 50,
** 55 or 60, is ignored). pLawAsOf (may be 0) picks the law in force on that day: before
** 2025-01-01 the original ages, from then on the 2024 decision; 0 means the law now enacted (the
** 2024 decision). The date is birth + ageMonths months, on the birthday's day number, clamped to
** the end of a shorter month (民法典 第二百零二条: "没有对应日的，月末日为期间的最后一日").
*/
int retirement_compute(RsDate birth, int sex, int category, const RsDate *pLawAsOf,
                       RetireResult *p);

/* 1 if on asOf the person is in the working age: 16 周岁 reached (the 16th birthday, clamped the
** same way) and the pension age (under the law in force on asOf) not yet reached; else 0. *pRc gets
** RETIRE_OK or an error code, in which case 0 is returned. */
int retirement_in_working_age(RsDate birth, int sex, int category, RsDate asOf, int *pRc);

#endif /* RETIREMENT_H */
