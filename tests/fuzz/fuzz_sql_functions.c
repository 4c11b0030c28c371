/*
** tests/fuzz/fuzz_sql_functions.c: libFuzzer harness for the argument handling of renshe's plain
** SQL functions and eponymous tables (ext/idcard_sql.c, certserial_sql.c, b64_sql.c,
** calendar_sql.c, json_sql.c, rs_sql.c): ID numbers, certificate serials, base64, working days,
** statistical months, pension ages and the schema's JSON functions, with arguments of every type.
**
** Usage: make build/fuzz/fuzz_sql_functions
**        build/fuzz/fuzz_sql_functions tests/fuzz/corpus/fuzz_sql_functions
**
** Input: byte 0 picks the statement, byte 1 the type of each of the three arguments (2 bits each:
** text, integer read from the text, blob, NULL); then up to three arguments separated by 0xFF
** bytes. One connection is kept across inputs. Errors are expected (misuse is an error); crashes,
** leaks and sanitizer reports are findings.
*/
#include "fuzz.h"

static sqlite3 *db;

static const char *const azSql[] = {
    "SELECT check_idcard(?1), check_idcard(?1, ?2), check_idcard(?1, ?2, ?3)",
    "SELECT * FROM check_idcard(?1, ?2, ?3)",
    "SELECT * FROM check_idcard(?1)",
    "SELECT idcard_upgrade(?1), idcard_normalize(?1), idcard_mask(?1), idcard_mask(?1, ?2, ?3)",
    "SELECT idcard_birth(?1), idcard_sex(?1), idcard_age(?1, ?2), idcard_checkdigit(?1)",
    "SELECT * FROM cert_serial(?1)",
    "SELECT cert_serial_check(?1), cert_serial_check(?1, ?2), cert_serial_normalize(?1), "
    "cert_serial_city(?1)",
    "SELECT cert_serial(?1, ?2, ?3, ?2, ?3, ?1)",
    "SELECT base64_decode(?1), base64_valid(?1), base64_encode(?1), base64_encode(?1, ?2)",
    "SELECT is_workday(?1), workday_kind(?1), workday_holiday(?1), workday_notice(?1)",
    "SELECT workday_add(?1, ?2), workdays_between(?1, ?3)",
    "SELECT stat_period(?1), stat_period_start(?1), stat_period_end(?1)",
    "SELECT retirement_date(?1, ?2), retirement_date(?1, ?2, ?3), retirement_age(?1, ?2, ?3), "
    "retirement_age_months(?1, ?2, ?3)",
    "SELECT retirement_date(?1, ?2, ?3, ?3), retirement_age(?1, ?2, ?3, ?1), "
    "in_working_age(?1, ?2, ?3, ?3)",
    "SELECT renshe_code_name(?1, ?2)",
    "SELECT * FROM renshe_codes WHERE field = ?1 AND code = ?2",
    "SELECT renshe_json_valid(?1), renshe_json(?1)",
    "SELECT renshe_json_object(?1, ?2, 'k', ?3), renshe_json_patch(?1, ?2)",
};

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  if (!db)
    db = fuzz_open_db();
  FuzzIn in = {aData, nData};
  unsigned bSql = fuzz_byte(&in), bType = fuzz_byte(&in);
  if (in.n > 4096)
    return 0;
  const char *zSql = azSql[bSql % (sizeof azSql / sizeof azSql[0])];
  sqlite3_stmt *pStmt = 0;
  if (sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0) != SQLITE_OK) {
    fprintf(stderr, "fuzz: cannot prepare %s: %s\n", zSql, sqlite3_errmsg(db));
    abort();
  }
  int nParam = sqlite3_bind_parameter_count(pStmt);
  for (int i = 0; i < 3; i++) {
    FuzzIn arg = fuzz_piece(&in, 1024);
    if (i >= nParam)
      continue;
    switch ((bType >> (2 * i)) & 3) {
      case 0:
        sqlite3_bind_text(pStmt, i + 1, (const char *)arg.a, (int)arg.n, SQLITE_TRANSIENT);
        break;
      case 1: {
        long long v = 0;
        memcpy(&v, arg.a, arg.n < 8 ? arg.n : 8);
        if (arg.n < 3)
          v = (signed char)(arg.n ? arg.a[0] : 0); /* small numbers are likelier */
        sqlite3_bind_int64(pStmt, i + 1, v);
        break;
      }
      case 2:
        sqlite3_bind_blob(pStmt, i + 1, arg.a, (int)arg.n, SQLITE_TRANSIENT);
        break;
      default:
        break; /* NULL */
    }
  }
  while (sqlite3_step(pStmt) == SQLITE_ROW) {
    for (int i = 0; i < sqlite3_column_count(pStmt); i++) {
      const unsigned char *z = sqlite3_column_text(pStmt, i);
      int n = sqlite3_column_bytes(pStmt, i);
      volatile unsigned h = 0;
      for (int j = 0; z && j < n; j++)
        h += z[j];
      (void)h;
    }
  }
  sqlite3_finalize(pStmt);
  return 0;
}
