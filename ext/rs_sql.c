/*
** rs_sql.c: helpers shared by the SQL adapters (see rs_sql.h).
*/
#include <stdarg.h>
#include <string.h>

#include "rs_sql.h"
SQLITE_EXTENSION_INIT3

int rs_register_functions(sqlite3 *db, const RsFunc *a, int n, void *pApp) {
  int rc = SQLITE_OK;
  for (int i = 0; i < n && rc == SQLITE_OK; i++) {
    rc = sqlite3_create_function_v2(db, a[i].zName, a[i].nArg, a[i].flags, pApp, a[i].xFunc, 0, 0, 0);
  }
  return rc;
}

int rs_arg_date(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc, const char *zArg,
                RsDate *p) {
  int t = sqlite3_value_type(v);
  if (t == SQLITE_NULL) return 0;
  if (t != SQLITE_BLOB) {
    const char *z = (const char *)sqlite3_value_text(v);
    if (z && rs_date_parse(z, sqlite3_value_bytes(v), p)) return 1;
    if (!z) {
      sqlite3_result_error_nomem(ctx);
      return -1;
    }
    rs_result_errorf(ctx, "%s(): %s: expected a date YYYY-MM-DD or YYYYMMDD, got '%.40s'", zFunc,
                     zArg, z);
    return -1;
  }
  rs_result_errorf(ctx, "%s(): %s: expected a date YYYY-MM-DD or YYYYMMDD, got a BLOB", zFunc, zArg);
  return -1;
}

int rs_arg_blob(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc, const char *zArg) {
  if (sqlite3_value_type(v) != SQLITE_BLOB) return 0;
  rs_result_errorf(ctx, "%s(): %s: expected text, got a BLOB", zFunc, zArg);
  return 1;
}

char *rs_blob_errmsg(sqlite3_value *v, const char *zFunc, const char *zArg, int *pNoMem) {
  if (!v || sqlite3_value_type(v) != SQLITE_BLOB) return 0;
  char *z = sqlite3_mprintf("%s(): %s: expected text, got a BLOB", zFunc, zArg);
  if (!z) *pNoMem = 1;
  return z;
}

int rs_vtab_connect(sqlite3 *db, const char *zSchema, size_t nByte, sqlite3_vtab **ppVtab) {
  int rc = sqlite3_declare_vtab(db, zSchema);
  if (rc != SQLITE_OK) return rc;
  sqlite3_vtab *p = sqlite3_malloc64(nByte);
  if (!p) return SQLITE_NOMEM;
  memset(p, 0, nByte);
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *ppVtab = p;
  return SQLITE_OK;
}

int rs_vtab_open(size_t nByte, sqlite3_vtab_cursor **ppCursor) {
  sqlite3_vtab_cursor *p = sqlite3_malloc64(nByte);
  if (!p) return SQLITE_NOMEM;
  memset(p, 0, nByte);
  *ppCursor = p;
  return SQLITE_OK;
}

int rs_vtab_disconnect(sqlite3_vtab *pVtab) {
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

int rs_vtab_close(sqlite3_vtab_cursor *pCursor) {
  sqlite3_free(pCursor);
  return SQLITE_OK;
}

int rs_vtab_best_index_args(sqlite3_index_info *pIdx, int iFirstArg, int nArg, int nRequired,
                            double rCost, sqlite3_int64 nRows) {
  int aiCons[8] = {-1, -1, -1, -1, -1, -1, -1, -1};
  int unusable = 0, idxNum = 0, nUsed = 0;
  for (int i = 0; i < pIdx->nConstraint; i++) {
    const struct sqlite3_index_constraint *c = &pIdx->aConstraint[i];
    int j = c->iColumn - iFirstArg;
    if (j < 0 || j >= nArg || c->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (!c->usable) unusable |= 1 << j;
    else aiCons[j] = i;
  }
  for (int j = 0; j < nArg; j++) {
    if (aiCons[j] < 0) continue;
    idxNum |= 1 << j;
    pIdx->aConstraintUsage[aiCons[j]].argvIndex = ++nUsed;
    pIdx->aConstraintUsage[aiCons[j]].omit = 1;
  }
  if (unusable & ~idxNum) return SQLITE_CONSTRAINT;
  int required = (1 << nRequired) - 1;
  pIdx->idxNum = idxNum;
  pIdx->estimatedCost = (idxNum & required) == required ? rCost : 1e30;
  pIdx->estimatedRows = nRows;
  if (nRows == 1) pIdx->idxFlags = SQLITE_INDEX_SCAN_UNIQUE;
  return SQLITE_OK;
}

void rs_result_normalized(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc,
                          int (*xNormalize)(const char *, int, char *, int)) {
  int t = sqlite3_value_type(v);
  if (t == SQLITE_NULL) return;
  if (t == SQLITE_BLOB) {
    rs_result_errorf(ctx, "%s(): text: expected text, got a BLOB", zFunc);
    return;
  }
  const char *z = (const char *)sqlite3_value_text(v);
  int n = sqlite3_value_bytes(v);
  char *zOut = z ? sqlite3_malloc64((sqlite3_uint64)n + 1) : 0;
  if (!zOut) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  int nOut = xNormalize(z, n, zOut, n + 1);
  sqlite3_result_text(ctx, zOut, nOut < 0 ? 0 : nOut, sqlite3_free);
}

RsDate rs_today(void) {
  sqlite3_vfs *pVfs = sqlite3_vfs_find(0);
  sqlite3_int64 iJulianMs = 0;
  if (pVfs && pVfs->iVersion >= 2 && pVfs->xCurrentTimeInt64) {
    pVfs->xCurrentTimeInt64(pVfs, &iJulianMs);
  } else if (pVfs) {
    double r = 0;
    pVfs->xCurrentTime(pVfs, &r);
    iJulianMs = (sqlite3_int64)(r * 86400000.0);
  }
  /* Julian day 2440587.5 is 1970-01-01T00:00Z. */
  return rs_date_cst_from_unix_ms(iJulianMs - 210866760000000LL);
}

void rs_result_errorf(sqlite3_context *ctx, const char *zFmt, ...) {
  va_list ap;
  va_start(ap, zFmt);
  char *z = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
  if (z) {
    sqlite3_result_error(ctx, z, -1);
    sqlite3_free(z);
  } else {
    sqlite3_result_error_nomem(ctx);
  }
}
