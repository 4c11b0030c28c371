/*
** tests/fuzz/fuzz.h: what the libFuzzer harnesses of tests/fuzz/ share: a reader that splits the
** fuzz input into option bytes and a payload, and (with FUZZ_SQL defined) one in-memory database
** with renshe registered in it.
**
** Usage, in a harness:
**   #include "fuzz.h"
**   int LLVMFuzzerTestOneInput(const uint8_t *a, size_t n) {
**     FuzzIn in = {a, n};
**     int sex = fuzz_byte(&in) % 3;            -- option bytes first (0 once the input runs out)
**     ... in.a[0..in.n) is the payload ...
**   }
** Harnesses abort() when a property they check fails, so libFuzzer keeps the input as a crash.
*/
#ifndef RS_FUZZ_H
#define RS_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct FuzzIn {
  const uint8_t *a;
  size_t n;
} FuzzIn;

/* The next byte of the input, or 0 when it is used up. */
static inline unsigned fuzz_byte(FuzzIn *p) {
  if (p->n == 0)
    return 0;
  p->n--;
  return *p->a++;
}

/* Up to nMax bytes of the input (n = 0 when it is used up); the rest stays in *p. The piece ends
** at the first 0xFF byte (which is consumed), so that one input can carry several strings. */
static inline FuzzIn fuzz_piece(FuzzIn *p, size_t nMax) {
  FuzzIn r = {p->a, 0};
  while (p->n > 0 && r.n < nMax && p->a[0] != 0xFF) {
    p->a++;
    p->n--;
    r.n++;
  }
  if (p->n > 0 && p->a[0] == 0xFF) {
    p->a++;
    p->n--;
  }
  return r;
}

/* A property a harness checks has failed: print it and abort, so libFuzzer keeps the input. */
#define FUZZ_ASSERT(cond)                                                              \
  do {                                                                                 \
    if (!(cond)) {                                                                     \
      fprintf(stderr, "%s:%d: fuzz property failed: %s\n", __FILE__, __LINE__, #cond); \
      abort();                                                                         \
    }                                                                                  \
  } while (0)

#ifdef FUZZ_SQL
#include <sqlite3.h>

int sqlite3_renshe_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

/* A fresh in-memory database with renshe registered (the extension is compiled in with
** -DSQLITE_CORE, so its init takes no API table). */
static inline sqlite3 *fuzz_open_db(void) {
  sqlite3 *db = 0;
  char *zErr = 0;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK)
    abort();
  if (sqlite3_renshe_init(db, &zErr, 0) != SQLITE_OK) {
    fprintf(stderr, "renshe init: %s\n", zErr ? zErr : "?");
    abort();
  }
  /* Bound SQLite's own work per statement too: a pathological JSON path is not what we test. */
  sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 1000000);
  return db;
}

/* Prepare zSql, bind the texts az[i] (an[i] bytes; az[i] 0 binds NULL) to ?1, ?2, ..., step to the
** end, finalize. Errors are expected (bad input is an error); only crashes and sanitizer reports
** are findings. Returns the last sqlite3_step() result. */
static inline int fuzz_exec(sqlite3 *db,
                            const char *zSql,
                            int nBind,
                            const char *const *az,
                            const int *an) {
  /* FUZZ_VERBOSE=1 in the environment prints every row and result: what a corpus file does. */
  static int bVerbose = -1;
  if (bVerbose < 0)
    bVerbose = getenv("FUZZ_VERBOSE") != 0;
  sqlite3_stmt *pStmt = 0;
  int rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
  if (rc != SQLITE_OK) {
    fprintf(stderr, "fuzz: cannot prepare %s: %s\n", zSql, sqlite3_errmsg(db));
    abort();
  }
  for (int i = 0; i < nBind; i++) {
    if (az[i])
      sqlite3_bind_text(pStmt, i + 1, az[i], an[i], SQLITE_TRANSIENT);
  }
  while ((rc = sqlite3_step(pStmt)) == SQLITE_ROW) {
    for (int i = 0; i < sqlite3_column_count(pStmt); i++) {
      /* Touch every value, so that a bad length or pointer shows under ASan. */
      const unsigned char *z = sqlite3_column_text(pStmt, i);
      int n = sqlite3_column_bytes(pStmt, i);
      volatile unsigned h = 0;
      for (int j = 0; z && j < n; j++)
        h += z[j];
      (void)h;
      if (bVerbose)
        fprintf(stderr, "%s%.*s", i ? "|" : "", n, z ? (const char *)z : "");
    }
    if (bVerbose)
      fprintf(stderr, "\n");
  }
  if (bVerbose) {
    fprintf(stderr, "%s -> %s\n", zSql, rc == SQLITE_DONE ? "done" : sqlite3_errmsg(db));
  }
  sqlite3_finalize(pStmt);
  return rc;
}
#endif /* FUZZ_SQL */

#endif /* RS_FUZZ_H */
