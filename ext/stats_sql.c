/*
** stats_sql.c: the monthly statistics 城镇新增就业 (new urban employment) and 城镇登记失业 (registered
** urban unemployment), computed from the tables of sql/schema.sql by the province's method, with
** every listed record's decision, rule code and clause.
**
** Usage:
**   .load dist/renshe
**   .read sql/schema.sql
**   SELECT * FROM new_urban_employment('济南', '2021-03');         -- one row per record listed
**   SELECT new_urban_employment_count('济南', '2021-03');          -- counted − natural attrition
**   SELECT * FROM natural_attrition('济南', '2021-03');            -- retirements, work-injury deaths
**   SELECT * FROM registered_urban_unemployment(NULL, '2021-03');   -- NULL area: the province
**   SELECT registered_urban_unemployment_count('370102', '2021-03');
**
** new_urban_employment(area, period) -> rows period, record, person, name, city, county, form, type
**     ('first' | 'reemployment'), date, decision ('counted' | 'excluded' | 'doubtful'), rule
**     (excl.* | doubt.* | count.*), ref, detail.
** natural_attrition(area, period) -> rows period, person, kind ('retirement' |
**     'work_injury_death'), date, data_period, city, county, rule, ref, detail.
** registered_urban_unemployment(area, period) -> rows period, registration (AAZ341), person, name,
**     city, county (AAB301), date, status (unemployment_status at the period end), decision, rule,
**     ref, detail.
** new_urban_employment_count(area, period) -> counted rows − natural_attrition rows (may be < 0).
** registered_urban_unemployment_count(area, period) -> counted rows.
** area: NULL, 山东 or 370000 (the province), a city in any spelling policy functions accept (济南,
** 370100, jinan), or a county code (370102). period: 'YYYY-MM' or 'YYYYMM' as stat_period_start
** takes it. A NULL period gives NULL / no rows. Errors name the function and the argument: a
** malformed period, new employment before 2020-01 (95号 covers 2020 on), registered unemployment
** before 2020-09 (monthly from the report of October 2020, 人社厅发〔2020〕79号 三(九)), an unknown
** area, missing tables ("... the statistics tables are missing: .read sql/schema.sql"), or a rule
** that cannot be evaluated (a city's 低保 standard not entered, a city check returning a bad code).
**
** The method: 鲁人社字〔2020〕95号 附件 山东省城镇新增就业统计方法 (一 concepts, 二 period and working
** age, 三2 natural attrition, 四 screening: 四(一) once a year and across years, 四(二) exclusions,
** 四(三) doubts); 人社厅发〔2020〕79号 三(九)-(十一) for registered unemployment. docs/statistics.md
** lists every rule code with its clause and the readings.
**
** HOW IT WORKS. The set work is here, in C over indexed queries: the records listed in the period
** and area are read, then for each person all of their records, insurance spells, pensions,
** benefits and approved registrations (a decision is global: every city's records count). Lua is
** asked only for policy choices: stats.year_pick once per statistical year, attrition_lag_periods
** and urban_dibao_monthly per city (cached per statement), unemployment_status per registration
** that may make a record 失业再就业, and stats.city_checks per record only for a city that has its
** own version (lua/shandong/statistics.lua).
**
** Flags: reads the database's tables and evaluates Lua (each call bounded by the policy host, the
** whole computation not): neither deterministic nor innocuous, for the scalars and the tables
** alike (SECURITY.md).
*/
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy_conn.h"
#include "policy_lua.h"
#include "rs_sql.h"
#include "workday.h"
SQLITE_EXTENSION_INIT3

#define STATS_FLAGS SQLITE_UTF8
#define REF95 "鲁人社字〔2020〕95号 附件 "
#define REF79 "人社厅发〔2020〕79号 "

enum { STATS_NUE = 0, STATS_ATTRITION = 1, STATS_RUU = 2 };
static const char *const azStatsFunc[] = {"new_urban_employment", "natural_attrition",
                                          "registered_urban_unemployment"};

/* {====================================================================
** Output rows: text cells (NULL allowed), column iIntCol read back as an integer.
*/
typedef struct StatsOut {
  int nCol, iIntCol;
  int nRow, nAlloc;
  char **az; /* nRow * nCol cells, sqlite3_malloc'ed */
  sqlite3_int64 *aKey; /* sort key per row */
} StatsOut;

static void statsOutFree(StatsOut *p) {
  for (int i = 0; i < p->nRow * p->nCol; i++) sqlite3_free(p->az[i]);
  sqlite3_free(p->az);
  sqlite3_free(p->aKey);
  memset(p, 0, sizeof(*p));
}

static int statsOutAdd(StatsOut *p, sqlite3_int64 iKey, const char *const *azCell) {
  if (p->nRow == p->nAlloc) {
    int nNew = p->nAlloc ? p->nAlloc * 2 : 64;
    char **az = sqlite3_realloc64(p->az, sizeof(char *) * (sqlite3_uint64)nNew * p->nCol);
    if (!az) return SQLITE_NOMEM;
    p->az = az;
    sqlite3_int64 *aK = sqlite3_realloc64(p->aKey, sizeof(sqlite3_int64) * (sqlite3_uint64)nNew);
    if (!aK) return SQLITE_NOMEM;
    p->aKey = aK;
    p->nAlloc = nNew;
  }
  char **a = &p->az[p->nRow * p->nCol];
  for (int i = 0; i < p->nCol; i++) a[i] = 0;
  p->aKey[p->nRow] = iKey;
  p->nRow++;
  for (int i = 0; i < p->nCol; i++) {
    if (azCell[i] && !(a[i] = sqlite3_mprintf("%s", azCell[i]))) return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

/* Stable order of the rows by key (insertion sort on an index is enough for one person's rows,
** but the whole output can be large: sort (key, position) pairs). */
typedef struct StatsKey {
  sqlite3_int64 iKey;
  int iRow;
} StatsKey;
static int statsKeyCmp(const void *a, const void *b) {
  const StatsKey *x = a, *y = b;
  if (x->iKey != y->iKey) return x->iKey < y->iKey ? -1 : 1;
  return x->iRow - y->iRow;
}
static int statsOutSort(StatsOut *p) {
  if (p->nRow < 2) return SQLITE_OK;
  StatsKey *aK = sqlite3_malloc64(sizeof(StatsKey) * (sqlite3_uint64)p->nRow);
  char **az = sqlite3_malloc64(sizeof(char *) * (sqlite3_uint64)p->nRow * p->nCol);
  if (!aK || !az) {
    sqlite3_free(aK);
    sqlite3_free(az);
    return SQLITE_NOMEM;
  }
  for (int i = 0; i < p->nRow; i++) aK[i].iKey = p->aKey[i], aK[i].iRow = i;
  qsort(aK, (size_t)p->nRow, sizeof(StatsKey), statsKeyCmp);
  for (int i = 0; i < p->nRow; i++) {
    memcpy(&az[i * p->nCol], &p->az[aK[i].iRow * p->nCol], sizeof(char *) * p->nCol);
    p->aKey[i] = aK[i].iKey;
  }
  sqlite3_free(p->az);
  p->az = az;
  sqlite3_free(aK);
  return SQLITE_OK;
}
/* }==================================================================== */

/* {====================================================================
** Dates as 'YYYY-MM-DD' text (they compare as text); periods and months as indexes y*12+m-1.
*/
static int statsYmd(const char *z, int *pY, int *pM, int *pD) {
  RsDate d;
  if (!z || !rs_date_parse(z, (int)strlen(z), &d)) return 0;
  *pY = d.y, *pM = d.m, *pD = d.d;
  return 1;
}
/* The statistical period of a date (上月21日至本月20日) as an index. */
static int statsPeriodOf(const char *z) {
  int y, m, d;
  if (!statsYmd(z, &y, &m, &d)) return 0;
  int i = y * 12 + m - 1;
  return d >= 21 ? i + 1 : i;
}
static int statsMonthOf(const char *z) {
  int y, m, d;
  if (!statsYmd(z, &y, &m, &d)) return 0;
  return y * 12 + m - 1;
}
static void statsPeriodText(int iPer, char *z) { /* z[8] */
  snprintf(z, 8, "%04u-%02u", (unsigned)(iPer / 12) % 10000u, (unsigned)iPer % 12u + 1u);
}
static void statsPeriodStart(int iPer, char *z) {
  rs_date_format(stat_period_start(iPer / 12, iPer % 12 + 1), z);
}
static void statsPeriodEnd(int iPer, char *z) {
  rs_date_format(stat_period_end(iPer / 12, iPer % 12 + 1), z);
}
/* The statistical year of a period: the year of its last day (2020-12-21 is in year 2021). */
static int statsYearOf(int iPer) { return iPer / 12; }
static void statsDayBefore(const char *z, char *zOut) {
  RsDate d;
  if (!rs_date_parse(z, (int)strlen(z), &d)) {
    zOut[0] = 0;
    return;
  }
  rs_date_format(rs_date_from_days(rs_date_to_days(d) - 1), zOut);
}
/* }==================================================================== */

/* {====================================================================
** The computation's state for one statement.
*/
typedef struct StatsReg { /* an approved registration of a person */
  char *zId, *zCity, *zPerson;
  char zDate[11];
  int iCity;
} StatsReg;

typedef struct StatsSpell {
  int scheme; /* 0 enterprise, 1 institution, 2 individual */
  char *zCredit, *zUnit;
  char zFrom[11], zTo[11];
  int mFrom, mTo; /* months */
} StatsSpell;

enum { FORM_UNIT = 0, FORM_IB, FORM_PWP, FORM_FLEX };
static const char *const azForm[] = {"unit", "individual_business", "public_welfare_post", "flexible"};
enum { D_NONE = 0, D_COUNTED, D_EXCLUDED, D_DOUBTFUL };
static const char *const azDecision[] = {0, "counted", "excluded", "doubtful"};

typedef struct StatsRec {
  sqlite3_int64 id;
  char *zName, *zPhone, *zUnit, *zCredit, *zPlace, *zUrban, *zOffice, *zPlacement, *zChange, *zCheck;
  char zDate[11], zRec[11], zEnd[11]; /* zEnd "" when NULL */
  int form, bIncome, inAge, bHist, iPer, iYear, iCity;
  sqlite3_int64 income;
  char zArea[7]; /* the area it belongs to: place, or office when place is outside 37 */
  int reemp;     /* -1 not yet known */
  int decision;
  const char *zRule; /* static, or zRuleOwn */
  char *zRuleOwn, *zRefOwn, *zDetail;
  const char *zRef;
  char *zCityDoubt, *zCityDoubtRef, *zCityDoubtDetail; /* a city's doubt, ranked after step 22 */
} StatsRec;

typedef struct StatsCtx {
  sqlite3 *db;
  PolicyHost *pHost;
  const char *zFunc;
  char *zErr;
  int iPer;                 /* the period asked */
  char zStart[11], zEnd[11], zPer[8];
  int nArea;                /* 0 province, 4 city, 6 county */
  char zArea[7];
  sqlite3_stmt *pList, *pRecs, *pSpells, *pPens, *pUi, *pRegs, *pFacts;
  int aYearPickY[4];
  char aYearPick[4];        /* 'l' latest, 'f' first */
  int nYearPick;
  signed char aCityChecks[POLICY_N_CITY + 1]; /* -1 unknown, 0 baseline only, 1 the city has one */
  int iDibaoCity;
  char zDibaoDate[11];
  sqlite3_int64 iDibao;
  /* the current person */
  StatsRec *aRec;
  int nRec, nRecAlloc;
  StatsSpell *aSpell;
  int nSpell, nSpellAlloc;
  StatsReg *aReg;
  int nReg, nRegAlloc;
  char zPension[11]; /* earliest pension start, "" none */
  char (*aUi)[2][11];
  int nUi, nUiAlloc;
} StatsCtx;

/* A copy of column i (NULL for NULL); *pbOom set when memory ran out. */
static char *statsDupCol(sqlite3_stmt *p, int i, int *pbOom) {
  const unsigned char *z = sqlite3_column_text(p, i);
  char *zOut = z ? sqlite3_mprintf("%s", z) : 0;
  if (!zOut && sqlite3_column_type(p, i) != SQLITE_NULL) *pbOom = 1;
  return zOut;
}
/* A date column into z[11] ("" for NULL; the schema's CHECKs make it a YYYY-MM-DD date). */
static void statsDateCol(sqlite3_stmt *p, int i, char *z, int *pbOom) {
  const unsigned char *zCol = sqlite3_column_text(p, i);
  if (!zCol && sqlite3_column_type(p, i) != SQLITE_NULL) *pbOom = 1;
  snprintf(z, 11, "%s", zCol ? (const char *)zCol : "");
}

static int statsErr(StatsCtx *c, const char *zFmt, ...) {
  va_list ap;
  va_start(ap, zFmt);
  char *z = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
  sqlite3_free(c->zErr);
  c->zErr = sqlite3_mprintf("%s(): %s", c->zFunc, z ? z : "out of memory");
  sqlite3_free(z);
  return SQLITE_ERROR;
}

static int statsPrepare(StatsCtx *c, sqlite3_stmt **pp, const char *zSql) {
  int rc = sqlite3_prepare_v2(c->db, zSql, -1, pp, 0);
  if (rc == SQLITE_OK) return rc;
  const char *zMsg = sqlite3_errmsg(c->db);
  if (strstr(zMsg, "no such table") || strstr(zMsg, "no such column")) {
    return statsErr(c, "the statistics tables are missing: .read sql/schema.sql");
  }
  return rc == SQLITE_NOMEM ? rc : statsErr(c, "%s", zMsg);
}

/* A statement's end: SQLITE_DONE is success. */
static int statsStepEnd(StatsCtx *c, sqlite3_stmt *p, int rc) {
  if (rc == SQLITE_DONE || rc == SQLITE_OK) return SQLITE_OK;
  if (rc == SQLITE_NOMEM || c->zErr) return rc; /* an error of ours is already worded */
  return statsErr(c, "%s", sqlite3_errmsg(c->db));
}

static void statsPersonClear(StatsCtx *c) {
  for (int i = 0; i < c->nRec; i++) {
    StatsRec *r = &c->aRec[i];
    sqlite3_free(r->zName), sqlite3_free(r->zPhone), sqlite3_free(r->zUnit);
    sqlite3_free(r->zCredit), sqlite3_free(r->zPlace), sqlite3_free(r->zUrban);
    sqlite3_free(r->zOffice), sqlite3_free(r->zPlacement), sqlite3_free(r->zChange);
    sqlite3_free(r->zCheck), sqlite3_free(r->zRuleOwn), sqlite3_free(r->zRefOwn);
    sqlite3_free(r->zDetail), sqlite3_free(r->zCityDoubt), sqlite3_free(r->zCityDoubtRef);
    sqlite3_free(r->zCityDoubtDetail);
  }
  c->nRec = 0;
  for (int i = 0; i < c->nSpell; i++) sqlite3_free(c->aSpell[i].zCredit), sqlite3_free(c->aSpell[i].zUnit);
  c->nSpell = 0;
  for (int i = 0; i < c->nReg; i++) {
    sqlite3_free(c->aReg[i].zId), sqlite3_free(c->aReg[i].zCity), sqlite3_free(c->aReg[i].zPerson);
  }
  c->nReg = 0;
  c->nUi = 0;
}

static void statsCtxClear(StatsCtx *c) {
  statsPersonClear(c);
  sqlite3_free(c->aRec), sqlite3_free(c->aSpell), sqlite3_free(c->aReg), sqlite3_free(c->aUi);
  sqlite3_finalize(c->pList), sqlite3_finalize(c->pRecs), sqlite3_finalize(c->pSpells);
  sqlite3_finalize(c->pPens), sqlite3_finalize(c->pUi), sqlite3_finalize(c->pRegs);
  sqlite3_finalize(c->pFacts);
  sqlite3_free(c->zErr);
}

/* Grow an array of n used, *pnAlloc allocated elements of size sz by one. */
static void *statsGrow(void *a, int n, int *pnAlloc, size_t sz) {
  if (n < *pnAlloc) return a;
  int nNew = *pnAlloc ? *pnAlloc * 2 : 16;
  void *aNew = sqlite3_realloc64(a, sz * (sqlite3_uint64)nNew);
  if (aNew) *pnAlloc = nNew;
  return aNew;
}
/* }==================================================================== */

/* {====================================================================
** Arguments: area and period.
*/
static int statsArea(StatsCtx *c, sqlite3_value *v) {
  c->nArea = 0;
  c->zArea[0] = 0;
  if (sqlite3_value_type(v) == SQLITE_NULL) return SQLITE_OK;
  const char *z = (const char *)sqlite3_value_text(v);
  int n = sqlite3_value_bytes(v);
  if (!z) return SQLITE_NOMEM;
  int i = sqlite3_value_type(v) == SQLITE_BLOB ? -1 : policy_city_find(z, n);
  if (i == POLICY_PROVINCE) return SQLITE_OK;
  if (i >= 0) {
    memcpy(c->zArea, aPolicyCity[i].zCode, 4);
    c->zArea[4] = 0;
    c->nArea = 4;
    return SQLITE_OK;
  }
  if (n == 6 && strspn(z, "0123456789") == 6 && strcmp(z + 4, "00") != 0) {
    char zCity[7];
    memcpy(zCity, z, 4);
    memcpy(zCity + 4, "00", 3);
    if (policy_city_find(zCity, 6) >= 0 && policy_city_find(zCity, 6) != POLICY_PROVINCE) {
      memcpy(c->zArea, z, 7);
      c->nArea = 6;
      return SQLITE_OK;
    }
  }
  return statsErr(c, "area: unknown area '%.40s' (NULL or 山东 for the province, a city such as 济南 "
                  "or 370100, or a county code such as 370102)", sqlite3_value_type(v) == SQLITE_BLOB ? "BLOB" : z);
}

/* 1 period read, 0 NULL, SQLITE_ERROR after c->zErr. */
static int statsPeriod(StatsCtx *c, sqlite3_value *v, int iKind) {
  int y, m;
  if (sqlite3_value_type(v) == SQLITE_NULL) return 0;
  const char *z = (const char *)sqlite3_value_text(v);
  if (sqlite3_value_type(v) == SQLITE_BLOB || !z || !stat_period_parse(z, sqlite3_value_bytes(v), &y, &m)) {
    statsErr(c, "period: expected YYYY-MM or YYYYMM, got '%.40s'",
             sqlite3_value_type(v) == SQLITE_BLOB || !z ? "BLOB" : z);
    return -1;
  }
  c->iPer = y * 12 + m - 1;
  statsPeriodText(c->iPer, c->zPer);
  /* reading: the year is the statistical year (2020-12-21 opens 2021); 2020 periods are computed
  ** by 95号's own 2020 rule, earlier ones are an error. Registered unemployment starts with period
  ** 2020-09, the one reported before 2020-10-09 (79号 三(九)). */
  if (iKind == STATS_RUU && c->iPer < 2020 * 12 + 8) {
    statsErr(c, "period: registered unemployment is reported monthly from period 2020-09 "
             "(人社厅发〔2020〕79号 三(九): 10月起…月度统计, first report before 2020-10-09), got %s", c->zPer);
    return -1;
  }
  if (c->iPer < 2020 * 12) {
    statsErr(c, "period: the method covers 2020 on (鲁人社字〔2020〕95号 附件 四(一)), got %s", c->zPer);
    return -1;
  }
  statsPeriodStart(c->iPer, c->zStart);
  statsPeriodEnd(c->iPer, c->zEnd);
  return 1;
}
/* }==================================================================== */

/* {====================================================================
** Policy: year pick, city checks, 低保 standard, registration status.
*/
static int statsPolicyErr(StatsCtx *c, int rc, const char *zWhat) {
  if (rc == POLICY_NOMEM) return SQLITE_NOMEM;
  return statsErr(c, "%s: %s", zWhat, policy_host_errmsg(c->pHost));
}

/* 'l' (latest) or 'f' (first) for statistical year y; 0 after an error. */
static char statsYearPick(StatsCtx *c, int y) {
  for (int i = 0; i < c->nYearPick; i++) {
    if (c->aYearPickY[i] == y) return c->aYearPick[i];
  }
  char zAsOf[11];
  statsPeriodStart(y * 12, zAsOf); /* start(Y) = (Y-1)-12-21 */
  PolicyValue v;
  int rc = policy_eval(c->pHost, POLICY_PROVINCE, "stats.year_pick", zAsOf, 0, 0, &v, 0, 0);
  if (rc != POLICY_OK) {
    statsPolicyErr(c, rc, "rule stats.year_pick");
    return 0;
  }
  char ch = 0;
  if (v.eType == POLICY_TEXT && !strcmp(v.z, "latest")) ch = 'l';
  if (v.eType == POLICY_TEXT && !strcmp(v.z, "first")) ch = 'f';
  policy_value_clear(&v);
  if (!ch) {
    statsErr(c, "rule stats.year_pick as of %s: expected 'latest' or 'first'", zAsOf);
    return 0;
  }
  if (c->nYearPick == 4) c->nYearPick = 0;
  c->aYearPickY[c->nYearPick] = y;
  c->aYearPick[c->nYearPick++] = ch;
  return ch;
}

/* Whether city iCity has its own version of stats.city_checks (the baseline returns nil, so a
** city without one is not asked record by record). -1 after an error. */
static int statsHasCityChecks(StatsCtx *c, int iCity) {
  if (c->aCityChecks[iCity] >= 0) return c->aCityChecks[iCity];
  PolicyParamRow *a = 0;
  int n = 0;
  int rc = policy_rules(c->pHost, iCity, 0, &a, &n);
  if (rc != POLICY_OK) return statsPolicyErr(c, rc, "rules"), -1;
  int b = 0;
  for (int i = 0; i < n; i++) {
    if (a[i].zName && !strcmp(a[i].zName, "stats.city_checks") && a[i].zOrigin &&
        strncmp(a[i].zOrigin, "shandong", 8) != 0) {
      b = 1;
    }
  }
  policy_params_free(a, n);
  c->aCityChecks[iCity] = (signed char)b;
  return b;
}

/* Status of registration g on zAsOf by unemployment_status's rule; *pz gets a static word. */
static int statsRegStatus(StatsCtx *c, StatsReg *g, const char *zAsOf, const char **pz) {
  PolicyValue v;
  if (g->iCity < 0) return statsErr(c, "registration %s: unknown city %s", g->zId, g->zCity);
  int rc = policy_eval(c->pHost, g->iCity, "status.unemployment_status", zAsOf, g->zPerson,
                       (int)strlen(g->zPerson), &v, 0, 0);
  if (rc != POLICY_OK) {
    char *zW = sqlite3_mprintf("registration %s: unemployment_status", g->zId);
    rc = statsPolicyErr(c, rc, zW ? zW : "registration");
    sqlite3_free(zW);
    return rc;
  }
  static const char *const az[] = {"unemployed", "employed", "exited", "not_registered"};
  *pz = "not_registered";
  for (int i = 0; i < 4; i++) {
    if (v.eType == POLICY_TEXT && !strcmp(v.z, az[i])) *pz = az[i];
  }
  policy_value_clear(&v);
  return SQLITE_OK;
}
/* }==================================================================== */

/* {====================================================================
** New urban employment: one person's history and the decision of each record.
*/
static int statsLoadPerson(StatsCtx *c, const char *zPerson) {
  statsPersonClear(c);
  sqlite3_stmt *p = c->pRecs;
  int rc, bOom = 0;
  sqlite3_bind_text(p, 1, zPerson, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step(p)) == SQLITE_ROW) {
    StatsRec *a = statsGrow(c->aRec, c->nRec, &c->nRecAlloc, sizeof(StatsRec));
    if (!a) return sqlite3_reset(p), SQLITE_NOMEM;
    c->aRec = a;
    StatsRec *r = &a[c->nRec++];
    memset(r, 0, sizeof(*r));
    r->id = sqlite3_column_int64(p, 0);
    r->zName = statsDupCol(p, 1, &bOom);
    r->zPhone = statsDupCol(p, 2, &bOom);
    const char *zForm = (const char *)sqlite3_column_text(p, 3);
    for (int i = 0; i < 4; i++) {
      if (zForm && !strcmp(zForm, azForm[i])) r->form = i;
    }
    statsDateCol(p, 4, r->zDate, &bOom);
    statsDateCol(p, 5, r->zRec, &bOom);
    if (sqlite3_column_type(p, 6) != SQLITE_NULL) statsDateCol(p, 6, r->zEnd, &bOom);
    r->zUnit = statsDupCol(p, 7, &bOom);
    r->zCredit = statsDupCol(p, 8, &bOom);
    r->zPlace = statsDupCol(p, 9, &bOom);
    r->zUrban = statsDupCol(p, 10, &bOom);
    r->zOffice = statsDupCol(p, 11, &bOom);
    r->zPlacement = statsDupCol(p, 12, &bOom);
    r->zChange = statsDupCol(p, 13, &bOom);
    r->bIncome = sqlite3_column_type(p, 14) != SQLITE_NULL;
    r->income = sqlite3_column_int64(p, 14);
    r->zCheck = statsDupCol(p, 15, &bOom);
    r->inAge = sqlite3_column_int(p, 16);
    if (bOom || !r->zPlace || !r->zOffice) return sqlite3_reset(p), SQLITE_NOMEM;
    r->bHist = !r->zCheck || strcmp(r->zCheck, "error") != 0;
    r->iPer = statsPeriodOf(r->zDate);
    r->iYear = statsYearOf(r->iPer);
    memcpy(r->zArea, strncmp(r->zPlace, "37", 2) == 0 ? r->zPlace : r->zOffice, 6);
    r->zArea[6] = 0;
    char zCity[7];
    memcpy(zCity, r->zArea, 4);
    memcpy(zCity + 4, "00", 3);
    r->iCity = policy_city_find(zCity, 6);
    if (r->iCity == POLICY_PROVINCE) r->iCity = -1;
    r->reemp = -1;
  }
  sqlite3_reset(p);
  if ((rc = statsStepEnd(c, p, rc)) != SQLITE_OK) return rc;

  p = c->pSpells;
  sqlite3_bind_text(p, 1, zPerson, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step(p)) == SQLITE_ROW) {
    StatsSpell *a = statsGrow(c->aSpell, c->nSpell, &c->nSpellAlloc, sizeof(StatsSpell));
    if (!a) return sqlite3_reset(p), SQLITE_NOMEM;
    c->aSpell = a;
    StatsSpell *s = &a[c->nSpell++];
    const char *zS = (const char *)sqlite3_column_text(p, 0);
    s->scheme = zS && !strcmp(zS, "enterprise") ? 0 : zS && !strcmp(zS, "institution") ? 1 : 2;
    s->zCredit = statsDupCol(p, 1, &bOom);
    s->zUnit = statsDupCol(p, 2, &bOom);
    statsDateCol(p, 3, s->zFrom, &bOom);
    statsDateCol(p, 4, s->zTo, &bOom);
    if (bOom) return sqlite3_reset(p), SQLITE_NOMEM;
    s->mFrom = statsMonthOf(s->zFrom);
    s->mTo = statsMonthOf(s->zTo);
  }
  sqlite3_reset(p);
  if ((rc = statsStepEnd(c, p, rc)) != SQLITE_OK) return rc;

  p = c->pPens;
  c->zPension[0] = 0;
  sqlite3_bind_text(p, 1, zPerson, -1, SQLITE_STATIC);
  if ((rc = sqlite3_step(p)) == SQLITE_ROW && sqlite3_column_type(p, 0) != SQLITE_NULL) {
    statsDateCol(p, 0, c->zPension, &bOom);
  }
  if (bOom) return sqlite3_reset(p), SQLITE_NOMEM;
  sqlite3_reset(p);
  if (rc != SQLITE_ROW && (rc = statsStepEnd(c, p, rc)) != SQLITE_OK) return rc;

  p = c->pUi;
  sqlite3_bind_text(p, 1, zPerson, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step(p)) == SQLITE_ROW) {
    char(*a)[2][11] = statsGrow(c->aUi, c->nUi, &c->nUiAlloc, sizeof(c->aUi[0]));
    if (!a) return sqlite3_reset(p), SQLITE_NOMEM;
    c->aUi = a;
    statsDateCol(p, 0, a[c->nUi][0], &bOom);
    statsDateCol(p, 1, a[c->nUi][1], &bOom);
    c->nUi++;
    if (bOom) return sqlite3_reset(p), SQLITE_NOMEM;
  }
  sqlite3_reset(p);
  if ((rc = statsStepEnd(c, p, rc)) != SQLITE_OK) return rc;

  p = c->pRegs;
  sqlite3_bind_text(p, 1, zPerson, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step(p)) == SQLITE_ROW) {
    StatsReg *a = statsGrow(c->aReg, c->nReg, &c->nRegAlloc, sizeof(StatsReg));
    if (!a) return sqlite3_reset(p), SQLITE_NOMEM;
    c->aReg = a;
    StatsReg *g = &a[c->nReg++];
    g->zId = statsDupCol(p, 0, &bOom);
    g->zCity = statsDupCol(p, 1, &bOom);
    statsDateCol(p, 2, g->zDate, &bOom);
    g->zPerson = statsDupCol(p, 3, &bOom);
    if (bOom || !g->zId || !g->zCity || !g->zPerson) return sqlite3_reset(p), SQLITE_NOMEM;
    g->iCity = policy_city_find(g->zCity, (int)strlen(g->zCity));
  }
  sqlite3_reset(p);
  return statsStepEnd(c, p, rc);
}

/* covered(m): some spell of the person covers month m. */
static int statsCovered(StatsCtx *c, int m) {
  for (int i = 0; i < c->nSpell; i++) {
    if (c->aSpell[i].mFrom <= m && m <= c->aSpell[i].mTo) return 1;
  }
  return 0;
}
/* CONT(d1, d2): every month from month(d1) to month(d2) covered. */
static int statsCont(StatsCtx *c, const char *z1, const char *z2) {
  for (int m = statsMonthOf(z1); m <= statsMonthOf(z2); m++) {
    if (!statsCovered(c, m)) return 0;
  }
  return 1;
}
/* BREAK(d1, d2) (断缴): a month strictly between not covered after a covered one.
** reading: 断缴 needs a spell that stopped, 调转不断保 every month covered: without insurance data a
** person has neither, and a unit change across years then needs a registration (REG). */
static int statsBreak(StatsCtx *c, const char *z1, const char *z2) {
  for (int m = statsMonthOf(z1) + 1; m < statsMonthOf(z2); m++) {
    if (!statsCovered(c, m) && statsCovered(c, m - 1)) return 1;
  }
  return 0;
}
/* REG(d1, d2): an approved registration dated d1 < date <= d2. */
static int statsReg(StatsCtx *c, const char *z1, const char *z2) {
  for (int i = 0; i < c->nReg; i++) {
    if (strcmp(c->aReg[i].zDate, z1) > 0 && strcmp(c->aReg[i].zDate, z2) <= 0) return 1;
  }
  return 0;
}

/* REEMP(r) (就业记录→失业记录→就业记录, 95号 四(一)5): an approved registration g before r, on which the
** person was still registered unemployed the day before r, and another history record before g.
** 1, 0, or -1 after an error. */
static int statsReemp(StatsCtx *c, StatsRec *r) {
  if (r->reemp >= 0) return r->reemp;
  char zBefore[11];
  statsDayBefore(r->zDate, zBefore);
  r->reemp = 0;
  for (int i = 0; i < c->nReg && !r->reemp; i++) {
    StatsReg *g = &c->aReg[i];
    if (strcmp(g->zDate, r->zDate) >= 0) continue;
    int bOther = 0;
    for (int j = 0; j < c->nRec && !bOther; j++) {
      StatsRec *h = &c->aRec[j];
      bOther = h != r && h->bHist && strcmp(h->zDate, g->zDate) < 0;
    }
    if (!bOther) continue;
    const char *zStatus;
    if (statsRegStatus(c, g, zBefore, &zStatus) != SQLITE_OK) return r->reemp = -1;
    r->reemp = !strcmp(zStatus, "unemployed");
  }
  return r->reemp;
}

/* Set r's decision; zDetail (sqlite3_malloc'ed, owned from here) NULL means memory ran out. */
static int statsDecide(StatsRec *r, int decision, const char *zRule, const char *zRef, char *zDetail) {
  if (!zDetail || !zRule || !zRef) {
    sqlite3_free(zDetail);
    return SQLITE_NOMEM;
  }
  r->decision = decision;
  r->zRule = zRule;
  r->zRef = zRef;
  sqlite3_free(r->zDetail);
  r->zDetail = zDetail;
  return SQLITE_OK;
}

/* unit(x) of two records: the credit codes when both have one, else the unit names. */
static int statsSameUnit(const StatsRec *a, const StatsRec *b) {
  if (a->zCredit && b->zCredit) return !strcmp(a->zCredit, b->zCredit);
  if (!a->zUnit || !b->zUnit) return !a->zUnit && !b->zUnit;
  return !strcmp(a->zUnit, b->zUnit);
}

/* Whether h is an earlier-year history record of r. */
static int statsEarlierYear(const StatsRec *h, const StatsRec *r) {
  return h != r && h->bHist && h->iYear < r->iYear;
}

/* The city's own checks (step 14): r->decision set for an exclusion, r->zCityDoubt for a doubt. */
static int statsCityChecks(StatsCtx *c, StatsRec *r) {
  int b = statsHasCityChecks(c, r->iCity);
  if (b <= 0) return b < 0 ? SQLITE_ERROR : SQLITE_OK;
  sqlite3_stmt *p = c->pFacts;
  sqlite3_bind_int64(p, 1, r->id);
  int rc = sqlite3_step(p);
  if (rc != SQLITE_ROW) {
    sqlite3_reset(p);
    return statsStepEnd(c, p, rc);
  }
  const char *zFacts = (const char *)sqlite3_column_text(p, 0);
  PolicyValue v;
  PolicyStep *aStep = 0;
  int nStep = 0;
  rc = policy_eval(c->pHost, r->iCity, "stats.city_checks", r->zDate, zFacts, (int)strlen(zFacts), &v,
                   &aStep, &nStep);
  sqlite3_reset(p);
  if (rc != POLICY_OK) {
    char *zW = sqlite3_mprintf("record %lld: rule stats.city_checks", r->id);
    rc = statsPolicyErr(c, rc, zW ? zW : "stats.city_checks");
    sqlite3_free(zW);
    return rc;
  }
  const char *zRef = nStep > 0 && aStep[nStep - 1].zRef ? aStep[nStep - 1].zRef : REF95 "四(二)10";
  rc = SQLITE_OK;
  if (v.eType == POLICY_JSON) {
    json_t *o = json_loadb(v.z, (size_t)v.n, 0, 0);
    if (!o) {
      policy_value_clear(&v);
      policy_steps_free(aStep, nStep);
      return SQLITE_NOMEM;
    }
    const char *zRule = json_string_value(json_object_get(o, "rule"));
    const char *zDetail = json_string_value(json_object_get(o, "detail"));
    int bExcl = zRule && !strncmp(zRule, "excl.city.", 10) && zRule[10];
    int bDoubt = zRule && !strncmp(zRule, "doubt.city.", 11) && zRule[11];
    if (!bExcl && !bDoubt) {
      rc = statsErr(c, "record %lld: rule stats.city_checks of %s returned rule '%s': expected "
                    "'excl.city.<name>' or 'doubt.city.<name>'", r->id, aPolicyCity[r->iCity].zName,
                    zRule ? zRule : "(none)");
    } else if (bExcl) {
      r->zRuleOwn = sqlite3_mprintf("%s", zRule);
      r->zRefOwn = sqlite3_mprintf("%s", zRef);
      rc = statsDecide(r, D_EXCLUDED, r->zRuleOwn, r->zRefOwn, sqlite3_mprintf("%s", zDetail ? zDetail : ""));
    } else {
      r->zCityDoubt = sqlite3_mprintf("%s", zRule);
      r->zCityDoubtRef = sqlite3_mprintf("%s", zRef);
      r->zCityDoubtDetail = sqlite3_mprintf("%s", zDetail ? zDetail : "");
      if (!r->zCityDoubt || !r->zCityDoubtRef || !r->zCityDoubtDetail) rc = SQLITE_NOMEM;
    }
    json_decref(o);
  } else if (v.eType != POLICY_NULL) {
    rc = statsErr(c, "record %lld: rule stats.city_checks of %s returned neither nil nor a table",
                  r->id, aPolicyCity[r->iCity].zName);
  }
  policy_value_clear(&v);
  policy_steps_free(aStep, nStep);
  return rc;
}

/* Steps 1-14 of contract §4 for record r: r->decision D_EXCLUDED, or left D_NONE (a candidate of
** the once-a-year pick). */
static int statsExclusions(StatsCtx *c, StatsRec *r) {
  int Y = r->iYear;
  char zE1[11], zPS[11], zPE[11], zStartY[11];
  snprintf(zE1, 11, "%04u-12-20", (unsigned)(Y - 1) % 10000u); /* E(Y−1) */
  statsPeriodStart(Y * 12, zStartY);
  statsPeriodStart(r->iPer, zPS);
  statsPeriodEnd(r->iPer, zPE);

  /* 1 四(二)10 "业务经办错误" */
  if (r->zCheck && !strcmp(r->zCheck, "error")) {
    return statsDecide(r, D_EXCLUDED, "excl.error", REF95 "四(二)10",
                       sqlite3_mprintf("check_status error (业务经办错误)"));
  }
  /* 2 四(二)9 "到外省就业的人员" */
  if (strncmp(r->zPlace, "37", 2) != 0) {
    return statsDecide(r, D_EXCLUDED, "excl.other_province", REF95 "四(二)9",
                       sqlite3_mprintf("place %s is outside 山东 (到外省就业)", r->zPlace));
  }
  if (r->iCity < 0) {
    return statsErr(c, "record %lld: place %s is not in a city of 山东", r->id, r->zPlace);
  }
  /* 3 四(二)8 "安置在乡村公益性岗位和扶贫车间及企业的人员" */
  if (r->zPlacement) {
    return statsDecide(r, D_EXCLUDED, "excl.rural_post_poverty", REF95 "四(二)8",
                       sqlite3_mprintf("placement %s", r->zPlacement));
  }
  /* 4 一1 "就业地在城镇区域内" */
  if (r->zUrban && r->zUrban[0] == '2') {
    return statsDecide(r, D_EXCLUDED, "excl.not_urban", REF95 "一1",
                       sqlite3_mprintf("城乡分类代码 %s is rural (乡村)", r->zUrban));
  }
  /* 5 二 "劳动年龄为年满16周岁（含）至依法享受基本养老保险待遇"
  ** reading: working age ends at the statutory pension age (in_working_age), for both figures;
  ** drawing a pension is step 6 besides. */
  if (!r->inAge) {
    return statsDecide(r, D_EXCLUDED, "excl.working_age", REF95 "二",
                       sqlite3_mprintf("not in working age on %s", r->zDate));
  }
  /* 6 四(二)6 "享受职工和居民养老保险待遇的人员" */
  if (c->zPension[0] && strcmp(c->zPension, r->zDate) <= 0) {
    return statsDecide(r, D_EXCLUDED, "excl.pensioner", REF95 "四(二)6",
                       sqlite3_mprintf("pension since %s", c->zPension));
  }
  /* 7 四(二)7 "报告期内一直领取失业保险待遇的人员" */
  for (int i = 0; i < c->nUi; i++) {
    if (strcmp(c->aUi[i][0], zPS) <= 0 && strcmp(c->aUi[i][1], zPE) >= 0) {
      return statsDecide(r, D_EXCLUDED, "excl.on_ui_all_period", REF95 "四(二)7",
                         sqlite3_mprintf("失业保险金 paid %s..%s, the whole period %s..%s", c->aUi[i][0],
                                         strcmp(c->aUi[i][1], "9999-12-31") ? c->aUi[i][1] : "", zPS, zPE));
    }
  }
  /* 8 一3 "劳动报酬或经营收入不低于当地城市居民最低生活保障标准" */
  if (r->bIncome) {
    if (c->iDibaoCity != r->iCity || strcmp(c->zDibaoDate, r->zDate) != 0) {
      PolicyValue v;
      int rc = policy_param(c->pHost, r->iCity, "urban_dibao_monthly", r->zDate, &v, 0);
      if (rc != POLICY_OK) {
        char *zW = sqlite3_mprintf("record %lld: monthly_income_fen", r->id);
        rc = statsPolicyErr(c, rc, zW ? zW : "monthly_income_fen");
        sqlite3_free(zW);
        return rc;
      }
      if (v.eType != POLICY_INTEGER) {
        policy_value_clear(&v);
        return statsErr(c, "parameter urban_dibao_monthly of %s is not an integer (fen)",
                        aPolicyCity[r->iCity].zName);
      }
      c->iDibao = v.i;
      c->iDibaoCity = r->iCity;
      memcpy(c->zDibaoDate, r->zDate, 11);
    }
    if (r->income < c->iDibao) {
      return statsDecide(r, D_EXCLUDED, "excl.income_below_dibao", REF95 "一3",
                         sqlite3_mprintf("income %lld fen < 低保 %lld fen", r->income, c->iDibao));
    }
  }
  /* 9 四(二)4 "上月21日到本月20日期间，在信息系统中办理就业登记又做退出的人员" */
  if (r->zEnd[0] && statsPeriodOf(r->zEnd) == r->iPer) {
    return statsDecide(r, D_EXCLUDED, "excl.registered_and_exited", REF95 "四(二)4",
                       sqlite3_mprintf("registered %s and exited %s in the same period", r->zDate, r->zEnd));
  }
  /* 10 四(二)1 "单位调转、续签合同人员，含不同单位间调转不断保的" */
  if (r->form == FORM_UNIT) {
    if (r->zChange) {
      return statsDecide(r, D_EXCLUDED, "excl.transfer", REF95 "四(二)1",
                         sqlite3_mprintf("recorded as %s", r->zChange));
    }
    StatsRec *q = 0;
    for (int j = 0; j < c->nRec; j++) {
      StatsRec *h = &c->aRec[j];
      if (h != r && h->bHist && h->form == FORM_UNIT && strcmp(h->zDate, r->zDate) < 0) q = h;
    }
    if (q && statsCont(c, q->zDate, r->zDate) && !statsReg(c, q->zDate, r->zDate)) {
      return statsDecide(r, D_EXCLUDED, "excl.transfer", REF95 "四(二)1",
                         sqlite3_mprintf("insured every month since record %lld of %s, no unemployment "
                                         "registration between (调转不断保)", q->id, q->zDate));
    }
  }
  /* 11 四(二)5 "参加企业职工养老保险的上年度至本年度报告期内在同一单位参保、未减员" */
  if (r->zCredit) {
    for (int i = 0; i < c->nSpell; i++) {
      StatsSpell *s = &c->aSpell[i];
      if (s->scheme == 0 && s->zCredit && !strcmp(s->zCredit, r->zCredit) &&
          strcmp(s->zFrom, zE1) <= 0 && strcmp(s->zTo, r->zDate) >= 0) {
        return statsDecide(r, D_EXCLUDED, "excl.same_unit_insured", REF95 "四(二)5",
                           sqlite3_mprintf("insured with %s since %s, not 减员", r->zCredit, s->zFrom));
      }
    }
  }
  /* 12 四(二)3 "上年度报告期末为就业状态且非城镇失业人员再就业的人员"
  ** reading: 城镇失业人员再就业 is REEMP (a registration), not a mere 断缴. */
  for (int j = 0; j < c->nRec; j++) {
    StatsRec *h = &c->aRec[j];
    if (h != r && h->bHist && strcmp(h->zDate, zE1) <= 0 && (!h->zEnd[0] || strcmp(h->zEnd, zE1) >= 0)) {
      int e = statsReemp(c, r);
      if (e < 0) return SQLITE_ERROR;
      if (!e) {
        return statsDecide(r, D_EXCLUDED, "excl.employed_at_prior_year_end", REF95 "四(二)3",
                           sqlite3_mprintf("record %lld was active on %s", h->id, zE1));
      }
      break;
    }
  }
  /* 13 四(一)1-4: a person employed in an earlier year counts again only if the form's condition holds.
  ** reading: the 四(一) conditions are necessary ("方可纳入"), the 四(二) exclusions above override
  ** them ("不作为"). An individual business of an earlier year still open (四(一)2 failing) was
  ** active at the year end, so step 12 has excluded it already. */
  int bEarlier = 0;
  for (int j = 0; j < c->nRec && !bEarlier; j++) bEarlier = statsEarlierYear(&c->aRec[j], r);
  if (bEarlier) {
    int e = statsReemp(c, r);
    if (e < 0) return SQLITE_ERROR;
    if (!e) {
      int bOk = 1;
      const char *zRef = 0;
      char *zDetail = 0;
      if (r->form == FORM_UNIT) {
        StatsRec *q = 0;
        for (int j = 0; j < c->nRec; j++) {
          StatsRec *h = &c->aRec[j];
          if (h != r && h->bHist && strcmp(h->zDate, r->zDate) < 0) q = h;
        }
        int bChanged = q && (q->form != FORM_UNIT || !statsSameUnit(q, r));
        int bTrans = q && (statsReg(c, q->zDate, r->zDate) || statsBreak(c, q->zDate, r->zDate));
        bOk = bChanged && bTrans;
        zRef = REF95 "四(一)1";
        if (!bOk) {
          zDetail = sqlite3_mprintf(!bChanged ? "same unit as record %lld of %s"
                                              : "no unemployment registration or 断缴 since record %lld of %s",
                                    q ? q->id : 0, q ? q->zDate : "");
        }
      } else {
        for (int j = 0; j < c->nRec && bOk; j++) {
          StatsRec *h = &c->aRec[j];
          if (!statsEarlierYear(h, r) || h->form != r->form) continue;
          if (r->form == FORM_IB) {
            if (!h->zEnd[0] || strcmp(h->zEnd, r->zDate) >= 0) {
              bOk = 0;
              zDetail = sqlite3_mprintf("individual business of record %lld (%s) not deregistered before",
                                        h->id, h->zDate);
            }
          } else {
            bOk = 0;
            zDetail = sqlite3_mprintf("record %lld of %s was already %s", h->id, h->zDate, azForm[r->form]);
          }
        }
        zRef = r->form == FORM_IB ? REF95 "四(一)2" : r->form == FORM_PWP ? REF95 "四(一)3" : REF95 "四(一)4";
      }
      if (!bOk) return statsDecide(r, D_EXCLUDED, "excl.cross_year", zRef, zDetail);
      sqlite3_free(zDetail);
    }
  }
  /* 14 a city's own checks */
  return statsCityChecks(c, r);
}

static int statsNameInvalid(const char *z) {
  return !z || !z[0] || strchr(z, ' ') || strstr(z, "\xe3\x80\x80");
}
static int statsBlank(const char *z) {
  if (!z) return 1;
  for (; *z; z++) {
    if (*z != ' ' && *z != '\t') {
      if (!strncmp(z, "\xe3\x80\x80", 3)) {
        z += 2;
        continue;
      }
      return 0;
    }
  }
  return 1;
}
static int statsCreditValid(const char *z) {
  return z && strlen(z) == 18 && strspn(z, "0123456789ABCDEFGHJKLMNPQRTUWXY") == 18;
}
static int statsDigits(const char *z, int nMin, int nMax) {
  int n = (int)strspn(z, "0123456789");
  return n >= nMin && n <= nMax ? n : -1;
}
/* AAC067 手机号码: 11 digits; AAE005 固定电话: 0\d{2,3}-\d{7,8}(-\d{1,6})? */
static int statsPhoneValid(const char *z) {
  if (!z) return 0;
  if (strlen(z) == 11 && strspn(z, "0123456789") == 11) return 1;
  if (z[0] != '0') return 0;
  for (int nArea = 2; nArea <= 3; nArea++) {
    const char *p = z + 1;
    if ((int)strspn(p, "0123456789") < nArea) continue;
    p += nArea;
    if (*p != '-') continue;
    p++;
    int n = statsDigits(p, 7, 8);
    if (n < 0) continue;
    p += n;
    if (!*p) return 1;
    if (*p == '-' && statsDigits(p + 1, 1, 6) > 0 && !p[1 + strspn(p + 1, "0123456789")]) return 1;
  }
  return 0;
}

/* Steps 15-22 and a city's doubt for the record kept once a year (skipped when verified); else
** counted with its count rule. */
static int statsDoubtsAndCount(StatsCtx *c, StatsRec *r) {
  int e = statsReemp(c, r);
  if (e < 0) return SQLITE_ERROR;
  char zStartY[11];
  statsPeriodStart(r->iYear * 12, zStartY);
  if (!r->zCheck || strcmp(r->zCheck, "verified") != 0) {
    const char *zRule = 0;
    char *zDetail = 0;
    if (r->zCheck && !strcmp(r->zCheck, "doubtful")) {
      zRule = "doubt.marked", zDetail = sqlite3_mprintf("marked doubtful by the office");
    } else if (statsNameInvalid(r->zName)) {
      zRule = "doubt.name_invalid", zDetail = sqlite3_mprintf("姓名 empty or holding a space");
    } else if (statsBlank(r->zUnit)) {
      zRule = "doubt.unit_missing", zDetail = sqlite3_mprintf("就业单位 empty");
    } else if (r->form != FORM_FLEX && !statsCreditValid(r->zCredit)) {
      zRule = "doubt.credit_code_invalid",
      zDetail = sqlite3_mprintf("统一社会信用代码 '%s' is not 18 characters of its alphabet", r->zCredit ? r->zCredit : "");
    } else if (!statsPhoneValid(r->zPhone)) {
      zRule = "doubt.contact_invalid",
      zDetail = sqlite3_mprintf("联系方式 '%s' is neither a mobile (AAC067) nor a landline (AAE005)", r->zPhone ? r->zPhone : "");
    }
    if (!zRule && r->zCredit) {
      int mR = statsMonthOf(r->zDate), nAt = 0, bSameCode = 0;
      StatsSpell *pOther = 0;
      for (int i = 0; i < c->nSpell; i++) {
        StatsSpell *s = &c->aSpell[i];
        if (s->scheme == 2 || s->mFrom > mR + 1 || strcmp(s->zTo, r->zDate) < 0) continue;
        nAt++;
        if (s->zCredit && !strcmp(s->zCredit, r->zCredit)) {
          bSameCode = 1;
          if (s->zUnit && (!r->zUnit || strcmp(s->zUnit, r->zUnit))) pOther = s;
        }
      }
      if (nAt > 0 && !bSameCode) {
        zRule = "doubt.credit_code_mismatch",
        zDetail = sqlite3_mprintf("no insurance spell at %s with credit code %s", r->zDate, r->zCredit);
      } else if (pOther) {
        zRule = "doubt.unit_name_mismatch",
        zDetail = sqlite3_mprintf("insured under the name '%s'", pOther->zUnit);
      }
    }
    /* reading: doubt 22 applies to every record that is not REEMP, also to one that meets a 四(一)
    ** condition (a unit change with 断缴): 四(一) decides whether it may count in the new year,
    ** 四(三) that it must be verified first; once verified it counts. */
    if (!zRule && !e) {
      const StatsSpell *pNew = 0, *pOld = 0;
      for (int i = 0; i < c->nSpell; i++) {
        StatsSpell *s = &c->aSpell[i];
        if (statsPeriodOf(s->zFrom) == r->iPer) pNew = s;
        if (strcmp(s->zFrom, zStartY) < 0) pOld = s;
      }
      if (pNew && pOld) {
        zRule = "doubt.new_insured_prior_contrib",
        zDetail = sqlite3_mprintf("insured from %s, and already from %s in an earlier year", pNew->zFrom, pOld->zFrom);
      }
    }
    if (zRule) return statsDecide(r, D_DOUBTFUL, zRule, REF95 "四(三)", zDetail);
    if (r->zCityDoubt) {
      r->zRuleOwn = r->zCityDoubt, r->zCityDoubt = 0;
      r->zRefOwn = r->zCityDoubtRef, r->zCityDoubtRef = 0;
      char *zDet = r->zCityDoubtDetail;
      r->zCityDoubtDetail = 0;
      return statsDecide(r, D_DOUBTFUL, r->zRuleOwn, r->zRefOwn, zDet);
    }
  }
  if (e) {
    return statsDecide(r, D_COUNTED, "count.reemployment", REF95 "四(一)5",
                       sqlite3_mprintf("registered unemployed before, employed before that (就业→失业→就业)"));
  }
  int bEarlier = 0;
  for (int j = 0; j < c->nRec && !bEarlier; j++) bEarlier = statsEarlierYear(&c->aRec[j], r);
  if (!bEarlier) {
    return statsDecide(r, D_COUNTED, "count.new", REF95 "一2", sqlite3_mprintf("no employment in an earlier year"));
  }
  static const char *const azCross[] = {"count.cross_year.unit", "count.cross_year.individual_business",
                                        "count.cross_year.public_welfare_post", "count.cross_year.flexible"};
  static const char *const azCrossRef[] = {REF95 "四(一)1", REF95 "四(一)2", REF95 "四(一)3", REF95 "四(一)4"};
  return statsDecide(r, D_COUNTED, azCross[r->form], azCrossRef[r->form],
                     sqlite3_mprintf("employed in an earlier year; the condition of %s holds", azCrossRef[r->form] + strlen(REF95)));
}

/* Decide every record of person's year Y (steps 1-14, the once-a-year pick, then 15-22).
** reading: rows are per employment record, each with its own rule; a person is counted at most
** once a year, so count(*) WHERE decision = 'counted' counts persons.
** reading: once a year picks among the records the exclusions left; a doubtful pick keeps the
** person doubtful (no other record of the year replaces it).
** reading: decisions use every record in the database, so a 2020 period changes when a later 2020
** record of the person arrives (the latest counts). */
static int statsDecideYear(StatsCtx *c, int Y) {
  int rc;
  for (int i = 0; i < c->nRec; i++) {
    StatsRec *r = &c->aRec[i];
    if (r->iYear != Y) continue;
    if ((rc = statsExclusions(c, r)) != SQLITE_OK) return rc;
  }
  char pick = statsYearPick(c, Y);
  if (!pick) return SQLITE_ERROR;
  StatsRec *k = 0; /* records are in (date, id) order */
  for (int i = 0; i < c->nRec; i++) {
    StatsRec *r = &c->aRec[i];
    if (r->iYear != Y || r->decision != D_NONE) continue;
    if (pick == 'l' || !k) k = r;
  }
  for (int i = 0; i < c->nRec; i++) {
    StatsRec *r = &c->aRec[i];
    if (r->iYear != Y || r->decision != D_NONE || r == k) continue;
    rc = statsDecide(r, D_EXCLUDED, "excl.duplicate_in_year", REF95 "四(一)", sqlite3_mprintf("record %lld", k->id));
    if (rc != SQLITE_OK) return rc;
  }
  return k ? statsDoubtsAndCount(c, k) : SQLITE_OK;
}

static const char zNueSchema[] =
    "CREATE TABLE x(period, record, person, name, city, county, form, type, date, decision, rule, ref, "
    "detail, area HIDDEN, period_arg HIDDEN)";
#define NUE_N_COL 13

static const char zAreaSql[] =
    "(?3 = '' OR substr(CASE WHEN place GLOB '37*' THEN place ELSE office END, 1, length(?3)) = ?3)";

static int statsNewEmployment(StatsCtx *c, StatsOut *pOut) {
  int rc;
  char *zList = sqlite3_mprintf(
      "SELECT id, person_id, 0 FROM employment_record WHERE date BETWEEN ?1 AND ?2 AND %s "
      "UNION SELECT id, person_id, 1 FROM employment_record WHERE recorded_on BETWEEN ?1 AND ?2 "
      "AND NOT date BETWEEN ?1 AND ?2 AND %s ORDER BY 2, 1", zAreaSql, zAreaSql);
  if (!zList) return SQLITE_NOMEM;
  rc = statsPrepare(c, &c->pList, zList);
  sqlite3_free(zList);
  if (rc) return rc;
  if ((rc = statsPrepare(c, &c->pRecs,
         "SELECT id, name, phone, form, date, coalesce(recorded_on, date), end_date, unit_name, credit_code, "
         "place, urban_rural, office, placement, change_kind, monthly_income_fen, check_status, "
         "coalesce(in_working_age(idcard_birth(person_id), idcard_sex(person_id), retirement_category, date), 0) "
         "FROM employment_record WHERE person_id = ?1 ORDER BY date, id")) ||
      (rc = statsPrepare(c, &c->pSpells,
         "SELECT scheme, credit_code, unit_name, insured_from, coalesce(insured_to, '9999-12-31') "
         "FROM insurance_spell WHERE person_id = ?1 ORDER BY insured_from, id")) ||
      (rc = statsPrepare(c, &c->pPens, "SELECT min(from_date) FROM pension WHERE person_id = ?1")) ||
      (rc = statsPrepare(c, &c->pUi,
         "SELECT from_date, coalesce(to_date, '9999-12-31') FROM ui_benefit WHERE person_id = ?1")) ||
      (rc = statsPrepare(c, &c->pRegs,
         "SELECT u.AAZ341, u.city, json_extract(u.person, '$.registration.date'), u.person "
         "FROM unemployment_person u WHERE u.AAZ341 IN (SELECT AAZ341 FROM registration WHERE AAC002 = ?1 "
         "UNION ALL SELECT AAZ341 FROM registration WHERE AAC002 IS NULL AND AAC058 IN ('01', '04') "
         "AND AAC044 = ?1) ORDER BY 3, 1")) ||
      (rc = statsPrepare(c, &c->pFacts,
         "SELECT json_patch('{}', json_object('id', id, 'person_id', person_id, 'name', name, 'phone', phone, "
         "'retirement_category', retirement_category, 'type', type, 'form', form, 'date', date, "
         "'date_source', date_source, 'recorded_on', recorded_on, 'end_date', end_date, 'unit_name', unit_name, "
         "'credit_code', credit_code, 'unit_address', unit_address, 'place', place, 'city', city, "
         "'urban_rural', urban_rural, 'office', office, 'industry', industry, "
         "'was_registered_unemployed', was_registered_unemployed, 'hard_to_employ', hard_to_employ, "
         "'placement', placement, 'change_kind', change_kind, 'monthly_income_fen', monthly_income_fen, "
         "'check_status', check_status, 'check_note', check_note)) FROM employment_record WHERE id = ?1"))) {
    return rc;
  }
  sqlite3_bind_text(c->pList, 1, c->zStart, -1, SQLITE_STATIC);
  sqlite3_bind_text(c->pList, 2, c->zEnd, -1, SQLITE_STATIC);
  sqlite3_bind_text(c->pList, 3, c->zArea, -1, SQLITE_STATIC);
  char *zPerson = 0; /* the current person (sqlite3_malloc'ed) */
  /* listed records of the current person: (id, outside) */
  sqlite3_int64 *aId = 0;
  int *aOut = 0, nId = 0, nIdAlloc = 0;
  int bMore = 1;
  while (bMore) {
    rc = sqlite3_step(c->pList);
    const char *zP = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(c->pList, 1) : 0;
    if (rc != SQLITE_ROW || !zPerson || strcmp(zP ? zP : "", zPerson) != 0) {
      if (nId > 0) {
        /* decide the person's year of this period, then emit the listed records */
        int rc2 = statsLoadPerson(c, zPerson);
        if (rc2 == SQLITE_OK) rc2 = statsDecideYear(c, statsYearOf(c->iPer));
        for (int i = 0; rc2 == SQLITE_OK && i < nId; i++) {
          StatsRec *r = 0;
          for (int j = 0; j < c->nRec; j++) {
            if (c->aRec[j].id == aId[i]) r = &c->aRec[j];
          }
          if (!r) continue;
          char zOwn[8], zRecId[24], zCity[7], zDetail[96];
          const char *zDecision, *zRule, *zRef, *zDet;
          if (aOut[i]) {
            statsPeriodText(r->iPer, zOwn);
            snprintf(zDetail, sizeof zDetail, "its own period is %s (date %s, recorded %s)", zOwn, r->zDate, r->zRec);
            zDecision = "excluded", zRule = "excl.outside_period", zRef = REF95 "四(二)2", zDet = zDetail;
          } else {
            zDecision = azDecision[r->decision], zRule = r->zRule, zRef = r->zRef, zDet = r->zDetail;
          }
          int e = statsReemp(c, r);
          if (e < 0) {
            rc2 = SQLITE_ERROR;
            break;
          }
          snprintf(zRecId, sizeof zRecId, "%lld", r->id);
          memcpy(zCity, r->zArea, 4);
          memcpy(zCity + 4, "00", 3);
          const char *az[NUE_N_COL] = {c->zPer, zRecId, zPerson, r->zName, zCity, r->zArea,
                                       azForm[r->form], e ? "reemployment" : "first", r->zDate,
                                       zDecision, zRule, zRef, zDet};
          rc2 = statsOutAdd(pOut, r->id, az);
        }
        nId = 0;
        if (rc2 != SQLITE_OK) {
          rc = rc2;
          break;
        }
      }
      if (rc != SQLITE_ROW) {
        rc = statsStepEnd(c, c->pList, rc);
        bMore = 0;
        continue;
      }
      sqlite3_free(zPerson);
      if (!(zPerson = sqlite3_mprintf("%s", zP ? zP : ""))) {
        rc = SQLITE_NOMEM;
        break;
      }
    }
    int *aO = aOut;
    sqlite3_int64 *aI = statsGrow(aId, nId, &nIdAlloc, sizeof(sqlite3_int64));
    if (aI) {
      aId = aI;
      int nTmp = nIdAlloc;
      aO = sqlite3_realloc64(aOut, sizeof(int) * (sqlite3_uint64)nTmp);
    }
    if (!aI || !aO) {
      rc = SQLITE_NOMEM;
      break;
    }
    aOut = aO;
    aId[nId] = sqlite3_column_int64(c->pList, 0);
    aOut[nId++] = sqlite3_column_int(c->pList, 2);
  }
  sqlite3_free(aId);
  sqlite3_free(aOut);
  sqlite3_free(zPerson);
  sqlite3_reset(c->pList);
  if (rc != SQLITE_OK) return rc;
  return statsOutSort(pOut);
}
/* }==================================================================== */

/* {====================================================================
** Natural attrition (95号 一, 三2).
*/
static const char zAttrSchema[] =
    "CREATE TABLE x(period, person, kind, date, data_period, city, county, rule, ref, detail, "
    "area HIDDEN, period_arg HIDDEN)";
#define ATTR_N_COL 10

/* reading: retirements are employee-scheme pensions only (新办理退休手续); residents' pensions are
** not 自然减员. */
static int statsAttrition(StatsCtx *c, StatsOut *pOut) {
  int rc = statsPrepare(c, &c->pList,
      "SELECT person_id, 'retirement', from_date, place, id FROM pension WHERE scheme = 'employee' "
      "AND from_date BETWEEN ?1 AND ?2 AND substr(place, 1, length(?3)) = ?3 "
      "UNION ALL SELECT person_id, 'work_injury_death', recognized_on, place, id FROM work_injury_death "
      "WHERE recognized_on BETWEEN ?1 AND ?2 AND substr(place, 1, length(?3)) = ?3 ORDER BY 3, 1, 2, 5");
  if (rc) return rc;
  int iFirst = 0, iLast = POLICY_N_CITY - 1;
  if (c->nArea) {
    char zCity[7];
    memcpy(zCity, c->zArea, 4);
    memcpy(zCity + 4, "00", 3);
    iFirst = iLast = policy_city_find(zCity, 6);
  }
  int iKey = 0;
  for (int iCity = iFirst; iCity <= iLast; iCity++) {
    PolicyValue v;
    rc = policy_param(c->pHost, iCity, "attrition_lag_periods", c->zEnd, &v, 0);
    if (rc != POLICY_OK) return statsPolicyErr(c, rc, "attrition_lag_periods");
    if (v.eType != POLICY_INTEGER || v.i < 0 || v.i > 12) {
      policy_value_clear(&v);
      return statsErr(c, "parameter attrition_lag_periods of %s: expected 0..12 periods", aPolicyCity[iCity].zName);
    }
    int iData = c->iPer - (int)v.i;
    char zDataPer[8], zS[11], zE[11], zPrefix[7];
    statsPeriodText(iData, zDataPer);
    statsPeriodStart(iData, zS);
    statsPeriodEnd(iData, zE);
    if (c->nArea) snprintf(zPrefix, sizeof zPrefix, "%s", c->zArea);
    else snprintf(zPrefix, sizeof zPrefix, "%.4s", aPolicyCity[iCity].zCode);
    sqlite3_bind_text(c->pList, 1, zS, -1, SQLITE_STATIC);
    sqlite3_bind_text(c->pList, 2, zE, -1, SQLITE_STATIC);
    sqlite3_bind_text(c->pList, 3, zPrefix, -1, SQLITE_STATIC);
    while ((rc = sqlite3_step(c->pList)) == SQLITE_ROW) {
      const char *zKind = (const char *)sqlite3_column_text(c->pList, 1);
      const char *zPlace = (const char *)sqlite3_column_text(c->pList, 3);
      int bRet = !strcmp(zKind, "retirement");
      char zCity[7], zDetail[128];
      snprintf(zCity, sizeof zCity, "%.4s00", zPlace);
      snprintf(zDetail, sizeof zDetail, "%s %s, data of period %s%s",
               bRet ? "职工基本养老保险 退休手续" : "认定（视同）工伤 死亡", sqlite3_column_text(c->pList, 2),
               zDataPer, v.i ? " (attrition_lag_periods)" : "");
      const char *az[ATTR_N_COL] = {c->zPer, (const char *)sqlite3_column_text(c->pList, 0), zKind,
                                    (const char *)sqlite3_column_text(c->pList, 2), zDataPer, zCity, zPlace,
                                    bRet ? "attrition.retirement" : "attrition.work_injury_death",
                                    REF95 "三2", zDetail};
      if ((rc = statsOutAdd(pOut, iKey++, az)) != SQLITE_OK) break;
    }
    sqlite3_reset(c->pList);
    policy_value_clear(&v);
    if (rc != SQLITE_ROW && (rc = statsStepEnd(c, c->pList, rc)) != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}
/* }==================================================================== */

/* {====================================================================
** Registered urban unemployment (人社厅发〔2020〕79号 三(十)).
*/
static const char zRuuSchema[] =
    "CREATE TABLE x(period, registration, person, name, city, county, date, status, decision, rule, ref, "
    "detail, area HIDDEN, period_arg HIDDEN)";
#define RUU_N_COL 12

/* The registrations of a person, as StatsReg with their urban class and working age at the end. */
static const char zRuuSql[] =
    "SELECT r.AAZ341, r.city, json_extract(u.person, '$.registration.date'), u.person, "
    "json_extract(u.person, '$.id'), r.AAC003, r.AAB301, p.urban_rural, r.AAE036, "
    "in_working_age(idcard_birth(json_extract(u.person, '$.id')), idcard_sex(json_extract(u.person, '$.id')), "
    "55, ?2) "
    "FROM registration r JOIN unemployment_person u ON u.AAZ341 = r.AAZ341 "
    "LEFT JOIN registration_place p ON p.AAZ341 = r.AAZ341 ";

static int statsRuuRow(StatsCtx *c, sqlite3_stmt *p, StatsReg *g) {
  int bOom = 0;
  memset(g, 0, sizeof(*g));
  g->zId = statsDupCol(p, 0, &bOom);
  g->zCity = statsDupCol(p, 1, &bOom);
  statsDateCol(p, 2, g->zDate, &bOom);
  g->zPerson = statsDupCol(p, 3, &bOom);
  if (bOom || !g->zId || !g->zCity || !g->zPerson) return SQLITE_NOMEM;
  g->iCity = policy_city_find(g->zCity, (int)strlen(g->zCity));
  return SQLITE_OK;
}
static void statsRegFree(StatsReg *g) {
  sqlite3_free(g->zId), sqlite3_free(g->zCity), sqlite3_free(g->zPerson);
}

/* Steps not_registered .. not_urban for a registration: 0 passes, 1 excluded. */
static int statsRuuExcluded(const char *zStatus, int inAge, const char *zUrban) {
  return strcmp(zStatus, "unemployed") != 0 || !inAge || (zUrban && zUrban[0] == '2');
}

static int statsRegistered(StatsCtx *c, StatsOut *pOut) {
  char *zSql = sqlite3_mprintf("%s WHERE r.AAE540 = '1' AND r.AAE036 <= ?1 "
                               "AND (?3 = '' OR substr(r.AAB301, 1, length(?3)) = ?3) ORDER BY r.AAZ341", zRuuSql);
  if (!zSql) return SQLITE_NOMEM;
  int rc = statsPrepare(c, &c->pList, zSql);
  sqlite3_free(zSql);
  if (rc) return rc;
  zSql = sqlite3_mprintf("%s WHERE r.AAE540 = '1' AND r.AAE036 <= ?1 AND r.AAZ341 IN (SELECT AAZ341 FROM registration "
                         "WHERE AAC002 = ?3 UNION ALL SELECT AAZ341 FROM registration WHERE AAC002 IS NULL "
                         "AND AAC058 IN ('01', '04') AND AAC044 = ?3) "
                         "AND (r.AAE036 > ?4 OR (r.AAE036 = ?4 AND r.AAZ341 > ?5))", zRuuSql);
  if (!zSql) return SQLITE_NOMEM;
  rc = statsPrepare(c, &c->pRegs, zSql);
  sqlite3_free(zSql);
  if (rc) return rc;
  char zEnd8[9], zBefore[11];
  snprintf(zEnd8, sizeof zEnd8, "%.4s%.2s%.2s", c->zEnd, c->zEnd + 5, c->zEnd + 8);
  statsDayBefore(c->zStart, zBefore);
  sqlite3_bind_text(c->pList, 1, zEnd8, -1, SQLITE_STATIC);
  sqlite3_bind_text(c->pList, 2, c->zEnd, -1, SQLITE_STATIC);
  sqlite3_bind_text(c->pList, 3, c->zArea, -1, SQLITE_STATIC);
  sqlite3_bind_text(c->pRegs, 1, zEnd8, -1, SQLITE_STATIC);
  sqlite3_bind_text(c->pRegs, 2, c->zEnd, -1, SQLITE_STATIC);
  int iKey = 0;
  while ((rc = sqlite3_step(c->pList)) == SQLITE_ROW) {
    sqlite3_stmt *p = c->pList;
    StatsReg g;
    if ((rc = statsRuuRow(c, p, &g)) != SQLITE_OK) {
      statsRegFree(&g);
      break;
    }
    const char *zStatus, *zBeforeStatus = "not_registered";
    rc = statsRegStatus(c, &g, c->zEnd, &zStatus);
    int bIn = rc == SQLITE_OK && strcmp(g.zDate, c->zStart) >= 0 && strcmp(g.zDate, c->zEnd) <= 0;
    if (rc == SQLITE_OK && !bIn && strcmp(zStatus, "unemployed") != 0) {
      rc = statsRegStatus(c, &g, zBefore, &zBeforeStatus);
    }
    if (rc != SQLITE_OK || (!bIn && strcmp(zStatus, "unemployed") != 0 && strcmp(zBeforeStatus, "unemployed") != 0)) {
      statsRegFree(&g);
      if (rc != SQLITE_OK) break;
      continue;
    }
    const char *zPid = (const char *)sqlite3_column_text(p, 4);
    const char *zUrban = (const char *)sqlite3_column_text(p, 7);
    int inAge = sqlite3_column_int(p, 9);
    const char *zDecision = "excluded", *zRule, *zRef = REF79 "三(十)";
    /* reading: excl.not_registered cannot occur with the built-in status rules (a registration is
    ** listed only when dated in the period or active at one of its ends); it stays for a city's
    ** status rules. */
    char *zDetail = 0;
    if (!strcmp(zStatus, "not_registered")) {
      zRule = "excl.not_registered";
      zDetail = sqlite3_mprintf("not registered on %s", c->zEnd);
    } else if (strcmp(zStatus, "unemployed") != 0) {
      zRule = "excl.closed";
      PolicyValue v;
      int rc2 = policy_eval(c->pHost, g.iCity, "status.unemployment", c->zEnd, g.zPerson,
                            (int)strlen(g.zPerson), &v, 0, 0);
      if (rc2 != POLICY_OK) {
        rc = statsPolicyErr(c, rc2, "unemployment_status");
        statsRegFree(&g);
        break;
      }
      json_t *o = v.eType == POLICY_JSON ? json_loadb(v.z, (size_t)v.n, 0, 0) : 0;
      if (!o && v.eType == POLICY_JSON) {
        policy_value_clear(&v);
        statsRegFree(&g);
        rc = SQLITE_NOMEM;
        break;
      }
      const char *zCode = json_string_value(json_object_get(o, "code"));
      const char *zSince = json_string_value(json_object_get(o, "since"));
      zDetail = sqlite3_mprintf("%s: AJC00A %s on %s", zStatus, zCode ? zCode : "-", zSince ? zSince : "-");
      json_decref(o);
      policy_value_clear(&v);
    } else if (!inAge) {
      zRule = "excl.working_age";
      zDetail = sqlite3_mprintf("not in working age on %s", c->zEnd);
    } else if (zUrban && zUrban[0] == '2') {
      zRule = "excl.not_urban";
      zDetail = sqlite3_mprintf("registered in a rural place (城乡分类代码 %s)", zUrban);
    } else {
      /* 三(十一): one count a person: the latest registration that is itself counted stands */
      zRule = 0;
      sqlite3_stmt *q = c->pRegs;
      sqlite3_bind_text(q, 3, zPid ? zPid : "", -1, SQLITE_STATIC);
      sqlite3_bind_text(q, 4, (const char *)sqlite3_column_text(p, 8), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(q, 5, g.zId, -1, SQLITE_STATIC);
      while (!zRule && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        StatsReg h;
        if ((rc = statsRuuRow(c, q, &h)) == SQLITE_OK) {
          const char *zS;
          rc = statsRegStatus(c, &h, c->zEnd, &zS);
          if (rc == SQLITE_OK && !statsRuuExcluded(zS, sqlite3_column_int(q, 9), (const char *)sqlite3_column_text(q, 7))) {
            zRule = "excl.duplicate", zRef = REF79 "三(十一)";
            zDetail = sqlite3_mprintf("registration %s counts", h.zId);
          }
        }
        statsRegFree(&h);
        if (rc != SQLITE_OK) break;
      }
      sqlite3_reset(q);
      if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE) {
        statsRegFree(&g);
        rc = statsStepEnd(c, q, rc);
        break;
      }
      rc = SQLITE_OK;
      if (!zRule && !zUrban) {
        zDecision = "doubtful", zRule = "doubt.urban_unknown";
        zDetail = sqlite3_mprintf("no registration_place row: urban or rural unknown");
      } else if (!zRule) {
        zDecision = "counted", zRule = "count.registered";
        zDetail = sqlite3_mprintf("registered unemployed on %s", c->zEnd);
      }
    }
    if (!zDetail) {
      statsRegFree(&g);
      rc = SQLITE_NOMEM;
      break;
    }
    const char *az[RUU_N_COL] = {c->zPer, g.zId, zPid, (const char *)sqlite3_column_text(p, 5), g.zCity,
                                 (const char *)sqlite3_column_text(p, 6), g.zDate, zStatus, zDecision,
                                 zRule, zRef, zDetail};
    rc = statsOutAdd(pOut, iKey++, az);
    sqlite3_free(zDetail);
    statsRegFree(&g);
    if (rc != SQLITE_OK) break;
  }
  sqlite3_reset(c->pList);
  if (rc == SQLITE_ROW) rc = SQLITE_OK;
  return rc == SQLITE_OK ? rc : statsStepEnd(c, c->pList, rc);
}
/* }==================================================================== */

/* {====================================================================
** The faces: three tables and two scalars.
*/

/* Compute function iKind over (area, period) into *pOut; 0 with pOut->nCol = 0 for a NULL
** period; else an SQLite code with *pzErr. */
static int statsRun(PolicyConn *pConn, int iKind, sqlite3_value *pArea, sqlite3_value *pPeriod,
                    const char *zFunc, StatsOut *pOut, char **pzErr) {
  StatsCtx c;
  memset(&c, 0, sizeof c);
  memset(c.aCityChecks, -1, sizeof c.aCityChecks);
  c.iDibaoCity = -1;
  c.db = pConn->db;
  c.zFunc = zFunc;
  memset(pOut, 0, sizeof(*pOut));
  int rc = statsPeriod(&c, pPeriod, iKind);
  if (rc == 1) rc = statsArea(&c, pArea);
  else if (rc == 0) {
    statsCtxClear(&c);
    return SQLITE_OK;
  } else rc = SQLITE_ERROR;
  if (rc == SQLITE_OK) {
    c.pHost = policy_conn_host(pConn, zFunc, &c.zErr);
    if (!c.pHost) rc = SQLITE_ERROR;
  }
  if (rc == SQLITE_OK) {
    pOut->nCol = iKind == STATS_NUE ? NUE_N_COL : iKind == STATS_ATTRITION ? ATTR_N_COL : RUU_N_COL;
    pOut->iIntCol = iKind == STATS_NUE ? 1 : -1;
    rc = iKind == STATS_NUE ? statsNewEmployment(&c, pOut)
         : iKind == STATS_ATTRITION ? statsAttrition(&c, pOut) : statsRegistered(&c, pOut);
  }
  if (rc != SQLITE_OK) {
    statsOutFree(pOut);
    *pzErr = c.zErr ? c.zErr : rc == SQLITE_NOMEM ? 0 : sqlite3_mprintf("%s(): %s", zFunc, sqlite3_errstr(rc));
    c.zErr = 0;
  }
  statsCtxClear(&c);
  return rc;
}

typedef struct StatsTab {
  sqlite3_vtab base; /* Base class. Must be first */
  PolicyConn *pConn;
  int iKind;
} StatsTab;

typedef struct StatsCursor {
  sqlite3_vtab_cursor base; /* Base class. Must be first */
  StatsOut out;
  int iRow;
} StatsCursor;

static int statsConnectKind(sqlite3 *db, void *pAux, sqlite3_vtab **ppVtab, int iKind) {
  static const char *const azSchema[] = {zNueSchema, zAttrSchema, zRuuSchema};
  /* Not SQLITE_VTAB_INNOCUOUS (unlike rs_vtab_connect): a scan runs queries over the whole
  ** ledger, work no bound limits, so a schema's view may not start it under trusted_schema=OFF. */
  int rc = sqlite3_declare_vtab(db, azSchema[iKind]);
  if (rc != SQLITE_OK) return rc;
  StatsTab *p = sqlite3_malloc64(sizeof(StatsTab));
  if (!p) return SQLITE_NOMEM;
  memset(p, 0, sizeof(StatsTab));
  p->pConn = pAux;
  p->iKind = iKind;
  *ppVtab = &p->base;
  return SQLITE_OK;
}
static int statsConnectNue(sqlite3 *db, void *pAux, int argc, const char *const *argv, sqlite3_vtab **pp,
                           char **pzErr) {
  return statsConnectKind(db, pAux, pp, STATS_NUE);
}
static int statsConnectAttr(sqlite3 *db, void *pAux, int argc, const char *const *argv, sqlite3_vtab **pp,
                            char **pzErr) {
  return statsConnectKind(db, pAux, pp, STATS_ATTRITION);
}
static int statsConnectRuu(sqlite3 *db, void *pAux, int argc, const char *const *argv, sqlite3_vtab **pp,
                           char **pzErr) {
  return statsConnectKind(db, pAux, pp, STATS_RUU);
}

static int statsOpen(sqlite3_vtab *p, sqlite3_vtab_cursor **ppCur) {
  return rs_vtab_open(sizeof(StatsCursor), ppCur);
}
static int statsClose(sqlite3_vtab_cursor *cur) {
  statsOutFree(&((StatsCursor *)cur)->out);
  sqlite3_free(cur);
  return SQLITE_OK;
}
static int statsNCol(int iKind) {
  return iKind == STATS_NUE ? NUE_N_COL : iKind == STATS_ATTRITION ? ATTR_N_COL : RUU_N_COL;
}
/* Arguments area, period (the two hidden columns after the visible ones), both required. */
static int statsBestIndex(sqlite3_vtab *tab, sqlite3_index_info *pIdx) {
  return rs_vtab_best_index_args(pIdx, statsNCol(((StatsTab *)tab)->iKind), 2, 2, 1000.0, 1000);
}
static int statsFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc,
                       sqlite3_value **argv) {
  StatsCursor *pCur = (StatsCursor *)cur;
  StatsTab *pTab = (StatsTab *)cur->pVtab;
  const char *zFunc = azStatsFunc[pTab->iKind];
  statsOutFree(&pCur->out);
  pCur->iRow = 0;
  if ((idxNum & 3) != 3) {
    sqlite3_free(pTab->base.zErrMsg);
    pTab->base.zErrMsg = sqlite3_mprintf("%s: missing argument '%s': SELECT * FROM %s(area, period)", zFunc,
                                         (idxNum & 1) ? "period" : "area", zFunc);
    return SQLITE_ERROR;
  }
  char *zErr = 0;
  int rc = statsRun(pTab->pConn, pTab->iKind, argv[0], argv[1], zFunc, &pCur->out, &zErr);
  if (rc != SQLITE_OK) {
    sqlite3_free(pTab->base.zErrMsg);
    pTab->base.zErrMsg = zErr;
  }
  return rc;
}
static int statsNext(sqlite3_vtab_cursor *cur) {
  ((StatsCursor *)cur)->iRow++;
  return SQLITE_OK;
}
static int statsEof(sqlite3_vtab_cursor *cur) {
  StatsCursor *pCur = (StatsCursor *)cur;
  return pCur->iRow >= pCur->out.nRow;
}
static int statsRowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid) {
  *pRowid = ((StatsCursor *)cur)->iRow + 1;
  return SQLITE_OK;
}
static int statsColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol) {
  StatsCursor *pCur = (StatsCursor *)cur;
  if (iCol >= pCur->out.nCol) return SQLITE_OK; /* hidden argument columns read back as NULL */
  const char *z = pCur->out.az[pCur->iRow * pCur->out.nCol + iCol];
  if (!z) return SQLITE_OK;
  if (iCol == pCur->out.iIntCol) sqlite3_result_int64(ctx, strtoll(z, 0, 10));
  else sqlite3_result_text(ctx, z, -1, SQLITE_TRANSIENT);
  return SQLITE_OK;
}

#define STATS_MODULE(xConnect)                                                                        \
  {0, 0, xConnect, statsBestIndex, rs_vtab_disconnect, 0, statsOpen, statsClose, statsFilter, statsNext, \
   statsEof, statsColumn, statsRowid, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
static sqlite3_module aStatsModule[3] = {STATS_MODULE(statsConnectNue), STATS_MODULE(statsConnectAttr),
                                         STATS_MODULE(statsConnectRuu)};

/* The count of rows with decision 'counted' (column iDecision) of a computed output. */
static sqlite3_int64 statsCountCounted(const StatsOut *p, int iDecision) {
  sqlite3_int64 n = 0;
  for (int i = 0; i < p->nRow; i++) {
    const char *z = p->az[i * p->nCol + iDecision];
    n += z && !strcmp(z, "counted");
  }
  return n;
}

/* new_urban_employment_count(area, period) */
static void statsNueCountFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  StatsOut a, b;
  char *zErr = 0;
  PolicyConn *pConn = sqlite3_user_data(ctx);
  int rc = statsRun(pConn, STATS_NUE, argv[0], argv[1], "new_urban_employment_count", &a, &zErr);
  if (rc == SQLITE_OK && a.nCol) {
    rc = statsRun(pConn, STATS_ATTRITION, argv[0], argv[1], "new_urban_employment_count", &b, &zErr);
    if (rc == SQLITE_OK) {
      sqlite3_result_int64(ctx, statsCountCounted(&a, 9) - b.nRow);
      statsOutFree(&b);
    }
  }
  statsOutFree(&a);
  if (rc == SQLITE_NOMEM) sqlite3_result_error_nomem(ctx);
  else if (rc != SQLITE_OK) sqlite3_result_error(ctx, zErr, -1);
  sqlite3_free(zErr);
}

/* registered_urban_unemployment_count(area, period) */
static void statsRuuCountFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  StatsOut a;
  char *zErr = 0;
  int rc = statsRun(sqlite3_user_data(ctx), STATS_RUU, argv[0], argv[1], "registered_urban_unemployment_count",
                    &a, &zErr);
  if (rc == SQLITE_OK && a.nCol) sqlite3_result_int64(ctx, statsCountCounted(&a, 8));
  statsOutFree(&a);
  if (rc == SQLITE_NOMEM) sqlite3_result_error_nomem(ctx);
  else if (rc != SQLITE_OK) sqlite3_result_error(ctx, zErr, -1);
  sqlite3_free(zErr);
}
/* }==================================================================== */

int stats_sql_register(sqlite3 *db, PolicyConn *pConn) {
  int rc = SQLITE_OK;
  for (int i = 0; rc == SQLITE_OK && i < 3; i++) {
    rc = sqlite3_create_module_v2(db, azStatsFunc[i], &aStatsModule[i], policy_conn_ref(pConn), policy_conn_unref);
  }
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function_v2(db, "new_urban_employment_count", 2, STATS_FLAGS, policy_conn_ref(pConn),
                                    statsNueCountFunc, 0, 0, policy_conn_unref);
  }
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function_v2(db, "registered_urban_unemployment_count", 2, STATS_FLAGS,
                                    policy_conn_ref(pConn), statsRuuCountFunc, 0, 0, policy_conn_unref);
  }
  return rc;
}
