/*
** tests/c/policy_json_test.c: the facts' fast path from JSON text to Lua (ext/policy_json.c)
** against the jansson path it stands in for: each text the fast path takes gives the same Lua
** value, in the same table layout; each case it must leave to jansson (every error, and what it
** does not convert the same way) it declines.
*/
#include <lualib.h>
#include <stdlib.h>
#include <string.h>

#include "policy_json.h"
#include "policy_json_same.h"
#include "test.h"

static lua_State *L;

/* Taken by the fast path, with the jansson path's value. */
static void taken(const char *zName, const char *z) {
  CHECK_INT(zName, pj_same(L, z, strlen(z)), PJ_SAME);
}

/* Left to jansson. */
static void declined(const char *zName, const char *z, size_t n) {
  CHECK_INT(zName, pj_same(L, z, n ? n : strlen(z)), PJ_DECLINED);
}

/* Push the fast path's value of z (taken) and leave it on the stack. */
static int fastValue(const char *z) {
  static PolicyJsonPlan plan;
  static PjArgs args;
  if (!policy_json_plan(&plan, z, strlen(z))) return 0;
  args.pPlan = &plan;
  args.z = z;
  args.n = strlen(z);
  lua_pushcfunction(L, pjPushFast);
  lua_pushlightuserdata(L, &args);
  int rc = lua_pcall(L, 1, 1, 0);
  policy_json_plan_free(&plan);
  return rc == LUA_OK;
}

static char *nested(int nDepth) {
  /* {"a":[[ ... [1] ... ]]} with nDepth levels below the top object */
  char *z = malloc((size_t)nDepth * 2 + 16);
  size_t n = 0;
  n += (size_t)sprintf(z + n, "{\"a\":");
  for (int k = 1; k < nDepth; k++) z[n++] = '[';
  z[n++] = '1';
  for (int k = 1; k < nDepth; k++) z[n++] = ']';
  z[n++] = '}';
  z[n] = 0;
  return z;
}

int main(void) {
  L = luaL_newstate();
  luaL_openlibs(L);

  /* What the fast path takes. */
  taken("empty object", "{}");
  taken("spaces", " \t\r\n{ \"a\" : 1 , \"b\"\n:\t[ ] } \n");
  taken("a birth", "{\"birth\":\"1990-01-01\"}");
  taken("person",
        "{\"id\":\"370102196001010011\",\"registration\":{\"date\":\"2020-01-01\",\"place\":"
        "\"户籍地\",\"reason\":\"21\"},\"events\":[{\"date\":\"2020-01-04\",\"type\":"
        "\"contact_made\"},{\"date\":\"2020-02-01\",\"type\":\"service_refused\"}]}");
  taken("null member", "{\"a\":null,\"b\":1,\"c\":null}");
  taken("null elements keep the indexes", "{\"a\":[null,1,null,2,null]}");
  taken("only nulls", "{\"a\":[null,null],\"b\":null}");
  taken("booleans", "{\"t\":true,\"f\":false,\"l\":[true,false,null]}");
  taken("integers", "{\"a\":0,\"b\":-0,\"c\":123,\"d\":-45,\"e\":9223372036854775807,"
                    "\"f\":-9223372036854775808}");
  taken("reals", "{\"a\":1.5,\"b\":-0.0,\"c\":1e3,\"d\":1E-3,\"e\":2.5e+10,\"f\":0.1,"
                 "\"g\":1e-400,\"h\":1.7976931348623157e308,\"i\":123456789012345678901234.5}");
  taken("escapes", "{\"s\":\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\"}");
  taken("unicode escapes", "{\"s\":\"\\u0041\\u00e9\\u4e2d\\uFFFF\\ud83d\\ude00x\"}");
  taken("UTF-8", "{\"城市\":\"淄博\",\"e\":\"\xf0\x9f\x98\x80\",\"d\":\"\x7f\"}");
  taken("empty key and string", "{\"\":\"\"}");
  taken("long strings", "{\"k_longer_than_forty_bytes_xxxxxxxxxxxxxxxxxxxxxxx\":"
                        "\"a value longer than forty bytes, a long Lua string\"}");
  taken("nested", "{\"a\":{\"b\":{\"c\":[1,[2,[3,{\"d\":[]}]]]}}}");
  taken("same key in two objects", "{\"a\":{\"a\":1},\"b\":{\"a\":2}}");
  char *z = nested(64);
  taken("depth 64", z);
  free(z);
  /* Many members: the counts array grows past its inline room. */
  {
    char zBig[8000];
    size_t n = 0;
    n += (size_t)sprintf(zBig + n, "{\"a\":[");
    for (int k = 0; k < 300; k++) n += (size_t)sprintf(zBig + n, "%s{\"x\":%d}", k ? "," : "", k);
    n += (size_t)sprintf(zBig + n, "],\"b\":[");
    for (int k = 0; k < 300; k++) n += (size_t)sprintf(zBig + n, "%s[%d,null]", k ? "," : "", k);
    sprintf(zBig + n, "]}");
    taken("300 objects, 300 arrays", zBig);
  }
  {
    char zKeys[2000];
    size_t n = 0;
    zKeys[n++] = '{';
    for (int k = 0; k < POLICY_JSON_FAST_KEYS; k++)
      n += (size_t)sprintf(zKeys + n, "%s\"k%d\":%d", k ? "," : "", k, k);
    sprintf(zKeys + n, "}");
    taken("POLICY_JSON_FAST_KEYS keys", zKeys);
    sprintf(zKeys + n, ",\"last\":1}");
    declined("one key more: left to jansson", zKeys, 0);
  }
  {
    /* The top object's members as the plan records them (subsidy_check.c reads them), and the
    ** same value either side of POLICY_JSON_MEMBERS (the push reads the record, or the text). */
    static PolicyJsonPlan plan;
    static const int aType[] = {POLICY_JSON_INTEGER, POLICY_JSON_INTEGER, POLICY_JSON_REAL,
                                POLICY_JSON_STRING,  POLICY_JSON_STRING_ESC, POLICY_JSON_TRUE,
                                POLICY_JSON_FALSE,   POLICY_JSON_NULL,    POLICY_JSON_OBJECT,
                                POLICY_JSON_ARRAY};
    const char *zRec = " {\"i\":12, \"n\" : -3,\"r\":1.5,\"s\":\"ab\",\"e\":\"a\\n\",\"t\":true,"
                    "\"f\":false,\"z\":null,\"o\":{\"x\":1},\"a\":[1,2]} ";
    CHECK("members: taken", policy_json_plan(&plan, zRec, strlen(zRec)));
    CHECK_INT("members: count", plan.nMember, 10);
    for (int k = 0; k < 10 && k < plan.nMember; k++) {
      CHECK_INT("members: type", plan.aMember[k].eType, aType[k]);
      CHECK_INT("members: one-byte key", plan.aMember[k].nKey, 1);
    }
    CHECK("members: key n", !memcmp(zRec + plan.aMember[1].iKey, "n", 1));
    CHECK("members: value -3", plan.aMember[1].nVal == 2 && !memcmp(zRec + plan.aMember[1].iVal, "-3", 2));
    CHECK("members: string with quotes", plan.aMember[3].nVal == 4 &&
                                          !memcmp(zRec + plan.aMember[3].iVal, "\"ab\"", 4));
    CHECK("members: object text", plan.aMember[8].nVal == 7 &&
                                   !memcmp(zRec + plan.aMember[8].iVal, "{\"x\":1}", 7));
    CHECK("members: array text", plan.aMember[9].nVal == 5 &&
                                  !memcmp(zRec + plan.aMember[9].iVal, "[1,2]", 5));
    policy_json_plan_free(&plan);
    taken("members: the same value", zRec);
    char zKeys[2000];
    for (int nKey = POLICY_JSON_MEMBERS; nKey <= POLICY_JSON_MEMBERS + 1; nKey++) {
      size_t n = 0;
      zKeys[n++] = '{';
      for (int k = 0; k < nKey; k++)
        n += (size_t)sprintf(zKeys + n, "%s\"k%d\":%s", k ? "," : "", k,
                             k % 3 == 0 ? "null" : k % 3 == 1 ? "[1,{\"x\":null}]" : "\"v\"");
      sprintf(zKeys + n, "}");
      CHECK("members: plan", policy_json_plan(&plan, zKeys, strlen(zKeys)));
      CHECK_INT("members: recorded or not", plan.nMember,
                nKey <= POLICY_JSON_MEMBERS ? nKey : -1);
      policy_json_plan_free(&plan);
      taken(nKey <= POLICY_JSON_MEMBERS ? "members: all recorded" : "members: one more", zKeys);
    }
  }
  {
    /* An escaped string longer than the inline buffer. */
    char zLong[3000];
    size_t n = (size_t)sprintf(zLong, "{\"s\":\"");
    for (int k = 0; k < 400; k++) n += (size_t)sprintf(zLong + n, "ab\\n");
    sprintf(zLong + n, "\"}");
    taken("long escaped string", zLong);
  }

  /* The values themselves. */
  CHECK("value", fastValue("{\"a\":[null,7,null],\"b\":null,\"c\":1.0,\"s\":\"\\u00e9\"}"));
  lua_getfield(L, -1, "a");
  CHECK_INT("array length counts the trailing null out", lua_rawlen(L, -1), 2);
  lua_rawgeti(L, -1, 2);
  CHECK("element 2 an integer", lua_isinteger(L, -1) && lua_tointeger(L, -1) == 7);
  lua_pop(L, 2);
  CHECK_INT("null member absent", lua_getfield(L, -1, "b"), LUA_TNIL);
  lua_pop(L, 1);
  lua_getfield(L, -1, "c");
  CHECK("1.0 a float", lua_type(L, -1) == LUA_TNUMBER && !lua_isinteger(L, -1));
  lua_pop(L, 1);
  lua_getfield(L, -1, "s");
  CHECK_STR("\\u00e9", lua_tostring(L, -1), "\xc3\xa9");
  lua_pop(L, 2);

  /* What it leaves to jansson: every error ... */
  declined("empty text", "", 0);
  declined("only space", "  ", 0);
  declined("top level array", "[1]", 0);
  declined("top level string", "\"a\"", 0);
  declined("top level number", "1", 0);
  declined("trailing text", "{} x", 0);
  declined("two objects", "{}{}", 0);
  declined("unclosed", "{\"a\":1", 0);
  declined("unclosed string", "{\"a\":\"b}", 0);
  declined("trailing comma", "{\"a\":1,}", 0);
  declined("trailing comma in array", "{\"a\":[1,]}", 0);
  declined("missing colon", "{\"a\" 1}", 0);
  declined("unquoted key", "{a:1}", 0);
  declined("single quotes", "{'a':1}", 0);
  declined("bad word", "{\"a\":tru}", 0);
  declined("NaN", "{\"a\":NaN}", 0);
  declined("leading zero", "{\"a\":01}", 0);
  declined("leading plus", "{\"a\":+1}", 0);
  declined("bare minus", "{\"a\":-}", 0);
  declined("dot without digits", "{\"a\":1.}", 0);
  declined("leading dot", "{\"a\":.5}", 0);
  declined("exponent without digits", "{\"a\":1e+}", 0);
  declined("comment", "{/* */}", 0);
  declined("BOM", "\xef\xbb\xbf{}", 0);
  declined("NUL byte", "{\"a\":1}\0", 8);
  declined("NUL in a string", "{\"a\":\"x\0y\"}", 11);
  /* ... a duplicate key, even of a null value (JSON_REJECT_DUPLICATES) ... */
  declined("duplicate key", "{\"a\":1,\"a\":2}", 0);
  declined("duplicate of a null", "{\"a\":null,\"a\":2}", 0);
  declined("duplicate, nested", "{\"x\":{\"b\":1,\"c\":2,\"b\":null}}", 0);
  /* ... strings jansson refuses ... */
  declined("raw control character", "{\"a\":\"x\ty\"}", 0);
  declined("raw newline", "{\"a\":\"x\ny\"}", 0);
  declined("bad escape", "{\"a\":\"\\x\"}", 0);
  declined("short \\u", "{\"a\":\"\\u12\"}", 0);
  declined("\\u0000", "{\"a\":\"\\u0000\"}", 0);
  declined("lone high surrogate", "{\"a\":\"\\ud800\"}", 0);
  declined("high surrogate then text", "{\"a\":\"\\ud800x\"}", 0);
  declined("high then high", "{\"a\":\"\\ud800\\ud800\"}", 0);
  declined("lone low surrogate", "{\"a\":\"\\udc00\"}", 0);
  declined("invalid UTF-8", "{\"a\":\"\xff\"}", 0);
  declined("overlong UTF-8", "{\"a\":\"\xc0\xaf\"}", 0);
  declined("UTF-8 surrogate", "{\"a\":\"\xed\xa0\x80\"}", 0);
  declined("past U+10FFFF", "{\"a\":\"\xf4\x90\x80\x80\"}", 0);
  declined("truncated UTF-8", "{\"a\":\"\xe4\xb8\"}", 0);
  declined("UTF-8 outside a string", "{\"a\":1\xc3\xa9}", 0);
  /* ... numbers beyond range ... */
  declined("integer past int64", "{\"a\":9223372036854775808}", 0);
  declined("negative integer past int64", "{\"a\":-9223372036854775809}", 0);
  declined("20 digits", "{\"a\":10000000000000000000}", 0);
  declined("real overflow", "{\"a\":1e400}", 0);
  declined("negative real overflow", "{\"a\":-1.8e308}", 0);
  /* ... nesting deeper than 64 (today "facts: nested deeper than 64") ... */
  z = nested(65);
  declined("depth 65", z, 0);
  free(z);
  /* ... and what it does not convert itself, though jansson takes it. */
  declined("escaped key", "{\"\\u0061\":1}", 0);
  declined("real of 64 characters",
           "{\"a\":1.000000000000000000000000000000000000000000000000000000000000001}", 0);

  lua_close(L);
  return test_done("policy_json_test");
}
