/*
** policy_conn.c: a connection's policy state, shared by every SQL face of the policy engine
** (policy_sql.c, status_sql.c, subsidy_sql.c, ...): the Lua host (policy_lua.c) with the scripts
** stored in the database loaded, refreshed when another connection installs a script; and the
** argument readers and result setter that every face uses, so that messages look the same.
**
** renshe.c creates one PolicyConn per connection (policy_conn_new) and hands it to each face's
** registration; every registration holds a counted reference (policy_conn_ref), released by
** SQLite through policy_conn_unref when the function or module goes away. The faces depend on
** this file and on the host; nothing here knows a face.
*/
#include <stdlib.h>
#include <string.h>

#include "policy_conn.h"
#include "rs_sql.h"
SQLITE_EXTENSION_INIT3

PolicyConn *policy_conn_new(sqlite3 *db) {
  PolicyConn *p = sqlite3_malloc64(sizeof(PolicyConn));
  if (!p) return 0;
  memset(p, 0, sizeof(*p));
  p->db = db;
  p->iGen = -1;
  if (policy_host_open(&p->pHost) != POLICY_OK) {
    sqlite3_free(p);
    return 0;
  }
  p->nRef = 1;
  return p;
}

PolicyConn *policy_conn_ref(PolicyConn *p) {
  p->nRef++;
  return p;
}

void policy_conn_unref(void *pArg) {
  PolicyConn *p = (PolicyConn *)pArg;
  if (--p->nRef > 0) return;
  policy_host_close(p->pHost);
  sqlite3_free(p);
}

/* {====== scripts in the database */

/* A copy of z[0..n) and a NUL, from sqlite3_malloc64 (a source may hold NUL bytes). */
char *policy_dup_n(const char *z, int n) {
  char *zNew = sqlite3_malloc64((sqlite3_uint64)n + 1);
  if (zNew) {
    memcpy(zNew, z, (size_t)n);
    zNew[n] = 0;
  }
  return zNew;
}

/* The generation of the scripts in the database: max history id, 0 without the tables. */
int policy_conn_generation(sqlite3 *db, sqlite3_int64 *piGen) {
  sqlite3_stmt *pStmt = 0;
  *piGen = 0;
  const char *zSql = "SELECT max(id) FROM main.renshe_policy_history";
  int rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
  if (rc == SQLITE_ERROR) {
    /* Perhaps another connection created the tables after this one read the schema, and the
    ** statement running now (which may touch no table) never checked: a statement that starts
    ** a read of the schema table compares the schema cookie and reloads. Then try once more. */
    sqlite3_exec(db, "SELECT 1 FROM main.sqlite_schema WHERE 0", 0, 0, 0);
    rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
  }
  if (rc == SQLITE_ERROR) return SQLITE_OK; /* no such table: built-in scripts only */
  if (rc != SQLITE_OK) return rc;
  if (sqlite3_step(pStmt) == SQLITE_ROW) *piGen = sqlite3_column_int64(pStmt, 0);
  return sqlite3_finalize(pStmt);
}

/* Bring the host's installed scripts up to date with the database. */
int policy_conn_refresh(PolicyConn *p, char **pzErr) {
  sqlite3_int64 iGen;
  sqlite3_stmt *pStmt = 0;
  PolicySource *a = 0;
  int n = 0, nAlloc = 0, rc = policy_conn_generation(p->db, &iGen);
  if (rc != SQLITE_OK) goto refresh_error;
  if (iGen == p->iGen) return SQLITE_OK;
  if (iGen > 0) {
    rc = sqlite3_prepare_v2(p->db, "SELECT name, source FROM main.renshe_policy ORDER BY name", -1,
                            &pStmt, 0);
    if (rc != SQLITE_OK) goto refresh_error;
    while ((rc = sqlite3_step(pStmt)) == SQLITE_ROW) {
      if (n == nAlloc) {
        PolicySource *aNew = sqlite3_realloc64(a, sizeof(PolicySource) * (nAlloc = nAlloc * 2 + 8));
        if (!aNew) {
          rc = SQLITE_NOMEM;
          goto refresh_error;
        }
        a = aNew;
      }
      const char *zName = (const char *)sqlite3_column_text(pStmt, 0);
      const char *zSrc = (const char *)sqlite3_column_text(pStmt, 1);
      a[n].zName = zName ? sqlite3_mprintf("%s", zName) : 0;
      a[n].nSource = sqlite3_column_bytes(pStmt, 1);
      a[n].zSource = zSrc ? policy_dup_n(zSrc, a[n].nSource) : 0;
      n++;
      if (!a[n - 1].zName || !a[n - 1].zSource) {
        rc = SQLITE_NOMEM;
        goto refresh_error;
      }
    }
    if (rc != SQLITE_DONE) goto refresh_error;
    rc = SQLITE_OK;
  }
  if (policy_host_set_sources(p->pHost, a, n) != POLICY_OK) {
    rc = SQLITE_NOMEM;
    goto refresh_error;
  }
  p->iGen = iGen;
refresh_error:
  if (rc != SQLITE_OK) {
    *pzErr = sqlite3_mprintf("reading the policy scripts: %s",
                             rc == SQLITE_NOMEM ? "out of memory" : sqlite3_errmsg(p->db));
  }
  sqlite3_finalize(pStmt);
  for (int i = 0; i < n; i++) {
    sqlite3_free((char *)a[i].zName);
    sqlite3_free((char *)a[i].zSource);
  }
  sqlite3_free(a);
  return rc;
}

/* Refresh once per statement (auxdata on argument iArg when it is constant). 0, or 1 after setting
** an error. */
int policy_conn_refresh_ctx(sqlite3_context *ctx, PolicyConn *p, const char *zFunc, int iArg) {
  char *zErr = 0;
  if (iArg >= 0 && sqlite3_get_auxdata(ctx, iArg) == p) return 0;
  if (policy_conn_refresh(p, &zErr) != SQLITE_OK) {
    rs_result_errorf(ctx, "%s(): %s", zFunc, zErr ? zErr : "out of memory");
    sqlite3_free(zErr);
    return 1;
  }
  if (iArg >= 0) sqlite3_set_auxdata(ctx, iArg, p, 0);
  return 0;
}

PolicyHost *policy_conn_host_ctx(sqlite3_context *ctx, PolicyConn *p, const char *zFunc, int iArg) {
  return policy_conn_refresh_ctx(ctx, p, zFunc, iArg) ? 0 : p->pHost;
}

PolicyHost *policy_conn_host(PolicyConn *p, const char *zFunc, char **pzErr) {
  char *zErr = 0;
  if (policy_conn_refresh(p, &zErr) == SQLITE_OK) return p->pHost;
  *pzErr = sqlite3_mprintf("%s(): %s", zFunc, zErr ? zErr : "out of memory");
  sqlite3_free(zErr);
  return 0;
}

/* }====== */

/* {====== argument readers */

/* argv as a city index; -2 for NULL; -1 after setting an error (a BLOB included). */
int policy_arg_city(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc) {
  if (sqlite3_value_type(v) == SQLITE_NULL) return -2;
  if (rs_arg_blob(ctx, v, zFunc, "city")) return -1;
  const char *z = (const char *)sqlite3_value_text(v);
  int i = z ? policy_city_find(z, sqlite3_value_bytes(v)) : -1;
  if (i < 0) {
    rs_result_errorf(ctx,
                     "%s(): city: unknown city '%.40s' (a GB/T 2260 code such as 370300, or a "
                     "name such as 淄博)",
                     zFunc, z ? z : "");
  }
  return i;
}

/* argv as as_of "YYYY-MM-DD" into z[11]: 1, 0 for NULL, -1 after an error. */
int policy_arg_as_of(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc, char *z) {
  RsDate d;
  int r = rs_arg_date(ctx, v, zFunc, "as_of", &d);
  if (r > 0) rs_date_format(d, z);
  return r;
}

/* A text argument that must not be a BLOB; NULL for SQL NULL; sets *pbErr after an error. */
const char *policy_arg_text(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc,
                            const char *zArg, int *pbErr) {
  *pbErr = 0;
  int t = sqlite3_value_type(v);
  if (t == SQLITE_NULL) return 0;
  if (t == SQLITE_BLOB) {
    rs_result_errorf(ctx, "%s(): %s: expected text, got a BLOB", zFunc, zArg);
    *pbErr = 1;
    return 0;
  }
  const char *z = (const char *)sqlite3_value_text(v);
  if (!z) {
    sqlite3_result_error_nomem(ctx);
    *pbErr = 1;
  }
  return z;
}

void policy_result_value(sqlite3_context *ctx, PolicyValue *v) {
  switch (v->eType) {
    case POLICY_INTEGER:
      sqlite3_result_int64(ctx, v->i);
      break;
    case POLICY_REAL:
      sqlite3_result_double(ctx, v->r);
      break;
    case POLICY_TEXT:
    case POLICY_JSON:
      sqlite3_result_text(ctx, v->z, v->n, SQLITE_TRANSIENT);
      break;
    default:
      sqlite3_result_null(ctx);
  }
}

/* }====== */

/* {====== the body of every rule family's scalar */

/* The body of policy_eval and of every rule family's scalar (see policy_conn.h):
** evaluate rule zPrefix || argv[1] for city argv[0] as of argv[2] with facts argv[3]. Messages
** name zFunc. */
void policy_eval_args(sqlite3_context *ctx, const char *zFunc, const char *zPrefix, int argc,
                      sqlite3_value **argv) {
  PolicyValue v;
  if (policy_eval_value(ctx, zFunc, zPrefix, "rule", argc, argv, &v)) {
    policy_result_value(ctx, &v);
    policy_value_clear(&v);
  }
}

int policy_eval_value(sqlite3_context *ctx, const char *zFunc, const char *zPrefix,
                      const char *zArg, int argc, sqlite3_value **argv, PolicyValue *pOut) {
  PolicyConn *p = (PolicyConn *)sqlite3_user_data(ctx);
  char zAsOf[11];
  int bErr, rc;
  int iCity = policy_arg_city(ctx, argv[0], zFunc);
  if (iCity == -1) return 0;
  const char *zName = policy_arg_text(ctx, argv[1], zFunc, zArg, &bErr);
  if (bErr) return 0;
  int r = policy_arg_as_of(ctx, argv[2], zFunc, zAsOf);
  if (r < 0 || iCity == -2 || !zName || r == 0) return 0; /* an error, or NULL: no result */
  const char *zFacts = 0;
  int nFacts = 0;
  if (argc > 3) {
    if (sqlite3_value_type(argv[3]) != SQLITE_NULL && sqlite3_value_type(argv[3]) != SQLITE_TEXT) {
      rs_result_errorf(ctx, "%s(): facts: expected a JSON object as text", zFunc);
      return 0;
    }
    zFacts = policy_arg_text(ctx, argv[3], zFunc, "facts", &bErr);
    if (bErr) return 0;
    nFacts = sqlite3_value_bytes(argv[3]);
  }
  if (policy_conn_refresh_ctx(ctx, p, zFunc, 1)) return 0;
  char *zRule = sqlite3_mprintf("%s%s", zPrefix, zName);
  if (!zRule) {
    sqlite3_result_error_nomem(ctx);
    return 0;
  }
  rc = policy_eval(p->pHost, iCity, zRule, zAsOf, zFacts, nFacts, pOut, 0, 0);
  sqlite3_free(zRule);
  if (rc == POLICY_OK) return 1;
  if (rc == POLICY_NOMEM)
    sqlite3_result_error_nomem(ctx);
  else
    rs_result_errorf(ctx, "%s(): %s", zFunc, policy_host_errmsg(p->pHost));
  policy_value_clear(pOut);
  return 0;
}

/* }====== */
