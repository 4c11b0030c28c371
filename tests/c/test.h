/*
** tests/c/test.h: a minimal table-driven test harness for the plain-C modules.
**
** Usage: CHECK_INT("name", got, want); CHECK_STR("name", got, want); CHECK("name", cond);
** then `return test_done();` from main. Prints "not ok - name: ..." for each failure and a last
** line "# <file>: N passed, N failed" that tests/run.sh adds up.
*/
#ifndef RS_TEST_H
#define RS_TEST_H
#include <stdio.h>
#include <string.h>

static int nTestPass, nTestFail;

static void test_report(int ok, const char *zName, const char *zFile, int line, const char *zGot,
                        const char *zWant) {
  if (ok) {
    nTestPass++;
    return;
  }
  nTestFail++;
  printf("not ok - %s (%s:%d): got %s, want %s\n", zName, zFile, line, zGot, zWant);
}

#define CHECK(name, cond) test_report(!!(cond), name, __FILE__, __LINE__, "false", "true")
#define CHECK_INT(name, got, want)                                            \
  do {                                                                        \
    long long g_ = (long long)(got), w_ = (long long)(want);                  \
    char zg_[32], zw_[32];                                                    \
    snprintf(zg_, sizeof zg_, "%lld", g_);                                    \
    snprintf(zw_, sizeof zw_, "%lld", w_);                                    \
    test_report(g_ == w_, name, __FILE__, __LINE__, zg_, zw_);                \
  } while (0)
#define CHECK_STR(name, got, want)                                            \
  do {                                                                        \
    const char *g_ = (got), *w_ = (want);                                     \
    test_report(g_ && w_ ? !strcmp(g_, w_) : g_ == w_, name, __FILE__, __LINE__, \
                g_ ? g_ : "(null)", w_ ? w_ : "(null)");                      \
  } while (0)

static int test_done(const char *zFile) {
  printf("# %s: %d passed, %d failed\n", zFile, nTestPass, nTestFail);
  return nTestFail != 0;
}
#endif /* RS_TEST_H */
