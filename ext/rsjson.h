/*
** rsjson.h: the JSON that renshe's schema objects need, over jansson, with no SQLite here:
** parse one JSON value, apply an RFC 7396 merge patch, write compact JSON. ext/json_sql.c is the
** SQL face (renshe_json_valid, renshe_json, renshe_json_object, renshe_json_patch).
**
** Why: SQLite 3.40 (Debian 12) does not mark its built-in JSON functions innocuous, so a CHECK,
** trigger or view that calls json_valid() or json_object() fails in a database opened with
** PRAGMA trusted_schema=OFF. renshe's JSON functions are innocuous and can stand in for them.
**
** Usage:
**   json_t *p; char zErr[160];
**   if (rsjson_parse("{\"a\":1}", 7, &p, zErr, sizeof zErr) == RSJSON_OK) { ...; json_decref(p); }
**   json_t *pOut = rsjson_merge_patch(pTarget, pPatch);   -- a new reference, NULL when out of memory
**   size_t n = rsjson_dump(pOut, zBuf, nBuf);              -- compact, keys in insertion order, no NUL
**
** What jansson reads: RFC 8259 JSON, one value of any type at the top (not only objects and
** arrays), duplicate keys allowed (the last wins, as in SQLite), no "\u0000" escape; integers must
** fit 64 bits (99999999999999999999 is malformed here, a number to SQLite's json_valid).
*/
#ifndef RSJSON_H
#define RSJSON_H

#include <stddef.h>

#include <jansson.h>

#define RSJSON_OK 0
#define RSJSON_E_MALFORMED 1 /* zErr says where and what */
#define RSJSON_E_NOMEM 2

/* Parse z[0..n) as one JSON value. On RSJSON_OK *pp is a new reference; otherwise *pp is NULL and,
** for RSJSON_E_MALFORMED, zErr[0..nErr) holds "line L, column C: what" (nErr may be 0). */
int rsjson_parse(const char *z, size_t n, json_t **pp, char *zErr, size_t nErr);

/* RFC 7396 MergePatch(target, patch): a patch that is not an object replaces the target; an
** object patch sets each of its members in (a copy of) the target, recursively, and a member
** whose value is null removes that key. target may be NULL (treated as not an object). Returns a
** new reference, or NULL when out of memory. Neither argument is changed. */
json_t *rsjson_merge_patch(json_t *pTarget, json_t *pPatch);

/* Write p as compact JSON (no spaces, keys in insertion order, reals with up to 17 significant
** digits) into z[0..nz), without a NUL. Returns the length the JSON needs: when it is more than
** nz, z holds nothing usable (call with nz 0 to size the buffer); 0 when out of memory (no JSON
** text is empty). */
size_t rsjson_dump(const json_t *p, char *z, size_t nz);

/* 1 if z[0..n) is well-formed UTF-8 (RFC 3629: no overlong forms, surrogates or code points
** past U+10FFFF), else 0. A JSON string or key must be; SQLite does not check its TEXT. */
int rsjson_utf8_valid(const char *z, size_t n);

#endif /* RSJSON_H */
