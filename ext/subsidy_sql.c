/*
** subsidy_sql.c: the SQL face of subsidy amounts (docs/subsidies.md). The rules are Lua,
** `subsidy.<kind>` in lua/shandong/subsidies/<family>.lua, declared with `kind` and checked by the
** machinery in lua/host/prelude.lua; this file only adapts them to SQL (no per-kind C).
**
** Usage:
**   .load dist/renshe
**   SELECT subsidy_amount_fen('济南', 'one_time_hiring_subsidy', '2020-03-01',
**          '{"on_key_list":true,"start_date":"2020-02-01","employees":10}');   -- 1800000
**   SELECT subsidy_amount('济南', 'one_time_hiring_subsidy', '2020-03-01', '{...}'); -- 18000.0
**   SELECT * FROM subsidy_amount('济南', 'one_time_hiring_subsidy', '2020-03-01', '{...}');
**   SELECT * FROM subsidy_kinds;                 -- every kind: facts, window, refs
**   SELECT * FROM subsidy_kinds WHERE city = '淄博';   -- with the kinds a city script adds
**
** subsidy_amount_fen(city, kind, as_of [, facts]) -> INTEGER fen: rule "subsidy.<kind>".
** subsidy_amount(city, kind, as_of [, facts]) -> REAL yuan = fen / 100.0 (a whole number of fen).
** The table-valued subsidy_amount(...) and subsidy_kinds are rows of policy_sql.c's aPolicyTab
** (the explain and catalogue machinery): step, rule, ref, detail (the last row "result: N fen
** (X.XX 元)"); kind, name_zh, family, facts, from_date, to_date, ref.
**
** NULL city, kind or as_of gives NULL (no rows); NULL facts mean {}. Errors name the function and
** the argument or fact: "subsidy_amount_fen(): facts.employees: expected an integer >= 0, got
** \"50\"", "subsidy_amount_fen(): kind: unknown kind 'x' (known: ...)". Flags as policy_eval:
** innocuous (bounded), not deterministic (an installed script changes the result).
*/
#include "policy_conn.h"
#include "rs_sql.h"
SQLITE_EXTENSION_INIT3

#define SUBSIDY_FLAGS (SQLITE_UTF8 | SQLITE_INNOCUOUS)

/* subsidy_amount_fen(city, kind, as_of [, facts]) */
static void subsidyFenFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  PolicyValue v;
  if (!policy_eval_value(ctx, "subsidy_amount_fen", "subsidy.", "kind", argc, argv, &v)) return;
  policy_result_value(ctx, &v);
  policy_value_clear(&v);
}

/* subsidy_amount(city, kind, as_of [, facts]): the same in yuan */
static void subsidyYuanFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  PolicyValue v;
  if (!policy_eval_value(ctx, "subsidy_amount", "subsidy.", "kind", argc, argv, &v)) return;
  if (v.eType == POLICY_INTEGER)
    sqlite3_result_double(ctx, (double)v.i / 100.0);
  else /* the kind wrapper (prelude.lua) returns only integers; a guard, not a path */
    rs_result_errorf(ctx, "subsidy_amount(): the rule returned no amount in fen");
  policy_value_clear(&v);
}

static const RsFunc aSubsidyFunc[] = {
    {"subsidy_amount_fen", 3, SUBSIDY_FLAGS, subsidyFenFunc},  /* (city, kind, as_of) */
    {"subsidy_amount_fen", 4, SUBSIDY_FLAGS, subsidyFenFunc},  /* (city, kind, as_of, facts) */
    {"subsidy_amount", 3, SUBSIDY_FLAGS, subsidyYuanFunc},     /* (city, kind, as_of) */
    {"subsidy_amount", 4, SUBSIDY_FLAGS, subsidyYuanFunc},     /* (city, kind, as_of, facts) */
};

int subsidy_sql_register(sqlite3 *db, PolicyConn *p) {
  int rc = SQLITE_OK;
  for (size_t i = 0; rc == SQLITE_OK && i < sizeof(aSubsidyFunc) / sizeof(aSubsidyFunc[0]); i++) {
    rc = sqlite3_create_function_v2(db, aSubsidyFunc[i].zName, aSubsidyFunc[i].nArg,
                                    aSubsidyFunc[i].flags, policy_conn_ref(p),
                                    aSubsidyFunc[i].xFunc, 0, 0, policy_conn_unref);
  }
  return rc;
}
