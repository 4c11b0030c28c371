/*
** policy_json.c: the facts of a policy call from JSON text to Lua tables (see policy_json.h), in
** plain C: Lua and jansson, no SQLite.
**
** Why a fast path: parsing the facts into a jansson tree, copying the tree into Lua and freeing it
** cost more than the rule itself on a small rule (issue 17). The fast path reads the text twice,
** neither time building anything but the Lua value: policy_json_plan() checks it (outside Lua,
** before the call: an invalid text is still reported before the world is built, by the jansson
** path) and counts each container's members, so that policy_json_push() can presize each table
** exactly as the jansson path does; the first read also records the top object's members, from
** which the second fills the top table and a subsidy kind's check reads the facts (subsidy_check.c)
** without a Lua call. Both reads are linear in the text: the duplicate-key check compares at most
** POLICY_JSON_FAST_KEYS keys per object, recursion stops at POLICY_JSON_DEPTH.
**
** The grammar is jansson 2.x's (RFC 8259): whitespace is space, tab, LF and CR; a number is
** -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? and an integer (JSON_INTEGER) when it has no
** '.', 'e' or 'E'; strings are UTF-8 without overlong forms, surrogates or code points past
** U+10FFFF, and without raw characters below 0x20.
*/
#include "policy_json.h"
#include "policy_bytes.h"

#include <lauxlib.h>
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Bytes a string's text is mostly made of: 1 for what stands for itself in a JSON string (0x20
** to 0x7F but '"' and '\\'), 2 also for the bytes of UTF-8 (0x80 to 0xFF, checked apart). */
static const unsigned char aPjText[256] = {
#define PJ_16(x) x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x
  PJ_16(0), PJ_16(0),
  1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x20-0x2F, '"' */
  PJ_16(1), PJ_16(1),
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, /* 0x50-0x5F, '\\' */
  PJ_16(1), PJ_16(1),
  PJ_16(2), PJ_16(2), PJ_16(2), PJ_16(2), PJ_16(2), PJ_16(2), PJ_16(2), PJ_16(2)
#undef PJ_16
};

/* {====== the check (policy_json_plan) */

#define PJ_MAX_KEYS 512 /* keys of all open objects kept for the duplicate check */

typedef struct PjScan {
  const unsigned char *z;
  size_t n, i;
  PolicyJsonPlan *p;
  uint32_t aKeyOff[PJ_MAX_KEYS]; /* keys of the open objects, innermost last (n < 4 GiB) */
  uint32_t aKeyLen[PJ_MAX_KEYS];
  int nKey;
  int bLocale; /* the C locale's decimal point was checked and is '.' */
  int eLast;   /* the type of the value read last (POLICY_JSON_NULL ...) */
} PjScan;

static inline void pjSpace(PjScan *s) {
  while (s->i < s->n) {
    unsigned char c = s->z[s->i];
    if (c > ' ' || (c != ' ' && c != '\t' && c != '\n' && c != '\r')) break;
    s->i++;
  }
}

/* The value of the 4 hex digits at z[i..i+4), or -1. */
static long pjHex4(const unsigned char *z, size_t n, size_t i) {
  long v = 0;
  if (i + 4 > n) return -1;
  for (int k = 0; k < 4; k++) {
    unsigned char c = z[i + (size_t)k];
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

/* A new container: its entry in aCount (grown on the C heap past the inline room); -1 when out
** of memory (the fast path then declines and the jansson path reports what it will). */
static int pjContainer(PolicyJsonPlan *p) {
  if (p->nCount == p->nAlloc) {
    int nNew = p->nAlloc * 2;
    int *a = p->aCount == p->aInline ? malloc(sizeof(int) * (size_t)nNew)
                                     : realloc(p->aCount, sizeof(int) * (size_t)nNew);
    if (!a) return -1;
    if (p->aCount == p->aInline) memcpy(a, p->aInline, sizeof p->aInline);
    p->aCount = a;
    p->nAlloc = nNew;
  }
  p->aCount[p->nCount] = 0;
  return p->nCount++;
}

/* The string at s->i (a '"'). *pbEsc is set when it has a backslash. 1 when the fast path
** takes it. */
static int pjString(PjScan *s, int *pbEsc) {
  const unsigned char *z = s->z;
  size_t n = s->n, i = s->i + 1, i0 = i;
  int bEsc = 0;
  for (;;) {
    while (i < n && aPjText[z[i]] == 1) i++;
    if (i >= n) return 0;
    unsigned c = z[i];
    if (c == '"') break;
    if (c < 0x20) return 0;
    if (c == '\\') {
      bEsc = 1;
      if (++i >= n) return 0;
      switch (z[i]) {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
          i++;
          continue;
        case 'u': {
          long u = pjHex4(z, n, i + 1);
          if (u <= 0 || (u >= 0xDC00 && u <= 0xDFFF)) return 0; /* bad, \u0000, lone low */
          i += 5;
          if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 1 >= n || z[i] != '\\' || z[i + 1] != 'u') return 0;
            long u2 = pjHex4(z, n, i + 2);
            if (u2 < 0xDC00 || u2 > 0xDFFF) return 0;
            i += 6;
          }
          continue;
        }
        default:
          return 0;
      }
    }
    if (c < 0x80) {
      i++;
      continue;
    }
    int len = policy_utf8_seq(z + i, n - i); /* UTF-8 as RFC 3629 (what jansson accepts) */
    if (!len) return 0;
    i += (size_t)len;
  }
  if (bEsc) {
    /* Decoded, an escaped string is never longer than its text: room for the longest. */
    PolicyJsonPlan *p = s->p;
    size_t nRaw = i - i0;
    if (nRaw > p->nBuf) {
      char *zNew = p->zBuf == p->zInline ? malloc(nRaw) : realloc(p->zBuf, nRaw);
      if (!zNew) return 0;
      p->zBuf = zNew;
      p->nBuf = nRaw;
    }
  }
  *pbEsc = bEsc;
  s->i = i + 1;
  return 1;
}

/* The number at s->i. 1 when the fast path takes it. */
static int pjNumber(PjScan *s) {
  const unsigned char *z = s->z;
  size_t n = s->n, i = s->i, i0 = s->i;
  int bNeg = 0;
  if (z[i] == '-') {
    bNeg = 1;
    i++;
  }
  if (i >= n) return 0;
  size_t iInt = i;
  if (z[i] == '0') {
    i++;
  } else if (z[i] >= '1' && z[i] <= '9') {
    while (i < n && z[i] >= '0' && z[i] <= '9') i++;
  } else {
    return 0;
  }
  size_t nInt = i - iInt;
  if (i >= n || (z[i] != '.' && z[i] != 'e' && z[i] != 'E')) {
    /* An integer: strtoll's range, as jansson ("too big integer" past it). */
    if (nInt > 19) return 0;
    uint64_t v = 0;
    for (size_t k = iInt; k < i; k++) v = v * 10 + (uint64_t)(z[k] - '0');
    if (v > (uint64_t)INT64_MAX + (uint64_t)bNeg) return 0;
    s->i = i;
    s->eLast = POLICY_JSON_INTEGER;
    return 1;
  }
  if (z[i] == '.') {
    i++;
    if (i >= n || z[i] < '0' || z[i] > '9') return 0;
    while (i < n && z[i] >= '0' && z[i] <= '9') i++;
  }
  long nExp = 0;
  if (i < n && (z[i] == 'e' || z[i] == 'E')) {
    int bExpNeg = 0;
    i++;
    if (i < n && (z[i] == '+' || z[i] == '-')) bExpNeg = z[i++] == '-';
    if (i >= n || z[i] < '0' || z[i] > '9') return 0;
    while (i < n && z[i] >= '0' && z[i] <= '9') {
      if (nExp < 100000) nExp = nExp * 10 + (z[i] - '0');
      i++;
    }
    if (bExpNeg) nExp = -nExp;
  }
  if (i - i0 > 63) return 0; /* policy_json_push copies a real to convert it */
  if (!s->bLocale) {
    /* jansson swaps '.' for the locale's decimal point before strtod; so does strtod here only
    ** when there is nothing to swap. */
    const char *zPoint = localeconv()->decimal_point;
    if (!zPoint || strcmp(zPoint, ".") != 0) return 0;
    s->bLocale = 1;
  }
  if ((long)nInt + nExp > 300) {
    /* Perhaps past DBL_MAX: jansson says "real number overflow" when strtod gives HUGE_VAL. */
    char zNum[64];
    memcpy(zNum, z + i0, i - i0);
    zNum[i - i0] = 0;
    double r = strtod(zNum, 0);
    if (r == HUGE_VAL || r == -HUGE_VAL) return 0;
  }
  s->i = i;
  s->eLast = POLICY_JSON_REAL;
  return 1;
}

static int pjValue(PjScan *s, int depth);

static int pjObject(PjScan *s, int depth) {
  const unsigned char *z = s->z;
  int iCount = pjContainer(s->p), nKey0 = s->nKey;
  if (iCount < 0) return 0;
  s->i++; /* '{' */
  pjSpace(s);
  if (s->i < s->n && z[s->i] == '}') {
    s->i++;
    s->eLast = POLICY_JSON_OBJECT;
    return 1;
  }
  for (;;) {
    int bEsc;
    if (s->i >= s->n || z[s->i] != '"') return 0;
    size_t iKey = s->i + 1;
    if (!pjString(s, &bEsc) || bEsc) return 0; /* a key with an escape: left to jansson */
    size_t nKeyLen = s->i - 1 - iKey;
    if (s->nKey - nKey0 >= POLICY_JSON_FAST_KEYS || s->nKey >= PJ_MAX_KEYS) return 0;
    for (int k = nKey0; k < s->nKey; k++) {
      if (s->aKeyLen[k] == nKeyLen && memcmp(z + s->aKeyOff[k], z + iKey, nKeyLen) == 0) return 0;
    }
    s->aKeyOff[s->nKey] = (uint32_t)iKey;
    s->aKeyLen[s->nKey++] = (uint32_t)nKeyLen;
    pjSpace(s);
    if (s->i >= s->n || z[s->i] != ':') return 0;
    s->i++;
    pjSpace(s);
    size_t iVal = s->i;
    if (!pjValue(s, depth + 1)) return 0;
    if (depth == 0) {
      PolicyJsonPlan *p = s->p;
      if (p->nMember >= POLICY_JSON_MEMBERS) {
        p->nMember = -1;
      } else if (p->nMember >= 0) {
        PolicyJsonMember *m = &p->aMember[p->nMember++];
        m->iKey = (unsigned)iKey;
        m->nKey = (unsigned)nKeyLen;
        m->iVal = (unsigned)iVal;
        m->nVal = (unsigned)(s->i - iVal);
        m->eType = s->eLast;
      }
    }
    s->p->aCount[iCount]++;
    pjSpace(s);
    if (s->i >= s->n) return 0;
    if (z[s->i] == ',') {
      s->i++;
      pjSpace(s);
      continue;
    }
    if (z[s->i] != '}') return 0;
    s->i++;
    s->nKey = nKey0;
    s->eLast = POLICY_JSON_OBJECT;
    return 1;
  }
}

static int pjArray(PjScan *s, int depth) {
  const unsigned char *z = s->z;
  int iCount = pjContainer(s->p);
  if (iCount < 0) return 0;
  s->i++; /* '[' */
  pjSpace(s);
  if (s->i < s->n && z[s->i] == ']') {
    s->i++;
    s->eLast = POLICY_JSON_ARRAY;
    return 1;
  }
  for (;;) {
    if (!pjValue(s, depth + 1)) return 0;
    s->p->aCount[iCount]++;
    pjSpace(s);
    if (s->i >= s->n) return 0;
    if (z[s->i] == ',') {
      s->i++;
      pjSpace(s);
      continue;
    }
    if (z[s->i] != ']') return 0;
    s->i++;
    s->eLast = POLICY_JSON_ARRAY;
    return 1;
  }
}

static int pjWord(PjScan *s, const char *zWord, size_t nWord, int eType) {
  if (s->n - s->i < nWord || memcmp(s->z + s->i, zWord, nWord) != 0) return 0;
  s->i += nWord;
  s->eLast = eType;
  return 1;
}

/* The value at s->i (no space before it), depth levels below the top. */
static int pjValue(PjScan *s, int depth) {
  int bEsc;
  if (s->i >= s->n || depth > POLICY_JSON_DEPTH) return 0;
  switch (s->z[s->i]) {
    case '{': return pjObject(s, depth);
    case '[': return pjArray(s, depth);
    case '"':
      if (!pjString(s, &bEsc)) return 0;
      s->eLast = bEsc ? POLICY_JSON_STRING_ESC : POLICY_JSON_STRING;
      return 1;
    case 't': return pjWord(s, "true", 4, POLICY_JSON_TRUE);
    case 'f': return pjWord(s, "false", 5, POLICY_JSON_FALSE);
    case 'n': return pjWord(s, "null", 4, POLICY_JSON_NULL);
    default: return pjNumber(s);
  }
}

int policy_json_plan(PolicyJsonPlan *p, const char *z, size_t n) {
  PjScan s;
  p->aCount = p->aInline;
  p->nCount = p->iNext = 0;
  p->nMember = 0;
  p->pStrings = 0;
  p->nAlloc = (int)(sizeof p->aInline / sizeof p->aInline[0]);
  p->zBuf = p->zInline;
  p->nBuf = sizeof p->zInline;
  s.z = (const unsigned char *)z;
  s.n = n;
  s.i = 0;
  s.p = p;
  s.nKey = 0;
  s.bLocale = 0;
  pjSpace(&s);
  if (n < UINT32_MAX && s.i < n && s.z[s.i] == '{' && pjObject(&s, 0)) {
    pjSpace(&s);
    if (s.i == n) return 1;
  }
  policy_json_plan_free(p);
  return 0;
}

void policy_json_plan_free(PolicyJsonPlan *p) {
  if (p->aCount != p->aInline) free(p->aCount);
  if (p->zBuf != p->zInline) free(p->zBuf);
  p->aCount = p->aInline;
  p->zBuf = p->zInline;
  p->nCount = 0;
  p->nMember = -1;
}

/* }======
** {====== the build (policy_json_push): the text is known good, the counts known */

typedef struct PjPush {
  lua_State *L;
  PolicyJsonPlan *p;
  const unsigned char *z;
  size_t n, i;
  int iStrings; /* the index of the host's strings' table (p->pStrings), 0: none */
} PjPush;

/* Push n bytes at z as a string (from the host's strings when it has them; a key takes its slot,
** a value only an empty one: values such as dates and ID numbers are often seen once). */
static void pushBytes(PjPush *q, const char *z, size_t n, int bKey) {
  if (q->iStrings)
    policy_strings_push(q->L, q->p->pStrings, q->iStrings, z, n, bKey);
  else
    lua_pushlstring(q->L, z, n);
}

static inline void pushSpace(PjPush *q) {
  while (q->i < q->n) {
    unsigned char c = q->z[q->i];
    if (c > ' ' || (c != ' ' && c != '\t' && c != '\n' && c != '\r')) break;
    q->i++;
  }
}

/* The UTF-8 of code point u at z; its length. */
static size_t pushUtf8(char *z, unsigned long u) {
  if (u < 0x80) {
    z[0] = (char)u;
    return 1;
  }
  if (u < 0x800) {
    z[0] = (char)(0xC0 | (u >> 6));
    z[1] = (char)(0x80 | (u & 0x3F));
    return 2;
  }
  if (u < 0x10000) {
    z[0] = (char)(0xE0 | (u >> 12));
    z[1] = (char)(0x80 | ((u >> 6) & 0x3F));
    z[2] = (char)(0x80 | (u & 0x3F));
    return 3;
  }
  z[0] = (char)(0xF0 | (u >> 18));
  z[1] = (char)(0x80 | ((u >> 12) & 0x3F));
  z[2] = (char)(0x80 | ((u >> 6) & 0x3F));
  z[3] = (char)(0x80 | (u & 0x3F));
  return 4;
}

/* Push the string at q->i (a '"'), decoded; bKey: an object's key. */
static void pushString(PjPush *q, int bKey) {
  const unsigned char *z = q->z;
  size_t i = q->i + 1, i0 = i;
  while (aPjText[z[i]]) i++; /* the text was checked: no raw control character */
  if (z[i] == '"') {
    pushBytes(q, (const char *)z + i0, i - i0, bKey);
    q->i = i + 1;
    return;
  }
  char *zOut = q->p->zBuf;
  size_t nOut = i - i0;
  memcpy(zOut, z + i0, nOut);
  while (z[i] != '"') {
    if (z[i] != '\\') {
      zOut[nOut++] = (char)z[i++];
      continue;
    }
    i++;
    switch (z[i]) {
      case 'b': zOut[nOut++] = '\b'; i++; break;
      case 'f': zOut[nOut++] = '\f'; i++; break;
      case 'n': zOut[nOut++] = '\n'; i++; break;
      case 'r': zOut[nOut++] = '\r'; i++; break;
      case 't': zOut[nOut++] = '\t'; i++; break;
      case 'u': {
        unsigned long u = (unsigned long)pjHex4(z, q->n, i + 1);
        i += 5;
        if (u >= 0xD800 && u <= 0xDBFF) {
          unsigned long u2 = (unsigned long)pjHex4(z, q->n, i + 2);
          u = ((u - 0xD800) << 10) + (u2 - 0xDC00) + 0x10000;
          i += 6;
        }
        nOut += pushUtf8(zOut + nOut, u);
        break;
      }
      default: zOut[nOut++] = (char)z[i++]; /* " \ / */
    }
  }
  lua_pushlstring(q->L, zOut, nOut);
  q->i = i + 1;
}

static void pushNumber(PjPush *q) {
  const unsigned char *z = q->z;
  size_t i = q->i, i0 = q->i;
  int bNeg = z[i] == '-';
  uint64_t v = 0;
  i += (size_t)bNeg;
  while (i < q->n && z[i] >= '0' && z[i] <= '9') v = v * 10 + (uint64_t)(z[i++] - '0');
  if (i >= q->n || (z[i] != '.' && z[i] != 'e' && z[i] != 'E')) {
    lua_pushinteger(q->L, bNeg ? (lua_Integer)(0 - v) : (lua_Integer)v);
    q->i = i;
    return;
  }
  while (i < q->n && ((z[i] >= '0' && z[i] <= '9') || z[i] == '.' || z[i] == 'e' || z[i] == 'E' ||
                      z[i] == '+' || z[i] == '-')) {
    i++;
  }
  char zNum[64];
  memcpy(zNum, z + i0, i - i0);
  zNum[i - i0] = 0;
  lua_pushnumber(q->L, strtod(zNum, 0));
  q->i = i;
}

/* Push the value at q->i; 0 (nothing pushed) for null. */
static int pushValue(PjPush *q) {
  lua_State *L = q->L;
  const unsigned char *z = q->z;
  switch (z[q->i]) {
    case '{': {
      luaL_checkstack(L, 3, "facts nested too deeply");
      lua_createtable(L, 0, q->p->aCount[q->p->iNext++]);
      q->i++;
      pushSpace(q);
      if (z[q->i] == '}') {
        q->i++;
        return 1;
      }
      for (;;) {
        pushString(q, 1); /* table key */
        pushSpace(q);
        q->i++; /* ':' */
        pushSpace(q);
        if (pushValue(q))
          lua_rawset(L, -3);
        else
          lua_pop(L, 1);
        pushSpace(q);
        if (z[q->i++] == '}') return 1;
        pushSpace(q);
      }
    }
    case '[': {
      lua_Integer k = 0;
      luaL_checkstack(L, 3, "facts nested too deeply");
      lua_createtable(L, q->p->aCount[q->p->iNext++], 0);
      q->i++;
      pushSpace(q);
      if (z[q->i] == ']') {
        q->i++;
        return 1;
      }
      for (;;) {
        k++;
        if (pushValue(q)) lua_rawseti(L, -2, k);
        pushSpace(q);
        if (z[q->i++] == ']') return 1;
        pushSpace(q);
      }
    }
    case '"':
      pushString(q, 0);
      return 1;
    case 't':
      lua_pushboolean(L, 1);
      q->i += 4;
      return 1;
    case 'f':
      lua_pushboolean(L, 0);
      q->i += 5;
      return 1;
    case 'n':
      q->i += 4;
      return 0;
    default:
      pushNumber(q);
      return 1;
  }
}

/* The top object from the plan's record of its members: the same table, filled in the same
** order, without reading its keys and simple values a second time. */
static void pushMembers(PjPush *q) {
  lua_State *L = q->L;
  PolicyJsonPlan *p = q->p;
  const char *z = (const char *)q->z;
  luaL_checkstack(L, 3, "facts nested too deeply");
  lua_createtable(L, 0, p->aCount[p->iNext++]);
  for (int k = 0; k < p->nMember; k++) {
    const PolicyJsonMember *m = &p->aMember[k];
    pushBytes(q, z + m->iKey, m->nKey, 1); /* (also for null: the same strings as pushValue) */
    switch (m->eType) {
      case POLICY_JSON_NULL: lua_pop(L, 1); continue;
      case POLICY_JSON_TRUE: lua_pushboolean(L, 1); break;
      case POLICY_JSON_FALSE: lua_pushboolean(L, 0); break;
      case POLICY_JSON_STRING: pushBytes(q, z + m->iVal + 1, m->nVal - 2, 0); break;
      default:
        q->i = m->iVal;
        pushValue(q);
    }
    lua_rawset(L, -3);
  }
}

void policy_json_push(lua_State *L, PolicyJsonPlan *p, const char *z, size_t n) {
  PjPush q;
  q.L = L;
  q.p = p;
  q.z = (const unsigned char *)z;
  q.n = n;
  q.i = 0;
  q.iStrings = 0;
  p->iNext = 0;
  if (p->pStrings) {
    policy_strings_table(L, p->pStrings);
    q.iStrings = lua_gettop(L);
  }
  if (p->nMember >= 0) {
    pushMembers(&q);
  } else {
    pushSpace(&q);
    pushValue(&q);
  }
  if (q.iStrings) lua_remove(L, q.iStrings);
}

/* }======
** {====== the host's short strings (PolicyStrings) */

void policy_strings_table(lua_State *L, PolicyStrings *ps) {
  if (ps->iRef == LUA_NOREF) {
    lua_createtable(L, POLICY_STRINGS_SLOTS, 0); /* presized and filled: no growth later */
    for (int i = 1; i <= POLICY_STRINGS_SLOTS; i++) {
      lua_pushboolean(L, 0);
      lua_rawseti(L, -2, i);
    }
    ps->iRef = luaL_ref(L, LUA_REGISTRYINDEX);
  }
  lua_rawgeti(L, LUA_REGISTRYINDEX, ps->iRef);
}

void policy_strings_push(lua_State *L, PolicyStrings *ps, int iTable, const char *z, size_t n,
                         int bReplace) {
  if (n > POLICY_STRINGS_LEN) {
    lua_pushlstring(L, z, n);
    return;
  }
  /* The slot: the length and four of the bytes (the strings kept are few; a collision only
  ** makes a string be searched for as before). */
  const unsigned char *u = (const unsigned char *)z;
  uint32_t h = (uint32_t)n * 2654435761u;
  if (n > 0) h ^= (u[0] * 31u + u[n - 1]) * 40503u + (u[n / 2] * 31u + u[(n - 1) / 3]) * 9973u;
  int iSlot = (int)((h ^ (h >> 15)) % POLICY_STRINGS_SLOTS);
  if (ps->a[iSlot].n == n + 1 && policy_bytes_eq(ps->a[iSlot].z, z, n)) {
    lua_rawgeti(L, iTable, iSlot + 1);
    return;
  }
  lua_pushlstring(L, z, n);
  if (!bReplace && ps->a[iSlot].n) return;
  lua_pushvalue(L, -1);
  lua_rawseti(L, iTable, iSlot + 1);
  memcpy(ps->a[iSlot].z, z, n);
  ps->a[iSlot].n = (unsigned char)(n + 1);
}

/* }======
** {====== the jansson path */

void policy_json_push_tree(lua_State *L, json_t *j, int depth) {
  luaL_checkstack(L, 3, "facts nested too deeply");
  if (depth > POLICY_JSON_DEPTH) luaL_error(L, "facts: nested deeper than %d", POLICY_JSON_DEPTH);
  switch (json_typeof(j)) {
    case JSON_OBJECT: {
      const char *zKey;
      json_t *v;
      lua_createtable(L, 0, (int)json_object_size(j));
      json_object_foreach(j, zKey, v) {
        if (json_is_null(v)) continue;
        policy_json_push_tree(L, v, depth + 1);
        lua_setfield(L, -2, zKey);
      }
      break;
    }
    case JSON_ARRAY: {
      size_t i;
      json_t *v;
      lua_createtable(L, (int)json_array_size(j), 0);
      json_array_foreach(j, i, v) {
        if (json_is_null(v)) continue;
        policy_json_push_tree(L, v, depth + 1);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
      }
      break;
    }
    case JSON_STRING:
      lua_pushlstring(L, json_string_value(j), json_string_length(j));
      break;
    case JSON_INTEGER:
      lua_pushinteger(L, (lua_Integer)json_integer_value(j));
      break;
    case JSON_REAL:
      lua_pushnumber(L, json_real_value(j));
      break;
    case JSON_TRUE:
      lua_pushboolean(L, 1);
      break;
    case JSON_FALSE:
      lua_pushboolean(L, 0);
      break;
    default:
      lua_pushnil(L);
  }
}

/* }====== */
