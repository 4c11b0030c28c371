/*
** json_sql.c: renshe's innocuous JSON functions, SQL faces of rsjson.c (jansson), for the CHECK
** constraints, triggers and views of a database that may be opened with PRAGMA trusted_schema=OFF.
** SQLite 3.40 (Debian 12) does not mark its own JSON functions innocuous, so there json_valid()
** in a CHECK or json_object() in a view makes the schema unusable under trusted_schema=OFF
** ("unsafe use of json_valid()"); these stand in for them and behave the same on ordinary JSON.
**
** Usage:
**   .load dist/renshe
**   SELECT renshe_json_valid('{"a":1}'), renshe_json_valid('{a:1}');       -- 1|0
**   SELECT renshe_json_object('id', '370102199003071238', 'n', 2, 'x', NULL);
**                                                   -- {"id":"370102199003071238","n":2,"x":null}
**   SELECT renshe_json_patch('{"date":"2020-10-15","type":"employed"}', '{"code":"11"}');
**                                     -- {"date":"2020-10-15","type":"employed","code":"11"}
**
** renshe_json_valid(x)        -> 1 if x is one JSON value, 0 if not (a BLOB is 0); NULL for NULL.
** renshe_json(x)              -> x as compact JSON, marked as JSON for the functions below (and
**     SQLite's own); NULL for NULL; malformed JSON or a BLOB raises an error naming where.
** renshe_json_object(key, value, ...) -> a JSON object, keys in the order given (a repeated key
**     keeps its first place and its last value). A key must be text; a value is NULL (null), an
**     integer, a finite real, text (a string), or text marked as JSON by renshe_json(),
**     renshe_json_object(), renshe_json_patch() or SQLite's JSON functions (embedded as JSON).
**     A BLOB, an infinite real, text that is not UTF-8 or an odd number of arguments is an error.
** renshe_json_patch(target, patch) -> RFC 7396 merge patch, as SQLite's json_patch(); NULL if
**     either is NULL; malformed JSON is an error naming the argument.
** All are deterministic and innocuous. What jansson reads (rsjson.h): RFC 8259, any value at the
** top, no "\u0000", integers within 64 bits.
*/
#include <math.h>
#include <string.h>

#include "rs_sql.h"
#include "rsjson.h"
SQLITE_EXTENSION_INIT3

/* SQLite's own JSON subtype ('J'), so that results pass between these and the built-ins. */
#define RS_JSON_SUBTYPE 74

#ifdef SQLITE_RESULT_SUBTYPE
#define RS_JSON_OUT SQLITE_RESULT_SUBTYPE
#else
#define RS_JSON_OUT 0
#endif

/* Set p (consumed) as the JSON text result, marked as JSON. */
static void jsonResult(sqlite3_context *ctx, json_t *p) {
  size_t n = rsjson_dump(p, 0, 0);
  char *z = n ? sqlite3_malloc64(n + 1) : 0;
  if (!z || rsjson_dump(p, z, n) != n) {
    sqlite3_free(z);
    json_decref(p);
    sqlite3_result_error_nomem(ctx);
    return;
  }
  json_decref(p);
  z[n] = 0;
  sqlite3_result_text64(ctx, z, n, sqlite3_free, SQLITE_UTF8);
  sqlite3_result_subtype(ctx, RS_JSON_SUBTYPE);
}

/* Parse argument v of zFunc as JSON: 1 and *pp, or 0 after setting the error (NULL is misuse
** here: callers handle it first). zArg names the argument in the message. */
static int jsonArg(sqlite3_context *ctx, sqlite3_value *v, const char *zFunc, const char *zArg,
                   json_t **pp) {
  if (sqlite3_value_type(v) == SQLITE_BLOB) {
    rs_result_errorf(ctx, "%s(): %s: expected JSON text, got a BLOB", zFunc, zArg);
    return 0;
  }
  const char *z = (const char *)sqlite3_value_text(v);
  if (!z) {
    sqlite3_result_error_nomem(ctx);
    return 0;
  }
  char zErr[160];
  int rc = rsjson_parse(z, (size_t)sqlite3_value_bytes(v), pp, zErr, sizeof zErr);
  if (rc == RSJSON_E_NOMEM) {
    sqlite3_result_error_nomem(ctx);
    return 0;
  }
  if (rc != RSJSON_OK) {
    rs_result_errorf(ctx, "%s(): %s: malformed JSON at %s", zFunc, zArg, zErr);
    return 0;
  }
  return 1;
}

/* renshe_json_valid(x) */
static void jsonValidFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  int t = sqlite3_value_type(argv[0]);
  if (t == SQLITE_NULL) return;
  if (t == SQLITE_BLOB) {
    sqlite3_result_int(ctx, 0);
    return;
  }
  const char *z = (const char *)sqlite3_value_text(argv[0]);
  if (!z) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  json_t *p;
  int rc = rsjson_parse(z, (size_t)sqlite3_value_bytes(argv[0]), &p, 0, 0);
  if (rc == RSJSON_E_NOMEM) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  json_decref(p);
  sqlite3_result_int(ctx, rc == RSJSON_OK);
}

/* renshe_json(x) */
static void jsonFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  json_t *p;
  if (jsonArg(ctx, argv[0], "renshe_json", "x", &p)) jsonResult(ctx, p);
}

/* The JSON value of argument i of renshe_json_object, or NULL after setting the error. */
static json_t *jsonObjectValue(sqlite3_context *ctx, sqlite3_value *v, int i) {
  json_t *p = 0;
  switch (sqlite3_value_type(v)) {
    case SQLITE_NULL:
      p = json_null();
      break;
    case SQLITE_INTEGER:
      p = json_integer((json_int_t)sqlite3_value_int64(v));
      break;
    case SQLITE_FLOAT: {
      double r = sqlite3_value_double(v);
      if (!isfinite(r)) {
        rs_result_errorf(ctx, "renshe_json_object(): argument %d: %s is not a JSON number", i + 1,
                         r > 0 ? "Inf" : r < 0 ? "-Inf" : "NaN");
        return 0;
      }
      p = json_real(r);
      break;
    }
    case SQLITE_BLOB:
      rs_result_errorf(ctx, "renshe_json_object(): argument %d: a BLOB has no JSON form", i + 1);
      return 0;
    default: {
      char zArg[32];
      if (sqlite3_value_subtype(v) == RS_JSON_SUBTYPE) {
        sqlite3_snprintf(sizeof zArg, zArg, "argument %d", i + 1);
        return jsonArg(ctx, v, "renshe_json_object", zArg, &p) ? p : 0;
      }
      const char *z = (const char *)sqlite3_value_text(v);
      if (!z) break;
      size_t n = (size_t)sqlite3_value_bytes(v);
      if (!rsjson_utf8_valid(z, n)) {
        rs_result_errorf(ctx, "renshe_json_object(): argument %d: text that is not UTF-8", i + 1);
        return 0;
      }
      p = json_stringn_nocheck(z, n);
    }
  }
  if (!p) sqlite3_result_error_nomem(ctx);
  return p;
}

/* renshe_json_object(key, value, ...) */
static void jsonObjectFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  if (argc % 2) {
    rs_result_errorf(ctx, "renshe_json_object(): expected key, value pairs, got an odd number of arguments (%d)", argc);
    return;
  }
  json_t *pObj = json_object();
  if (!pObj) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  for (int i = 0; i < argc; i += 2) {
    if (sqlite3_value_type(argv[i]) != SQLITE_TEXT) {
      static const char *azType[] = {"", "an integer", "a real", "text", "a BLOB", "NULL"};
      rs_result_errorf(ctx, "renshe_json_object(): argument %d: a key must be text, got %s", i + 1,
                       azType[sqlite3_value_type(argv[i])]);
      json_decref(pObj);
      return;
    }
    const char *zKey = (const char *)sqlite3_value_text(argv[i]);
    size_t nKey = (size_t)sqlite3_value_bytes(argv[i]);
    if (!zKey) {
      sqlite3_result_error_nomem(ctx);
      json_decref(pObj);
      return;
    }
    if (!rsjson_utf8_valid(zKey, nKey)) {
      rs_result_errorf(ctx, "renshe_json_object(): argument %d: a key that is not UTF-8", i + 1);
      json_decref(pObj);
      return;
    }
    json_t *pVal = jsonObjectValue(ctx, argv[i + 1], i + 1);
    if (!pVal) {
      json_decref(pObj);
      return;
    }
    if (json_object_setn_new_nocheck(pObj, zKey, nKey, pVal) != 0) { /* releases pVal */
      sqlite3_result_error_nomem(ctx);
      json_decref(pObj);
      return;
    }
  }
  jsonResult(ctx, pObj);
}

/* renshe_json_patch(target, patch) */
static void jsonPatchFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) return;
  json_t *pTarget, *pPatch;
  if (!jsonArg(ctx, argv[0], "renshe_json_patch", "target", &pTarget)) return;
  if (!jsonArg(ctx, argv[1], "renshe_json_patch", "patch", &pPatch)) {
    json_decref(pTarget);
    return;
  }
  json_t *pOut = rsjson_merge_patch(pTarget, pPatch);
  json_decref(pTarget);
  json_decref(pPatch);
  if (!pOut) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  jsonResult(ctx, pOut);
}

static const RsFunc aJsonFunc[] = {
    {"renshe_json_valid", 1, RS_PURE, jsonValidFunc},                          /* (x) */
    {"renshe_json", 1, RS_PURE | RS_JSON_OUT, jsonFunc},                       /* (x) */
    {"renshe_json_object", -1, RS_PURE | SQLITE_SUBTYPE | RS_JSON_OUT, jsonObjectFunc}, /* (k, v, ...) */
    {"renshe_json_patch", 2, RS_PURE | RS_JSON_OUT, jsonPatchFunc},            /* (target, patch) */
};

int json_sql_register(sqlite3 *db) {
  return rs_register_functions(db, aJsonFunc, (int)(sizeof(aJsonFunc) / sizeof(aJsonFunc[0])), 0);
}
