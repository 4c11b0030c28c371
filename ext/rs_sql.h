/*
** rs_sql.h: what every SQL adapter of renshe shares: flags, the function table, argument readers
** and error helpers. Only the *_sql.c files and renshe.c include this (and so sqlite3ext.h).
**
** Conventions (README.md "Loading the extension"): malformed *data* is an answer (0, NULL, or a row saying what is
** wrong); *misuse* (a wrong argument type, a malformed as_of, an unknown option) raises an error
** that names the function and the argument: "check_idcard(): as_of: expected a date ...".
*/
#ifndef RS_SQL_H
#define RS_SQL_H

#include <stddef.h>

#include "sqlite3ext.h"
#include "rsdate.h"

/* Pure: same arguments, same answer, no side effects: usable in indexes, CHECK constraints,
** generated columns and views of untrusted schemas. */
#define RS_PURE (SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS)
/* Reads the clock (an as_of argument left out), so not deterministic, but harmless. */
#define RS_CLOCK (SQLITE_UTF8 | SQLITE_INNOCUOUS)
/* Writes, or reads files: never callable from a schema (view, trigger, CHECK) of a database file. */
#define RS_ADMIN (SQLITE_UTF8 | SQLITE_DIRECTONLY)

typedef struct RsFunc {
  const char *zName;
  int nArg;  /* -1: any number */
  int flags; /* RS_PURE, RS_CLOCK or RS_ADMIN */
  void (*xFunc)(sqlite3_context *, int, sqlite3_value **);
} RsFunc;

/* Register n functions of a[], stopping at the first failure. pApp is each function's user data. */
int rs_register_functions(sqlite3 *db, const RsFunc *a, int n, void *pApp);

/* Read argv as a date (YYYY-MM-DD or YYYYMMDD). Returns 1 and fills *p; 0 when the value is NULL;
** -1 after setting an error "zFunc(): zArg: expected a date YYYY-MM-DD or YYYYMMDD, got '...'". */
int rs_arg_date(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc, const char *zArg,
                RsDate *p);

/* The one BLOB rule of every function (README "Errors"): a BLOB where text, a number or a date
** is required is misuse, never data. rs_arg_blob returns 1 after setting the error
** "zFunc(): zArg: expected text, got a BLOB" when v is a BLOB, else 0; rs_blob_errmsg returns that
** message (sqlite3_mprintf; the caller frees it; 0 when v is no BLOB, or out of memory with *pNoMem
** set) for the xFilter of a table-valued form. Only base64_encode(data) and policy_install(source)
** take bytes. Test the type before any sqlite3_value_text: that call turns a BLOB into text. */
int rs_arg_blob(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc, const char *zArg);
char *rs_blob_errmsg(sqlite3_value *v, const char *zFunc, const char *zArg, int *pNoMem);

/*
** xBestIndex of an eponymous table-valued function whose arguments are the hidden columns
** iFirstArg .. iFirstArg + nArg - 1 (at most 8). Equality constraints on them reach xFilter as
** argv in column order, and idxNum has bit j set when argument j is given. An argument whose
** constraint is not usable makes the plan impossible (SQLITE_CONSTRAINT), so SQLite orders a join
** to supply it: left to SQLite, it would compare the hidden column (NULL) and drop every row.
** Without the first nRequired arguments the plan is costed out, and xFilter names the missing
** one. rCost and nRows describe a complete plan; nRows 1 also marks it unique.
*/
int rs_vtab_best_index_args(sqlite3_index_info *pIdx, int iFirstArg, int nArg, int nRequired,
                            double rCost, sqlite3_int64 nRows);

/* The bodies every read-only eponymous table shares. rs_vtab_connect declares zSchema, allocates
** a zeroed table object of nByte (a struct starting with sqlite3_vtab) and marks the table
** SQLITE_VTAB_INNOCUOUS; rs_vtab_open allocates a zeroed cursor of nByte; rs_vtab_disconnect and
** rs_vtab_close free a table or cursor that owns nothing else. */
int rs_vtab_connect(sqlite3 *db, const char *zSchema, size_t nByte, sqlite3_vtab **ppVtab);
int rs_vtab_open(size_t nByte, sqlite3_vtab_cursor **ppCursor);
int rs_vtab_disconnect(sqlite3_vtab *pVtab);
int rs_vtab_close(sqlite3_vtab_cursor *pCursor);

/* The body of a text-cleaning function zFunc(text): NULL gives NULL, a BLOB is an error, and
** otherwise the result is xNormalize(z, n, zOut, nOut), whose output is never longer than its
** input (idcard_normalize, serial_normalize). */
void rs_result_normalized(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc,
                          int (*xNormalize)(const char *, int, char *, int));

/* Today in China Standard Time (UTC+8), from SQLite's clock (the default VFS). */
RsDate rs_today(void);

/* sqlite3_result_error with printf formatting (SQLite's %q/%Q/%w are available). */
void rs_result_errorf(sqlite3_context *ctx, const char *zFmt, ...);

/* Each module's registration, called in order by sqlite3_renshe_init. */
int idcard_sql_register(sqlite3 *db);
int serial_sql_register(sqlite3 *db);
int calendar_sql_register(sqlite3 *db);
int record_sql_register(sqlite3 *db);
int csvtab_sql_register(sqlite3 *db);
int b64_sql_register(sqlite3 *db);
int json_sql_register(sqlite3 *db);

/* The policy engine's faces share one connection state (policy_conn.h), created by renshe.c. */
struct PolicyConn;
int policy_sql_register(sqlite3 *db, struct PolicyConn *p);
int status_sql_register(sqlite3 *db, struct PolicyConn *p);
int subsidy_sql_register(sqlite3 *db, struct PolicyConn *p);
int stats_sql_register(sqlite3 *db, struct PolicyConn *p);

#endif /* RS_SQL_H */
