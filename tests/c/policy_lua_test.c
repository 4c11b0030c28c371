/*
** tests/c/policy_lua_test.c: the Lua policy host without SQLite (ext/policy_lua.c): city names,
** dated parameters, rule evaluation and traces, the loader's strictness, installed overrides and
** the sandbox's bounds. Values are the ones the policy texts determine (cited beside each case).
*/
#include <stdlib.h>

#include "policy_lua.h"
#include "test.h"

static PolicyHost *pHost;

/* Evaluate and return the value as text ("NULL", "i:16", "t:xxx", "j:{...}", "E:<error>"). */
static const char *eval(int iCity, const char *zRule, const char *zAsOf, const char *zFacts) {
  static char z[600];
  PolicyValue v;
  int rc =
      policy_eval(pHost, iCity, zRule, zAsOf, zFacts, zFacts ? (int)strlen(zFacts) : 0, &v, 0, 0);
  if (rc != POLICY_OK)
    snprintf(z, sizeof z, "E:%s", policy_host_errmsg(pHost));
  else if (v.eType == POLICY_INTEGER)
    snprintf(z, sizeof z, "i:%lld", v.i);
  else if (v.eType == POLICY_TEXT)
    snprintf(z, sizeof z, "t:%s", v.z);
  else if (v.eType == POLICY_JSON)
    snprintf(z, sizeof z, "j:%s", v.z);
  else if (v.eType == POLICY_REAL)
    snprintf(z, sizeof z, "r:%g", v.r);
  else
    snprintf(z, sizeof z, "NULL");
  policy_value_clear(&v);
  return z;
}

static const char *param(int iCity, const char *zName, const char *zAsOf) {
  static char z[600];
  PolicyValue v;
  char *zRef = 0;
  int rc = policy_param(pHost, iCity, zName, zAsOf, &v, &zRef);
  if (rc != POLICY_OK)
    snprintf(z, sizeof z, "E:%s", policy_host_errmsg(pHost));
  else if (v.eType == POLICY_INTEGER)
    snprintf(z, sizeof z, "%lld @ %s", v.i, zRef ? zRef : "");
  else if (v.eType == POLICY_TEXT)
    snprintf(z, sizeof z, "%s @ %s", v.z, zRef ? zRef : "");
  else
    snprintf(z, sizeof z, "?");
  free(zRef);
  policy_value_clear(&v);
  return z;
}

/* Install zSrc as script zName (after policy_check, as policy_install does). */
static const char *install(const char *zName, const char *zSrc) {
  static char z[600];
  int rc = policy_check(pHost, zName, zSrc, (int)strlen(zSrc));
  if (rc != POLICY_OK) {
    snprintf(z, sizeof z, "E:%s", policy_host_errmsg(pHost));
    return z;
  }
  PolicySource s = {zName, zSrc, (int)strlen(zSrc)};
  rc = policy_host_set_sources(pHost, &s, 1);
  return rc == POLICY_OK ? "ok" : "E:nomem";
}

#define ZIBO 2
#define WEIHAI 9
#define ZIBO_HEAD "city { code = \"370300\", name = \"淄博\", extends = \"shandong\" }\n"

int main(void) {
  /* Cities: GB/T 2260 codes, 4-digit prefixes, names with or without 市, keys. */
  CHECK_INT("city 370300", policy_city_find("370300", 6), ZIBO);
  CHECK_INT("city 3703", policy_city_find("3703", 4), ZIBO);
  CHECK_INT("city 淄博", policy_city_find("淄博", 6), ZIBO);
  CHECK_INT("city 淄博市", policy_city_find("淄博市", 9), ZIBO);
  CHECK_INT("city zibo", policy_city_find("zibo", 4), ZIBO);
  CHECK_INT("city 371000 威海", policy_city_find("371000", 6), WEIHAI);
  CHECK_INT("city 371700 菏泽", policy_city_find("371700", 6), 15);
  CHECK_INT("city 山东省", policy_city_find("山东省", 9), POLICY_PROVINCE);
  CHECK_INT("city 37", policy_city_find("37", 2), POLICY_PROVINCE);
  CHECK_INT("city 371200 莱芜 (merged into 济南 2019) unknown", policy_city_find("371200", 6), -1);
  CHECK_INT("city 3799 unknown", policy_city_find("3799", 4), -1);
  CHECK_INT("city 淄 unknown", policy_city_find("淄", 3), -1);
  CHECK_INT("16 city scripts and a baseline built in", nPolicyBuiltin >= 19, 1);

  CHECK_INT("open", policy_host_open(&pHost), POLICY_OK);

  /* 鲁人社字〔2020〕39号 一(一): 16周岁（含）, from 2020-04-08. */
  CHECK_STR("register_min_age 2020-04-08", param(ZIBO, "register_min_age", "2020-04-08"),
            "16 @ 鲁人社字〔2020〕39号 一(一)");
  CHECK_STR("register_min_age before the first value",
            param(ZIBO, "register_min_age", "2020-04-07"),
            "E:parameter 'register_min_age' has no value for 淄博 on 2020-04-07: its first value "
            "is from 2020-04-08");
  /* 39号 五(一) and 附件3 7 working days, 人社厅发〔2020〕79号 一(三) 3 working days from 2020-07-20. */
  CHECK_STR("deadline 2020-07-19", param(ZIBO, "registration_deadline_working_days", "2020-07-19"),
            "7 @ 鲁人社字〔2020〕39号 五(一); 附件3");
  CHECK_STR("deadline 2020-07-20", param(ZIBO, "registration_deadline_working_days", "2020-07-20"),
            "3 @ 人社厅发〔2020〕79号 一(三)");
  /* 由各市确定 and not set: an error naming parameter, city and date. */
  CHECK_STR(
      "urban_dibao_monthly unset", param(WEIHAI, "urban_dibao_monthly", "2021-01-01"),
      "E:parameter 'urban_dibao_monthly' (当地城市居民最低生活保障标准（月）) has no value for "
      "威海 on 2021-01-01: it is set by each city (由各市确定) and no value with an official "
      "source has been entered");
  CHECK_STR("unknown parameter", param(ZIBO, "no_such", "2021-01-01"),
            "E:unknown parameter 'no_such'");
  /* 鲁人社字〔2020〕22号 三 2: 120元 from 2020-02-04 to 2020-05-04. */
  CHECK_STR("job referral 2020-05-04", param(ZIBO, "job_referral_subsidy_per_person", "2020-05-04"),
            "12000 @ 鲁人社字〔2020〕22号 三 2");
  CHECK_STR("job referral ended 2020-05-05",
            param(ZIBO, "job_referral_subsidy_per_person", "2020-05-05"),
            "E:parameter 'job_referral_subsidy_per_person' is not in force for 淄博 on 2020-05-05: "
            "it ended on 2020-05-05 (鲁人社字〔2020〕22号 三 2)");
  /* 威人社字〔2018〕89号 一: 威海 names only 公共就业服务机构, from 2018-09-18; the province three bodies. */
  CHECK_STR("weihai contact bodies 2018-09-17",
            param(WEIHAI, "effective_contact_bodies", "2018-09-17"),
            "人力资源社会保障部门、公共就业人才服务机构、街道（乡镇）人力资源社会保障平台 @ "
            "鲁人社字〔2018〕166号 四");
  CHECK_STR("weihai contact bodies 2018-09-18",
            param(WEIHAI, "effective_contact_bodies", "2018-09-18"),
            "公共就业服务机构 @ 威人社字〔2018〕89号 一");
  CHECK_STR("zibo contact bodies (baseline)", param(ZIBO, "effective_contact_bodies", "2019-01-01"),
            "人力资源社会保障部门、公共就业人才服务机构、街道（乡镇）人力资源社会保障平台 @ "
            "鲁人社字〔2018〕166号 四");
  CHECK_STR("weihai restores", param(WEIHAI, "restore_on_reapply", "2019-01-01"),
            "1 @ 威人社字〔2018〕89号 一");
  CHECK_STR("zibo does not restore", param(ZIBO, "restore_on_reapply", "2019-01-01"),
            "0 @ 鲁人社字〔2018〕166号 四");

  /* Rules: registration.age_ok (39号 一(一)); 16 on the birthday, 15 the day before. */
  CHECK_STR("age_ok 16th birthday",
            eval(ZIBO, "registration.age_ok", "2020-06-01", "{\"birth\":\"2004-06-01\"}"), "i:1");
  CHECK_STR("age_ok day before",
            eval(ZIBO, "registration.age_ok", "2020-06-01", "{\"birth\":\"2004-06-02\"}"), "i:0");
  CHECK_STR("age_ok 2020-02-28, before 39号",
            eval(ZIBO, "registration.age_ok", "2020-02-28", "{\"birth\":\"2004-02-29\"}"),
            "E:rule 'registration.age_ok' has no version in force for 淄博 on 2020-02-28: its "
            "first version is from 2020-04-08");
  CHECK_STR("age_ok day before the sixteenth birthday",
            eval(ZIBO, "registration.age_ok", "2021-02-28", "{\"birth\":\"2005-03-01\"}"), "i:0");
  CHECK_STR("age_ok 2021-03-01 sixteenth birthday",
            eval(ZIBO, "registration.age_ok", "2021-03-01", "{\"birth\":\"2005-03-01\"}"), "i:1");
  CHECK_STR("age_ok before 39号",
            eval(ZIBO, "registration.age_ok", "2020-04-07", "{\"birth\":\"1990-01-01\"}"),
            "E:rule 'registration.age_ok' has no version in force for 淄博 on 2020-04-07: its "
            "first version is from 2020-04-08");
  CHECK_STR("age_ok without birth", eval(ZIBO, "registration.age_ok", "2020-06-01", "{}"),
            "E:facts.birth: expected a date YYYY-MM-DD, got nil");
  CHECK_STR("unknown rule", eval(ZIBO, "registration.nope", "2020-06-01", 0),
            "E:unknown rule 'registration.nope' for 淄博");
  CHECK_STR("facts not JSON", eval(ZIBO, "registration.age_ok", "2020-06-01", "{birth:1}"),
            "E:facts: invalid JSON: string or '}' expected near 'birth' (line 1 column 6)");
  CHECK_STR("facts not an object", eval(ZIBO, "registration.age_ok", "2020-06-01", "[1]"),
            "E:facts: expected a JSON object {...}");
  /* 淄人社函〔2023〕29号 附件2 五4: 16 <= age < 55 (女) / 60 (男). */
  CHECK_STR("zibo flexible female 54",
            eval(ZIBO, "flexible.si_age_ok", "2024-01-01", "{\"birth\":\"1969-01-02\",\"sex\":2}"),
            "i:1");
  CHECK_STR("zibo flexible female 55",
            eval(ZIBO, "flexible.si_age_ok", "2024-01-01", "{\"birth\":\"1969-01-01\",\"sex\":2}"),
            "i:0");
  CHECK_STR("zibo flexible male 59",
            eval(ZIBO, "flexible.si_age_ok", "2024-01-01", "{\"birth\":\"1964-01-02\",\"sex\":1}"),
            "i:1");
  CHECK_STR("zibo flexible male 60",
            eval(ZIBO, "flexible.si_age_ok", "2024-01-01", "{\"birth\":\"1964-01-01\",\"sex\":1}"),
            "i:0");
  CHECK_STR(
      "weihai has no flexible rule",
      eval(WEIHAI, "flexible.si_age_ok", "2024-01-01", "{\"birth\":\"1964-01-01\",\"sex\":1}"),
      "E:unknown rule 'flexible.si_age_ok' for 威海");

  /* Steps: every parameter read and the result, each with its reference. */
  {
    PolicyValue v;
    PolicyStep *a = 0;
    int n = 0;
    const char *zF = "{\"birth\":\"2004-06-01\"}";
    int rc = policy_eval(pHost, ZIBO, "registration.age_ok", "2020-06-01", zF, (int)strlen(zF), &v,
                         &a, &n);
    CHECK_INT("steps rc", rc, POLICY_OK);
    CHECK_INT("steps n", n, 3);
    if (n == 3) {
      CHECK_STR("step 1", a[0].zDetail, "age on 2020-06-01: 16 周岁");
      CHECK_STR("step 2", a[1].zDetail, "register_min_age = 16 year (from 2020-04-08)");
      CHECK_STR("step 2 ref", a[1].zRef, "鲁人社字〔2020〕39号 一(一)");
      CHECK_STR("step 3", a[2].zDetail, "result: true");
      CHECK_STR("step 3 rule", a[2].zRule, "registration.age_ok");
    }
    policy_steps_free(a, n);
    policy_value_clear(&v);
  }

  /* Parameter listing of a world. */
  {
    PolicyParamRow *a = 0;
    int n = 0, bFound = 0;
    CHECK_INT("params rc", policy_params(pHost, WEIHAI, "2020-06-01", &a, &n), POLICY_OK);
    for (int i = 0; i < n; i++) {
      if (!strcmp(a[i].zName, "restore_on_reapply")) {
        bFound = 1;
        CHECK_STR("params weihai origin", a[i].zOrigin, "weihai");
        CHECK_STR("params weihai from", a[i].zFrom, "2018-09-18");
        CHECK_INT("params weihai value", a[i].value.i, 1);
      }
      if (!strcmp(a[i].zName, "urban_dibao_monthly"))
        CHECK_STR("params unset", a[i].zStatus, "unset");
    }
    CHECK("params lists restore_on_reapply", bFound);
    policy_params_free(a, n);
  }

  /* The loader's strictness: each refused with the script and line. */
  CHECK_STR("unknown key",
            install("zibo",
                    ZIBO_HEAD "parameter \"register_min_age\" {\n"
                              "  { from = \"2021-01-01\", value = 17, ref = \"x\", vlaue = 1 } }"),
            "E:zibo:2: parameter 'register_min_age', value 1: unknown key 'vlaue' (allowed: from, "
            "note, ref, value)");
  CHECK_STR("bad date",
            install("zibo", ZIBO_HEAD "parameter \"register_min_age\" {\n"
                                      "  { from = \"2021-02-30\", value = 17, ref = \"x\" } }"),
            "E:zibo:2: parameter 'register_min_age', value 1: from must be a date YYYY-MM-DD, got "
            "\"2021-02-30\"");
  CHECK_STR("unsorted",
            install("zibo", ZIBO_HEAD "parameter \"register_min_age\" {\n"
                                      "  { from = \"2021-02-01\", value = 17, ref = \"x\" },\n"
                                      "  { from = \"2021-01-01\", value = 18, ref = \"x\" } }"),
            "E:zibo:2: parameter 'register_min_age', value 2: dates must increase (2021-01-01 "
            "after 2021-02-01)");
  CHECK_STR("duplicate date",
            install("zibo", ZIBO_HEAD "parameter \"register_min_age\" {\n"
                                      "  { from = \"2021-02-01\", value = 17, ref = \"x\" },\n"
                                      "  { from = \"2021-02-01\", value = 18, ref = \"x\" } }"),
            "E:zibo:2: parameter 'register_min_age', value 2: dates must increase (2021-02-01 "
            "after 2021-02-01)");
  CHECK_STR(
      "float money",
      install("zibo", ZIBO_HEAD "parameter \"urban_dibao_monthly\" {\n"
                                "  { from = \"2021-01-01\", value = 750.5, ref = \"x\" } }"),
      "E:zibo:2: parameter 'urban_dibao_monthly', value 1: value must be an integer, a string "
      "or a boolean, got 750.5 (money is integer fen or decimal text, never a binary "
      "fraction)");
  CHECK_STR("value without ref",
            install("zibo", ZIBO_HEAD "parameter \"urban_dibao_monthly\" {\n"
                                      "  { from = \"2021-01-01\", value = 75000 } }"),
            "E:zibo:2: parameter 'urban_dibao_monthly', value 1: ref is required (document number "
            "and clause)");
  CHECK_STR("declared twice",
            install("zibo", ZIBO_HEAD
                    "parameter \"x_local\" { description = \"x\","
                    " unit = \"day\", { from = \"2021-01-01\", value = 1, ref = \"r\" } }\n"
                    "parameter \"x_local\" { { from = \"2022-01-01\", value = 2, ref = \"r\" } }"),
            "E:zibo:3: parameter 'x_local': declared twice (first in zibo)");
  CHECK_STR("city changes unit",
            install("zibo", ZIBO_HEAD
                    "parameter \"register_min_age\" {\n"
                    "  unit = \"month\", { from = \"2021-01-01\", value = 1, ref = \"r\" } }"),
            "E:zibo:2: parameter 'register_min_age': a city script may not change 'unit' of a "
            "baseline parameter");
  CHECK_STR("wrong city",
            install("zibo",
                    "city { code = \"371000\", name = \"威海\", extends = "
                    "\"shandong\" }"),
            "E:zibo:1: city: code \"371000\" does not match the script's city 370300 (淄博)");
  CHECK_STR("no city line", install("zibo", "x = 1"),
            "E:zibo: a city script must begin with city { code = \"370300\", name = \"淄博\", "
            "extends = \"shandong\" }");
  CHECK_STR("syntax error", install("zibo", ZIBO_HEAD "\nlocal x = = 1"),
            "E:zibo:3: unexpected symbol near '='");
  CHECK_STR("bytecode refused", install("zibo", "\033Lua"),
            "E:attempt to load a binary chunk (mode is 't')");
  CHECK_STR("baseline part breaks", install("shandong/params", "parameter \"x\" {}"),
            "E:shandong/params:1: parameter 'x': description is required");
  CHECK_STR("still the built-in after refusals", param(ZIBO, "register_min_age", "2021-01-01"),
            "16 @ 鲁人社字〔2020〕39号 一(一)");

  /* An installed override changes 淄博 only; dated: from 2021-01-01. */
  CHECK_STR("install override",
            install("zibo",
                    ZIBO_HEAD "parameter \"register_min_age\" {\n"
                              "  { from = \"2021-01-01\", value = 18, ref = \"test\" } }\n"
                              "rule \"t.loop\" { from = \"2000-01-01\", ref = \"t\", "
                              "function() while true do end end }\n"
                              "rule \"t.mem\" { from = \"2000-01-01\", ref = \"t\", "
                              "function() local t = {} for i = 1, 1e8 do t[i] = i end end }\n"
                              "rule \"t.tbl\" { from = \"2000-01-01\", ref = \"t\", "
                              "function(f) return { n = f.n, list = { 1, \"二\", true } } end }\n"),
            "ok");
  CHECK_STR("override 2020-12-31", param(ZIBO, "register_min_age", "2020-12-31"),
            "16 @ 鲁人社字〔2020〕39号 一(一)");
  CHECK_STR("override 2021-01-01", param(ZIBO, "register_min_age", "2021-01-01"), "18 @ test");
  CHECK_STR("weihai untouched", param(WEIHAI, "register_min_age", "2021-01-01"),
            "16 @ 鲁人社字〔2020〕39号 一(一)");
  CHECK_STR("override changes the rule",
            eval(ZIBO, "registration.age_ok", "2021-06-01", "{\"birth\":\"2004-06-01\"}"), "i:0");
  CHECK_STR("weihai rule untouched",
            eval(WEIHAI, "registration.age_ok", "2021-06-01", "{\"birth\":\"2004-06-01\"}"), "i:1");
  CHECK_STR("instruction limit", eval(ZIBO, "t.loop", "2021-01-01", 0),
            "E:zibo:4: instruction limit of 20000000 exceeded");
  CHECK_STR("usable after the limit",
            eval(ZIBO, "registration.age_ok", "2021-06-01", "{\"birth\":\"2003-06-01\"}"), "i:1");
  CHECK_STR("memory limit", eval(ZIBO, "t.mem", "2021-01-01", 0),
            "E:script 'zibo': memory limit of 64 MiB exceeded");
  CHECK_STR("usable after the memory limit",
            eval(ZIBO, "registration.age_ok", "2021-06-01", "{\"birth\":\"2003-06-01\"}"), "i:1");
  CHECK_STR("table result as JSON", eval(ZIBO, "t.tbl", "2021-01-01", "{\"n\":7}"),
            "j:{\"list\":[1,\"二\",true],\"n\":7}");

  /* reading: the later value in force governs (docs/policy.md): a city value dated
  ** before a provincial one holds until the provincial date, then the province's applies. */
  CHECK_STR("install an early city value",
            install("zibo", ZIBO_HEAD "parameter \"register_min_age\" {\n"
                                      "  { from = \"2019-01-01\", value = 18, ref = \"test\" } }"),
            "ok");
  CHECK_STR("reading: city value before the province's",
            param(ZIBO, "register_min_age", "2019-06-01"), "18 @ test");
  CHECK_STR("reading: the later provincial value governs",
            param(ZIBO, "register_min_age", "2020-04-08"), "16 @ 鲁人社字〔2020〕39号 一(一)");
  CHECK_STR("install a same-day city value",
            install("zibo", ZIBO_HEAD "parameter \"register_min_age\" {\n"
                                      "  { from = \"2020-04-08\", value = 17, ref = \"test\" } }"),
            "ok");
  CHECK_STR("reading: on the same day the city's value wins",
            param(ZIBO, "register_min_age", "2020-04-08"), "17 @ test");
  CHECK_STR("back to no installed script",
            policy_host_set_sources(pHost, 0, 0) == POLICY_OK ? "ok" : "E", "ok");
  CHECK_STR("built-in again", param(ZIBO, "register_min_age", "2020-04-08"),
            "16 @ 鲁人社字〔2020〕39号 一(一)");

  policy_host_close(pHost);
  return test_done("policy_lua_test");
}
