/*
** tests/fuzz/fuzz_sql_policy_eval.c: libFuzzer harness for JSON facts through the policy engine:
** policy_eval() and policy_explain() (ext/policy_sql.c, ext/policy_lua.c: the one JSON-to-Lua
** converter, the rules of lua/shandong/ and lua/cities/), and policy_param().
**
** Usage: make build/fuzz/fuzz_sql_policy_eval
**        build/fuzz/fuzz_sql_policy_eval tests/fuzz/corpus/fuzz_sql_policy_eval
**
** Input: byte 0 picks the city, byte 1 the rule (or parameter), byte 2 the as_of (2017-2027 or
** malformed); the rest is the facts (JSON text, bound as it is; deep nesting, huge numbers,
** invalid UTF-8 and duplicate keys included). One connection is kept across inputs. Errors are
** expected; crashes, leaks and sanitizer reports are findings.
*/
#include "fuzz.h"

static sqlite3 *db;

static const char *const azCity[] = {"济南", "青岛", "淄博",   "枣庄", "东营", "烟台",  "潍坊",
                                     "济宁", "泰安", "威海",   "日照", "临沂", "德州",  "聊城",
                                     "滨州", "菏泽", "山东省", "3799", "3703", "weihai"};
static const char *const azRule[] = {"registration.age_ok", "status.unemployment",
                                     "status.duties",       "status.city_grounds",
                                     "status.event_types",  "registration.nope",
                                     "registration",        "",
                                     "register_min_age",    "refusal_count",
                                     "unreachable_months",  "job_referral_subsidy_per_person"};

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  if (!db)
    db = fuzz_open_db();
  FuzzIn in = {aData, nData};
  unsigned bCity = fuzz_byte(&in), bRule = fuzz_byte(&in), bAsOf = fuzz_byte(&in);
  if (in.n > 20000)
    return 0;
  char zAsOf[16];
  if (bAsOf == 255) {
    snprintf(zAsOf, sizeof zAsOf, "2020-02-30");
  } else {
    snprintf(zAsOf, sizeof zAsOf, "%04d-%02d-%02d", 2017 + (int)(bAsOf % 11),
             1 + (int)(bAsOf / 11) % 12, 1 + (int)(bAsOf * 7) % 28);
  }
  const char *azArg[4] = {azCity[bCity % (sizeof azCity / sizeof azCity[0])],
                          azRule[bRule % (sizeof azRule / sizeof azRule[0])], zAsOf,
                          (const char *)in.a};
  int anArg[4] = {-1, -1, -1, (int)in.n};
  if (bRule & 0x80) {
    azArg[1] = azRule[8 + bRule % 4];
    fuzz_exec(db, "SELECT policy_param(?1, ?2, ?3)", 3, azArg, anArg);
  } else {
    fuzz_exec(db, "SELECT policy_eval(?1, ?2, ?3, ?4)", 4, azArg, anArg);
    fuzz_exec(db, "SELECT * FROM policy_explain(?1, ?2, ?3, ?4)", 4, azArg, anArg);
  }
  return 0;
}
