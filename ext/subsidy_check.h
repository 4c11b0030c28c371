/*
** subsidy_check.h: a subsidy kind's facts checked in C (subsidy_check.c): plain C over the Lua API.
*/
#ifndef SUBSIDY_CHECK_H
#define SUBSIDY_CHECK_H

#include <lua.h>

#include "policy_json.h"

/* 1 when the facts table at iFacts (the host's: a plain table) holds exactly nCount keys, each a
** string the table at iSpec maps to its type (1 integer >= 0, 2 boolean, 3 date YYYY-MM-DD, a
** table: the enum's values as keys) with a value of that type; else 0 (the Lua check then runs
** and raises its error). The stack is left as it was; *pnWork grows by one per fact looked at. */
int subsidy_facts_ok(lua_State *L, int iSpec, int iFacts, lua_Integer nCount, long long *pnWork);

/* The short way of a subsidy kind's version v (at iVersion; its field kfast)
** for the facts at iFacts on zAsOf (YYYY-MM-DD): when the facts pass subsidy_facts_ok (asked of
** the plan of their text zText when pPlan is not 0, policy_json.h, else of the table) and the
** date is inside the kind's window, pushes the table kfast { fn, ref, ... } (call it as the
** version) and returns its index; else 0 with the stack as it was (the version's own wrapper then
** checks, raises or gives the window's 0). */
int subsidy_kind_fast(lua_State *L, int iVersion, int iFacts, const PolicyJsonPlan *pPlan,
                      const char *zText, const char *zAsOf, long long *pnWork);

/* After kfast.fn ran: its result on top must be an integer >= 0, else kfast.bad(result) raises the
** kind wrapper's error (the result stays on the stack when it passes). */
void subsidy_kind_result(lua_State *L, int iFast);

#endif /* SUBSIDY_CHECK_H */
