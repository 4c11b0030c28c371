/*
** tests/fuzz/fuzz_sql_csv_file.c: libFuzzer harness for the csv_file virtual table
** (ext/csvtab_sql.c over ext/csvread.c) with data=..., every parameter, and the parameter parser.
**
** Usage: make build/fuzz/fuzz_sql_csv_file
**        build/fuzz/fuzz_sql_csv_file tests/fuzz/corpus/fuzz_sql_csv_file
**
** Input: byte 0 chooses the mode. Mode "options" (byte 0 even): bytes 1-5 pick header, columns,
** encoding, delimiter, quote, trim, rejects and maxrecord, and the rest is the CSV data, quoted
** into data='...' (a NUL ends it, as in SQL text). Mode "raw" (byte 0 odd): the rest is the whole
** argument list of csv_file(...), as a user might type it (inputs naming a file, or holding ';',
** are skipped: reading the fuzzing machine's files is not the point). Then every column, hidden
** ones included, is read, with a WHERE on _line and _error, and the table is dropped. One
** connection is kept across inputs. Errors are expected; crashes, leaks and sanitizer reports
** are findings.
*/
#include <ctype.h>

#include "fuzz.h"

static sqlite3 *db;

static const char *const azEnc[] = {"auto", "utf8", "gb18030", "gbk", "UTF-16LE", "BIG5", "latin9"};
static const char *const azDelim[] = {",", ";", "\\t", "tab", "|", " ", "\"", "ab", ""};
static const char *const azQuote[] = {"\"", "'", "|", ",", "x", "''"};

/* 1 if z[0..n) mentions a file (filename=, path=) or a second statement. */
static int rawIsUnsafe(const uint8_t *z, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (z[i] == ';' || z[i] == 0)
      return 1;
    if (i + 4 <= n && (tolower(z[i]) == 'f' || tolower(z[i]) == 'p')) {
      char w[5] = {(char)tolower(z[i]), (char)tolower(z[i + 1]), (char)tolower(z[i + 2]),
                   (char)tolower(z[i + 3]), 0};
      if (!strcmp(w, "file") || !strcmp(w, "path"))
        return 1;
    }
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  if (!db)
    db = fuzz_open_db();
  FuzzIn in = {aData, nData};
  unsigned bMode = fuzz_byte(&in);
  if (in.n > 20000)
    return 0;
  char *zSql;
  if (bMode & 1) {
    if (rawIsUnsafe(in.a, in.n))
      return 0;
    zSql = sqlite3_mprintf("CREATE VIRTUAL TABLE temp.t USING csv_file(%.*s)", (int)in.n, in.a);
  } else {
    unsigned b1 = fuzz_byte(&in), b2 = fuzz_byte(&in), b3 = fuzz_byte(&in), b4 = fuzz_byte(&in);
    unsigned b5 = fuzz_byte(&in);
    char *zData = sqlite3_mprintf("%.*Q", (int)in.n, in.a); /* stops at a NUL */
    char zExtra[200];
    int k = snprintf(zExtra, sizeof zExtra, ", header=%s", b1 & 1 ? "no" : "yes");
    if (b1 & 2)
      k += snprintf(zExtra + k, sizeof zExtra - (size_t)k, ", columns=%u", (b1 >> 2) % 6);
    if (b2 & 1)
      k += snprintf(zExtra + k, sizeof zExtra - (size_t)k, ", encoding=%s",
                    azEnc[(b2 >> 1) % (sizeof azEnc / sizeof azEnc[0])]);
    if (b3 & 1)
      k += snprintf(zExtra + k, sizeof zExtra - (size_t)k, ", delimiter='%s'",
                    azDelim[(b3 >> 1) % (sizeof azDelim / sizeof azDelim[0])]);
    if (b3 & 0x80)
      k += snprintf(zExtra + k, sizeof zExtra - (size_t)k, ", quote=\"%s\"",
                    azQuote[(b3 >> 4) % (sizeof azQuote / sizeof azQuote[0])]);
    if (b4 & 1)
      k += snprintf(zExtra + k, sizeof zExtra - (size_t)k, ", trim=%s", b4 & 2 ? "yes" : "no");
    if (b4 & 4)
      k +=
          snprintf(zExtra + k, sizeof zExtra - (size_t)k, ", rejects=%s", b4 & 8 ? "fail" : "keep");
    if (b5)
      snprintf(zExtra + k, sizeof zExtra - (size_t)k, ", maxrecord=%u", b5 * 3);
    zSql = sqlite3_mprintf("CREATE VIRTUAL TABLE temp.t USING csv_file(data=%s%s)", zData, zExtra);
    sqlite3_free(zData);
  }
  if (!zSql)
    return 0;
  int rc = sqlite3_exec(db, zSql, 0, 0, 0);
  sqlite3_free(zSql);
  if (rc == SQLITE_OK) {
    fuzz_exec(db, "SELECT *, _line, _lines, _error, _raw, rowid FROM temp.t", 0, 0, 0);
    fuzz_exec(db,
              "SELECT count(*), sum(_error IS NULL), min(_line) - 1 + sum(_lines) FROM temp.t "
              "WHERE _line > 1 OR _error IS NOT NULL",
              0, 0, 0);
    fuzz_exec(db, "SELECT * FROM temp.t WHERE rowid = 2", 0, 0, 0);
    if (sqlite3_exec(db, "DROP TABLE temp.t", 0, 0, 0) != SQLITE_OK)
      abort();
  }
  return 0;
}
