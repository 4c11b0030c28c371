/*
** tests/fuzz/fuzz_record.c: libFuzzer harness for the national-record validator, its pure part
** (ext/record.c, no SQLite): record_field_index, record_normalize, record_normalize_int and
** record_validate over every rule of the three kinds.
**
** Usage: make build/fuzz/fuzz_record
**        build/fuzz/fuzz_record tests/fuzz/corpus/fuzz_record
**
** Input: byte 0 picks the kind and whether there is an as_of; then pieces separated by 0xFF bytes:
** each piece is "<field index byte><value>" (index 0xFE: the value is a field name, looked up with
** record_field_index). Every value is a heap block of exactly its size and is normalised as
** record_sql.c does before validation. Properties checked besides memory safety: normalised
** values fit their buffer, every problem has a rule, a known severity and a NUL-terminated
** message, and the validation stops when the callback asks it to.
*/
#include "fuzz.h"
#include "record.h"

typedef struct Count {
  int n, nStop;
} Count;

static int onProblem(void *pArg, const RecordProblem *p) {
  Count *c = pArg;
  FUZZ_ASSERT(p->zRule && p->zRule[0]);
  FUZZ_ASSERT(p->zField && p->zFieldName && p->zRef);
  FUZZ_ASSERT(p->eSeverity == RECORD_ERROR || p->eSeverity == RECORD_WARNING);
  FUZZ_ASSERT(memchr(p->zMessage, 0, sizeof p->zMessage) != 0);
  c->n++;
  return c->nStop > 0 && c->n >= c->nStop ? 7 : 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  FuzzIn in = {aData, nData};
  unsigned bKind = fuzz_byte(&in);
  if (in.n > 8192)
    return 0;
  const RecordKind *k = record_kind_at((int)(bKind % 3));
  FUZZ_ASSERT(k != 0 && k->nField <= RECORD_MAX_FIELD);
  RecordValue aVal[RECORD_MAX_FIELD];
  char aNorm[RECORD_MAX_FIELD][64];
  char *apOwn[RECORD_MAX_FIELD];
  memset(aVal, 0, sizeof aVal);
  memset(apOwn, 0, sizeof apOwn);
  RsDate asOf = {2026, 1 + (int)(bKind >> 4) % 12, 1 + (int)(bKind % 28)};

  while (in.n > 0) {
    FuzzIn piece = fuzz_piece(&in, 600);
    if (piece.n == 0)
      continue;
    unsigned iField = piece.a[0];
    char *z = malloc(piece.n - 1 ? piece.n - 1 : 1);
    memcpy(z, piece.a + 1, piece.n - 1);
    int n = (int)piece.n - 1;
    if (iField == 0xFE) { /* a name: look it up, then take the next byte's field */
      int i = record_field_index(k, z, n);
      FUZZ_ASSERT(i >= -1 && i < k->nField);
      free(z);
      continue;
    }
    int i = (int)(iField % (unsigned)k->nField);
    free(apOwn[i]);
    apOwn[i] = z;
    const RecordField *f = &k->aField[i];
    FUZZ_ASSERT(record_utf8_prefix(z, n, (int)(iField % 50)) <= n);
    if (iField & 0x80 && n >= 1) { /* a number, as a JSON integer would give it */
      long long v = 0;
      memcpy(&v, z, (size_t)(n < 8 ? n : 8));
      if (iField & 0x40)
        v %= 1000;
      int m = record_normalize_int(f, v, aNorm[i], (int)sizeof aNorm[i]);
      FUZZ_ASSERT(m >= 0 && m < (int)sizeof aNorm[i]);
      aVal[i].z = aNorm[i];
      aVal[i].n = m;
    } else {
      int m = record_normalize(f, z, n, aNorm[i], (int)sizeof aNorm[i]);
      FUZZ_ASSERT(m >= -1 && m < (int)sizeof aNorm[i]);
      aVal[i].z = m >= 0 ? aNorm[i] : z;
      aVal[i].n = m >= 0 ? m : n;
    }
    aVal[i].bBad = (iField & 0x7F) == 0x7F;
  }
  Count c = {0, (int)(bKind >> 6)};
  int rc = record_validate(k, aVal, bKind & 0x08 ? &asOf : 0, onProblem, &c);
  FUZZ_ASSERT(rc == 0 || rc == 7);
  FUZZ_ASSERT(rc == 0 || c.n == c.nStop);
  for (int i = 0; i < RECORD_MAX_FIELD; i++)
    free(apOwn[i]);
  return 0;
}
