/*
** policy_sql.h: what policy_sql.c shares with the SQL faces of rule families that need their own
** columns (status_sql.c): the connection's policy state, refreshed from the database's scripts.
** A family whose result is one value needs none of this: it is a row of aPolicyFamily-style
** adapters in policy_sql.c (see policy_lua.h, "How a later issue adds a rule family").
*/
#ifndef POLICY_SQL_H
#define POLICY_SQL_H

#include "policy_lua.h"
#include "sqlite3ext.h"

/* One per connection: its PolicyHost and the generation of installed scripts it holds. */
typedef struct PolicyConn PolicyConn;

/* The host with the database's current scripts loaded (a change by any connection is seen),
** refreshed at most once per statement when argument iArg is constant; NULL after setting an
** error on ctx that names zFunc. */
PolicyHost *policy_conn_host_ctx(sqlite3_context *ctx, PolicyConn *p, const char *zFunc, int iArg);

/* The same for a virtual table's xFilter: NULL after *pzErr (sqlite3_malloc'ed) names zFunc. */
PolicyHost *policy_conn_host(PolicyConn *p, const char *zFunc, char **pzErr);

/* A counted reference for one more registration; policy_conn_unref is its destructor. */
PolicyConn *policy_conn_ref(PolicyConn *p);
void policy_conn_unref(void *p);

/* Families registered with the policy engine's connection state. */
int status_sql_register(sqlite3 *db, PolicyConn *p);

#endif /* POLICY_SQL_H */
