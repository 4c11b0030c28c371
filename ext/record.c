/*
** record.c: field specs and per-field checks of the national unemployment-registration records
** (see record.h). No SQLite, no allocation.
**
** Each check quotes the 校验规则 it implements, with the item of its first field
** (the same rule recurs at the items record_fields.csv gives for each field).
** Length is counted in characters (UTF-8 code points): the texts give 指标长度 without a unit, and
** for the fields where the unit matters (names, addresses) characters are what a person writes.
*/
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "idcard.h"
#include "record.h"
#include "refdata.h"

static int lowerAscii(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* 1 if z[0..n) equals the NUL-terminated zWord, ignoring ASCII case. */
static int equalNoCase(const char *z, int n, const char *zWord) {
  int i = 0;
  for (; i < n && zWord[i]; i++) {
    if (lowerAscii((unsigned char)z[i]) != lowerAscii((unsigned char)zWord[i])) return 0;
  }
  return i == n && zWord[i] == 0;
}

/* 1 if z[0..n) equals zWord exactly. */
static int equalExact(const char *z, int n, const char *zWord) {
  return (int)strlen(zWord) == n && memcmp(z, zWord, (size_t)n) == 0;
}

static int isDigits(const char *z, int n) {
  if (n <= 0) return 0;
  for (int i = 0; i < n; i++) {
    if ((unsigned)(z[i] - '0') > 9) return 0;
  }
  return 1;
}

static int utf8Count(const char *z, int n) {
  int c = 0;
  for (int i = 0; i < n; i++) c += ((unsigned char)z[i] & 0xC0) != 0x80;
  return c;
}

int record_utf8_prefix(const char *z, int n, int nChar) {
  int i = 0, c = 0;
  for (; i < n; i++) {
    if (((unsigned char)z[i] & 0xC0) != 0x80 && c++ == nChar) break;
  }
  return i;
}

const RecordKind *record_kind(const char *z) {
  if (!z) return 0;
  for (int i = 0; i < nRecordKind; i++) {
    const RecordKind *k = &aRecordKind[i];
    if (equalNoCase(z, (int)strlen(z), k->zKind) || !strcmp(z, k->zName)) return k;
  }
  return 0;
}

const RecordKind *record_kind_at(int i) { return i >= 0 && i < nRecordKind ? &aRecordKind[i] : 0; }

int record_field_index(const RecordKind *k, const char *z, int n) {
  for (int i = 0; i < k->nField; i++) {
    const RecordField *f = &k->aField[i];
    if (equalNoCase(z, n, f->zCode) || equalExact(z, n, f->zName) ||
        equalNoCase(z, n, f->zEnglish)) {
      return i;
    }
  }
  return -1;
}

const RecordField *record_field_any(const char *zField) {
  for (int i = 0; i < nRecordField; i++) {
    if (equalNoCase(zField, (int)strlen(zField), aRecordField[i].zCode)) return &aRecordField[i];
  }
  return 0;
}

const RecordCode *record_code_find(const char *zTable, const char *z, int n) {
  for (int i = 0; i < nRecordCode; i++) {
    if (!strcmp(aRecordCode[i].zTable, zTable) && equalExact(z, n, aRecordCode[i].zCode)) {
      return &aRecordCode[i];
    }
  }
  return 0;
}

/* The row of table zTable whose name is z[0..n), or 0. */
static const RecordCode *codeByName(const char *zTable, const char *z, int n) {
  for (int i = 0; i < nRecordCode; i++) {
    if (!strcmp(aRecordCode[i].zTable, zTable) && equalExact(z, n, aRecordCode[i].zName)) {
      return &aRecordCode[i];
    }
  }
  return 0;
}

int record_code_width(const char *zTable) {
  int w = 0;
  for (int i = 0; i < nRecordCode; i++) {
    if (strcmp(aRecordCode[i].zTable, zTable)) continue;
    int n = (int)strlen(aRecordCode[i].zCode);
    if (w && n != w) return 0;
    w = n;
  }
  return w;
}

/* {====================================================================
** Normalisation: what record_export writes for a value.
*/

int record_normalize(const RecordField *f, const char *z, int n, char *zOut, int nOut) {
  RsDate d;
  if (nOut < 32 || n <= 0) return -1;
  if (f->mCheck & RECORD_CK_DATE8) {
    if (n == 10 && rs_date_parse(z, n, &d))
      return snprintf(zOut, (size_t)nOut, "%04d%02d%02d", d.y, d.m, d.d);
    return -1;
  }
  if (f->mCheck & RECORD_CK_DATE6) {
    if ((n == 10 || n == 8) && rs_date_parse(z, n, &d))
      return snprintf(zOut, (size_t)nOut, "%04d%02d", d.y, d.m);
    if (n == 7 && z[4] == '-' && isDigits(z, 4) && isDigits(z + 5, 2)) {
      memcpy(zOut, z, 4);
      memcpy(zOut + 4, z + 5, 2);
      zOut[6] = 0;
      return 6;
    }
    return -1;
  }
  if ((f->mCheck & RECORD_CK_IDCARD) && n == 18 && z[17] == 'x') {
    memcpy(zOut, z, 17);
    zOut[17] = 'X';
    zOut[18] = 0;
    return 18;
  }
  if (f->eCodeStatus == RECORD_CS_PRINTED || f->eCodeStatus == RECORD_CS_PARTIAL) {
    const RecordCode *c = codeByName(f->zCodeTable, z, n);
    if (c) return snprintf(zOut, (size_t)nOut, "%s", c->zCode);
  }
  return -1;
}

int record_normalize_int(const RecordField *f, long long v, char *zOut, int nOut) {
  char z[32];
  int n = snprintf(z, sizeof(z), "%lld", v);
  int w = 0;
  if (f->eCodeStatus == RECORD_CS_PRINTED || f->eCodeStatus == RECORD_CS_PARTIAL) {
    w = record_code_width(f->zCodeTable);
  }
  if (v >= 0 && w > n && w < (int)sizeof(z)) {
    memmove(z + (w - n), z, (size_t)n + 1);
    memset(z, '0', (size_t)(w - n));
    n = w;
  }
  int m = record_normalize(f, z, n, zOut, nOut);
  if (m >= 0) return m;
  return snprintf(zOut, (size_t)nOut, "%s", z);
}
/* }==================================================================== */

void record_problem(RecordProblem *p, const RecordKind *k, const RecordField *f, const char *zRule,
                    int eSeverity, const char *zFmt, ...) {
  va_list ap;
  int n = 0;
  p->zField = f ? f->zCode : "";
  p->zFieldName = f ? f->zName : "";
  p->zRule = zRule;
  p->eSeverity = eSeverity;
  p->zRef = f ? f->zSource : k->zRef;
  if (f) n = snprintf(p->zMessage, sizeof(p->zMessage), "%s %s: ", f->zCode, f->zName);
  va_start(ap, zFmt);
  vsnprintf(p->zMessage + n, sizeof(p->zMessage) - (size_t)n, zFmt, ap);
  va_end(ap);
}

/* {====================================================================
** The checks. Each returns 1 when the value passes.
*/

/* 不能含有半角或全角空格 (AAC003 姓名, AAE011 经办人): U+0020 or U+3000. Sets
** *pWide to whether the first space found is the full-width one. */
static int checkNoSpace(const char *z, int n, int *pWide) {
  for (int i = 0; i < n; i++) {
    if (z[i] == ' ') {
      *pWide = 0;
      return 0;
    }
    if (i + 2 < n && (unsigned char)z[i] == 0xE3 && (unsigned char)z[i + 1] == 0x80 &&
        (unsigned char)z[i + 2] == 0x80) {
      *pWide = 1;
      return 0;
    }
  }
  return 1;
}

/*
** 固定电话必须填写区号。区号、电话、分机间通过半角字符“-”分隔（如010-88888888）。多个号码以半角字符
** “,”分隔 (AAE005). Each comma-separated number is 区号-电话 or 区号-电话-分机, all ASCII
** digits. Reading: an area code (区号) is '0' and 2 or 3 more digits, as every mainland long-distance
** code is (010, 0531); without that, "88888888-123" would pass as "area code 88888888". Returns 0
** or the 1-based number of the first bad number.
*/
static int checkLandline(const char *z, int n) {
  int iNum = 1, i = 0;
  while (i <= n) {
    int j = i;
    while (j < n && z[j] != ',') j++;
    /* one number: z[i..j) */
    int nGroup = 0, k = i, ok = 1;
    while (ok) {
      int e = k;
      while (e < j && z[e] != '-') e++;
      if (!isDigits(z + k, e - k)) ok = 0;
      else if (nGroup == 0 && (z[k] != '0' || e - k < 3 || e - k > 4)) ok = 0;
      nGroup++;
      if (e >= j) break;
      k = e + 1;
    }
    if (!ok || nGroup < 2 || nGroup > 3) return iNum;
    if (j >= n) break;
    i = j + 1;
    iNum++;
  }
  return 0;
}

/* The value of slot i as a NUL-free comparison: 1 if it equals zWord. */
static int slotIs(const RecordValue *aVal, int i, const char *zWord) {
  return i >= 0 && aVal[i].z && equalExact(aVal[i].z, aVal[i].n, zWord);
}

/*
** Whether AAC033 健康状况 says 残疾. Its codes (GB/T 2261.3-2003) are not printed, so
** renshe knows 残疾 by name only: the value itself, or a code codes.csv would name 残疾 (none yet).
*/
static int healthIsDisabled(const RecordKind *k, const RecordValue *aVal, int iHealth) {
  if (iHealth < 0 || !aVal[iHealth].z) return 0;
  if (slotIs(aVal, iHealth, "残疾")) return 1;
  const RecordCode *c =
      record_code_find(k->aField[iHealth].zCodeTable, aVal[iHealth].z, aVal[iHealth].n);
  return c && !strcmp(c->zName, "残疾");
}

static int fieldIndexByCode(const RecordKind *k, const char *zCode) {
  for (int i = 0; i < k->nField; i++) {
    if (!strcmp(k->aField[i].zCode, zCode)) return i;
  }
  return -1;
}

#define REPORT(rule, sev, ...)                           \
  do {                                                   \
    record_problem(&prob, k, f, rule, sev, __VA_ARGS__); \
    if ((rc = xProblem(pArg, &prob)) != 0) return rc;    \
  } while (0)

int record_validate(const RecordKind *k, const RecordValue *aVal, const RsDate *pAsOf,
                    RecordProblemFn xProblem, void *pArg) {
  RecordProblem prob;
  int rc;
  int iSex = fieldIndexByCode(k, "AAC004");
  int iHealth = fieldIndexByCode(k, "AAC033");
  int iReason = fieldIndexByCode(k, "AJC093");
  int iResult = fieldIndexByCode(k, "AAE540");
  for (int i = 0; i < k->nField; i++) {
    const RecordField *f = &k->aField[i];
    const char *z = aVal[i].z;
    int n = z ? aVal[i].n : 0;
    int q = 0; /* bytes of the value to quote in a message */

    if (aVal[i].bBad) continue;
    if (n <= 0) {
      if (f->bRequired) {
        REPORT("required", RECORD_ERROR, "required (是否必填: 是), missing / 必填项缺失");
      } else if ((f->mCheck & RECORD_CK_DISABILITY) && healthIsDisabled(k, aVal, iHealth)) {
        /* ALA040 【业务】健康状况为残疾的，需注明伤残等级。 */
        REPORT("disability_grade", RECORD_ERROR,
               "required when AAC033 健康状况 is 残疾 / 健康状况为残疾的，需注明伤残等级");
      } else if ((f->mCheck & RECORD_CK_OTHER_REASON) && slotIs(aVal, iReason, "90")) {
        /* ADC220 【业务】当失业原因为其他时，可填写 ("may": a warning, not an error). */
        REPORT("other_reason", RECORD_WARNING,
               "AJC093 失业登记原因 is 90 其他 and no other reason is written / "
               "失业原因为其他时，可填写其他失业原因");
      } else if ((f->mCheck & RECORD_CK_REJECT_REASON) && slotIs(aVal, iResult, "2")) {
        /* AAE360 【业务】当审核结果为“审核不通过”时必填 */
        REPORT("reject_reason", RECORD_ERROR,
               "required when AAE540 审核结果 is 2 审核不通过 / 审核不通过时必填");
      }
      continue;
    }
    q = record_utf8_prefix(z, n, 20);

    /* 指标长度, in characters. */
    int nChar = utf8Count(z, n);
    if (f->nLen > 0 && nChar > f->nLen) {
      REPORT("length", RECORD_ERROR, "%d characters, at most %d / 长度超过%d", nChar, f->nLen,
             f->nLen);
    }

    /* 【数据】必须在代码表中 (e.g. AAC004). */
    if (f->mCheck & RECORD_CK_CODE) {
      if (f->eCodeStatus == RECORD_CS_PRINTED && !record_code_find(f->zCodeTable, z, n)) {
        REPORT("code", RECORD_ERROR,
               "'%.*s' is not in the code table (renshe_codes) / 不在代码表中", q, z);
      } else if (f->eCodeStatus == RECORD_CS_EXTERNAL) {
        /* 行政区划代码: GB/T 2260-2007 as extended under 人社厅函〔2011〕581号. The
        ** extension list is not in the texts, so a code outside GB/T 2260 is only a warning. */
        if (n != 6 || !isDigits(z, 6)) {
          REPORT("code", RECORD_ERROR,
                 "'%.*s' is not a 6-digit division code / 行政区划代码应为6位数字", q, z);
        } else {
          int region = 0;
          for (int j = 0; j < 6; j++) region = region * 10 + (z[j] - '0');
          if (!region_known(region)) {
            REPORT(
                "code", RECORD_WARNING,
                "'%.6s' is in no GB/T 2260 version (the 人社厅函〔2011〕581号 extensions are not "
                "known to renshe) / 不在GB/T 2260行政区划代码中",
                z);
          }
        }
      }
    }

    /* 【数据】格式为YYYYMMDD的有效日期【业务】早于或等于系统当前日期 (AAE127). */
    if (f->mCheck & (RECORD_CK_DATE8 | RECORD_CK_DATE6)) {
      RsDate d = {0, 0, 0};
      int ok;
      if (f->mCheck & RECORD_CK_DATE8) {
        ok = n == 8 && rs_date_parse(z, n, &d);
      } else { /* audit AJC090: 格式为YYYYMM的有效日期 */
        ok = n == 6 && isDigits(z, 6);
        if (ok) {
          d.y = (z[0] - '0') * 1000 + (z[1] - '0') * 100 + (z[2] - '0') * 10 + (z[3] - '0');
          d.m = (z[4] - '0') * 10 + (z[5] - '0');
          d.d = 1;
          ok = rs_date_valid(d.y, d.m, 1);
        }
      }
      const char *zFmt = (f->mCheck & RECORD_CK_DATE8) ? "YYYYMMDD" : "YYYYMM";
      if (!ok) {
        REPORT("date", RECORD_ERROR, "'%.*s' is not a date %s / 应为%s格式的有效日期", q, z, zFmt,
               zFmt);
      } else if ((f->mCheck & RECORD_CK_NOT_FUTURE) && pAsOf &&
                 ((f->mCheck & RECORD_CK_DATE8) ? rs_date_cmp(d, *pAsOf) > 0
                                                : d.y * 12 + d.m > pAsOf->y * 12 + pAsOf->m)) {
        REPORT("future_date", RECORD_ERROR,
               "%.*s is after the as-of date %04d-%02d-%02d / 应早于或等于当前日期", n, z, pAsOf->y,
               pAsOf->m, pAsOf->d);
      }
    }

    /* 【数据】不能含有半角或全角空格 (AAC003, AAE011). */
    if (f->mCheck & RECORD_CK_NO_SPACE) {
      int wide = 0;
      if (!checkNoSpace(z, n, &wide)) {
        REPORT("name_space", RECORD_ERROR, "contains a %s space / 不能含有半角或全角空格",
               wide ? "full-width (U+3000)" : "half-width");
      }
    }

    /* 【数据】11位数字字符 (AAC067). The number itself is never quoted. */
    if ((f->mCheck & RECORD_CK_MOBILE) && !(n == 11 && isDigits(z, 11))) {
      REPORT("mobile", RECORD_ERROR, "%d characters%s, expected 11 digits / 应为11位数字", nChar,
             n == 11 || !isDigits(z, n) ? " not all ASCII digits" : "");
    }

    if (f->mCheck & RECORD_CK_LANDLINE) {
      int iBad = checkLandline(z, n);
      if (iBad) {
        REPORT("landline", RECORD_ERROR,
               "number %d lacks an area code or is not 区号-电话[-分机] in ASCII digits and '-' "
               "(such as 010-88888888; several numbers separated by ',') / "
               "固定电话必须填写区号，以半角“-”分隔",
               iBad);
      }
    }

    /*
    ** AAC002: 【数据】首位不是字母的，长度为15或18位 / 15位公民身份号码不能含有非数字字符 /
    ** 18位公民身份号码前17位不能含有非数字字符 / 第18位必须符合校验规则 / 公民身份号码与性别相符.
    ** The first rule exempts a value starting with a letter (not a citizen number); the rest are
    ** idcard_check's, which also checks the address code and birth date (GB 11643-1999).
    */
    if ((f->mCheck & RECORD_CK_IDCARD) &&
        !(lowerAscii((unsigned char)z[0]) >= 'a' && lowerAscii((unsigned char)z[0]) <= 'z')) {
      IdcardInfo info;
      int sex = slotIs(aVal, iSex, "1") ? 1 : slotIs(aVal, iSex, "2") ? 2 : 0;
      int e = idcard_check(z, n, pAsOf, sex, &info);
      if (e != IDCARD_OK) {
        record_problem(&prob, k, f, e == IDCARD_E_SEX ? "idcard_sex" : "idcard", RECORD_ERROR, "");
        idcard_message(e, &info, prob.zMessage, (int)sizeof(prob.zMessage));
        if ((rc = xProblem(pArg, &prob)) != 0) return rc;
      }
    }

    /* ACA112: 【业务】可写三个意向，中间用“|”隔开。 */
    if (f->mCheck & RECORD_CK_INTENTIONS) {
      int nPart = 1;
      for (int j = 0; j < n; j++) nPart += z[j] == '|';
      if (nPart > 3) {
        REPORT("intentions", RECORD_ERROR,
               "%d intentions, at most 3 separated by '|' / 可写三个意向", nPart);
      }
    }
  }
  return 0;
}
/* }==================================================================== */
