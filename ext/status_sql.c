/*
** status_sql.c: unemployment_status, the SQL face of the "status" rule family
** (lua/shandong/status.lua): a registered person's status over time under the rules in force.
**
** Usage:
**   .load dist/renshe
**   SELECT unemployment_status('济南', '{"id":"370102199003071238",
**            "registration":{"date":"2020-09-01","place":"户籍地"},
**            "events":[{"date":"2020-10-15","type":"employed"}]}', '2020-11-01');    -- employed
**   SELECT date, status, code, detail FROM unemployment_status('济南', person, '2020-11-01');
**
** unemployment_status(city, person, as_of) -> 'unemployed' (registered and active), 'employed'
**     (closed into employment), 'exited' (closed for another reason) or 'not_registered'.
**     NULL city, person or as_of gives NULL.
** unemployment_status(city, person) -> the same as of today (China Standard Time).
** SELECT * FROM unemployment_status(city, person [, as_of]) -> one row per change of status, then
**     what is due at as_of: kind ('change', 'review', 'due', 'overdue', 'note'), date, status,
**     code (AJC00A 注销失业登记原因), code_name, event, rule, ref (document and clause), detail.
**     A NULL argument gives no rows.
**
** person is a JSON object: id (公民身份号码; or birth_date and sex), registration {date, place,
** reason}, events [{date, type, ...}]: docs/unemployment_status.md lists the event types. A
** malformed person, an unknown event type, an event before birth, a malformed date, an unknown city
** or an invalid ID number is an error naming the function and the field:
** "unemployment_status(): person.events[2].type: unknown event type 'hired' ...".
**
** Flags: evaluates Lua, bounded by the policy host (policy_lua.h), so SQLITE_INNOCUOUS; scripts
** can be replaced, so not deterministic (policy_sql.c says why).
*/
#include <string.h>

#include "policy_lua.h"
#include "policy_conn.h"
#include "rs_sql.h"
SQLITE_EXTENSION_INIT3

#define STATUS_RULE "status.unemployment"
#define STATUS_FLAGS (SQLITE_UTF8 | SQLITE_INNOCUOUS)

/* The arguments city and person checked: *piCity the city, or an SQLite code and *pzErr (an
** sqlite3_malloc'ed message). */
static int statusArgs(sqlite3_value *pCity, sqlite3_value *pPerson, const char *zFunc, int *piCity,
                      char **pzErr) {
  if (sqlite3_value_type(pCity) == SQLITE_BLOB) {
    *pzErr = sqlite3_mprintf("%s(): city: expected text, got a BLOB", zFunc);
    return SQLITE_ERROR;
  }
  const char *zCity = (const char *)sqlite3_value_text(pCity);
  int iCity = zCity ? policy_city_find(zCity, sqlite3_value_bytes(pCity)) : -1;
  if (iCity < 0) {
    *pzErr = sqlite3_mprintf("%s(): city: unknown city '%.40s' (a GB/T 2260 code such as 370100, "
                             "or a name such as 济南)", zFunc, zCity ? zCity : "");
    return SQLITE_ERROR;
  }
  if (sqlite3_value_type(pPerson) != SQLITE_TEXT) {
    *pzErr = sqlite3_mprintf("%s(): person: expected a JSON object as text", zFunc);
    return SQLITE_ERROR;
  }
  *piCity = iCity;
  return SQLITE_OK;
}

/* An engine failure as an SQLite code and *pzErr. */
static int statusEngineError(PolicyHost *pHost, int rc, const char *zFunc, char **pzErr) {
  /* The engine names its JSON argument "facts"; here the user's argument is "person". */
  const char *zMsg = policy_host_errmsg(pHost);
  int bFacts = strncmp(zMsg, "facts:", 6) == 0;
  *pzErr = sqlite3_mprintf("%s(): %s%s", zFunc, bFacts ? "person:" : "", zMsg + (bFacts ? 6 : 0));
  return rc == POLICY_NOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
}

/* Evaluate rule zRule ("status.unemployment_status", the status alone) into *pV. Returns an
** SQLite code; on error *pzErr is an sqlite3_malloc'ed message. */
static int statusEvalRule(PolicyHost *pHost, sqlite3_value *pCity, sqlite3_value *pPerson,
                          const char *zAsOf, const char *zFunc, const char *zRule, PolicyValue *pV,
                          char **pzErr) {
  int iCity;
  int rc = statusArgs(pCity, pPerson, zFunc, &iCity, pzErr);
  if (rc != SQLITE_OK) return rc;
  rc = policy_eval(pHost, iCity, zRule, zAsOf, (const char *)sqlite3_value_text(pPerson),
                   sqlite3_value_bytes(pPerson), pV, 0, 0);
  return rc == POLICY_OK ? SQLITE_OK : statusEngineError(pHost, rc, zFunc, pzErr);
}

/* unemployment_status(city, person [, as_of]) */
static void statusFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  RsDate asOf;
  char zAsOf[11];
  char *zErr = 0;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) return;
  if (argc == 3) {
    if (rs_arg_date(ctx, argv[2], "unemployment_status", "as_of", &asOf) <= 0) return;
  } else {
    asOf = rs_today();
  }
  rs_date_format(asOf, zAsOf);
  /* The installed scripts are re-read once per statement when as_of is constant (the usual
  ** query over a table: the city and person vary, the date does not), else on every row. */
  PolicyHost *pHost = policy_conn_host_ctx(ctx, sqlite3_user_data(ctx), "unemployment_status",
                                           argc == 3 ? 2 : -1);
  if (!pHost) return;
  PolicyValue v;
  int rc = statusEvalRule(pHost, argv[0], argv[1], zAsOf, "unemployment_status",
                          "status.unemployment_status", &v, &zErr);
  if (rc != SQLITE_OK) {
    if (rc == SQLITE_NOMEM) sqlite3_result_error_nomem(ctx);
    else sqlite3_result_error(ctx, zErr, -1);
    sqlite3_free(zErr);
    return;
  }
  if (v.eType == POLICY_TEXT) sqlite3_result_text(ctx, v.z, v.n, SQLITE_TRANSIENT);
  else sqlite3_result_error(ctx, "unemployment_status(): rule status.unemployment_status returned no status", -1);
  policy_value_clear(&v);
}

/* {====================================================================
** SELECT * FROM unemployment_status(city, person [, as_of]): the rows the rule returned.
*/

/* Visible columns are keys of the rule's row objects, in this order; then the arguments. */
static const char *const azStatusCol[] = {"kind", "date", "status", "code", "code_name",
                                          "event", "rule", "ref", "detail"};
#define STATUS_N_COL 9
#define STATUS_ARG_CITY 9
#define STATUS_ARG_PERSON 10
#define STATUS_ARG_AS_OF 11
static const char zStatusSchema[] =
    "CREATE TABLE x(kind, date, status, code, code_name, event, rule, ref, detail, "
    "city HIDDEN, person HIDDEN, as_of HIDDEN)";

typedef struct StatusTab {
  sqlite3_vtab base; /* Base class. Must be first */
  PolicyConn *pConn;
} StatusTab;

typedef struct StatusCursor {
  sqlite3_vtab_cursor base; /* Base class. Must be first */
  PolicyHost *pHost;        /* the host, its scripts read at the cursor's first filter */
  PolicyValue *aCell;       /* the rule's rows (result.rows), STATUS_N_COL cells each */
  int iRow, nRow;
} StatusCursor;

static int statusConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                         sqlite3_vtab **ppVtab, char **pzErr) {
  int rc = rs_vtab_connect(db, zStatusSchema, sizeof(StatusTab), ppVtab);
  if (rc == SQLITE_OK) ((StatusTab *)*ppVtab)->pConn = pAux;
  return rc;
}


static int statusOpen(sqlite3_vtab *p, sqlite3_vtab_cursor **ppCur) {
  return rs_vtab_open(sizeof(StatusCursor), ppCur);
}

static int statusClose(sqlite3_vtab_cursor *cur) {
  StatusCursor *pCur = (StatusCursor *)cur;
  policy_rows_free(pCur->aCell, pCur->nRow * STATUS_N_COL);
  sqlite3_free(cur);
  return SQLITE_OK;
}

/* Arguments city, person, as_of (hidden columns STATUS_ARG_*); city and person are required. */
static int statusBestIndex(sqlite3_vtab *tab, sqlite3_index_info *pIdx) {
  return rs_vtab_best_index_args(pIdx, STATUS_ARG_CITY, 3, 2, 10.0, 10);
}

static int statusFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc,
                        sqlite3_value **argv) {
  StatusCursor *pCur = (StatusCursor *)cur;
  StatusTab *pTab = (StatusTab *)cur->pVtab;
  sqlite3_value *apArg[3] = {0, 0, 0};
  char zAsOf[11];
  char *zErr = 0;
  RsDate asOf;
  int iArg = 0;
  for (int j = 0; j < 3; j++) {
    if (idxNum & (1 << j)) apArg[j] = argv[iArg++];
  }
  policy_rows_free(pCur->aCell, pCur->nRow * STATUS_N_COL);
  pCur->aCell = 0;
  pCur->iRow = pCur->nRow = 0;
  if (!apArg[0] || !apArg[1]) {
    sqlite3_free(pTab->base.zErrMsg);
    pTab->base.zErrMsg = sqlite3_mprintf("unemployment_status: missing argument '%s': SELECT * FROM "
                                         "unemployment_status(city, person [, as_of])",
                                         apArg[0] ? "person" : "city");
    return SQLITE_ERROR;
  }
  if (sqlite3_value_type(apArg[0]) == SQLITE_NULL || sqlite3_value_type(apArg[1]) == SQLITE_NULL ||
      (apArg[2] && sqlite3_value_type(apArg[2]) == SQLITE_NULL)) {
    return SQLITE_OK; /* a NULL argument: no rows */
  }
  if (apArg[2]) {
    /* The type first: sqlite3_value_text would turn a BLOB into text. */
    const char *z = sqlite3_value_type(apArg[2]) == SQLITE_BLOB
                        ? 0
                        : (const char *)sqlite3_value_text(apArg[2]);
    if (!z ||
        !rs_date_parse(z, sqlite3_value_bytes(apArg[2]), &asOf)) {
      sqlite3_free(pTab->base.zErrMsg);
      pTab->base.zErrMsg = z ? sqlite3_mprintf("unemployment_status(): as_of: expected a date "
                                               "YYYY-MM-DD or YYYYMMDD, got '%.40s'", z)
                             : sqlite3_mprintf("unemployment_status(): as_of: expected a date "
                                               "YYYY-MM-DD or YYYYMMDD, got a BLOB");
      return SQLITE_ERROR;
    }
  } else {
    asOf = rs_today();
  }
  rs_date_format(asOf, zAsOf);
  /* The installed scripts are re-read once per statement (a cursor lives for one run of it), as
  ** the scalar does for a constant as_of: a query over a register filters once per person. */
  PolicyHost *pHost = pCur->pHost;
  if (!pHost) pHost = pCur->pHost = policy_conn_host(pTab->pConn, "unemployment_status", &zErr);
  int iCity, bTable = 0;
  int rc = pHost ? statusArgs(apArg[0], apArg[1], "unemployment_status", &iCity, &zErr) : SQLITE_ERROR;
  if (rc == SQLITE_OK) {
    /* The rows straight from the result table (no JSON text in between). */
    rc = policy_eval_rows(pHost, iCity, STATUS_RULE, zAsOf, (const char *)sqlite3_value_text(apArg[1]),
                          sqlite3_value_bytes(apArg[1]), "rows", azStatusCol, STATUS_N_COL,
                          &pCur->aCell, &pCur->nRow, &bTable);
    rc = rc == POLICY_OK ? SQLITE_OK : statusEngineError(pHost, rc, "unemployment_status", &zErr);
  }
  if (rc == SQLITE_OK && !bTable) {
    zErr = sqlite3_mprintf("unemployment_status(): rule %s did not return a table", STATUS_RULE);
    rc = SQLITE_ERROR;
  }
  if (rc != SQLITE_OK) {
    policy_rows_free(pCur->aCell, pCur->nRow * STATUS_N_COL);
    pCur->aCell = 0;
    pCur->nRow = 0;
    sqlite3_free(pTab->base.zErrMsg);
    pTab->base.zErrMsg = zErr;
    return rc;
  }
  return SQLITE_OK;
}

static int statusNext(sqlite3_vtab_cursor *cur) {
  ((StatusCursor *)cur)->iRow++;
  return SQLITE_OK;
}

static int statusEof(sqlite3_vtab_cursor *cur) {
  StatusCursor *pCur = (StatusCursor *)cur;
  return pCur->iRow >= pCur->nRow;
}

static int statusRowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid) {
  *pRowid = (sqlite3_int64)((StatusCursor *)cur)->iRow + 1;
  return SQLITE_OK;
}

static int statusColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol) {
  StatusCursor *pCur = (StatusCursor *)cur;
  if (iCol >= STATUS_N_COL) return SQLITE_OK; /* hidden argument columns read back as NULL */
  const PolicyValue *v = &pCur->aCell[pCur->iRow * STATUS_N_COL + iCol];
  if (v->eType == POLICY_TEXT) {
    sqlite3_result_text(ctx, v->z, v->n, SQLITE_TRANSIENT);
  } else if (v->eType == POLICY_INTEGER) {
    sqlite3_result_int64(ctx, v->i);
  }
  return SQLITE_OK;
}

static sqlite3_module statusModule = {
    0,                /* iVersion */
    0,                /* xCreate: eponymous only */
    statusConnect,    /* xConnect */
    statusBestIndex,  /* xBestIndex */
    rs_vtab_disconnect, /* xDisconnect */
    0,                /* xDestroy */
    statusOpen,       /* xOpen */
    statusClose,      /* xClose */
    statusFilter,     /* xFilter */
    statusNext,       /* xNext */
    statusEof,        /* xEof */
    statusColumn,     /* xColumn */
    statusRowid,      /* xRowid */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
/* }==================================================================== */

int status_sql_register(sqlite3 *db, PolicyConn *pConn) {
  int rc = sqlite3_create_function_v2(db, "unemployment_status", 3, STATUS_FLAGS, policy_conn_ref(pConn),
                                      statusFunc, 0, 0, policy_conn_unref);
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function_v2(db, "unemployment_status", 2, STATUS_FLAGS, policy_conn_ref(pConn),
                                    statusFunc, 0, 0, policy_conn_unref);
  }
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_module_v2(db, "unemployment_status", &statusModule, policy_conn_ref(pConn),
                                  policy_conn_unref);
  }
  return rc;
}
