/*
** tests/c/fuzz_regressions_test.c: what the libFuzzer harnesses of tests/fuzz/ found, as plain
** unit tests (no SQLite, no clang needed), so that `make test` holds every fix under gcc too.
** Each case has a dated comment naming the harness and issue 9. The crashing inputs themselves
** are kept in tests/fuzz/corpus/<harness>/regress_* and rerun by tests/run.sh's fuzz mode.
*/
#include <stdlib.h>

#include "csvread.h"
#include "test.h"

/* Read z with the reader's defaults (header or not is the caller's business) and return the first
** record's field i, or 0 if there is none. */
static const CsvField *firstField(const char *z, int i, CsvReader **pp, int *pnField) {
  CsvReadOpts o = {0};
  char zErr[200];
  CsvRecord r;
  o.zData = z;
  o.nData = strlen(z);
  o.zEncoding = "utf8";
  *pnField = -1;
  if (csvread_open(&o, pp, zErr, sizeof zErr) != CSVREAD_OK)
    return 0;
  if (csvread_next(*pp, &r) != CSVREAD_ROW)
    return 0;
  *pnField = r.nField;
  return i < r.nField ? &r.aField[i] : 0;
}

int main(void) {
  CsvReader *p = 0;
  int nField;
  const CsvField *f;

  /* 2026-11-24, fuzz_csvread, issue 9: a record whose fields are all empty (",") was returned
  ** with field pointers computed as NULL + 0 (undefined behaviour; UBSan: "applying zero offset
  ** to null pointer", ext/csvread.c csvreadFinish). Every field must point somewhere. */
  f = firstField(",\n", 1, &p, &nField);
  CHECK_INT("empty fields: two of them", nField, 2);
  CHECK("empty fields: field 2 has a pointer", f && f->z != 0 && f->n == 0);
  csvread_close(p);
  f = firstField(",,\"\"\n1,2,3\n", 0, &p, &nField);
  CHECK_INT("empty fields, quoted: three of them", nField, 3);
  CHECK("empty fields, quoted: field 1 has a pointer", f && f->z != 0 && f->n == 0);
  csvread_close(p);

  return test_done("fuzz_regressions_test");
}
