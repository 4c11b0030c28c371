/*
** policy_lua.h: renshe's policy host: Lua 5.4 policy scripts run in a bounded sandbox, in plain C
** (no SQLite here; ext/policy_sql.c is the SQL face). One PolicyHost per database connection.
**
** What it holds: one lua_State (created on first use, reused across rows, closed by
** policy_host_close), a counting allocator that refuses past a byte cap, an instruction-count hook
** that stays armed once it fires, the sandbox (lua/host/prelude.lua), and one "world" per city:
** that city's own copy of the provincial baseline (lua/shandong/NAME.lua) with its city script
** (lua/cities/<key>.lua) on top. Scripts installed in the database replace the built-in script of
** the same name (policy_host_set_sources).
**
** The one bridge (STYLE §0): every policy function is policy_eval(host, city, rule, as_of, facts):
** evaluate rule `family.name` for a city as of a date with facts given as a JSON object, and get a
** value plus the steps {rule, ref, detail} that made it. Lua errors become one message, formatted
** in one place (policyErrorMessage in policy_lua.c): "<script>:<line>: <what>".
**
** How a later issue adds a rule family (e.g. subsidy amounts):
**   1. Write lua/shandong/<family>.lua (or lua/shandong/<family>/<part>.lua) with
**      `rule "<family>.<name>" { from = "...", ref = "文号 条款", function(facts, as_of) ... end }`
**      and its parameters in lua/shandong/params.lua (values cited; 由各市确定 ones city_sets).
**      The Makefile compiles every .lua file under lua/ into the extension; nothing to register.
**   2. Put what a city changes into lua/cities/<city>.lua (only what differs, with citations).
**   3. For a named SQL function, add to ext/policy_sql.c a three-line adapter that calls
**      policy_eval_args(ctx, "subsidy_amount", "subsidy.", argc, argv) (policy_conn.h), its rows in aPolicyFunc[],
**      and a row in aPolicyTab[] (prefix "subsidy."): then subsidy_amount(city, kind, as_of,
**      facts) evaluates rule "subsidy.<kind>" and SELECT * FROM subsidy_amount(...) lists its
**      steps (see "Adding a rule family" there). Or call policy_eval() below from C.
**   4. Tests: tests/sql/<family>.sql cases with the exact value the text determines.
**
** Limits (why the evaluating SQL functions may be SQLITE_INNOCUOUS): one budget per call that
** everything charges: Lua instructions (a count hook), bytes the Lua state allocates (one
** instruction per POLICY_BYTES_PER_STEP), the worst-case work of the C library loops the hook
** cannot see (patterns, table.sort), and the host's own conversions; CPU time and
** sqlite3_interrupt are checked in the same hook. The state is capped in bytes, a call's result
** (JSON, steps, rows), the facts and each stored script in size. PolicyLimits holds the figures;
** policy_host_set_limit changes them per connection (renshe_limits() in SQL, policy_conn.c).
*/
#ifndef POLICY_LUA_H
#define POLICY_LUA_H

#include <stddef.h>

/* The bounds of one connection's host; the defaults below, changed with policy_host_set_limit. */
typedef struct PolicyLimits {
  long long nSteps;  /* "instructions": Lua instructions per call, C work charged as instructions */
  long long nMem;    /* "memory": bytes the Lua state may hold */
  long long nTimeMs; /* "time_ms": CPU milliseconds per call (what the count cannot price) */
  long long nResult; /* "result": bytes a call's result, trace steps or rows may take */
  long long nScript; /* "script": bytes of one stored script */
  long long nFacts;  /* "facts": bytes of the facts JSON of one call */
} PolicyLimits;

#define POLICY_MEM_LIMIT (64 * 1024 * 1024) /* default "memory" */
#define POLICY_STEP_LIMIT 20000000LL        /* default "instructions" (about 0.1 s) */
#define POLICY_TIME_LIMIT 3000LL            /* default "time_ms" */
#define POLICY_RESULT_LIMIT (4 * 1024 * 1024)
#define POLICY_SCRIPT_LIMIT (1024 * 1024)
#define POLICY_FACTS_LIMIT (1024 * 1024)
#define POLICY_BYTES_PER_STEP 16 /* bytes allocated or converted that cost one instruction */

/* Return codes. */
#define POLICY_OK 0
#define POLICY_ERROR 1 /* message in policy_host_errmsg() */
#define POLICY_NOMEM 2 /* the C heap failed (not the script's cap: that is POLICY_ERROR) */
#define POLICY_UNBUILT 3 /* policy_param_values: the city's world is not built (nothing done) */

/* A built-in script, compiled in from lua/ by tools/gen_policy_lua.awk into
** build/gen/policy_scripts.c.
** Names: "host/prelude", "shandong/<part>" (the baseline, loaded in this order), "<city key>". */
typedef struct PolicyBuiltin {
  const char *zName;
  const char *zPath; /* lua/cities/zibo.lua */
  const char *zSource;
  int nSource;
} PolicyBuiltin;
extern const PolicyBuiltin aPolicyBuiltin[];
extern const int nPolicyBuiltin;

/* The 16 设区的市 (GB/T 2260), in code order, and the province. */
typedef struct PolicyCity {
  const char *zCode; /* "370300" */
  const char *zName; /* "淄博" */
  const char *zKey;  /* "zibo": the script name */
} PolicyCity;
#define POLICY_N_CITY 16
#define POLICY_PROVINCE 16 /* the baseline alone: 山东 / 山东省 / 370000 / 37 / shandong */
extern const PolicyCity aPolicyCity[POLICY_N_CITY + 1];

/* The city named by z (n bytes): "370300", "3703", "淄博", "淄博市" or "zibo"; POLICY_PROVINCE for
** the province; -1 when unknown. */
int policy_city_find(const char *z, int n);

/* A script installed in the database (the SQL side reads them; the host copies them). */
typedef struct PolicySource {
  const char *zName; /* "zibo" or "shandong/<part>" */
  const char *zSource;
  int nSource;
} PolicySource;

/* A result value. z is malloc'ed text (POLICY_TEXT) or JSON (POLICY_JSON: a Lua table). */
enum { POLICY_NULL = 0, POLICY_INTEGER, POLICY_REAL, POLICY_TEXT, POLICY_JSON };
typedef struct PolicyValue {
  int eType;
  long long i; /* POLICY_INTEGER (booleans are 0 and 1) */
  double r;    /* POLICY_REAL */
  char *z;     /* POLICY_TEXT, POLICY_JSON; malloc'ed */
  int n;
} PolicyValue;

/* One step of a trace: the rule that took it, the document and clause, what it did. */
typedef struct PolicyStep {
  char *zRule, *zRef, *zDetail;
} PolicyStep;

/* One parameter (or rule) row of policy_params (policy_rules); strings malloc'ed, NULL when
** absent. */
typedef struct PolicyParamRow {
  char *zName, *zDescription, *zUnit, *zFrom, *zRef, *zNote, *zOrigin, *zStatus;
  PolicyValue value;
  int bCitySets;
} PolicyParamRow;

typedef struct PolicyHost PolicyHost;

/* Create a host (no Lua state yet). Returns POLICY_OK or POLICY_NOMEM. */
int policy_host_open(PolicyHost **ppHost);
void policy_host_close(PolicyHost *p);

/* Set the installed scripts (copied); they take effect for the next call (the state is rebuilt). */
int policy_host_set_sources(PolicyHost *p, const PolicySource *a, int n);
/* The same without a copy: the host takes the array and its strings (from policy_host_malloc),
** also when it fails. A source with zSource NULL stands for one larger than the script limit
** (nSource its size): a world that needs it fails to build with a message that says so. */
int policy_host_adopt_sources(PolicyHost *p, PolicySource *a, int n);
/* The allocator whose blocks policy_host_set_sources takes (and policy_host_free frees). */
void *policy_host_malloc(size_t n);
void policy_host_free(void *z);

/* Set limit zName ("instructions", "memory", "time_ms", "result", "script", "facts") to v; the
** state is rebuilt on the next call. POLICY_OK, or POLICY_ERROR (unknown name, v out of range:
** the message in policy_host_errmsg). With v < 0 only reads: *pv gets the limit in force. */
int policy_host_limit(PolicyHost *p, const char *zName, long long v, long long *pv);
/* The names of the limits, in order, NULL-terminated, and the range each accepts. */
extern const char *const azPolicyLimit[];
void policy_limit_range(int i, long long *pMin, long long *pMax);

/* A function the hook calls now and then during a long call (every 10 ms of CPU or so): non-zero
** ends the call with "interrupted" (policy_conn.c asks SQLite whether sqlite3_interrupt ran). */
void policy_host_set_interrupt(PolicyHost *p, int (*xInterrupted)(void *), void *pArg);
/* Non-zero when the last failed call ended because xInterrupted said so. */
int policy_host_interrupted(PolicyHost *p);

/* The last error message (valid until the next call), never NULL. */
const char *policy_host_errmsg(PolicyHost *p);

/* Evaluate rule zRule for city iCity as of zAsOf ("YYYY-MM-DD") with the facts JSON object zFacts
** (n bytes; NULL: no facts). On POLICY_OK *pOut holds the value and, when paStep is not NULL,
** *paStep and *pnStep the steps (free with policy_steps_free). */
int policy_eval(PolicyHost *p, int iCity, const char *zRule, const char *zAsOf, const char *zFacts,
                int nFacts, PolicyValue *pOut, PolicyStep **paStep, int *pnStep);

/* The value of parameter zName in force for iCity on zAsOf; *pzRef (malloc'ed, may be NULL). */
int policy_param(PolicyHost *p, int iCity, const char *zName, const char *zAsOf, PolicyValue *pOut,
                 char **pzRef);

/* One dated value of a parameter, as its world holds it: in force from zFrom until the next. */
typedef struct PolicyDated {
  char zFrom[11]; /* "YYYY-MM-DD" */
  int bValue;     /* 0: the parameter ends on zFrom (no value from then on) */
  PolicyValue value;
} PolicyDated;

/* A number that changes whenever the host drops its worlds (scripts or limits changed, a bound
** passed): what a caller learnt from a world stays true while the epoch is the same. */
unsigned long long policy_host_epoch(PolicyHost *p);

/* Every dated value of parameter zName in iCity's world, in date order (free with
** policy_dated_free): what policy_param reads, for a per-statement cache (policy_sql.c). Only
** from a world already built (never builds one): POLICY_UNBUILT when it is not, POLICY_ERROR when
** the parameter is unknown (the caller then asks policy_param, whose message is the one to show). A
** parameter that is city-set without a value has no entries (n 0). */
int policy_param_values(PolicyHost *p, int iCity, const char *zName, PolicyDated **paDated,
                        int *pnDated);
void policy_dated_free(PolicyDated *a, int n);

/* Every parameter of iCity's world: the value in force on zAsOf, or (zAsOf NULL) every dated
** value. */
int policy_params(PolicyHost *p, int iCity, const char *zAsOf, PolicyParamRow **paRow, int *pnRow);

/* Every rule of iCity's world: the version in force on zAsOf (zStatus "in force" or "not yet in
** force"), or (zAsOf NULL) every version (zStatus "version"). Rows use zName, zFrom, zRef,
** zOrigin (the script that declares the version) and zStatus. */
int policy_rules(PolicyHost *p, int iCity, const char *zAsOf, PolicyParamRow **paRow, int *pnRow);

/* Compile and load the world(s) that script zName would change if source z replaced it, in a
** scratch state with the same installed scripts. POLICY_OK, or POLICY_ERROR with the script's
** line in policy_host_errmsg(p). */
int policy_check(PolicyHost *p, const char *zName, const char *z, int n);

/* The text of one built-in script (NULL when there is none). */
const PolicyBuiltin *policy_builtin(const char *zName);

/* The rows of a table result, for a table-valued function (ext/status_sql.c): evaluate zRule as
** policy_eval does (the same checks, bounds and errors: the result is checked as its JSON text
** would be, without making that text) and give the array in the result's field zField as *pnRow
** rows of nCol cells: cell r * nCol + k is key azCol[k] of row r, text or an integer (anything
** else, or a row that is not an object, NULL), as a reader of the JSON text would find them.
** *pbTable is 0 when the result is not a table with keys (a JSON object): then no rows.
** Free the cells with policy_rows_free(*paCell, *pnRow * nCol). */
int policy_eval_rows(PolicyHost *p, int iCity, const char *zRule, const char *zAsOf,
                     const char *zFacts, int nFacts, const char *zField, const char *const *azCol,
                     int nCol, PolicyValue **paCell, int *pnRow, int *pbTable);
void policy_rows_free(PolicyValue *a, int nCell);

void policy_value_clear(PolicyValue *v);
void policy_steps_free(PolicyStep *a, int n);
void policy_params_free(PolicyParamRow *a, int n);

#endif /* POLICY_LUA_H */
