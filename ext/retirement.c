/*
** retirement.c: the statutory pension age (see retirement.h). No SQLite, no allocation.
*/
#include "retirement.h"

/* One track of 《国务院关于渐进式延迟法定退休年龄的办法》 第二条 and its 附件 对照表. */
typedef struct RetireTrack {
  int track;    /* original age in years */
  int y0;       /* the first birth year affected, from its January */
  int perMonth; /* birth months per month of delay */
  int cap;      /* maximum delay in months */
} RetireTrack;

static const RetireTrack aTrack[] = {
    /* 办法 第二条: "男职工…法定退休年龄每四个月延迟一个月…逐步延迟至六十三周岁"; 附件1: born
    ** 1965-01..04 → 60岁1个月 (退休时间 2025-02..05), born 1976-09 and later → 63岁. */
    {RETIRE_TRACK_MEN, 1965, 4, 36},
    /* 第二条: "原法定退休年龄为五十五周岁的女职工…每四个月延迟一个月…逐步延迟至…五十八周岁"; 附件2: born
    ** 1970-01..04 → 55岁1个月, born 1981-09 and later → 58岁. */
    {RETIRE_TRACK_WOMEN55, 1970, 4, 36},
    /* 第二条: "原法定退休年龄为五十周岁的女职工，法定退休年龄每二个月延迟一个月，逐步延迟至五十五周岁";
    ** 附件3: born 1975-01..02 → 50岁1个月, born 1984-11 and later → 55岁. */
    {RETIRE_TRACK_WOMEN50, 1975, 2, 60},
};

/* Months of delay for a birth in (y, m) on track t under the 2024 decision. A birth month before
** January of y0 reached the original age before 2025-01-01 and is not affected. */
static int delayMonths(const RetireTrack *t, int y, int m) {
  long k = 12L * (y - t->y0) + (m - 1); /* birth months since January of y0 */
  if (k < 0) return 0;
  long delay = k / t->perMonth + 1;
  return delay > t->cap ? t->cap : (int)delay;
}

int retirement_compute(RsDate birth, int sex, int category, const RsDate *pLawAsOf,
                       RetireResult *p) {
  int track;
  if (sex == 1) {
    /* reading: men have one track; a category given for a man (a roster column meant for women)
    ** does not change it. */
    if (category != 0 && category != 50 && category != 55 && category != 60) {
      return RETIRE_E_CATEGORY;
    }
    track = RETIRE_TRACK_MEN;
  } else if (sex == 2) {
    /* A woman's track is her occupation category (干部 55, 工人 50), which the ID number cannot tell
    ** and no provincial text defaults: without it there is no answer (RETIRE_E_TRACK), rather than
    ** a silent 55. 淄人社函〔2023〕29号 附件2 五4 puts flexible workers on 55: its rule passes 55. */
    if (category == 0) return RETIRE_E_TRACK;
    if (category == 55) track = RETIRE_TRACK_WOMEN55;
    else if (category == 50) track = RETIRE_TRACK_WOMEN50;
    else return RETIRE_E_CATEGORY;
  } else {
    return RETIRE_E_SEX;
  }
  const RetireTrack *t = 0;
  for (int i = 0; i < (int)(sizeof(aTrack) / sizeof(aTrack[0])); i++) {
    if (aTrack[i].track == track) t = &aTrack[i];
  }
  int delay = delayMonths(t, birth.y, birth.m);
  if (pLawAsOf) {
    RsDate reform = {RETIRE_REFORM_Y, RETIRE_REFORM_M, RETIRE_REFORM_D};
    if (rs_date_cmp(*pLawAsOf, reform) < 0) delay = 0; /* the 1978 ages were the law then */
  }
  int age = 12 * track + delay;
  if (birth.y * 12L + (birth.m - 1) + age > 9999L * 12 + 11) return RETIRE_E_RANGE;
  p->track = track;
  p->delayMonths = delay;
  p->ageMonths = age;
  p->date = rs_date_add_months(birth, age); /* clamps: 民法典 第二百零二条 */
  return RETIRE_OK;
}

int retirement_in_working_age(RsDate birth, int sex, int category, RsDate asOf, int *pRc) {
  RetireResult r;
  *pRc = retirement_compute(birth, sex, category, &asOf, &r);
  if (*pRc != RETIRE_OK) return 0;
  /* 鲁人社字〔2020〕39号 一(一): "16周岁（含）至依法享受基本养老保险待遇年龄内".
  ** reading: "内" leaves out the day the pension age is reached; that day the person has it. */
  RsDate sixteen = rs_date_add_months(birth, 16 * 12);
  return rs_date_cmp(sixteen, asOf) <= 0 && rs_date_cmp(asOf, r.date) < 0;
}
