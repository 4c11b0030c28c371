/*
** tests/fuzz/fuzz_b64.c: libFuzzer harness for base64 (ext/b64.c over libb64, no SQLite).
**
** Usage: make build/fuzz/fuzz_b64
**        build/fuzz/fuzz_b64 tests/fuzz/corpus/fuzz_b64
**
** Input: byte 0 picks the line length of the encoding (below 64: none, else 1-192 characters); the
*rest
** is used twice: as bytes to encode, and as text to check and decode. Properties checked besides
** memory safety (every buffer is a heap block of exactly the size the header promises):
**   - b64_encode() writes exactly b64_encoded_len() characters;
**   - the encoding passes b64_check() and decodes to the bytes it came from;
**   - text that b64_check() accepts decodes to *pnOut bytes, which encode back to the same text
**     once CR and LF are removed (the accepted form is canonical);
**   - text that b64_check() refuses gives an error code with a text and an offset within the text.
*/
#include "b64.h"
#include "fuzz.h"

static void roundTrip(const unsigned char *a, size_t n, size_t nLine) {
  size_t nEnc = b64_encoded_len(n, nLine);
  char *z = malloc(nEnc ? nEnc : 1);
  FUZZ_ASSERT(b64_encode(a, n, nLine, z) == nEnc);
  size_t iBad = 0, nOut = 0;
  FUZZ_ASSERT(b64_check(z, nEnc, &iBad, &nOut) == B64_OK);
  FUZZ_ASSERT(nOut == n);
  unsigned char *aDec = malloc(nOut + 1);
  FUZZ_ASSERT(b64_decode(z, nEnc, aDec) == n);
  FUZZ_ASSERT(n == 0 || !memcmp(aDec, a, n));
  free(aDec);
  free(z);
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  FuzzIn in = {aData, nData};
  unsigned bLine = fuzz_byte(&in);
  size_t nLine = bLine < 64 ? 0 : (size_t)(bLine - 63);
  unsigned char *a = malloc(in.n ? in.n : 1);
  memcpy(a, in.a, in.n);
  roundTrip(a, in.n, nLine);

  /* The same bytes as base64 text. */
  const char *z = (const char *)a;
  size_t iBad = 0, nOut = 0;
  int rc = b64_check(z, in.n, &iBad, &nOut);
  if (rc != B64_OK) {
    FUZZ_ASSERT(rc == B64_E_CHAR || rc == B64_E_PAD || rc == B64_E_LENGTH || rc == B64_E_BITS);
    FUZZ_ASSERT(b64_error_text(rc) != 0);
    FUZZ_ASSERT(iBad <= in.n);
  } else {
    unsigned char *aDec = malloc(nOut + 1);
    FUZZ_ASSERT(b64_decode(z, in.n, aDec) == nOut);
    size_t nEnc = b64_encoded_len(nOut, 0);
    char *zEnc = malloc(nEnc ? nEnc : 1);
    FUZZ_ASSERT(b64_encode(aDec, nOut, 0, zEnc) == nEnc);
    size_t j = 0;
    for (size_t i = 0; i < in.n; i++) {
      if (z[i] == '\r' || z[i] == '\n')
        continue;
      FUZZ_ASSERT(j < nEnc && zEnc[j] == z[i]);
      j++;
    }
    FUZZ_ASSERT(j == nEnc);
    free(zEnc);
    free(aDec);
  }
  free(a);
  return 0;
}
