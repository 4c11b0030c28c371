/*
** tests/c/record_test.c: unit tests of ext/record.c (field specs, normalisation, every validator
** rule with a failing and a passing record), without SQLite.
**
** Each case starts from a good record of its kind (aApp, aAudit, aExit below), changes a few
** fields, and compares the problems as "FIELD:rule" (warnings as "FIELD:rule?") joined by spaces.
** as_of is 2026-11-24 throughout.
*/
#include <stdio.h>
#include <string.h>

#include "record.h"
#include "test.h"

/* Good records, as field code / value pairs. */
static const char *const aApp[] = {"ADC201", "6f1c2a9e-0000-4000-8000-000000000001",
                                   "AAB301", "370102",
                                   "AAE127", "20261120",
                                   "AAC003", "王芳",
                                   "AAC004", "2",
                                   "AAC005", "01",
                                   "AAC011", "20",
                                   "AAC033", "1",
                                   "AJC090", "20261031",
                                   "AAC002", "11010519491231002X",
                                   "AAC058", "01",
                                   "AAC044", "11010519491231002X",
                                   "AAB299", "370102",
                                   "AAC010", "文化东路1号",
                                   "AAF016", "370102",
                                   "AAC046", "文化东路1号",
                                   "AAC067", "13800138000",
                                   "ADC221", "1",
                                   "AJC093", "24",
                                   "ADC222", "2",
                                   0};
static const char *const aAudit[] = {"AAZ341", "370102202600000001",
                                     "AAB301", "370102",
                                     "AAE127", "20261120",
                                     "AAC003", "王芳",
                                     "AAC004", "2",
                                     "AAC005", "01",
                                     "AAC011", "20",
                                     "AAC033", "1",
                                     "AJC090", "202610",
                                     "AAC058", "01",
                                     "AAC044", "11010519491231002X",
                                     "AAB299", "370102",
                                     "AAC010", "文化东路1号",
                                     "AAF016", "370102",
                                     "AAC046", "文化东路1号",
                                     "AAC067", "13800138000",
                                     "ADC221", "1",
                                     "AJC093", "24",
                                     "ADC222", "2",
                                     "AAE540", "1",
                                     "AAE011", "李四",
                                     "AAE036", "20261121",
                                     0};
static const char *const aExit[] = {"AAB301", "370102",   "AAZ341", "370102202600000002",
                                    "AAC003", "王芳",     "AAC002", "11010519491231002X",
                                    "AAC058", "01",       "AAC044", "11010519491231002X",
                                    "ADC210", "20261101", "AJC00A", "11",
                                    "AAE011", "李四",     "AAE036", "20261121",
                                    0};

typedef struct Out {
  char z[1000];
} Out;

static int addProblem(void *pArg, const RecordProblem *p) {
  Out *o = (Out *)pArg;
  size_t n = strlen(o->z);
  snprintf(o->z + n, sizeof(o->z) - n, "%s%s:%s%s", n ? " " : "", p->zField, p->zRule,
           p->eSeverity == RECORD_WARNING ? "?" : "");
  return 0;
}

/* Validate base with the pairs of azOver applied (a 0 value removes the field); returns the
** problems as text (static buffer). Keys of azOver may be codes, Chinese or English names. */
static const char *check(const char *zKind, const char *const *azBase, const char *const *azOver) {
  static Out out;
  static char aNorm[RECORD_MAX_FIELD][32];
  RecordValue aVal[RECORD_MAX_FIELD];
  const RecordKind *k = record_kind(zKind);
  RsDate asOf = {2026, 11, 24};
  memset(aVal, 0, sizeof(aVal));
  out.z[0] = 0;
  for (int pass = 0; pass < 2; pass++) {
    const char *const *az = pass ? azOver : azBase;
    for (int i = 0; az && az[i]; i += 2) {
      int j = record_field_index(k, az[i], (int)strlen(az[i]));
      if (j < 0) return "bad key in test";
      aVal[j].z = az[i + 1];
      aVal[j].n = az[i + 1] ? (int)strlen(az[i + 1]) : 0;
      if (aVal[j].z) {
        int n = record_normalize(&k->aField[j], aVal[j].z, aVal[j].n, aNorm[j], 32);
        if (n >= 0) {
          aVal[j].z = aNorm[j];
          aVal[j].n = n;
        }
      }
    }
  }
  record_validate(k, aVal, &asOf, addProblem, &out);
  return out.z;
}

#define APP(name, want, ...)                                \
  do {                                                      \
    static const char *const az_[] = {__VA_ARGS__, 0};      \
    CHECK_STR(name, check("application", aApp, az_), want); \
  } while (0)
#define AUDIT(name, want, ...)                          \
  do {                                                  \
    static const char *const az_[] = {__VA_ARGS__, 0};  \
    CHECK_STR(name, check("audit", aAudit, az_), want); \
  } while (0)
#define EXIT(name, want, ...)                          \
  do {                                                 \
    static const char *const az_[] = {__VA_ARGS__, 0}; \
    CHECK_STR(name, check("exit", aExit, az_), want);  \
  } while (0)

static void testSpecs(void) {
  const RecordKind *k = record_kind("application");
  CHECK("kind application", k && k->nField == 40);
  CHECK("kind audit", record_kind("audit") && record_kind("audit")->nField == 46);
  CHECK("kind exit", record_kind("EXIT") && record_kind("exit")->nField == 11);
  CHECK("kind by Chinese name", record_kind("失业登记退出信息") == record_kind("exit"));
  CHECK("kind unknown", record_kind("exits") == 0);
  CHECK_INT("field by code", record_field_index(k, "AAC002", 6), 11);
  CHECK_INT("field by code, lower case", record_field_index(k, "aac002", 6), 11);
  CHECK_INT("field by Chinese name",
            record_field_index(k, "社会保障号码", (int)strlen("社会保障号码")), 11);
  CHECK_INT("field by English name", record_field_index(k, "social_security_no", 18), 11);
  CHECK_INT("field of another kind", record_field_index(k, "AAE540", 6), -1);
  CHECK_INT("field prefix is not a field", record_field_index(k, "AAC00", 5), -1);
  CHECK_STR("spec: AAC010 has no printed type", k->aField[15].zType, "");
  CHECK_INT("spec: AAC010 150 in the application", k->aField[15].nLen, 150);
  CHECK_INT("spec: AAC010 100 in the audit", record_kind("audit")->aField[16].nLen, 100);
  CHECK_INT("spec: AAE005 20 in the application", k->aField[31].nLen, 20);
  CHECK_INT("spec: AAE005 40 in the audit", record_kind("audit")->aField[32].nLen, 40);
  CHECK_INT("spec: AAC002 optional in the application", k->aField[11].bRequired, 0);
  CHECK_INT("spec: AAC002 required in the exit record", record_kind("exit")->aField[3].bRequired,
            1);
  CHECK_INT("spec: AAE036 has no printed length", record_kind("exit")->aField[9].nLen, 0);
  CHECK_STR("spec: ACA206 shares the 级别 table", record_field_any("ACA206")->zCodeTable, "AAC014");
  CHECK_STR("code AJC00A 32", record_code_find("AJC00A", "32", 2)->zName, "连续6个月无法取得联系");
  CHECK("no AJC00A 22 (not printed)", record_code_find("AJC00A", "22", 2) == 0);
  CHECK_STR("code AAC005 99 (the one printed)", record_code_find("AAC005", "99", 2)->zName,
            "其他人员");
  CHECK_INT("width AAC058", record_code_width("AAC058"), 2);
  CHECK_INT("width AAC014", record_code_width("AAC014"), 3);
  CHECK_INT("width of an unprinted table", record_code_width("AAC024"), 0);
  CHECK_INT("utf8 prefix", record_utf8_prefix("王芳芳", 9, 2), 6);
  CHECK_INT("utf8 prefix longer than text", record_utf8_prefix("ab", 2, 5), 2);
}

static void testNormalize(void) {
  const RecordKind *app = record_kind("application"), *aud = record_kind("audit");
  char z[32];
  int n;
  n = record_normalize(&app->aField[2], "2026-03-01", 10, z, 32);
  CHECK_STR("ISO date -> YYYYMMDD", n == 8 ? z : "", "20260301");
  CHECK_INT("YYYYMMDD unchanged", record_normalize(&app->aField[2], "20260301", 8, z, 32), -1);
  CHECK_INT("not a date: left for the check",
            record_normalize(&app->aField[2], "2026-02-30", 10, z, 32), -1);
  n = record_normalize(&aud->aField[11], "2026-03-15", 10, z, 32);
  CHECK_STR("audit AJC090 ISO date -> YYYYMM", n == 6 ? z : "", "202603");
  n = record_normalize(&aud->aField[11], "20260315", 8, z, 32);
  CHECK_STR("audit AJC090 YYYYMMDD -> YYYYMM", n == 6 ? z : "", "202603");
  n = record_normalize(&aud->aField[11], "2026-03", 7, z, 32);
  CHECK_STR("audit AJC090 YYYY-MM -> YYYYMM", n == 6 ? z : "", "202603");
  n = record_normalize(&app->aField[4], "女性", (int)strlen("女性"), z, 32);
  CHECK_STR("code given by name", n == 1 ? z : "", "2");
  CHECK_INT("a name of another table is not a code",
            record_normalize(&app->aField[4], "是", 3, z, 32), -1);
  n = record_normalize(&app->aField[11], "11010519491231002x", 18, z, 32);
  CHECK_STR("ID lowercase x -> X", n == 18 ? z : "", "11010519491231002X");
  n = record_normalize_int(&app->aField[12], 1, z, 32);
  CHECK_STR("AAC058 1 -> 01", z, "01");
  n = record_normalize_int(&app->aField[25], 410, z, 32);
  CHECK_STR("AAC014 410", z, "410");
  n = record_normalize_int(&app->aField[6], 1, z, 32);
  CHECK_STR("unprinted table: no padding", z, "1");
  n = record_normalize_int(&app->aField[2], 20260301, z, 32);
  CHECK_STR("date as a number", z, "20260301");
  n = record_normalize_int(&app->aField[30], 13800138000LL, z, 32);
  CHECK_STR("mobile as a number", z, "13800138000");
}

static void testRules(void) {
  /* The good records. */
  CHECK_STR("good application", check("application", aApp, 0), "");
  CHECK_STR("good audit", check("audit", aAudit, 0), "");
  CHECK_STR("good exit", check("exit", aExit, 0), "");

  /* 是否必填 */
  APP("required: AAC003 missing", "AAC003:required", "AAC003", 0);
  APP("required: empty text is missing", "AAC067:required", "AAC067", "");
  APP("required: optional AAC002 missing is fine", "", "AAC002", 0);
  EXIT("required: AAC002 in the exit record", "AAC002:required", "AAC002", 0);

  /* 指标长度, in characters */
  APP("length: 51-character name", "AAC003:length", "AAC003",
      "欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳"
      "欧阳欧阳欧");
  APP("length: 50-character name", "", "AAC003",
      "欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳"
      "欧阳欧阳");
  APP("length: AAC044 23 characters", "AAC044:length", "AAC044", "12345678901234567890123");

  /* 必须在代码表中 */
  APP("code: AAC004 0 is not printed", "AAC004:code", "AAC004", "0");
  APP("code: AAC004 9", "", "AAC004", "9");
  APP("code: AJC093 25", "AJC093:code", "AJC093", "25");
  APP("code: AAC011 12", "AAC011:code", "AAC011", "12");
  APP("code: ALA040 12", "ALA040:code", "ALA040", "12");
  APP("code: ALA040 11", "", "ALA040", "11");
  APP("code: AAC058 06", "AAC058:code", "AAC058", "06");
  APP("code: AAC015 6", "AAC015:code", "AAC015", "6");
  APP("code: AAC015 5", "", "AAC015", "5");
  APP("code: AAC014 413", "AAC014:code", "AAC014", "413");
  APP("code: ACA206 499", "", "ACA206", "499");
  APP("code: ADC221 3", "ADC221:code", "ADC221", "3");
  APP("code: ADC222 0", "ADC222:code", "ADC222", "0");
  APP("code: AAC024 not printed, not checked", "", "AAC024", "13");
  APP("code: AAC033 not printed, not checked", "", "AAC033", "6");
  AUDIT("code: AAE540 3", "AAE540:code", "AAE540", "3");
  EXIT("code: AJC00A 22 (not printed)", "AJC00A:code", "AJC00A", "22");
  EXIT("code: AJC00A 32", "", "AJC00A", "32");
  APP("code: region not 6 digits", "AAB299:code", "AAB299", "37010");
  APP("code: region not in GB/T 2260 is a warning", "AAF016:code?", "AAF016", "379999");

  /* 格式为YYYYMMDD的有效日期, 早于或等于系统当前日期 */
  APP("date: AAE127 20260230", "AAE127:date", "AAE127", "20260230");
  APP("date: AAE127 2026/11/20 (also too long for N 8)", "AAE127:length AAE127:date", "AAE127",
      "2026/11/20");
  APP("date: AAE127 ISO form accepted", "", "AAE127", "2026-11-20");
  APP("future_date: AAE127 tomorrow", "AAE127:future_date", "AAE127", "20261125");
  APP("future_date: AAE127 as_of itself", "", "AAE127", "20261124");
  APP("date: AJC090 YYYYMM in the application", "AJC090:date", "AJC090", "202610");
  AUDIT("date: audit AJC090 202613", "AJC090:date", "AJC090", "202613");
  AUDIT("future_date: audit AJC090 next month", "AJC090:future_date", "AJC090", "202612");
  AUDIT("audit AJC090 this month", "", "AJC090", "202611");
  AUDIT("future_date: AAE036", "AAE036:future_date", "AAE036", "20270101");
  EXIT("date: ADC210 2026-1-5", "ADC210:date", "ADC210", "2026-1-5");
  EXIT("future_date: ADC210", "ADC210:future_date", "ADC210", "20261125");

  /* 不能含有半角或全角空格 */
  APP("name_space: half-width", "AAC003:name_space", "AAC003", "王 芳");
  APP("name_space: full-width", "AAC003:name_space", "AAC003", "王　芳");
  APP("name_space: middle dot is fine", "", "AAC003", "买买提·艾力");
  AUDIT("name_space: AAE011", "AAE011:name_space", "AAE011", "李 四");
  EXIT("name_space: exit AAE011", "AAE011:name_space", "AAE011", "李四 ");

  /* 11位数字字符 */
  APP("mobile: 10 digits", "AAC067:mobile", "AAC067", "1380013800");
  APP("mobile: 11 with a dash", "AAC067:mobile", "AAC067", "138-0013800");
  APP("mobile: 12 digits", "AAC067:length AAC067:mobile", "AAC067", "138001380001");

  /* 固定电话必须填写区号 ... */
  APP("landline: no area code", "AAE005:landline", "AAE005", "88888888");
  APP("landline: area code", "", "AAE005", "010-88888888");
  APP("landline: extension", "", "AAE005", "0531-86150090-123");
  AUDIT("landline: two numbers (audit: 40 characters)", "", "AAE005", "010-88888888,0531-86150090");
  AUDIT("landline: second has no area code", "AAE005:landline", "AAE005", "010-88888888,86150090");
  APP("landline: two numbers exceed the application's 20", "AAE005:length", "AAE005",
      "010-88888888,0531-86150090");
  APP("landline: full-width dash", "AAE005:landline", "AAE005", "010－88888888");
  APP("landline: space separator", "AAE005:landline", "AAE005", "010 88888888");
  APP("landline: area code without 0", "AAE005:landline", "AAE005", "531-86150090");
  APP("landline: trailing comma", "AAE005:landline", "AAE005", "010-88888888,");

  /* AAC002: the five rules and GB 11643 */
  APP("idcard: check digit", "AAC002:idcard", "AAC002", "110105194912310021");
  APP("idcard: 16 characters", "AAC002:idcard", "AAC002", "1101051949123100");
  APP("idcard: 15 digits", "", "AAC002", "110105491231002");
  APP("idcard: 15 with a letter", "AAC002:idcard", "AAC002", "11010549123100A");
  APP("idcard: letter in the first 17", "AAC002:idcard", "AAC002", "1101051949123100AX");
  APP("idcard: starts with a letter: not a citizen number", "", "AAC002", "H12345678");
  APP("idcard: lowercase x normalised", "", "AAC002", "11010519491231002x");
  APP("idcard_sex: female number, male record", "AAC002:idcard_sex", "AAC004", "1");
  APP("idcard_sex: male number, male record", "", "AAC004", "1", "AAC002", "370102199003071238");
  APP("idcard_sex: sex 9 is not compared", "", "AAC004", "9");
  APP("idcard: born after as_of", "AAC002:idcard", "AAC002", "370102202612310016");

  /* 健康状况为残疾的，需注明伤残等级 */
  APP("disability_grade: 残疾 without grade", "AAC033:length ALA040:disability_grade", "AAC033",
      "残疾");
  APP("disability_grade: 残疾 with grade", "AAC033:length", "AAC033", "残疾", "ALA040", "05");
  APP("disability_grade: healthy without grade", "", "AAC033", "1");

  /* 当失业原因为其他时，可填写 (a warning) */
  APP("other_reason: 90 without text", "ADC220:other_reason?", "AJC093", "90");
  APP("other_reason: 90 with text", "", "AJC093", "90", "ADC220", "家庭原因");
  AUDIT("other_reason: audit 90 without text", "ADC220:other_reason?", "AJC093", "90");

  /* 当审核结果为“审核不通过”时必填 */
  AUDIT("reject_reason: 2 without reason", "AAE360:reject_reason", "AAE540", "2");
  AUDIT("reject_reason: 2 with reason", "", "AAE540", "2", "AAE360", "材料不全");
  AUDIT("reject_reason: 1 without reason", "", "AAE540", "1");

  /* 可写三个意向，中间用“|”隔开 */
  APP("intentions: four", "ACA112:intentions", "ACA112", "会计|出纳|文员|司机");
  APP("intentions: three", "", "ACA112", "会计|出纳|文员");
  AUDIT("intentions: audit four", "ACA112:intentions", "ACA112", "a|b|c|d");

  /* Keys by Chinese and English name. */
  APP("key by Chinese name", "AAC003:name_space", "姓名", "王 芳");
  APP("key by English name", "AAC067:mobile", "mobile", "123");
  APP("name_space and length together", "AAC003:length AAC003:name_space", "AAC003",
      "欧阳 "
      "欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳欧阳"
      "欧阳");
}

/* Messages: bilingual, field first, and never the ID or phone number. */
static int keepFirst(void *pArg, const RecordProblem *p) {
  RecordProblem *pOut = (RecordProblem *)pArg;
  if (!pOut->zRule) *pOut = *p;
  return 0;
}

static const char *firstMessage(const char *zKind, const char *const *azBase, const char *zKey,
                                const char *zValue, const RsDate *pAsOf) {
  static RecordProblem p;
  RecordValue aVal[RECORD_MAX_FIELD];
  const RecordKind *k = record_kind(zKind);
  memset(aVal, 0, sizeof(aVal));
  memset(&p, 0, sizeof(p));
  for (int i = 0; azBase[i]; i += 2) {
    int j = record_field_index(k, azBase[i], (int)strlen(azBase[i]));
    aVal[j].z = azBase[i + 1];
    aVal[j].n = (int)strlen(azBase[i + 1]);
  }
  int j = record_field_index(k, zKey, (int)strlen(zKey));
  aVal[j].z = zValue;
  aVal[j].n = zValue ? (int)strlen(zValue) : 0;
  record_validate(k, aVal, pAsOf, keepFirst, &p);
  return p.zRule ? p.zMessage : "";
}

static void testMessages(void) {
  RsDate asOf = {2026, 11, 24};
  CHECK_STR("message: check digit",
            firstMessage("exit", aExit, "AAC002", "110105194912310021", &asOf),
            "AAC002 社会保障号码: check digit mismatch, the body requires X / 校验码错误");
  CHECK_STR("message: required", firstMessage("exit", aExit, "AAC003", 0, &asOf),
            "AAC003 姓名: required (是否必填: 是), missing / 必填项缺失");
  CHECK_STR("message: future date", firstMessage("exit", aExit, "ADC210", "20261125", &asOf),
            "ADC210 注销失业登记时间: 20261125 is after the as-of date 2026-11-24 / "
            "应早于或等于当前日期");
  CHECK_STR("message: no as_of, no future", firstMessage("exit", aExit, "ADC210", "20991125", 0),
            "");
  CHECK_STR("message: code", firstMessage("exit", aExit, "AJC00A", "22", &asOf),
            "AJC00A 注销失业登记原因: '22' is not in the code table (renshe_codes) / 不在代码表中");
  CHECK_STR("message: mobile, number not repeated",
            firstMessage("application", aApp, "AAC067", "1380013800", &asOf),
            "AAC067 手机号码: 10 characters, expected 11 digits / 应为11位数字");
  const char *z = firstMessage("application", aApp, "AAC002", "110105194912310021", &asOf);
  CHECK("message: ID never repeated",
        strstr(z, "110105194912310021") == 0 && strstr(z, "1949") == 0);
  CHECK_STR("message: quoted value cut at 20 characters",
            firstMessage("application", aApp, "AAE127",
                         "二〇二六年十一月二十日二〇二六年十一月二十日", &asOf),
            "AAE127 申请日期: 22 characters, at most 8 / 长度超过8");
}

int main(void) {
  testSpecs();
  testNormalize();
  testRules();
  testMessages();
  return test_done("record_test");
}
