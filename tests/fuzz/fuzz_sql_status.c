/*
** tests/fuzz/fuzz_sql_status.c: libFuzzer harness for unemployment_status(city, person, as_of)
** (ext/status_sql.c, lua/shandong/status.lua): person histories as JSON, through SQL.
**
** Usage: make build/fuzz/fuzz_sql_status
**        build/fuzz/fuzz_sql_status tests/fuzz/corpus/fuzz_sql_status
**
** Input: byte 0 picks the city (one of the 16, the province, an unknown one), byte 1 the as_of
** (2018-2027, a malformed one, or NULL); the rest is the person (JSON text, bound as it is). Both
** the scalar and the table-valued form run, on one connection kept across inputs (as a desktop
** tool keeps one). Errors are expected; crashes, leaks and sanitizer reports are findings.
*/
#include "fuzz.h"

static sqlite3 *db;

static const char *const azCity[] = {"济南", "青岛", "淄博", "枣庄", "东营",   "烟台", "潍坊",
                                     "济宁", "泰安", "威海", "日照", "临沂",   "德州", "聊城",
                                     "滨州", "菏泽", "山东", "3799", "370300", "zibo"};

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  if (!db)
    db = fuzz_open_db();
  FuzzIn in = {aData, nData};
  unsigned bCity = fuzz_byte(&in), bAsOf = fuzz_byte(&in);
  if (in.n > 20000)
    return 0;
  char zAsOf[16];
  const char *azArg[3];
  int anArg[3];
  azArg[0] = azCity[bCity % (sizeof azCity / sizeof azCity[0])];
  anArg[0] = -1;
  azArg[1] = (const char *)in.a;
  anArg[1] = (int)in.n;
  if (bAsOf == 255) {
    azArg[2] = 0;
  } else if (bAsOf == 254) {
    azArg[2] = "2020-13-01";
  } else {
    snprintf(zAsOf, sizeof zAsOf, "%04d-%02d-%02d", 2018 + (int)(bAsOf % 10),
             1 + (int)(bAsOf / 10) % 12, 1 + (int)(bAsOf * 7) % 28);
    azArg[2] = zAsOf;
  }
  anArg[2] = -1;
  fuzz_exec(db, "SELECT unemployment_status(?1, ?2, ?3)", 3, azArg, anArg);
  fuzz_exec(db, "SELECT * FROM unemployment_status(?1, ?2, ?3)", 3, azArg, anArg);
  return 0;
}
