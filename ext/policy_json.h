/*
** policy_json.h: the facts of a policy call, from JSON text to Lua tables, in plain C (Lua and
** jansson, no SQLite). Used by policy_eval() in ext/policy_lua.c.
**
** Two ways to the same Lua value:
**   - the fast path: policy_json_plan() reads the text once without allocating in Lua and says
**     whether it takes it (then it has counted the members of every object and array, and
**     recorded where the top object's members are: aMember, which a caller may read too), and
**     policy_json_push() then builds the tables straight from the text (its short strings from
**     the host's PolicyStrings when plan.pStrings is set);
**   - the jansson path: json_loadb(..., JSON_REJECT_DUPLICATES, ...) into a tree, then
**     policy_json_push_tree(). It is the reference: it makes every error message.
** The fast path takes only what it converts exactly as the jansson path would, to the table
** layout (each table presized with its member count, null members included, and filled in
** document order: pairs() order follows). It declines everything else (any syntax error, a
** duplicate key, a key with an escape, an object of more than POLICY_JSON_FAST_KEYS members,
** invalid UTF-8, a raw control character, \u0000, a lone surrogate, an integer beyond int64, a
** real that overflows or is longer than 63 characters, a value nested deeper than
** POLICY_JSON_DEPTH, a top level that is not an object, trailing text, a decimal point of the
** C locale that is not '.'), and the caller runs the jansson path.
**
** Usage:
**   PolicyJsonPlan plan;
**   if (policy_json_plan(&plan, z, n)) { plan.pStrings = &host->strings;  -- (optional)
**     ... protected: policy_json_push(L, &plan, z, n); ... }
**   else { ... json_loadb ..., protected: policy_json_push_tree(L, pTree, 0); ... }
**   policy_json_plan_free(&plan);   -- after either
*/
#ifndef POLICY_JSON_H
#define POLICY_JSON_H

#include <jansson.h>
#include <lua.h>
#include <stddef.h>

#define POLICY_JSON_DEPTH 64     /* facts nested deeper: "facts: nested deeper than 64" */
#define POLICY_JSON_FAST_KEYS 64 /* members of one object the fast path checks for duplicates */

/* The length of the UTF-8 sequence that starts at z[0] (z[0] >= 0x80, n bytes left) as JSON text
** takes it (RFC 3629: no overlong form, no surrogate, at most U+10FFFF), or 0 when it is not one.
** The one UTF-8 test of the host: the facts' fast path and the check of a result's strings. */
static inline int policy_utf8_seq(const unsigned char *z, size_t n) {
  unsigned c = z[0];
  int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (!len || (size_t)len > n) return 0;
  unsigned c1 = z[1];
  if ((c1 & 0xC0) != 0x80) return 0;
  if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) ||
      (c == 0xF4 && c1 > 0x8F)) {
    return 0;
  }
  for (int k = 2; k < len; k++) {
    if ((z[k] & 0xC0) != 0x80) return 0;
  }
  return len;
}

/* The type of a member's value, as the text has it. */
enum {
  POLICY_JSON_NULL, POLICY_JSON_TRUE, POLICY_JSON_FALSE, POLICY_JSON_INTEGER, POLICY_JSON_REAL,
  POLICY_JSON_STRING,     /* without a backslash: its text is its value */
  POLICY_JSON_STRING_ESC, /* with one: decoded when pushed */
  POLICY_JSON_OBJECT, POLICY_JSON_ARRAY
};

#define POLICY_JSON_MEMBERS 32 /* members of the top object recorded one by one */

/* A member of the top object: where its key and value are in the text. */
typedef struct PolicyJsonMember {
  unsigned iKey, nKey; /* the key's bytes (a key with an escape is never taken) */
  unsigned iVal, nVal; /* the value's text, a string's with its quotes */
  int eType;           /* POLICY_JSON_NULL ... */
} PolicyJsonMember;

#define POLICY_STRINGS_SLOTS 256 /* short strings a host keeps at hand (PolicyStrings) */
#define POLICY_STRINGS_LEN 40    /* the longest kept: Lua's short strings (LUAI_MAXSHORTLEN) */

/* Short strings the facts repeat from call to call (their keys, codes, dates), kept by a host for
** the life of its Lua state in a table of POLICY_STRINGS_SLOTS slots (iRef in the registry; a
** slot's bytes here), so that pushing one again reads a slot instead of searching Lua's string
** table (whose chains lie all over a large state: a cache miss or two per string). Zero it (and
** iRef = LUA_NOREF) for a new state. */
typedef struct PolicyStrings {
  int iRef; /* the table of the strings, LUA_NOREF until the first push */
  struct {
    unsigned char n; /* length + 1; 0: empty */
    char z[POLICY_STRINGS_LEN];
  } a[POLICY_STRINGS_SLOTS];
} PolicyStrings;

/* Protected: push the n bytes at z as a Lua string, from the host's strings ps when kept there
** (iTable: the index of its table, from policy_strings_table), keeping it when short: in its
** slot, or with bReplace 0 only when the slot is empty. */
void policy_strings_push(lua_State *L, PolicyStrings *ps, int iTable, const char *z, size_t n,
                         int bReplace);

/* Protected: push the table of ps (made at the first call); its index is iTable above. */
void policy_strings_table(lua_State *L, PolicyStrings *ps);

/* What policy_json_plan() learned of the text, for policy_json_push() and for checks that read
** the top object's members without Lua (subsidy_check.c). */
typedef struct PolicyJsonPlan {
  PolicyStrings *pStrings; /* the host's strings for the push, or 0 (set after the plan) */
  int nMember;     /* the top object's members in aMember, in document order; -1: more than
                   ** POLICY_JSON_MEMBERS (then none is recorded) */
  PolicyJsonMember aMember[POLICY_JSON_MEMBERS];
  int *aCount;     /* members (nulls included) of each object and array, in document order */
  int nCount, nAlloc;
  int iNext;       /* the next aCount entry policy_json_push() takes */
  char *zBuf;      /* room for the longest string with an escape, decoded */
  size_t nBuf;
  int aInline[64];
  char zInline[256];
} PolicyJsonPlan;

/* 1 when the fast path takes the n bytes of JSON text at z (p filled; free it with
** policy_json_plan_free), 0 when it does not (p needs no freeing, but freeing it is harmless). */
int policy_json_plan(PolicyJsonPlan *p, const char *z, size_t n);
void policy_json_plan_free(PolicyJsonPlan *p);

/* Protected (raises on a memory error, as the state's allocator does): push the Lua table of the
** text that policy_json_plan(p, z, n) took. */
void policy_json_push(lua_State *L, PolicyJsonPlan *p, const char *z, size_t n);

/* Protected: push a jansson value as Lua (depth 0 for the top level); raises "facts: nested
** deeper than 64" past POLICY_JSON_DEPTH. */
void policy_json_push_tree(lua_State *L, json_t *j, int depth);

#endif
