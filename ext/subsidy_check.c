/*
** subsidy_check.c: a subsidy kind's facts checked in C, in plain C over the Lua API (no SQLite).
**
** The kind wrapper in lua/host/prelude.lua checks every claim's facts against the kind's
** declaration; for a small kind that check was about a sixth of a claim. When every fact of a kind
** is required and of a simple type, the prelude gives the rule's versions a table `kfast` with the
** check (fact name -> 1 integer >= 0 (integer, fen, bp), 2 boolean, 3 date YYYY-MM-DD, or the
** enum's set of values), the number of facts and the window; the host's scalar short way (policyEvalFast in
** policy_lua.c) asks subsidy_kind_fast whether the facts pass and the date is in the kind's window,
** and only then calls the version's `kfast` (the rule's function, without the wrapper), and checks
** its result with subsidy_kind_result. Any failure (an unknown, missing or wrong fact, a date
** outside the window) takes the wrapper, whose Lua check raises the error it always raised, or
** whose window gives 0 with its row: this file never makes a message. When the facts came as JSON
** text the host's reader took (policy_json.h), the check and the window are read on its record of
** the text, compiled once per kind (subsidySpecOf), before any Lua table is read.
*/
#include <lauxlib.h>
#include <lua.h>
#include <string.h>

#include "policy_bytes.h"
#include "policy_json.h"
#include "rsdate.h"
#include "subsidy_check.h"

/* The n bytes at z are the date fact's form the prelude accepts: "^%d%d%d%d%-%d%d%-%d%d$" and a
** real date (host.valid). */
static int subsidyDateText(const char *z, size_t n) {
  RsDate d;
  if (n != 10 || z[4] != '-' || z[7] != '-') return 0;
  for (int k = 0; k < 10; k++) {
    if (k != 4 && k != 7 && (z[k] < '0' || z[k] > '9')) return 0;
  }
  return rs_date_parse(z, (int)n, &d);
}

/* v (at index i) is a date fact's value. */
static int subsidyDateOk(lua_State *L, int i) {
  size_t n;
  if (lua_type(L, i) != LUA_TSTRING) return 0;
  const char *z = lua_tolstring(L, i, &n);
  return subsidyDateText(z, n);
}

int subsidy_facts_ok(lua_State *L, int iSpec, int iFacts, lua_Integer nCount, long long *pnWork) {
  int top = lua_gettop(L);
  int bOk = 1;
  lua_Integer n = 0;
  iSpec = lua_absindex(L, iSpec);
  iFacts = lua_absindex(L, iFacts);
  lua_pushnil(L);
  while (bOk && lua_next(L, iFacts)) { /* ... key value */
    (*pnWork)++;
    n++;
    lua_pushvalue(L, -2); /* (a key that is not a string is in no check table) */
    int t = lua_rawget(L, iSpec); /* ... key value code */
    if (t == LUA_TNUMBER) {
      lua_Integer code = lua_tointeger(L, -1);
      if (code == 1)
        bOk = lua_isinteger(L, -2) && lua_tointeger(L, -2) >= 0;
      else if (code == 2)
        bOk = lua_type(L, -2) == LUA_TBOOLEAN;
      else if (code == 3)
        bOk = subsidyDateOk(L, -2);
      else
        bOk = 0;
    } else if (t == LUA_TTABLE) { /* an enum: its values are strings */
      if (lua_type(L, -2) == LUA_TSTRING) {
        lua_pushvalue(L, -2);                  /* ... key value set value */
        bOk = lua_rawget(L, -2) != LUA_TNIL; /* ... key value set found */
      } else {
        bOk = 0;
      }
    } else {
      bOk = 0;
    }
    lua_settop(L, top + 1); /* ... key */
  }
  lua_settop(L, top);
  return bOk && n == nCount;
}

/* {====== the same check on the JSON text's record of the facts (policy_json.h), without Lua
** The check table kfast[1], the number of facts kfast[2] and the window kfast[3..5] compiled once
** into a userdata at kfast[7] (false when kfast[1] holds anything but names mapped to a type code
** or to an enum's set of strings): every fact and every enum value as bytes in one block. It takes
** only what subsidy_facts_ok and the window's test would take, and the caller asks them whenever
** it does not. */
typedef struct SubsidySpecFact {
  const char *zName;
  size_t nName;
  int eCode;        /* 1, 2, 3 as in kfast[1]; 0: an enum */
  int iEnum, nEnum; /* an enum's values: aEnum[iEnum .. iEnum + nEnum) */
} SubsidySpecFact;

typedef struct SubsidySpecText {
  const char *z;
  size_t n;
} SubsidySpecText;

typedef struct SubsidySpec {
  int nFact;
  SubsidySpecFact *aFact;
  SubsidySpecText *aEnum;
  lua_Integer nCount; /* kfast[2] */
  /* The window, when kfast[3..5] are of the usual kinds (else bWindow 0: read them as before):
  ** the date fact's name (nWfact 0: as_of) and the bounds (bFrom, bTo 0: none). */
  int bWindow, bFrom, bTo;
  size_t nWfact;
  char zWfact[POLICY_STRINGS_LEN], zFrom[10], zTo[10];
  int bFn; /* fn is chosen and kept in kfast[8], its ref in kfast[9] */
} SubsidySpec;

/* Copy the string at index i into the block at *pz; the copy as zOut/nOut. */
static void subsidySpecCopy(lua_State *L, int i, char **pz, const char **pzOut, size_t *pnOut) {
  size_t n;
  const char *z = lua_tolstring(L, i, &n);
  memcpy(*pz, z, n);
  *pzOut = *pz;
  *pnOut = n;
  *pz += n;
}

/* Walk the check table at iSpec: with pSpec 0, count its facts, enum values and bytes (0 when it
** holds something this check does not take); else fill pSpec from the block's arrays. */
static int subsidySpecWalk(lua_State *L, int iSpec, SubsidySpec *pSpec, char **pz, int *pnFact,
                           int *pnEnum, size_t *pnByte) {
  int nFact = 0, nEnum = 0;
  size_t nByte = 0, n;
  lua_pushnil(L);
  while (lua_next(L, iSpec)) { /* ... name code-or-set */
    if (lua_type(L, -2) != LUA_TSTRING) return 0;
    lua_tolstring(L, -2, &n);
    nByte += n;
    SubsidySpecFact *f = pSpec ? &pSpec->aFact[nFact] : 0;
    if (f) subsidySpecCopy(L, -2, pz, &f->zName, &f->nName);
    if (lua_type(L, -1) == LUA_TTABLE) {
      if (f) {
        f->eCode = 0;
        f->iEnum = nEnum;
      }
      lua_pushnil(L);
      while (lua_next(L, -2)) { /* ... name set value x */
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) return 0;
        lua_tolstring(L, -1, &n);
        nByte += n;
        if (f) subsidySpecCopy(L, -1, pz, &pSpec->aEnum[nEnum].z, &pSpec->aEnum[nEnum].n);
        nEnum++;
      }
      if (f) f->nEnum = nEnum - f->iEnum;
    } else if (lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 1 && lua_tointeger(L, -1) <= 3) {
      if (f) f->eCode = (int)lua_tointeger(L, -1);
    } else {
      return 0;
    }
    lua_pop(L, 1);
    nFact++;
  }
  *pnFact = nFact;
  *pnEnum = nEnum;
  *pnByte = nByte;
  return 1;
}

/* The window's bound kfast[i] (at iFast) into z[10] with *pb 1, or *pb 0 for none; 0 when it is
** a string that is not 10 bytes long (then the window is read as before). */
static int subsidySpecBound(lua_State *L, int iFast, int i, char *z, int *pb) {
  size_t n;
  int bOk = 1;
  *pb = 0;
  if (lua_rawgeti(L, iFast, i) == LUA_TSTRING) { /* (another type: no bound, as subsidyBoundOk) */
    const char *zB = lua_tolstring(L, -1, &n);
    bOk = n == 10;
    if (bOk) memcpy(z, zB, 10);
    *pb = bOk;
  }
  lua_pop(L, 1);
  return bOk;
}

/* The compiled check of kfast (at iFast), made at the first call; 0 when kfast[1] cannot be
** compiled or kfast[2] is not an integer. */
static SubsidySpec *subsidySpecOf(lua_State *L, int iFast) {
  int top = lua_gettop(L);
  int t = lua_rawgeti(L, iFast, 7);
  if (t == LUA_TUSERDATA) {
    SubsidySpec *s = (SubsidySpec *)lua_touserdata(L, -1);
    lua_settop(L, top);
    return s; /* (kfast keeps it) */
  }
  lua_settop(L, top);
  if (t != LUA_TNIL) return 0; /* false: not compiled */
  int nFact, nEnum;
  size_t nByte;
  SubsidySpec *s = 0;
  int iSpec = top + 1;
  if (lua_rawgeti(L, iFast, 1) == LUA_TTABLE && lua_rawgeti(L, iFast, 2) == LUA_TNUMBER &&
      lua_isinteger(L, -1) && subsidySpecWalk(L, iSpec, 0, 0, &nFact, &nEnum, &nByte)) {
    lua_Integer nCount = lua_tointeger(L, iSpec + 1);
    lua_settop(L, iSpec);
    s = (SubsidySpec *)lua_newuserdatauv(L, sizeof(SubsidySpec) + sizeof(SubsidySpecFact) *
                                                (size_t)nFact + sizeof(SubsidySpecText) *
                                                (size_t)nEnum + nByte, 0);
    memset(s, 0, sizeof *s);
    s->nFact = nFact;
    s->aFact = (SubsidySpecFact *)(s + 1);
    s->aEnum = (SubsidySpecText *)(s->aFact + nFact);
    s->nCount = nCount;
    char *z = (char *)(s->aEnum + nEnum);
    int iUd = lua_gettop(L);
    if (!subsidySpecWalk(L, iSpec, s, &z, &nFact, &nEnum, &nByte)) s = 0; /* (unchanged) */
    lua_settop(L, iUd);
    if (s) {
      size_t n = 0;
      int eWfact = lua_rawgeti(L, iFast, 3);
      const char *zW = eWfact == LUA_TSTRING ? lua_tolstring(L, -1, &n) : 0;
      s->bWindow = (eWfact == LUA_TNIL || (zW && n > 0 && n <= POLICY_STRINGS_LEN)) &&
                   subsidySpecBound(L, iFast, 4, s->zFrom, &s->bFrom) &&
                   subsidySpecBound(L, iFast, 5, s->zTo, &s->bTo);
      if (zW && s->bWindow) {
        memcpy(s->zWfact, zW, n);
        s->nWfact = n;
      }
      lua_settop(L, iUd);
    }
    lua_remove(L, iSpec); /* ... ud */
  }
  lua_settop(L, s ? top + 1 : top);
  if (!s) lua_pushboolean(L, 0);
  lua_rawseti(L, iFast, 7);
  return s;
}

/* The window's date for the facts the plan of zText records: as_of, or the date fact's text when
** it is a string without an escape (*pn its length); 0 for anything else (no date: not inside). */
static const char *subsidyPlanDay(const SubsidySpec *s, const PolicyJsonPlan *p,
                                  const char *zText, const char *zAsOf, size_t *pn) {
  if (!s->nWfact) {
    *pn = strlen(zAsOf);
    return zAsOf;
  }
  for (int k = 0; k < p->nMember; k++) {
    const PolicyJsonMember *m = &p->aMember[k];
    if (m->nKey == s->nWfact && policy_bytes_eq(zText + m->iKey, s->zWfact, s->nWfact)) {
      if (m->eType != POLICY_JSON_STRING) return 0;
      *pn = m->nVal - 2;
      return zText + m->iVal + 1;
    }
  }
  return 0;
}

/* The facts as the plan of their text records them pass the check s: exactly nCount members, each
** a fact of s with a value of its type (an integer without a sign, true or false, a string without
** an escape that is a date or one of the enum's values). */
static int subsidyPlanOk(const SubsidySpec *s, const PolicyJsonPlan *p, const char *zText,
                         lua_Integer nCount) {
  if (p->nMember < 0 || (lua_Integer)p->nMember != nCount) return 0;
  for (int k = 0; k < p->nMember; k++) {
    const PolicyJsonMember *m = &p->aMember[k];
    const char *zKey = zText + m->iKey, *zVal = zText + m->iVal + 1; /* a string's bytes */
    size_t nVal = m->nVal - 2;
    const SubsidySpecFact *f = 0;
    for (int j = 0; j < s->nFact && !f; j++) {
      if (s->aFact[j].nName == m->nKey && policy_bytes_eq(s->aFact[j].zName, zKey, m->nKey)) {
        f = &s->aFact[j];
      }
    }
    if (!f) return 0;
    switch (f->eCode) {
      case 1:
        if (m->eType != POLICY_JSON_INTEGER || zText[m->iVal] == '-') return 0;
        break;
      case 2:
        if (m->eType != POLICY_JSON_TRUE && m->eType != POLICY_JSON_FALSE) return 0;
        break;
      case 3:
        if (m->eType != POLICY_JSON_STRING || !subsidyDateText(zVal, nVal)) return 0;
        break;
      default: {
        int bIn = 0;
        if (m->eType != POLICY_JSON_STRING) return 0;
        for (int j = f->iEnum; j < f->iEnum + f->nEnum && !bIn; j++) {
          bIn = s->aEnum[j].n == nVal && policy_bytes_eq(s->aEnum[j].z, zVal, nVal);
        }
        if (!bIn) return 0;
      }
    }
  }
  return 1;
}

/* }====== */

/* The window's bound kfast[i] (at iFast), a date or nil, against d: 1 when d is on its side. */
static int subsidyBoundOk(lua_State *L, int iFast, int i, const char *d, int bFrom) {
  size_t n;
  int bOk = 1;
  if (lua_rawgeti(L, iFast, i) == LUA_TSTRING) {
    const char *z = lua_tolstring(L, -1, &n);
    int cmp = n == 10 ? policy_date_cmp(d, z) : (bFrom ? -1 : 1); /* not a date: the Lua way */
    bOk = bFrom ? cmp >= 0 : cmp <= 0;
  }
  lua_pop(L, 1);
  return bOk;
}

int subsidy_kind_fast(lua_State *L, int iVersion, int iFacts, const PolicyJsonPlan *pPlan,
                      const char *zText, const char *zAsOf, long long *pnWork) {
  int top = lua_gettop(L);
  iVersion = lua_absindex(L, iVersion);
  iFacts = lua_absindex(L, iFacts);
  if (!lua_checkstack(L, 12)) return 0;
  /* kfast: { [1] = the check (name -> type), [2] = the number of facts, [3] = the window's date
  ** fact (nil: as_of), [4] = from, [5] = to, [6] = true once fn is chosen; fn, ref, rule, withk,
  ** bad } (prelude.lua, wrapkind): read by index, cheaper than by name. The host adds [7], the
  ** compiled check (subsidySpecOf), and [8], [9]: fn and ref by index. */
  if (lua_getfield(L, iVersion, "kfast") != LUA_TTABLE) {
    lua_settop(L, top);
    return 0;
  }
  int iFast = top + 1;
  /* Facts whose text the plan records, of a kind whose check and window are compiled (kfast[7])
  ** and whose fn is chosen: checked and placed in the window without reading a Lua table. The
  ** same charge (one instruction per fact looked at) and the same answers as below. */
  SubsidySpec *pSpec = pPlan && zText ? subsidySpecOf(L, iFast) : 0;
  int bPlanOk = pSpec && subsidyPlanOk(pSpec, pPlan, zText, pSpec->nCount);
  if (bPlanOk && pSpec->bWindow && pSpec->bFn) {
    size_t nDay = 0;
    const char *zDay = subsidyPlanDay(pSpec, pPlan, zText, zAsOf, &nDay);
    *pnWork += pSpec->nCount;
    if (zDay && nDay == 10 && (!pSpec->bFrom || policy_date_cmp(zDay, pSpec->zFrom) >= 0) &&
        (!pSpec->bTo || policy_date_cmp(zDay, pSpec->zTo) <= 0)) {
      return iFast;
    }
    lua_settop(L, top);
    return 0;
  }
  if (lua_rawgeti(L, iFast, 1) != LUA_TTABLE || lua_rawgeti(L, iFast, 2) != LUA_TNUMBER) {
    lua_settop(L, top);
    return 0;
  }
  /* The facts' text as the plan records it when there is one (no Lua reads; checked above, with
  ** kfast[2] as compiled), else (or when that check does not take them) the table; both charge
  ** one instruction per fact looked at. */
  lua_Integer nCount = lua_tointeger(L, top + 3);
  if (bPlanOk) {
    *pnWork += nCount;
  } else if (!subsidy_facts_ok(L, top + 2, iFacts, nCount, pnWork)) {
    lua_settop(L, top);
    return 0;
  }
  lua_settop(L, iFast);
  if (lua_rawgeti(L, iFast, 6) != LUA_TBOOLEAN) { /* the first claim: choose fn */
    lua_Debug ar;
    int bRaw = 0;
    lua_pop(L, 1);
    if (lua_getfield(L, iFast, "rule") == LUA_TFUNCTION) { /* ... kfast rule */
      lua_pushvalue(L, -1);
      bRaw = lua_getinfo(L, ">u", &ar) && ar.nparams < 3 && !ar.isvararg;
    }
    if (!bRaw) { /* the rule may read k */
      lua_pop(L, 1);
      lua_getfield(L, iFast, "withk");
    }
    lua_setfield(L, iFast, "fn"); /* ... kfast */
    lua_pushboolean(L, 1);
    lua_rawseti(L, iFast, 6);
  } else {
    lua_pop(L, 1);
  }
  if (lua_rawgeti(L, iFast, 8) == LUA_TNIL) { /* fn and ref by index for the host */
    lua_getfield(L, iFast, "fn");
    lua_rawseti(L, iFast, 8);
    lua_getfield(L, iFast, "ref");
    lua_rawseti(L, iFast, 9);
  }
  lua_pop(L, 1);
  if (pSpec) pSpec->bFn = 1; /* (also when an earlier claim without a plan chose fn) */
  /* The window: on as_of, or on a date fact (checked above: YYYY-MM-DD). */
  const char *d = zAsOf;
  if (lua_rawgeti(L, iFast, 3) == LUA_TSTRING) {
    lua_rawget(L, iFacts); /* ... kfast facts[wfact] */
    d = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : 0;
  }
  int bIn = d && strlen(d) == 10 && subsidyBoundOk(L, iFast, 4, d, 1) &&
            subsidyBoundOk(L, iFast, 5, d, 0);
  lua_settop(L, iFast); /* ... kfast */
  if (!bIn) {
    lua_settop(L, top);
    return 0;
  }
  return iFast;
}

void subsidy_kind_result(lua_State *L, int iFast) {
  if (lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 0) return;
  lua_getfield(L, iFast, "bad"); /* ... result bad */
  lua_insert(L, -2);             /* ... bad result */
  lua_call(L, 1, 0);             /* raises */
}
