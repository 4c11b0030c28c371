/*
** tests/fuzz/fuzz_sql_policy_install.c: libFuzzer harness for Lua source through policy_install()
** (ext/policy_sql.c, ext/policy_lua.c, lua/host/prelude.lua): the compile check, the sandbox and
** its bounds (one budget per call: instructions with C library work charged, CPU time, the state's
** memory, the result limit; SECURITY.md "Bounds of a call"), then evaluation under the installed
** script, the listings, and policy_rollback(). The seeds and fuzz_sql_policy_install.dict carry
** the patterns of issue 19: loops in xpcall message handlers, expensive library calls in loops,
** results of shared references.
**
** Usage: make build/fuzz/fuzz_sql_policy_install &&
**        build/fuzz/fuzz_sql_policy_install -timeout=20 tests/fuzz/corpus/fuzz_sql_policy_install
**
** Input: byte 0 picks the script name (a city key, or a part of the baseline: shandong/params,
** shandong/registration, shandong/status, a new part), byte 1 the rule evaluated afterwards, byte 2
** the as_of; the rest is the Lua source. Each input gets a fresh in-memory database (an install
** is stored in it), so that every crash reproduces from its input alone. A script that loops
** forever costs the instruction budget as built (20M, about 0.1 s; several times that under
** ASan): run with -timeout=20 or more. Errors are expected; crashes, leaks, sanitizer reports
** and timeouts (a bound that does not hold) are findings.
*/
#include "fuzz.h"

static const char *const azName[] = {"zibo",
                                     "jinan",
                                     "qingdao",
                                     "weihai",
                                     "heze",
                                     "shandong/params",
                                     "shandong/registration",
                                     "shandong/status",
                                     "shandong/fuzz",
                                     "linyi"};
static const char *const azCityOf[] = {"淄博", "济南", "青岛", "威海", "菏泽",
                                       "济南", "淄博", "青岛", "威海", "临沂"};
static const char *const azRule[] = {"registration.age_ok", "status.unemployment", "fuzz.rule",
                                     "status.event_types"};

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  FuzzIn in = {aData, nData};
  unsigned bName = fuzz_byte(&in), bRule = fuzz_byte(&in), bAsOf = fuzz_byte(&in);
  if (in.n > 60000)
    return 0;
  sqlite3 *db = fuzz_open_db();
  int iName = (int)(bName % (sizeof azName / sizeof azName[0]));
  char zAsOf[16];
  snprintf(zAsOf, sizeof zAsOf, "%04d-%02d-%02d", 2018 + (int)(bAsOf % 10),
           1 + (int)(bAsOf / 10) % 12, 1 + (int)(bAsOf * 7) % 28);
  const char *azArg[4] = {azName[iName], (const char *)in.a, "fuzz", 0};
  int anArg[4] = {-1, (int)in.n, -1, -1};
  fuzz_exec(db, "SELECT policy_install(?1, ?2, ?3)", 3, azArg, anArg);

  const char *azEval[4] = {azCityOf[iName], azRule[bRule % 4], zAsOf,
                           "{\"birth\":\"2000-02-29\",\"id\":\"370102199003071238\","
                           "\"registration\":{\"date\":\"2020-09-01\",\"place\":\"户籍地\"},"
                           "\"events\":[{\"date\":\"2020-10-15\",\"type\":\"employed\"}]}"};
  int anEval[4] = {-1, -1, -1, -1};
  fuzz_exec(db, "SELECT policy_eval(?1, ?2, ?3, ?4)", 4, azEval, anEval);
  if (bRule & 0x10)
    fuzz_exec(db, "SELECT * FROM policy_explain(?1, ?2, ?3, ?4)", 4, azEval, anEval);
  if (bRule & 0x20)
    fuzz_exec(db, "SELECT * FROM policy_parameters(?1, ?3)", 3, azEval, anEval);
  if (bRule & 0x40)
    fuzz_exec(db, "SELECT * FROM policy_rules(?1)", 1, azEval, anEval);
  if (bRule & 0x80)
    fuzz_exec(db, "SELECT name, lines FROM policy_scripts", 0, 0, 0);
  fuzz_exec(db, "SELECT policy_rollback(?1)", 1, azArg, anArg);
  fuzz_exec(db, "SELECT policy_eval(?1, ?2, ?3, ?4)", 4, azEval, anEval);
  sqlite3_close(db);
  return 0;
}
