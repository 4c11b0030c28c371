/*
** tests/c/idcard_fast_test.c: idcard_check_fast() (check_idcard's per-row path) against
** idcard_check() (no SQLite).
**
** Generated numbers, a fixed pseudo-random sequence: 18- and 15-character numbers over known,
** unknown, permit and foreign permanent resident codes, real and impossible dates, right and wrong
** check characters (lowercase x too), each with or without an as_of and a recorded sex, and
** mutated copies (a character replaced by a letter, space, NUL, full-width digit or other byte; one
** inserted or deleted). For every one the fast path must give idcard_check()'s code or leave the
** case to it (-1); a plain ASCII number (15 digits, or 17 and a check character) must never be
** left, and every verdict the fast path gives must occur.
*/
#include "../../ext/idcard.h"
#include "../../ext/refdata.h"
#include "test.h"

static unsigned long long rngState = 0x9E3779B97F4A7C15ULL;

static unsigned rnd(unsigned n) { /* xorshift64*, uniform enough for a test */
  rngState ^= rngState >> 12;
  rngState ^= rngState << 25;
  rngState ^= rngState >> 27;
  return (unsigned)((rngState * 0x2545F4914F6CDD1DULL) >> 33) % n;
}

/* A region code: mostly one that exists, sometimes a permit code, a random one, a foreign
** permanent resident prefix (9, province, nationality) or one below 100000. */
static void genRegion(char *z) {
  switch (rnd(10)) {
    case 0: snprintf(z, 7, "%06u", rnd(1000000)); break;
    case 1: snprintf(z, 7, "%u0000", 81 + rnd(3)); break;
    case 2: snprintf(z, 7, "8%u%04u", rnd(10), rnd(3) ? 0 : rnd(10000)); break;
    case 3: snprintf(z, 7, "9%02u%03u", rnd(3) ? 37 : rnd(100), rnd(2) ? 840 : rnd(1000)); break;
    case 4: snprintf(z, 7, "0%05u", rnd(100000)); break;
    default: snprintf(z, 7, "%06d", aRegionCode[rnd((unsigned)nRegion)]); break;
  }
}

/* YYYYMMDD (or YYMMDD): mostly real days, sometimes month 0 or 13, day 0, 29-32, year 0000. */
static void genDate(char *z, int n15) {
  unsigned y = rnd(8) ? 1900 + rnd(140) : rnd(4) ? rnd(10000) : (rnd(2) ? 0 : 2000);
  unsigned m = rnd(8) ? 1 + rnd(12) : rnd(14);
  unsigned d = rnd(6) ? 1 + rnd(28) : rnd(33);
  if (rnd(10) == 0) m = 2, d = 28 + rnd(3), y = rnd(2) ? 1900 + 4 * rnd(30) : 1600 + 100 * rnd(6);
  if (n15) snprintf(z, 7, "%02u%02u%02u", y % 100, m, d);
  else snprintf(z, 9, "%04u%02u%02u", y, m, d);
}

/* A number into z (NUL-terminated); returns its length. */
static int genNumber(char *z) {
  int n15 = rnd(5) == 0;
  genRegion(z);
  genDate(z + 6, n15);
  int n = n15 ? 12 : 14;
  snprintf(z + n, 4, "%03u", rnd(1000));
  n += 3;
  if (!n15) {
    char c = idcard_check_char(z);
    unsigned r = rnd(10);
    if (r == 0) c = "0123456789X"[rnd(11)];
    else if (r == 1 && c == 'X') c = 'x';
    else if (r == 2) c = "0123456789Xx"[rnd(12)];
    z[n++] = c;
  }
  z[n] = 0;
  return n;
}

/* One change to z[0..n): returns the new length (z has room for 40 bytes). */
static int mutate(char *z, int n) {
  static const char *const azBad[] = {"A", "x", "X", " ", "\t", "-", "/", ":", "\xff", "\x80",
                                      "\xef\xbc\x91", "\xe3\x80\x80", "\xc2\xa0", "0", "9"};
  int i = (int)rnd((unsigned)n);
  switch (rnd(4)) {
    case 0: /* replace one byte (possibly by NUL: the length stays n) */
      z[i] = rnd(8) ? azBad[rnd(sizeof(azBad) / sizeof(azBad[0]))][0] : 0;
      return n;
    case 1: /* delete one byte */
      memmove(z + i, z + i + 1, (size_t)(n - i));
      return n - 1;
    case 2: { /* insert a string */
      const char *zIns = azBad[rnd(sizeof(azBad) / sizeof(azBad[0]))];
      int k = (int)strlen(zIns);
      memmove(z + i + k, z + i, (size_t)(n - i + 1));
      memcpy(z + i, zIns, (size_t)k);
      return n + k;
    }
    default: { /* replace the multi-byte way: shorter in characters than in bytes */
      memcpy(z + i, "\xef\xbc\x91", 1);
      return n;
    }
  }
}

int main(void) {
  char z[48], zName[160];
  long nSame = 0, nLeft = 0, nWrong = 0, nPlainLeft = 0;
  long aDecided[IDCARD_N_ERROR] = {0};
  for (long k = 0; k < 400000; k++) {
    memset(z, 0, sizeof z);
    int n = genNumber(z);
    int plain = 1;
    if (rnd(4) == 0) {
      n = mutate(z, n);
      plain = 0;
    }
    RsDate asOf;
    const RsDate *pAsOf = 0;
    if (rnd(2)) {
      asOf = rs_date_from_days(-36500L + (long)rnd(73000));
      pAsOf = &asOf;
    }
    int sex = (int)rnd(3);
    IdcardInfo info;
    int want = idcard_check(z, n, pAsOf, sex, &info);
    int got = idcard_check_fast(z, n, pAsOf, sex);
    if (got < 0) {
      nLeft++;
      if (plain) nPlainLeft++;
    } else if (got == want) {
      nSame++;
      aDecided[got]++;
    } else if (nWrong++ < 10) {
      snprintf(zName, sizeof zName, "fast path on %.*s (as_of %s, sex %d): %s", n, z, pAsOf ? "set" : "none",
               sex, idcard_error_name(want));
      CHECK_STR(zName, idcard_error_name(got), idcard_error_name(want));
    }
  }
  printf("# %ld decided by the fast path, %ld left to idcard_check\n", nSame, nLeft);
  CHECK_INT("fast path disagrees with idcard_check", nWrong, 0);
  CHECK_INT("plain numbers left to idcard_check", nPlainLeft, 0);
  CHECK("some numbers left to idcard_check", nLeft > 0);
  CHECK("most numbers decided by the fast path", nSame > nLeft);
  static const int aKind[] = {IDCARD_OK, IDCARD_E_REGION, IDCARD_E_BIRTH_DATE, IDCARD_E_FUTURE_BIRTH,
                              IDCARD_E_CHECKSUM, IDCARD_E_SEX};
  for (size_t i = 0; i < sizeof(aKind) / sizeof(aKind[0]); i++) {
    snprintf(zName, sizeof zName, "fast path gives '%s' (%ld times)", idcard_error_name(aKind[i]),
             aDecided[aKind[i]]);
    CHECK(zName, aDecided[aKind[i]] > 100);
  }

  /* Edge cases, each against idcard_check(). */
  static const char *const azEdge[] = {
      "11010519491231002X", "11010519491231002x", "440524188001010014", "370102200002290012",
      "370102190002290010", "370102160002290014", "370102000102290011", "000001199001010010",
      "099999199001010010", "100000199001010010", "999999199001010010", "810000199408230021",
      "810000199408230028", "811000199001010011", "830000199201300022", "370102199913320016",
      "370102199900000016", "370102900307123", "370102000229001", "370102960229001",
      "810000900307123", "820000900307123", "830000900307123", "000000900307123",
      "370102900230123", "370102901301123", "370102900100123", "37010219900307123X",
      "3701021990030712X8", "37010290030712X", "370102199003071238", "370102999912310019",
      "937840199001010017", "937999199001010017", "900000199001010017", "981840199001010017",
      "911156200002290010", "965004199001010010", "966840199001010010", "910840199001010010",
      "971840199001010010", "944000199001010010", "937004199001010010", "937894199001010010",
  };
  static const char *const azAsOf[] = {0, "1900-01-01", "1990-03-07", "1990-03-06", "2026-11-30"};
  int nEdgeWrong = 0;
  for (size_t i = 0; i < sizeof(azEdge) / sizeof(azEdge[0]); i++) {
    for (size_t j = 0; j < sizeof(azAsOf) / sizeof(azAsOf[0]); j++) {
      for (int sex = 0; sex <= 2; sex++) {
        RsDate asOf;
        if (azAsOf[j]) rs_date_parse(azAsOf[j], 10, &asOf);
        IdcardInfo info;
        int n = (int)strlen(azEdge[i]);
        int want = idcard_check(azEdge[i], n, azAsOf[j] ? &asOf : 0, sex, &info);
        int got = idcard_check_fast(azEdge[i], n, azAsOf[j] ? &asOf : 0, sex);
        if (got >= 0 && got != want) {
          nEdgeWrong++;
          snprintf(zName, sizeof zName, "edge %s as_of %s sex %d", azEdge[i], azAsOf[j] ? azAsOf[j] : "-", sex);
          CHECK_STR(zName, idcard_error_name(got), idcard_error_name(want));
        }
      }
    }
  }
  CHECK_INT("edge cases disagree", nEdgeWrong, 0);
  CHECK_INT("a 15-digit number is decided", idcard_check_fast("370102900307123", 15, 0, 0), IDCARD_OK);
  CHECK_INT("a foreign permanent resident number is decided", idcard_check_fast("937840199001010017", 18, 0, 0), IDCARD_OK);
  CHECK_INT("an unknown nationality", idcard_check_fast("937999199001010017", 18, 0, 0), IDCARD_E_REGION);
  CHECK_INT("province 00", idcard_check_fast("900000199001010017", 18, 0, 0), IDCARD_E_REGION);
  CHECK_INT("province 81", idcard_check_fast("981840199001010017", 18, 0, 0), IDCARD_E_REGION);
  CHECK_INT("a letter is left", idcard_check_fast("37010219900307123A", 18, 0, 0), -1);
  CHECK_INT("an empty value is left", idcard_check_fast("", 0, 0, 0), -1);
  return test_done("idcard_fast_test");
}
