/*
** certserial_sql.c: SQL functions over Shandong training-certificate serials (山东省职业技能培训
** 合格证书序列号, 鲁人社函〔2020〕48号 附件2). The rule itself is in certserial.c; this file only
** reads arguments and sets results. Issuing serials to a batch is sql/cert_serial.sql.
**
** Usage:
**   .load dist/renshe
**   SELECT cert_serial('临沂', 3, 12, 2026, 1, 'A');                -- 37120300122600001A
**   SELECT cert_serial_check('37120300122600001A');                -- 1
**   SELECT error, city_name FROM cert_serial('37170000122600001A'); -- city|  (3717 is no city)
**
** cert_serial(city, county, provider, year, seq, category) -> the 18-character serial.   pure
**     city: a certificate city code 3700-3716 (text or integer) or a name (济南, 济南市, 省本级);
**     county 0-99; provider 1-9999; year four digits 2020-2099; seq 1-99999; category A, B, C
**     (a, b, c or the category's Chinese name accepted). Numbers may be integers or digit text
**     ('05'). A NULL argument gives NULL. Anything out of range or of the wrong type is misuse and
**     raises "cert_serial(): <part>: <why>", e.g. "cert_serial(): seq: 100000 is out of range
**     00001-99999 ..." or, for a GB/T 2260 code, "cert_serial(): city: '371300' is a GB/T 2260
**     code (临沂市); the certificate code of 临沂 is 3712 ...".
** cert_serial_check(serial)        -> 1 valid, 0 invalid, NULL for NULL; a BLOB raises.   pure
** cert_serial_check(serial, as_of) -> also 0 if the issuing year is after as_of, or as_of is before
**                                     2020-07-30; NULL if as_of is NULL; a malformed as_of raises.
** SELECT * FROM cert_serial(serial [, as_of]) -> exactly one row: valid, error, message, city_code,
**     city_name, county_code, provider_code, year, seq, category, category_name. error is a stable
**     code ('' when valid): empty, length, charset, city, county, provider, year, seq, category.
**     The parts are filled whenever the serial has 18 characters of the right kinds, even if a
**     part is invalid (so a report shows what the serial says); names only for known codes. A
**     NULL serial gives one row with valid NULL and error 'empty'. as_of left out: no date check
**     (nothing here reads the clock).
** cert_serial_normalize(text)      -> trimmed, full-width digits and letters mapped to ASCII,
**                                     letters upper-cased; NULL for NULL; a BLOB raises.   pure
** cert_serial_city(city)           -> the certificate city code ('3712' for 临沂 or 临沂市) of a
**                                     code or name; NULL for NULL; unknown cities and GB/T 2260
**                                     codes raise the same error as cert_serial().   pure
**
** Validity here is the serial's form. Whether a serial was really issued, and whether its provider
** code was retired before the issuing date, is the register's business: sql/cert_serial.sql.
*/
#include <stdio.h>
#include <string.h>

#include "certserial.h"
#include "rs_sql.h"
SQLITE_EXTENSION_INIT3

#define SERIAL_ERRMAX 400

/*
** Read v as a whole number for argument zArg of zFunc: an INTEGER, a REAL with no fraction, or
** text of ASCII digits ('05'). Returns 1 with *pV set, or 0 after setting an error.
*/
static int serialArgInt(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc,
                        const char *zArg, const char *zWhat, long long *pV) {
  switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER:
      *pV = sqlite3_value_int64(v);
      return 1;
    case SQLITE_FLOAT: {
      double r = sqlite3_value_double(v);
      if (r >= -1e15 && r <= 1e15 && r == (double)(long long)r) {
        *pV = (long long)r;
        return 1;
      }
      rs_result_errorf(ctx, "%s(): %s: expected a whole number (%s), got %g", zFunc, zArg, zWhat,
                       r);
      return 0;
    }
    case SQLITE_TEXT: {
      const char *z = (const char *)sqlite3_value_text(v);
      int n = sqlite3_value_bytes(v);
      if (!z) {
        sqlite3_result_error_nomem(ctx);
        return 0;
      }
      int ok = n > 0;
      for (int i = 0; i < n && ok; i++) ok = (unsigned)(z[i] - '0') <= 9;
      if (!ok) {
        rs_result_errorf(ctx, "%s(): %s: expected a whole number (%s), got '%!.40s'", zFunc, zArg,
                         zWhat, z);
        return 0;
      }
      int i = 0;
      while (i < n - 1 && z[i] == '0') i++; /* leading zeros are padding */
      if (n - i > 15) {
        rs_result_errorf(ctx, "%s(): %s: '%.40s' is out of range (%s)", zFunc, zArg, z, zWhat);
        return 0;
      }
      long long x = 0;
      for (; i < n; i++) x = x * 10 + (z[i] - '0');
      *pV = x;
      return 1;
    }
    default:
      rs_result_errorf(ctx, "%s(): %s: expected a whole number (%s), got a BLOB", zFunc, zArg,
                       zWhat);
      return 0;
  }
}

/* Read v as a certificate city (code or name). Returns the code, or -1 after setting an error. */
static int serialArgCity(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc) {
  char zErr[SERIAL_ERRMAX];
  char zNum[24];
  const char *z;
  int n;
  switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER:
      n = snprintf(zNum, sizeof(zNum), "%lld", (long long)sqlite3_value_int64(v));
      z = zNum;
      break;
    case SQLITE_TEXT:
      z = (const char *)sqlite3_value_text(v);
      n = sqlite3_value_bytes(v);
      if (!z) {
        sqlite3_result_error_nomem(ctx);
        return -1;
      }
      break;
    default:
      rs_result_errorf(
          ctx, "%s(): city: expected a certificate city code 3700-3716 or a city name, got %s",
          zFunc, sqlite3_value_type(v) == SQLITE_BLOB ? "a BLOB" : "a REAL");
      return -1;
  }
  int code = serial_city_lookup(z, n, zErr, (int)sizeof(zErr));
  if (code < 0) rs_result_errorf(ctx, "%s(): city: %s", zFunc, zErr);
  return code;
}

/* cert_serial(city, county, provider, year, seq, category) */
static void certSerialFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  long long county, provider, year, seq;
  char zOut[SERIAL_LEN + 1];
  char zErr[SERIAL_ERRMAX];
  for (int i = 0; i < argc; i++) {
    if (sqlite3_value_type(argv[i]) == SQLITE_NULL) return;
  }
  int city = serialArgCity(ctx, argv[0], "cert_serial");
  if (city < 0) return;
  if (!serialArgInt(ctx, argv[1], "cert_serial", "county", "县（市、区）代码 00-99", &county)) return;
  if (!serialArgInt(ctx, argv[2], "cert_serial", "provider", "培训主体代码 0001-9999", &provider)) return;
  if (!serialArgInt(ctx, argv[3], "cert_serial", "year", "证书核发年份 2020-2099", &year)) return;
  if (!serialArgInt(ctx, argv[4], "cert_serial", "seq", "证书核发顺序代码 00001-99999", &seq)) return;
  char cat = 0;
  if (sqlite3_value_type(argv[5]) == SQLITE_TEXT) {
    const char *z = (const char *)sqlite3_value_text(argv[5]);
    if (!z) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
    cat = serial_category_lookup(z, sqlite3_value_bytes(argv[5]));
  }
  if (!cat) {
    rs_result_errorf(
        ctx,
        "cert_serial(): category: expected A 就业技能培训, B 岗位技能提升培训 or C 创业培训 "
        "(培训类别代码), got %s%!.40s%s",
        sqlite3_value_type(argv[5]) == SQLITE_BLOB ? "a BLOB" : "'",
        sqlite3_value_type(argv[5]) == SQLITE_BLOB ? "" : (const char *)sqlite3_value_text(argv[5]),
        sqlite3_value_type(argv[5]) == SQLITE_BLOB ? "" : "'");
    return;
  }
  if (serial_format(city, county, provider, year, seq, cat, zOut, zErr, (int)sizeof(zErr)) !=
      SERIAL_OK) {
    rs_result_errorf(ctx, "cert_serial(): %s", zErr);
    return;
  }
  sqlite3_result_text(ctx, zOut, SERIAL_LEN, SQLITE_TRANSIENT);
}

/* Check v; returns the SERIAL_* code, or -1 for a BLOB. */
static int serialCheckValue(sqlite3_value *v, const RsDate *pAsOf, SerialInfo *p) {
  if (sqlite3_value_type(v) == SQLITE_BLOB) {
    memset(p, 0, sizeof(*p));
    return -1;
  }
  const char *z = (const char *)sqlite3_value_text(v);
  return serial_parse(z, z ? sqlite3_value_bytes(v) : 0, pAsOf, p);
}

/* cert_serial_check(serial [, as_of]) */
static void certSerialCheckFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  RsDate asOf;
  const RsDate *pAsOf = 0;
  SerialInfo info;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  if (rs_arg_blob(ctx, argv[0], "cert_serial_check", "serial")) return;
  if (argc >= 2) {
    if (rs_arg_date(ctx, argv[1], "cert_serial_check", "as_of", &asOf) <= 0) return;
    pAsOf = &asOf;
  }
  sqlite3_result_int(ctx, serialCheckValue(argv[0], pAsOf, &info) == SERIAL_OK);
}

/* cert_serial_normalize(text) */
static void certSerialNormalizeFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  rs_result_normalized(ctx, argv[0], "cert_serial_normalize", serial_normalize);
}

/* cert_serial_city(city) */
static void certSerialCityFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  char z[12];
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  int code = serialArgCity(ctx, argv[0], "cert_serial_city");
  if (code < 0) return;
  snprintf(z, sizeof(z), "%04d", code);
  sqlite3_result_text(ctx, z, 4, SQLITE_TRANSIENT);
}

/* {====================================================================
** The table-valued form: SELECT * FROM cert_serial(serial [, as_of])
*/

/* Column numbers; the schema string is right below. */
enum {
  CSR_VALID, CSR_ERROR, CSR_MESSAGE, CSR_CITY_CODE, CSR_CITY_NAME, CSR_COUNTY_CODE,
  CSR_PROVIDER_CODE, CSR_YEAR, CSR_SEQ, CSR_CATEGORY, CSR_CATEGORY_NAME,
  CSR_ARG_SERIAL, CSR_ARG_AS_OF, /* hidden arguments, in call order */
  CSR_N_COLUMN
};
static const char zCsrSchema[] =
    "CREATE TABLE x(valid, error, message, city_code, city_name, county_code, provider_code, year, "
    "seq, category, category_name, serial HIDDEN, as_of HIDDEN)";

typedef struct CsrCursor {
  sqlite3_vtab_cursor base; /* Base class. Must be first */
  int eof;
  int rc; /* SERIAL_* result, -1 BLOB, -2 NULL serial */
  SerialInfo info;
  char zMessage[SERIAL_ERRMAX];
} CsrCursor;

static int csrConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                      sqlite3_vtab **ppVtab, char **pzErr) {
  return rs_vtab_connect(db, zCsrSchema, sizeof(sqlite3_vtab), ppVtab);
}


static int csrOpen(sqlite3_vtab *p, sqlite3_vtab_cursor **ppCursor) {
  return rs_vtab_open(sizeof(CsrCursor), ppCursor);
}


/* Arguments serial, as_of (hidden columns CSR_ARG_*); serial is required. See rs_sql.h. */
static int csrBestIndex(sqlite3_vtab *tab, sqlite3_index_info *pIdx) {
  return rs_vtab_best_index_args(pIdx, CSR_ARG_SERIAL, 2, 1, 1.0, 1);
}

static int csrFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc,
                     sqlite3_value **argv) {
  CsrCursor *pCur = (CsrCursor *)cur;
  sqlite3_vtab *pTab = cur->pVtab;
  (void)idxStr, (void)argc;
  int iArg = 0;
  sqlite3_value *pSerial = (idxNum & 1) ? argv[iArg++] : 0;
  sqlite3_value *pAsOfArg = (idxNum & 2) ? argv[iArg++] : 0;
  RsDate asOf;
  const RsDate *pAsOf = 0;

  memset(&pCur->info, 0, sizeof(pCur->info));
  pCur->eof = 0;
  if (!pSerial) {
    sqlite3_free(pTab->zErrMsg);
    pTab->zErrMsg = sqlite3_mprintf(
        "cert_serial: missing argument 'serial': SELECT * FROM cert_serial(serial [, as_of])");
    return pTab->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  {
    int bNoMem = 0;
    char *zBlob = rs_blob_errmsg(pSerial, "cert_serial", "serial", &bNoMem);
    if (bNoMem) return SQLITE_NOMEM;
    if (zBlob) {
      sqlite3_free(pTab->zErrMsg);
      pTab->zErrMsg = zBlob;
      return SQLITE_ERROR;
    }
  }
  if (pAsOfArg && sqlite3_value_type(pAsOfArg) != SQLITE_NULL) {
    /* The type first: sqlite3_value_text would turn a BLOB into text. */
    int bBlob = sqlite3_value_type(pAsOfArg) == SQLITE_BLOB;
    const char *z = bBlob ? 0 : (const char *)sqlite3_value_text(pAsOfArg);
    if (bBlob || !rs_date_parse(z, sqlite3_value_bytes(pAsOfArg), &asOf)) {
      sqlite3_free(pTab->zErrMsg);
      pTab->zErrMsg =
          bBlob ? sqlite3_mprintf("cert_serial: as_of: expected a date YYYY-MM-DD or YYYYMMDD, got a BLOB")
                : sqlite3_mprintf("cert_serial: as_of: expected a date YYYY-MM-DD or YYYYMMDD, got '%!.40s'", z);
      return pTab->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
    }
    pAsOf = &asOf;
  }
  if (sqlite3_value_type(pSerial) == SQLITE_NULL) {
    pCur->rc = -2;
    snprintf(pCur->zMessage, sizeof(pCur->zMessage), "证书序列号 serial: no value (NULL) / 序列号为空");
    return SQLITE_OK;
  }
  pCur->rc = serialCheckValue(pSerial, pAsOf, &pCur->info);
  serial_message(pCur->rc, &pCur->info, pCur->zMessage, (int)sizeof(pCur->zMessage));
  return SQLITE_OK;
}

static int csrNext(sqlite3_vtab_cursor *cur) {
  ((CsrCursor *)cur)->eof = 1;
  return SQLITE_OK;
}

static int csrEof(sqlite3_vtab_cursor *cur) { return ((CsrCursor *)cur)->eof; }

static int csrRowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid) {
  (void)cur;
  *pRowid = 1;
  return SQLITE_OK;
}

/* Result n zero-padded digits of v. */
static void csrResultCode(sqlite3_context *ctx, int v, int n) {
  char z[12];
  snprintf(z, sizeof(z), "%0*d", n, v);
  sqlite3_result_text(ctx, z, n, SQLITE_TRANSIENT);
}

static void csrResultName(sqlite3_context *ctx, const char *z) {
  if (z) sqlite3_result_text(ctx, z, -1, SQLITE_STATIC);
}

static int csrColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol) {
  CsrCursor *pCur = (CsrCursor *)cur;
  const SerialInfo *p = &pCur->info;
  int has = pCur->rc >= 0 && p->hasParts;
  switch (iCol) {
    case CSR_VALID:
      if (pCur->rc != -2) sqlite3_result_int(ctx, pCur->rc == SERIAL_OK);
      break;
    case CSR_ERROR:
      sqlite3_result_text(
          ctx, pCur->rc < 0 ? (pCur->rc == -1 ? "charset" : "empty") : serial_error_name(pCur->rc),
          -1, SQLITE_STATIC);
      break;
    case CSR_MESSAGE:
      sqlite3_result_text(ctx, pCur->zMessage, -1, SQLITE_TRANSIENT);
      break;
    case CSR_CITY_CODE:
      if (has) csrResultCode(ctx, p->city, 4);
      break;
    case CSR_CITY_NAME:
      if (has) csrResultName(ctx, serial_city_name(p->city));
      break;
    case CSR_COUNTY_CODE:
      if (has) csrResultCode(ctx, p->county, 2);
      break;
    case CSR_PROVIDER_CODE:
      if (has) csrResultCode(ctx, p->provider, 4);
      break;
    case CSR_YEAR:
      if (has) sqlite3_result_int(ctx, p->year);
      break;
    case CSR_SEQ:
      if (has) sqlite3_result_int(ctx, p->seq);
      break;
    case CSR_CATEGORY:
      if (has) sqlite3_result_text(ctx, &p->category, 1, SQLITE_TRANSIENT);
      break;
    case CSR_CATEGORY_NAME:
      if (has) csrResultName(ctx, serial_category_name(p->category));
      break;
    default:
      break; /* hidden argument columns read back as NULL */
  }
  return SQLITE_OK;
}

static sqlite3_module csrModule = {
    0,             /* iVersion */
    0,             /* xCreate: 0 makes the table eponymous-only */
    csrConnect,    /* xConnect */
    csrBestIndex,  /* xBestIndex */
    rs_vtab_disconnect, /* xDisconnect */
    0,             /* xDestroy */
    csrOpen,       /* xOpen */
    rs_vtab_close,      /* xClose */
    csrFilter,     /* xFilter */
    csrNext,       /* xNext */
    csrEof,        /* xEof */
    csrColumn,     /* xColumn */
    csrRowid,      /* xRowid */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
/* }==================================================================== */

static const RsFunc aSerialFunc[] = {
    {"cert_serial", 6, RS_PURE, certSerialFunc}, /* (city, county, provider, year, seq, category) */
    {"cert_serial_check", 1, RS_PURE, certSerialCheckFunc},         /* (serial) */
    {"cert_serial_check", 2, RS_PURE, certSerialCheckFunc},         /* (serial, as_of) */
    {"cert_serial_normalize", 1, RS_PURE, certSerialNormalizeFunc}, /* (text) */
    {"cert_serial_city", 1, RS_PURE, certSerialCityFunc},           /* (city) */
};

int serial_sql_register(sqlite3 *db) {
  int rc = rs_register_functions(db, aSerialFunc,
                                 (int)(sizeof(aSerialFunc) / sizeof(aSerialFunc[0])), 0);
  if (rc == SQLITE_OK) rc = sqlite3_create_module(db, "cert_serial", &csrModule, 0);
  return rc;
}
