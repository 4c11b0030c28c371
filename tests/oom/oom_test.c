/*
** tests/oom/oom_test.c: out-of-memory sweep of every SQL function and table of renshe (issue 9),
** after SQLite's own malloc tests (test/malloc*.test, faultsim): for each statement of a list,
** make the Nth allocation fail, for N = 1, 2, 3, ..., and check that the statement ends in
** SQLITE_NOMEM or SQLITE_ERROR (or succeeds with the right answer, when the failure was benign),
** never crashes, leaks or leaves a half-written table, and that the connection then answers right.
**
** Usage (built by `make build/oom/oom_test`, run by `tests/run.sh oom`, from the repository root):
**   build/oom/oom_test tests/oom/statements.sql            -- every case
**   build/oom/oom_test tests/oom/statements.sql policy     -- cases whose name holds "policy"
**   OOM_VERBOSE=1 build/oom/oom_test ...                   -- one line per failed allocation
** Output: "not ok - <case> ..." per failure, a "# <case>: ..." line per case with the
** allocations swept, and "# oom: N passed, N failed" last (one case = one test).
**
** How it fails allocations (one counter over all of them, armed only while the statement runs):
**   - SQLite: sqlite3_config(SQLITE_CONFIG_MALLOC) wraps the default methods (xMalloc, xRealloc);
**   - jansson: json_set_alloc_funcs;
**   - renshe's own C heap (malloc, calloc, realloc, strdup in ext/) and with it the Lua state,
**     whose allocator (policyAlloc in ext/policy_lua.c) calls realloc: the link wraps those
**     symbols (-Wl,--wrap=malloc,...), so ext/ needs no test hook. Not covered: libcsv's and
**     iconv's internal buffers (allocated inside those shared libraries).
** Two modes per case: "persistent" (the Nth and every later allocation fail, as when memory is
** gone) and "transient" (only the Nth fails, so the code goes on after a recovered failure).
**
** The list (tests/oom/statements.sql) is a sequence of cases:
**   -- case: NAME
**   -- setup:            SQL run first on a fresh connection, without failures (optional);
**   -- read: PATH        inside setup: run the SQL file PATH (e.g. sql/cert_serial.sql)
**   -- run:              the statement(s) under test
**   -- check:            SQL showing the tables the run writes (optional): after a run under
**                        failures it must show what it showed before the run or what the
**                        reference run left (all or nothing). A case with a check runs one
**                        writing statement; what it wrote is read by the check, which runs
**                        without failures (a later statement of the run would see a failed
**                        write's absence and differ from the reference, rightly).
**   -- stride: K         sweep every N up to 100, then every K-th (slow runs; default 1)
** Each N uses a fresh :memory: connection with renshe registered (sqlite3_renshe_init called
** directly: the extension is compiled in with -DSQLITE_CORE). After a failed run: PRAGMA
** integrity_check must say ok, the check query must show the state before the run, and the run
** repeated without failures must give the reference output. After each N the connection is
** closed and sqlite3_memory_used() must be 0 (SQLite's heap is all given back); LeakSanitizer
** checks the other heaps at exit. The sweep of a mode ends at the first N that is never reached.
** The case "init" fails allocations inside sqlite3_renshe_init itself.
*/
#include <jansson.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int sqlite3_renshe_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

/* {====== failing allocators */

static struct {
  int bArmed;   /* count (and fail) allocations */
  long nCount;  /* allocations seen since armed */
  long iFail;   /* the allocation to fail (1-based) */
  int bPersist; /* fail every allocation after iFail too */
  long nFailed; /* allocations failed since armed */
  int bVerbose;
} oom;

static int oomFailNow(const char *zWho) {
  if (!oom.bArmed) return 0;
  oom.nCount++;
  if (oom.nCount == oom.iFail || (oom.bPersist && oom.nCount > oom.iFail)) {
    oom.nFailed++;
    if (oom.bVerbose && oom.nFailed == 1) fprintf(stderr, "  fail #%ld in %s\n", oom.nCount, zWho);
    return 1;
  }
  return 0;
}

/* renshe's C heap (ext/, and the Lua state through policyAlloc): -Wl,--wrap=... */
void *__real_malloc(size_t);
void *__real_calloc(size_t, size_t);
void *__real_realloc(void *, size_t);
char *__real_strdup(const char *);
void *__wrap_malloc(size_t n) { return oomFailNow("malloc") ? NULL : __real_malloc(n); }
void *__wrap_calloc(size_t n, size_t m) {
  return oomFailNow("calloc") ? NULL : __real_calloc(n, m);
}
void *__wrap_realloc(void *p, size_t n) {
  /* a free (n 0) or shrink through realloc is no allocation: Lua assumes a shrink succeeds */
  if (n == 0) return __real_realloc(p, n);
  return oomFailNow("realloc") ? NULL : __real_realloc(p, n);
}
char *__wrap_strdup(const char *z) { return oomFailNow("strdup") ? NULL : __real_strdup(z); }

/* jansson. Once one of its allocations fails, the rest of the run's fail too ("sticky"), even in
** transient mode: jansson's lexer ignores a failed append (load.c lex_save() drops the return of
** strbuffer_append_byte), so a single failure followed by successes silently loses one character
** of a string it parses. That is jansson's bug, out of renshe's reach; the sweep models memory
** that stays short once jansson has seen it short. */
static int bJsonFailed;
static void *oomJsonMalloc(size_t n) {
  if (oom.bArmed && bJsonFailed) {
    oom.nCount++;
    oom.nFailed++;
    return NULL;
  }
  if (oomFailNow("jansson")) {
    bJsonFailed = 1;
    return NULL;
  }
  return __real_malloc(n);
}
static void oomJsonFree(void *p) { free(p); }

/* SQLite */
static sqlite3_mem_methods oomDefault;
static void *oomSqlMalloc(int n) { return oomFailNow("sqlite3") ? NULL : oomDefault.xMalloc(n); }
static void *oomSqlRealloc(void *p, int n) {
  return oomFailNow("sqlite3") ? NULL : oomDefault.xRealloc(p, n);
}

static void oomInstall(void) {
  sqlite3_mem_methods m;
  sqlite3_config(SQLITE_CONFIG_GETMALLOC, &oomDefault);
  m = oomDefault;
  m.xMalloc = oomSqlMalloc;
  m.xRealloc = oomSqlRealloc;
  sqlite3_config(SQLITE_CONFIG_MALLOC, &m);
  sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 1);
  /* no lookaside: its slots would hide small allocations from the sweep */
  sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0);
  json_set_alloc_funcs(oomJsonMalloc, oomJsonFree);
  sqlite3_initialize();
}

static void oomArm(long iFail, int bPersist) {
  oom.nCount = 0;
  oom.nFailed = 0;
  oom.iFail = iFail;
  oom.bPersist = bPersist;
  oom.bArmed = iFail > 0;
  bJsonFailed = 0;
}
static void oomDisarm(void) { oom.bArmed = 0; }

/* }====== */

/* {====== text buffers (never counted: the harness's own memory) */

typedef struct Buf {
  char *z;
  size_t n, nAlloc;
} Buf;

static void bufAppend(Buf *b, const char *z, size_t n) {
  if (b->n + n + 1 > b->nAlloc) {
    size_t nNew = (b->nAlloc + n) * 2 + 64;
    char *zNew = __real_realloc(b->z, nNew);
    if (!zNew) abort();
    b->z = zNew;
    b->nAlloc = nNew;
  }
  memcpy(b->z + b->n, z, n);
  b->n += n;
  b->z[b->n] = 0;
}
static void bufPuts(Buf *b, const char *z) { bufAppend(b, z, strlen(z)); }
static void bufReset(Buf *b) {
  b->n = 0;
  if (b->z) b->z[0] = 0;
}
static const char *bufText(Buf *b) { return b->z ? b->z : ""; }

static char *readFile(const char *zPath) {
  FILE *f = fopen(zPath, "rb");
  Buf b = {0, 0, 0};
  char a[8192];
  size_t n;
  if (!f) return NULL;
  while ((n = fread(a, 1, sizeof a, f)) > 0) bufAppend(&b, a, n);
  fclose(f);
  if (!b.z) bufAppend(&b, "", 0);
  return b.z;
}

/* }====== */

/* {====== the list of cases */

typedef struct Case {
  char zName[100];
  Buf setup, run, check;
  long nStride;
} Case;

static Case *aCase;
static int nCase;

/* Parse the list; "-- read: PATH" is replaced by the file's text. */
static int parseCases(const char *zPath) {
  char *zAll = readFile(zPath);
  Buf *pCur = NULL;
  if (!zAll) {
    fprintf(stderr, "oom_test: cannot read %s\n", zPath);
    return 1;
  }
  for (char *zLine = zAll; *zLine;) {
    char *zEnd = strchr(zLine, '\n');
    size_t n = zEnd ? (size_t)(zEnd - zLine) : strlen(zLine);
    char zHead[1000];
    snprintf(zHead, sizeof zHead, "%.*s", (int)(n < 999 ? n : 999), zLine);
    if (!strncmp(zHead, "-- case: ", 9)) {
      aCase = __real_realloc(aCase, sizeof(Case) * (size_t)(nCase + 1));
      memset(&aCase[nCase], 0, sizeof(Case));
      snprintf(aCase[nCase].zName, sizeof aCase[nCase].zName, "%.99s", zHead + 9);
      aCase[nCase].nStride = 1;
      nCase++;
      pCur = NULL;
    } else if (nCase && !strcmp(zHead, "-- setup:")) {
      pCur = &aCase[nCase - 1].setup;
    } else if (nCase && !strcmp(zHead, "-- run:")) {
      pCur = &aCase[nCase - 1].run;
    } else if (nCase && !strcmp(zHead, "-- check:")) {
      pCur = &aCase[nCase - 1].check;
    } else if (nCase && !strncmp(zHead, "-- stride: ", 11)) {
      aCase[nCase - 1].nStride = atol(zHead + 11);
    } else if (pCur && !strncmp(zHead, "-- read: ", 9)) {
      char *z = readFile(zHead + 9);
      if (!z) {
        fprintf(stderr, "oom_test: cannot read %s\n", zHead + 9);
        return 1;
      }
      bufPuts(pCur, z);
      bufPuts(pCur, "\n");
      free(z);
    } else if (pCur) {
      bufAppend(pCur, zLine, n);
      bufPuts(pCur, "\n");
    }
    zLine += n + (zEnd ? 1 : 0);
  }
  free(zAll);
  return 0;
}

/* }====== */

/* {====== running SQL */

/* Run every statement of zSql, stopping at the first error; rows go to pOut as "a|b|c\n".
** Returns the error's primary code (SQLITE_OK when all succeeded); its message goes to pErr. */
static int runSql(sqlite3 *db, const char *zSql, Buf *pOut, Buf *pErr) {
  const char *zTail = zSql;
  int rc = SQLITE_OK;
  while (rc == SQLITE_OK && zTail && *zTail) {
    sqlite3_stmt *pStmt = NULL;
    rc = sqlite3_prepare_v2(db, zTail, -1, &pStmt, &zTail);
    if (rc != SQLITE_OK) break;
    if (!pStmt) continue; /* whitespace or a comment */
    int nCol = sqlite3_column_count(pStmt);
    while ((rc = sqlite3_step(pStmt)) == SQLITE_ROW) {
      for (int i = 0; i < nCol; i++) {
        const unsigned char *z = sqlite3_column_text(pStmt, i);
        if (i) bufPuts(pOut, "|");
        if (z) {
          bufPuts(pOut, (const char *)z);
        } else if (sqlite3_column_type(pStmt, i) != SQLITE_NULL) {
          bufPuts(pOut, "<no text: out of memory>"); /* a wrong answer unless the run fails */
        }
      }
      bufPuts(pOut, "\n");
    }
    if (rc == SQLITE_DONE) rc = SQLITE_OK;
    sqlite3_finalize(pStmt);
  }
  if (rc != SQLITE_OK && pErr) bufPuts(pErr, sqlite3_errmsg(db));
  return rc & 0xff;
}

/* The run: each statement of a[] in turn, whatever the previous one gave. aOut[i] gets the
** statement's rows, or "Error(<primary code>): <message>". */
static void runStmts(sqlite3 *db, char **a, int n, Buf *aOut) {
  for (int i = 0; i < n; i++) {
    Buf err = {0, 0, 0};
    char zCode[32];
    bufReset(&aOut[i]);
    int rc = runSql(db, a[i], &aOut[i], &err);
    if (rc != SQLITE_OK) {
      bufReset(&aOut[i]);
      snprintf(zCode, sizeof zCode, "Error(%d): ", rc);
      bufPuts(&aOut[i], zCode);
      bufPuts(&aOut[i], bufText(&err));
    }
    free(err.z);
  }
}

/* Split zSql into complete statements (sqlite3_complete), outside any sweep. */
static int splitStmts(const char *zSql, char ***paStmt) {
  char **a = NULL;
  int n = 0;
  Buf cur = {0, 0, 0};
  for (const char *z = zSql; *z;) {
    const char *zEnd = strchr(z, '\n');
    size_t len = zEnd ? (size_t)(zEnd - z + 1) : strlen(z);
    bufAppend(&cur, z, len);
    z += len;
    if (sqlite3_complete(bufText(&cur))) {
      a = __real_realloc(a, sizeof(char *) * (size_t)(n + 1));
      a[n++] = cur.z;
      memset(&cur, 0, sizeof cur);
    }
  }
  free(cur.z); /* trailing comments */
  *paStmt = a;
  return n;
}

static sqlite3 *openDb(int *pRc) {
  sqlite3 *db = NULL;
  char *zErr = NULL;
  int rc = sqlite3_open(":memory:", &db);
  if (rc == SQLITE_OK) rc = sqlite3_renshe_init(db, &zErr, NULL);
  sqlite3_free(zErr);
  *pRc = rc;
  return db;
}

/* }====== */

static int nPass, nFail;

static void notOk(const char *zCase, const char *zMode, long iFail, const char *zFmt, ...) {
  va_list ap;
  printf("not ok - %s %s N=%ld: ", zCase, zMode, iFail);
  va_start(ap, zFmt);
  vprintf(zFmt, ap);
  va_end(ap);
  printf("\n");
}

/* After the connection closes, SQLite's heap must be empty. */
static int closeDb(sqlite3 *db, const char *zCase, const char *zMode, long iFail) {
  int rc = sqlite3_close(db);
  if (rc != SQLITE_OK) {
    notOk(zCase, zMode, iFail, "sqlite3_close: %s", sqlite3_errstr(rc));
    return 1;
  }
  if (sqlite3_memory_used() != 0) {
    notOk(zCase, zMode, iFail, "%lld bytes of SQLite's heap still in use after close",
          sqlite3_memory_used());
    return 1;
  }
  return 0;
}

/* The reference: what each statement of the run gives, and what the check shows before and
** after the run. */
typedef struct Reference {
  char **aStmt;
  int nStmt;
  Buf *aOut;
  Buf before, after;
} Reference;

/* Concatenate a[0..n-1] for a message. */
static void joinOut(Buf *p, const Buf *a, int n) {
  for (int i = 0; i < n; i++) {
    bufPuts(p, "\n      [");
    bufPuts(p, bufText((Buf *)&a[i]));
    bufPuts(p, "]");
  }
}

/* One sweep step: fail allocation iFail (and, when bPersist, all later ones) during the run.
** Returns 1 when the failure happened (the sweep goes on), 0 when it was never reached, -1 on a
** test failure. */
static int sweepOne(Case *c, Reference *r, long iFail, int bPersist) {
  const char *zMode = bPersist ? "persistent" : "transient";
  Buf err = {0, 0, 0}, tmp = {0, 0, 0}, msg = {0, 0, 0};
  Buf *aOut = __real_calloc((size_t)r->nStmt + 1, sizeof(Buf));
  int rc, bad = 0, reached, nDiff = 0;
  sqlite3 *db = openDb(&rc);
  if (rc != SQLITE_OK || runSql(db, bufText(&c->setup), &tmp, &err) != SQLITE_OK) {
    notOk(c->zName, zMode, iFail, "setup: %s", bufText(&err));
    sqlite3_close(db);
    return -1;
  }
  oomArm(iFail, bPersist);
  runStmts(db, r->aStmt, r->nStmt, aOut);
  oomDisarm();
  reached = oom.nFailed > 0;
  /* Each statement gives the reference's answer, or fails with SQLITE_NOMEM or SQLITE_ERROR. */
  for (int i = 0; i < r->nStmt && !bad; i++) {
    const char *zGot = bufText(&aOut[i]);
    if (!strcmp(zGot, bufText(&r->aOut[i]))) continue;
    nDiff++;
    if (strncmp(zGot, "Error(7): ", 10) && strncmp(zGot, "Error(1): ", 10)) {
      notOk(c->zName, zMode, iFail,
            "statement %d: a wrong answer, not SQLITE_NOMEM or SQLITE_ERROR:\n"
            "    got:  %s\n    want: %s",
            i + 1, zGot, bufText(&r->aOut[i]));
      bad = 1;
    } else if (!reached) {
      notOk(c->zName, zMode, iFail, "statement %d failed without an allocation failing: %s", i + 1,
            zGot);
      bad = 1;
    }
  }
  if (oom.bVerbose) {
    joinOut(&msg, aOut, r->nStmt);
    fprintf(stderr, "  N=%ld %s%s\n", iFail, nDiff ? "failed" : "ok", bufText(&msg));
  }
  if (!bad && (nDiff || c->check.n)) {
    /* the database is intact, and the tables the run writes are as before or as after it */
    sqlite3_exec(db, "ROLLBACK", 0, 0, 0); /* in case the run left a transaction open */
    bufReset(&tmp);
    if (runSql(db, "PRAGMA integrity_check", &tmp, NULL) != SQLITE_OK ||
        strcmp(bufText(&tmp), "ok\n")) {
      notOk(c->zName, zMode, iFail, "integrity_check: %s", bufText(&tmp));
      bad = 1;
    }
    bufReset(&tmp);
    bufReset(&err);
    if (!bad && c->check.n && runSql(db, bufText(&c->check), &tmp, &err) != SQLITE_OK) {
      notOk(c->zName, zMode, iFail, "the check fails after the run: %s", bufText(&err));
      bad = 1;
    } else if (!bad && c->check.n && strcmp(bufText(&tmp), bufText(&r->after)) &&
               (!nDiff || strcmp(bufText(&tmp), bufText(&r->before)))) {
      notOk(c->zName, zMode, iFail,
            "a half-written state:\n%s    want, before the run:\n%s"
            "    or after it:\n%s",
            bufText(&tmp), bufText(&r->before), bufText(&r->after));
      bad = 1;
    }
    /* the connection still works: the run again, without failures, gives the reference (when
    ** the failed run wrote nothing) */
    if (!bad && nDiff && (!c->check.n || !strcmp(bufText(&tmp), bufText(&r->before)))) {
      runStmts(db, r->aStmt, r->nStmt, aOut);
      for (int i = 0; i < r->nStmt && !bad; i++) {
        if (strcmp(bufText(&aOut[i]), bufText(&r->aOut[i]))) {
          notOk(c->zName, zMode, iFail,
                "statement %d repeated without failures:\n    got:  %s\n"
                "    want: %s",
                i + 1, bufText(&aOut[i]), bufText(&r->aOut[i]));
          bad = 1;
        }
      }
    }
  }
  if (closeDb(db, c->zName, zMode, iFail)) bad = 1;
  for (int i = 0; i < r->nStmt; i++) free(aOut[i].z);
  free(aOut);
  free(err.z);
  free(tmp.z);
  free(msg.z);
  return bad ? -1 : reached;
}

/* Failing inside sqlite3_renshe_init: an error, never a crash or a leak; a retry works. */
static int sweepInit(int bPersist, long *pnSwept) {
  const char *zMode = bPersist ? "persistent" : "transient";
  for (long i = 1;; i++) {
    sqlite3 *db = NULL;
    char *zErr = NULL;
    int rc = sqlite3_open(":memory:", &db);
    if (rc != SQLITE_OK) return 1;
    oomArm(i, bPersist);
    rc = sqlite3_renshe_init(db, &zErr, NULL);
    oomDisarm();
    sqlite3_free(zErr);
    zErr = NULL;
    int reached = oom.nFailed > 0;
    if (rc == SQLITE_OK || reached) {
      if (rc != SQLITE_OK) rc = sqlite3_renshe_init(db, &zErr, NULL);
      sqlite3_free(zErr);
      Buf out = {0, 0, 0};
      if (rc != SQLITE_OK ||
          runSql(db,
                 "SELECT check_idcard('11010519491231002X'), "
                 "policy_param('淄博', 'register_min_age', '2020-06-01')",
                 &out, NULL) != SQLITE_OK ||
          strcmp(bufText(&out), "1|16\n")) {
        notOk("init", zMode, i, "after a failed init, a second init and a query: rc %d, %s", rc,
              bufText(&out));
        free(out.z);
        sqlite3_close(db);
        return 1;
      }
      free(out.z);
    } else {
      notOk("init", zMode, i, "failed without an allocation failing");
      sqlite3_close(db);
      return 1;
    }
    if (closeDb(db, "init", zMode, i)) return 1;
    if (!reached) {
      *pnSwept = i - 1;
      return 0;
    }
  }
}

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  const char *zFilter = argc > 2 ? argv[2] : NULL;
  if (argc < 2) {
    fprintf(stderr, "usage: %s tests/oom/statements.sql [name-filter]\n", argv[0]);
    return 2;
  }
  oom.bVerbose = getenv("OOM_VERBOSE") != NULL;
  oomInstall();
  if (parseCases(argv[1])) return 2;
  double t0 = now();

  if (!zFilter || strstr("init", zFilter)) {
    long nP = 0, nT = 0;
    double t = now();
    int bad = sweepInit(1, &nP) || sweepInit(0, &nT);
    printf("# init: %ld allocations swept, persistent and transient (%.1f s)\n", nP, now() - t);
    if (bad)
      nFail++;
    else
      nPass++;
  }

  for (int k = 0; k < nCase; k++) {
    Case *c = &aCase[k];
    Reference r;
    Buf err = {0, 0, 0};
    int rc, bad = 0;
    long nAlloc = 0, nSwept = 0;
    double t = now();
    if (zFilter && !strstr(c->zName, zFilter)) continue;
    memset(&r, 0, sizeof r);
    r.nStmt = splitStmts(bufText(&c->run), &r.aStmt);
    r.aOut = __real_calloc((size_t)r.nStmt + 1, sizeof(Buf));
    /* the reference run, counting its allocations */
    sqlite3 *db = openDb(&rc);
    if (rc == SQLITE_OK) rc = runSql(db, bufText(&c->setup), &r.before, &err);
    bufReset(&r.before);
    if (rc == SQLITE_OK && c->check.n) rc = runSql(db, bufText(&c->check), &r.before, &err);
    if (rc == SQLITE_OK) {
      oomArm(1L << 62, 0);
      runStmts(db, r.aStmt, r.nStmt, r.aOut);
      nAlloc = oom.nCount;
      oomDisarm();
    }
    if (rc == SQLITE_OK && c->check.n) rc = runSql(db, bufText(&c->check), &r.after, &err);
    closeDb(db, c->zName, "reference", 0);
    if (rc != SQLITE_OK) {
      printf("not ok - %s: the reference run fails: %s\n", c->zName, bufText(&err));
      nFail++;
      continue;
    }
    if (getenv("OOM_SHOW")) {
      Buf m = {0, 0, 0};
      joinOut(&m, r.aOut, r.nStmt);
      printf("# %s reference:%s\n", c->zName, bufText(&m));
      free(m.z);
    }
    for (int bPersist = 1; bPersist >= 0 && !bad; bPersist--) {
      for (long i = 1;; i += (i < 100 ? 1 : c->nStride)) {
        int st = sweepOne(c, &r, i, bPersist);
        if (st < 0) {
          bad = 1;
          break;
        }
        nSwept++;
        if (st == 0) break;
      }
    }
    printf("# %s: %ld allocations, %ld runs (%.1f s)\n", c->zName, nAlloc, nSwept, now() - t);
    if (bad)
      nFail++;
    else
      nPass++;
    for (int i = 0; i < r.nStmt; i++) {
      free(r.aOut[i].z);
      free(r.aStmt[i]);
    }
    free(r.aOut);
    free(r.aStmt);
    free(r.before.z);
    free(r.after.z);
    free(err.z);
    fflush(stdout);
  }
  printf("# total %.0f s\n", now() - t0);
  printf("# oom: %d passed, %d failed\n", nPass, nFail);
  return nFail ? 1 : 0;
}
