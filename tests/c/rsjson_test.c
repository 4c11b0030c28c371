/*
** tests/c/rsjson_test.c: unit tests of ext/rsjson.c (parse, RFC 7396 merge patch, compact
** output, UTF-8 check), without SQLite. The merge-patch cases are RFC 7396 appendix A.
*/
#include <stdlib.h>

#include "rsjson.h"
#include "test.h"

static char zOut[512];

/* Parse z: "ok:<compact JSON>", "malformed:<message>" or "nomem". */
static const char *parse(const char *z) {
  json_t *p;
  char zErr[160];
  int rc = rsjson_parse(z, strlen(z), &p, zErr, sizeof zErr);
  if (rc == RSJSON_E_MALFORMED) {
    snprintf(zOut, sizeof zOut, "malformed:%s", zErr);
    return zOut;
  }
  if (rc != RSJSON_OK) return "nomem";
  size_t n = rsjson_dump(p, zOut + 3, sizeof zOut - 4);
  json_decref(p);
  memcpy(zOut, "ok:", 3);
  zOut[3 + (n < sizeof zOut - 4 ? n : 0)] = 0;
  return zOut;
}

/* MergePatch(target, patch) as compact JSON. */
static const char *patch(const char *zTarget, const char *zPatch) {
  json_t *pT, *pP;
  if (rsjson_parse(zTarget, strlen(zTarget), &pT, 0, 0) != RSJSON_OK) return "bad target";
  if (rsjson_parse(zPatch, strlen(zPatch), &pP, 0, 0) != RSJSON_OK) return "bad patch";
  json_t *pOut = rsjson_merge_patch(pT, pP);
  size_t n = pOut ? rsjson_dump(pOut, zOut, sizeof zOut - 1) : 0;
  /* neither argument changed */
  char zT[256];
  size_t nT = rsjson_dump(pT, zT, sizeof zT - 1);
  zT[nT] = 0;
  CHECK_STR("target unchanged", zT, zTarget);
  json_decref(pT);
  json_decref(pP);
  json_decref(pOut);
  zOut[n] = 0;
  return zOut;
}

int main(void) {
  /* parse and dump */
  CHECK_STR("object", parse(" { \"a\" : [ 1 , 2.5 , null ] } "), "ok:{\"a\":[1,2.5,null]}");
  CHECK_STR("scalar at the top", parse("\"s\""), "ok:\"s\"");
  CHECK_STR("key order kept", parse("{\"z\":1,\"a\":2}"), "ok:{\"z\":1,\"a\":2}");
  CHECK_STR("duplicate key: the last wins", parse("{\"a\":1,\"a\":2}"), "ok:{\"a\":2}");
  CHECK_STR("unquoted key", parse("{a:1}"), "malformed:line 1, column 2: string or '}' expected near 'a'");
  CHECK_STR("two values", parse("{} {}"), "malformed:line 1, column 4: end of file expected near '{'");
  CHECK_STR("empty", parse(""), "malformed:line 1, column 0: unexpected token near end of file");
  CHECK_STR("integer past 64 bits", parse("99999999999999999999"),
            "malformed:line 1, column 20: too big integer near '99999999999999999999'");
  CHECK_STR("NUL escape", parse("\"\\u0000\""), "malformed:line 1, column 8: \\u0000 is not allowed without JSON_ALLOW_NUL near '\"\\u0000\"'");
  json_t *pZero = json_integer(0);
  CHECK_INT("size only", rsjson_dump(pZero, 0, 0), 1);
  json_decref(pZero);

  /* RFC 7396 appendix A */
  CHECK_STR("A1", patch("{\"a\":\"b\"}", "{\"a\":\"c\"}"), "{\"a\":\"c\"}");
  CHECK_STR("A2", patch("{\"a\":\"b\"}", "{\"b\":\"c\"}"), "{\"a\":\"b\",\"b\":\"c\"}");
  CHECK_STR("A3", patch("{\"a\":\"b\"}", "{\"a\":null}"), "{}");
  CHECK_STR("A4", patch("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}"), "{\"b\":\"c\"}");
  CHECK_STR("A5", patch("{\"a\":[\"b\"]}", "{\"a\":\"c\"}"), "{\"a\":\"c\"}");
  CHECK_STR("A6", patch("{\"a\":\"c\"}", "{\"a\":[\"b\"]}"), "{\"a\":[\"b\"]}");
  CHECK_STR("A7", patch("{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}"), "{\"a\":{\"b\":\"d\"}}");
  CHECK_STR("A8", patch("{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[1]}"), "{\"a\":[1]}");
  CHECK_STR("A9", patch("[\"a\",\"b\"]", "[\"c\",\"d\"]"), "[\"c\",\"d\"]");
  CHECK_STR("A10", patch("{\"a\":\"b\"}", "[\"c\"]"), "[\"c\"]");
  CHECK_STR("A11", patch("{\"a\":\"foo\"}", "null"), "null");
  CHECK_STR("A12", patch("{\"a\":\"foo\"}", "\"bar\""), "\"bar\"");
  CHECK_STR("A13", patch("{\"e\":null}", "{\"a\":1}"), "{\"e\":null,\"a\":1}");
  CHECK_STR("A14", patch("[1,2]", "{\"a\":\"b\",\"c\":null}"), "{\"a\":\"b\"}");
  CHECK_STR("A15", patch("{}", "{\"a\":{\"bb\":{\"ccc\":null}}}"), "{\"a\":{\"bb\":{}}}");
  json_t *pNull = rsjson_merge_patch(0, json_null());
  CHECK("NULL target", json_is_null(pNull));
  json_decref(pNull);

  /* UTF-8 */
  CHECK_INT("ascii", rsjson_utf8_valid("abc", 3), 1);
  CHECK_INT("中文", rsjson_utf8_valid("人社", 6), 1);
  CHECK_INT("4-byte", rsjson_utf8_valid("\xF0\x9F\x98\x80", 4), 1);
  CHECK_INT("lone continuation", rsjson_utf8_valid("\x80", 1), 0);
  CHECK_INT("overlong /", rsjson_utf8_valid("\xC0\xAF", 2), 0);
  CHECK_INT("overlong 3-byte", rsjson_utf8_valid("\xE0\x80\xAF", 3), 0);
  CHECK_INT("surrogate", rsjson_utf8_valid("\xED\xA0\x80", 3), 0);
  CHECK_INT("past U+10FFFF", rsjson_utf8_valid("\xF4\x90\x80\x80", 4), 0);
  CHECK_INT("truncated", rsjson_utf8_valid("\xE4\xBA", 2), 0);
  CHECK_INT("0xFF", rsjson_utf8_valid("\xFF", 1), 0);
  CHECK_INT("empty", rsjson_utf8_valid("", 0), 1);
  return test_done(__FILE__);
}
