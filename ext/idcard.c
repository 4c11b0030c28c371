/*
** idcard.c: check Chinese identity numbers (公民身份号码, GB 11643-1999); see idcard.h.
** No SQLite, no allocation: everything fits in the caller's IdcardInfo.
**
** The checks follow the AAC002 社会保障号码 rules of the national interface spec
** (鲁人社字〔2020〕39号 附件5: length 15 or 18, 15 all digits,
** first 17 of 18 digits, check character, agreement with the recorded sex) plus GB 11643's own:
** the address code exists in GB/T 2260 (any version) and the birth date is a calendar date.
*/
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "idcard.h"
#include "refdata.h"
#include "textcell.h"

/* ISO 7064 MOD 11-2: weight of position i (1-based) is 2^(18-i) mod 11. */
static const unsigned char aWeight[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
static const char acCheck[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

char idcard_check_char(const char *z17) {
  unsigned s = 0;
  for (int i = 0; i < 17; i++) s += (unsigned)(z17[i] - '0') * aWeight[i];
  return acCheck[s % 11];
}

/* Number of UTF-8 code points in z[0..n). */
static int utf8Count(const char *z, int n) {
  int c = 0;
  for (int i = 0; i < n; i++) c += ((unsigned char)z[i] & 0xC0) != 0x80;
  return c;
}

/* Value of n ASCII digits at z (the caller has checked they are digits). */
static int digitsValue(const char *z, int n) {
  int v = 0;
  for (int i = 0; i < n; i++) v = v * 10 + (z[i] - '0');
  return v;
}

/* Why z[0..n) is not 15 or 18 well-formed characters: fills nChar, iBad, badWide and returns
** IDCARD_E_LENGTH or IDCARD_E_CHARSET. The slow path, taken only for malformed input. */
static int shapeError(const char *z, int n, IdcardInfo *p) {
  p->nChar = n;
  for (int i = 0; i < n; i++) {
    if ((unsigned char)z[i] >= 0x80) {
      p->nChar = utf8Count(z, n);
      break;
    }
  }
  if (p->nChar != 15 && p->nChar != 18) return IDCARD_E_LENGTH;
  int iChar = 0;
  for (int i = 0; i < n; i++) {
    unsigned char c = (unsigned char)z[i];
    if ((c & 0xC0) == 0x80) continue;
    if (c >= 0x80) {
      p->badWide = 1;
      break;
    }
    if ((unsigned)(c - '0') > 9 && !(iChar == 17 && (c == 'X' || c == 'x'))) break;
    iChar++;
  }
  p->iBad = iChar;
  return IDCARD_E_CHARSET;
}

int idcard_check(const char *z, int n, const RsDate *pAsOf, int sex, IdcardInfo *p) {
  memset(p, 0, sizeof(*p));
  if (n <= 0) return IDCARD_E_EMPTY;
  p->edgeSpace = textcell_space((unsigned char)z[0]) || textcell_space((unsigned char)z[n - 1]);
  p->nChar = n;

  /* AAC002 rules 1-3 in one pass that also sums the check (this is the hot path: check_idcard
  ** must cost little more than SQLite's own per-row work, see bench/idcard.sh). An 18-character
  ** number has 17 digits and a check character; a 15-digit number is read as its 18-character
  ** form, with "19" inserted before YYMMDD (GB 11643-1989 numbers are all births of 19xx). */
  unsigned sum = 0;
  char cLast = 0;
  if (n == 18) {
    unsigned bad = 0;
#pragma GCC unroll 17
    for (int i = 0; i < 17; i++) { /* branch-free: one test for all 17 digits */
      unsigned c = (unsigned)(unsigned char)z[i] - '0';
      bad |= c > 9;
      sum += c * aWeight[i];
    }
    if (bad) return shapeError(z, n, p);
    cLast = z[17];
    if (cLast == 'x') {
      cLast = 'X';
      p->lowerX = 1;
    }
    if (cLast != 'X' && (unsigned)(cLast - '0') > 9) return shapeError(z, n, p);
    memcpy(p->zId18, z, 17);
  } else if (n == 15) {
    for (int i = 0; i < 15; i++) {
      unsigned c = (unsigned)(z[i] - '0');
      if (c > 9) return shapeError(z, n, p);
      sum += c * aWeight[i < 6 ? i : i + 2];
    }
    sum += 1 * aWeight[6] + 9 * aWeight[7];
    memcpy(p->zId18, z, 6);
    p->zId18[6] = '1';
    p->zId18[7] = '9';
    memcpy(p->zId18 + 8, z + 6, 9);
  } else {
    return shapeError(z, n, p);
  }
  p->cCheck = acCheck[sum % 11];
  p->zId18[17] = p->cCheck;
  p->zId18[18] = 0;

  /* Address code. */
  int region = digitsValue(z, 6);
  if (n == 18 && z[0] == '9') {
    /* 2023 foreign permanent resident ID: '9' + province of issue + nationality. */
    p->kind = IDCARD_KIND_FOREIGN_PR;
    p->region = digitsValue(z + 1, 2) * 10000;
    p->nationality = digitsValue(z + 3, 3);
    if (p->region < 110000 || p->region > 659999 || !region_known(p->region)) return IDCARD_E_REGION;
    if (!nationality_name(p->nationality, 0)) return IDCARD_E_REGION;
  } else {
    p->region = region;
    if (region == 810000 || region == 820000 || region == 830000) {
      /* 国办发〔2018〕81号: permits from 2018-09-01 only, so never a 15-digit number. */
      if (n == 15) return IDCARD_E_REGION;
      p->kind = IDCARD_KIND_HMT_PERMIT;
    } else {
      p->kind = n == 18 ? IDCARD_KIND_RESIDENT18 : IDCARD_KIND_RESIDENT15;
      if (!region_known(region)) return IDCARD_E_REGION;
    }
  }

  /* Birth date, then the as-of bound. */
  p->birth.y = digitsValue(p->zId18 + 6, 4);
  p->birth.m = digitsValue(p->zId18 + 10, 2);
  p->birth.d = digitsValue(p->zId18 + 12, 2);
  if (!rs_date_valid(p->birth.y, p->birth.m, p->birth.d)) return IDCARD_E_BIRTH_DATE;
  if (pAsOf && rs_date_cmp(p->birth, *pAsOf) > 0) return IDCARD_E_FUTURE_BIRTH;

  /* Rule 4: the check character. */
  if (n == 18 && cLast != p->cCheck) return IDCARD_E_CHECKSUM;

  /* Rule 5: the 17th character (15th of a 15-digit number) is odd for men. */
  p->sex = ((p->zId18[16] - '0') & 1) ? 1 : 2;
  if (sex && sex != p->sex) return IDCARD_E_SEX;
  return IDCARD_OK;
}

/* {====================================================================
** The fast path (idcard_check_fast): 8 characters at a time in a 64-bit word ("SIMD within a
** register"), byte i of the word being character i whatever the machine's byte order.
*/
#define ONES 0x0101010101010101ULL

static uint64_t load8(const unsigned char *z) {
  uint64_t v;
  memcpy(&v, z, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  v = __builtin_bswap64(v);
#endif
  return v;
}

/* Bytes of x (characters minus '0') that are not 0-9, as their high bit: b + 0x76 has it for
** b in 10..0x89, b itself for b >= 0x80; a carry between bytes starts only at a byte already
** flagged. Zero when all 8 characters are ASCII digits. */
static uint64_t nonDigits(uint64_t x) { return ((x + 0x76 * ONES) | x) & (0x80 * ONES); }

/* Byte 2k of the result is the two-digit number of digits 2k and 2k+1 (0-99; no carries). */
static uint64_t digitPairs(uint64_t x) { return x * 10 + (x >> 8); }
#define PAIR(p, k) ((unsigned)((p) >> (16 * (k))) & 0xFF)

/* Weights of MOD 11-2 for the multiplications below: 16-bit lane k of the factor for the even
** (odd) bytes of a word holds the weight of byte 6-2k (7-2k), so that lane 3 of the product sums
** every byte times its weight (each lane at most 4 x 9 x 10, no carries). WEIGHTS(b0, b2, b4, b6)
** names the weights in character order. */
#define WEIGHTS(b0, b2, b4, b6) ((uint64_t)(b0) << 48 | (uint64_t)(b2) << 32 | (uint64_t)(b4) << 16 | (uint64_t)(b6))
#define LANES16 0x00FF00FF00FF00FFULL

/* 1 if code has ever been a GB/T 2260 code or is a permit code: region_known() of refdata.c,
** here so that the compiler inlines it on the hot path. */
static int regionKnown(unsigned code) {
  unsigned k = code - 100000;
  return k < 900000 && (aRegionBitmap[k >> 3] >> (k & 7)) & 1;
}

/* 1 if y-m-d is a calendar date (rs_date_valid()) for y 1-9999. */
static int dateValid(unsigned y, unsigned m, unsigned d) {
  static const unsigned char aDays[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y == 0 || m - 1 > 11 || d - 1 > 30) return 0;
  return d <= aDays[m] || (m == 2 && d == 29 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
}

/* 1 if y-m-d is after *pAsOf (rs_date_cmp() > 0). */
static int afterAsOf(unsigned y, unsigned m, unsigned d, const RsDate *pAsOf) {
  return (long)(y * 10000 + m * 100 + d) > pAsOf->y * 10000L + pAsOf->m * 100 + pAsOf->d;
}

int idcard_check_fast(const char *zIn, int n, const RsDate *pAsOf, int sex) {
  const unsigned char *z = (const unsigned char *)zIn;
  unsigned region, y, m, d, seq, checksumBad = 0;
  /* The checks in idcard_check()'s order: characters, region, birth date, as_of, check
  ** character, sex. Anything that would need shapeError() (malformed characters, whose error may
  ** be "length" or "charset" by how UTF-8 counts) goes back to idcard_check(). */
  if (n == 18) {
    uint64_t x0 = load8(z) ^ (0x30 * ONES), x1 = load8(z + 8) ^ (0x30 * ONES);
    seq = z[16] - (unsigned)'0';
    unsigned cLast = z[17] == 'x' ? 'X' : z[17];
    if (nonDigits(x0) | nonDigits(x1) | (seq > 9) | (cLast != 'X' && cLast - '0' > 9)) return -1;
    uint64_t p0 = digitPairs(x0), p1 = digitPairs(x1);
    if (z[0] == '9') {
      /* 2023 foreign permanent resident ID: '9', a mainland province of issue (11-65, as
      ** XX0000 in the GB/T 2260 union), an ISO 3166-1 numeric nationality; the rest as below. */
      unsigned province = (z[1] - '0') * 10 + (z[2] - '0');
      unsigned nationality = (z[3] - '0') * 100 + PAIR(p0, 2);
      if (province < 11 || province > 65 || !regionKnown(province * 10000) ||
          !nationality_name((int)nationality, 0)) {
        return IDCARD_E_REGION;
      }
    } else {
      /* 810000, 820000 and 830000 (the permits) are in the region bitmap (refdata.h), any other
      ** 81xxxx-83xxxx is not: the bitmap alone gives idcard_check()'s verdict. */
      region = PAIR(p0, 0) * 10000 + PAIR(p0, 1) * 100 + PAIR(p0, 2);
      if (!regionKnown(region)) return IDCARD_E_REGION;
    }
    y = PAIR(p0, 3) * 100 + PAIR(p1, 0);
    m = PAIR(p1, 1);
    d = PAIR(p1, 2);
    /* The check character now (branch-free), its verdict after the date's. */
    uint64_t e0 = x0 & LANES16, o0 = (x0 >> 8) & LANES16, e1 = x1 & LANES16, o1 = (x1 >> 8) & LANES16;
    unsigned sum = (unsigned)((e0 * WEIGHTS(7, 10, 8, 2) + o0 * WEIGHTS(9, 5, 4, 1) +
                               e1 * WEIGHTS(6, 7, 10, 8) + o1 * WEIGHTS(3, 9, 5, 4)) >> 48) +
                   seq * aWeight[16];
    checksumBad = (unsigned char)acCheck[sum % 11] != cLast;
  } else if (n == 15) {
    /* Characters 0-7 and 6-13 (YYMMDD and two of the sequence in the second word), then 14. */
    uint64_t x0 = load8(z) ^ (0x30 * ONES), x1 = load8(z + 6) ^ (0x30 * ONES);
    seq = z[14] - (unsigned)'0';
    if (nonDigits(x0) | nonDigits(x1) | (seq > 9)) return -1;
    uint64_t p0 = digitPairs(x0), p1 = digitPairs(x1);
    region = PAIR(p0, 0) * 10000 + PAIR(p0, 1) * 100 + PAIR(p0, 2);
    /* Permits date from 2018: never a 15-digit number (idcard_check()). */
    if (region == 810000 || region == 820000 || region == 830000 || !regionKnown(region)) {
      return IDCARD_E_REGION;
    }
    y = 1900 + PAIR(p1, 0); /* GB 11643-1989: births of 19xx */
    m = PAIR(p1, 1);
    d = PAIR(p1, 2);
  } else {
    return -1;
  }
  if (!dateValid(y, m, d)) return IDCARD_E_BIRTH_DATE;
  if (pAsOf && afterAsOf(y, m, d, pAsOf)) return IDCARD_E_FUTURE_BIRTH;
  if (checksumBad) return IDCARD_E_CHECKSUM;
  if (sex && sex != ((seq & 1) ? 1 : 2)) return IDCARD_E_SEX;
  return IDCARD_OK;
}
#undef PAIR
/* }==================================================================== */

const char *idcard_error_name(int rc) {
  static const char *const az[IDCARD_N_ERROR] = {
      "", "empty", "length", "charset", "region", "birth_date", "future_birth", "checksum", "sex"};
  return rc >= 0 && rc < IDCARD_N_ERROR ? az[rc] : "unknown";
}

const char *idcard_kind_name(int kind) {
  static const char *const az[] = {
      0, "resident18", "resident15", "hk_macao_taiwan_permit", "foreign_permanent"};
  return kind > 0 && kind <= IDCARD_KIND_FOREIGN_PR ? az[kind] : 0;
}

void idcard_message(int rc, const IdcardInfo *p, char *z, int nz) {
  const char *zHint = p->edgeSpace ? " (leading or trailing space: idcard_normalize() trims it)" : "";
  switch (rc) {
    case IDCARD_OK:
      snprintf(z, (size_t)nz, "%s", "");
      break;
    case IDCARD_E_EMPTY:
      snprintf(z, (size_t)nz, "AAC002 社会保障号码: empty / 号码为空");
      break;
    case IDCARD_E_LENGTH:
      snprintf(z, (size_t)nz, "AAC002 社会保障号码: %d characters, expected 15 or 18%s / 长度应为15或18位",
               p->nChar, zHint);
      break;
    case IDCARD_E_CHARSET:
      if (p->iBad == 17) {
        snprintf(z, (size_t)nz,
                 "AAC002 社会保障号码: character 18 must be a digit or X / 第18位应为数字或X");
      } else {
        const char *zWhy = p->badWide ? " (full-width digits: idcard_normalize() maps them)"
                           : p->iBad == 0 && p->edgeSpace ? zHint
                           : p->iBad == 0 ? " (a number starting with a letter is not a citizen number)"
                                          : "";
        snprintf(z, (size_t)nz, "AAC002 社会保障号码: character %d is not an ASCII digit%s / 第%d位不是数字",
                 p->iBad + 1, zWhy, p->iBad + 1);
      }
      break;
    case IDCARD_E_REGION:
      if (p->kind == IDCARD_KIND_FOREIGN_PR) {
        snprintf(z, (size_t)nz,
                 "AAC002 社会保障号码: foreign permanent resident number with unknown province %02d or "
                 "nationality %03d / 永居证省份或国籍代码无效",
                 p->region / 10000, p->nationality);
      } else {
        snprintf(z, (size_t)nz,
                 "AAC002 社会保障号码: address code %06d is not a GB/T 2260 code of any year / 地址码无效",
                 p->region);
      }
      break;
    case IDCARD_E_BIRTH_DATE:
      snprintf(z, (size_t)nz, "AAC002 社会保障号码: birth date %.8s is not a calendar date / 出生日期无效",
               p->zId18 + 6);
      break;
    case IDCARD_E_FUTURE_BIRTH:
      snprintf(z, (size_t)nz, "AAC002 社会保障号码: birth date %04d-%02d-%02d is after as_of / 出生日期晚于核验日期",
               p->birth.y, p->birth.m, p->birth.d);
      break;
    case IDCARD_E_CHECKSUM:
      snprintf(z, (size_t)nz, "AAC002 社会保障号码: check digit mismatch, the body requires %c / 校验码错误",
               p->cCheck);
      break;
    case IDCARD_E_SEX:
      snprintf(z, (size_t)nz,
               "AAC002 社会保障号码: the number says %s, AAC004 性别 says %s / 号码与性别不符",
               p->sex == 1 ? "male" : "female", p->sex == 1 ? "female" : "male");
      break;
    default:
      snprintf(z, (size_t)nz, "unknown error %d", rc);
  }
}

int idcard_normalize(const char *zIn, int n, char *zOut, int nOut) {
  const unsigned char *z = (const unsigned char *)zIn;
  int i = 0, j = n;
  textcell_trim(z, &i, &j);
  if (i < j && z[i] == '\'') { /* Excel's text marker, then trim again */
    i++;
    textcell_trim(z, &i, &j);
  }
  int o = 0;
  while (i < j) {
    unsigned char c = z[i];
    /* U+FF10..U+FF19 full-width digits are EF BC 90..99; Ｘ U+FF38 is EF BC B8, ｘ U+FF58 EF BD 98. */
    if (c == 0xEF && j - i >= 3 && z[i + 1] == 0xBC && z[i + 2] >= 0x90 && z[i + 2] <= 0x99) {
      c = (unsigned char)('0' + (z[i + 2] - 0x90));
      i += 3;
    } else if (c == 0xEF && j - i >= 3 &&
               ((z[i + 1] == 0xBC && z[i + 2] == 0xB8) || (z[i + 1] == 0xBD && z[i + 2] == 0x98))) {
      c = 'X';
      i += 3;
    } else {
      if (c == 'x') c = 'X';
      i++;
    }
    if (o >= nOut) return -1;
    zOut[o++] = (char)c;
  }
  return o;
}
