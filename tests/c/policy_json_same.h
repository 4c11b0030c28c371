/*
** tests/c/policy_json_same.h: what tests/c/policy_json_test.c and tests/fuzz/fuzz_policy_json.c
** share: run both ways from facts text to Lua (ext/policy_json.c) and say whether they agree.
**
** pj_same(L, z, n) returns
**   PJ_DECLINED  the fast path declined (the jansson path then decides, as policy_eval does);
**   PJ_SAME      the fast path took the text, the jansson path made a value of it, and the two
**                values are equal down to the order pairs() visits each table's keys in (the
**                table layout), also after three keys are added to the top table; and the fast
**                path's value with the short strings kept (PolicyStrings, one set per Lua state,
**                shared by every call as a host's) is that value too;
**   PJ_DIFFERENT anything else: the fast path took a text jansson refuses, or made another value.
*/
#ifndef POLICY_JSON_SAME_H
#define POLICY_JSON_SAME_H

#include <lauxlib.h>
#include <lua.h>
#include <string.h>

#include "policy_json.h"

enum { PJ_DECLINED = 0, PJ_SAME = 1, PJ_DIFFERENT = 2 };

typedef struct PjArgs {
  PolicyJsonPlan *pPlan;
  json_t *pTree;
  const char *z;
  size_t n;
} PjArgs;

static int pjPushFast(lua_State *L) {
  PjArgs *a = (PjArgs *)lua_touserdata(L, 1);
  policy_json_push(L, a->pPlan, a->z, a->n);
  return 1;
}

static int pjPushTree(lua_State *L) {
  PjArgs *a = (PjArgs *)lua_touserdata(L, 1);
  policy_json_push_tree(L, a->pTree, 0);
  return 1;
}

/* 1 when the values at indexes a and b (absolute) are equal, tables key by key in the same
** pairs() order. */
static int pjEqual(lua_State *L, int a, int b, int depth) {
  int t = lua_type(L, a);
  if (t != lua_type(L, b) || depth > 100) return 0;
  switch (t) {
    case LUA_TNUMBER: {
      if (lua_isinteger(L, a) != lua_isinteger(L, b)) return 0;
      if (lua_isinteger(L, a)) return lua_tointeger(L, a) == lua_tointeger(L, b);
      double x = lua_tonumber(L, a), y = lua_tonumber(L, b);
      return memcmp(&x, &y, sizeof x) == 0;
    }
    case LUA_TSTRING:
    case LUA_TBOOLEAN:
      return lua_rawequal(L, a, b);
    case LUA_TTABLE: {
      int ok = 1;
      lua_checkstack(L, 6);
      lua_pushnil(L); /* key of a */
      lua_pushnil(L); /* key of b */
      for (;;) {
        int top = lua_gettop(L); /* ... ka kb */
        lua_pushvalue(L, top - 1);
        int ma = lua_next(L, a); /* ... ka kb ka' va' */
        lua_pushvalue(L, top);
        int mb = lua_next(L, b); /* ... ka kb [ka' va'] [kb' vb'] */
        if (ma != mb) {
          ok = 0;
          lua_settop(L, top - 2);
          break;
        }
        if (!ma) {
          lua_settop(L, top - 2);
          break;
        }
        int top2 = lua_gettop(L);
        if (!lua_rawequal(L, top2 - 3, top2 - 1) || !pjEqual(L, top2 - 2, top2, depth + 1)) {
          ok = 0;
          lua_settop(L, top - 2);
          break;
        }
        /* ka kb ka' va' kb' vb' -> ka' kb' */
        lua_pop(L, 1);
        lua_replace(L, top);     /* ka kb' ka' va' */
        lua_pop(L, 1);           /* ka kb' ka' */
        lua_replace(L, top - 1); /* ka' kb' */
      }
      return ok;
    }
    default:
      return 0;
  }
}

/* The short strings of the Lua state pjStringsL (a host keeps one set per state). */
static PolicyStrings pjStrings;
static lua_State *pjStringsL;

static int pj_same(lua_State *L, const char *z, size_t n) {
  PolicyJsonPlan plan;
  PjArgs args = {&plan, 0, z, n};
  json_error_t err;
  int top = lua_gettop(L), rc = PJ_DIFFERENT;
  if (!policy_json_plan(&plan, z, n)) return PJ_DECLINED;
  args.pTree = json_loadb(z, n, JSON_REJECT_DUPLICATES, &err);
  if (!args.pTree || !json_is_object(args.pTree)) goto done;
  lua_pushcfunction(L, pjPushTree);
  lua_pushlightuserdata(L, &args);
  if (lua_pcall(L, 1, 1, 0) != LUA_OK) goto done;
  lua_pushcfunction(L, pjPushFast);
  lua_pushlightuserdata(L, &args);
  if (lua_pcall(L, 1, 1, 0) != LUA_OK) goto done;
  if (!pjEqual(L, top + 1, top + 2, 0)) goto done;
  if (pjStringsL != L) {
    memset(&pjStrings, 0, sizeof pjStrings);
    pjStrings.iRef = LUA_NOREF;
    pjStringsL = L;
  }
  plan.pStrings = &pjStrings;
  lua_pushcfunction(L, pjPushFast);
  lua_pushlightuserdata(L, &args);
  if (lua_pcall(L, 1, 1, 0) != LUA_OK) goto done;
  if (!pjEqual(L, top + 1, top + 3, 0)) goto done;
  /* The same layout: keys added later land in the same places. */
  for (int k = 0; k < 3; k++) {
    static const char *azKey[] = {"zz_added_1", "a", "zz_added_3"};
    for (int t = 1; t <= 3; t++) {
      if (lua_getfield(L, top + t, azKey[k]) == LUA_TNIL) {
        lua_pushinteger(L, k);
        lua_setfield(L, top + t, azKey[k]);
      }
      lua_pop(L, 1);
    }
  }
  if (!pjEqual(L, top + 1, top + 2, 0) || !pjEqual(L, top + 1, top + 3, 0)) goto done;
  rc = PJ_SAME;
done:
  lua_settop(L, top);
  json_decref(args.pTree);
  policy_json_plan_free(&plan);
  return rc;
}

#endif
