/*
** tests/c/idcard_test.c: unit tests of ext/idcard.c (no SQLite).
** Numbers are the GB 11643-1999 examples, the probes of docs/idcard.md "How other validators differ",
** and numbers built here with the standard's check-digit rule; none belongs to a real person.
*/
#include "../../ext/idcard.h"
#include "test.h"

static int check(const char *z, const char *zAsOf, int sex, IdcardInfo *p) {
  RsDate asOf;
  const RsDate *pAsOf = 0;
  if (zAsOf) {
    rs_date_parse(zAsOf, (int)strlen(zAsOf), &asOf);
    pAsOf = &asOf;
  }
  return idcard_check(z, (int)strlen(z), pAsOf, sex, p);
}

static const struct {
  const char *zId, *zAsOf;
  int sex;
  const char *zError; /* expected idcard_error_name() */
  const char *zKind;  /* expected kind when valid */
} aCase[] = {
    /* GB 11643-1999 worked examples */
    {"11010519491231002X", 0, 0, "", "resident18"},
    {"440524188001010014", 0, 0, "", "resident18"}, /* born 1880: no floor on the year */
    /* reference §3.10 probes */
    {"370102199003071238", 0, 0, "", "resident18"},
    {"370102199003071235", 0, 0, "checksum", 0},
    {"37010219900101108x", 0, 0, "", "resident18"},   /* lowercase x accepted */
    {"370102199002300019", 0, 0, "birth_date", 0},    /* 30 February */
    {"370102202612310016", "2026-11-22", 0, "future_birth", 0},
    {"370102202612310016", "2026-12-31", 0, "", "resident18"}, /* born on as_of: fine */
    {"379999199001010010", 0, 0, "region", 0},        /* unknown county */
    {"37120219850615001X", 0, 0, "", "resident18"},   /* 莱芜 3712xx, abolished 2019 */
    {"372321196201010020", 0, 0, "", "resident18"},   /* 惠民县 3723xx, abolished */
    {"370116200501010036", 0, 0, "", "resident18"},   /* 莱芜区 370116, created 2019 */
    {"810000199408230021", 0, 0, "", "hk_macao_taiwan_permit"},
    {"830000199201300022", 0, 0, "", "hk_macao_taiwan_permit"},
    {"937840199001010017", 0, 0, "", "foreign_permanent"},
    {"370102900307123", 0, 0, "", "resident15"},
    /* shape errors */
    {"", 0, 0, "empty", 0},
    {"37010219900307123", 0, 0, "length", 0},
    {"3701021990030712388", 0, 0, "length", 0},
    {" 370102199003071238", 0, 0, "length", 0},
    {"37010219900307123A", 0, 0, "charset", 0},
    {"3701021990030712X8", 0, 0, "charset", 0},
    {"37010290030712X", 0, 0, "charset", 0},        /* 15-digit: no X anywhere */
    {"ABC370102900307", 0, 0, "charset", 0},        /* letter first: not a citizen number */
    {"３７０１０２１９９００３０７１２３８", 0, 0, "charset", 0}, /* full-width digits */
    /* region */
    {"820000199408230021", 0, 0, "checksum", 0},    /* Macao permit code, wrong check */
    {"810000900307123", 0, 0, "region", 0},         /* permits are never 15 digits */
    {"811000199001010011", 0, 0, "region", 0},      /* 81xxxx other than 810000 */
    {"900000199001010017", 0, 0, "region", 0},      /* foreign PR with province 00 */
    {"937999199001010017", 0, 0, "region", 0},      /* nationality 999 unknown */
    {"981840199001010017", 0, 0, "region", 0},      /* province 81 is not a mainland province */
    /* dates */
    {"370102000229001", 0, 0, "birth_date", 0},     /* 1900-02-29 does not exist */
    {"370102200002290012", 0, 0, "", "resident18"}, /* 2000-02-29 exists */
    {"370102199013010011", 0, 0, "birth_date", 0},  /* month 13 */
    {"370102000000000000", 0, 0, "birth_date", 0},  /* year 0000 */
    /* sex agreement (AAC002 rule 5) */
    {"370102199003071238", 0, 1, "", "resident18"},
    {"370102199003071238", 0, 2, "sex", 0},
    {"11010519491231002X", 0, 2, "", "resident18"},
    {"11010519491231002X", 0, 1, "sex", 0},
    {"370102900307123", 0, 2, "sex", 0},
};

int main(void) {
  IdcardInfo info;
  char zName[96], zMsg[320];
  for (size_t i = 0; i < sizeof(aCase) / sizeof(aCase[0]); i++) {
    int rc = check(aCase[i].zId, aCase[i].zAsOf, aCase[i].sex, &info);
    snprintf(zName, sizeof zName, "case %zu %s", i, aCase[i].zId);
    CHECK_STR(zName, idcard_error_name(rc), aCase[i].zError);
    if (aCase[i].zKind) CHECK_STR(zName, idcard_kind_name(info.kind), aCase[i].zKind);
  }

  /* Check characters: the standard's rule and its examples. */
  CHECK_INT("check char of 11010519491231002", idcard_check_char("11010519491231002"), 'X');
  CHECK_INT("check char of 44052418800101001", idcard_check_char("44052418800101001"), '4');
  CHECK_INT("check char of 37010219900307123", idcard_check_char("37010219900307123"), '8');

  /* Derived facts. */
  check("370102900307123", 0, 0, &info);
  CHECK_STR("15 -> 18 upgrade", info.zId18, "370102199003071238");
  CHECK_INT("15-digit sex from digit 15", info.sex, 1);
  check("11010519491231002X", "2020-01-01", 0, &info);
  CHECK_INT("birth y", info.birth.y, 1949);
  CHECK_INT("birth m", info.birth.m, 12);
  CHECK_INT("birth d", info.birth.d, 31);
  CHECK_INT("female", info.sex, 2);
  check("37010219900101108x", 0, 0, &info);
  CHECK_INT("lowercase x flagged", info.lowerX, 1);
  CHECK_STR("lowercase x canonical", info.zId18, "37010219900101108X");
  check("937840199001010017", 0, 0, &info);
  CHECK_INT("foreign PR province", info.region, 370000);
  CHECK_INT("foreign PR nationality", info.nationality, 840);

  /* Messages name the field, never repeat the number. */
  int rc = check("370102199003071235", 0, 0, &info);
  idcard_message(rc, &info, zMsg, sizeof zMsg);
  CHECK_STR("checksum message", zMsg, "AAC002 社会保障号码: check digit mismatch, the body requires 8 / 校验码错误");
  rc = check("37010219900307123A", 0, 0, &info);
  idcard_message(rc, &info, zMsg, sizeof zMsg);
  CHECK_STR("charset 18 message", zMsg, "AAC002 社会保障号码: character 18 must be a digit or X / 第18位应为数字或X");
  rc = check(" 370102199003071238", 0, 0, &info);
  idcard_message(rc, &info, zMsg, sizeof zMsg);
  CHECK_STR("length message with space hint", zMsg,
            "AAC002 社会保障号码: 19 characters, expected 15 or 18 (leading or trailing space: idcard_normalize() trims it) / 长度应为15或18位");

  /* Normalisation of spreadsheet cells. */
  static const struct { const char *zIn, *zOut; } aNorm[] = {
      {"  370102199003071238\t", "370102199003071238"},
      {"\xE3\x80\x80" "37010219900101108x" "\xC2\xA0", "37010219900101108X"},
      {"３７０１０２１９９００１０１１０８Ｘ", "37010219900101108X"},
      {"３７０１０２１９９００１０１１０８ｘ", "37010219900101108X"},
      {"'370102199003071238", "370102199003071238"},
      {"\xEF\xBB\xBF" "370102199003071238", "370102199003071238"},
      {"", ""},
      {"   ", ""},
      {"37 0102", "37 0102"}, /* inner spaces are kept: a human must look */
  };
  for (size_t i = 0; i < sizeof(aNorm) / sizeof(aNorm[0]); i++) {
    char zOut[128];
    int n = idcard_normalize(aNorm[i].zIn, (int)strlen(aNorm[i].zIn), zOut, (int)sizeof zOut);
    zOut[n < 0 ? 0 : n] = 0;
    snprintf(zName, sizeof zName, "normalize %zu", i);
    CHECK_STR(zName, zOut, aNorm[i].zOut);
  }
  char zSmall[4];
  CHECK_INT("normalize reports a short buffer", idcard_normalize("370102", 6, zSmall, 4), -1);

  /* Every 17-digit body with its computed check character validates (sampled), and every other
  ** check character is rejected: the check digit is the only thing that changed. */
  int nBad = 0;
  char z[19] = "37010219900307123X";
  for (int seq = 0; seq < 1000; seq += 7) {
    snprintf(z + 14, 4, "%03u", (unsigned)seq % 1000u);
    z[17] = idcard_check_char(z);
    z[18] = 0;
    if (check(z, 0, 0, &info) != IDCARD_OK) nBad++;
    const char *zAll = "0123456789X";
    for (int k = 0; zAll[k]; k++) {
      if (zAll[k] == z[17]) continue;
      char zw[19];
      memcpy(zw, z, 19);
      zw[17] = zAll[k];
      if (check(zw, 0, 0, &info) != IDCARD_E_CHECKSUM) nBad++;
    }
  }
  CHECK_INT("check digit catches every wrong 18th character", nBad, 0);
  return test_done("idcard_test");
}
