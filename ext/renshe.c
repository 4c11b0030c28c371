/*
** renshe.c: entry point of renshe (人社), the SQLite extension for Shandong's public employment
** services. The only file with SQLITE_EXTENSION_INIT1 and sqlite3_renshe_init.
**
** Usage:
**   sqlite3> .load dist/renshe
**   sqlite3> SELECT renshe_version();
**   sqlite3> SELECT check_idcard('11010519491231002X');          -- 1
**   From any driver: SELECT load_extension('dist/renshe');
**
** renshe_version() -> text: the version, e.g. '0.1.0'.
**
** Each module registers its functions in turn (idcard_sql_register, ...); the first failure stops
** the load and is reported with the module's name.
*/
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1
#include "policy_conn.h"
#include "rs_sql.h"

#ifndef RENSHE_VERSION
#define RENSHE_VERSION "0.1.0"
#endif

/* renshe_version() */
static void versionFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  sqlite3_result_text(ctx, RENSHE_VERSION, -1, SQLITE_STATIC);
}

static const struct {
  const char *zName;
  int (*xRegister)(sqlite3 *);
} aModule[] = {
    {"idcard", idcard_sql_register},
    {"cert_serial", serial_sql_register},
    {"calendar", calendar_sql_register},
    {"records", record_sql_register},
    {"csv_file", csvtab_sql_register},
    {"base64", b64_sql_register},
    {"json", json_sql_register},
};

/* The faces of the policy engine: each gets the connection's one policy state. */
static const struct {
  const char *zName;
  int (*xRegister)(sqlite3 *, PolicyConn *);
} aPolicyModule[] = {
    {"policy", policy_sql_register},
    {"unemployment_status", status_sql_register},
    {"subsidy_amount", subsidy_sql_register},
    {"statistics", stats_sql_register},
};

#ifdef _WIN32
__declspec(dllexport)
#else
__attribute__((visibility("default")))
#endif
int sqlite3_renshe_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi) {
  SQLITE_EXTENSION_INIT2(pApi);
  /* SQLITE_INNOCUOUS and SQLITE_DIRECTONLY, which the flags promise, came with 3.31.0. */
  if (sqlite3_libversion_number() < 3031000) {
    *pzErrMsg = sqlite3_mprintf("renshe needs SQLite 3.31.0 or later, this is %s", sqlite3_libversion());
    return SQLITE_ERROR;
  }
  int rc = sqlite3_create_function_v2(db, "renshe_version", 0, RS_PURE, 0, versionFunc, 0, 0, 0);
  for (int i = 0; rc == SQLITE_OK && i < (int)(sizeof(aModule) / sizeof(aModule[0])); i++) {
    rc = aModule[i].xRegister(db);
    if (rc != SQLITE_OK) {
      *pzErrMsg = sqlite3_mprintf("renshe: registering %s failed: %s", aModule[i].zName,
                                  sqlite3_errstr(rc));
    }
  }
  if (rc != SQLITE_OK) return rc;
  PolicyConn *pConn = policy_conn_new(db);
  if (!pConn) {
    *pzErrMsg = sqlite3_mprintf("renshe: registering the policy engine failed: out of memory");
    return SQLITE_NOMEM;
  }
  for (int i = 0; rc == SQLITE_OK && i < (int)(sizeof(aPolicyModule) / sizeof(aPolicyModule[0])); i++) {
    rc = aPolicyModule[i].xRegister(db, pConn);
    if (rc != SQLITE_OK) {
      *pzErrMsg = sqlite3_mprintf("renshe: registering %s failed: %s", aPolicyModule[i].zName,
                                  sqlite3_errstr(rc));
    }
  }
  policy_conn_unref(pConn); /* this function's own reference */
  return rc;
}
