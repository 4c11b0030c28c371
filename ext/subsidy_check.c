/*
** subsidy_check.c: a subsidy kind's facts checked in C, in plain C over the Lua API (no SQLite).
**
** The kind wrapper in lua/host/prelude.lua checks every claim's facts against the kind's
** declaration; for a small kind that check was about a sixth of a claim. When every fact of a kind
** is required and of a simple type, the prelude gives the rule's versions a table `kcheck` (fact
** name -> 1 integer >= 0 (integer, fen, bp), 2 boolean, 3 date YYYY-MM-DD, or the enum's set of
** values) and `kcount` (the number of facts); the host's scalar short way (policyEvalFast in
** policy_lua.c) asks subsidy_facts_ok whether the facts pass, and only then calls the version's
** `kfast`, the wrapper without the check. Any failure (an unknown, missing or wrong fact) takes the
** Lua check, which raises the error it always raised: this file never makes a message.
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
    if (lua_type(L, -2) != LUA_TSTRING) {
      bOk = 0;
      break;
    }
    lua_pushvalue(L, -2);
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
