/*
** subsidy_check.h: a subsidy kind's facts checked in C (subsidy_check.c): plain C over the Lua API.
*/
#ifndef SUBSIDY_CHECK_H
#define SUBSIDY_CHECK_H

#include <lua.h>

/* 1 when the facts table at iFacts (the host's: a plain table) holds exactly nCount keys, each a
** string the table at iSpec maps to its type (1 integer >= 0, 2 boolean, 3 date YYYY-MM-DD, a
** table: the enum's values as keys) with a value of that type; else 0 (the Lua check then runs
** and raises its error). The stack is left as it was; *pnWork grows by one per fact looked at. */
int subsidy_facts_ok(lua_State *L, int iSpec, int iFacts, lua_Integer nCount, long long *pnWork);

#endif /* SUBSIDY_CHECK_H */
