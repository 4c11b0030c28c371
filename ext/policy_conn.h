/*
** policy_conn.h: a connection's policy state (policy_conn.c) and what every SQL face of the policy
** engine shares: the host with the database's scripts loaded, argument readers, the result setter
** and the body of a rule family's scalar. Faces (policy_sql.c, status_sql.c, ...) include this;
** renshe.c creates the state and passes it to each face's registration.
**
** Adding a rule family served as fam_fn(city, name, as_of [, facts]) over rules "fam.<name>": a
** face file whose scalar is
**   static void famFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
**     policy_eval_args(ctx, "fam_fn", "fam.", argc, argv);
**   }
** registered with policy_conn_ref(p) as user data and policy_conn_unref as destructor, and a
** registration function called from renshe.c. The rules themselves are Lua.
*/
#ifndef POLICY_CONN_H
#define POLICY_CONN_H

#include "policy_lua.h"
#include "sqlite3ext.h"

/* One per connection: its PolicyHost and the generation of installed scripts it holds. */
typedef struct PolicyConn {
  sqlite3 *db;
  PolicyHost *pHost;
  sqlite3_int64 iGen; /* generation whose scripts pHost holds; -1 before the first load */
  int nRef;           /* registrations holding this state (freed at 0) */
} PolicyConn;

/* A new state with one reference (the caller's, released with policy_conn_unref); NULL when out
** of memory. */
PolicyConn *policy_conn_new(sqlite3 *db);
/* A counted reference for one more registration; policy_conn_unref is its destructor. */
PolicyConn *policy_conn_ref(PolicyConn *p);
void policy_conn_unref(void *p);

/* The generation of the scripts in the database: max(renshe_policy_history.id), 0 without it. */
int policy_conn_generation(sqlite3 *db, sqlite3_int64 *piGen);
/* Bring the host's installed scripts up to date with the database; SQLite code, *pzErr on error. */
int policy_conn_refresh(PolicyConn *p, char **pzErr);
/* The same at most once per statement (auxdata on argument iArg when it is constant; -1: always).
** 0, or 1 after setting an error on ctx that names zFunc. */
int policy_conn_refresh_ctx(sqlite3_context *ctx, PolicyConn *p, const char *zFunc, int iArg);
/* The host with the database's current scripts loaded, refreshed as policy_conn_refresh_ctx;
** NULL after setting an error on ctx that names zFunc. */
PolicyHost *policy_conn_host_ctx(sqlite3_context *ctx, PolicyConn *p, const char *zFunc, int iArg);
/* The same for a virtual table's xFilter: NULL after *pzErr (sqlite3_malloc'ed) names zFunc. */
PolicyHost *policy_conn_host(PolicyConn *p, const char *zFunc, char **pzErr);

/* A copy of z[0..n) and a NUL, from sqlite3_malloc64 (a source may hold NUL bytes). */
char *policy_dup_n(const char *z, int n);

/* Argument readers. A city as its index: -2 for NULL, -1 after setting an error. */
int policy_arg_city(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc);
/* as_of "YYYY-MM-DD" into z[11]: 1, 0 for NULL, -1 after an error. */
int policy_arg_as_of(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc, char *z);
/* A text argument that must not be a BLOB; NULL for SQL NULL; sets *pbErr after an error. */
const char *policy_arg_text(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc,
                            const char *zArg, int *pbErr);
/* A rule's value as the SQL result (JSON text for a table). */
void policy_result_value(sqlite3_context *ctx, PolicyValue *v);

/* The scalar body of policy_eval and every rule family: rule zPrefix || argv[1] for city argv[0]
** as of argv[2] with facts argv[3] (argc 3 or 4); the user data is the PolicyConn. */
void policy_eval_args(sqlite3_context *ctx, const char *zFunc, const char *zPrefix, int argc,
                      sqlite3_value **argv);

/* The same, keeping the value: 1 with *pOut set (the caller clears it with policy_value_clear),
** or 0 when the result is already set on ctx (NULL for a NULL argument, or an error). zArg names
** argv[1] in errors ("rule", "kind"). */
int policy_eval_value(sqlite3_context *ctx, const char *zFunc, const char *zPrefix,
                      const char *zArg, int argc, sqlite3_value **argv, PolicyValue *pOut);

#endif /* POLICY_CONN_H */
