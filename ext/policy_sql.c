/*
** policy_sql.c: the SQL face of renshe's policy engine: evaluate a city's Lua rules, look up dated
** parameters, list what is in force, and install or roll back scripts stored in the database.
** The Lua host itself is policy_lua.c; this file reads arguments, keeps the per-connection state
** and the script tables, and sets results.
**
** Usage:
**   .load dist/renshe
**   SELECT policy_param('淄博', 'register_min_age', '2020-06-01');                  -- 16
**   SELECT * FROM policy_parameters('威海', '2020-06-01');
**   SELECT policy_eval('370300', 'registration.age_ok', '2020-06-01', '{"birth":"2004-05-31"}');
**   SELECT * FROM policy_explain('淄博', 'registration.age_ok', '2020-06-01',
**                                '{"birth":"2004-05-31"}');
**   SELECT policy_install('淄博', readfile('lua/cities/zibo.lua'), '张三');
**   SELECT policy_rollback('淄博');
**
** A city is a GB/T 2260 code (370300 or 3703), a name (淄博, 淄博市) or the script key (zibo);
** 山东 / 山东省 / 370000 / 37 / shandong is the provincial baseline alone.
**
** policy_eval(city, rule, as_of [, facts]) -> the rule's value: INTEGER (booleans 0/1), REAL, TEXT,
**     or JSON text for a table. NULL city, rule or as_of gives NULL; NULL facts means {}.
** SELECT * FROM policy_explain(city, rule, as_of [, facts]) -> step, rule, ref, detail: every
**     parameter read and every rule result, in order; the last row is the result.
** policy_param(city, name, as_of) -> the parameter's value in force on as_of. NULL in, NULL out.
** SELECT * FROM policy_parameters(city [, as_of]) -> name, value, unit, from_date, ref, note,
**     origin, city_sets, status, description: the value in force on as_of (status 'in force',
**     'unset', 'not yet in force' or 'ended'), or without as_of every dated value.
** SELECT * FROM policy_rules(city [, as_of]) -> name, from_date, ref, script, status: the version
**     of each rule in force on as_of ('in force' / 'not yet in force'), or every version.
** SELECT * FROM policy_scripts -> name, city, code, origin, version, installed_by, installed_at,
**     lines, source: the scripts in force ('built-in' or 'installed').
** policy_install(name, source [, installed_by]) -> 'zibo: version 2 installed (replacing ...)'.
**     Compiles and loads the script (and, for a baseline part, every city on top of it) before
**     storing it; a broken script is refused with its line and the old one stays in force.
** policy_rollback(name) -> 'zibo: rolled back to version 1' or '... to the built-in script'.
**     Both write: where other processes write the same file, run them inside BEGIN IMMEDIATE …
**     COMMIT (a bare SELECT is a reader that cannot upgrade a snapshot another writer has moved
**     past, and fails at once with "database is locked"; tests/sh/concurrency_mixed.sh).
**
** Errors: an unknown city, a malformed as_of, facts that are not a JSON object, an unknown rule
** or parameter, a parameter with no value on the date (before its first value, or 由各市确定 and
** not set by the city), and every Lua failure are errors naming the function:
** "policy_eval(): zibo:12: attempt to ...". A script that runs past its bounds ends with an error
** naming the script ("zibo:3: instruction limit of 20000000 exceeded", "script 'zibo': memory
** limit of 64 MiB exceeded"); the connection stays usable.
**
** Flags: the evaluating functions are SQLITE_INNOCUOUS (views and reports may use them) because
** every call is bounded in instructions and memory and the sandbox reaches no file, process or
** other database (policy_lua.c, tests/sql/policy_sandbox.sql). They are not DETERMINISTIC: an
** installed script changes their results, so they must not feed an index. policy_install and
** policy_rollback write, and are SQLITE_DIRECTONLY.
**
** Storage (created by the first policy_install; absent means "built-in scripts only"):
**   renshe_policy(name PRIMARY KEY, extends, source, installed_by, installed_at, history_id)
**   renshe_policy_history(id, name, action 'install'|'rollback', extends, source, installed_by,
**                         installed_at, supersedes)  -- every version installed; never deleted
** The history is append-only: its triggers (created with it, and by every install or rollback in
** a file made before them) refuse UPDATE, DELETE and an INSERT whose id exists (REPLACE and UPSERT
** would delete that row without firing the DELETE trigger).
** A change is seen by the next statement of every connection: each statement compares
** max(renshe_policy_history.id) with the generation its connection loaded (once per statement
** when the city argument is constant). Change scripts only through policy_install and
** policy_rollback; a hand edit of renshe_policy is seen after the next install.
*/
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "policy_lua.h"
#include "policy_conn.h"
#include "rs_sql.h"
SQLITE_EXTENSION_INIT3

/* Evaluates Lua: bounded, so innocuous; scripts can change, so not deterministic. */
#define POLICY_EVAL_FLAGS (SQLITE_UTF8 | SQLITE_INNOCUOUS)

/* {====== scripts in the database */

static const char zPolicySchema[] =
    "CREATE TABLE IF NOT EXISTS main.renshe_policy_history("
    " id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
    " action TEXT NOT NULL CHECK (action IN ('install','rollback')),"
    " extends TEXT, source TEXT, installed_by TEXT, installed_at TEXT NOT NULL,"
    " supersedes INTEGER);"
    "CREATE TABLE IF NOT EXISTS main.renshe_policy("
    " name TEXT PRIMARY KEY, extends TEXT, source TEXT NOT NULL, installed_by TEXT,"
    " installed_at TEXT NOT NULL, history_id INTEGER NOT NULL);"
    "CREATE TRIGGER IF NOT EXISTS main.renshe_policy_history_no_replace BEFORE INSERT ON"
    " renshe_policy_history WHEN EXISTS (SELECT 1 FROM main.renshe_policy_history h"
    " WHERE h.id = NEW.id) BEGIN SELECT RAISE(ABORT, 'renshe_policy_history: id exists"
    " already: the history of installed scripts is never replaced (REPLACE, UPSERT)'); END;"
    "CREATE TRIGGER IF NOT EXISTS main.renshe_policy_history_no_update BEFORE UPDATE ON"
    " renshe_policy_history BEGIN SELECT RAISE(ABORT, 'renshe_policy_history: the history of"
    " installed scripts is never changed: install or roll back instead'); END;"
    "CREATE TRIGGER IF NOT EXISTS main.renshe_policy_history_no_delete BEFORE DELETE ON"
    " renshe_policy_history BEGIN SELECT RAISE(ABORT, 'renshe_policy_history: the history of"
    " installed scripts is never deleted: install or roll back instead'); END;";

/* }====== */

/* {====== scalar functions */

/* policy_eval(city, rule, as_of [, facts]) */
static void policyEvalFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  policy_eval_args(ctx, "policy_eval", "", argc, argv);
}

/* policy_param's per-statement cache, kept as auxdata on the name argument (so only while the
** name is constant: SQLite drops auxdata of a varying argument after each row). Its presence also
** marks the scripts refreshed for this statement (as policy_conn_refresh_ctx's marker would).
** Per city, the parameter's dated values as the world holds them, read from the second row on
** (one Lua call) and only from a world already built, so no row pays a build it would not have
** paid. A row is answered in C when a dated value with a value is in force on as_of; every other
** row (no value yet, ended, city-set without value, unknown name, a world not built) goes the
** Lua way, whose message is the one today's users see. The host's epoch drops the lists whenever
** the worlds are dropped (scripts refreshed, limits changed, a bound passed). */
typedef struct PolicyParamCache {
  PolicyConn *pConn;
  char *zName;                /* the name argument (a copy: constant for the statement) */
  char zCity[32];             /* the last city argument seen as text, and its index */
  int nCity;                  /* (0: none) */
  int iCity;
  unsigned long long iEpoch;  /* the host's epoch the lists belong to */
  struct {
    PolicyDated *a;           /* NULL: not read (yet) */
    int n;
    int bNo;                  /* read and refused (unknown parameter): always the Lua way */
  } aCity[POLICY_N_CITY + 1];
} PolicyParamCache;

static void policyParamCacheClear(PolicyParamCache *pc) {
  for (int i = 0; i <= POLICY_N_CITY; i++) {
    policy_dated_free(pc->aCity[i].a, pc->aCity[i].n);
    pc->aCity[i].a = 0;
    pc->aCity[i].n = 0;
    pc->aCity[i].bNo = 0;
  }
}

static void policyParamCacheFree(void *pArg) {
  PolicyParamCache *pc = (PolicyParamCache *)pArg;
  policyParamCacheClear(pc);
  sqlite3_free(pc->zName);
  sqlite3_free(pc);
}

/* The value in force on zAsOf from the cached list of iCity: 1 with the result set on ctx, 0 when
** the Lua way must answer. */
static int policyParamCached(sqlite3_context *ctx, PolicyParamCache *pc, PolicyHost *pHost,
                             int iCity, const char *zAsOf) {
  unsigned long long iEpoch = policy_host_epoch(pHost);
  if (pc->iEpoch != iEpoch) {
    policyParamCacheClear(pc);
    pc->iEpoch = iEpoch;
  }
  if (pc->aCity[iCity].bNo) return 0;
  if (!pc->aCity[iCity].a) {
    PolicyDated *a;
    int n;
    int rc = policy_param_values(pHost, iCity, pc->zName, &a, &n);
    if (rc == POLICY_UNBUILT || rc == POLICY_NOMEM) return 0; /* the Lua way builds it */
    if (rc != POLICY_OK) {
      /* Unknown (always the Lua way), unless the call failed otherwise and dropped the worlds
      ** (the epoch says so: read again). */
      if (policy_host_epoch(pHost) == iEpoch) pc->aCity[iCity].bNo = 1;
      return 0;
    }
    pc->aCity[iCity].a = a;
    pc->aCity[iCity].n = n;
  }
  PolicyDated *a = pc->aCity[iCity].a;
  for (int i = pc->aCity[iCity].n - 1; i >= 0; i--) {
    if (memcmp(a[i].zFrom, zAsOf, 10) > 0) continue;
    if (!a[i].bValue) return 0; /* ended: the Lua way says since when */
    policy_result_value(ctx, &a[i].value);
    return 1;
  }
  return 0; /* before the first value, or none */
}

/* policy_param(city, name, as_of) */
static void policyParamFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  PolicyConn *p = (PolicyConn *)sqlite3_user_data(ctx);
  char zAsOf[11];
  int bErr;
  (void)argc;
  PolicyParamCache *pc = (PolicyParamCache *)sqlite3_get_auxdata(ctx, 1);
  int iCity = -1;
  /* The city text of the row before, again (a constant city): its index without a search. */
  const char *zCity = sqlite3_value_type(argv[0]) == SQLITE_TEXT && pc && pc->nCity
                          ? (const char *)sqlite3_value_text(argv[0]) : 0;
  if (zCity && sqlite3_value_bytes(argv[0]) == pc->nCity && !memcmp(zCity, pc->zCity, pc->nCity)) {
    iCity = pc->iCity;
  } else {
    iCity = policy_arg_city(ctx, argv[0], "policy_param");
    if (iCity == -1) return;
  }
  const char *zName = policy_arg_text(ctx, argv[1], "policy_param", "name", &bErr);
  if (bErr) return;
  int r = policy_arg_as_of(ctx, argv[2], "policy_param", zAsOf);
  if (r <= 0 || iCity == -2 || !zName) return;
  if (pc && (pc->pConn != p || strcmp(pc->zName, zName))) pc = 0; /* not ours: never expected */
  if (pc && pc->iCity != iCity) {
    int n = sqlite3_value_bytes(argv[0]);
    zCity = (const char *)sqlite3_value_text(argv[0]);
    if (zCity && n > 0 && n < (int)sizeof(pc->zCity)) {
      memcpy(pc->zCity, zCity, (size_t)n);
      pc->nCity = n;
      pc->iCity = iCity;
    }
  }
  if (pc) {
    if (policyParamCached(ctx, pc, p->pHost, iCity, zAsOf)) return;
  } else {
    /* The first row of a statement (or every row, when the name varies): refresh, then leave the
    ** cache for the next row. */
    if (policy_conn_refresh_ctx(ctx, p, "policy_param", -1)) return;
  }
  PolicyValue v;
  int rc = policy_param(p->pHost, iCity, zName, zAsOf, &v, 0);
  if (rc == POLICY_OK)
    policy_result_value(ctx, &v);
  else if (rc == POLICY_NOMEM)
    sqlite3_result_error_nomem(ctx);
  else
    rs_result_errorf(ctx, "policy_param(): %s", policy_host_errmsg(p->pHost));
  policy_value_clear(&v);
  if (!pc && rc == POLICY_OK) {
    pc = sqlite3_malloc64(sizeof(*pc));
    if (pc) {
      memset(pc, 0, sizeof(*pc));
      pc->pConn = p;
      pc->iCity = -1;
      pc->iEpoch = policy_host_epoch(p->pHost);
      pc->zName = sqlite3_mprintf("%s", zName);
      if (!pc->zName) {
        sqlite3_free(pc);
        return;
      }
      sqlite3_set_auxdata(ctx, 1, pc, policyParamCacheFree); /* frees pc when it cannot keep it */
    }
  }
}

/* The script name for policy_install/policy_rollback: a city's key, or "shandong/<part>" (copied
** into z[64]). 0, or 1 after setting an error. */
static int policyArgScript(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc, char *z) {
  int bErr;
  const char *zName = policy_arg_text(ctx, v, zFunc, "name", &bErr);
  if (bErr) return 1;
  if (!zName) {
    rs_result_errorf(ctx,
                     "%s(): name: NULL (a city such as 淄博 or 370300, or a baseline part "
                     "such as shandong/params)",
                     zFunc);
    return 1;
  }
  int n = sqlite3_value_bytes(v);
  int i = policy_city_find(zName, n);
  if (i >= 0 && i != POLICY_PROVINCE) {
    strcpy(z, aPolicyCity[i].zKey);
    return 0;
  }
  int bOk = n > 9 && n < 64 && !strncmp(zName, "shandong/", 9);
  for (int k = 9; bOk && k < n; k++) {
    char c = zName[k];
    bOk = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (c == '/' && k > 9);
  }
  if (!bOk) {
    rs_result_errorf(ctx,
                     "%s(): name: '%.40s' is neither a city nor a baseline part "
                     "shandong/<part> (the baseline is installed part by part, e.g. "
                     "shandong/params)",
                     zFunc, zName);
    return 1;
  }
  memcpy(z, zName, (size_t)n + 1);
  return 0;
}

static int policyExec(sqlite3 *db, const char *zSql) {
  return sqlite3_exec(db, zSql, 0, 0, 0);
}

/* The history id in force for zName (0: none), or -1 on error. */
static sqlite3_int64 policyCurrentId(sqlite3 *db, const char *zName) {
  sqlite3_stmt *pStmt = 0;
  sqlite3_int64 id = 0;
  if (sqlite3_prepare_v2(db, "SELECT history_id FROM main.renshe_policy WHERE name=?1", -1, &pStmt,
                         0) != SQLITE_OK) {
    return -1;
  }
  sqlite3_bind_text(pStmt, 1, zName, -1, SQLITE_STATIC);
  int rc = sqlite3_step(pStmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64(pStmt, 0);
  else if (rc != SQLITE_DONE)
    id = -1;
  sqlite3_finalize(pStmt);
  return id;
}

/* Record one act in the history and set (zSource not NULL) or remove the script in force.
** Returns the new history id, or -1 on error. iSupersedes: install: the id replaced; rollback: the
** id restored (0: the built-in). iInForce: the id renshe_policy points to afterwards. */
static sqlite3_int64 policyRecord(sqlite3 *db, const char *zName, const char *zAction,
                                  const char *zSource, int nSource, const char *zBy,
                                  sqlite3_int64 iSupersedes, sqlite3_int64 iInForce) {
  sqlite3_stmt *pStmt = 0;
  const char *zExtends = strncmp(zName, "shandong/", 9) ? "shandong" : 0;
  sqlite3_int64 id = -1;
  int rc = sqlite3_prepare_v2(
      db,
      "INSERT INTO main.renshe_policy_history(name, action, extends, source, installed_by,"
      " installed_at, supersedes) VALUES (?1, ?2, ?3, ?4, ?5, strftime('%Y-%m-%d %H:%M:%S','now'),"
      " ?6)",
      -1, &pStmt, 0);
  if (rc != SQLITE_OK) return -1;
  sqlite3_bind_text(pStmt, 1, zName, -1, SQLITE_STATIC);
  sqlite3_bind_text(pStmt, 2, zAction, -1, SQLITE_STATIC);
  sqlite3_bind_text(pStmt, 3, zExtends, -1, SQLITE_STATIC);
  if (zSource) sqlite3_bind_text(pStmt, 4, zSource, nSource, SQLITE_STATIC);
  sqlite3_bind_text(pStmt, 5, zBy, -1, SQLITE_STATIC);
  if (iSupersedes > 0) sqlite3_bind_int64(pStmt, 6, iSupersedes);
  rc = sqlite3_step(pStmt);
  sqlite3_finalize(pStmt);
  if (rc != SQLITE_DONE) return -1;
  id = sqlite3_last_insert_rowid(db);
  if (!zSource) {
    rc = sqlite3_prepare_v2(db, "DELETE FROM main.renshe_policy WHERE name=?1", -1, &pStmt, 0);
    if (rc != SQLITE_OK) return -1;
    sqlite3_bind_text(pStmt, 1, zName, -1, SQLITE_STATIC);
  } else {
    rc = sqlite3_prepare_v2(
        db,
        "INSERT OR REPLACE INTO main.renshe_policy(name, extends, source, installed_by,"
        " installed_at, history_id) SELECT name, extends, ?2, installed_by, installed_at, ?3"
        " FROM main.renshe_policy_history WHERE id=?3",
        -1, &pStmt, 0);
    if (rc != SQLITE_OK) return -1;
    sqlite3_bind_text(pStmt, 2, zSource, nSource, SQLITE_STATIC);
    sqlite3_bind_int64(pStmt, 3, iInForce ? iInForce : id);
  }
  rc = sqlite3_step(pStmt);
  sqlite3_finalize(pStmt);
  return rc == SQLITE_DONE ? id : -1;
}

/* policy_install(name, source [, installed_by]) */
static void policyInstallFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  PolicyConn *p = (PolicyConn *)sqlite3_user_data(ctx);
  sqlite3 *db = p->db;
  char zName[64];
  int bErr;
  if (policyArgScript(ctx, argv[0], "policy_install", zName)) return;
  /* Text, or the BLOB that the shell's readfile() returns. */
  const char *zSrc = 0;
  int nSrc = 0;
  if (sqlite3_value_type(argv[1]) == SQLITE_BLOB) {
    zSrc = (const char *)sqlite3_value_blob(argv[1]);
    nSrc = sqlite3_value_bytes(argv[1]);
    if (!zSrc) zSrc = "";
  } else if (sqlite3_value_type(argv[1]) != SQLITE_NULL) {
    zSrc = (const char *)sqlite3_value_text(argv[1]);
    nSrc = sqlite3_value_bytes(argv[1]);
    if (!zSrc) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
  }
  if (!zSrc) {
    rs_result_errorf(ctx, "policy_install(): source: NULL (did readfile() find the file?)");
    return;
  }
  const char *zBy =
      argc > 2 ? policy_arg_text(ctx, argv[2], "policy_install", "installed_by", &bErr) : 0;
  if (argc > 2 && bErr) return;
  if (policy_conn_refresh_ctx(ctx, p, "policy_install", -1)) return;
  int rc = policy_check(p->pHost, zName, zSrc, nSrc);
  if (rc != POLICY_OK) {
    if (rc == POLICY_NOMEM)
      sqlite3_result_error_nomem(ctx);
    else
      rs_result_errorf(ctx,
                       "policy_install(): %s (not installed; the script in force is "
                       "unchanged)",
                       policy_host_errmsg(p->pHost));
    return;
  }
  if (policyExec(db, "SAVEPOINT renshe_policy_install") != SQLITE_OK) goto install_error;
  sqlite3_int64 iPrev = -1, id = -1;
  if (policyExec(db, zPolicySchema) == SQLITE_OK && (iPrev = policyCurrentId(db, zName)) >= 0) {
    id = policyRecord(db, zName, "install", zSrc, nSrc, zBy, iPrev, 0);
  }
  if (id < 0) {
    rs_result_errorf(ctx, "policy_install(): storing the script: %s", sqlite3_errmsg(db));
    policyExec(db, "ROLLBACK TO renshe_policy_install");
    policyExec(db, "RELEASE renshe_policy_install");
    return;
  }
  if (policyExec(db, "RELEASE renshe_policy_install") != SQLITE_OK) goto install_error;
  char *z;
  if (iPrev > 0)
    z = sqlite3_mprintf("%s: version %lld installed (replacing version %lld)", zName, id, iPrev);
  else if (policy_builtin(zName))
    z = sqlite3_mprintf("%s: version %lld installed (replacing the built-in script)", zName, id);
  else
    z = sqlite3_mprintf("%s: version %lld installed (new)", zName, id);
  if (z)
    sqlite3_result_text(ctx, z, -1, sqlite3_free);
  else
    sqlite3_result_error_nomem(ctx);
  return;
install_error:
  rs_result_errorf(ctx, "policy_install(): %s", sqlite3_errmsg(db));
}

/* policy_rollback(name) */
static void policyRollbackFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  PolicyConn *p = (PolicyConn *)sqlite3_user_data(ctx);
  sqlite3 *db = p->db;
  sqlite3_stmt *pStmt = 0;
  char zName[64];
  char *zSrc = 0, *zMsg = 0;
  int nSrc = 0;
  sqlite3_int64 iCur, iTarget = 0, iGen;
  (void)argc;
  if (policyArgScript(ctx, argv[0], "policy_rollback", zName)) return;
  if (policy_conn_refresh_ctx(ctx, p, "policy_rollback", -1)) return;
  if (policy_conn_generation(db, &iGen) != SQLITE_OK || iGen == 0 ||
      (iCur = policyCurrentId(db, zName)) <= 0) {
    rs_result_errorf(ctx,
                     "policy_rollback(): %s: no installed script to roll back (the built-in "
                     "one is in force)",
                     zName);
    return;
  }
  /* The version the one in force replaced, and its source. */
  if (sqlite3_prepare_v2(db,
                         "SELECT h.supersedes, t.source FROM main.renshe_policy_history h"
                         " LEFT JOIN main.renshe_policy_history t ON t.id = h.supersedes"
                         " WHERE h.id=?1",
                         -1, &pStmt, 0) != SQLITE_OK) {
    goto rollback_error;
  }
  sqlite3_bind_int64(pStmt, 1, iCur);
  if (sqlite3_step(pStmt) == SQLITE_ROW) {
    iTarget = sqlite3_column_int64(pStmt, 0);
    if (iTarget > 0) {
      const char *z = (const char *)sqlite3_column_text(pStmt, 1);
      nSrc = sqlite3_column_bytes(pStmt, 1);
      zSrc = z ? policy_dup_n(z, nSrc) : 0;
      if (!zSrc) {
        sqlite3_finalize(pStmt);
        sqlite3_result_error_nomem(ctx);
        return;
      }
    }
  }
  sqlite3_finalize(pStmt);
  if (iTarget > 0) {
    int rc = policy_check(p->pHost, zName, zSrc, nSrc);
    if (rc != POLICY_OK) {
      if (rc == POLICY_NOMEM)
        sqlite3_result_error_nomem(ctx);
      else
        rs_result_errorf(ctx,
                         "policy_rollback(): version %lld no longer loads: %s (nothing "
                         "changed)",
                         iTarget, policy_host_errmsg(p->pHost));
      sqlite3_free(zSrc);
      return;
    }
  } else {
    const PolicyBuiltin *b = policy_builtin(zName);
    if (b) {
      int rc = policy_check(p->pHost, zName, b->zSource, b->nSource);
      if (rc != POLICY_OK) {
        if (rc == POLICY_NOMEM)
          sqlite3_result_error_nomem(ctx);
        else
          rs_result_errorf(ctx,
                           "policy_rollback(): the built-in script no longer loads: %s "
                           "(nothing changed)",
                           policy_host_errmsg(p->pHost));
        return;
      }
    }
  }
  if (policyExec(db, "SAVEPOINT renshe_policy_rollback") != SQLITE_OK) goto rollback_error;
  if (policyExec(db, zPolicySchema) != SQLITE_OK ||
      policyRecord(db, zName, "rollback", zSrc, nSrc, 0, iTarget, iTarget) < 0) {
    rs_result_errorf(ctx, "policy_rollback(): %s", sqlite3_errmsg(db));
    policyExec(db, "ROLLBACK TO renshe_policy_rollback");
    policyExec(db, "RELEASE renshe_policy_rollback");
    sqlite3_free(zSrc);
    return;
  }
  if (policyExec(db, "RELEASE renshe_policy_rollback") != SQLITE_OK) goto rollback_error;
  if (iTarget > 0)
    zMsg = sqlite3_mprintf("%s: rolled back to version %lld", zName, iTarget);
  else if (policy_builtin(zName))
    zMsg = sqlite3_mprintf("%s: rolled back to the built-in script", zName);
  else
    zMsg = sqlite3_mprintf("%s: removed (no built-in script of that name)", zName);
  sqlite3_free(zSrc);
  if (zMsg)
    sqlite3_result_text(ctx, zMsg, -1, sqlite3_free);
  else
    sqlite3_result_error_nomem(ctx);
  return;
rollback_error:
  sqlite3_free(zSrc);
  rs_result_errorf(ctx, "policy_rollback(): %s", sqlite3_errmsg(db));
}

/* }====== */

/* {====== table-valued functions: rows computed in xFilter, then served from memory */

typedef struct PolicyCell {
  int eType; /* SQLITE_NULL, SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT */
  sqlite3_int64 i;
  double r;
  char *z;
  int n;
} PolicyCell;

typedef struct PolicyCursor PolicyCursor;

/* A table-valued function: nCol visible columns, then nArg hidden argument columns. */
typedef struct PolicyTabDef {
  const char *zName;
  const char *zSchema;
  int nCol, nArg, nRequired;
  const char *const *azArg;
  const char *zPrefix; /* explain forms: prepended to the rule argument ("" for policy_explain) */
  /* Fill the cursor from the arguments (NULL where absent); 0, or an SQLite code after *pzErr. */
  int (*xFill)(PolicyCursor *, PolicyConn *, sqlite3_value **, char **pzErr);
  const char *const *azCol; /* catalogue forms: the visible columns' names (JSON keys) */
} PolicyTabDef;

typedef struct PolicyTab {
  sqlite3_vtab base; /* Base class. Must be first */
  PolicyConn *pConn;
  const PolicyTabDef *pDef;
} PolicyTab;

struct PolicyCursor {
  sqlite3_vtab_cursor base; /* Base class. Must be first */
  const PolicyTabDef *pDef;
  PolicyCell *aCell; /* nRow * nCol */
  int nRow, nAlloc, iRow;
  int bOom;
  sqlite3_value *apArg[4];
};

static PolicyCell *policyCursorRow(PolicyCursor *c) {
  int nCol = c->pDef->nCol;
  if (c->nRow == c->nAlloc) {
    int nNew = c->nAlloc * 2 + 16;
    PolicyCell *aNew =
        sqlite3_realloc64(c->aCell, sizeof(PolicyCell) * (sqlite3_uint64)nNew * nCol);
    if (!aNew) {
      c->bOom = 1;
      return 0;
    }
    c->aCell = aNew;
    c->nAlloc = nNew;
  }
  PolicyCell *r = &c->aCell[(size_t)c->nRow++ * nCol];
  memset(r, 0, sizeof(PolicyCell) * nCol);
  return r;
}

static void policyCellText(PolicyCursor *c, PolicyCell *pCell, const char *z, int n) {
  if (!z) return;
  if (n < 0) n = (int)strlen(z);
  pCell->z = sqlite3_malloc64((sqlite3_uint64)n + 1);
  if (!pCell->z) {
    c->bOom = 1;
    return;
  }
  memcpy(pCell->z, z, (size_t)n);
  pCell->z[n] = 0;
  pCell->n = n;
  pCell->eType = SQLITE_TEXT;
}

static void policyCellInt(PolicyCell *pCell, sqlite3_int64 i) {
  pCell->eType = SQLITE_INTEGER;
  pCell->i = i;
}

static void policyCellValue(PolicyCursor *c, PolicyCell *pCell, const PolicyValue *v) {
  switch (v->eType) {
    case POLICY_INTEGER:
      policyCellInt(pCell, v->i);
      break;
    case POLICY_REAL:
      pCell->eType = SQLITE_FLOAT;
      pCell->r = v->r;
      break;
    case POLICY_TEXT:
    case POLICY_JSON:
      policyCellText(c, pCell, v->z, v->n);
      break;
  }
}

static void policyCursorClear(PolicyCursor *c) {
  for (int i = 0; i < c->nRow * c->pDef->nCol; i++) sqlite3_free(c->aCell[i].z);
  sqlite3_free(c->aCell);
  c->aCell = 0;
  c->nRow = c->nAlloc = c->iRow = 0;
  c->bOom = 0;
  for (int i = 0; i < 4; i++) {
    sqlite3_value_free(c->apArg[i]);
    c->apArg[i] = 0;
  }
}

/* City argument of a table-valued function: index, -2 for NULL, -1 after *pzErr. */
static int policyTabCity(sqlite3_value *v, const char *zFunc, char **pzErr) {
  if (!v || sqlite3_value_type(v) == SQLITE_NULL) return -2;
  if (sqlite3_value_type(v) == SQLITE_BLOB) {
    *pzErr = sqlite3_mprintf("%s(): city: expected text, got a BLOB", zFunc);
    return -1;
  }
  const char *z = (const char *)sqlite3_value_text(v);
  int i = z ? policy_city_find(z, sqlite3_value_bytes(v)) : -1;
  if (i < 0) {
    *pzErr = sqlite3_mprintf(
        "%s(): city: unknown city '%.40s' (a GB/T 2260 code such as 370300, "
        "or a name such as 淄博)",
        zFunc, z ? z : "");
  }
  return i;
}

/* as_of argument: 1 with z filled, 0 for NULL/absent, -1 after *pzErr. */
static int policyTabAsOf(sqlite3_value *v, const char *zFunc, char *z, char **pzErr) {
  RsDate d;
  if (!v || sqlite3_value_type(v) == SQLITE_NULL) return 0;
  /* The type first: sqlite3_value_text would turn a BLOB into text. */
  if (sqlite3_value_type(v) == SQLITE_BLOB) {
    *pzErr = sqlite3_mprintf("%s(): as_of: expected a date YYYY-MM-DD or YYYYMMDD, got a BLOB",
                             zFunc);
    return -1;
  }
  const char *zIn = (const char *)sqlite3_value_text(v);
  if (!zIn || !rs_date_parse(zIn, sqlite3_value_bytes(v), &d)) {
    *pzErr = sqlite3_mprintf("%s(): as_of: expected a date YYYY-MM-DD or YYYYMMDD, got '%.40s'",
                             zFunc, zIn ? zIn : "");
    return -1;
  }
  rs_date_format(d, z);
  return 1;
}

/* SELECT * FROM policy_explain(city, rule, as_of [, facts]) */
#define EXPLAIN_STEP 0
#define EXPLAIN_RULE 1
#define EXPLAIN_REF 2
#define EXPLAIN_DETAIL 3
static int policyExplainFill(PolicyCursor *c, PolicyConn *p, sqlite3_value **a, char **pzErr) {
  char zAsOf[11];
  const char *zFunc = c->pDef->zName;
  int iCity = policyTabCity(a[0], zFunc, pzErr);
  if (iCity == -1) return SQLITE_ERROR;
  if (a[1] && sqlite3_value_type(a[1]) == SQLITE_BLOB) {
    *pzErr = sqlite3_mprintf("%s(): %s: expected text, got a BLOB", zFunc, c->pDef->azArg[1]);
    return SQLITE_ERROR;
  }
  int r = policyTabAsOf(a[2], zFunc, zAsOf, pzErr);
  if (r < 0) return SQLITE_ERROR;
  const char *zName = a[1] ? (const char *)sqlite3_value_text(a[1]) : 0;
  if (iCity == -2 || r == 0 || !zName) return SQLITE_OK; /* a NULL argument: no rows */
  const char *zFacts = 0;
  int nFacts = 0;
  if (a[3] && sqlite3_value_type(a[3]) != SQLITE_NULL) {
    if (sqlite3_value_type(a[3]) != SQLITE_TEXT) {
      *pzErr = sqlite3_mprintf("%s(): facts: expected a JSON object as text", zFunc);
      return SQLITE_ERROR;
    }
    zFacts = (const char *)sqlite3_value_text(a[3]);
    nFacts = sqlite3_value_bytes(a[3]);
  }
  char *zRule = sqlite3_mprintf("%s%s", c->pDef->zPrefix, zName);
  if (!zRule) return SQLITE_NOMEM;
  PolicyValue v;
  PolicyStep *aStep = 0;
  int nStep = 0;
  int rc = policy_eval(p->pHost, iCity, zRule, zAsOf, zFacts, nFacts, &v, &aStep, &nStep);
  sqlite3_free(zRule);
  if (rc != POLICY_OK) {
    *pzErr = sqlite3_mprintf("%s(): %s", zFunc, policy_host_errmsg(p->pHost));
    return rc == POLICY_NOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
  }
  for (int i = 0; i < nStep && !c->bOom; i++) {
    PolicyCell *row = policyCursorRow(c);
    if (!row) break;
    policyCellInt(&row[EXPLAIN_STEP], i + 1);
    policyCellText(c, &row[EXPLAIN_RULE], aStep[i].zRule, -1);
    policyCellText(c, &row[EXPLAIN_REF], aStep[i].zRef, -1);
    policyCellText(c, &row[EXPLAIN_DETAIL], aStep[i].zDetail, -1);
  }
  policy_steps_free(aStep, nStep);
  policy_value_clear(&v);
  return c->bOom ? SQLITE_NOMEM : SQLITE_OK;
}

/* A catalogue of the host (SELECT * FROM subsidy_kinds [WHERE city = ...]): the world answers the
** name pDef->zPrefix with an array of flat objects, one row each, column i from key azCol[i] (text
** or NULL). Without a city the baseline's; a NULL city gives no rows. */
static int policyCatalogueFill(PolicyCursor *c, PolicyConn *p, sqlite3_value **a, char **pzErr) {
  const char *zFunc = c->pDef->zName;
  int iCity = a[0] ? policyTabCity(a[0], zFunc, pzErr) : POLICY_PROVINCE;
  if (iCity == -1) return SQLITE_ERROR;
  if (iCity == -2) return SQLITE_OK;
  PolicyValue v;
  /* The date is not read: a catalogue lists every version. */
  int rc = policy_eval(p->pHost, iCity, c->pDef->zPrefix, "2000-01-01", 0, 0, &v, 0, 0);
  if (rc != POLICY_OK) {
    *pzErr = sqlite3_mprintf("%s: %s", zFunc, policy_host_errmsg(p->pHost));
    return rc == POLICY_NOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
  }
  json_t *j = v.eType == POLICY_JSON ? json_loadb(v.z, (size_t)v.n, 0, 0) : 0;
  policy_value_clear(&v);
  if (!j) return SQLITE_NOMEM; /* the host wrote this JSON: only memory can fail */
  size_t i;
  json_t *o;
  json_array_foreach(j, i, o) {
    PolicyCell *row = policyCursorRow(c);
    if (!row) break;
    for (int k = 0; k < c->pDef->nCol; k++) {
      json_t *x = json_object_get(o, c->pDef->azCol[k]);
      if (json_is_string(x))
        policyCellText(c, &row[k], json_string_value(x), (int)json_string_length(x));
    }
    if (c->bOom) break;
  }
  json_decref(j);
  return c->bOom ? SQLITE_NOMEM : SQLITE_OK;
}

/* SELECT * FROM policy_parameters(city [, as_of]) */
#define PARAMS_NAME 0
#define PARAMS_VALUE 1
#define PARAMS_UNIT 2
#define PARAMS_FROM 3
#define PARAMS_REF 4
#define PARAMS_NOTE 5
#define PARAMS_ORIGIN 6
#define PARAMS_CITY_SETS 7
#define PARAMS_STATUS 8
#define PARAMS_DESCRIPTION 9
static int policyParamsFill(PolicyCursor *c, PolicyConn *p, sqlite3_value **a, char **pzErr) {
  char zAsOf[11];
  int iCity = policyTabCity(a[0], "policy_parameters", pzErr);
  if (iCity == -1) return SQLITE_ERROR;
  int r = policyTabAsOf(a[1], "policy_parameters", zAsOf, pzErr);
  if (r < 0) return SQLITE_ERROR;
  if (iCity == -2 || (a[1] && r == 0)) return SQLITE_OK;
  PolicyParamRow *aRow = 0;
  int nRow = 0;
  int rc = policy_params(p->pHost, iCity, r > 0 ? zAsOf : 0, &aRow, &nRow);
  if (rc != POLICY_OK) {
    *pzErr = sqlite3_mprintf("policy_parameters(): %s", policy_host_errmsg(p->pHost));
    return rc == POLICY_NOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
  }
  for (int i = 0; i < nRow && !c->bOom; i++) {
    PolicyParamRow *s = &aRow[i];
    PolicyCell *row = policyCursorRow(c);
    if (!row) break;
    policyCellText(c, &row[PARAMS_NAME], s->zName, -1);
    policyCellValue(c, &row[PARAMS_VALUE], &s->value);
    policyCellText(c, &row[PARAMS_UNIT], s->zUnit, -1);
    policyCellText(c, &row[PARAMS_FROM], s->zFrom, -1);
    policyCellText(c, &row[PARAMS_REF], s->zRef, -1);
    policyCellText(c, &row[PARAMS_NOTE], s->zNote, -1);
    policyCellText(c, &row[PARAMS_ORIGIN], s->zOrigin, -1);
    policyCellInt(&row[PARAMS_CITY_SETS], s->bCitySets);
    policyCellText(c, &row[PARAMS_STATUS], s->zStatus, -1);
    policyCellText(c, &row[PARAMS_DESCRIPTION], s->zDescription, -1);
  }
  policy_params_free(aRow, nRow);
  return c->bOom ? SQLITE_NOMEM : SQLITE_OK;
}

/* SELECT * FROM policy_rules(city [, as_of]) */
#define RULES_NAME 0
#define RULES_FROM 1
#define RULES_REF 2
#define RULES_SCRIPT 3
#define RULES_STATUS 4
static int policyRulesFill(PolicyCursor *c, PolicyConn *p, sqlite3_value **a, char **pzErr) {
  char zAsOf[11];
  int iCity = policyTabCity(a[0], "policy_rules", pzErr);
  if (iCity == -1) return SQLITE_ERROR;
  int r = policyTabAsOf(a[1], "policy_rules", zAsOf, pzErr);
  if (r < 0) return SQLITE_ERROR;
  if (iCity == -2 || (a[1] && r == 0)) return SQLITE_OK;
  PolicyParamRow *aRow = 0;
  int nRow = 0;
  int rc = policy_rules(p->pHost, iCity, r > 0 ? zAsOf : 0, &aRow, &nRow);
  if (rc != POLICY_OK) {
    *pzErr = sqlite3_mprintf("policy_rules(): %s", policy_host_errmsg(p->pHost));
    return rc == POLICY_NOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
  }
  for (int i = 0; i < nRow && !c->bOom; i++) {
    PolicyParamRow *s = &aRow[i];
    PolicyCell *row = policyCursorRow(c);
    if (!row) break;
    policyCellText(c, &row[RULES_NAME], s->zName, -1);
    policyCellText(c, &row[RULES_FROM], s->zFrom, -1);
    policyCellText(c, &row[RULES_REF], s->zRef, -1);
    policyCellText(c, &row[RULES_SCRIPT], s->zOrigin, -1);
    policyCellText(c, &row[RULES_STATUS], s->zStatus, -1);
  }
  policy_params_free(aRow, nRow);
  return c->bOom ? SQLITE_NOMEM : SQLITE_OK;
}

/* SELECT * FROM policy_scripts */
#define SCRIPTS_NAME 0
#define SCRIPTS_CITY 1
#define SCRIPTS_CODE 2
#define SCRIPTS_ORIGIN 3
#define SCRIPTS_VERSION 4
#define SCRIPTS_INSTALLED_BY 5
#define SCRIPTS_INSTALLED_AT 6
#define SCRIPTS_LINES 7
#define SCRIPTS_SOURCE 8

static int policyLines(const char *z, int n) {
  int k = 0;
  for (int i = 0; i < n; i++) k += z[i] == '\n';
  return k + (n > 0 && z[n - 1] != '\n');
}

static void policyScriptRow(PolicyCursor *c, const char *zName, const char *zOrigin,
                            sqlite3_stmt *pInst, const char *zSrc, int nSrc) {
  PolicyCell *row = policyCursorRow(c);
  if (!row) return;
  int i = policy_city_find(zName, (int)strlen(zName));
  policyCellText(c, &row[SCRIPTS_NAME], zName, -1);
  if (i >= 0 && i != POLICY_PROVINCE) {
    policyCellText(c, &row[SCRIPTS_CITY], aPolicyCity[i].zName, -1);
    policyCellText(c, &row[SCRIPTS_CODE], aPolicyCity[i].zCode, -1);
  }
  policyCellText(c, &row[SCRIPTS_ORIGIN], zOrigin, -1);
  if (pInst) {
    policyCellInt(&row[SCRIPTS_VERSION], sqlite3_column_int64(pInst, 2));
    policyCellText(c, &row[SCRIPTS_INSTALLED_BY], (const char *)sqlite3_column_text(pInst, 3), -1);
    policyCellText(c, &row[SCRIPTS_INSTALLED_AT], (const char *)sqlite3_column_text(pInst, 4), -1);
  }
  policyCellInt(&row[SCRIPTS_LINES], policyLines(zSrc, nSrc));
  policyCellText(c, &row[SCRIPTS_SOURCE], zSrc, nSrc);
}

static int policyScriptsFill(PolicyCursor *c, PolicyConn *p, sqlite3_value **a, char **pzErr) {
  sqlite3_stmt *pStmt = 0;
  sqlite3_int64 iGen;
  int rc = policy_conn_generation(p->db, &iGen);
  (void)a;
  if (rc != SQLITE_OK) goto scripts_error;
  if (iGen > 0) {
    rc = sqlite3_prepare_v2(p->db,
                            "SELECT name, source, history_id, installed_by, installed_at"
                            " FROM main.renshe_policy WHERE name=?1",
                            -1, &pStmt, 0);
    if (rc != SQLITE_OK) goto scripts_error;
  }
  /* Built-in names first (installed replacements in their place), then installed-only parts. */
  for (int i = 0; i < nPolicyBuiltin && !c->bOom; i++) {
    const PolicyBuiltin *b = &aPolicyBuiltin[i];
    if (!strncmp(b->zName, "host/", 5)) continue;
    if (pStmt) {
      sqlite3_reset(pStmt);
      sqlite3_bind_text(pStmt, 1, b->zName, -1, SQLITE_STATIC);
      if (sqlite3_step(pStmt) == SQLITE_ROW) {
        policyScriptRow(c, b->zName, "installed", pStmt,
                        (const char *)sqlite3_column_text(pStmt, 1),
                        sqlite3_column_bytes(pStmt, 1));
        continue;
      }
    }
    policyScriptRow(c, b->zName, "built-in", 0, b->zSource, b->nSource);
  }
  sqlite3_finalize(pStmt);
  pStmt = 0;
  if (iGen > 0) {
    rc = sqlite3_prepare_v2(p->db,
                            "SELECT name, source, history_id, installed_by, installed_at"
                            " FROM main.renshe_policy ORDER BY name",
                            -1, &pStmt, 0);
    if (rc != SQLITE_OK) goto scripts_error;
    while (sqlite3_step(pStmt) == SQLITE_ROW && !c->bOom) {
      const char *zName = (const char *)sqlite3_column_text(pStmt, 0);
      if (!zName || policy_builtin(zName)) continue;
      policyScriptRow(c, zName, "installed", pStmt, (const char *)sqlite3_column_text(pStmt, 1),
                      sqlite3_column_bytes(pStmt, 1));
    }
    sqlite3_finalize(pStmt);
  }
  return c->bOom ? SQLITE_NOMEM : SQLITE_OK;
scripts_error:
  *pzErr = sqlite3_mprintf("policy_scripts: %s", sqlite3_errmsg(p->db));
  sqlite3_finalize(pStmt);
  return rc;
}

/* Adding a rule family (ext/policy_conn.h, ext/policy_lua.h): a face file with the family's
** scalars over policy_eval_args / policy_eval_value (ext/subsidy_sql.c is the worked example:
** subsidy_amount_fen and subsidy_amount over rules "subsidy.<kind>"), registered from renshe.c,
** and here one row in aPolicyTab[] like subsidy_amount's: its name, the prefix and the hidden
** argument columns named after the SQL arguments. Nothing else: the rules are Lua. */
static const char *const azExplainArg[] = {"city", "rule", "as_of", "facts"};
static const char *const azParamsArg[] = {"city", "as_of"};
static const char *const azSubsidyArg[] = {"city", "kind", "as_of", "facts"};
static const char *const azKindsArg[] = {"city"};
static const char *const azKindsCol[] = {"kind",      "name_zh", "family", "facts",
                                         "from_date", "to_date", "ref"};

static const PolicyTabDef aPolicyTab[] = {
    {"policy_explain",
     "CREATE TABLE x(step INTEGER, rule TEXT, ref TEXT, detail TEXT,"
     " city HIDDEN, rule_name HIDDEN, as_of HIDDEN, facts HIDDEN)",
     4, 4, 3, azExplainArg, "", policyExplainFill, 0},
    {"policy_parameters",
     "CREATE TABLE x(name TEXT, value, unit TEXT, from_date TEXT, ref TEXT, note TEXT,"
     " origin TEXT, city_sets INTEGER, status TEXT, description TEXT, city HIDDEN, as_of HIDDEN)",
     10, 2, 1, azParamsArg, 0, policyParamsFill, 0},
    {"policy_rules",
     "CREATE TABLE x(name TEXT, from_date TEXT, ref TEXT, script TEXT, status TEXT,"
     " city HIDDEN, as_of HIDDEN)",
     5, 2, 1, azParamsArg, 0, policyRulesFill, 0},
    {"policy_scripts",
     "CREATE TABLE x(name TEXT, city TEXT, code TEXT, origin TEXT, version INTEGER,"
     " installed_by TEXT, installed_at TEXT, lines INTEGER, source TEXT)",
     9, 0, 0, 0, 0, policyScriptsFill, 0},
    /* The subsidy face (ext/subsidy_sql.c has its scalars; docs/subsidies.md). */
    {"subsidy_amount",
     "CREATE TABLE x(step INTEGER, rule TEXT, ref TEXT, detail TEXT,"
     " city HIDDEN, kind HIDDEN, as_of HIDDEN, facts HIDDEN)",
     4, 4, 3, azSubsidyArg, "subsidy.", policyExplainFill, 0},
    {"subsidy_kinds",
     "CREATE TABLE x(kind TEXT, name_zh TEXT, family TEXT, facts TEXT, from_date TEXT,"
     " to_date TEXT, ref TEXT, city HIDDEN)",
     7, 1, 0, azKindsArg, "subsidy_kinds", policyCatalogueFill, azKindsCol},
};

static int policyTabConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                            sqlite3_vtab **ppVtab, char **pzErr) {
  const PolicyTabDef *pDef = 0;
  (void)argc;
  (void)pzErr;
  for (size_t i = 0; i < sizeof(aPolicyTab) / sizeof(aPolicyTab[0]); i++) {
    if (!strcmp(argv[0], aPolicyTab[i].zName)) pDef = &aPolicyTab[i];
  }
  if (!pDef) return SQLITE_ERROR;
  int rc = sqlite3_declare_vtab(db, pDef->zSchema);
  if (rc != SQLITE_OK) return rc;
  PolicyTab *pTab = sqlite3_malloc64(sizeof(PolicyTab));
  if (!pTab) return SQLITE_NOMEM;
  memset(pTab, 0, sizeof(*pTab));
  pTab->pConn = (PolicyConn *)pAux;
  pTab->pDef = pDef;
  /* Bounded like policy_eval (see the header): usable from views and triggers. */
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *ppVtab = &pTab->base;
  return SQLITE_OK;
}

static int policyTabDisconnect(sqlite3_vtab *pVtab) {
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

/* Arguments are the pDef->nArg hidden columns after the visible ones; the first nRequired must be
** given (else xFilter names the one missing). See rs_sql.h. */
static int policyTabBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  const PolicyTabDef *pDef = ((PolicyTab *)pVtab)->pDef;
  return rs_vtab_best_index_args(pInfo, pDef->nCol, pDef->nArg, pDef->nRequired, 1000.0, 50);
}

static int policyTabOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur) {
  PolicyCursor *c = sqlite3_malloc64(sizeof(PolicyCursor));
  if (!c) return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  c->pDef = ((PolicyTab *)pVtab)->pDef;
  *ppCur = &c->base;
  return SQLITE_OK;
}

static int policyTabClose(sqlite3_vtab_cursor *pCur) {
  policyCursorClear((PolicyCursor *)pCur);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

/* xFilter: idxNum is the argument bitmask of policyTabBestIndex. */
static int policyTabFilter(sqlite3_vtab_cursor *pCur, int idxNum, const char *idxStr, int argc,
                           sqlite3_value **argv) {
  PolicyCursor *c = (PolicyCursor *)pCur;
  PolicyTab *pTab = (PolicyTab *)pCur->pVtab;
  sqlite3_value *a[4] = {0, 0, 0, 0};
  char *zErr = 0;
  int k = 0;
  (void)idxStr;
  policyCursorClear(c);
  for (int j = 0; j < c->pDef->nArg && k < argc; j++) {
    if (!(idxNum & (1 << j))) continue;
    a[j] = c->apArg[j] = sqlite3_value_dup(argv[k++]);
    if (!a[j]) return SQLITE_NOMEM;
  }
  for (int j = 0; j < c->pDef->nRequired; j++) {
    if (idxNum & (1 << j)) continue;
    sqlite3_free(pTab->base.zErrMsg);
    pTab->base.zErrMsg =
        sqlite3_mprintf("%s(): missing argument '%s'", c->pDef->zName, c->pDef->azArg[j]);
    return SQLITE_ERROR;
  }
  int rc = policy_conn_refresh(pTab->pConn, &zErr);
  if (rc == SQLITE_OK) rc = c->pDef->xFill(c, pTab->pConn, a, &zErr);
  if (rc != SQLITE_OK) {
    sqlite3_free(pTab->base.zErrMsg);
    pTab->base.zErrMsg = zErr;
    return rc;
  }
  return SQLITE_OK;
}

static int policyTabNext(sqlite3_vtab_cursor *pCur) {
  ((PolicyCursor *)pCur)->iRow++;
  return SQLITE_OK;
}

static int policyTabEof(sqlite3_vtab_cursor *pCur) {
  PolicyCursor *c = (PolicyCursor *)pCur;
  return c->iRow >= c->nRow;
}

static int policyTabColumn(sqlite3_vtab_cursor *pCur, sqlite3_context *ctx, int i) {
  PolicyCursor *c = (PolicyCursor *)pCur;
  if (i >= c->pDef->nCol) {
    if (c->apArg[i - c->pDef->nCol]) sqlite3_result_value(ctx, c->apArg[i - c->pDef->nCol]);
    return SQLITE_OK;
  }
  PolicyCell *pCell = &c->aCell[(size_t)c->iRow * c->pDef->nCol + i];
  switch (pCell->eType) {
    case SQLITE_INTEGER:
      sqlite3_result_int64(ctx, pCell->i);
      break;
    case SQLITE_FLOAT:
      sqlite3_result_double(ctx, pCell->r);
      break;
    case SQLITE_TEXT:
      sqlite3_result_text(ctx, pCell->z, pCell->n, SQLITE_TRANSIENT);
      break;
  }
  return SQLITE_OK;
}

static int policyTabRowid(sqlite3_vtab_cursor *pCur, sqlite_int64 *pRowid) {
  *pRowid = ((PolicyCursor *)pCur)->iRow + 1;
  return SQLITE_OK;
}

static const sqlite3_module policyTabModule = {
    0,                   /* iVersion */
    0,                   /* xCreate: eponymous only */
    policyTabConnect,    /* xConnect */
    policyTabBestIndex,  /* xBestIndex */
    policyTabDisconnect, /* xDisconnect */
    0,                   /* xDestroy */
    policyTabOpen,       /* xOpen */
    policyTabClose,      /* xClose */
    policyTabFilter,     /* xFilter */
    policyTabNext,       /* xNext */
    policyTabEof,        /* xEof */
    policyTabColumn,     /* xColumn */
    policyTabRowid,      /* xRowid */
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
};

/* }====== */

static const RsFunc aPolicyFunc[] = {
    {"policy_eval", 3, POLICY_EVAL_FLAGS, policyEvalFunc},   /* (city, rule, as_of) */
    {"policy_eval", 4, POLICY_EVAL_FLAGS, policyEvalFunc},   /* (city, rule, as_of, facts) */
    {"policy_param", 3, POLICY_EVAL_FLAGS, policyParamFunc}, /* (city, name, as_of) */
    {"policy_install", 2, RS_ADMIN, policyInstallFunc},      /* (name, source) */
    {"policy_install", 3, RS_ADMIN, policyInstallFunc},      /* (name, source, installed_by) */
    {"policy_rollback", 1, RS_ADMIN, policyRollbackFunc},    /* (name) */
};

int policy_sql_register(sqlite3 *db, PolicyConn *p) {
  int rc = SQLITE_OK;
  /* Every registration holds a reference; SQLite calls policy_conn_unref when the function or
  ** module is replaced, when the connection closes, and when registration fails. */
  for (size_t i = 0; rc == SQLITE_OK && i < sizeof(aPolicyFunc) / sizeof(aPolicyFunc[0]); i++) {
    rc = sqlite3_create_function_v2(db, aPolicyFunc[i].zName, aPolicyFunc[i].nArg,
                                    aPolicyFunc[i].flags, policy_conn_ref(p), aPolicyFunc[i].xFunc,
                                    0, 0, policy_conn_unref);
  }
  for (size_t i = 0; rc == SQLITE_OK && i < sizeof(aPolicyTab) / sizeof(aPolicyTab[0]); i++) {
    rc = sqlite3_create_module_v2(db, aPolicyTab[i].zName, &policyTabModule, policy_conn_ref(p),
                                  policy_conn_unref);
  }
  return rc;
}
