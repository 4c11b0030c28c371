/*
** tests/fuzz/fuzz_idcard.c: libFuzzer harness for the ID-number parser (ext/idcard.c, no SQLite).
**
** Usage: make build/fuzz/fuzz_idcard
**        build/fuzz/fuzz_idcard tests/fuzz/corpus/fuzz_idcard
**
** Input: byte 0 picks the as_of date (none, or a day between 1800 and 2100), byte 1 the sex
** (0 unchecked, 1, 2), byte 2 the size of the message buffer; the rest is the number, given to
** idcard_check() and idcard_normalize() in a heap block of exactly its size, so that a read past
** the end is an ASan report. Properties checked besides memory safety:
**   - the result is IDCARD_OK or an IDCARD_E_* code with a stable name;
**   - a valid number's zId18 is 18 characters and valid again (with the same as_of and sex), and
**     its check character is idcard_check_char() of its body;
**   - idcard_message() always NUL-terminates within the size given;
**   - idcard_normalize() never writes more than it returns, and never grows its input.
*/
#include "fuzz.h"
#include "idcard.h"

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  FuzzIn in = {aData, nData};
  unsigned bAsOf = fuzz_byte(&in), bSex = fuzz_byte(&in), bMsg = fuzz_byte(&in);
  RsDate asOf = rs_date_from_days(-62000L + (long)(bAsOf * 420L) + (long)bSex * 7);
  const RsDate *pAsOf = bAsOf == 0 ? 0 : &asOf;
  int sex = (int)(bSex % 3);
  if (in.n > 4096)
    return 0;

  char *z = malloc(in.n ? in.n : 1);
  memcpy(z, in.a, in.n);
  int n = (int)in.n;

  IdcardInfo info;
  int rc = idcard_check(z, n, pAsOf, sex, &info);
  FUZZ_ASSERT(rc >= IDCARD_OK && rc < IDCARD_N_ERROR);
  FUZZ_ASSERT(idcard_error_name(rc) != 0);
  FUZZ_ASSERT((rc == IDCARD_OK) == (idcard_error_name(rc)[0] == 0));
  if (rc == IDCARD_OK) {
    FUZZ_ASSERT(strlen(info.zId18) == 18);
    FUZZ_ASSERT(idcard_kind_name(info.kind) != 0);
    IdcardInfo again;
    FUZZ_ASSERT(idcard_check(info.zId18, 18, pAsOf, sex, &again) == IDCARD_OK);
    FUZZ_ASSERT(!strcmp(again.zId18, info.zId18));
    if (info.kind != IDCARD_KIND_FOREIGN_PR) {
      FUZZ_ASSERT(idcard_check_char(info.zId18) == info.zId18[17]);
    }
  }
  int nMsg = 1 + (int)(bMsg % 200) * 2;
  char *zMsg = malloc((size_t)nMsg);
  idcard_message(rc, &info, zMsg, nMsg);
  FUZZ_ASSERT(memchr(zMsg, 0, (size_t)nMsg) != 0);
  free(zMsg);

  int nOut = (int)(bMsg % 2 ? in.n : in.n / 2);
  char *zOut = malloc(nOut ? (size_t)nOut : 1);
  int nNorm = idcard_normalize(z, n, zOut, nOut);
  FUZZ_ASSERT(nNorm >= -1 && nNorm <= nOut);
  if (nOut == n)
    FUZZ_ASSERT(nNorm >= 0);
  if (nNorm > 0) {
    IdcardInfo info2;
    rc = idcard_check(zOut, nNorm, pAsOf, sex, &info2);
    FUZZ_ASSERT(rc >= IDCARD_OK && rc < IDCARD_N_ERROR);
  }
  free(zOut);
  free(z);
  return 0;
}
