/*
** idcard.c: check Chinese identity numbers (公民身份号码, GB 11643-1999); see idcard.h.
** No SQLite, no allocation: everything fits in the caller's IdcardInfo.
**
** The checks follow the AAC002 社会保障号码 rules of the national interface spec
** (鲁人社字〔2020〕39号 附件5: length 15 or 18, 15 all digits,
** first 17 of 18 digits, check character, agreement with the recorded sex) plus GB 11643's own:
** the address code exists in GB/T 2260 (any version) and the birth date is a calendar date.
*/
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
