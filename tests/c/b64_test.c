/*
** tests/c/b64_test.c: unit tests of ext/b64.c (base64 over libb64), without SQLite: the RFC 4648
** §10 vectors, round trips for every length 0..300 with and without line breaks, and the refusals.
*/
#include <stdlib.h>

#include "b64.h"
#include "test.h"

static char zEnc[1024];

static const char *enc(const char *z, size_t nLine) {
  size_t n = b64_encode((const unsigned char *)z, strlen(z), nLine, zEnc);
  zEnc[n] = 0;
  return zEnc;
}

/* b64_check of z: "ok:<decoded>" or "<code>@<offset>". */
static const char *chk(const char *z) {
  static char zOut[256];
  size_t iBad, nOut;
  int rc = b64_check(z, strlen(z), &iBad, &nOut);
  if (rc != B64_OK) {
    snprintf(zOut, sizeof zOut, "%d@%zu", rc, iBad);
    return zOut;
  }
  unsigned char a[200];
  size_t n = b64_decode(z, strlen(z), a);
  snprintf(zOut, sizeof zOut, "ok:%.*s", (int)n, a);
  return n == nOut ? zOut : "length mismatch";
}

int main(void) {
  /* RFC 4648 §10. */
  static const char *aVec[][2] = {{"", ""},
                                  {"f", "Zg=="},
                                  {"fo", "Zm8="},
                                  {"foo", "Zm9v"},
                                  {"foob", "Zm9vYg=="},
                                  {"fooba", "Zm9vYmE="},
                                  {"foobar", "Zm9vYmFy"}};
  for (int i = 0; i < 7; i++) {
    CHECK_STR("rfc4648 encode", enc(aVec[i][0], 0), aVec[i][1]);
    char zWant[64];
    snprintf(zWant, sizeof zWant, "ok:%s", aVec[i][0]);
    CHECK_STR("rfc4648 decode", chk(aVec[i][1]), zWant);
  }
  /* No line breaks by default, even past libb64's 72 characters; ours when asked. */
  CHECK_INT(
      "no break at 72",
      strchr(enc("012345678901234567890123456789012345678901234567890123456789", 0), '\n') == 0, 1);
  CHECK_STR("break at 4", enc("foobar", 4), "Zm9v\nYmFy");
  CHECK_STR("break at 3", enc("foob", 3), "Zm9\nvYg\n==");
  CHECK_INT("len with breaks", b64_encoded_len(6, 4), 9);
  CHECK_INT("len exact multiple", b64_encoded_len(3, 4), 4);

  /* Every length 0..300, bytes 0..255 cycling, line lengths 0, 1, 4, 76. */
  {
    unsigned char a[301], b[302];
    char *z = malloc(b64_encoded_len(300, 1) + 1);
    int nBad = 0;
    if (!z) return 1;
    for (size_t n = 0; n <= 300; n++) {
      for (size_t i = 0; i < n; i++) a[i] = (unsigned char)(i * 7 + n);
      static const size_t aLine[] = {0, 1, 4, 76};
      for (int k = 0; k < 4; k++) {
        size_t nz = b64_encode(a, n, aLine[k], z);
        size_t iBad, nOut;
        if (nz != b64_encoded_len(n, aLine[k])) nBad++;
        if (b64_check(z, nz, &iBad, &nOut) != B64_OK || nOut != n)
          nBad++;
        else if (b64_decode(z, nz, b) != n || memcmp(a, b, n))
          nBad++;
      }
    }
    CHECK_INT("round trips 0..300", nBad, 0);
    free(z);
  }

  /* Refusals, with the offset of the first offending character. */
  CHECK_STR("crlf accepted", chk("Zm9v\r\nYmFy\n"), "ok:foobar");
  CHECK_STR("space refused", chk("Zm9v YmFy"), "1@4");
  CHECK_STR("url alphabet", chk("Zm-v"), "1@2");
  CHECK_STR("nul", chk("Zm9\x01"), "1@3");
  CHECK_STR("no padding", chk("Zm8"), "3@3");
  CHECK_STR("one char", chk("Z"), "3@1");
  CHECK_STR("pad in middle", chk("Zg==Zm9v"), "2@4");
  CHECK_STR("pad too early", chk("Z==="), "2@1");
  CHECK_STR("three pads", chk("Zg==="), "2@4");
  CHECK_STR("pad at 1", chk("=Zg="), "2@0");
  CHECK_STR("non-zero bits ==", chk("Zh=="), "4@1");
  CHECK_STR("non-zero bits =", chk("Zm9="), "4@2");
  CHECK_STR("high byte", chk("Zm9\xC3\xA9"), "1@3");
  return test_done(__FILE__);
}
