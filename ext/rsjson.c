/*
** rsjson.c: parse, merge-patch (RFC 7396) and write JSON over jansson, for the SQL functions of
** ext/json_sql.c. No SQLite here; see rsjson.h for what each function promises.
*/
#include "rsjson.h"

#include <stdio.h>
#include <string.h>

int rsjson_parse(const char *z, size_t n, json_t **pp, char *zErr, size_t nErr) {
  json_error_t err;
  *pp = json_loadb(z, n, JSON_DECODE_ANY, &err);
  if (*pp) return RSJSON_OK;
  if (json_error_code(&err) == json_error_out_of_memory) return RSJSON_E_NOMEM;
  if (nErr > 0) snprintf(zErr, nErr, "line %d, column %d: %s", err.line, err.column, err.text);
  return RSJSON_E_MALFORMED;
}

json_t *rsjson_merge_patch(json_t *pTarget, json_t *pPatch) {
  if (!json_is_object(pPatch)) return json_deep_copy(pPatch);
  json_t *pOut = json_is_object(pTarget) ? json_deep_copy(pTarget) : json_object();
  if (!pOut) return 0;
  const char *zKey;
  json_t *pVal;
  json_object_foreach(pPatch, zKey, pVal) {
    if (json_is_null(pVal)) {
      json_object_del(pOut, zKey); /* absent already is fine */
      continue;
    }
    json_t *pNew = rsjson_merge_patch(json_object_get(pOut, zKey), pVal);
    if (!pNew || json_object_set_new(pOut, zKey, pNew) != 0) {
      json_decref(pOut);
      return 0; /* json_object_set_new released pNew on failure */
    }
  }
  return pOut;
}

size_t rsjson_dump(const json_t *p, char *z, size_t nz) {
  return json_dumpb(p, z, nz, JSON_COMPACT | JSON_ENCODE_ANY | JSON_REAL_PRECISION(17));
}

int rsjson_utf8_valid(const char *z, size_t n) {
  const unsigned char *a = (const unsigned char *)z;
  size_t i = 0;
  while (i < n) {
    unsigned c = a[i];
    size_t nc;
    unsigned cp, lo;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      nc = 1, cp = c & 0x1F, lo = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      nc = 2, cp = c & 0x0F, lo = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      nc = 3, cp = c & 0x07, lo = 0x10000;
    } else {
      return 0;
    }
    if (n - i - 1 < nc) return 0;
    for (size_t k = 1; k <= nc; k++) {
      if ((a[i + k] & 0xC0) != 0x80) return 0;
      cp = (cp << 6) | (a[i + k] & 0x3F);
    }
    if (cp < lo || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    i += nc + 1;
  }
  return 1;
}
