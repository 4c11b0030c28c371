/*
** certserial.c: parse, check, build and normalise Shandong training-certificate serials
** (鲁人社函〔2020〕48号 附件2); see certserial.h. No SQLite, no allocation.
**
** Readings of what the text leaves open (each has a test named after it in
** tests/c/certserial_test.c and tests/sql/cert_serial.sql):
**   reading: provider 0000 is invalid. 附件2 二(七) pads codes "赋码不足位数时在前面加“0”补足",
**     so a code is a number assigned from 1; 0000 was never assigned (error "provider").
**   reading: issuing years before 2020 are invalid. The unified format dates from the notice of
**     2020-07-30, and older certificates keep their old local format ("无需更换…证书效力按原规定
**     执行", 鲁人社函〔2020〕48号 四(三)). Years after 2099 cannot be built: the two-digit code
**     would repeat.
**   reading: with as_of, a serial whose issuing year is after as_of's year is invalid, and so is
**     every serial when as_of is before 2020-07-30 (none could have been issued yet).
**   reading: a lowercase category letter is the error "category", not "charset": the text defines
**     position 18 as the code set {A, B, C} (附件2 二(六)) and a lowercase letter is outside it, as D
**     is; the message names the case. Serials are upper case; serial_normalize() (input only)
**     upper-cases what was typed.
**   reading: without the city's county table (each city numbers its counties itself, 附件2 二(二))
**     any county 00-99 is accepted, except that a provincial project (3700) has county 00.
**   The yearly sequence's scope (per issuing office) is a matter of issuing, not of the serial's
**     form: see sql/cert_serial.sql.
*/
#include <stdio.h>
#include <string.h>

#include "certserial.h"
#include "refdata.h"
#include "textcell.h"

/* 鲁人社函〔2020〕48号 附件2 二(一), the table of 设区的市代码,
** with each city's GB/T 2260 prefix beside it to explain the trap: from 临沂 on they differ, because
** the table numbers the 16 cities that existed in 2020 without the gap left by 莱芜 (GB 3712,
** merged into 济南 in January 2019). */
static const struct {
  int code;          /* certificate code */
  const char *zName; /* as printed in the table */
  int gb;            /* GB/T 2260 prefix of the same city (0 for 省本级) */
} aSerialCity[] = {
    {3700, "省本级", 0},  /* "省本级项目代码为“3700”" */
    {3701, "济南", 3701}, {3702, "青岛", 3702}, {3703, "淄博", 3703}, {3704, "枣庄", 3704},
    {3705, "东营", 3705}, {3706, "烟台", 3706}, {3707, "潍坊", 3707}, {3708, "济宁", 3708},
    {3709, "泰安", 3709}, {3710, "威海", 3710}, {3711, "日照", 3711}, {3712, "临沂", 3713},
    {3713, "德州", 3714}, {3714, "聊城", 3715}, {3715, "滨州", 3716}, {3716, "菏泽", 3717},
};
#define SERIAL_N_CITY ((int)(sizeof(aSerialCity) / sizeof(aSerialCity[0])))

const char *serial_city_name(int code) {
  if (code < SERIAL_CITY_PROVINCE || code > SERIAL_CITY_LAST) return 0;
  return aSerialCity[code - SERIAL_CITY_PROVINCE].zName;
}

/* 鲁人社函〔2020〕48号 附件2 二(六): "A为就业技能培训;B为岗位技能提升培训；C为创业培训。" */
const char *serial_category_name(char c) {
  switch (c) {
    case 'A': return "就业技能培训";
    case 'B': return "岗位技能提升培训";
    case 'C': return "创业培训";
    default: return 0;
  }
}

/* Value of n ASCII digits at z (the caller has checked they are digits). */
static int digitsValue(const char *z, int n) {
  int v = 0;
  for (int i = 0; i < n; i++) v = v * 10 + (z[i] - '0');
  return v;
}

/* The first day a unified serial could be issued: the date of 鲁人社函〔2020〕48号. */
static const RsDate serialRuleDate = {2020, 7, 30};

int serial_parse(const char *z, int n, const RsDate *pAsOf, SerialInfo *p) {
  memset(p, 0, sizeof(*p));
  if (pAsOf) p->asOf = *pAsOf;
  if (z == 0 || n <= 0) return SERIAL_E_EMPTY;
  p->edgeSpace = textcell_space((unsigned char)z[0]) || textcell_space((unsigned char)z[n - 1]);

  /* 附件2 一: "序列号共18位". */
  for (int i = 0; i < n; i++) p->nChar += ((unsigned char)z[i] & 0xC0) != 0x80;
  if (p->nChar != SERIAL_LEN) return SERIAL_E_LENGTH;
  if (n != SERIAL_LEN) { /* 18 characters, some of them multi-byte */
    int iChar = 0;
    for (int i = 0; i < n; i++) {
      unsigned char c = (unsigned char)z[i];
      if ((c & 0xC0) == 0x80) continue;
      if (c >= 0x80) break;
      iChar++;
    }
    p->iBad = iChar;
    return SERIAL_E_CHARSET;
  }
  for (int i = 0; i < SERIAL_LEN - 1; i++) {
    if ((unsigned)(z[i] - '0') > 9) {
      p->iBad = i;
      return SERIAL_E_CHARSET;
    }
  }
  char c = z[SERIAL_LEN - 1];
  if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
    p->iBad = SERIAL_LEN - 1;
    return SERIAL_E_CHARSET;
  }
  p->hasParts = 1;
  p->city = digitsValue(z, 4);
  p->county = digitsValue(z + 4, 2);
  p->provider = digitsValue(z + 6, 4);
  p->year = 2000 + digitsValue(z + 10, 2);
  p->seq = digitsValue(z + 12, 5);
  p->category = c;

  /* 附件2 二(一): the table, 3700-3716. */
  if (!serial_city_name(p->city)) return SERIAL_E_CITY;
  /* 附件2 二(二): "省本级项目、设区的市本级代码为“00”". */
  if (p->city == SERIAL_CITY_PROVINCE && p->county != 0) return SERIAL_E_COUNTY;
  /* 附件2 二(三), 二(七); reading: 0000 is no code (see the top of this file). */
  if (p->provider < SERIAL_PROVIDER_MIN) return SERIAL_E_PROVIDER;
  /* 附件2 二(四) "取核发年份的后两位数字"; readings: from 2020, and not after as_of. */
  if (p->year < SERIAL_YEAR_FIRST) return SERIAL_E_YEAR;
  if (pAsOf && (rs_date_cmp(*pAsOf, serialRuleDate) < 0 || p->year > pAsOf->y))
    return SERIAL_E_YEAR;
  /* 附件2 二(五): "每年度从00001-99999依次顺序取值". */
  if (p->seq < 1) return SERIAL_E_SEQ;
  /* 附件2 二(六): A, B, C. */
  if (!serial_category_name(c)) return SERIAL_E_CATEGORY;
  return SERIAL_OK;
}

const char *serial_error_name(int rc) {
  static const char *const az[SERIAL_N_ERROR] = {
      "", "empty", "length", "charset", "city", "county", "provider", "year", "seq", "category"};
  return rc >= 0 && rc < SERIAL_N_ERROR ? az[rc] : "unknown";
}

#define CITY_TABLE "3700 省本级, 3701 济南 … 3716 菏泽"

/* The hint for a 4-digit code that is not in the table. */
static const char *cityHint(int code) {
  if (code == 3717) return " (3717 is 菏泽's GB/T 2260 prefix; its certificate code is 3716)";
  if (code / 100 != 37) return " (not a Shandong code)";
  return "";
}

void serial_message(int rc, const SerialInfo *p, char *z, int nz) {
  size_t n = (size_t)nz;
  switch (rc) {
    case SERIAL_OK:
      snprintf(z, n, "%s", "");
      break;
    case SERIAL_E_EMPTY:
      snprintf(z, n, "证书序列号 serial: empty / 序列号为空");
      break;
    case SERIAL_E_LENGTH:
      snprintf(
          z, n, "证书序列号 serial: %d characters, expected 18%s / 序列号应为18位", p->nChar,
          p->edgeSpace ? " (leading or trailing space: cert_serial_normalize() trims it)" : "");
      break;
    case SERIAL_E_CHARSET:
      if (p->iBad == SERIAL_LEN - 1) {
        snprintf(z, n,
                 "培训类别代码 category: character 18 must be the letter A, B or C / "
                 "第18位应为字母A、B或C");
      } else {
        snprintf(z, n, "证书序列号 serial: character %d is not an ASCII digit%s / 第%d位应为数字",
                 p->iBad + 1,
                 p->edgeSpace && p->iBad == 0 ? " (leading space: cert_serial_normalize() trims it)"
                                              : "",
                 p->iBad + 1);
      }
      break;
    case SERIAL_E_CITY:
      snprintf(z, n,
               "设区的市代码 city (1-4): %04d is not in the table of 鲁人社函〔2020〕48号 附件2 "
               "(" CITY_TABLE ")%s / 设区的市代码无效",
               p->city, cityHint(p->city));
      break;
    case SERIAL_E_COUNTY:
      snprintf(z, n,
               "县（市、区）代码 county (5-6): a provincial project (3700) has county 00, not %02d "
               "/ 省本级项目县代码应为00",
               p->county);
      break;
    case SERIAL_E_PROVIDER:
      snprintf(z, n,
               "培训主体代码 provider (7-10): 0000 is not an assigned code; codes are numbered from "
               "0001 / 培训主体代码不能为0000");
      break;
    case SERIAL_E_YEAR:
      if (p->year < SERIAL_YEAR_FIRST) {
        snprintf(z, n,
                 "证书核发年份代码 year (11-12): %02d means %d, before the unified serial of "
                 "鲁人社函〔2020〕48号 (2020-07-30); older certificates keep their local format "
                 "/ 核发年份早于2020年",
                 p->year % 100, p->year);
      } else if (rs_date_cmp(p->asOf, serialRuleDate) < 0) {
        snprintf(z, n,
                 "证书核发年份代码 year (11-12): as_of %04d-%02d-%02d is before 鲁人社函〔2020〕48号 "
                 "(2020-07-30), when no such serial existed / 核验日期早于规则施行",
                 p->asOf.y, p->asOf.m, p->asOf.d);
      } else {
        snprintf(z, n,
                 "证书核发年份代码 year (11-12): %d is after as_of %04d-%02d-%02d / 核发年份晚于核验日期",
                 p->year, p->asOf.y, p->asOf.m, p->asOf.d);
      }
      break;
    case SERIAL_E_SEQ:
      snprintf(z, n, "证书核发顺序代码 seq (13-17): 00000 is out of range 00001-99999 / 顺序代码应为00001-99999");
      break;
    case SERIAL_E_CATEGORY:
      if (p->category >= 'a' && p->category <= 'c') {
        snprintf(z, n,
                 "培训类别代码 category (18): lowercase '%c'; the code is upper case %c "
                 "(cert_serial_normalize() maps it) / 培训类别代码应为大写字母",
                 p->category, p->category - 'a' + 'A');
      } else {
        snprintf(z, n,
                 "培训类别代码 category (18): '%c' is not A 就业技能培训, B 岗位技能提升培训 or C 创业培训 "
                 "/ 培训类别代码无效",
                 p->category);
      }
      break;
    default:
      snprintf(z, n, "unknown error %d", rc);
  }
}

/* {====================================================================
** Looking up a city by code or name
*/

/* 1 if z[0..n) is n > 0 ASCII digits. */
static int allDigits(const char *z, int n) {
  if (n <= 0) return 0;
  for (int i = 0; i < n; i++) {
    if ((unsigned)(z[i] - '0') > 9) return 0;
  }
  return 1;
}

/* Bytes in the first nMax characters of the UTF-8 text z[0..n): never cuts a character. */
static int utf8Prefix(const char *z, int n, int nMax) {
  int i = 0, nChar = 0;
  while (i < n) {
    if (((unsigned char)z[i] & 0xC0) != 0x80 && nChar++ == nMax) break;
    i++;
  }
  return i;
}

/* The table entry whose GB/T 2260 prefix is gb, or -1. */
static int cityByGb(int gb) {
  for (int i = 1; i < SERIAL_N_CITY; i++) {
    if (aSerialCity[i].gb == gb) return i;
  }
  return -1;
}

#define UTF8_SHI "\xE5\xB8\x82" /* 市 */

int serial_city_lookup(const char *z, int n, char *zErr, int nErr) {
  size_t ne = (size_t)nErr;
  if (z == 0 || n <= 0) {
    snprintf(zErr, ne, "expected a certificate city code 3700-3716 or a city name, got ''");
    return -1;
  }
  if (allDigits(z, n) && n == 4) {
    int code = digitsValue(z, 4);
    if (serial_city_name(code)) return code;
    snprintf(zErr, ne,
             "'%.4s' is not a certificate city code of 鲁人社函〔2020〕48号 附件2 (" CITY_TABLE ")%s",
             z, cityHint(code));
    return -1;
  }
  if (allDigits(z, n) && n == 6) {
    /* A GB/T 2260 code: explain the two code systems rather than guess. */
    int code = digitsValue(z, 6);
    const char *zGb = region_name(code, 0);
    int iCity = cityByGb(code / 100); /* the city part of a city or county code */
    if (code == 370000) {
      snprintf(zErr, ne,
               "'%.6s' is the GB/T 2260 code of 山东省; provincial projects use 3700 (省本级)", z);
    } else if (code == 371200) {
      snprintf(zErr, ne,
               "'%.6s' is the GB/T 2260 code of 莱芜市, merged into 济南 in 2019; it has no certificate "
               "code (certificate code 3712 is 临沂)",
               z);
    } else if (zGb && code / 10000 == 37 && iCity >= 0) {
      const char *zKind = code % 100 == 0 ? "" : " county";
      snprintf(zErr, ne,
               "'%.6s' is a GB/T 2260%s code (%s); the certificate code of %s is %d (鲁人社函〔2020〕48号 "
               "附件2 numbers the cities in its own table)",
               z, zKind, zGb, aSerialCity[iCity].zName, aSerialCity[iCity].code);
    } else if (zGb) {
      snprintf(zErr, ne,
               "'%.6s' is a GB/T 2260 code (%s), not a certificate city code (" CITY_TABLE ")", z,
               zGb);
    } else {
      snprintf(zErr, ne, "'%.6s' is not a certificate city code (" CITY_TABLE ")", z);
    }
    return -1;
  }
  /* A name, with or without 市. */
  int nName = n;
  if (nName > 3 && memcmp(z + nName - 3, UTF8_SHI, 3) == 0) nName -= 3;
  for (int i = 0; i < SERIAL_N_CITY; i++) {
    if ((int)strlen(aSerialCity[i].zName) == nName &&
        memcmp(aSerialCity[i].zName, z, (size_t)nName) == 0) {
      return aSerialCity[i].code;
    }
  }
  if (nName == 6 && memcmp(z, "莱芜", 6) == 0) {
    snprintf(zErr, ne,
             "莱芜 was merged into 济南 in 2019 (莱芜区, 钢城区) and has no certificate code: use 济南 "
             "(3701); certificate code 3712 is 临沂");
    return -1;
  }
  snprintf(zErr, ne,
           "expected a certificate city code 3700-3716 or a city name (济南, 济南市, 省本级), got "
           "'%.*s'",
           utf8Prefix(z, n, 40), z);
  return -1;
}
/* }==================================================================== */

char serial_category_lookup(const char *z, int n) {
  if (z == 0) return 0;
  if (n == 1) {
    char c = z[0];
    if (c >= 'a' && c <= 'c') c = (char)(c - 'a' + 'A');
    return serial_category_name(c) ? c : 0;
  }
  for (char c = 'A'; c <= 'C'; c++) {
    const char *zName = serial_category_name(c);
    if ((int)strlen(zName) == n && memcmp(zName, z, (size_t)n) == 0) return c;
  }
  return 0;
}

int serial_format(int city, long long county, long long provider, long long year, long long seq,
                  char category, char *zOut, char *zErr, int nErr) {
  size_t ne = (size_t)nErr;
  zOut[0] = 0;
  if (!serial_city_name(city)) {
    snprintf(zErr, ne, "city: %d is not a certificate city code (" CITY_TABLE ")%s", city,
             cityHint(city));
    return SERIAL_E_CITY;
  }
  if (county < 0 || county > SERIAL_COUNTY_MAX) {
    snprintf(zErr, ne, "county: %lld is out of range 00-99 / 县（市、区）代码应为00-99", county);
    return SERIAL_E_COUNTY;
  }
  if (city == SERIAL_CITY_PROVINCE && county != 0) {
    snprintf(zErr, ne,
             "county: a provincial project (3700 省本级) has county 00, got %02lld / 省本级项目县代码为00 "
             "(鲁人社函〔2020〕48号 附件2 二(二))",
             county);
    return SERIAL_E_COUNTY;
  }
  if (provider < SERIAL_PROVIDER_MIN || provider > SERIAL_PROVIDER_MAX) {
    snprintf(zErr, ne, "provider: %lld is out of range 0001-9999%s / 培训主体代码应为0001-9999", provider,
             provider == 0 ? " (0000 is not an assigned code)" : "");
    return SERIAL_E_PROVIDER;
  }
  if (year < SERIAL_YEAR_FIRST || year > SERIAL_YEAR_LAST) {
    if (year >= 0 && year <= 99) {
      snprintf(zErr, ne, "year: expected a four-digit year 2020-2099, got %lld / 核发年份应为四位数", year);
    } else if (year < SERIAL_YEAR_FIRST) {
      snprintf(zErr, ne,
               "year: %lld is before 2020: the unified serial dates from 鲁人社函〔2020〕48号 "
               "(2020-07-30) "
               "/ 核发年份早于2020年",
               year);
    } else {
      snprintf(zErr, ne,
               "year: %lld is after 2099: the two-digit year code would repeat / 核发年份超出范围",
               year);
    }
    return SERIAL_E_YEAR;
  }
  if (seq < 1 || seq > SERIAL_SEQ_MAX) {
    snprintf(zErr, ne, "seq: %lld is out of range 00001-99999%s / 证书核发顺序代码应为00001-99999", seq,
             seq > SERIAL_SEQ_MAX ? " (the year's sequence is exhausted; it never wraps)" : "");
    return SERIAL_E_SEQ;
  }
  if (!serial_category_name(category)) {
    snprintf(zErr, ne, "category: expected A 就业技能培训, B 岗位技能提升培训 or C 创业培训");
    return SERIAL_E_CATEGORY;
  }
  /* 附件2 二(七): "5-6位、7-10位和13-17位，赋码不足位数时在前面加“0”补足位数". */
  snprintf(zOut, SERIAL_LEN + 1, "%04d%02d%04d%02d%05d%c", city, (int)county, (int)provider,
           (int)(year % 100), (int)seq, category);
  return SERIAL_OK;
}

int serial_normalize(const char *zIn, int n, char *zOut, int nOut) {
  const unsigned char *z = (const unsigned char *)zIn;
  int i = 0, j = n;
  textcell_trim(z, &i, &j);
  if (i < j && z[i] == '\'') i++;
  int o = 0;
  while (i < j) {
    unsigned char c = z[i];
    /* Full-width: ０-９ EF BC 90-99, Ａ-Ｚ EF BC A1-BA, ａ-ｚ EF BD 81-9A. */
    if (c == 0xEF && j - i >= 3 && z[i + 1] == 0xBC && z[i + 2] >= 0x90 && z[i + 2] <= 0x99) {
      c = (unsigned char)('0' + (z[i + 2] - 0x90));
      i += 3;
    } else if (c == 0xEF && j - i >= 3 && z[i + 1] == 0xBC && z[i + 2] >= 0xA1 &&
               z[i + 2] <= 0xBA) {
      c = (unsigned char)('A' + (z[i + 2] - 0xA1));
      i += 3;
    } else if (c == 0xEF && j - i >= 3 && z[i + 1] == 0xBD && z[i + 2] >= 0x81 &&
               z[i + 2] <= 0x9A) {
      c = (unsigned char)('A' + (z[i + 2] - 0x81));
      i += 3;
    } else {
      if (c >= 'a' && c <= 'z') c = (unsigned char)(c - 'a' + 'A');
      i++;
    }
    if (o >= nOut) return -1;
    zOut[o++] = (char)c;
  }
  return o;
}
