/*
** tests/fuzz/fuzz_sql_record.c: libFuzzer harness for JSON records through the SQL face of the
** validator (ext/record_sql.c over jansson and ext/record.c): record_problems(), record_check()
** and record_export(), and renshe_code_name().
**
** Usage: make build/fuzz/fuzz_sql_record
**        build/fuzz/fuzz_sql_record tests/fuzz/corpus/fuzz_sql_record
**
** Input: byte 0 picks the kind (application, audit, exit, 失业登记退出信息, an unknown one) and the
** as_of (a date, NULL, malformed); the rest is the record (JSON text, bound as it is). One
** connection is kept across inputs. Errors are expected; crashes, leaks and sanitizer reports are
** findings.
*/
#include "fuzz.h"

static sqlite3 *db;

static const char *const azKind[] = {"application", "audit", "exit", "失业登记退出信息", "nope"};
static const char *const azAsOf[] = {"2026-11-24", "20200101", 0, "2026-02-30"};

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  if (!db)
    db = fuzz_open_db();
  FuzzIn in = {aData, nData};
  unsigned b = fuzz_byte(&in);
  if (in.n > 20000)
    return 0;
  const char *azArg[3] = {azKind[(b & 7) % 5], (const char *)in.a, azAsOf[(b >> 3) & 3]};
  int anArg[3] = {-1, (int)in.n, -1};
  fuzz_exec(db, "SELECT * FROM record_problems(?1, ?2, ?3)", 3, azArg, anArg);
  if (b & 0x20)
    fuzz_exec(db, "SELECT record_check(?1, ?2, ?3)", 3, azArg, anArg);
  if (b & 0x40)
    fuzz_exec(db, "SELECT record_export(?1, ?2, ?3)", 3, azArg, anArg);
  if (b & 0x80) {
    const char *azCode[2] = {(const char *)in.a, (const char *)in.a + in.n / 2};
    int anCode[2] = {(int)(in.n / 2), (int)(in.n - in.n / 2)};
    fuzz_exec(db, "SELECT renshe_code_name(?1, ?2)", 2, azCode, anCode);
  }
  return 0;
}
