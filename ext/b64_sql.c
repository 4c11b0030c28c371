/*
** b64_sql.c: base64_encode() and base64_decode(), SQL faces of b64.c (RFC 4648 §4 over libb64),
** for binary data in records (photos for the social security card application) and exports.
**
** Usage:
**   .load dist/renshe
**   SELECT base64_encode(x'4d616e');                         -- TWFu
**   SELECT base64_encode(readfile('photo.jpg'), 76);         -- MIME-style lines of 76
**   SELECT hex(base64_decode('TWE='));                       -- 4D61
**   SELECT base64_decode('TW-u');   -- Error: base64_decode(): invalid character '-' at position 3
**
** base64_encode(data)               -> text, no line breaks. pure
** base64_encode(data, line_length)  -> text with "\n" after every line_length characters (0: none).
**     data is a BLOB, or TEXT taken as its UTF-8 bytes (numbers as their text). NULL gives NULL;
**     x'' gives ''. A negative or non-integer line_length is misuse and raises an error.
** base64_decode(text)               -> BLOB. pure
**     Accepts the standard alphabet with '=' padding, and CR/LF anywhere (line breaks); nothing
**     else, not even spaces. Invalid input raises an error naming the 1-based character position
**     of the first offending character and what is wrong with it: a character outside the
**     alphabet, misplaced '=', a length (without CR/LF) that is not a multiple of 4, or non-zero
**     bits after the last byte. NULL gives NULL; '' gives x''. A BLOB is misuse and raises (the one
**     BLOB rule, rs_sql.h): base64 text read with readfile() is cast(readfile(...) AS TEXT).
** base64_valid(text)                -> 1 if base64_decode(text) would succeed, else 0; NULL for
**     NULL; a BLOB raises. pure. For finding the bad rows of a table without stopping at the first.
**
** Decoding raises rather than returning NULL because base64 text in a record is supposed to be
** machine-written: a bad one is a broken export or a truncated copy, and a NULL photo would pass
** unnoticed into the next system. base64_valid() finds such rows without stopping at the first.
*/
#include <string.h>

#include "b64.h"
#include "rs_sql.h"
SQLITE_EXTENSION_INIT3

/* base64_encode(data [, line_length]) */
static void b64EncodeFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  sqlite3_int64 nLine = 0;
  if (argc > 1 && sqlite3_value_type(argv[1]) != SQLITE_NULL) {
    if (sqlite3_value_type(argv[1]) == SQLITE_BLOB) {
      rs_result_errorf(ctx, "base64_encode(): line_length: expected an integer >= 0 (0: no line "
                            "breaks), got a BLOB");
      return;
    }
    if (sqlite3_value_numeric_type(argv[1]) != SQLITE_INTEGER || sqlite3_value_int64(argv[1]) < 0) {
      rs_result_errorf(ctx,
                       "base64_encode(): line_length: expected an integer >= 0 (0: no line "
                       "breaks), got '%.20s'",
                       (const char *)sqlite3_value_text(argv[1]));
      return;
    }
    nLine = sqlite3_value_int64(argv[1]);
  }
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  const unsigned char *a = sqlite3_value_blob(argv[0]);
  sqlite3_int64 n = sqlite3_value_bytes(argv[0]);
  if (!a && n > 0) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_int64 nLimit = sqlite3_limit(sqlite3_context_db_handle(ctx), SQLITE_LIMIT_LENGTH, -1);
  if (nLine > nLimit) nLine = 0; /* longer than any result: no break can occur */
  size_t nOut = b64_encoded_len((size_t)n, (size_t)nLine);
  if ((sqlite3_int64)nOut > nLimit) {
    sqlite3_result_error_toobig(ctx);
    return;
  }
  char *z = sqlite3_malloc64(nOut + 1);
  if (!z) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  size_t nWritten = b64_encode(a ? a : (const unsigned char *)"", (size_t)n, (size_t)nLine, z);
  z[nWritten] = 0;
  sqlite3_result_text64(ctx, z, nWritten, sqlite3_free, SQLITE_UTF8);
}

/* base64_decode(text) */
static void b64DecodeFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  if (rs_arg_blob(ctx, argv[0], "base64_decode", "text")) return;
  const char *z = (const char *)sqlite3_value_text(argv[0]);
  size_t n = (size_t)sqlite3_value_bytes(argv[0]);
  if (!z) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  size_t iBad, nOut;
  int rc = b64_check(z, n, &iBad, &nOut);
  if (rc != B64_OK) {
    /* Position in characters, as substr() counts them. */
    size_t iChar = 1;
    for (size_t i = 0; i < iBad && i < n; i++) iChar += ((unsigned char)z[i] & 0xC0) != 0x80;
    if (rc == B64_E_LENGTH) {
      size_t nSym = 0;
      for (size_t i = 0; i < n; i++) nSym += z[i] != '\r' && z[i] != '\n';
      rs_result_errorf(ctx,
                       "base64_decode(): length %lld (without line breaks) is not a multiple "
                       "of 4 (missing '=' padding?)",
                       (long long)nSym);
    } else if (rc == B64_E_CHAR) {
      unsigned char c = (unsigned char)z[iBad];
      if (c >= 0x20 && c < 0x7F) {
        rs_result_errorf(ctx, "base64_decode(): invalid character '%c' at position %lld", c,
                         (long long)iChar);
      } else if (c >= 0x80) { /* show the whole UTF-8 character */
        size_t nc = 1;
        while (nc < 4 && iBad + nc < n && ((unsigned char)z[iBad + nc] & 0xC0) == 0x80) nc++;
        rs_result_errorf(ctx, "base64_decode(): invalid character '%.*s' at position %lld", (int)nc,
                         z + iBad, (long long)iChar);
      } else {
        rs_result_errorf(ctx,
                         "base64_decode(): invalid byte 0x%02X at position %lld (only CR and LF "
                         "may break lines)",
                         c, (long long)iChar);
      }
    } else {
      rs_result_errorf(ctx, "base64_decode(): %s at position %lld", b64_error_text(rc),
                       (long long)iChar);
    }
    return;
  }
  unsigned char *a = sqlite3_malloc64(nOut + 1); /* +1: libb64's scratch byte, see b64.h */
  if (!a) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  size_t nGot = b64_decode(z, n, a);
  sqlite3_result_blob64(ctx, a, nGot, sqlite3_free);
}

/* base64_valid(text) */
static void b64ValidFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  if (rs_arg_blob(ctx, argv[0], "base64_valid", "text")) return;
  const char *z = (const char *)sqlite3_value_text(argv[0]);
  if (!z) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  size_t iBad, nOut;
  sqlite3_result_int(ctx,
                     b64_check(z, (size_t)sqlite3_value_bytes(argv[0]), &iBad, &nOut) == B64_OK);
}

static const RsFunc aB64Func[] = {
    {"base64_encode", 1, RS_PURE, b64EncodeFunc}, /* (data) */
    {"base64_encode", 2, RS_PURE, b64EncodeFunc}, /* (data, line_length) */
    {"base64_decode", 1, RS_PURE, b64DecodeFunc}, /* (text) */
    {"base64_valid", 1, RS_PURE, b64ValidFunc},   /* (text) */
};

int b64_sql_register(sqlite3 *db) {
  return rs_register_functions(db, aB64Func, (int)(sizeof(aB64Func) / sizeof(aB64Func[0])), 0);
}
