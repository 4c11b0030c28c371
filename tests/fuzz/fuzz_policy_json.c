/*
** tests/fuzz/fuzz_policy_json.c: libFuzzer harness for the facts' fast path from JSON text to Lua
** (ext/policy_json.c, no SQLite), against the jansson path it stands in for.
**
** Usage: make build/fuzz/fuzz_policy_json
**        build/fuzz/fuzz_policy_json tests/fuzz/corpus/fuzz_policy_json
**
** Input: the whole input is the facts text (copied into a heap block of exactly its size). The
** property (tests/c/policy_json_same.h): the fast path either declines the text, or the jansson
** path takes it too and both make equal Lua values, table by table in the same pairs() order,
** also after keys are added (the same table layout).
*/
#include <lauxlib.h>
#include <lualib.h>

#include "../c/policy_json_same.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  static lua_State *L;
  if (!L) {
    L = luaL_newstate();
    FUZZ_ASSERT(L != 0);
  }
  char *z = malloc(nData ? nData : 1);
  memcpy(z, aData, nData);
  int rc = pj_same(L, z, nData);
  if (getenv("FUZZ_VERBOSE")) fprintf(stderr, "%s\n", rc == PJ_SAME ? "same" : rc == PJ_DECLINED ? "declined" : "DIFFERENT");
  FUZZ_ASSERT(rc != PJ_DIFFERENT);
  FUZZ_ASSERT(lua_gettop(L) == 0);
  free(z);
  lua_gc(L, LUA_GCSTEP, 0);
  return 0;
}
