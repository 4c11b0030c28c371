/*
** tests/fuzz/fuzz_idcard_fast.c: libFuzzer harness holding idcard_check_fast() (check_idcard's
** per-row path, ext/idcard.c) to idcard_check() (no SQLite).
**
** Usage: make build/fuzz/fuzz_idcard_fast
**        build/fuzz/fuzz_idcard_fast tests/fuzz/corpus/fuzz_idcard_fast
**
** Input as fuzz_idcard's (its seeds are this harness's): byte 0 picks the as_of date (none, or a
** day between 1800 and 2100), byte 1 the sex (0 unchecked, 1, 2), byte 2 is unused; the rest is
** the number, in a heap block of exactly its size, so that a read past the end is an ASan report.
** Property: idcard_check_fast() returns -1 (left to idcard_check) or idcard_check()'s own code,
** and never leaves a plain 15-digit number.
*/
#include "fuzz.h"
#include "idcard.h"

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  FuzzIn in = {aData, nData};
  unsigned bAsOf = fuzz_byte(&in), bSex = fuzz_byte(&in);
  (void)fuzz_byte(&in);
  RsDate asOf = rs_date_from_days(-62000L + (long)(bAsOf * 420L) + (long)bSex * 7);
  const RsDate *pAsOf = bAsOf == 0 ? 0 : &asOf;
  int sex = (int)(bSex % 3);
  if (in.n > 64)
    return 0;

  char *z = malloc(in.n ? in.n : 1);
  memcpy(z, in.a, in.n);
  int n = (int)in.n;

  IdcardInfo info;
  int want = idcard_check(z, n, pAsOf, sex, &info);
  int got = idcard_check_fast(z, n, pAsOf, sex);
  if (got != -1 && got != want) {
    fprintf(stderr, "fuzz property failed: idcard_check_fast %d, idcard_check %d\n", got, want);
    abort();
  }
  int allDigits = n == 15;
  for (int i = 0; i < n && allDigits; i++) allDigits = z[i] >= '0' && z[i] <= '9';
  if (allDigits && got == -1) {
    fprintf(stderr, "fuzz property failed: a 15-digit number left to idcard_check\n");
    abort();
  }
  free(z);
  return 0;
}
