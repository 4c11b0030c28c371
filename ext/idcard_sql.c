/*
** idcard_sql.c: SQL functions over Chinese identity numbers (GB 11643-1999). The checking itself
** is in idcard.c; this file only reads arguments and sets results.
**
** Usage:
**   .load dist/renshe
**   SELECT check_idcard('11010519491231002X');                       -- 1
**   SELECT check_idcard('370102202612310016', '2026-11-24');          -- 0: born after as_of
**   SELECT error, message FROM check_idcard('370102199003071235');    -- checksum
**
** check_idcard(id)               -> 1 valid, 0 invalid, NULL for NULL.    pure
** check_idcard(id, as_of)        -> also 0 if born after as_of; NULL if as_of is NULL.   pure
** check_idcard(id, as_of, sex)   -> also 0 if the number disagrees with the GB/T 2261.1 sex code
**                                   (1/男 male, 2/女 female; 0, 9 or NULL: not compared).   pure
** SELECT * FROM check_idcard(id [, as_of [, sex]])  -> exactly one row: valid, error, message,
**     warning, kind, id18, region_code, province, city, county, region_current, birth_date, sex,
**     age, nationality_code, nationality, region_name, region_name_at_birth, region_first_year,
**     region_last_year (the code's current or last name, its name in the birth year, and its years
**     in the GB/T 2260 lists; see refdata.h). as_of left out means today (China Standard Time); an
**     explicit NULL as_of gives a NULL age and no future-date check. A NULL id gives one row with
**     valid NULL and error 'empty', so a join never drops a roster row. A REAL id (a
**     spreadsheet's number column) gives valid 0, error 'charset' and a message naming the type.
** idcard_upgrade(id)             -> the 18-character form of a valid 15- or 18-character number,
**                                   else NULL.   pure
** idcard_normalize(text)         -> trimmed, full-width digits and Ｘ mapped, x -> X.   pure
** idcard_mask(id [, front, back])-> 370102********123X (keeps 6 and 4; 6 and 3 for 15 digits;
**                                   any other length is masked whole).   pure
** idcard_birth(id)               -> 'YYYY-MM-DD' of a valid number, else NULL.   pure
** idcard_sex(id)                 -> 1 male, 2 female for a valid number, else NULL.   pure
** idcard_age(id [, as_of])       -> whole years (周岁) at as_of (default today), else NULL.
** idcard_checkdigit(body)        -> the MOD 11-2 check character of 17 digits, else NULL.   pure
**
** A malformed as_of, an unknown sex code or a BLOB in any argument is misuse and raises an error
** naming the function and argument (the one BLOB rule, rs_sql.h), in the table form too. An
** invalid number is data: 0 or NULL, never an error.
**
** Update 2026-11-30 (issue 23): the table form gained region_name, region_name_at_birth,
** region_first_year and region_last_year, after the existing columns; the region table is now every
** GB/T 2260 list 1980-2024 with each code's name periods (docs/regions.md).
*/
#include <stdio.h>
#include <string.h>

#include "idcard.h"
#include "refdata.h"
#include "rs_sql.h"
SQLITE_EXTENSION_INIT3

/* A GB/T 2261.1 sex code (AAC004) as 1 or 2 to compare, 0 for "do not compare" (NULL, 0, 9).
** Returns 0 for a value outside the code table. 男 and 女 are accepted too. */
static int sexCode(sqlite3_value *v, int *pSex) {
  *pSex = 0;
  switch (sqlite3_value_type(v)) {
    case SQLITE_NULL:
      return 1;
    case SQLITE_INTEGER: {
      sqlite3_int64 i = sqlite3_value_int64(v);
      if (i == 1 || i == 2) *pSex = (int)i;
      return i == 0 || i == 1 || i == 2 || i == 9;
    }
    case SQLITE_TEXT: {
      const char *z = (const char *)sqlite3_value_text(v);
      if (!z) return 0;
      if (!strcmp(z, "1") || !strcmp(z, "男")) *pSex = 1;
      else if (!strcmp(z, "2") || !strcmp(z, "女")) *pSex = 2;
      else return !strcmp(z, "0") || !strcmp(z, "9");
      return 1;
    }
    default:
      return 0;
  }
}

#define SEX_EXPECTED "sex: AAC004 性别: expected 1 (男 male), 2 (女 female), 0 or 9 (unknown)"

/* Read the sex argument; returns 0 on success, 1 after setting an error. */
static int readSex(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc, int *pSex) {
  if (sexCode(v, pSex)) return 0;
  rs_result_errorf(ctx, "%s(): " SEX_EXPECTED ", got '%.20s'", zFunc,
                   sqlite3_value_type(v) == SQLITE_BLOB ? "BLOB" : (const char *)sqlite3_value_text(v));
  return 1;
}

/* Check argv[0] with as_of and sex; returns the IDCARD_* code, or -1 for a BLOB. */
static int checkValue(sqlite3_value *v, const RsDate *pAsOf, int sex, IdcardInfo *p) {
  if (sqlite3_value_type(v) == SQLITE_BLOB) {
    memset(p, 0, sizeof(*p));
    return -1;
  }
  const char *z = (const char *)sqlite3_value_text(v);
  return idcard_check(z, z ? sqlite3_value_bytes(v) : 0, pAsOf, sex, p);
}

/* check_idcard(id [, as_of [, sex]]): every case but the one checkIdcardFunc() takes itself.
** Kept out of line so that the hot path has no stack frame for IdcardInfo. */
static __attribute__((noinline)) void checkIdcardGeneral(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  RsDate asOf;
  const RsDate *pAsOf = 0;
  int sex = 0;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  if (rs_arg_blob(ctx, argv[0], "check_idcard", "id")) return;
  if (argc >= 2) {
    int r = rs_arg_date(ctx, argv[1], "check_idcard", "as_of", &asOf);
    if (r <= 0) return; /* NULL as_of: NULL; malformed: error set */
    pAsOf = &asOf;
  }
  if (argc >= 3 && readSex(ctx, argv[2], "check_idcard", &sex)) return;
  int rc = -1;
  if (sqlite3_value_type(argv[0]) == SQLITE_TEXT) { /* the registration triggers' 3-argument form */
    const char *z = (const char *)sqlite3_value_text(argv[0]);
    if (z) rc = idcard_check_fast(z, sqlite3_value_bytes(argv[0]), pAsOf, sex);
  }
  if (rc < 0) {
    IdcardInfo info;
    rc = checkValue(argv[0], pAsOf, sex, &info);
  }
  sqlite3_result_int(ctx, rc == IDCARD_OK);
}

/* check_idcard(id [, as_of [, sex]]) */
static void checkIdcardFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  if (argc == 1 && sqlite3_value_type(argv[0]) == SQLITE_TEXT) {
    /* The hot path (bench/idcard.sh): the text and its length, then idcard_check_fast(); only
    ** the cases it leaves (-1) go through the general path. */
    const char *z = (const char *)sqlite3_value_text(argv[0]);
    if (z) {
      int rc = idcard_check_fast(z, sqlite3_value_bytes(argv[0]), 0, 0);
      if (rc >= 0) {
        sqlite3_result_int(ctx, rc == IDCARD_OK);
        return;
      }
    }
  }
  checkIdcardGeneral(ctx, argc, argv);
}

/* Check argv[0] without as_of; 1 if valid (info filled), 0 otherwise. */
static int validArg(sqlite3_value *v, IdcardInfo *p) {
  return sqlite3_value_type(v) != SQLITE_NULL && checkValue(v, 0, 0, p) == IDCARD_OK;
}

/* idcard_upgrade(id) */
static void upgradeFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  IdcardInfo info;
  (void)argc;
  if (rs_arg_blob(ctx, argv[0], "idcard_upgrade", "id")) return;
  if (validArg(argv[0], &info)) sqlite3_result_text(ctx, info.zId18, 18, SQLITE_TRANSIENT);
}

/* idcard_birth(id) */
static void birthFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  IdcardInfo info;
  char z[11];
  (void)argc;
  if (rs_arg_blob(ctx, argv[0], "idcard_birth", "id")) return;
  if (!validArg(argv[0], &info)) return;
  rs_date_format(info.birth, z);
  sqlite3_result_text(ctx, z, 10, SQLITE_TRANSIENT);
}

/* idcard_sex(id) */
static void sexFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  IdcardInfo info;
  (void)argc;
  if (rs_arg_blob(ctx, argv[0], "idcard_sex", "id")) return;
  if (validArg(argv[0], &info)) sqlite3_result_int(ctx, info.sex);
}

/* idcard_age(id [, as_of]) */
static void ageFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  IdcardInfo info;
  RsDate asOf;
  if (rs_arg_blob(ctx, argv[0], "idcard_age", "id")) return;
  if (argc >= 2) {
    if (rs_arg_date(ctx, argv[1], "idcard_age", "as_of", &asOf) <= 0) return;
  } else {
    asOf = rs_today();
  }
  if (!validArg(argv[0], &info) || rs_date_cmp(info.birth, asOf) > 0) return;
  sqlite3_result_int(ctx, rs_age(info.birth, asOf));
}

/* idcard_checkdigit(body): body is 17 digits, or 18 characters of which the first 17 count. */
static void checkdigitFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  if (rs_arg_blob(ctx, argv[0], "idcard_checkdigit", "body")) return;
  const char *z = (const char *)sqlite3_value_text(argv[0]);
  int n = sqlite3_value_bytes(argv[0]);
  if (!z || (n != 17 && n != 18)) return;
  for (int i = 0; i < 17; i++) {
    if ((unsigned)(z[i] - '0') > 9) return;
  }
  char c = idcard_check_char(z);
  sqlite3_result_text(ctx, &c, 1, SQLITE_TRANSIENT);
}

/* idcard_normalize(text) */
static void normalizeFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  rs_result_normalized(ctx, argv[0], "idcard_normalize", idcard_normalize);
}

/* idcard_mask(id [, front, back]) */
static void maskFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int t = sqlite3_value_type(argv[0]);
  if (t == SQLITE_NULL) return;
  if (t == SQLITE_BLOB) {
    sqlite3_result_error(ctx, "idcard_mask(): id: expected text, got a BLOB", -1);
    return;
  }
  const unsigned char *z = sqlite3_value_text(argv[0]);
  int n = sqlite3_value_bytes(argv[0]);
  if (!z) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  int nChar = 0;
  for (int i = 0; i < n; i++) nChar += (z[i] & 0xC0) != 0x80;
  int front = 0, back = 0;
  if (argc == 3) {
    sqlite3_int64 f = sqlite3_value_int64(argv[1]), b = sqlite3_value_int64(argv[2]);
    if (sqlite3_value_type(argv[1]) != SQLITE_INTEGER || sqlite3_value_type(argv[2]) != SQLITE_INTEGER ||
        f < 0 || b < 0 || f > 18 || b > 18) {
      sqlite3_result_error(ctx, "idcard_mask(): front, back: expected whole numbers 0 to 18", -1);
      return;
    }
    front = (int)f;
    back = (int)b;
  } else if (nChar == 18) {
    front = 6, back = 4;
  } else if (nChar == 15) {
    front = 6, back = 3;
  }
  if (front + back >= nChar) front = back = 0; /* never reveal the whole value */
  char *zOut = sqlite3_malloc64((sqlite3_uint64)n + 1);
  if (!zOut) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  int o = 0, iChar = 0;
  for (int i = 0; i < n; i++) {
    int isLead = (z[i] & 0xC0) != 0x80;
    int keep = iChar - (isLead ? 0 : 1) < front || iChar - (isLead ? 0 : 1) >= nChar - back;
    if (isLead) iChar++;
    if (keep) zOut[o++] = (char)z[i];
    else if (isLead) zOut[o++] = '*';
  }
  sqlite3_result_text(ctx, zOut, o, sqlite3_free);
}

/* {====================================================================
** The table-valued form: SELECT * FROM check_idcard(id [, as_of [, sex]])
*/

/* Column numbers; the schema string is right below. */
enum {
  IDC_VALID, IDC_ERROR, IDC_MESSAGE, IDC_WARNING, IDC_KIND, IDC_ID18, IDC_REGION_CODE,
  IDC_PROVINCE, IDC_CITY, IDC_COUNTY, IDC_REGION_CURRENT, IDC_BIRTH_DATE, IDC_SEX, IDC_AGE,
  IDC_NATIONALITY_CODE, IDC_NATIONALITY, IDC_REGION_NAME, IDC_REGION_NAME_AT_BIRTH,
  IDC_REGION_FIRST_YEAR, IDC_REGION_LAST_YEAR,
  IDC_ARG_ID, IDC_ARG_AS_OF, IDC_ARG_SEX, /* hidden arguments, in call order */
  IDC_N_COLUMN
};
static const char zIdcSchema[] =
    "CREATE TABLE x(valid, error, message, warning, kind, id18, region_code, province, city, "
    "county, region_current, birth_date, sex, age, nationality_code, nationality, region_name, "
    "region_name_at_birth, region_first_year, region_last_year, id HIDDEN, as_of HIDDEN, recorded_sex HIDDEN)";

typedef struct IdcCursor {
  sqlite3_vtab_cursor base; /* Base class. Must be first */
  int eof;
  int rc;                   /* IDCARD_* result, -1 BLOB or REAL, -2 NULL id */
  int hasAge;
  int age;
  IdcardInfo info;
  char zMessage[320];
  char zWarning[320];
  char zBirth[11];
} IdcCursor;

static int idcConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                      sqlite3_vtab **ppVtab, char **pzErr) {
  return rs_vtab_connect(db, zIdcSchema, sizeof(sqlite3_vtab), ppVtab);
}


static int idcOpen(sqlite3_vtab *p, sqlite3_vtab_cursor **ppCursor) {
  return rs_vtab_open(sizeof(IdcCursor), ppCursor);
}


/* Arguments id, as_of, sex (hidden columns IDC_ARG_*); id is required. See rs_sql.h. */
static int idcBestIndex(sqlite3_vtab *tab, sqlite3_index_info *pIdx) {
  return rs_vtab_best_index_args(pIdx, IDC_ARG_ID, 3, 1, 1.0, 1);
}

/* Names of the address code's province, city and county, from the GB/T 2260 union. */
static void idcRegionNames(IdcCursor *pCur, const char **pzProv, const char **pzCity,
                           const char **pzCounty, int *pCurrent) {
  int r = pCur->info.region;
  *pzProv = *pzCity = *pzCounty = 0;
  *pCurrent = 1;
  if (r == 830000) { /* Taiwan residents' permit: not a GB/T 2260 code; the province is 台湾省 */
    *pzProv = region_name(710000, 0);
    return;
  }
  *pzProv = region_name(r / 10000 * 10000, 0);
  if (r % 10000) *pzCity = region_name(r / 100 * 100, 0);
  if (r % 100) *pzCounty = region_name(r, 0);
  region_name(r, pCurrent);
}

static int idcFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc,
                     sqlite3_value **argv) {
  IdcCursor *pCur = (IdcCursor *)cur;
  sqlite3_vtab *pTab = cur->pVtab;
  (void)idxStr, (void)argc;
  int iArg = 0;
  sqlite3_value *pId = (idxNum & 1) ? argv[iArg++] : 0;
  sqlite3_value *pAsOf = (idxNum & 2) ? argv[iArg++] : 0;
  sqlite3_value *pSex = (idxNum & 4) ? argv[iArg++] : 0;
  RsDate asOf;
  int hasAsOf = 1;
  int sex = 0;

  memset(&pCur->info, 0, sizeof(pCur->info));
  pCur->eof = 0;
  pCur->zWarning[0] = 0;
  if (!pId) {
    sqlite3_free(pTab->zErrMsg);
    pTab->zErrMsg = sqlite3_mprintf("check_idcard: missing argument 'id': SELECT * FROM check_idcard(id [, as_of [, sex]])");
    return SQLITE_ERROR;
  }
  {
    int bNoMem = 0;
    char *zBlob = rs_blob_errmsg(pId, "check_idcard", "id", &bNoMem);
    if (!zBlob && !bNoMem) zBlob = rs_blob_errmsg(pSex, "check_idcard", "sex", &bNoMem);
    if (bNoMem) return SQLITE_NOMEM;
    if (zBlob) {
      sqlite3_free(pTab->zErrMsg);
      pTab->zErrMsg = zBlob;
      return SQLITE_ERROR;
    }
  }
  if (pAsOf) {
    if (sqlite3_value_type(pAsOf) == SQLITE_NULL) {
      hasAsOf = 0;
    } else {
      /* The type first: sqlite3_value_text would turn a BLOB into text. */
      int bBlob = sqlite3_value_type(pAsOf) == SQLITE_BLOB;
      const char *z = bBlob ? 0 : (const char *)sqlite3_value_text(pAsOf);
      if (bBlob || !rs_date_parse(z, sqlite3_value_bytes(pAsOf), &asOf)) {
        sqlite3_free(pTab->zErrMsg);
        pTab->zErrMsg = bBlob ? sqlite3_mprintf("check_idcard: as_of: expected a date YYYY-MM-DD or YYYYMMDD, got a BLOB")
                              : sqlite3_mprintf("check_idcard: as_of: expected a date YYYY-MM-DD or YYYYMMDD, got '%.40s'", z);
        return SQLITE_ERROR;
      }
    }
  } else {
    asOf = rs_today();
  }
  if (pSex && !sexCode(pSex, &sex)) {
    sqlite3_free(pTab->zErrMsg);
    pTab->zErrMsg = sqlite3_mprintf("check_idcard: " SEX_EXPECTED);
    return SQLITE_ERROR;
  }

  if (sqlite3_value_type(pId) == SQLITE_NULL) {
    pCur->rc = -2;
    snprintf(pCur->zMessage, sizeof(pCur->zMessage), "AAC002 社会保障号码: no value (NULL) / 号码为空");
    return SQLITE_OK;
  }
  pCur->rc = checkValue(pId, hasAsOf ? &asOf : 0, sex, &pCur->info);
  if (sqlite3_value_type(pId) == SQLITE_FLOAT) {
    /* A spreadsheet's number column: an 18-digit number does not fit a REAL (15-17 significant
    ** digits), so the digits are gone; say so rather than report the length of its text form.
    ** The message never repeats the number (personal data), like every other message here. */
    pCur->rc = -1;
    memset(&pCur->info, 0, sizeof(pCur->info));
    snprintf(pCur->zMessage, sizeof(pCur->zMessage),
             "AAC002 社会保障号码: a REAL number (a spreadsheet's number column), not text (a "
             "REAL keeps 15 to 17 digits and no X): store ID numbers as TEXT / 号码应为文本，不能是数值");
    return SQLITE_OK;
  }
  idcard_message(pCur->rc, &pCur->info, pCur->zMessage, sizeof(pCur->zMessage));
  if (pCur->rc != IDCARD_OK) return SQLITE_OK;

  rs_date_format(pCur->info.birth, pCur->zBirth);
  pCur->hasAge = hasAsOf;
  if (hasAsOf) pCur->age = rs_age(pCur->info.birth, asOf);
  /* Warnings: facts worth knowing about a valid number. */
  const char *zP, *zC, *zCo;
  int isCurrent;
  idcRegionNames(pCur, &zP, &zC, &zCo, &isCurrent);
  size_t nw = 0;
  char *zw = pCur->zWarning;
  size_t cap = sizeof(pCur->zWarning);
  if (!isCurrent && nw < cap) {
    nw += (size_t)snprintf(zw + nw, cap - nw,
                           "address code %06d is no longer in GB/T 2260; the number stays valid for life / 地址码已撤销，号码终身有效",
                           pCur->info.region);
  }
  if (pCur->info.kind == IDCARD_KIND_RESIDENT15 && nw < cap) {
    nw += (size_t)snprintf(zw + nw, cap - nw, "%s15-digit number: use id18 / 15位旧号码，请使用18位号码", nw ? "; " : "");
  }
  if (pCur->info.lowerX && nw < cap) {
    snprintf(zw + nw, cap - nw, "%slowercase x check character: store X / 校验码应为大写X", nw ? "; " : "");
  }
  return SQLITE_OK;
}

static int idcNext(sqlite3_vtab_cursor *cur) {
  ((IdcCursor *)cur)->eof = 1;
  return SQLITE_OK;
}

static int idcEof(sqlite3_vtab_cursor *cur) { return ((IdcCursor *)cur)->eof; }

static int idcRowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid) {
  (void)cur;
  *pRowid = 1;
  return SQLITE_OK;
}

static void resultTextOrNull(sqlite3_context *ctx, const char *z) {
  if (z) sqlite3_result_text(ctx, z, -1, SQLITE_TRANSIENT);
}

static int idcColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol) {
  IdcCursor *pCur = (IdcCursor *)cur;
  const IdcardInfo *p = &pCur->info;
  int ok = pCur->rc == IDCARD_OK;
  const char *zP, *zC, *zCo;
  int isCurrent;
  char zCode[8];
  switch (iCol) {
    case IDC_VALID:
      if (pCur->rc != -2) sqlite3_result_int(ctx, ok);
      break;
    case IDC_ERROR:
      sqlite3_result_text(ctx, pCur->rc < 0 ? (pCur->rc == -1 ? "charset" : "empty") : idcard_error_name(pCur->rc), -1, SQLITE_STATIC);
      break;
    case IDC_MESSAGE:
      sqlite3_result_text(ctx, pCur->zMessage, -1, SQLITE_TRANSIENT);
      break;
    case IDC_WARNING:
      sqlite3_result_text(ctx, pCur->zWarning, -1, SQLITE_TRANSIENT);
      break;
    case IDC_KIND:
      if (ok) sqlite3_result_text(ctx, idcard_kind_name(p->kind), -1, SQLITE_STATIC);
      break;
    case IDC_ID18:
      if (ok) sqlite3_result_text(ctx, p->zId18, 18, SQLITE_TRANSIENT);
      break;
    case IDC_REGION_CODE:
      if (ok) {
        snprintf(zCode, sizeof(zCode), "%06d", p->region);
        sqlite3_result_text(ctx, zCode, 6, SQLITE_TRANSIENT);
      }
      break;
    case IDC_PROVINCE:
    case IDC_CITY:
    case IDC_COUNTY:
    case IDC_REGION_CURRENT:
      if (!ok) break;
      idcRegionNames(pCur, &zP, &zC, &zCo, &isCurrent);
      if (iCol == IDC_PROVINCE) resultTextOrNull(ctx, zP);
      else if (iCol == IDC_CITY) resultTextOrNull(ctx, zC);
      else if (iCol == IDC_COUNTY) resultTextOrNull(ctx, zCo);
      else sqlite3_result_int(ctx, isCurrent);
      break;
    case IDC_BIRTH_DATE:
      if (ok) sqlite3_result_text(ctx, pCur->zBirth, 10, SQLITE_TRANSIENT);
      break;
    case IDC_SEX:
      if (ok) sqlite3_result_int(ctx, p->sex);
      break;
    case IDC_AGE:
      if (ok && pCur->hasAge) sqlite3_result_int(ctx, pCur->age);
      break;
    case IDC_NATIONALITY_CODE:
      if (ok && p->kind == IDCARD_KIND_FOREIGN_PR) {
        snprintf(zCode, sizeof(zCode), "%03d", p->nationality);
        sqlite3_result_text(ctx, zCode, 3, SQLITE_TRANSIENT);
      }
      break;
    case IDC_NATIONALITY:
      if (ok && p->kind == IDCARD_KIND_FOREIGN_PR) resultTextOrNull(ctx, nationality_name(p->nationality, 0));
      break;
    /* The code's own name (the most precise level it names) now or when last listed, and in the
    ** birth year (refdata.h region_name_in: clamped to the code's years), and its years in the
    ** GB/T 2260 lists: 120110 is 东丽区 now and was 东郊区 for someone born in 1985. */
    case IDC_REGION_NAME:
      if (ok) resultTextOrNull(ctx, region_name(p->region, 0));
      break;
    case IDC_REGION_NAME_AT_BIRTH:
      if (ok) resultTextOrNull(ctx, region_name_in(p->region, p->birth.y));
      break;
    case IDC_REGION_FIRST_YEAR:
    case IDC_REGION_LAST_YEAR: {
      int first, last;
      if (ok && region_years(p->region, &first, &last)) {
        sqlite3_result_int(ctx, iCol == IDC_REGION_FIRST_YEAR ? first : last);
      }
      break;
    }
    default:
      break; /* hidden argument columns read back as NULL */
  }
  return SQLITE_OK;
}

static sqlite3_module idcModule = {
    0,             /* iVersion */
    0,             /* xCreate: 0 makes the table eponymous-only */
    idcConnect,    /* xConnect */
    idcBestIndex,  /* xBestIndex */
    rs_vtab_disconnect, /* xDisconnect */
    0,             /* xDestroy */
    idcOpen,       /* xOpen */
    rs_vtab_close,      /* xClose */
    idcFilter,     /* xFilter */
    idcNext,       /* xNext */
    idcEof,        /* xEof */
    idcColumn,     /* xColumn */
    idcRowid,      /* xRowid */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
/* }==================================================================== */

static const RsFunc aIdcardFunc[] = {
    {"check_idcard", 1, RS_PURE, checkIdcardFunc},      /* (id) */
    {"check_idcard", 2, RS_PURE, checkIdcardFunc},      /* (id, as_of) */
    {"check_idcard", 3, RS_PURE, checkIdcardFunc},      /* (id, as_of, sex) */
    {"idcard_upgrade", 1, RS_PURE, upgradeFunc},        /* (id) */
    {"idcard_normalize", 1, RS_PURE, normalizeFunc},    /* (text) */
    {"idcard_mask", 1, RS_PURE, maskFunc},              /* (id) */
    {"idcard_mask", 3, RS_PURE, maskFunc},              /* (id, front, back) */
    {"idcard_birth", 1, RS_PURE, birthFunc},            /* (id) */
    {"idcard_sex", 1, RS_PURE, sexFunc},                /* (id) */
    {"idcard_age", 1, RS_CLOCK, ageFunc},               /* (id): as of today */
    {"idcard_age", 2, RS_PURE, ageFunc},                /* (id, as_of) */
    {"idcard_checkdigit", 1, RS_PURE, checkdigitFunc},  /* (body17) */
};

int idcard_sql_register(sqlite3 *db) {
  int rc = rs_register_functions(db, aIdcardFunc, (int)(sizeof(aIdcardFunc) / sizeof(aIdcardFunc[0])), 0);
  if (rc == SQLITE_OK) rc = sqlite3_create_module(db, "check_idcard", &idcModule, 0);
  return rc;
}
