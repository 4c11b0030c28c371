/*
** subsidy_check.c: a subsidy kind's facts checked in C, in plain C over the Lua API (no SQLite).
**
** The kind wrapper in lua/host/prelude.lua checks every claim's facts against the kind's
** declaration; for a small kind that check was about a sixth of a claim. When every fact of a kind
** is required and of a simple type, the prelude gives the rule's versions a table `kfast` with the
** check (fact name -> 1 integer >= 0 (integer, fen, bp), 2 boolean, 3 date YYYY-MM-DD, or the
** enum's set of values), the number of facts and the window; the host's scalar short way (policyEvalFast in
** policy_lua.c) asks subsidy_kind_fast whether the facts pass and the date is in the kind's window,
** and only then calls the version's `kfast` (the rule's function, without the wrapper), and checks
** its result with subsidy_kind_result. Any failure (an unknown, missing or wrong fact, a date
** outside the window) takes the wrapper, whose Lua check raises the error it always raised, or
** whose window gives 0 with its row: this file never makes a message.
*/
#include <lauxlib.h>
#include <lua.h>
#include <string.h>

#include "rsdate.h"
#include "subsidy_check.h"

/* v (at index i) is the date fact's form the prelude accepts: "^%d%d%d%d%-%d%d%-%d%d$" and a real
** date (host.valid). */
static int subsidyDateOk(lua_State *L, int i) {
  size_t n;
  RsDate d;
  if (lua_type(L, i) != LUA_TSTRING) return 0;
  const char *z = lua_tolstring(L, i, &n);
  if (n != 10 || z[4] != '-' || z[7] != '-') return 0;
  for (int k = 0; k < 10; k++) {
    if (k != 4 && k != 7 && (z[k] < '0' || z[k] > '9')) return 0;
  }
  return rs_date_parse(z, (int)n, &d);
}

int subsidy_facts_ok(lua_State *L, int iSpec, int iFacts, lua_Integer nCount, long long *pnWork) {
  int top = lua_gettop(L);
  int bOk = 1;
  lua_Integer n = 0;
  iSpec = lua_absindex(L, iSpec);
  iFacts = lua_absindex(L, iFacts);
  lua_pushnil(L);
  while (bOk && lua_next(L, iFacts)) { /* ... key value */
    (*pnWork)++;
    n++;
    lua_pushvalue(L, -2); /* (a key that is not a string is in no check table) */
    int t = lua_rawget(L, iSpec); /* ... key value code */
    if (t == LUA_TNUMBER) {
      lua_Integer code = lua_tointeger(L, -1);
      if (code == 1)
        bOk = lua_isinteger(L, -2) && lua_tointeger(L, -2) >= 0;
      else if (code == 2)
        bOk = lua_type(L, -2) == LUA_TBOOLEAN;
      else if (code == 3)
        bOk = subsidyDateOk(L, -2);
      else
        bOk = 0;
    } else if (t == LUA_TTABLE) { /* an enum: its values are strings */
      if (lua_type(L, -2) == LUA_TSTRING) {
        lua_pushvalue(L, -2);                  /* ... key value set value */
        bOk = lua_rawget(L, -2) != LUA_TNIL; /* ... key value set found */
      } else {
        bOk = 0;
      }
    } else {
      bOk = 0;
    }
    lua_settop(L, top + 1); /* ... key */
  }
  lua_settop(L, top);
  return bOk && n == nCount;
}

/* The window's bound kfast[i] (at iFast), a date or nil, against d: 1 when d is on its side. */
static int subsidyBoundOk(lua_State *L, int iFast, int i, const char *d, int bFrom) {
  size_t n;
  int bOk = 1;
  if (lua_rawgeti(L, iFast, i) == LUA_TSTRING) {
    const char *z = lua_tolstring(L, -1, &n);
    int cmp = n == 10 ? memcmp(d, z, 10) : (bFrom ? -1 : 1); /* not a date: the Lua way */
    bOk = bFrom ? cmp >= 0 : cmp <= 0;
  }
  lua_pop(L, 1);
  return bOk;
}

int subsidy_kind_fast(lua_State *L, int iVersion, int iFacts, const char *zAsOf,
                      long long *pnWork) {
  int top = lua_gettop(L);
  iVersion = lua_absindex(L, iVersion);
  iFacts = lua_absindex(L, iFacts);
  if (!lua_checkstack(L, 12)) return 0;
  /* kfast: { [1] = the check (name -> type), [2] = the number of facts, [3] = the window's date
  ** fact (nil: as_of), [4] = from, [5] = to, [6] = true once fn is chosen; fn, ref, rule, withk,
  ** bad } (prelude.lua, wrapkind): read by index, cheaper than by name. */
  if (lua_getfield(L, iVersion, "kfast") != LUA_TTABLE) {
    lua_settop(L, top);
    return 0;
  }
  int iFast = top + 1;
  if (lua_rawgeti(L, iFast, 1) != LUA_TTABLE || lua_rawgeti(L, iFast, 2) != LUA_TNUMBER ||
      !subsidy_facts_ok(L, top + 2, iFacts, lua_tointeger(L, top + 3), pnWork)) {
    lua_settop(L, top);
    return 0;
  }
  lua_settop(L, iFast);
  if (lua_rawgeti(L, iFast, 6) != LUA_TBOOLEAN) { /* the first claim: choose fn */
    lua_Debug ar;
    int bRaw = 0;
    lua_pop(L, 1);
    if (lua_getfield(L, iFast, "rule") == LUA_TFUNCTION) { /* ... kfast rule */
      lua_pushvalue(L, -1);
      bRaw = lua_getinfo(L, ">u", &ar) && ar.nparams < 3 && !ar.isvararg;
    }
    if (!bRaw) { /* the rule may read k */
      lua_pop(L, 1);
      lua_getfield(L, iFast, "withk");
    }
    lua_setfield(L, iFast, "fn"); /* ... kfast */
    lua_pushboolean(L, 1);
    lua_rawseti(L, iFast, 6);
  } else {
    lua_pop(L, 1);
  }
  /* The window: on as_of, or on a date fact (checked above: YYYY-MM-DD). */
  const char *d = zAsOf;
  if (lua_rawgeti(L, iFast, 3) == LUA_TSTRING) {
    lua_rawget(L, iFacts); /* ... kfast facts[wfact] */
    d = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : 0;
  }
  int bIn = d && strlen(d) == 10 && subsidyBoundOk(L, iFast, 4, d, 1) &&
            subsidyBoundOk(L, iFast, 5, d, 0);
  lua_settop(L, iFast); /* ... kfast */
  if (!bIn) {
    lua_settop(L, top);
    return 0;
  }
  return iFast;
}

void subsidy_kind_result(lua_State *L, int iFast) {
  if (lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 0) return;
  lua_getfield(L, iFast, "bad"); /* ... result bad */
  lua_insert(L, -2);             /* ... bad result */
  lua_call(L, 1, 0);             /* raises */
}
