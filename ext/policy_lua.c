/*
** policy_lua.c: the Lua 5.4 policy host of renshe (see policy_lua.h), in plain C: no SQLite here.
**
** Usage (through SQL, ext/policy_sql.c):
**   .load dist/renshe
**   SELECT policy_param('淄博', 'register_min_age', '2020-06-01');           -- 16
**   SELECT policy_eval('威海', 'registration.age_ok', '2020-06-01', '{"birth":"2004-06-02"}');  -- 0
**
** The sandbox (STYLE §8, after Redis's script_lua.c):
**   - lua_newstate(policyAlloc): a counting allocator that refuses past POLICY_MEM_LIMIT;
**   - only base, string, table, math and utf8 are opened; scripts see copies behind read-only
**     proxies (lua/host/prelude.lua), without load/loadstring/dofile/loadfile/require/print/
**     collectgarbage/rawset/string.dump/math.random, and never io, os, package, debug, coroutine;
**   - chunks are text only (mode "t"); each world has its own _ENV chain, so a write or a
**     metatable trick in one city's script cannot reach another city or the baseline of another;
**   - every call runs under lua_pcall with one budget (PolicyLimits): a LUA_MASKCOUNT hook counts
**     instructions and adds the state's allocations (one instruction per POLICY_BYTES_PER_STEP
**     bytes) and the charges of the wrappers; it also checks the call's CPU time and asks whether
**     the call was interrupted. Past any bound it raises and re-arms itself with count 1, so a
**     pcall in the script cannot swallow it. The hook's period shrinks as the largest block of the
**     state grows (policyArm), so work one instruction does in C on a large string (compare,
**     concatenate, utf8.len) is seen within about POLICY_SLICE_BYTES bytes touched;
**   - xpcall is the host's (policyXpcall): the message handler runs after the error has unwound,
**     under the hook, never from inside the hook where Lua disables hooks (issue 19 finding 1);
**   - setmetatable refuses __gc (a finalizer would run at an arbitrary later time, outside any
**     call's bounds); string patterns, string.rep, table.sort and table.move are bounded and
**     charged before their C loops (a pattern at its worst case, %b as a repetition).
** Stored sources live once in the host and once as a Lua string shared by every world; a world
** that fails to build (a syntax error, a loop at load time) is remembered as failed until the
** scripts or limits change, and its error is returned without compiling again.
** After a script hits a bound its world is dropped and rebuilt on the next call; the connection and
** the other worlds stay usable.
**
** JSON: facts become Lua tables (objects: string keys; arrays: 1..n; null: absent; integers: Lua
** integers; other numbers: floats), in ext/policy_json.c: straight from the text, or through a
** jansson tree for what that fast path declines (jansson words every error); a table a rule
** returns becomes JSON text with sorted keys.
*/
#include <jansson.h>
#include <lauxlib.h>
#include <lua.h>
#include <limits.h>
#include <lualib.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "idcard.h"
#include "policy_bytes.h"
#include "policy_json.h"
#include "policy_lua.h"
#include "retirement.h"
#include "rsdate.h"
#include "subsidy_check.h"
#include "workday.h"

#define POLICY_N_WORLD (POLICY_N_CITY + 1)
#define POLICY_PATTERN_COST 2e8   /* steps a string search may take in C (policyPatternGuard) */
#define POLICY_MOVE_MAX (1 << 20) /* elements table.move and table.sort may touch */
#define POLICY_PATTERN_CHARGE 8   /* pattern steps (worst case) that cost one instruction */
#define POLICY_SLICE_MAX 1024     /* instructions between two looks of the hook, at most */
#define POLICY_SLICE_MIN 16       /* ... and at least */
#define POLICY_SLICE_BYTES (256LL * 1024 * 1024) /* bytes one slice may touch (policyArm) */
#define POLICY_BIG_BLOCK (256 * 1024) /* blocks the allocator tracks while they live */
#define POLICY_N_BIG 512          /* room for every live big block (the state cap / the size) */
#define POLICY_CLOCK_NS 1000000LL /* nanoseconds between two looks at the CPU clock */
#define POLICY_POLL_NS 10000000LL /* nanoseconds between two interrupt polls */
#define POLICY_SMALL_MAX 512      /* freed blocks up to this size are kept for reuse (policyAlloc) */
#define POLICY_SMALL_KEEP (2 * 1024 * 1024) /* bytes of such blocks kept at most */

const char *const azPolicyLimit[] = {"instructions", "memory", "time_ms", "result",
                                     "script",       "facts",  NULL};
static const long long aPolicyLimitRange[][2] = {
    {1000000LL, 1000000000000LL},    /* instructions (a world loads in about 300000) */
    {8LL << 20, 4LL << 30},          /* memory */
    {10LL, 3600000LL},               /* time_ms */
    {1024LL, 1LL << 30},             /* result */
    {1024LL, 1LL << 30},             /* script */
    {1024LL, 1LL << 30},             /* facts */
};

const PolicyCity aPolicyCity[POLICY_N_CITY + 1] = {
    {"370100", "济南", "jinan"},     {"370200", "青岛", "qingdao"},   {"370300", "淄博", "zibo"},
    {"370400", "枣庄", "zaozhuang"}, {"370500", "东营", "dongying"},  {"370600", "烟台", "yantai"},
    {"370700", "潍坊", "weifang"},   {"370800", "济宁", "jining"},    {"370900", "泰安", "taian"},
    {"371000", "威海", "weihai"},    {"371100", "日照", "rizhao"},    {"371300", "临沂", "linyi"},
    {"371400", "德州", "dezhou"},    {"371500", "聊城", "liaocheng"}, {"371600", "滨州", "binzhou"},
    {"371700", "菏泽", "heze"},      {"370000", "山东", "shandong"},
};

/* policyEvalP's memo of the rule a world ran last (by name): the versions' dates in C and
** the values a scalar call needs in one registry table, so that a statement's rows reach them
** without a string-keyed lookup each (world.ruletab[rule].versions, v.from, v.facts, world.call1).
** The world's rules never change once it is built (scripts cannot reach them), so the memo holds
** until the world is dropped (iEpoch changes). */
#define POLICY_MEMO_VERSIONS 16 /* a rule with more versions takes the string-keyed way */
typedef struct PolicyRuleMemo {
  int iRef; /* registry ref of { call1, name, v1.fn, v1.ref, v1.facts, names1, v2.fn, ...,
            ** then the versions with a kfast }, or
            ** LUA_NOREF, where names is the list of the names v.facts holds (false without) */
  int iWorld; /* the world's registry ref when made */
  unsigned long long iEpoch;
  int nVersion;
  size_t nRule;
  char zRule[128];
  char aFrom[POLICY_MEMO_VERSIONS][10];        /* each version's from (YYYY-MM-DD) */
  unsigned char aKnown[POLICY_MEMO_VERSIONS]; /* 1: the version declares its facts (a table) */
  unsigned char aKfast[POLICY_MEMO_VERSIONS]; /* 1: a subsidy kind's version with a short way
                                              ** (kfast); the version itself is then kept in M at
                                              ** 2 + 4 * nVersion + k (subsidy_check.c reads it) */
} PolicyRuleMemo;

typedef struct PolicyRowsReq PolicyRowsReq;

struct PolicyHost {
  lua_State *L;
  PolicyRowsReq *pRowsReq; /* policy_eval_rows' request for the call being run, or NULL */
  PolicyLimits lim;
  size_t nUsed;        /* bytes the Lua state holds */
  size_t nMaxBlock;    /* the largest live block of at least POLICY_BIG_BLOCK bytes, or 0 */
  void *aBig[POLICY_N_BIG]; /* the live blocks of at least POLICY_BIG_BLOCK bytes */
  size_t anBig[POLICY_N_BIG];
  int nBig;
  void *apSmall[POLICY_SMALL_MAX / 16]; /* freed small blocks by 16-byte class (policyAlloc) */
  size_t nSmallKept;                     /* bytes on those lists */
  int bRefused;        /* the allocator refused a request during this call */
  int bKilled;         /* a bound was passed during this call */
  int bInterrupted;    /* ... and it was xInterrupted */
  int bKindFast;       /* the call runs a subsidy kind's kfast (no pcall): strip the prelude's
                       ** position from an error's front, as the kind wrapper's pcall did */
  char zKill[200];     /* the hook's message, raised again at every later instruction */
  const char *zScript; /* world being run, for memory messages */
  /* The budget of the call being run (policyRun resets it). */
  long long nSteps;    /* instructions counted at the hook's looks */
  int nSlice;          /* instructions until the hook looks again */
  size_t nAlloc;       /* bytes the state allocated */
  long long nCharge;   /* instructions charged by wrappers and the host's conversions */
  long long nStartNs;  /* CPU time at the start */
  long long nClockNs;  /* monotonic time of the last look at the CPU clock */
  long long nPollNs;   /* monotonic time of the last interrupt poll */
  int (*xInterrupted)(void *);
  void *pInterruptArg;
  PolicySource *aSrc; /* installed scripts (owned), sorted by name */
  int nSrc;
  int iNewWorld;                /* registry ref of prelude's new_world */
  int iSources;                 /* registry ref of { name = source string } shared by worlds */
  int aWorld[POLICY_N_WORLD];   /* registry refs of built worlds, LUA_NOREF when not built */
  char *azFail[POLICY_N_WORLD]; /* why a world failed to build (until scripts or limits change) */
  int iBuilding;                /* world being built, -1 */
  unsigned long long iEpoch;    /* changes whenever worlds are dropped (policy_host_epoch) */
  PolicyRuleMemo aMemo[POLICY_N_WORLD]; /* policyEvalP's last rule of each world */
  PolicyStrings strings;        /* the facts' short strings at hand (policy_json.h) */
  char *zErr;
};

/* {====== cities */

/* How many of the n bytes at z begin as the NUL-terminated zWord does (its length when all of it). */
static int policyCityPrefix(const char *z, int n, const char *zWord) {
  int k = 0;
  while (k < n && zWord[k] && zWord[k] == z[k]) k++;
  return k;
}

int policy_city_find(const char *z, int n) {
  if (!z) return -1;
  int bDigit = n > 0 && z[0] >= '0' && z[0] <= '9'; /* a code; names and keys are not */
  for (int i = 0; i <= POLICY_N_CITY; i++) {
    const PolicyCity *c = &aPolicyCity[i];
    if (bDigit) {
      if ((n == 6 && !memcmp(z, c->zCode, 6)) || (n == 4 && !memcmp(z, c->zCode, 4))) return i;
      continue;
    }
    /* The name, the name with 市 (省 for the province), or the key. */
    int k = policyCityPrefix(z, n, c->zName);
    if (k > 0 && !c->zName[k] &&
        (k == n || (n == k + 3 && !memcmp(z + k, i == POLICY_PROVINCE ? "省" : "市", 3)))) {
      return i;
    }
    k = policyCityPrefix(z, n, c->zKey);
    if (k == n && !c->zKey[k]) return i;
  }
  if (n == 2 && !memcmp(z, "37", 2)) return POLICY_PROVINCE;
  return -1;
}

/* }====== */

/* {====== allocator, hook, errors */

/* Forget big block z (freed or moved); the largest live one is found again. */
static void policyBigForget(PolicyHost *p, uintptr_t z) {
  for (int i = 0; i < p->nBig; i++) {
    if ((uintptr_t)p->aBig[i] != z) continue;
    size_t n = p->anBig[i];
    p->nBig--;
    p->aBig[i] = p->aBig[p->nBig];
    p->anBig[i] = p->anBig[p->nBig];
    if (n == p->nMaxBlock) {
      p->nMaxBlock = 0;
      for (int k = 0; k < p->nBig; k++) {
        if (p->anBig[k] > p->nMaxBlock) p->nMaxBlock = p->anBig[k];
      }
    }
    return;
  }
}

static void policyArm(PolicyHost *p);

/* Remember big block z of n bytes while it lives; during a call, shorten the hook's slice at once
** (policyArm) rather than at its next look, which may be POLICY_SLICE_MAX instructions away. */
static void policyBigNote(PolicyHost *p, void *z, size_t n) {
  if (p->nBig < POLICY_N_BIG) {
    p->aBig[p->nBig] = z;
    p->anBig[p->nBig++] = n;
  }
  if (n > p->nMaxBlock) {
    p->nMaxBlock = n;
    if (p->L && p->nSlice > 1) policyArm(p);
  }
}

/* Small blocks. A call allocates and frees a handful of small blocks (tables, strings, the facts)
** and Lua's collector frees them in bursts that overflow the C heap's per-thread cache, where a
** free costs about a hundred instructions. Freed blocks of up to POLICY_SMALL_MAX bytes (a table
** of up to 16 keys has its nodes in one: a call's facts) are kept on free lists by 16-byte class
** and handed out again. Every block of n <= POLICY_SMALL_MAX bytes
** comes from the C heap at its class's size, so any block of a class serves any request of it.
** A kept block is free as far as the state is concerned (nUsed, the cap and the budget count
** exactly what Lua asks for, as before); the lists go back to the C heap when the state closes,
** and past POLICY_SMALL_KEEP bytes a freed block goes back at once. */
#define policySmallClass(n) (((n) - 1) >> 4)           /* n in 1..POLICY_SMALL_MAX */
#define policySmallSize(n) ((((n) + 15) >> 4) << 4)

/* Release block z that held n bytes (n > 0) onto its free list, or to the C heap. */
static void policySmallRelease(PolicyHost *p, void *z, size_t n) {
  if (n <= POLICY_SMALL_MAX && p->nSmallKept + policySmallSize(n) <= POLICY_SMALL_KEEP) {
    int k = (int)policySmallClass(n);
    *(void **)z = p->apSmall[k];
    p->apSmall[k] = z;
    p->nSmallKept += policySmallSize(n);
  } else {
    free(z);
  }
}

/* Give every kept block back to the C heap (the state is closed). */
static void policySmallFree(PolicyHost *p) {
  for (int k = 0; k < POLICY_SMALL_MAX / 16; k++) {
    while (p->apSmall[k]) {
      void *z = p->apSmall[k];
      p->apSmall[k] = *(void **)z;
      free(z);
    }
  }
  p->nSmallKept = 0;
}

/* lua_Alloc with a cap (after ltests.c debug_realloc): frees and shrinks always succeed. Counts
** the bytes a call allocates (charged to its budget) and keeps the live big blocks. */
static void *policyAlloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  PolicyHost *p = (PolicyHost *)ud;
  size_t nOld = ptr ? osize : 0;
  uintptr_t uOld = (uintptr_t)ptr;
  void *pNew;
  if (nsize == 0) {
    if (nOld >= POLICY_BIG_BLOCK) policyBigForget(p, uOld);
    if (ptr) {
      if (nOld > 0)
        policySmallRelease(p, ptr, nOld);
      else
        free(ptr);
    }
    p->nUsed -= nOld;
    return NULL;
  }
  if (nsize > nOld) {
    if (p->nUsed + (nsize - nOld) > (size_t)p->lim.nMem) {
      p->bRefused = 1;
      return NULL;
    }
    p->nAlloc += nsize - nOld;
  }
  if (nsize <= POLICY_SMALL_MAX) {
    int k = (int)policySmallClass(nsize);
    if (nOld > 0 && nOld <= POLICY_SMALL_MAX && policySmallClass(nOld) == (size_t)k) {
      pNew = ptr; /* the block has room for its class */
    } else if (p->apSmall[k]) {
      pNew = p->apSmall[k];
      p->apSmall[k] = *(void **)pNew;
      p->nSmallKept -= policySmallSize(nsize);
      if (ptr) {
        memcpy(pNew, ptr, nOld < nsize ? nOld : nsize);
        if (nOld >= POLICY_BIG_BLOCK) policyBigForget(p, uOld);
        policySmallRelease(p, ptr, nOld);
      }
      p->nUsed = p->nUsed - nOld + nsize;
      return pNew;
    } else {
      pNew = realloc(ptr, policySmallSize(nsize));
    }
  } else {
    pNew = realloc(ptr, nsize);
  }
  if (!pNew) {
    if (nsize <= nOld) return ptr; /* Lua assumes a shrink cannot fail */
    return NULL;
  }
  if (nOld >= POLICY_BIG_BLOCK) policyBigForget(p, uOld); /* (its address only) */
  if (nsize >= POLICY_BIG_BLOCK) policyBigNote(p, pNew, nsize);
  p->nUsed = p->nUsed - nOld + nsize;
  return pNew;
}

static PolicyHost *policyHostOf(lua_State *L) {
  return *(PolicyHost **)lua_getextraspace(L);
}

/* CPU time of this thread (what a call spends, whatever else the machine runs), and monotonic
** time (cheap: it paces the looks at the CPU clock, a system call), in nanoseconds. */
static long long policyClockNs(clockid_t id) {
  struct timespec t;
  if (clock_gettime(id, &t) != 0) return 0;
  return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}
#define policyCpuNs() policyClockNs(CLOCK_THREAD_CPUTIME_ID)
#define policyMonoNs() policyClockNs(CLOCK_MONOTONIC)

/* Instructions the call has used: counted, charged, and its allocations. */
static long long policyUsed(PolicyHost *p) {
  return p->nSteps + p->nCharge + (long long)(p->nAlloc / POLICY_BYTES_PER_STEP);
}

static void policyHook(lua_State *L, lua_Debug *ar);

/* Set the hook to look again after the next slice: POLICY_SLICE_MAX instructions, fewer when the
** state holds large blocks (one instruction may then touch a large string in C: a comparison, a
** concatenation, utf8.len), never more than the budget left. lua_sethook walks the whole call
** stack, so it is called only when the slice changes (Lua restarts the count at every hook). */
static void policyArm(PolicyHost *p) {
  long long n = POLICY_SLICE_BYTES / (long long)(p->nMaxBlock + 1);
  long long nLeft = p->lim.nSteps - policyUsed(p);
  if (n > POLICY_SLICE_MAX) n = POLICY_SLICE_MAX;
  if (n < POLICY_SLICE_MIN) n = POLICY_SLICE_MIN;
  if (n > nLeft) n = nLeft < 1 ? 1 : nLeft;
  if (n == p->nSlice) return;
  p->nSlice = (int)n;
  lua_sethook(p->L, policyHook, LUA_MASKCOUNT, p->nSlice);
}

/* A memory figure for messages: "64 MiB" or "1000000 bytes". */
static void policyBytes(char *z, size_t n, long long v) {
  if (v % (1024 * 1024) == 0)
    snprintf(z, n, "%lld MiB", v / (1024 * 1024));
  else
    snprintf(z, n, "%lld bytes", v);
}

/* Which bound the call has passed, as a message into p->zKill (then p->bKilled), or 0. The clocks
** are read only when bClock (from the hook), the CPU clock at most every POLICY_CLOCK_NS; a call's
** CPU time is counted from the hook's first look (a short call reads no clock at all). */
static int policyOver(PolicyHost *p, int bClock) {
  if (p->bKilled) return 1;
  const char *zWhy = 0;
  char zBuf[80];
  if (policyUsed(p) >= p->lim.nSteps) {
    snprintf(zBuf, sizeof zBuf, "instruction limit of %lld exceeded", p->lim.nSteps);
    zWhy = zBuf;
  } else {
    if (!bClock) return 0;
    long long t = policyMonoNs();
    if (p->nStartNs < 0) {
      p->nStartNs = policyCpuNs();
      p->nClockNs = p->nPollNs = t;
      return 0;
    }
    if (t - p->nClockNs < POLICY_CLOCK_NS) return 0;
    p->nClockNs = t;
    if (policyCpuNs() - p->nStartNs > p->lim.nTimeMs * 1000000LL) {
      snprintf(zBuf, sizeof zBuf, "time limit of %lld ms exceeded", p->lim.nTimeMs);
      zWhy = zBuf;
    } else if (p->xInterrupted && t - p->nPollNs >= POLICY_POLL_NS) {
      p->nPollNs = t;
      if (p->xInterrupted(p->pInterruptArg)) {
        p->bInterrupted = 1;
        zWhy = "interrupted";
      }
    }
  }
  if (!zWhy) return 0;
  /* Where: the innermost line of a script, else of the host's prelude (a global looked up, a
  ** step recorded), else the script's name. */
  lua_Debug d;
  lua_State *L = p->L;
  char zAt[80] = "";
  p->bKilled = 1;
  for (int i = 0; i < 50 && lua_getstack(L, i, &d); i++) {
    if (!lua_getinfo(L, "Sl", &d) || d.currentline <= 0) continue;
    int bHost = !strcmp(d.short_src, "host/prelude");
    if (!zAt[0] || !bHost) snprintf(zAt, sizeof zAt, "%s:%d", d.short_src, d.currentline);
    if (!bHost) break;
  }
  if (zAt[0]) {
    snprintf(p->zKill, sizeof p->zKill, "%s: %s", zAt, zWhy);
  } else {
    snprintf(p->zKill, sizeof p->zKill, "script '%s': %s", p->zScript ? p->zScript : "?", zWhy);
  }
  return 1;
}

/* Raise the bound passed (p->zKill) and stay armed at every instruction from now on, so that a
** pcall or xpcall in the script cannot go on. */
static int policyKill(lua_State *L, PolicyHost *p) {
  if (p->nSlice != 1) {
    p->nSlice = 1;
    lua_sethook(L, policyHook, LUA_MASKCOUNT, 1);
  }
  lua_pushstring(L, p->zKill);
  return lua_error(L);
}

/* Count hook: a slice is spent. Count it, look at every bound, and either arm the next slice or
** raise. */
static void policyHook(lua_State *L, lua_Debug *ar) {
  PolicyHost *p = policyHostOf(L);
  (void)ar;
  if (!p->bKilled) {
    p->nSteps += p->nSlice;
    if (!policyOver(p, 1)) {
      policyArm(p);
      return;
    }
  }
  policyKill(L, p);
}

/* Charge n instructions of work the hook cannot count (from a wrapper, before its C loop, or from
** the host's own conversions), and raise if that passes a bound. */
static void policyCharge(lua_State *L, PolicyHost *p, long long n) {
  p->nCharge += n;
  if (policyOver(p, 0)) policyKill(L, p);
}

static void policySetErr(PolicyHost *p, const char *zFmt, const char *zA, const char *zB) {
  char *z = malloc(strlen(zFmt) + (zA ? strlen(zA) : 0) + (zB ? strlen(zB) : 0) + 1);
  free(p->zErr);
  p->zErr = z;
  if (z) sprintf(z, zFmt, zA ? zA : "", zB ? zB : "");
}

/* The one place a Lua failure becomes a message. The error value is on top of the stack. */
static void policyErrorMessage(PolicyHost *p, int status) {
  lua_State *L = p->L;
  const char *zScript = p->zScript ? p->zScript : "?";
  if (p->bKilled) {
    policySetErr(p, "%s", p->zKill, 0);
  } else if (p->bRefused || status == LUA_ERRMEM) {
    char zMem[40];
    policyBytes(zMem, sizeof zMem, p->lim.nMem);
    policySetErr(p, "script '%s': memory limit of %s exceeded", zScript, zMem);
  } else if (lua_type(L, -1) == LUA_TSTRING) {
    const char *z = lua_tostring(L, -1);
    /* A subsidy kind's rule run without its wrapper's pcall (policyEvalFast): drop a leading
    ** "host/prelude:N: " as that pcall did (a helper reached by a tail call has no rule line). */
    if (p->bKindFast && !strncmp(z, "host/prelude:", 13)) {
      const char *zAt = z + 13;
      while (*zAt >= '0' && *zAt <= '9') zAt++;
      if (zAt > z + 13 && zAt[0] == ':' && zAt[1] == ' ') z = zAt + 2;
    }
    policySetErr(p, "%s", z, 0);
  } else {
    policySetErr(p, "script '%s': error object is a %s value", zScript, luaL_typename(L, -1));
  }
}

static char *policyDup(const char *z, size_t n) {
  char *zNew = malloc(n + 1);
  if (zNew) {
    memcpy(zNew, z, n);
    zNew[n] = 0;
  }
  return zNew;
}

static char *policyDupZ(const char *z) {
  return policyDup(z, strlen(z));
}

/* }====== */

/* {====== C functions the sandbox offers (bounded wrappers and date helpers) */

/* Call the original library function (upvalue 1) with the arguments on the stack and return its
** results. An error it raises gets the script position it lacks (the original's caller is this C
** wrapper, so its luaL_where is empty). */
static int policyCallOriginal(lua_State *L) {
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  if (lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0) != LUA_OK) {
    if (lua_type(L, -1) == LUA_TSTRING) {
      luaL_where(L, 1);  /* msg where */
      lua_insert(L, -2); /* where msg */
      lua_concat(L, 2);  /* where..msg */
    }
    return lua_error(L);
  }
  return lua_gettop(L);
}

/* string.rep(s, n [, sep]) without the uncountable loop of an empty result or a huge one. */
static int policyRep(lua_State *L) {
  size_t l, lsep;
  luaL_checklstring(L, 1, &l);
  lua_Integer n = luaL_checkinteger(L, 2);
  luaL_optlstring(L, 3, "", &lsep);
  if (n <= 0 || l + lsep == 0) {
    lua_pushliteral(L, "");
    return 1;
  }
  PolicyHost *p = policyHostOf(L);
  if ((lua_Unsigned)n > (lua_Unsigned)p->lim.nMem / (l + lsep)) {
    char zMem[40];
    policyBytes(zMem, sizeof zMem, p->lim.nMem);
    return luaL_error(L, "string.rep: result larger than the policy memory limit of %s", zMem);
  }
  /* Its bytes are charged by the allocator; its C loop copies element by element. */
  policyCharge(L, p, (long long)n / 16);
  return policyCallOriginal(L);
}

/* Refuse a search whose C loop the hook cannot interrupt: a pattern with q repetitions (*, +, -,
** ?, and %b, whose balance scan runs to the end of the subject from every start) of length m over
** a subject of n bytes costs up to (n+1)^(q+1) * (m+1) steps (backtracking), a plain find
** (n+1) * (m+1). A search allowed is charged at that worst case (POLICY_PATTERN_CHARGE steps an
** instruction), so a loop of searches just under the guard ends at the budget. Upvalue 2 marks
** string.find, whose 4th argument means plain. */
static int policyPatternGuard(lua_State *L) {
  size_t n, m;
  luaL_checklstring(L, 1, &n);
  const char *zPat = luaL_checklstring(L, 2, &m);
  int bPlain = lua_toboolean(L, 4) && !lua_isnone(L, lua_upvalueindex(2));
  int q = 0;
  for (size_t i = 0; !bPlain && i < m; i++) {
    if (zPat[i] == '%') {
      if (i + 1 < m && zPat[i + 1] == 'b') q++;
      i++;
    } else if (zPat[i] == '*' || zPat[i] == '+' || zPat[i] == '-' || zPat[i] == '?')
      q++;
  }
  if (pow((double)n + 1, q + 1) * ((double)m + 1) > POLICY_PATTERN_COST) {
    return luaL_error(L,
                      "string search too costly for the policy sandbox (pattern of %d bytes "
                      "with %d repetitions over %d bytes)",
                      (int)m, q, (int)n);
  }
  policyCharge(L, policyHostOf(L),
               (long long)(pow((double)n + 1, q + 1) * ((double)m + 1)) / POLICY_PATTERN_CHARGE);
  return policyCallOriginal(L);
}

/* table.sort(t [, comp]) over at most POLICY_MOVE_MAX elements (the C sort is not counted). */
static int policySort(lua_State *L) {
  lua_Integer n = luaL_len(L, 1);
  if (n > POLICY_MOVE_MAX) {
    return luaL_error(L, "table.sort: more than %d elements", POLICY_MOVE_MAX);
  }
  if (n > 1) {
    /* n log n comparisons, each of which may read the strings it compares (strcoll) */
    double nBytes = 0;
    if (lua_isnoneornil(L, 2)) {
      for (lua_Integer i = 1; i <= n; i++) {
        if (lua_rawgeti(L, 1, i) == LUA_TSTRING) nBytes += (double)lua_rawlen(L, -1);
        lua_pop(L, 1);
      }
    }
    policyCharge(L, policyHostOf(L),
                 (long long)(n * log2((double)n) * (1 + nBytes / (double)n / POLICY_BYTES_PER_STEP)));
  }
  return policyCallOriginal(L);
}

/* table.move(a1, f, e, t [, a2]) over at most POLICY_MOVE_MAX elements. */
static int policyMove(lua_State *L) {
  lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
  if (e >= f && (lua_Unsigned)e - (lua_Unsigned)f >= POLICY_MOVE_MAX) {
    return luaL_error(L, "table.move: more than %d elements", POLICY_MOVE_MAX);
  }
  if (e >= f) policyCharge(L, policyHostOf(L), (long long)(e - f));
  return policyCallOriginal(L);
}

/* setmetatable(t, mt) without __gc. */
static int policySetmetatable(lua_State *L) {
  if (lua_type(L, 2) == LUA_TTABLE && lua_getfield(L, 2, "__gc") != LUA_TNIL) {
    return luaL_error(L, "setmetatable: __gc is not available in the policy sandbox");
  }
  lua_settop(L, 2);
  if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL) {
    return luaL_error(L, "setmetatable: cannot change a protected metatable");
  }
  return policyCallOriginal(L);
}

/* xpcall(f, msgh, ...): as Lua's, except that the message handler runs after the error has
** unwound, as an ordinary call under the hook. Lua's own runs it at the point of the error, and
** when the error is the hook's, inside the hook, where Lua disables hooks: a handler that loops
** would never be counted (issue 19 finding 1). Without the debug library a handler cannot tell
** the difference. A bound passed is raised again, never handed to the handler; an error inside
** the handler gives false and that error. */
static int policyXpcall(lua_State *L) {
  PolicyHost *p = policyHostOf(L);
  int n = lua_gettop(L);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  luaL_checkstack(L, n + 2, "too many arguments");
  lua_pushboolean(L, 1); /* f h args true */
  lua_pushvalue(L, 1);
  for (int i = 3; i <= n; i++) lua_pushvalue(L, i);
  if (lua_pcall(L, n - 2, LUA_MULTRET, 0) == LUA_OK) return lua_gettop(L) - n;
  if (p->bKilled) return policyKill(L, p);
  lua_pushboolean(L, 0);
  lua_replace(L, n + 1); /* f h args false err */
  lua_pushvalue(L, 2);
  lua_insert(L, -2); /* f h args false h err */
  lua_pcall(L, 1, 1, 0);
  if (p->bKilled) return policyKill(L, p);
  return 2;
}

/* Read argument i as a date, or raise "date.<zFunc>: <zArg>: expected a date YYYY-MM-DD". */
static RsDate policyCheckDate(lua_State *L, int i, const char *zFunc, const char *zArg) {
  size_t n;
  RsDate d = {0, 0, 0}; /* luaL_error below does not return; this silences the compiler */
  const char *z = lua_tolstring(L, i, &n);
  if (lua_type(L, i) != LUA_TSTRING || n != 10 || z[4] != '-' || !rs_date_parse(z, (int)n, &d)) {
    luaL_error(L, "date.%s: %s: expected a date YYYY-MM-DD, got %s", zFunc, zArg,
               lua_type(L, i) == LUA_TSTRING ? z : luaL_typename(L, i));
  }
  return d;
}

static int policyPushDate(lua_State *L, RsDate d, const char *zFunc) {
  char z[11];
  if (!rs_date_valid(d.y, d.m, d.d))
    return luaL_error(L, "date.%s: result outside years 1-9999", zFunc);
  rs_date_format(d, z);
  lua_pushlstring(L, z, 10);
  return 1;
}

/* date.valid(s) -> true when s is a real date YYYY-MM-DD */
static int policyDateValid(lua_State *L) {
  size_t n;
  RsDate d;
  const char *z = lua_tolstring(L, 1, &n);
  lua_pushboolean(
      L, lua_type(L, 1) == LUA_TSTRING && n == 10 && z[4] == '-' && rs_date_parse(z, (int)n, &d));
  return 1;
}

/* date.age(birth, as_of [, fact]) -> whole years (周岁). With fact (a string: where birth came
** from, e.g. "facts.birth"), a birth that is not a date raises "<fact>: expected a date
** YYYY-MM-DD, got <tostring(birth)>" without a position, the error a rule raises itself after
** date.valid (error(msg, 0)), so that such a rule reads birth once, in one call. */
static int policyDateAge(lua_State *L) {
  RsDate b;
  if (lua_type(L, 3) == LUA_TSTRING) {
    size_t n;
    const char *z = lua_tolstring(L, 1, &n);
    if (lua_type(L, 1) != LUA_TSTRING || n != 10 || z[4] != '-' || !rs_date_parse(z, (int)n, &b)) {
      lua_settop(L, 3);
      lua_pushvalue(L, 3);
      lua_pushliteral(L, ": expected a date YYYY-MM-DD, got ");
      luaL_tolstring(L, 1, 0); /* tostring(birth) */
      lua_concat(L, 3);
      return lua_error(L);
    }
  } else {
    b = policyCheckDate(L, 1, "age", "birth");
  }
  RsDate a = policyCheckDate(L, 2, "age", "as_of");
  lua_pushinteger(L, rs_age(b, a));
  return 1;
}

/* date.add_months(d, n) -> d plus n months, the day clamped to the month's end */
static int policyDateAddMonths(lua_State *L) {
  RsDate d = policyCheckDate(L, 1, "add_months", "date");
  lua_Integer n = luaL_checkinteger(L, 2);
  luaL_argcheck(L, n > -120000 && n < 120000, 2, "months out of range");
  return policyPushDate(L, rs_date_add_months(d, (int)n), "add_months");
}

/* date.add_days(d, n) -> d plus n days */
static int policyDateAddDays(lua_State *L) {
  RsDate d = policyCheckDate(L, 1, "add_days", "date");
  lua_Integer n = luaL_checkinteger(L, 2);
  luaL_argcheck(L, n > -4000000 && n < 4000000, 2, "days out of range");
  return policyPushDate(L, rs_date_from_days(rs_date_to_days(d) + (long)n), "add_days");
}

/* date.days(a, b) -> days from a to b (negative when b is earlier) */
static int policyDateDays(lua_State *L) {
  RsDate a = policyCheckDate(L, 1, "days", "from");
  RsDate b = policyCheckDate(L, 2, "days", "to");
  lua_pushinteger(L, rs_date_to_days(b) - rs_date_to_days(a));
  return 1;
}

/* date.workday_add(d, n) -> the n-th working day after d on the State Council calendar (workday.h) */
static int policyDateWorkdayAdd(lua_State *L) {
  RsDate d = policyCheckDate(L, 1, "workday_add", "date"), r;
  lua_Integer n = luaL_checkinteger(L, 2);
  char z[11];
  int rc = workday_add(d, (long long)n, &r);
  if (rc != WORKDAY_OK) {
    rs_date_format(rc == WORKDAY_E_DATE ? d : r, z);
    return luaL_error(L, "date.workday_add: %s %s the working-day calendar (2018-01-01..2026-12-31)",
                      rc == WORKDAY_E_DATE ? z : "the result", "is outside");
  }
  return policyPushDate(L, r, "workday_add");
}

/* date.workdays_between(a, b) -> working days in (a, b] (negative when b is earlier) */
static int policyDateWorkdaysBetween(lua_State *L) {
  RsDate a = policyCheckDate(L, 1, "workdays_between", "from");
  RsDate b = policyCheckDate(L, 2, "workdays_between", "to");
  long n = 0;
  if (workdays_between(a, b, &n) != WORKDAY_OK) {
    return luaL_error(L, "date.workdays_between: a date is outside the working-day calendar "
                         "(2018-01-01..2026-12-31)");
  }
  lua_pushinteger(L, n);
  return 1;
}

/* date.retirement_date(birth, sex, category [, law_as_of]) -> the day the statutory pension age is
** reached, and that age in months (retirement.h); category 0 = the default track */
static int policyDateRetirement(lua_State *L) {
  RsDate b = policyCheckDate(L, 1, "retirement_date", "birth");
  lua_Integer sex = luaL_checkinteger(L, 2), cat = luaL_optinteger(L, 3, 0);
  RsDate law, *pLaw = 0;
  RetireResult r;
  if (!lua_isnoneornil(L, 4)) {
    law = policyCheckDate(L, 4, "retirement_date", "law_as_of");
    pLaw = &law;
  }
  if (sex < 1 || sex > 2 || cat < 0 || cat > 60 ||
      retirement_compute(b, (int)sex, (int)cat, pLaw, &r) != RETIRE_OK) {
    return luaL_error(L, "date.retirement_date: no statutory pension age for sex %d, category %d",
                      (int)sex, (int)cat);
  }
  policyPushDate(L, r.date, "retirement_date");
  lua_pushinteger(L, r.ageMonths);
  return 2;
}

/* idcard_info(s) -> { kind, id18, birth_date, sex, region_code } for a valid identity number
** (GB 11643-1999, idcard.h), or nil and the error code and message (never repeating the number) */
static int policyIdcardInfo(lua_State *L) {
  size_t n;
  const char *z = luaL_checklstring(L, 1, &n);
  IdcardInfo info;
  char zMsg[320], zBirth[11], zRegion[8];
  int rc = idcard_check(z, n > 64 ? 64 : (int)n, 0, 0, &info);
  if (rc != IDCARD_OK) {
    idcard_message(rc, &info, zMsg, (int)sizeof(zMsg));
    lua_pushnil(L);
    lua_pushstring(L, idcard_error_name(rc));
    lua_pushstring(L, zMsg);
    return 3;
  }
  rs_date_format(info.birth, zBirth);
  snprintf(zRegion, sizeof(zRegion), "%06d", info.region);
  lua_createtable(L, 0, 5);
  lua_pushstring(L, idcard_kind_name(info.kind));
  lua_setfield(L, -2, "kind");
  lua_pushlstring(L, info.zId18, 18);
  lua_setfield(L, -2, "id18");
  lua_pushstring(L, zBirth);
  lua_setfield(L, -2, "birth_date");
  lua_pushinteger(L, info.sex);
  lua_setfield(L, -2, "sex");
  lua_pushstring(L, zRegion);
  lua_setfield(L, -2, "region_code");
  return 1;
}

/* param(name [, as_of]) of a world, its common case in C: the prelude's param did it in some 30
** VM instructions, every one of them stopping at the count hook. The closure (host.param_fast,
** made once per world) has the upvalues fast, CTX, paramAt, the keys "as_of", "steps" and the
** memo of its answers (PolicyParamMemo, and a table of their values); fast
** maps the name of each parameter that no city sets and that has a value on every dated entry to
** the flat list { from, value, from, value, ... }, newest first (filled once the world is built).
** The prelude's param is a Lua function that tail-calls this one (a C function called so leaves
** its caller's frame in place), so that a rule's frame and the frames above it are those they
** were: when the common case does not hold, this calls paramAt(name, as_of, 5), the level one
** more than the prelude's param gave for its own frame, and every error, position and trace row
** is the one it made. The common case: a rule is running (CTX holds as_of exactly then), no as_of
** given, no trace, a parameter in fast with a value in force on the call's date; one instruction
** is charged per dated value looked at. */
#define POLICY_PARAM_MEMO 32   /* entries of a world's param memo */
#define POLICY_PARAM_MEMO_NAME 48 /* the longest name it keeps */

/* The memo of a world's param (upvalue 6 of its C half; the values in upvalue 7, a table with one
** slot per entry): the answers of the common case by name, each with the days it holds for (from
** its dated value's from to the next value's, the lookup's charge the same on each). A world's
** parameters cannot change, so an entry stays true for the world's life; names and days are
** compared in full. */
typedef struct PolicyParamMemo {
  struct {
    char zName[POLICY_PARAM_MEMO_NAME];
    size_t nName; /* 0: empty */
    char zFrom[10], zUntil[10]; /* zUntil[0] 0: no later value */
    long long nWork; /* the instructions the lookup was charged */
  } a[POLICY_PARAM_MEMO];
} PolicyParamMemo;

/* The memo's slot for a name (n >= 1): its length, its last two bytes and its middle one. */
static int policyParamSlot(const char *z, size_t n) {
  const unsigned char *u = (const unsigned char *)z;
  return (int)((n * 31u + u[n - 1] * 7u + (n > 1 ? u[n - 2] * 3u : 0u) + u[n / 2]) %
               POLICY_PARAM_MEMO);
}

static int policyParamFast(lua_State *L) {
  long long nWork = 0;
  size_t n, nName = 0;
  const char *zDay, *zFrom, *zName = 0;
  lua_settop(L, 2);                      /* name as_of */
  lua_pushvalue(L, lua_upvalueindex(4)); /* "as_of" */
  int eDay = lua_rawget(L, lua_upvalueindex(2));
  if (eDay == LUA_TNIL) { /* name as_of nil: no rule is running */
    luaL_where(L, 2);     /* where the prelude's param's error(msg, 2) pointed */
    lua_pushfstring(L, "%s() may only be used inside a rule", "param");
    lua_concat(L, 2);
    return lua_error(L);
  }
  if (!lua_isnil(L, 2) || eDay != LUA_TSTRING) goto param_slow;
  zDay = lua_tolstring(L, 3, &n); /* name as_of day */
  if (n != 10) goto param_slow;
  lua_pushvalue(L, lua_upvalueindex(5)); /* "steps" */
  if (lua_rawget(L, lua_upvalueindex(2)) != LUA_TNIL && lua_toboolean(L, 4)) goto param_slow;
  PolicyParamMemo *pMemo = (PolicyParamMemo *)lua_touserdata(L, lua_upvalueindex(6));
  int iSlot = -1;
  if (lua_type(L, 1) == LUA_TSTRING) {
    zName = lua_tolstring(L, 1, &nName);
    if (nName > 0 && nName <= POLICY_PARAM_MEMO_NAME) {
      iSlot = policyParamSlot(zName, nName);
      if (pMemo->a[iSlot].nName == nName && policy_date_cmp(pMemo->a[iSlot].zFrom, zDay) <= 0 &&
          (!pMemo->a[iSlot].zUntil[0] || policy_date_cmp(zDay, pMemo->a[iSlot].zUntil) < 0) &&
          policy_bytes_eq(pMemo->a[iSlot].zName, zName, nName)) {
        policyCharge(L, policyHostOf(L), pMemo->a[iSlot].nWork);
        lua_rawgeti(L, lua_upvalueindex(7), iSlot + 1);
        return 1;
      }
    }
  }
  lua_pushvalue(L, 1);
  if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TTABLE) goto param_slow; /* ... steps list */
  lua_Integer nList = (lua_Integer)lua_rawlen(L, 5);
  char zUntil[10] = {0}; /* the from of the value after the one looked at, newest first */
  for (lua_Integer i = 1; i < nList; i += 2) {
    nWork++;
    if (lua_rawgeti(L, 5, i) != LUA_TSTRING) goto param_slow; /* ... list from */
    zFrom = lua_tolstring(L, 6, &n);
    if (n != 10) goto param_slow;
    if (policy_date_cmp(zFrom, zDay) <= 0) {
      policyCharge(L, policyHostOf(L), nWork);
      lua_rawgeti(L, 5, i + 1); /* ... list from value */
      if (iSlot >= 0) { /* remember it (into the slot's value: the table is presized) */
        lua_pushvalue(L, -1);
        lua_rawseti(L, lua_upvalueindex(7), iSlot + 1);
        memcpy(pMemo->a[iSlot].zName, zName, nName);
        pMemo->a[iSlot].nName = nName;
        memcpy(pMemo->a[iSlot].zFrom, zFrom, 10);
        memcpy(pMemo->a[iSlot].zUntil, zUntil, 10);
        pMemo->a[iSlot].nWork = nWork;
      }
      return 1;
    }
    memcpy(zUntil, zFrom, 10);
    lua_settop(L, 5);
  }
param_slow:
  lua_settop(L, 2);
  lua_pushvalue(L, lua_upvalueindex(3));
  lua_insert(L, 1); /* paramAt name as_of */
  lua_pushinteger(L, 5);
  lua_call(L, 3, 1);
  return 1;
}

/* host.param_fast(fast, CTX, paramAt) -> the C half of a world's param */
static int policyMakeParam(lua_State *L) {
  lua_settop(L, 3);
  lua_pushliteral(L, "as_of");
  lua_pushliteral(L, "steps");
  PolicyParamMemo *pMemo = (PolicyParamMemo *)lua_newuserdatauv(L, sizeof(PolicyParamMemo), 0);
  memset(pMemo, 0, sizeof *pMemo);
  lua_createtable(L, POLICY_PARAM_MEMO, 0);
  for (int i = 1; i <= POLICY_PARAM_MEMO; i++) { /* presized and filled: no growth later */
    lua_pushboolean(L, 0);
    lua_rawseti(L, -2, i);
  }
  lua_pushcclosure(L, policyParamFast, 7);
  return 1;
}

static const luaL_Reg aPolicyDate[] = {
    {"valid", policyDateValid},      {"age", policyDateAge},   {"add_months", policyDateAddMonths},
    {"add_days", policyDateAddDays}, {"days", policyDateDays},
    {"workday_add", policyDateWorkdayAdd}, {"workdays_between", policyDateWorkdaysBetween},
    {"retirement_date", policyDateRetirement}, {"idcard_info", policyIdcardInfo},
    {"param_fast", policyMakeParam}, {NULL, NULL},
};

/* host[zKey] = a closure of fn over lib[zOrig] (the original, as upvalue 1). Stack: host, lib. */
static void policyWrap(lua_State *L, const char *zKey, const char *zOrig, lua_CFunction fn,
                       int nUp) {
  lua_getfield(L, -1, zOrig);             /* host lib orig */
  if (nUp == 2) lua_pushcfunction(L, fn); /* marks find: its 4th argument means plain */
  lua_pushcclosure(L, fn, nUp);           /* host lib wrapper */
  lua_setfield(L, -3, zKey);              /* host lib */
}

/* Protected: open the libraries, build the host table and run the prelude. */
static int policyInitP(lua_State *L) {
  PolicyHost *p = policyHostOf(L);
  const PolicyBuiltin *pPre = policy_builtin("host/prelude");
  luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
  luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
  luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
  luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
  luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
  lua_settop(L, 0);
  luaL_newlib(L, aPolicyDate); /* host */
  lua_getglobal(L, "string");  /* host string */
  policyWrap(L, "rep", "rep", policyRep, 1);
  policyWrap(L, "find", "find", policyPatternGuard, 2);
  policyWrap(L, "match", "match", policyPatternGuard, 1);
  policyWrap(L, "gmatch", "gmatch", policyPatternGuard, 1);
  policyWrap(L, "gsub", "gsub", policyPatternGuard, 1);
  lua_pop(L, 1);             /* host */
  lua_getglobal(L, "table"); /* host table */
  policyWrap(L, "move", "move", policyMove, 1);
  policyWrap(L, "sort", "sort", policySort, 1);
  lua_pop(L, 1);          /* host */
  lua_pushglobaltable(L); /* host _G */
  policyWrap(L, "setmetatable", "setmetatable", policySetmetatable, 1);
  lua_pushcfunction(L, policyXpcall); /* the prelude's SANDBOX takes the global xpcall */
  lua_setfield(L, -2, "xpcall");
  lua_pop(L, 1); /* host */
  if (!pPre) return luaL_error(L, "the built-in host/prelude is missing");
  if (luaL_loadbufferx(L, pPre->zSource, pPre->nSource, "=host/prelude", "t") != LUA_OK) {
    return lua_error(L);
  }                  /* host prelude */
  lua_insert(L, 1);  /* prelude host */
  lua_call(L, 1, 1); /* new_world */
  p->iNewWorld = luaL_ref(L, LUA_REGISTRYINDEX);
  return 0;
}

/* }====== */

/* {====== the state, worlds and protected calls */

/* Close the state and forget the worlds' failures (the scripts or the limits change). */
static void policyStateClose(PolicyHost *p) {
  for (int i = 0; i < POLICY_N_WORLD; i++) {
    free(p->azFail[i]);
    p->azFail[i] = 0;
  }
  p->iEpoch++; /* also when no state was made: the sources or limits changed */
  if (p->L) {
    lua_sethook(p->L, 0, 0, 0);
    lua_close(p->L);
    p->L = 0;
    p->nMaxBlock = 0;
    p->nBig = 0;
    p->iSources = LUA_NOREF;
    for (int i = 0; i < POLICY_N_WORLD; i++) p->aWorld[i] = p->aMemo[i].iRef = LUA_NOREF;
    memset(&p->strings, 0, sizeof p->strings);
    p->strings.iRef = LUA_NOREF;
  }
  policySmallFree(p); /* also what a lua_newstate that failed gave back */
}

/* Arm the hook and run fn(ud) protected with a fresh budget; on failure set the message. */
static int policyRun(PolicyHost *p, lua_CFunction fn, void *ud, const char *zScript) {
  lua_State *L = p->L;
  int top = lua_gettop(L);
  p->bKilled = p->bRefused = p->bInterrupted = p->bKindFast = 0;
  p->zScript = zScript;
  p->nSteps = p->nCharge = 0;
  p->nAlloc = 0;
  p->iBuilding = -1;
  p->nStartNs = -1; /* set at the hook's first look */
  p->nSlice = 0;
  policyArm(p);
  lua_pushcfunction(L, fn);
  lua_pushlightuserdata(L, ud);
  int rc = lua_pcall(L, 1, 0, 0);
  lua_sethook(L, 0, 0, 0);
  p->nSlice = 0; /* no call runs: the allocator leaves the hook alone */
  if (rc != LUA_OK) {
    policyErrorMessage(p, rc);
    lua_settop(L, top);
    /* A world that failed to build for a reason that will not change until the scripts or the
    ** limits do (a syntax error, an error or the instruction limit at load time) is remembered;
    ** not the memory limit (other worlds share the state), time or an interrupt. */
    int iB = p->iBuilding;
    if (iB >= 0 && p->zErr && !p->bRefused && rc != LUA_ERRMEM && !p->bInterrupted &&
        (!p->bKilled || strstr(p->zKill, "instruction limit"))) {
      free(p->azFail[iB]);
      p->azFail[iB] = policyDupZ(p->zErr);
    }
    if (p->bKilled || p->bRefused || rc == LUA_ERRMEM) {
      /* The world's own state may be half-changed: drop every world, free what the script held. */
      p->iEpoch++;
      for (int i = 0; i < POLICY_N_WORLD; i++) {
        luaL_unref(L, LUA_REGISTRYINDEX, p->aWorld[i]);
        luaL_unref(L, LUA_REGISTRYINDEX, p->aMemo[i].iRef); /* it holds the world's functions */
        p->aWorld[i] = p->aMemo[i].iRef = LUA_NOREF;
      }
      lua_gc(L, LUA_GCCOLLECT);
    }
    return p->zErr ? POLICY_ERROR : POLICY_NOMEM;
  }
  lua_settop(L, top);
  return POLICY_OK;
}

/* Protected: push the source string of script zName, one Lua string shared by every world (kept in
** the registry table iSources); zSource NULL: larger than the script limit, an error. */
static void policyPushSourceText(lua_State *L, PolicyHost *p, const char *zName, const char *z,
                                 int n) {
  char zLim[40];
  if (!z) {
    policyBytes(zLim, sizeof zLim, p->lim.nScript);
    luaL_error(L, "script '%s': %d bytes, more than the script limit of %s (renshe_limits)", zName,
               n, zLim);
  }
  if (p->iSources == LUA_NOREF) {
    lua_newtable(L);
    p->iSources = luaL_ref(L, LUA_REGISTRYINDEX);
  }
  lua_rawgeti(L, LUA_REGISTRYINDEX, p->iSources); /* cache */
  if (lua_getfield(L, -1, zName) != LUA_TSTRING) { /* cache source? */
    lua_pop(L, 1);
    lua_pushlstring(L, z, (size_t)n);
    lua_pushvalue(L, -1);
    lua_setfield(L, -3, zName); /* cache source */
  }
  lua_remove(L, -2); /* source */
}

static int policyEnsureState(PolicyHost *p) {
  if (p->L) return POLICY_OK;
  p->nUsed = 0;
  p->L = lua_newstate(policyAlloc, p);
  if (!p->L) {
    policySetErr(p, "policy host: cannot create a Lua state%s", 0, 0);
    return POLICY_NOMEM;
  }
  *(PolicyHost **)lua_getextraspace(p->L) = p;
  /* The generational collector: the state is mostly the worlds (old, unchanging), and a call's
  ** garbage (its facts, its tables) is young; the incremental one marked the worlds again for
  ** every few thousand calls' garbage. No script can see when an object is collected (no __gc);
  ** the memory cap holds the same way (a refused allocation collects everything and retries). */
  lua_gc(p->L, LUA_GCGEN, 0, 0);
  int rc = policyRun(p, policyInitP, 0, "host/prelude");
  if (rc != POLICY_OK) policyStateClose(p);
  return rc;
}

static const PolicySource *policyInstalled(PolicyHost *p, const char *zName) {
  for (int i = 0; i < p->nSrc; i++) {
    if (!strcmp(p->aSrc[i].zName, zName)) return &p->aSrc[i];
  }
  return 0;
}

const PolicyBuiltin *policy_builtin(const char *zName) {
  for (int i = 0; i < nPolicyBuiltin; i++) {
    if (!strcmp(aPolicyBuiltin[i].zName, zName)) return &aPolicyBuiltin[i];
  }
  return 0;
}

/* Push { name = zName, source = ... } as item n of the table on top. */
static void policyPushSource(lua_State *L, int n, const char *zName, const char *z, int nz) {
  lua_createtable(L, 0, 2);
  lua_pushstring(L, zName);
  lua_setfield(L, -2, "name");
  policyPushSourceText(L, policyHostOf(L), zName, z, nz);
  lua_setfield(L, -2, "source");
  lua_rawseti(L, -2, n);
}

/* Protected: push world iCity, building it on first use. */
static void policyPushWorld(lua_State *L, PolicyHost *p, int iCity) {
  if (p->aWorld[iCity] != LUA_NOREF) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, p->aWorld[iCity]);
    return;
  }
  const PolicyCity *c = &aPolicyCity[iCity];
  int n = 0;
  if (p->azFail[iCity]) { /* failed before, with the same scripts and limits */
    lua_pushstring(L, p->azFail[iCity]);
    lua_error(L);
  }
  p->iBuilding = iCity;
  lua_rawgeti(L, LUA_REGISTRYINDEX, p->iNewWorld); /* new_world */
  lua_createtable(L, 0, 3);                        /* new_world info */
  lua_pushstring(L, c->zKey);
  lua_setfield(L, -2, "key");
  lua_pushstring(L, c->zCode);
  lua_setfield(L, -2, "code");
  lua_pushstring(L, c->zName);
  lua_setfield(L, -2, "name");
  lua_newtable(L);                           /* new_world info sources */
  for (int i = 0; i < nPolicyBuiltin; i++) { /* baseline parts, built-in order */
    const PolicyBuiltin *b = &aPolicyBuiltin[i];
    if (strncmp(b->zName, "shandong/", 9)) continue;
    const PolicySource *s = policyInstalled(p, b->zName);
    if (s)
      policyPushSource(L, ++n, s->zName, s->zSource, s->nSource);
    else
      policyPushSource(L, ++n, b->zName, b->zSource, b->nSource);
  }
  for (int i = 0; i < p->nSrc; i++) { /* installed parts that are not built in */
    const PolicySource *s = &p->aSrc[i];
    if (!strncmp(s->zName, "shandong/", 9) && !policy_builtin(s->zName)) {
      policyPushSource(L, ++n, s->zName, s->zSource, s->nSource);
    }
  }
  if (iCity != POLICY_PROVINCE) { /* the city script */
    const PolicySource *s = policyInstalled(p, c->zKey);
    const PolicyBuiltin *b = policy_builtin(c->zKey);
    if (s)
      policyPushSource(L, ++n, s->zName, s->zSource, s->nSource);
    else if (b)
      policyPushSource(L, ++n, b->zName, b->zSource, b->nSource);
    else
      luaL_error(L, "no script for %s (%s)", c->zName, c->zKey);
  }
  lua_call(L, 2, 1);                                 /* world */
  p->iBuilding = -1;
  lua_pushvalue(L, -1);                              /* world world */
  p->aWorld[iCity] = luaL_ref(L, LUA_REGISTRYINDEX); /* world */
}

/* What a protected call needs and returns; whatever it allocated is freed by the caller. */
typedef struct PolicyCall {
  PolicyHost *p;
  int iCity;
  const char *zName, *zAsOf; /* rule or parameter */
  json_t *pFacts;           /* the facts as a jansson tree (the fallback path), or */
  PolicyJsonPlan *pFast;    /* ... the fast path's plan of the text zFacts[0..nFacts) */
  const char *zFacts;
  size_t nFacts;
  PolicyValue *pOut;
  int bSteps;
  PolicyStep *aStep;
  int nStep;
  json_t *pJson; /* a result table being converted */
  long long nHost; /* bytes the host has built for this call (result, steps, rows) */
  char *zRef;
  PolicyParamRow *aRow;
  int nRow;
  PolicyDated *aDated; /* policy_param_values */
  int nDated;
} PolicyCall;


/* Protected: n more bytes built by the host for call c: past the result limit, an error; charged to
** the budget as allocations are. */
static void policyHostBytes(lua_State *L, PolicyCall *c, long long n) {
  PolicyHost *p = c->p;
  c->nHost += n;
  if (c->nHost > p->lim.nResult) {
    char zLim[40];
    policyBytes(zLim, sizeof zLim, p->lim.nResult);
    luaL_error(L, "result: larger than the result limit of %s (renshe_limits)", zLim);
  }
  policyCharge(L, p, n / POLICY_BYTES_PER_STEP);
}

/* 1 when z[0..n) is UTF-8 as JSON text takes it (RFC 3629: no overlong form, no surrogate, at
** most U+10FFFF), so that a failure of jansson afterwards can only be memory. */
static int policyUtf8Valid(const unsigned char *z, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned c = z[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    int len = policy_utf8_seq(z + i, n - i);
    if (!len) return 0;
    i += (size_t)len;
  }
  return 1;
}

/* Protected: the key below the value on top (lua_next's) as a JSON object key: a string as it is,
** an integer as its digits in zNum[32]; any other key raises. */
static const char *policyJsonKey(lua_State *L, char *zNum) {
  if (lua_type(L, -2) == LUA_TSTRING) return lua_tostring(L, -2);
  if (lua_isinteger(L, -2)) {
    snprintf(zNum, 32, "%lld", (long long)lua_tointeger(L, -2));
    return zNum;
  }
  luaL_error(L, "result: a table key of type %s has no JSON form", luaL_typename(L, -2));
  return 0;
}

/* 1 when the table at index i has exactly the keys 1..n, n >= 1 (a JSON array). */
static int policyIsArray(lua_State *L, int i) {
  lua_Integer n = (lua_Integer)lua_rawlen(L, i), nKey = 0;
  int bArray = n > 0;
  i = lua_absindex(L, i);
  lua_pushnil(L);
  while (lua_next(L, i)) {
    nKey++;
    if (!lua_isinteger(L, -2) || lua_tointeger(L, -2) < 1 || lua_tointeger(L, -2) > n) bArray = 0;
    lua_pop(L, 1);
  }
  return bArray && nKey == n;
}

/* Protected: the JSON form of the Lua value at index i, made (bMake) or only checked (what making
** it checks and charges, in the same order, raising the same errors, but making nothing: a result
** handed to C as rows is bounded, and fails, exactly as its JSON text would be). Made, the value is
** attached to pParent (under zKey, or appended when zKey is NULL), or is the root c->pJson when
** pParent is NULL; a table's container is attached before it is filled, so if anything raises
** the root owns every object made so far (jansson's *_new calls take the reference even when they
** fail). */
static void policyJsonWalk(lua_State *L, PolicyCall *c, int i, int bMake, json_t *pParent,
                           const char *zKey, int depth) {
  json_t *v = 0;
  int bArray = 0;
  /* Every value costs its share of the output (a table shared by reference is written out at
  ** every place it appears: t = {t, t} forty times over would be 2^40 values), at least 8 bytes
  ** for what jansson holds of it. */
  policyHostBytes(L, c, 8);
  if (depth > POLICY_JSON_DEPTH) {
    luaL_error(L, "result: nested deeper than %d (a cycle?)", POLICY_JSON_DEPTH);
  }
  luaL_checkstack(L, 4, "result nested too deeply");
  switch (lua_type(L, i)) {
    case LUA_TNIL:
      if (bMake) v = json_null();
      break;
    case LUA_TBOOLEAN:
      if (bMake) v = json_boolean(lua_toboolean(L, i));
      break;
    case LUA_TNUMBER:
      if (lua_isinteger(L, i)) {
        if (bMake) v = json_integer(lua_tointeger(L, i));
      } else if (bMake) {
        v = json_real(lua_tonumber(L, i)); /* NULL for a NaN or an infinity */
      } else if (!isfinite(lua_tonumber(L, i))) {
        luaL_error(L, "out of memory converting a result to JSON");
      }
      break;
    case LUA_TSTRING: {
      size_t n;
      const char *z = lua_tolstring(L, i, &n);
      policyHostBytes(L, c, (long long)n);
      if (!policyUtf8Valid((const unsigned char *)z, n)) {
        luaL_error(L, "result: a string that is not UTF-8 has no JSON form");
      }
      if (bMake) v = json_stringn_nocheck(z, n);
      break;
    }
    case LUA_TTABLE:
      bArray = policyIsArray(L, i);
      if (bMake) v = bArray ? json_array() : json_object();
      break;
    default:
      luaL_error(L, "result: a %s value has no SQL or JSON form", luaL_typename(L, i));
  }
  if (bMake) {
    if (!v) luaL_error(L, "out of memory converting a result to JSON");
    if (!pParent) {
      c->pJson = v; /* the root, freed by the caller if anything raises */
    } else if (zKey ? json_object_set_new(pParent, zKey, v) : json_array_append_new(pParent, v)) {
      luaL_error(L, "out of memory converting a result to JSON"); /* a key that is not UTF-8 too */
    }
  } else if (zKey && !policyUtf8Valid((const unsigned char *)zKey, strlen(zKey))) {
    /* json_object_set_new refuses a key that is not UTF-8 (up to its first NUL, as C reads it) */
    luaL_error(L, "out of memory converting a result to JSON");
  }
  if (lua_type(L, i) != LUA_TTABLE) return;
  i = lua_absindex(L, i);
  if (bArray) {
    lua_Integer n = (lua_Integer)lua_rawlen(L, i);
    for (lua_Integer k = 1; k <= n; k++) {
      lua_rawgeti(L, i, k);
      policyJsonWalk(L, c, -1, bMake, v, 0, depth + 1);
      lua_pop(L, 1);
    }
    return;
  }
  lua_pushnil(L);
  while (lua_next(L, i)) { /* ... key value */
    char zNum[32];
    const char *zK = policyJsonKey(L, zNum);
    policyHostBytes(L, c, (long long)strlen(zK) + 3); /* "key": */
    policyJsonWalk(L, c, -1, bMake, v, zK, depth + 1);
    lua_pop(L, 1);
  }
}

/* A request of policy_eval_rows (PolicyHost.pRowsReq while it runs policy_eval): the result table
** is handed to C as rows of cells instead of JSON text (a script cannot call back into the host, so
** there is one request at a time per host; policyToValue takes it for the call's result). */
struct PolicyRowsReq {
  const char *zField;        /* the result's field that holds the rows */
  const char *const *azCol;  /* the keys of a row that are its cells */
  int nCol;
  PolicyValue *aCell;        /* nCell cells (nRow * nCol), row by row; malloc'ed */
  int nCell, nRow;
  int bTable;                /* the result is a table whose JSON form is an object */
};

/* Protected: the rows of the result table at index i (already checked) into pReq, as the JSON
** text's reader would find them: the field zField must be an array, each row an object; a cell is
** its key's string or integer, anything else NULL. */
static void policyRowsTake(lua_State *L, int i, PolicyRowsReq *pReq) {
  i = lua_absindex(L, i);
  pReq->bTable = !policyIsArray(L, i);
  if (!pReq->bTable) return;
  lua_pushstring(L, pReq->zField);
  lua_rawget(L, i); /* ... rows */
  if (lua_type(L, -1) != LUA_TTABLE || !policyIsArray(L, -1)) {
    lua_pop(L, 1);
    return;
  }
  lua_Integer nRow = (lua_Integer)lua_rawlen(L, -1);
  if (nRow > INT_MAX / (pReq->nCol > 0 ? pReq->nCol : 1) / 2) luaL_error(L, "out of memory");
  pReq->aCell = calloc((size_t)nRow * (size_t)pReq->nCol + 1, sizeof(PolicyValue));
  if (!pReq->aCell) luaL_error(L, "out of memory");
  pReq->nCell = (int)nRow * pReq->nCol;
  pReq->nRow = (int)nRow;
  int iRows = lua_gettop(L);
  luaL_checkstack(L, pReq->nCol + 3, "result: too many columns");
  for (int k = 0; k < pReq->nCol; k++) lua_pushstring(L, pReq->azCol[k]); /* the keys, once */
  for (lua_Integer r = 1; r <= nRow; r++) {
    lua_rawgeti(L, iRows, r); /* ... rows keys row */
    if (lua_type(L, -1) == LUA_TTABLE && !policyIsArray(L, -1)) {
      for (int k = 0; k < pReq->nCol; k++) {
        PolicyValue *v = &pReq->aCell[(r - 1) * pReq->nCol + k];
        lua_pushvalue(L, iRows + 1 + k);
        int t = lua_rawget(L, -2); /* ... rows keys row cell */
        if (t == LUA_TSTRING) {
          size_t n;
          const char *z = lua_tolstring(L, -1, &n);
          if (!(v->z = policyDup(z, n))) luaL_error(L, "out of memory");
          v->eType = POLICY_TEXT;
          v->n = (int)n;
        } else if (t == LUA_TNUMBER && lua_isinteger(L, -1)) {
          v->eType = POLICY_INTEGER;
          v->i = lua_tointeger(L, -1);
        }
        lua_pop(L, 1);
      }
    }
    lua_pop(L, 1);
  }
  lua_settop(L, iRows - 1);
}

/* Protected: the Lua value at index i into *pOut. */
static void policyToValue(lua_State *L, int i, PolicyValue *pOut, PolicyCall *c) {
  size_t n;
  const char *z;
  memset(pOut, 0, sizeof(*pOut));
  switch (lua_type(L, i)) {
    case LUA_TNIL:
      return;
    case LUA_TBOOLEAN:
      pOut->eType = POLICY_INTEGER;
      pOut->i = lua_toboolean(L, i);
      return;
    case LUA_TNUMBER:
      if (lua_isinteger(L, i)) {
        pOut->eType = POLICY_INTEGER;
        pOut->i = lua_tointeger(L, i);
      } else {
        pOut->eType = POLICY_REAL;
        pOut->r = lua_tonumber(L, i);
      }
      return;
    case LUA_TSTRING:
      z = lua_tolstring(L, i, &n);
      policyHostBytes(L, c, (long long)n);
      pOut->z = policyDup(z, n);
      if (!pOut->z) luaL_error(L, "out of memory");
      pOut->eType = POLICY_TEXT;
      pOut->n = (int)n;
      return;
    case LUA_TTABLE: {
      PolicyRowsReq *pReq = c->p->pRowsReq;
      if (pReq) { /* policy_eval_rows: rows for C, no JSON text (pOut stays NULL) */
        c->p->pRowsReq = 0;
        policyJsonWalk(L, c, i, 0, 0, 0, 0);
        policyRowsTake(L, i, pReq);
        return;
      }
      policyJsonWalk(L, c, i, 1, 0, 0, 0); /* into c->pJson */
      char *zJson = json_dumps(c->pJson, JSON_COMPACT | JSON_SORT_KEYS | JSON_REAL_PRECISION(17));
      json_decref(c->pJson);
      c->pJson = 0;
      if (!zJson) luaL_error(L, "out of memory converting a result to JSON");
      pOut->z = zJson;
      pOut->n = (int)strlen(zJson);
      pOut->eType = POLICY_JSON;
      return;
    }
    default:
      luaL_error(L, "result: a %s value has no SQL form", luaL_typename(L, i));
  }
}

/* Protected: field zKey of the table at index i as a malloc'ed string (NULL when nil). */
static char *policyField(lua_State *L, PolicyCall *c, int i, const char *zKey) {
  char *z = 0;
  size_t n;
  if (lua_getfield(L, i, zKey) != LUA_TNIL) {
    const char *zv = lua_tolstring(L, -1, &n);
    if (zv) policyHostBytes(L, c, (long long)n + 1);
    if (zv && !(z = policyDup(zv, n))) luaL_error(L, "out of memory");
  }
  lua_pop(L, 1);
  return z;
}

/* 1 when every key of the facts table at iFacts is a name the table on top (a version's declared
** facts: name -> true) holds, as run's check; 0 at the first that is not (the stack then has a
** key more: the caller resets it). One instruction of work per fact looked at. */
static int policyFactsKnown(lua_State *L, int iFacts, long long *pnWork) {
  lua_pushnil(L);
  while (lua_next(L, iFacts)) { /* ... known key value */
    lua_pop(L, 1);
    lua_pushvalue(L, -1); /* ... known key key */
    int bKnown = lua_rawget(L, -3) != LUA_TNIL && lua_toboolean(L, -1);
    lua_pop(L, 1); /* ... known key */
    (*pnWork)++;
    if (!bKnown) return 0;
  }
  return 1;
}

/* Protected: a scalar eval the short way (world.ruletab, world.call1: see the prelude) when
** nothing can fail before the rule's function runs: the rule exists, a version is in force on
** as_of ("from" <= as_of, both YYYY-MM-DD: byte order is date order) and every fact is one the
** version declares. Then the result is left on the stack and 1 returned; else 0 with the stack
** as it was, and world.eval goes the whole way and raises the error it always raised. iWorld
** indexes the world, iFacts the facts table (the host's: a plain table) between the rule's name
** and as_of as pushed for world.eval. The C walks replace Lua instructions the hook counted, so
** they are charged: one instruction per version or fact looked at. */
static int policyEvalFast(lua_State *L, PolicyCall *c, int iWorld, int iFacts) {
  int top = lua_gettop(L);
  long long nWork = 0;
  if (!strcmp(c->zName, "subsidy_kinds")) return 0; /* not a rule: eval answers it */
  if (!c->zAsOf || strlen(c->zAsOf) != 10) return 0;
  if (lua_getfield(L, iWorld, "ruletab") != LUA_TTABLE ||
      lua_getfield(L, -1, c->zName) != LUA_TTABLE ||
      lua_getfield(L, -1, "versions") != LUA_TTABLE) { /* rules r versions */
    lua_settop(L, top);
    return 0;
  }
  int bFound = 0;
  for (lua_Integer k = (lua_Integer)lua_rawlen(L, -1); k >= 1 && !bFound; k--) {
    size_t n;
    nWork++;
    lua_rawgeti(L, -1, k); /* ... versions v */
    if (lua_type(L, -1) == LUA_TTABLE && lua_getfield(L, -1, "from") == LUA_TSTRING) {
      const char *zFrom = lua_tolstring(L, -1, &n);
      bFound = n == 10 && memcmp(zFrom, c->zAsOf, 10) <= 0;
      lua_pop(L, 1);
    } else {
      lua_settop(L, top);
      return 0;
    }
    if (!bFound) lua_pop(L, 1);
  }
  if (!bFound) {
    lua_settop(L, top);
    return 0;
  }
  int iVersion = lua_gettop(L); /* rules r versions v */
  if (lua_getfield(L, iVersion, "facts") != LUA_TNIL) { /* ... v known */
    if (!lua_istable(L, -1)) {
      lua_settop(L, top);
      return 0;
    }
    if (!policyFactsKnown(L, iFacts, &nWork)) {
      lua_settop(L, top);
      return 0;
    }
  }
  lua_pop(L, 1); /* rules r versions v */
  /* A subsidy kind whose facts pass the C check (subsidy_check.c) and whose date is inside its
  ** window runs its kfast version (the rule's function without the wrapper; the result checked
  ** in C); any failure keeps v, whose wrapper checks, raises the error or gives the window's 0. */
  int iFast = subsidy_kind_fast(L, iVersion, iFacts, c->pFast, c->zFacts, c->zAsOf, &nWork);
  int iRun = iFast ? iFast : iVersion;
  policyCharge(L, c->p, nWork);
  lua_getfield(L, iWorld, "call1");
  lua_pushvalue(L, iFacts - 1); /* the rule's name, pushed for eval */
  lua_getfield(L, iRun, "fn");
  lua_getfield(L, iRun, "ref");
  lua_pushvalue(L, iFacts);
  lua_pushvalue(L, iFacts + 1); /* as_of, pushed for eval: ... call1 rule fn ref facts as_of */
  c->p->bKindFast = iFast != 0;
  lua_call(L, 5, 1);           /* ... result */
  if (iFast) subsidy_kind_result(L, iFast);
  c->p->bKindFast = 0;
  return 1;
}

/* Protected: push the call's facts as a table (an empty one without facts). */
static void policyPushFacts(lua_State *L, PolicyCall *c) {
  if (c->pFast)
    policy_json_push(L, c->pFast, c->zFacts, c->nFacts);
  else if (c->pFacts)
    policy_json_push_tree(L, c->pFacts, 0);
  else
    lua_newtable(L);
}

/* Protected: make the memo of call c's world (at iWorld) that of rule c->zName; 1 when made, 0
** (the memo empty, the stack as it was) when the rule is not one policyEvalFast could run: unknown,
** a version that is not a table, a from that is not 10 bytes, facts that are neither nil nor a
** table, or more than POLICY_MEMO_VERSIONS versions. */
static int policyMemoBuild(lua_State *L, PolicyCall *c, int iWorld) {
  PolicyHost *p = c->p;
  PolicyRuleMemo *m = &p->aMemo[c->iCity];
  int top = lua_gettop(L);
  size_t nRule = strlen(c->zName);
  luaL_unref(L, LUA_REGISTRYINDEX, m->iRef);
  m->iRef = LUA_NOREF;
  if (nRule >= sizeof m->zRule || !strcmp(c->zName, "subsidy_kinds")) return 0;
  if (lua_getfield(L, iWorld, "ruletab") != LUA_TTABLE ||
      lua_getfield(L, -1, c->zName) != LUA_TTABLE ||
      lua_getfield(L, -1, "versions") != LUA_TTABLE) { /* rules r versions */
    lua_settop(L, top);
    return 0;
  }
  int iVersions = lua_gettop(L);
  lua_Integer nVersion = (lua_Integer)lua_rawlen(L, iVersions);
  if (nVersion < 1 || nVersion > POLICY_MEMO_VERSIONS) {
    lua_settop(L, top);
    return 0;
  }
  lua_createtable(L, 2 + 4 * (int)nVersion, 0); /* ... versions M */
  int iM = lua_gettop(L);
  lua_getfield(L, iWorld, "call1");
  lua_rawseti(L, iM, 1);
  lua_pushstring(L, c->zName);
  lua_rawseti(L, iM, 2);
  for (lua_Integer k = 1; k <= nVersion; k++) {
    size_t n;
    const char *zFrom;
    int eFacts;
    if (lua_rawgeti(L, iVersions, k) != LUA_TTABLE) { /* ... M v */
      lua_settop(L, top);
      return 0;
    }
    if (lua_getfield(L, -1, "from") != LUA_TSTRING || (zFrom = lua_tolstring(L, -1, &n), n != 10)) {
      lua_settop(L, top);
      return 0;
    }
    memcpy(m->aFrom[k - 1], zFrom, 10);
    lua_pop(L, 1);
    eFacts = lua_getfield(L, -1, "facts"); /* ... M v known */
    if (eFacts != LUA_TNIL && eFacts != LUA_TTABLE) {
      lua_settop(L, top);
      return 0;
    }
    m->aKnown[k - 1] = eFacts == LUA_TTABLE;
    if (eFacts == LUA_TTABLE) { /* ... M v known */
      lua_Integer nName = 0;
      lua_newtable(L); /* ... M v known names */
      lua_pushnil(L);
      while (lua_next(L, -3)) { /* ... known names key value */
        int bKnown = lua_toboolean(L, -1);
        lua_pop(L, 1);
        if (bKnown) {
          lua_pushvalue(L, -1);
          lua_rawseti(L, -3, ++nName);
        }
      }
    } else {
      lua_pushboolean(L, 0); /* ... M v nil false */
    }
    lua_rawseti(L, iM, 2 + 4 * k); /* ... M v known */
    lua_rawseti(L, iM, 1 + 4 * k); /* ... M v */
    lua_getfield(L, -1, "ref");
    lua_rawseti(L, iM, 4 * k);
    lua_getfield(L, -1, "fn");
    lua_rawseti(L, iM, 4 * k - 1);
    m->aKfast[k - 1] = lua_getfield(L, -1, "kfast") == LUA_TTABLE; /* ... M v kfast */
    lua_pop(L, 1);
    if (m->aKfast[k - 1]) {
      lua_pushvalue(L, -1);
      lua_rawseti(L, iM, 2 + 4 * nVersion + k);
    }
    lua_pop(L, 1); /* ... M */
  }
  int iRef = luaL_ref(L, LUA_REGISTRYINDEX); /* pops M */
  lua_settop(L, top);
  m->iWorld = p->aWorld[c->iCity];
  m->iEpoch = p->iEpoch;
  m->nVersion = (int)nVersion;
  m->nRule = nRule;
  memcpy(m->zRule, c->zName, nRule);
  m->iRef = iRef;
  return 1;
}

/* Protected: 1 when the memo of call c's world is that of its rule, making it when it is not
** (building the world first: the error of a world that cannot be built is raised here, as
** policyPushWorld raises it on the string-keyed way). */
static int policyMemoReady(lua_State *L, PolicyCall *c) {
  PolicyHost *p = c->p;
  PolicyRuleMemo *m = &p->aMemo[c->iCity];
  size_t nRule = strlen(c->zName);
  if (m->iRef != LUA_NOREF && m->iEpoch == p->iEpoch &&
      m->iWorld == p->aWorld[c->iCity] && m->nRule == nRule &&
      policy_bytes_eq(m->zRule, c->zName, nRule)) {
    return 1;
  }
  int top = lua_gettop(L);
  policyPushWorld(L, p, c->iCity);
  int bMade = policyMemoBuild(L, c, top + 1);
  lua_settop(L, top);
  return bMade;
}

/* Protected: policyEvalFast through the memo (ready): the same checks, charges and call, with the
** facts table at iFacts. 1 with the result on the stack; 0 with the stack as it was (the string-
** keyed way then runs, and world.eval raises the error it always raised). */
static int policyEvalMemo(lua_State *L, PolicyCall *c, int iFacts) {
  PolicyRuleMemo *m = &c->p->aMemo[c->iCity];
  long long nWork = 0;
  int k, top = lua_gettop(L);
  if (!c->zAsOf || strlen(c->zAsOf) != 10) return 0;
  for (k = m->nVersion - 1; k >= 0; k--) {
    nWork++;
    if (policy_date_cmp(m->aFrom[k], c->zAsOf) <= 0) break;
  }
  if (k < 0) return 0;
  lua_rawgeti(L, LUA_REGISTRYINDEX, m->iRef); /* M */
  int iM = lua_gettop(L);
  if (m->aKnown[k] && c->pFast) {
    /* Facts from the fast path: the top object's member count (nulls included) is known, so when
    ** that many of the declared names are present, the table has no other key. */
    int nMembers = c->pFast->aCount[0], nFound = 0;
    lua_rawgeti(L, iM, 4 * k + 6); /* M names */
    lua_Integer nName = (lua_Integer)lua_rawlen(L, -1);
    for (lua_Integer i = 1; i <= nName; i++) {
      lua_rawgeti(L, -1, i);
      if (lua_rawget(L, iFacts) != LUA_TNIL) nFound++;
      lua_pop(L, 1);
    }
    lua_pop(L, 1); /* M */
    if (nFound == nMembers) {
      nWork += nMembers;
      goto memo_call;
    }
  }
  if (m->aKnown[k]) {
    lua_rawgeti(L, iM, 4 * k + 5); /* M known */
    if (!policyFactsKnown(L, iFacts, &nWork)) {
      lua_settop(L, top);
      return 0;
    }
    lua_pop(L, 1); /* M */
  }
memo_call:;
  /* A subsidy kind whose facts pass the C check and whose date is inside its window runs its
  ** kfast (subsidy_check.c), as in policyEvalFast. */
  int iFast = 0;
  if (m->aKfast[k]) {
    lua_rawgeti(L, iM, 3 + 4 * m->nVersion + k); /* M v */
    iFast = subsidy_kind_fast(L, lua_gettop(L), iFacts, c->pFast, c->zFacts, c->zAsOf,
                              &nWork); /* M v [kfast] */
    if (!iFast) lua_pop(L, 1); /* M */
  }
  policyCharge(L, c->p, nWork);
  lua_rawgeti(L, iM, 1); /* M call1 */
  lua_rawgeti(L, iM, 2); /* M call1 rule */
  if (iFast) {
    lua_rawgeti(L, iFast, 8); /* fn */
    lua_rawgeti(L, iFast, 9); /* ref */
  } else {
    lua_rawgeti(L, iM, 4 * k + 3); /* M call1 rule fn */
    lua_rawgeti(L, iM, 4 * k + 4); /* M call1 rule fn ref */
  }
  lua_pushvalue(L, iFacts);
  lua_pushlstring(L, c->zAsOf, 10); /* M ... call1 rule fn ref facts as_of */
  c->p->bKindFast = iFast != 0;
  lua_call(L, 5, 1); /* M ... result */
  if (iFast) subsidy_kind_result(L, iFast);
  c->p->bKindFast = 0;
  lua_copy(L, -1, iM);
  lua_settop(L, iM); /* result */
  return 1;
}

/* Protected: world.eval(rule, facts, as_of, trace) -> value; then world.steps() when traced. */
static int policyEvalP(lua_State *L) {
  PolicyCall *c = (PolicyCall *)lua_touserdata(L, 1);
  if (!c->bSteps && policyMemoReady(L, c)) {
    policyPushFacts(L, c); /* ud facts */
    if (policyEvalMemo(L, c, 2)) { /* ud facts value */
      policyToValue(L, -1, c->pOut, c);
      return 0;
    }
    lua_settop(L, 1); /* ud: the string-keyed way, which ends in world.eval's error */
  }
  policyPushWorld(L, c->p, c->iCity); /* ud world */
  lua_getfield(L, -1, "eval");        /* ud world eval */
  lua_pushstring(L, c->zName);
  policyPushFacts(L, c);
  lua_pushstring(L, c->zAsOf);
  lua_pushboolean(L, c->bSteps); /* ud world eval rule facts as_of trace */
  if (!c->bSteps && policyEvalFast(L, c, 2, 5)) { /* ud world eval rule facts as_of trace value */
    policyToValue(L, -1, c->pOut, c);
    return 0;
  }
  lua_call(L, 4, 1); /* ud world value */
  policyToValue(L, -1, c->pOut, c);
  if (!c->bSteps) return 0;
  lua_getfield(L, -2, "steps");
  lua_call(L, 0, 1); /* ud world value steps */
  if (lua_istable(L, -1)) {
    lua_Unsigned nLen = lua_rawlen(L, -1);
    policyHostBytes(L, c, (long long)nLen * (long long)sizeof(PolicyStep));
    int n = (int)nLen;
    c->aStep = calloc((size_t)n + 1, sizeof(PolicyStep));
    if (!c->aStep) luaL_error(L, "out of memory");
    for (int k = 1; k <= n; k++) {
      lua_rawgeti(L, -1, k); /* ... steps step */
      PolicyStep *s = &c->aStep[c->nStep++];
      s->zRule = policyField(L, c, -1, "rule");
      s->zRef = policyField(L, c, -1, "ref");
      s->zDetail = policyField(L, c, -1, "detail");
      lua_pop(L, 1);
    }
  }
  return 0;
}

static int policyParamP(lua_State *L) {
  PolicyCall *c = (PolicyCall *)lua_touserdata(L, 1);
  policyPushWorld(L, c->p, c->iCity);
  lua_getfield(L, -1, "param");
  lua_pushstring(L, c->zName);
  lua_pushstring(L, c->zAsOf);
  lua_call(L, 2, 2); /* ud world value ref */
  policyToValue(L, -2, c->pOut, c);
  size_t n;
  const char *z = lua_tolstring(L, -1, &n);
  if (z) policyHostBytes(L, c, (long long)n);
  if (z && !(c->zRef = policyDup(z, n))) luaL_error(L, "out of memory");
  return 0;
}

/* Protected: world.values(name): the dated values of a parameter, into c->aDated. The world is
** built already (policy_param_values checks): this call never builds one, so it charges nothing a
** row of policy_param would have paid. */
static int policyValuesP(lua_State *L) {
  PolicyCall *c = (PolicyCall *)lua_touserdata(L, 1);
  lua_rawgeti(L, LUA_REGISTRYINDEX, c->p->aWorld[c->iCity]);
  lua_getfield(L, -1, "values");
  lua_pushstring(L, c->zName);
  lua_call(L, 1, 1); /* ud world values|nil */
  if (!lua_istable(L, -1)) return 0;
  lua_Unsigned nLen = lua_rawlen(L, -1);
  policyHostBytes(L, c, (long long)nLen * (long long)sizeof(PolicyDated));
  int n = (int)nLen;
  c->aDated = calloc((size_t)n + 1, sizeof(PolicyDated));
  if (!c->aDated) luaL_error(L, "out of memory");
  for (int k = 1; k <= n; k++) {
    size_t nFrom;
    lua_rawgeti(L, -1, k); /* ... values entry */
    PolicyDated *d = &c->aDated[c->nDated++];
    lua_getfield(L, -1, "from");
    const char *zFrom = lua_tolstring(L, -1, &nFrom);
    if (lua_type(L, -1) != LUA_TSTRING || nFrom != 10) luaL_error(L, "values: bad date");
    memcpy(d->zFrom, zFrom, 11);
    lua_getfield(L, -2, "value");
    d->bValue = !lua_isnil(L, -1);
    policyToValue(L, -1, &d->value, c);
    lua_pop(L, 3);
  }
  return 0;
}

/* Protected: world.params(as_of) or world.rules(as_of) (c->zName) into c->aRow. */
static int policyParamsP(lua_State *L) {
  PolicyCall *c = (PolicyCall *)lua_touserdata(L, 1);
  policyPushWorld(L, c->p, c->iCity);
  lua_getfield(L, -1, c->zName);
  if (c->zAsOf)
    lua_pushstring(L, c->zAsOf);
  else
    lua_pushnil(L);
  lua_call(L, 1, 1); /* ud world rows */
  lua_Unsigned nLen = lua_rawlen(L, -1);
  policyHostBytes(L, c, (long long)nLen * (long long)sizeof(PolicyParamRow));
  int n = (int)nLen;
  c->aRow = calloc((size_t)n + 1, sizeof(PolicyParamRow));
  if (!c->aRow) luaL_error(L, "out of memory");
  for (int k = 1; k <= n; k++) {
    lua_rawgeti(L, -1, k); /* ... rows row */
    PolicyParamRow *r = &c->aRow[c->nRow++];
    r->zName = policyField(L, c, -1, "name");
    r->zDescription = policyField(L, c, -1, "description");
    r->zUnit = policyField(L, c, -1, "unit");
    r->zFrom = policyField(L, c, -1, "from");
    r->zRef = policyField(L, c, -1, "ref");
    r->zNote = policyField(L, c, -1, "note");
    r->zOrigin = policyField(L, c, -1, "origin");
    r->zStatus = policyField(L, c, -1, "status");
    lua_getfield(L, -1, "city_sets");
    r->bCitySets = lua_toboolean(L, -1);
    lua_getfield(L, -2, "value");
    policyToValue(L, -1, &r->value, c);
    lua_pop(L, 3);
  }
  return 0;
}

static int policyBuildP(lua_State *L) {
  PolicyCall *c = (PolicyCall *)lua_touserdata(L, 1);
  policyPushWorld(L, c->p, c->iCity);
  return 0;
}

/* }====== */

/* {====== the API */

int policy_host_open(PolicyHost **ppHost) {
  PolicyHost *p = calloc(1, sizeof(PolicyHost));
  *ppHost = p;
  if (!p) return POLICY_NOMEM;
  p->iNewWorld = LUA_NOREF;
  p->iSources = LUA_NOREF;
  p->strings.iRef = LUA_NOREF;
  p->iBuilding = -1;
  for (int i = 0; i < POLICY_N_WORLD; i++) p->aWorld[i] = p->aMemo[i].iRef = LUA_NOREF;
  p->lim.nSteps = POLICY_STEP_LIMIT;
  p->lim.nMem = POLICY_MEM_LIMIT;
  p->lim.nTimeMs = POLICY_TIME_LIMIT;
  p->lim.nResult = POLICY_RESULT_LIMIT;
  p->lim.nScript = POLICY_SCRIPT_LIMIT;
  p->lim.nFacts = POLICY_FACTS_LIMIT;
  return POLICY_OK;
}

void policy_limit_range(int i, long long *pMin, long long *pMax) {
  *pMin = aPolicyLimitRange[i][0];
  *pMax = aPolicyLimitRange[i][1];
}

int policy_host_limit(PolicyHost *p, const char *zName, long long v, long long *pv) {
  long long *a[] = {&p->lim.nSteps,  &p->lim.nMem,    &p->lim.nTimeMs,
                    &p->lim.nResult, &p->lim.nScript, &p->lim.nFacts};
  for (int i = 0; azPolicyLimit[i]; i++) {
    if (strcmp(zName, azPolicyLimit[i])) continue;
    if (v >= 0) {
      char zMin[24], zMax[24];
      if (v < aPolicyLimitRange[i][0] || v > aPolicyLimitRange[i][1]) {
        snprintf(zMin, sizeof zMin, "%lld", aPolicyLimitRange[i][0]);
        snprintf(zMax, sizeof zMax, "%lld", aPolicyLimitRange[i][1]);
        char *z = malloc(strlen(zName) + 80);
        free(p->zErr);
        p->zErr = z;
        if (z) sprintf(z, "%s: expected %s to %s", zName, zMin, zMax);
        return z ? POLICY_ERROR : POLICY_NOMEM;
      }
      if (*a[i] != v) {
        *a[i] = v;
        policyStateClose(p); /* rebuilt under the new figures; remembered failures forgotten */
      }
    }
    if (pv) *pv = *a[i];
    return POLICY_OK;
  }
  policySetErr(p, "unknown limit '%s' (instructions, memory, time_ms, result, script, facts)",
               zName, 0);
  return p->zErr ? POLICY_ERROR : POLICY_NOMEM;
}

void policy_host_set_interrupt(PolicyHost *p, int (*xInterrupted)(void *), void *pArg) {
  p->xInterrupted = xInterrupted;
  p->pInterruptArg = pArg;
}

int policy_host_interrupted(PolicyHost *p) {
  return p->bInterrupted;
}

void *policy_host_malloc(size_t n) {
  return malloc(n);
}

void policy_host_free(void *z) {
  free(z);
}

static void policySourcesFree(PolicyHost *p) {
  for (int i = 0; i < p->nSrc; i++) {
    free((char *)p->aSrc[i].zName);
    free((char *)p->aSrc[i].zSource);
  }
  free(p->aSrc);
  p->aSrc = 0;
  p->nSrc = 0;
}

void policy_host_close(PolicyHost *p) {
  if (!p) return;
  policyStateClose(p); /* also frees the remembered failures */
  policySourcesFree(p);
  free(p->zErr);
  free(p);
}

const char *policy_host_errmsg(PolicyHost *p) {
  return p->zErr ? p->zErr : "out of memory";
}

static int policySourceCmp(const void *a, const void *b) {
  return strcmp(((const PolicySource *)a)->zName, ((const PolicySource *)b)->zName);
}

int policy_host_set_sources(PolicyHost *p, const PolicySource *a, int n) {
  PolicySource *aNew = calloc((size_t)n + 1, sizeof(PolicySource));
  if (!aNew) return POLICY_NOMEM;
  for (int i = 0; i < n; i++) {
    aNew[i].zName = policyDup(a[i].zName, strlen(a[i].zName));
    aNew[i].zSource = a[i].zSource ? policyDup(a[i].zSource, (size_t)a[i].nSource) : 0;
    aNew[i].nSource = a[i].nSource;
    if (!aNew[i].zName || (a[i].zSource && !aNew[i].zSource)) {
      for (int k = 0; k <= i; k++) {
        free((char *)aNew[k].zName);
        free((char *)aNew[k].zSource);
      }
      free(aNew);
      return POLICY_NOMEM;
    }
  }
  return policy_host_adopt_sources(p, aNew, n);
}

int policy_host_adopt_sources(PolicyHost *p, PolicySource *a, int n) {
  if (n > 1) qsort(a, (size_t)n, sizeof(PolicySource), policySourceCmp);
  policyStateClose(p);
  policySourcesFree(p);
  p->aSrc = a;
  p->nSrc = n;
  return POLICY_OK;
}

static int policyCheckCity(PolicyHost *p, int iCity) {
  if (iCity < 0 || iCity > POLICY_PROVINCE) {
    policySetErr(p, "unknown city%s", 0, 0);
    return POLICY_ERROR;
  }
  return POLICY_OK;
}

int policy_eval(PolicyHost *p, int iCity, const char *zRule, const char *zAsOf, const char *zFacts,
                int nFacts, PolicyValue *pOut, PolicyStep **paStep, int *pnStep) {
  PolicyCall c;
  PolicyJsonPlan fast;
  json_error_t err;
  int rc;
  memset(&c, 0, sizeof c);
  memset(pOut, 0, sizeof(*pOut));
  if (paStep) *paStep = 0;
  if (pnStep) *pnStep = 0;
  if ((rc = policyCheckCity(p, iCity)) != POLICY_OK) return rc;
  if (zFacts && nFacts > p->lim.nFacts) {
    char zMsg[120], zLim[40];
    policyBytes(zLim, sizeof zLim, p->lim.nFacts);
    snprintf(zMsg, sizeof zMsg, "%d bytes, more than the facts limit of %s", nFacts, zLim);
    policySetErr(p, "facts: %s (renshe_limits)%s", zMsg, 0);
    return p->zErr ? POLICY_ERROR : POLICY_NOMEM;
  }
  if (zFacts && policy_json_plan(&fast, zFacts, (size_t)nFacts)) {
    /* The text is good and converts exactly as jansson's tree would: no tree. */
    c.pFast = &fast;
    fast.pStrings = &p->strings;
    c.zFacts = zFacts;
    c.nFacts = (size_t)nFacts;
  } else if (zFacts) {
    /* Everything else (every error) goes the jansson way, which words today's messages. */
    c.pFacts = json_loadb(zFacts, (size_t)nFacts, JSON_REJECT_DUPLICATES, &err);
    if (!c.pFacts) {
      char zPos[64];
      snprintf(zPos, sizeof zPos, " (line %d column %d)", err.line, err.column);
      policySetErr(p, "facts: invalid JSON: %s%s", err.text, zPos);
      return POLICY_ERROR;
    }
    if (!json_is_object(c.pFacts)) {
      json_decref(c.pFacts);
      policySetErr(p, "facts: expected a JSON object {...}%s", 0, 0);
      return POLICY_ERROR;
    }
  }
  if ((rc = policyEnsureState(p)) == POLICY_OK) {
    c.p = p;
    c.iCity = iCity;
    c.zName = zRule;
    c.zAsOf = zAsOf;
    c.pOut = pOut;
    c.bSteps = paStep != 0;
    rc = policyRun(p, policyEvalP, &c, aPolicyCity[iCity].zKey);
  }
  json_decref(c.pFacts);
  if (c.pFast) policy_json_plan_free(c.pFast);
  if (c.pJson) json_decref(c.pJson);
  if (rc == POLICY_OK && paStep) {
    *paStep = c.aStep;
    *pnStep = c.nStep;
  } else {
    policy_steps_free(c.aStep, c.nStep);
    if (rc != POLICY_OK) policy_value_clear(pOut);
  }
  return rc;
}

int policy_param(PolicyHost *p, int iCity, const char *zName, const char *zAsOf, PolicyValue *pOut,
                 char **pzRef) {
  PolicyCall c;
  int rc;
  memset(&c, 0, sizeof c);
  memset(pOut, 0, sizeof(*pOut));
  if (pzRef) *pzRef = 0;
  if ((rc = policyCheckCity(p, iCity)) != POLICY_OK) return rc;
  if ((rc = policyEnsureState(p)) != POLICY_OK) return rc;
  c.p = p;
  c.iCity = iCity;
  c.zName = zName;
  c.zAsOf = zAsOf;
  c.pOut = pOut;
  rc = policyRun(p, policyParamP, &c, aPolicyCity[iCity].zKey);
  if (c.pJson) json_decref(c.pJson);
  if (rc == POLICY_OK && pzRef) {
    *pzRef = c.zRef;
  } else {
    free(c.zRef);
    if (rc != POLICY_OK) policy_value_clear(pOut);
  }
  return rc;
}

unsigned long long policy_host_epoch(PolicyHost *p) {
  return p->iEpoch;
}

int policy_param_values(PolicyHost *p, int iCity, const char *zName, PolicyDated **paDated,
                        int *pnDated) {
  PolicyCall c;
  PolicyValue dummy;
  int rc;
  memset(&c, 0, sizeof c);
  *paDated = 0;
  *pnDated = 0;
  if ((rc = policyCheckCity(p, iCity)) != POLICY_OK) return rc;
  if (!p->L || p->aWorld[iCity] == LUA_NOREF) return POLICY_UNBUILT;
  c.p = p;
  c.iCity = iCity;
  c.zName = zName;
  c.pOut = &dummy;
  rc = policyRun(p, policyValuesP, &c, aPolicyCity[iCity].zKey);
  if (c.pJson) json_decref(c.pJson);
  if (rc == POLICY_OK && c.aDated) {
    *paDated = c.aDated;
    *pnDated = c.nDated;
    return POLICY_OK;
  }
  policy_dated_free(c.aDated, c.nDated);
  if (rc == POLICY_OK) {
    policySetErr(p, "unknown parameter '%s'", zName, 0);
    rc = p->zErr ? POLICY_ERROR : POLICY_NOMEM;
  }
  return rc;
}

void policy_dated_free(PolicyDated *a, int n) {
  for (int i = 0; i < n; i++) policy_value_clear(&a[i].value);
  free(a);
}

static int policyRows(PolicyHost *p, const char *zMethod, int iCity, const char *zAsOf,
                      PolicyParamRow **paRow, int *pnRow) {
  PolicyCall c;
  PolicyValue dummy;
  int rc;
  memset(&c, 0, sizeof c);
  *paRow = 0;
  *pnRow = 0;
  if ((rc = policyCheckCity(p, iCity)) != POLICY_OK) return rc;
  if ((rc = policyEnsureState(p)) != POLICY_OK) return rc;
  c.p = p;
  c.iCity = iCity;
  c.zName = zMethod;
  c.zAsOf = zAsOf;
  c.pOut = &dummy;
  rc = policyRun(p, policyParamsP, &c, aPolicyCity[iCity].zKey);
  if (c.pJson) json_decref(c.pJson);
  if (rc == POLICY_OK) {
    *paRow = c.aRow;
    *pnRow = c.nRow;
  } else {
    policy_params_free(c.aRow, c.nRow);
  }
  return rc;
}

int policy_params(PolicyHost *p, int iCity, const char *zAsOf, PolicyParamRow **paRow, int *pnRow) {
  return policyRows(p, "params", iCity, zAsOf, paRow, pnRow);
}

int policy_rules(PolicyHost *p, int iCity, const char *zAsOf, PolicyParamRow **paRow, int *pnRow) {
  return policyRows(p, "rules", iCity, zAsOf, paRow, pnRow);
}

int policy_check(PolicyHost *p, const char *zName, const char *z, int n) {
  PolicyHost *pScratch = 0;
  PolicySource *a = calloc((size_t)p->nSrc + 1, sizeof(PolicySource));
  int nA = 0, rc = POLICY_NOMEM, iCity = policy_city_find(zName, (int)strlen(zName));
  if (!a) return POLICY_NOMEM;
  for (int i = 0; i < p->nSrc; i++) {
    if (strcmp(p->aSrc[i].zName, zName)) a[nA++] = p->aSrc[i];
  }
  a[nA].zName = zName;
  a[nA].zSource = z;
  a[nA++].nSource = n;
  if (policy_host_open(&pScratch) != POLICY_OK) goto check_end;
  pScratch->lim = p->lim;
  pScratch->xInterrupted = p->xInterrupted;
  pScratch->pInterruptArg = p->pInterruptArg;
  if (n > p->lim.nScript) a[nA - 1].zSource = 0; /* refused by policyPushSourceText */
  if ((rc = policy_host_set_sources(pScratch, a, nA)) != POLICY_OK) goto check_end;
  if ((rc = policyEnsureState(pScratch)) != POLICY_OK) goto check_end;
  /* A city script changes its own world; a baseline part every world. */
  for (int i = 0; i <= POLICY_PROVINCE && rc == POLICY_OK; i++) {
    if (iCity >= 0 && iCity != POLICY_PROVINCE && i != iCity) continue;
    PolicyCall c;
    memset(&c, 0, sizeof c);
    c.p = pScratch;
    c.iCity = i;
    rc = policyRun(pScratch, policyBuildP, &c, aPolicyCity[i].zKey);
  }
check_end:
  if (rc != POLICY_OK && pScratch) {
    const char *zErr = policy_host_errmsg(pScratch);
    policySetErr(p, "%s", zErr, 0);
    if (!p->zErr) rc = POLICY_NOMEM;
  }
  policy_host_close(pScratch);
  free(a);
  return rc;
}

void policy_value_clear(PolicyValue *v) {
  free(v->z);
  memset(v, 0, sizeof(*v));
}

void policy_steps_free(PolicyStep *a, int n) {
  for (int i = 0; i < n; i++) {
    free(a[i].zRule);
    free(a[i].zRef);
    free(a[i].zDetail);
  }
  free(a);
}

void policy_params_free(PolicyParamRow *a, int n) {
  for (int i = 0; i < n; i++) {
    PolicyParamRow *r = &a[i];
    free(r->zName);
    free(r->zDescription);
    free(r->zUnit);
    free(r->zFrom);
    free(r->zRef);
    free(r->zNote);
    free(r->zOrigin);
    free(r->zStatus);
    policy_value_clear(&r->value);
  }
  free(a);
}

int policy_eval_rows(PolicyHost *p, int iCity, const char *zRule, const char *zAsOf,
                     const char *zFacts, int nFacts, const char *zField, const char *const *azCol,
                     int nCol, PolicyValue **paCell, int *pnRow, int *pbTable) {
  PolicyRowsReq req;
  PolicyValue v;
  memset(&req, 0, sizeof req);
  req.zField = zField;
  req.azCol = azCol;
  req.nCol = nCol;
  *paCell = 0;
  *pnRow = *pbTable = 0;
  p->pRowsReq = &req; /* taken by policyToValue for the result, if it is a table */
  int rc = policy_eval(p, iCity, zRule, zAsOf, zFacts, nFacts, &v, 0, 0);
  p->pRowsReq = 0;
  policy_value_clear(&v); /* a result that is not a table (then *pbTable is 0) */
  if (rc != POLICY_OK) {
    policy_rows_free(req.aCell, req.nCell);
    return rc;
  }
  *paCell = req.aCell;
  *pnRow = req.nRow;
  *pbTable = req.bTable;
  return POLICY_OK;
}

void policy_rows_free(PolicyValue *a, int n) {
  for (int i = 0; i < n; i++) free(a[i].z);
  free(a);
}

/* }====== */
