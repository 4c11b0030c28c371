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
**
** Usage of the one function registered here (SQLITE_DIRECTONLY: a schema cannot change bounds):
**   SELECT renshe_limits();                           -- {"instructions":20000000,...,"facts":1048576}
**   SELECT renshe_limits('instructions');             -- 20000000
**   SELECT renshe_limits('instructions', 100000000);  -- sets it for this connection: 100000000
** renshe_limits(name [, value]): the bounds of this connection's policy calls (policy_lua.h
** PolicyLimits; SECURITY.md "Bounds"): instructions, memory, time_ms, result, script, facts. An
** unknown name or a value out of range is an error naming the range; NULL gives NULL.
**
** What renshe reads of a database file: renshe_policy and renshe_policy_history only when both are
** ordinary tables (policy_conn_generation): a view or virtual table of that name is not renshe's
** and is never read (a recursive view would make every policy call of the file endless). Stored
** sources are read once per generation, each larger than the script limit kept as its size only,
** and handed to the host without a second copy.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy_conn.h"
#include "rs_sql.h"
SQLITE_EXTENSION_INIT3

/* The host's interrupt poll (policy_host_set_interrupt): has sqlite3_interrupt been called on db?
** SQLite 3.40 has no sqlite3_is_interrupted (3.41), but a statement stepped while another runs
** keeps the flag and stops at its first jump with SQLITE_INTERRUPT. Called about every 10 ms of a
** long call only. */
static int policyConnInterrupted(void *pArg) {
  sqlite3 *db = (sqlite3 *)pArg;
  sqlite3_stmt *pStmt = 0;
  int rc = sqlite3_prepare_v2(db, "SELECT 1", -1, &pStmt, 0);
  if (rc == SQLITE_OK) rc = sqlite3_step(pStmt);
  sqlite3_finalize(pStmt);
  return rc == SQLITE_INTERRUPT;
}

static void policyLimitsFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv);

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
  policy_host_set_interrupt(p->pHost, policyConnInterrupted, db);
  p->nRef = 1;
  /* renshe_limits([name [, value]]): SQLite calls policy_conn_unref when it goes away, also when
  ** registering fails. */
  for (int nArg = 0; nArg <= 2; nArg++) {
    if (sqlite3_create_function_v2(db, "renshe_limits", nArg, SQLITE_UTF8 | SQLITE_DIRECTONLY,
                                   policy_conn_ref(p), policyLimitsFunc, 0, 0,
                                   policy_conn_unref) != SQLITE_OK) {
      policy_conn_unref(p);
      return 0;
    }
  }
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

/* Whether renshe_policy and renshe_policy_history are renshe's: 1 when renshe_policy_history is an
** ordinary table (and renshe_policy, if it exists), 0 when it does not exist, -1 (and *pzWhat,
** sqlite3_malloc'ed, names the object; NULL when out of memory) when either is something else: a
** view (a recursive one would make every read endless) or a virtual table. Reading sqlite_schema
** also reloads a schema that another connection changed since this one read it (the tables
** created after this connection opened). */
static int policyConnTables(sqlite3 *db, char **pzWhat, int *pRc) {
  sqlite3_stmt *pStmt = 0;
  int bHistory = 0, bOther = 0;
  *pzWhat = 0;
  *pRc = sqlite3_prepare_v2(db,
                            "SELECT name, type, sql NOT LIKE 'create virtual%' FROM main.sqlite_schema"
                            " WHERE type <> 'trigger'"
                            " AND name COLLATE NOCASE IN ('renshe_policy', 'renshe_policy_history') ORDER BY name",
                            -1, &pStmt, 0);
  if (*pRc != SQLITE_OK) return 0;
  while (sqlite3_step(pStmt) == SQLITE_ROW) {
    const char *zType = (const char *)sqlite3_column_text(pStmt, 1);
    const char *zName = (const char *)sqlite3_column_text(pStmt, 0);
    int bTable = zType && !strcmp(zType, "table") && sqlite3_column_int(pStmt, 2);
    if (bTable && zName && !sqlite3_stricmp(zName, "renshe_policy_history")) bHistory = 1;
    if (!bTable && !bOther++) {
      *pzWhat = sqlite3_mprintf("%s is a %s", (const char *)sqlite3_column_text(pStmt, 0),
                                zType && !strcmp(zType, "table") ? "virtual table" : zType);
    }
  }
  *pRc = sqlite3_finalize(pStmt);
  return bOther ? -1 : bHistory;
}

/* The generation (policy_conn_generation); *pzWhat set when the objects of the tables' names are
** not renshe's tables, which are then never read. */
static int policyConnGeneration(sqlite3 *db, sqlite3_int64 *piGen, char **pzWhat) {
  sqlite3_stmt *pStmt = 0;
  int rc;
  *piGen = 0;
  int bOurs = policyConnTables(db, pzWhat, &rc);
  if (rc != SQLITE_OK) return rc;
  if (bOurs < 0) return *pzWhat ? SQLITE_OK : SQLITE_NOMEM;
  if (bOurs == 0) return SQLITE_OK; /* built-in scripts only */
  rc = sqlite3_prepare_v2(db, "SELECT max(id) FROM main.renshe_policy_history", -1, &pStmt, 0);
  if (rc != SQLITE_OK) return rc;
  if (sqlite3_step(pStmt) == SQLITE_ROW) *piGen = sqlite3_column_int64(pStmt, 0);
  return sqlite3_finalize(pStmt);
}

/* The generation of the scripts in the database: max history id; 0 without the tables, and 0 when
** the objects of their names are not renshe's tables (never read: policy_conn_refresh reports
** them, listings show the built-in scripts). */
int policy_conn_generation(sqlite3 *db, sqlite3_int64 *piGen) {
  char *zWhat = 0;
  int rc = policyConnGeneration(db, piGen, &zWhat);
  sqlite3_free(zWhat);
  return rc;
}

/* Bring the host's installed scripts up to date with the database. */
int policy_conn_refresh(PolicyConn *p, char **pzErr) {
  sqlite3_int64 iGen;
  sqlite3_stmt *pStmt = 0;
  PolicySource *a = 0;
  char *zWhat = 0;
  int n = 0, nAlloc = 0, rc = policyConnGeneration(p->db, &iGen, &zWhat);
  if (rc == SQLITE_OK && zWhat) {
    *pzErr = sqlite3_mprintf("reading the policy scripts: %s, not a table of renshe (not read)",
                             zWhat);
    sqlite3_free(zWhat);
    return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  if (rc != SQLITE_OK) goto refresh_error;
  if (iGen == p->iGen) return SQLITE_OK;
  if (iGen > 0) {
    long long nScript = 0;
    policy_host_limit(p->pHost, "script", -1, &nScript);
    rc = sqlite3_prepare_v2(p->db, "SELECT name, source FROM main.renshe_policy ORDER BY name", -1,
                            &pStmt, 0);
    if (rc != SQLITE_OK) goto refresh_error;
    while ((rc = sqlite3_step(pStmt)) == SQLITE_ROW) {
      if (n == nAlloc) {
        nAlloc = nAlloc * 2 + 8;
        PolicySource *aNew = policy_host_malloc(sizeof(PolicySource) * (size_t)nAlloc);
        if (!aNew) {
          rc = SQLITE_NOMEM;
          goto refresh_error;
        }
        if (n) memcpy(aNew, a, sizeof(PolicySource) * (size_t)n);
        policy_host_free(a);
        a = aNew;
      }
      /* One copy, into the host's own memory (no copy in between), and none past the limit. A
      ** NULL source is an empty script. */
      const char *zName = (const char *)sqlite3_column_text(pStmt, 0);
      int nName = sqlite3_column_bytes(pStmt, 0);
      int bNull = sqlite3_column_type(pStmt, 1) == SQLITE_NULL;
      int nSrc = sqlite3_column_bytes(pStmt, 1);
      const char *zSrc = bNull ? "" : nSrc <= nScript ? (const char *)sqlite3_column_text(pStmt, 1) : 0;
      char *zNameCopy = zName ? policy_host_malloc((size_t)nName + 1) : 0;
      char *zSrcCopy = zSrc ? policy_host_malloc((size_t)nSrc + 1) : 0;
      if (zNameCopy) memcpy(zNameCopy, zName, (size_t)nName + 1);
      if (zSrcCopy) {
        memcpy(zSrcCopy, zSrc, (size_t)nSrc);
        zSrcCopy[nSrc] = 0;
      }
      a[n].zName = zNameCopy;
      a[n].zSource = zSrcCopy;
      a[n].nSource = nSrc;
      n++;
      if (!zNameCopy || (nSrc <= nScript && !zSrcCopy)) {
        rc = SQLITE_NOMEM;
        goto refresh_error;
      }
    }
    if (rc != SQLITE_DONE) goto refresh_error;
    rc = SQLITE_OK;
  }
  /* The host takes the array and its strings. */
  rc = policy_host_adopt_sources(p->pHost, a, n) == POLICY_OK ? SQLITE_OK : SQLITE_NOMEM;
  a = 0;
  n = 0;
  if (rc == SQLITE_OK) p->iGen = iGen;
refresh_error:
  if (rc != SQLITE_OK) {
    *pzErr = sqlite3_mprintf("reading the policy scripts: %s",
                             rc == SQLITE_NOMEM ? "out of memory" : sqlite3_errmsg(p->db));
  }
  sqlite3_finalize(pStmt);
  for (int i = 0; i < n; i++) {
    policy_host_free((char *)a[i].zName);
    policy_host_free((char *)a[i].zSource);
  }
  policy_host_free(a);
  return rc;
}

/* renshe_limits() -> JSON object of every limit; renshe_limits(name) -> its value;
** renshe_limits(name, value) sets it for this connection and returns it. */
static void policyLimitsFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  PolicyConn *p = (PolicyConn *)sqlite3_user_data(ctx);
  long long v = -1, vOut = 0;
  if (argc == 0) {
    char z[400];
    int k = 0;
    z[k++] = '{';
    for (int i = 0; azPolicyLimit[i]; i++) {
      policy_host_limit(p->pHost, azPolicyLimit[i], -1, &vOut);
      k += snprintf(z + k, sizeof z - (size_t)k, "%s\"%s\":%lld", i ? "," : "", azPolicyLimit[i],
                    vOut);
    }
    snprintf(z + k, sizeof z - (size_t)k, "}");
    sqlite3_result_text(ctx, z, -1, SQLITE_TRANSIENT);
    return;
  }
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
    rs_result_errorf(ctx, "renshe_limits(): name: expected text (instructions, memory, time_ms, "
                          "result, script, facts)");
    return;
  }
  const char *zName = (const char *)sqlite3_value_text(argv[0]);
  if (!zName) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  if (argc == 2) {
    if (sqlite3_value_type(argv[1]) == SQLITE_NULL) return;
    if (sqlite3_value_type(argv[1]) != SQLITE_INTEGER) {
      rs_result_errorf(ctx, "renshe_limits(): value: expected an integer");
      return;
    }
    v = sqlite3_value_int64(argv[1]);
    if (v < 0) v = 0; /* out of every range: the range is reported */
  }
  int rc = policy_host_limit(p->pHost, zName, v, &vOut);
  if (rc == POLICY_NOMEM)
    sqlite3_result_error_nomem(ctx);
  else if (rc != POLICY_OK)
    rs_result_errorf(ctx, "renshe_limits(): %s", policy_host_errmsg(p->pHost));
  else
    sqlite3_result_int64(ctx, vOut);
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
  if (r > 0) {
    /* A date read from 10 bytes is YYYY-MM-DD already, as rs_date_format would write it. */
    const char *zIn = sqlite3_value_bytes(v) == 10 ? (const char *)sqlite3_value_text(v) : 0;
    if (zIn) {
      memcpy(z, zIn, 10);
      z[10] = 0;
    } else {
      rs_date_format(d, z);
    }
  }
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

/* policy_eval_value's state for one statement, kept as auxdata on the rule argument while it is
** constant (argument 1: the calling function must not use that slot): it marks the scripts
** refreshed for the statement, as policy_conn_refresh_ctx's marker does, and keeps the city text
** of the row before with its index, so that a constant city is not searched for on every row. */
#define POLICY_EVAL_AUX_MAGIC 0x70457641u
typedef struct PolicyEvalAux {
  unsigned magic; /* POLICY_EVAL_AUX_MAGIC */
  PolicyConn *pConn;
  int iCity, nCity; /* nCity 0: none yet */
  char zCity[32];
} PolicyEvalAux;

int policy_eval_value(sqlite3_context *ctx, const char *zFunc, const char *zPrefix,
                      const char *zArg, int argc, sqlite3_value **argv, PolicyValue *pOut) {
  PolicyConn *p = (PolicyConn *)sqlite3_user_data(ctx);
  char zAsOf[11];
  int bErr, rc, iCity;
  PolicyEvalAux *pAux = (PolicyEvalAux *)sqlite3_get_auxdata(ctx, 1);
  if (pAux && (pAux->magic != POLICY_EVAL_AUX_MAGIC || pAux->pConn != p)) pAux = 0;
  const char *zCity = pAux && pAux->nCity && sqlite3_value_type(argv[0]) == SQLITE_TEXT
                          ? (const char *)sqlite3_value_text(argv[0]) : 0;
  if (zCity && sqlite3_value_bytes(argv[0]) == pAux->nCity &&
      !memcmp(zCity, pAux->zCity, (size_t)pAux->nCity)) {
    iCity = pAux->iCity;
  } else {
    iCity = policy_arg_city(ctx, argv[0], zFunc);
    if (iCity == -1) return 0;
    if (pAux && iCity >= 0 && sqlite3_value_type(argv[0]) == SQLITE_TEXT) {
      zCity = (const char *)sqlite3_value_text(argv[0]);
      int n = sqlite3_value_bytes(argv[0]);
      if (zCity && n > 0 && n < (int)sizeof(pAux->zCity)) {
        memcpy(pAux->zCity, zCity, (size_t)n);
        pAux->nCity = n;
        pAux->iCity = iCity;
      }
    }
  }
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
  if (!pAux) {
    /* The first row of the statement (every row, when the rule varies): refresh, and keep the
    ** state for the rows after. */
    if (policy_conn_refresh_ctx(ctx, p, zFunc, -1)) return 0;
    pAux = sqlite3_malloc64(sizeof(*pAux));
    if (pAux) {
      memset(pAux, 0, sizeof(*pAux));
      pAux->magic = POLICY_EVAL_AUX_MAGIC;
      pAux->pConn = p;
      sqlite3_set_auxdata(ctx, 1, pAux, sqlite3_free); /* frees pAux when it cannot keep it */
    }
  }
  /* The rule's name: on the stack when short (every name in use), no allocation per row. */
  char zBuf[128];
  char *zRule = zBuf;
  size_t nPrefix = strlen(zPrefix), nName = strlen(zName);
  if (nPrefix + nName < sizeof zBuf) {
    memcpy(zBuf, zPrefix, nPrefix);
    memcpy(zBuf + nPrefix, zName, nName + 1);
  } else if (!(zRule = sqlite3_mprintf("%s%s", zPrefix, zName))) {
    sqlite3_result_error_nomem(ctx);
    return 0;
  }
  rc = policy_eval(p->pHost, iCity, zRule, zAsOf, zFacts, nFacts, pOut, 0, 0);
  if (zRule != zBuf) sqlite3_free(zRule);
  if (rc == POLICY_OK) return 1;
  if (rc == POLICY_NOMEM) {
    sqlite3_result_error_nomem(ctx);
  } else {
    rs_result_errorf(ctx, "%s(): %s", zFunc, policy_host_errmsg(p->pHost));
    if (policy_host_interrupted(p->pHost)) sqlite3_result_error_code(ctx, SQLITE_INTERRUPT);
  }
  policy_value_clear(pOut);
  return 0;
}

/* }====== */
