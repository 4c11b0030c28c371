/*
** tests/c/certserial_test.c: unit tests of ext/certserial.c (no SQLite).
** The rule is 鲁人社函〔2020〕48号 附件2. Serials are built
** here by the rule; provider codes and sequences are made up.
*/
#include "../../ext/certserial.h"
#include "test.h"

static int parse(const char *z, const char *zAsOf, SerialInfo *p) {
  RsDate asOf;
  const RsDate *pAsOf = 0;
  if (zAsOf) {
    rs_date_parse(zAsOf, (int)strlen(zAsOf), &asOf);
    pAsOf = &asOf;
  }
  return serial_parse(z, (int)strlen(z), pAsOf, p);
}

/* serial_parse: every part's bounds and every error code, in checking order. */
static const struct {
  const char *zSerial, *zAsOf;
  const char *zError; /* expected serial_error_name() */
} aParse[] = {
    /* valid: each category, each end of each part */
    {"37010000012000001A", 0, ""},
    {"37010000012000001B", 0, ""},
    {"37010000012000001C", 0, ""},
    {"37000000012099999A", 0, ""},          /* 省本级 3700 with county 00; seq 99999 */
    {"37169999999999999C", 0, ""},          /* 菏泽 3716, county 99, provider 9999, year 2099 */
    {"37120300122600001A", 0, ""},          /* 临沂 is 3712 in 附件2's table */
    {"37010000012000001A", "2020-07-30", ""}, /* the notice's own date */
    {"37010000012600001A", "2026-01-01", ""}, /* issued in as_of's year */
    /* empty, length */
    {"", 0, "empty"},
    {"37010000012000001", 0, "length"},
    {"37010000012000001AB", 0, "length"},
    {" 37010000012000001A", 0, "length"},
    {"37010000012000001A ", 0, "length"},
    /* charset */
    {"3701000001200000１A", 0, "charset"},  /* a full-width digit: 18 characters, 20 bytes */
    {"370100000120000 1A", 0, "charset"},
    {"37010000012000001-", 0, "charset"},
    {"370100000120000019", 0, "charset"},   /* a digit where the category letter belongs */
    {"A7010000012000001A", 0, "charset"},
    /* city: the table, not GB/T 2260 */
    {"37170000012000001A", 0, "city"},      /* 3717 is 菏泽 only in GB/T 2260 */
    {"36990000012000001A", 0, "city"},
    {"11010000012000001A", 0, "city"},
    {"37990000012000001A", 0, "city"},
    /* county */
    {"37000100012000001A", 0, "county"},    /* 省本级 must be 00 */
    {"37009900012000001A", 0, "county"},
    {"37019900012000001A", 0, ""},           /* any 00-99 elsewhere */
    /* provider: reading, 0000 is no code */
    {"37010000002000001A", 0, "provider"},
    {"37010099992000001A", 0, ""},
    /* year: reading, 2020 onwards, not after as_of */
    {"37010000011900001A", 0, "year"},
    {"37010000010000001A", 0, "year"},
    {"37010000012700001A", "2026-12-31", "year"},
    {"37010000012000001A", "2020-07-29", "year"},  /* before the notice: no serial yet */
    /* seq */
    {"37010000012000000A", 0, "seq"},
    {"37010000012000001A", 0, ""},
    /* category */
    {"37010000012000001D", 0, "category"},
    {"37010000012000001a", 0, "category"},  /* reading: lowercase is category, not charset */
    {"37010000012000001Z", 0, "category"},
    /* first error wins: a bad city is reported before a bad category */
    {"37170000012000001D", 0, "city"},
};

static void testParse(void) {
  char zName[80];
  for (int i = 0; i < (int)(sizeof(aParse) / sizeof(aParse[0])); i++) {
    SerialInfo info;
    int rc = parse(aParse[i].zSerial, aParse[i].zAsOf, &info);
    snprintf(zName, sizeof(zName), "parse %d %s", i, aParse[i].zSerial);
    CHECK_STR(zName, serial_error_name(rc), aParse[i].zError);
  }
}

static void testParts(void) {
  SerialInfo info;
  CHECK_INT("parts rc", parse("37120300122600001A", 0, &info), SERIAL_OK);
  CHECK_INT("parts city", info.city, 3712);
  CHECK_STR("parts 3712 is 临沂, not 莱芜", serial_city_name(info.city), "临沂");
  CHECK_INT("parts county", info.county, 3);
  CHECK_INT("parts provider", info.provider, 12);
  CHECK_INT("parts year", info.year, 2026);
  CHECK_INT("parts seq", info.seq, 1);
  CHECK_INT("parts category", info.category, 'A');
  CHECK_STR("parts category name", serial_category_name(info.category), "就业技能培训");
  CHECK_STR("category B", serial_category_name('B'), "岗位技能提升培训");
  CHECK_STR("category C", serial_category_name('C'), "创业培训");
  CHECK("category D", serial_category_name('D') == 0);
  /* an invalid part still shows what the serial says */
  CHECK_INT("parts of 3717", parse("37170000122600001A", 0, &info), SERIAL_E_CITY);
  CHECK_INT("parts of 3717 hasParts", info.hasParts, 1);
  CHECK_INT("parts of 3717 city", info.city, 3717);
  CHECK("3717 has no name", serial_city_name(3717) == 0);
  CHECK_INT("length: no parts", parse("3701", 0, &info), SERIAL_E_LENGTH);
  CHECK_INT("length: no parts hasParts", info.hasParts, 0);
  CHECK_INT("charset position", parse("3701000001200000１A", 0, &info), SERIAL_E_CHARSET);
  CHECK_INT("charset position iBad", info.iBad, 16);
  CHECK_INT("charset nChar", info.nChar, 18);
  /* the whole table */
  static const char *const azName[] = {"省本级", "济南", "青岛", "淄博", "枣庄", "东营", "烟台", "潍坊", "济宁",
                                       "泰安", "威海", "日照", "临沂", "德州", "聊城", "滨州", "菏泽"};
  for (int i = 0; i <= 16; i++) {
    char zName[40];
    snprintf(zName, sizeof(zName), "table %d", 3700 + i);
    CHECK_STR(zName, serial_city_name(3700 + i), azName[i]);
  }
  CHECK("3699", serial_city_name(3699) == 0);
}

static void testMessages(void) {
  SerialInfo info;
  char z[400];
  int rc = parse("37170000012000001A", 0, &info);
  serial_message(rc, &info, z, (int)sizeof(z));
  CHECK("city message names the part", strstr(z, "设区的市代码 city (1-4): 3717") != 0);
  CHECK("city message explains 3717",
        strstr(z, "3717 is 菏泽's GB/T 2260 prefix; its certificate code is 3716") != 0);
  rc = parse("37010000012000001a", 0, &info);
  serial_message(rc, &info, z, (int)sizeof(z));
  CHECK("lowercase message", strstr(z, "lowercase 'a'; the code is upper case A") != 0);
  rc = parse("37010000011900001A", 0, &info);
  serial_message(rc, &info, z, (int)sizeof(z));
  CHECK("year 19 message", strstr(z, "19 means 2019, before the unified serial") != 0);
  rc = parse("37010000012700001A", "2026-12-31", &info);
  serial_message(rc, &info, z, (int)sizeof(z));
  CHECK("year after as_of message", strstr(z, "2027 is after as_of 2026-12-31") != 0);
  rc = parse("37010000012000001A", "2020-07-29", &info);
  serial_message(rc, &info, z, (int)sizeof(z));
  CHECK("as_of before the rule message",
        strstr(z, "as_of 2020-07-29 is before 鲁人社函〔2020〕48号") != 0);
  serial_message(SERIAL_OK, &info, z, (int)sizeof(z));
  CHECK_STR("ok message", z, "");
  /* a tiny buffer is truncated, never overrun */
  char zSmall[8];
  rc = parse("37170000012000001A", 0, &info);
  serial_message(rc, &info, zSmall, (int)sizeof(zSmall));
  CHECK_INT("small buffer", (int)strlen(zSmall) < 8, 1);
  for (int i = 0; i <= SERIAL_N_ERROR; i++) CHECK("error name", serial_error_name(i) != 0);
  CHECK_STR("error name out of range", serial_error_name(99), "unknown");
}

/* serial_city_lookup: the two code systems. */
static const struct {
  const char *zIn;
  int code;           /* -1: refused */
  const char *zFrag;  /* part of the refusal */
} aCity[] = {
    {"3701", 3701, 0},
    {"济南", 3701, 0},
    {"济南市", 3701, 0},
    {"临沂", 3712, 0},
    {"临沂市", 3712, 0},
    {"3712", 3712, 0},          /* 临沂 */
    {"3713", 3713, 0},          /* 德州, not 临沂 */
    {"菏泽", 3716, 0},
    {"省本级", 3700, 0},
    {"3700", 3700, 0},
    {"3717", -1, "3717 is 菏泽's GB/T 2260 prefix; its certificate code is 3716"},
    {"3799", -1, "is not a certificate city code"},
    {"1101", -1, "not a Shandong code"},
    {"371300", -1, "'371300' is a GB/T 2260 code (临沂市); the certificate code of 临沂 is 3712"},
    {"371700", -1, "the certificate code of 菏泽 is 3716"},
    {"370100", -1, "the certificate code of 济南 is 3701"},
    {"371200", -1, "莱芜市, merged into 济南 in 2019"},
    {"370000", -1, "provincial projects use 3700"},
    {"370102", -1, "GB/T 2260 county code (历下区); the certificate code of 济南 is 3701"},
    {"371302", -1, "the certificate code of 临沂 is 3712"},
    {"110000", -1, "GB/T 2260 code (北京市)"},
    {"999999", -1, "'999999' is not a certificate city code"},
    {"莱芜", -1, "莱芜 was merged into 济南"},
    {"莱芜市", -1, "莱芜 was merged into 济南"},
    {"北京", -1, "got '北京'"},
    {"市", -1, "got '市'"},
    {"", -1, "got ''"},
    {"37", -1, "got '37'"},
};

static void testCity(void) {
  char zName[80];
  for (int i = 0; i < (int)(sizeof(aCity) / sizeof(aCity[0])); i++) {
    char zErr[400] = "";
    int code = serial_city_lookup(aCity[i].zIn, (int)strlen(aCity[i].zIn), zErr, (int)sizeof(zErr));
    snprintf(zName, sizeof(zName), "city %s", aCity[i].zIn);
    CHECK_INT(zName, code, aCity[i].code);
    if (aCity[i].zFrag && !strstr(zErr, aCity[i].zFrag)) {
      test_report(0, zName, __FILE__, __LINE__, zErr, aCity[i].zFrag);
    }
  }
}

/* A long name is quoted to 40 whole characters, never cut inside one. */
static void testCityLong(void) {
  char zIn[200] = "", zWant[200] = "got '", zErr[400] = "";
  for (int i = 0; i < 50; i++) strcat(zIn, "济");
  for (int i = 0; i < 40; i++) strcat(zWant, "济");
  strcat(zWant, "'");
  CHECK_INT("long city", serial_city_lookup(zIn, (int)strlen(zIn), zErr, (int)sizeof(zErr)), -1);
  const char *zAt = strstr(zErr, zWant);
  CHECK("long city quoted whole", zAt != 0 && zAt[strlen(zWant)] == 0);
}

static void testCategory(void) {
  CHECK_INT("cat A", serial_category_lookup("A", 1), 'A');
  CHECK_INT("cat b", serial_category_lookup("b", 1), 'B');
  CHECK_INT("cat name", serial_category_lookup("创业培训", (int)strlen("创业培训")), 'C');
  CHECK_INT("cat D", serial_category_lookup("D", 1), 0);
  CHECK_INT("cat d", serial_category_lookup("d", 1), 0);
  CHECK_INT("cat AB", serial_category_lookup("AB", 2), 0);
  CHECK_INT("cat empty", serial_category_lookup("", 0), 0);
}

/* serial_format: each part's bounds; the errors name the part. */
typedef struct FormatCase {
  int city;
  long long county, provider, year, seq;
  char cat;
  int rc;
  const char *zOut; /* serial, or part of the error */
} FormatCase;
static const FormatCase aFormat[] = {
    {3712, 3, 12, 2026, 1, 'A', SERIAL_OK, "37120300122600001A"},
    {3700, 0, 1, 2020, 99999, 'B', SERIAL_OK, "37000000012099999B"},
    {3716, 99, 9999, 2099, 1, 'C', SERIAL_OK, "37169999999900001C"},
    {3701, 100, 1, 2026, 1, 'A', SERIAL_E_COUNTY, "county: 100 is out of range 00-99"},
    {3701, -1, 1, 2026, 1, 'A', SERIAL_E_COUNTY, "county: -1 is out of range 00-99"},
    {3700, 1, 1, 2026, 1, 'A', SERIAL_E_COUNTY,
     "county: a provincial project (3700 省本级) has county 00, got 01"},
    {3701, 0, 0, 2026, 1, 'A', SERIAL_E_PROVIDER,
     "provider: 0 is out of range 0001-9999 (0000 is not an assigned code)"},
    {3701, 0, 10000, 2026, 1, 'A', SERIAL_E_PROVIDER, "provider: 10000 is out of range 0001-9999"},
    {3701, 0, 1, 2019, 1, 'A', SERIAL_E_YEAR, "year: 2019 is before 2020"},
    {3701, 0, 1, 26, 1, 'A', SERIAL_E_YEAR, "year: expected a four-digit year 2020-2099, got 26"},
    {3701, 0, 1, 2100, 1, 'A', SERIAL_E_YEAR, "year: 2100 is after 2099"},
    {3701, 0, 1, 2026, 0, 'A', SERIAL_E_SEQ, "seq: 0 is out of range 00001-99999"},
    {3701, 0, 1, 2026, 100000, 'A', SERIAL_E_SEQ,
     "seq: 100000 is out of range 00001-99999 (the year's sequence is exhausted; it never wraps)"},
    {3701, 0, 1, 2026, 1, 'D', SERIAL_E_CATEGORY, "category: expected A 就业技能培训"},
    {3701, 0, 1, 2026, 1, 'a', SERIAL_E_CATEGORY, "category: expected A 就业技能培训"},
    {3717, 0, 1, 2026, 1, 'A', SERIAL_E_CITY, "city: 3717 is not a certificate city code"},
};

static void testFormat(void) {
  char zName[80];
  for (int i = 0; i < (int)(sizeof(aFormat) / sizeof(aFormat[0])); i++) {
    char zOut[SERIAL_LEN + 1], zErr[400] = "";
    const FormatCase *c = &aFormat[i];
    int rc = serial_format(c->city, c->county, c->provider, c->year, c->seq, c->cat, zOut, zErr,
                           (int)sizeof(zErr));
    snprintf(zName, sizeof(zName), "format %d", i);
    CHECK_INT(zName, rc, c->rc);
    if (rc == SERIAL_OK) {
      CHECK_STR(zName, zOut, c->zOut);
      SerialInfo info;
      CHECK_INT("format round trip", serial_parse(zOut, SERIAL_LEN, 0, &info), SERIAL_OK);
    } else if (!strstr(zErr, c->zOut)) {
      test_report(0, zName, __FILE__, __LINE__, zErr, c->zOut);
    } else {
      test_report(1, zName, __FILE__, __LINE__, "", "");
      CHECK_STR("no serial on error", zOut, "");
    }
  }
}

static void testNormalize(void) {
  char z[64];
  int n = serial_normalize(" 37010000012000001a\t", (int)strlen(" 37010000012000001a\t"), z,
                           (int)sizeof(z));
  CHECK_INT("normalize length", n, 18);
  z[n > 0 ? n : 0] = 0;
  CHECK_STR("normalize trims and upper-cases", z, "37010000012000001A");
  const char *zWide = "\xE3\x80\x80'３７０１０００００１２０００００１ａ\xC2\xA0"; /* ideographic space ... NBSP */
  n = serial_normalize(zWide, (int)strlen(zWide), z, (int)sizeof(z));
  z[n > 0 ? n : 0] = 0;
  CHECK_STR("normalize full-width", z, "37010000012000001A");
  n = serial_normalize("ＡＢ", (int)strlen("ＡＢ"), z, (int)sizeof(z));
  z[n > 0 ? n : 0] = 0;
  CHECK_STR("normalize full-width letters", z, "AB");
  CHECK_INT("normalize too small", serial_normalize("12345", 5, z, 3), -1);
  CHECK_INT("normalize empty", serial_normalize("   ", 3, z, (int)sizeof(z)), 0);
}

int main(void) {
  testParse();
  testParts();
  testMessages();
  testCity();
  testCityLong();
  testCategory();
  testFormat();
  testNormalize();
  return test_done("certserial_test");
}
