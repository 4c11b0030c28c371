/*
** record_sql.c: SQL functions over the national platform's unemployment-registration records: the
** code tables, the field specs, the record validator and the upload export. The specs and checks
** are in record.c; this file reads JSON (jansson), arguments and results.
**
** Usage:
**   .load dist/renshe
**   SELECT code, name FROM renshe_codes WHERE field = 'AJC093';
**   SELECT renshe_code_name('AJC00A', '32');                 -- 连续6个月无法取得联系
**   SELECT rule, message FROM record_problems('exit', json_object('姓名', '张 三'), '2026-11-24');
**   SELECT record_export('exit', json_object('AAB301', '370102', ...)) FROM exits;  -- JSON lines
**
** renshe_codes                    eponymous table, one row per code the texts print: field,
**     field_name, code, name, code_table, source. Fields sharing a table (ACA202 and AAC015) each
**     get its rows. Tables the texts do not print have no rows (see code_status below).
** renshe_record_fields            eponymous table, one row per field per kind: kind, kind_name,
**     seq, field, field_name, english, type, length, required, code_table, code_status (printed,
**     partial, not_printed, external), checks, rules (校验规则 as printed), source, reading.
** renshe_code_name(field, code)   -> the code's name, or NULL for a code not in the printed table
**     (or a table not printed). A number is read as a code padded to the table's width (AAC058:
**     1 -> '01'). NULL in, NULL out. A field that is no coded field of the records: error.   pure
** record_check(kind, record [, as_of])   -> 1 if the record has no problem of severity 'error',
**     else 0. NULL if kind, record or as_of is NULL. as_of left out means today (China Standard
**     Time).   pure with as_of
** SELECT * FROM record_problems(kind, record [, as_of])  -> one row per problem: field,
**     field_name, rule, severity ('error' or 'warning'), message, ref. No rows for a good record or
**     a NULL kind or record; an explicit NULL as_of checks no date against "today".
** record_export(kind, record [, as_of])  -> the record as one JSON line for upload: keys are field
**     codes in spec order, values are text, normalised (dates YYYYMMDD, audit AJC090 YYYYMM, codes
**     given by name or as numbers written as codes); absent and empty fields are left out. NULL if
**     the record has any error (record_problems says which), or for NULL arguments.
**     pure with as_of
**
** kind: 'application' (失业登记申请信息), 'audit' (失业登记申请审核结果信息) or 'exit' (失业登记退出信息),
** or the Chinese name. record: a JSON object (text) keyed by field code (AAC002, any case), Chinese
** name (社会保障号码) or English name (social_security_no, see renshe_record_fields); values text or
** numbers, null for absent. A key that is no field of the kind is a problem ('unknown_field').
** Misuse raises an error naming the function and argument: an unknown kind, a record that is not
** a JSON object (malformed, or with a key twice), a malformed as_of, a BLOB.
**
** Rules (record_problems.rule): unknown_field, duplicate_field, type, required, length, code, date,
** future_date, name_space, mobile, landline, idcard, idcard_sex, disability_grade, other_reason
** (a warning: the text says 可填写), reject_reason, intentions. Messages never repeat an ID or phone
** number. Specs: 鲁人社字〔2020〕39号 附件5 四(一)-(三); 人社厅发〔2020〕79号 附件 二(一)-(二).
*/
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "rs_sql.h"
SQLITE_EXTENSION_INIT3

/* {====================================================================
** Reading a record: JSON object -> value slots, with the key problems.
*/

typedef struct RecordRun {
  const RecordKind *k;
  json_t *pRoot; /* owns the strings aVal points into */
  RecordValue aVal[RECORD_MAX_FIELD];
  char aNorm[RECORD_MAX_FIELD][32];    /* normalised values */
  const char *azKey[RECORD_MAX_FIELD]; /* the key that gave each slot */
} RecordRun;

/* Read kind: 1 and *pk set; 0 for NULL; -1 with *pzErr set (sqlite3_mprintf). */
static int readKind(sqlite3_value *v, const RecordKind **pk, char **pzErr) {
  if (sqlite3_value_type(v) == SQLITE_NULL) return 0;
  if (sqlite3_value_type(v) != SQLITE_BLOB) {
    const char *z = (const char *)sqlite3_value_text(v);
    if (!z) return -2; /* out of memory */
    if ((*pk = record_kind(z)) != 0) return 1;
    *pzErr = sqlite3_mprintf("kind: expected 'application', 'audit' or 'exit', got '%.40s'", z);
  } else {
    *pzErr = sqlite3_mprintf("kind: expected 'application', 'audit' or 'exit', got a BLOB");
  }
  return -1;
}

/*
** Parse the record argument into p and report key problems (unknown_field, duplicate_field, type)
** through xProblem. Returns SQLITE_OK; SQLITE_ERROR with *pzErr (misuse: not a JSON object);
** SQLITE_NOMEM. p->pRoot is set on success and must be released with json_decref.
*/
static int recordLoad(RecordRun *p, sqlite3_value *pRec, RecordProblemFn xProblem, void *pArg,
                      char **pzErr) {
  json_error_t err;
  const char *zKey;
  json_t *pVal;
  RecordProblem prob;
  memset(p->aVal, 0, sizeof(p->aVal));
  memset(p->azKey, 0, sizeof(p->azKey));
  p->pRoot = 0;
  if (sqlite3_value_type(pRec) == SQLITE_BLOB) {
    *pzErr = sqlite3_mprintf("record: expected a JSON object as text, got a BLOB");
    return SQLITE_ERROR;
  }
  const char *zJson = (const char *)sqlite3_value_text(pRec);
  if (!zJson) return SQLITE_NOMEM;
  p->pRoot = json_loadb(zJson, (size_t)sqlite3_value_bytes(pRec), JSON_REJECT_DUPLICATES, &err);
  if (!p->pRoot) {
    *pzErr = sqlite3_mprintf("record: malformed JSON at line %d, column %d: %s", err.line,
                             err.column, err.text);
    return SQLITE_ERROR;
  }
  if (!json_is_object(p->pRoot)) {
    *pzErr = sqlite3_mprintf("record: expected a JSON object, got %s",
                             json_is_array(p->pRoot) ? "an array" : "a scalar");
    json_decref(p->pRoot);
    p->pRoot = 0;
    return SQLITE_ERROR;
  }
  const RecordKind *k = p->k;
  json_object_foreach(p->pRoot, zKey, pVal) {
    int nKey = (int)strlen(zKey);
    int i = record_field_index(k, zKey, nKey);
    if (i < 0) {
      record_problem(&prob, k, 0, "unknown_field", RECORD_ERROR,
                     "'%.*s' is not a field of %s (%s) / 未知字段",
                     record_utf8_prefix(zKey, nKey, 40), zKey, k->zName, k->zKind);
      if (xProblem(pArg, &prob)) break;
      continue;
    }
    const RecordField *f = &k->aField[i];
    if (p->azKey[i]) {
      record_problem(&prob, k, f, "duplicate_field", RECORD_ERROR,
                     "given twice, as '%.*s' and '%.*s' / 字段重复",
                     record_utf8_prefix(p->azKey[i], (int)strlen(p->azKey[i]), 40), p->azKey[i],
                     record_utf8_prefix(zKey, nKey, 40), zKey);
      if (xProblem(pArg, &prob)) break;
      continue;
    }
    p->azKey[i] = zKey;
    RecordValue *v = &p->aVal[i];
    const char *zBad = 0;
    switch (json_typeof(pVal)) {
      case JSON_STRING: {
        v->z = json_string_value(pVal);
        v->n = (int)json_string_length(pVal);
        int n = record_normalize(f, v->z, v->n, p->aNorm[i], (int)sizeof(p->aNorm[i]));
        if (n >= 0) {
          v->z = p->aNorm[i];
          v->n = n;
        }
        break;
      }
      case JSON_INTEGER:
        v->n = record_normalize_int(f, (long long)json_integer_value(pVal), p->aNorm[i],
                                    (int)sizeof(p->aNorm[i]));
        v->z = p->aNorm[i];
        break;
      case JSON_REAL: {
        double r = json_real_value(pVal);
        if (r > -1e15 && r < 1e15 &&
            r == (double)(long long)r) { /* 1.0 from a REAL column: a whole number */
          v->n = record_normalize_int(f, (long long)r, p->aNorm[i], (int)sizeof(p->aNorm[i]));
          v->z = p->aNorm[i];
        } else {
          zBad = "a number with a fraction";
        }
        break;
      }
      case JSON_NULL: break; /* absent */
      case JSON_TRUE:
      case JSON_FALSE: zBad = "true or false"; break;
      case JSON_ARRAY: zBad = "an array"; break;
      default: zBad = "an object"; break;
    }
    if (zBad) {
      v->bBad = 1;
      record_problem(&prob, k, f, "type", RECORD_ERROR, "%s, expected text / 应为文本", zBad);
      if (xProblem(pArg, &prob)) break;
    }
  }
  return SQLITE_OK;
}

/* Arguments shared by record_check, record_export and record_problems. */
typedef struct RecordArgs {
  const RecordKind *k;
  sqlite3_value *pRecord;
  RsDate asOf;
  const RsDate *pAsOf; /* 0: no date bound */
} RecordArgs;

/* Counts errors (and stores problems, for the table). */
typedef struct ProblemList {
  RecordProblem *a;
  int n, nAlloc;
  int nError;
  int oom;
  int bStore;
} ProblemList;

static int collectProblem(void *pArg, const RecordProblem *p) {
  ProblemList *pList = (ProblemList *)pArg;
  if (p->eSeverity == RECORD_ERROR) pList->nError++;
  if (!pList->bStore) return 0;
  if (pList->n >= pList->nAlloc) {
    int nNew = pList->nAlloc ? pList->nAlloc * 2 : 8;
    RecordProblem *a = sqlite3_realloc64(pList->a, (sqlite3_uint64)nNew * sizeof(*a));
    if (!a) {
      pList->oom = 1;
      return 1;
    }
    pList->a = a;
    pList->nAlloc = nNew;
  }
  pList->a[pList->n++] = *p;
  return 0;
}

/* Load and validate. Returns SQLITE_OK, SQLITE_NOMEM, or SQLITE_ERROR with *pzErr. The caller
** releases pRun->pRoot (json_decref) and pList->a (sqlite3_free) whatever the result. */
static int recordRun(const RecordArgs *pArgs, RecordRun *pRun, ProblemList *pList, char **pzErr) {
  pRun->k = pArgs->k;
  int rc = recordLoad(pRun, pArgs->pRecord, collectProblem, pList, pzErr);
  if (rc == SQLITE_OK && !pList->oom)
    record_validate(pArgs->k, pRun->aVal, pArgs->pAsOf, collectProblem, pList);
  if (rc == SQLITE_OK && pList->oom) rc = SQLITE_NOMEM;
  return rc;
}

/* Read (kind, record [, as_of]) of a scalar. Returns 1 to go on, 0 after setting the result (NULL
** or an error). */
static int scalarArgs(sqlite3_context *ctx, int argc, sqlite3_value **argv, const char *zFunc,
                      RecordArgs *pArgs) {
  char *zErr = 0;
  int r = readKind(argv[0], &pArgs->k, &zErr);
  if (r == -2) {
    sqlite3_result_error_nomem(ctx);
    return 0;
  }
  if (r < 0) {
    rs_result_errorf(ctx, "%s(): %s", zFunc, zErr ? zErr : "out of memory");
    sqlite3_free(zErr);
    return 0;
  }
  if (argc >= 3) {
    int d = rs_arg_date(ctx, argv[2], zFunc, "as_of", &pArgs->asOf);
    if (d < 0) return 0;
    if (d == 0) return 0; /* NULL as_of: NULL */
  } else {
    pArgs->asOf = rs_today();
  }
  if (r == 0 || sqlite3_value_type(argv[1]) == SQLITE_NULL) return 0;
  pArgs->pRecord = argv[1];
  pArgs->pAsOf = &pArgs->asOf;
  return 1;
}

/* Set the error of a failed recordRun. */
static void runError(sqlite3_context *ctx, int rc, const char *zFunc, char *zErr) {
  if (rc == SQLITE_NOMEM || !zErr) sqlite3_result_error_nomem(ctx);
  else rs_result_errorf(ctx, "%s(): %s", zFunc, zErr);
  sqlite3_free(zErr);
}

/* record_check(kind, record [, as_of]) */
static void recordCheckFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  RecordArgs args;
  RecordRun *pRun = 0;
  ProblemList list;
  char *zErr = 0;
  memset(&list, 0, sizeof(list));
  if (!scalarArgs(ctx, argc, argv, "record_check", &args)) return;
  pRun = sqlite3_malloc64(sizeof(*pRun));
  if (!pRun) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  int rc = recordRun(&args, pRun, &list, &zErr);
  if (rc == SQLITE_OK) sqlite3_result_int(ctx, list.nError == 0);
  else runError(ctx, rc, "record_check", zErr);
  if (pRun->pRoot) json_decref(pRun->pRoot);
  sqlite3_free(pRun);
}

/* record_export(kind, record [, as_of]) */
static void recordExportFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  RecordArgs args;
  RecordRun *pRun = 0;
  ProblemList list;
  char *zErr = 0;
  json_t *pOut = 0;
  char *zLine = 0;
  memset(&list, 0, sizeof(list));
  if (!scalarArgs(ctx, argc, argv, "record_export", &args)) return;
  pRun = sqlite3_malloc64(sizeof(*pRun));
  if (!pRun) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  int rc = recordRun(&args, pRun, &list, &zErr);
  if (rc != SQLITE_OK) {
    runError(ctx, rc, "record_export", zErr);
    goto export_end;
  }
  if (list.nError) goto export_end; /* NULL: record_problems says why */
  pOut = json_object();
  if (!pOut) goto export_oom;
  for (int i = 0; i < args.k->nField; i++) {
    const RecordValue *v = &pRun->aVal[i];
    if (!v->z || v->n <= 0) continue;
    json_t *pStr = json_stringn(v->z, (size_t)v->n);
    if (!pStr || json_object_set_new(pOut, args.k->aField[i].zCode, pStr)) goto export_oom;
  }
  zLine = json_dumps(pOut, JSON_COMPACT | JSON_PRESERVE_ORDER);
  if (!zLine) goto export_oom;
  sqlite3_result_text(ctx, zLine, -1, SQLITE_TRANSIENT);
  goto export_end;
export_oom:
  sqlite3_result_error_nomem(ctx);
export_end:
  free(zLine); /* json_dumps allocates with jansson's default malloc */
  if (pOut) json_decref(pOut);
  if (pRun->pRoot) json_decref(pRun->pRoot);
  sqlite3_free(pRun);
}

/* renshe_code_name(field, code) */
static void codeNameFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  int tf = sqlite3_value_type(argv[0]), tc = sqlite3_value_type(argv[1]);
  if (tf == SQLITE_NULL || tc == SQLITE_NULL) return;
  if (rs_arg_blob(ctx, argv[0], "renshe_code_name", "field")) return;
  const char *zField = (const char *)sqlite3_value_text(argv[0]);
  if (!zField) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  const RecordField *f = record_field_any(zField);
  if (!f || !f->zCodeTable[0]) {
    rs_result_errorf(ctx,
                     "renshe_code_name(): field: '%.40s' is not a coded field of the national "
                     "records (SELECT DISTINCT field FROM renshe_codes)",
                     zField);
    return;
  }
  char zNum[32];
  const char *zCode;
  int nCode;
  if (tc == SQLITE_INTEGER) {
    nCode = record_normalize_int(f, sqlite3_value_int64(argv[1]), zNum, (int)sizeof(zNum));
    zCode = zNum;
  } else if (tc == SQLITE_BLOB) {
    rs_result_errorf(ctx, "renshe_code_name(): code: expected text or a whole number, got a BLOB");
    return;
  } else {
    zCode = (const char *)sqlite3_value_text(argv[1]);
    if (!zCode) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
    nCode = sqlite3_value_bytes(argv[1]);
  }
  const RecordCode *c = record_code_find(f->zCodeTable, zCode, nCode);
  if (c) sqlite3_result_text(ctx, c->zName, -1, SQLITE_STATIC);
}
/* }==================================================================== */

/* {====================================================================
** renshe_codes and renshe_record_fields: read-only eponymous tables over the compiled specs.
** Both are small (under 200 rows), so xBestIndex offers a full scan and SQLite filters.
*/

static const char *codeStatusName(int e) {
  static const char *const az[] = {"", "printed", "partial", "not_printed", "external"};
  return e >= 0 && e <= RECORD_CS_EXTERNAL ? az[e] : "";
}

enum { CODES_FIELD, CODES_FIELD_NAME, CODES_CODE, CODES_NAME, CODES_CODE_TABLE, CODES_SOURCE };
static const char zCodesSchema[] =
    "CREATE TABLE x(field, field_name, code, name, code_table, source)";

enum {
  RF_KIND,
  RF_KIND_NAME,
  RF_SEQ,
  RF_FIELD,
  RF_FIELD_NAME,
  RF_ENGLISH,
  RF_TYPE,
  RF_LENGTH,
  RF_REQUIRED,
  RF_CODE_TABLE,
  RF_CODE_STATUS,
  RF_CHECKS,
  RF_RULES,
  RF_SOURCE,
  RF_READING
};
static const char zFieldsSchema[] =
    "CREATE TABLE x(kind, kind_name, seq, field, field_name, english, type, length, required, "
    "code_table, code_status, checks, rules, source, reading)";

/* pAux of both modules: which table. */
static const int iTabCodes = 0, iTabFields = 1;

typedef struct SpecTab {
  sqlite3_vtab base; /* Base class. Must be first */
  int iTab;          /* iTabCodes or iTabFields */
} SpecTab;

typedef struct SpecCursor {
  sqlite3_vtab_cursor base; /* Base class. Must be first */
  int nRow, iRow;
  int *aField; /* row -> index in aRecordField */
  int *aCode;  /* row -> index in aRecordCode (renshe_codes only) */
} SpecCursor;

static int specConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                       sqlite3_vtab **ppVtab, char **pzErr) {
  int iTab = *(const int *)pAux;
  const char *zSchema = iTab == iTabCodes ? zCodesSchema : zFieldsSchema;
  int rc = rs_vtab_connect(db, zSchema, sizeof(SpecTab), ppVtab);
  if (rc == SQLITE_OK) ((SpecTab *)*ppVtab)->iTab = iTab;
  return rc;
}


/* Whether aRecordField[i] is the first row of its field code. */
static int firstOfField(int i) {
  for (int j = 0; j < i; j++) {
    if (!strcmp(aRecordField[j].zCode, aRecordField[i].zCode)) return 0;
  }
  return 1;
}

/* Fill the cursor's rows; with a == 0 only count them. */
static int specRows(int iTab, int *aField, int *aCode) {
  int n = 0;
  if (iTab == iTabFields) {
    for (int i = 0; i < nRecordField; i++, n++) {
      if (aField) aField[n] = i;
    }
    return n;
  }
  for (int i = 0; i < nRecordField; i++) {
    const RecordField *f = &aRecordField[i];
    if (!f->zCodeTable[0] || !firstOfField(i)) continue;
    for (int j = 0; j < nRecordCode; j++) {
      if (strcmp(aRecordCode[j].zTable, f->zCodeTable)) continue;
      if (aField) {
        aField[n] = i;
        aCode[n] = j;
      }
      n++;
    }
  }
  return n;
}

static int specOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor) {
  int iTab = ((SpecTab *)pVtab)->iTab;
  int nRow = specRows(iTab, 0, 0);
  SpecCursor *pCur = sqlite3_malloc64(sizeof(*pCur) + 2 * sizeof(int) * (sqlite3_uint64)(nRow + 1));
  if (!pCur) return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  pCur->aField = (int *)&pCur[1];
  pCur->aCode = pCur->aField + nRow + 1;
  pCur->nRow = specRows(iTab, pCur->aField, pCur->aCode);
  *ppCursor = &pCur->base;
  return SQLITE_OK;
}


static int specBestIndex(sqlite3_vtab *tab, sqlite3_index_info *pIdx) {
  (void)tab;
  pIdx->estimatedCost = 200.0;
  pIdx->estimatedRows = 200;
  return SQLITE_OK;
}

static int specFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc,
                      sqlite3_value **argv) {
  (void)idxNum, (void)idxStr, (void)argc, (void)argv;
  ((SpecCursor *)cur)->iRow = 0;
  return SQLITE_OK;
}

static int specNext(sqlite3_vtab_cursor *cur) {
  ((SpecCursor *)cur)->iRow++;
  return SQLITE_OK;
}

static int specEof(sqlite3_vtab_cursor *cur) {
  SpecCursor *pCur = (SpecCursor *)cur;
  return pCur->iRow >= pCur->nRow;
}

static int specRowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid) {
  *pRowid = ((SpecCursor *)cur)->iRow + 1;
  return SQLITE_OK;
}

static void resultStatic(sqlite3_context *ctx, const char *z) {
  if (z && z[0]) sqlite3_result_text(ctx, z, -1, SQLITE_STATIC);
}

static int specColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol) {
  SpecCursor *pCur = (SpecCursor *)cur;
  const RecordField *f = &aRecordField[pCur->aField[pCur->iRow]];
  if (((SpecTab *)cur->pVtab)->iTab == iTabCodes) {
    const RecordCode *c = &aRecordCode[pCur->aCode[pCur->iRow]];
    switch (iCol) {
      case CODES_FIELD: resultStatic(ctx, f->zCode); break;
      case CODES_FIELD_NAME: resultStatic(ctx, f->zName); break;
      case CODES_CODE: resultStatic(ctx, c->zCode); break;
      case CODES_NAME: resultStatic(ctx, c->zName); break;
      case CODES_CODE_TABLE: resultStatic(ctx, c->zTable); break;
      default: resultStatic(ctx, c->zSource); break;
    }
    return SQLITE_OK;
  }
  const RecordKind *k = record_kind(f->zKind);
  switch (iCol) {
    case RF_KIND: resultStatic(ctx, f->zKind); break;
    case RF_KIND_NAME: resultStatic(ctx, k ? k->zName : 0); break;
    case RF_SEQ: sqlite3_result_int(ctx, f->iSeq); break;
    case RF_FIELD: resultStatic(ctx, f->zCode); break;
    case RF_FIELD_NAME: resultStatic(ctx, f->zName); break;
    case RF_ENGLISH: resultStatic(ctx, f->zEnglish); break;
    case RF_TYPE: resultStatic(ctx, f->zType); break;
    case RF_LENGTH:
      if (f->nLen) sqlite3_result_int(ctx, f->nLen);
      break;
    case RF_REQUIRED: sqlite3_result_int(ctx, f->bRequired); break;
    case RF_CODE_TABLE: resultStatic(ctx, f->zCodeTable); break;
    case RF_CODE_STATUS: resultStatic(ctx, codeStatusName(f->eCodeStatus)); break;
    case RF_CHECKS: resultStatic(ctx, f->zChecks); break;
    case RF_RULES: resultStatic(ctx, f->zRules); break;
    case RF_SOURCE: resultStatic(ctx, f->zSource); break;
    default: resultStatic(ctx, f->zReading); break;
  }
  return SQLITE_OK;
}

static sqlite3_module specModule = {0,              /* iVersion */
                                    0,              /* xCreate: 0 makes the table eponymous-only */
                                    specConnect,    /* xConnect */
                                    specBestIndex,  /* xBestIndex */
                                    rs_vtab_disconnect, /* xDisconnect */
                                    0,              /* xDestroy */
                                    specOpen,       /* xOpen */
                                    rs_vtab_close,      /* xClose */
                                    specFilter,     /* xFilter */
                                    specNext,       /* xNext */
                                    specEof,        /* xEof */
                                    specColumn,     /* xColumn */
                                    specRowid,      /* xRowid */
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0};
/* }==================================================================== */

/* {====================================================================
** The table-valued validator: SELECT * FROM record_problems(kind, record [, as_of])
*/

enum {
  RP_FIELD,
  RP_FIELD_NAME,
  RP_RULE,
  RP_SEVERITY,
  RP_MESSAGE,
  RP_REF,
  RP_ARG_KIND,
  RP_ARG_RECORD,
  RP_ARG_AS_OF /* hidden arguments, in call order */
};
static const char zProblemsSchema[] =
    "CREATE TABLE x(field, field_name, rule, severity, message, ref, "
    "kind HIDDEN, record HIDDEN, as_of HIDDEN)";

typedef struct ProbCursor {
  sqlite3_vtab_cursor base; /* Base class. Must be first */
  ProblemList list;
  int iRow;
} ProbCursor;

static int probConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                       sqlite3_vtab **ppVtab, char **pzErr) {
  return rs_vtab_connect(db, zProblemsSchema, sizeof(sqlite3_vtab), ppVtab);
}

static int probOpen(sqlite3_vtab *p, sqlite3_vtab_cursor **ppCursor) {
  return rs_vtab_open(sizeof(ProbCursor), ppCursor);
}

static int probClose(sqlite3_vtab_cursor *cur) {
  sqlite3_free(((ProbCursor *)cur)->list.a);
  sqlite3_free(cur);
  return SQLITE_OK;
}

/* Arguments kind, record, as_of (hidden columns RP_ARG_*); kind and record are required. */
static int probBestIndex(sqlite3_vtab *tab, sqlite3_index_info *pIdx) {
  return rs_vtab_best_index_args(pIdx, RP_ARG_KIND, 3, 2, 10.0, 10);
}

static int probError(sqlite3_vtab *pTab, char *zErr) {
  sqlite3_free(pTab->zErrMsg);
  pTab->zErrMsg = zErr ? sqlite3_mprintf("record_problems: %s", zErr) : 0;
  sqlite3_free(zErr);
  return pTab->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
}

static int probFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc,
                      sqlite3_value **argv) {
  ProbCursor *pCur = (ProbCursor *)cur;
  sqlite3_vtab *pTab = cur->pVtab;
  (void)idxStr, (void)argc;
  int iArg = 0;
  sqlite3_value *pKind = (idxNum & 1) ? argv[iArg++] : 0;
  sqlite3_value *pRecord = (idxNum & 2) ? argv[iArg++] : 0;
  sqlite3_value *pAsOf = (idxNum & 4) ? argv[iArg++] : 0;
  RecordArgs args;
  char *zErr = 0;

  sqlite3_free(pCur->list.a);
  memset(&pCur->list, 0, sizeof(pCur->list));
  pCur->list.bStore = 1;
  pCur->iRow = 0;
  if (!pKind || !pRecord) {
    return probError(pTab,
                     sqlite3_mprintf("missing argument '%s': SELECT * FROM record_problems(kind, "
                                     "record [, as_of])",
                                     pKind ? "record" : "kind"));
  }
  memset(&args, 0, sizeof(args));
  int r = readKind(pKind, &args.k, &zErr);
  if (r == -2) return SQLITE_NOMEM;
  if (r < 0) return probError(pTab, zErr);
  if (pAsOf) {
    if (sqlite3_value_type(pAsOf) != SQLITE_NULL) {
      /* The type first: sqlite3_value_text would turn a BLOB into text. */
      if (sqlite3_value_type(pAsOf) == SQLITE_BLOB) {
        return probError(pTab, sqlite3_mprintf("as_of: expected a date YYYY-MM-DD or YYYYMMDD, "
                                               "got a BLOB"));
      }
      const char *z = (const char *)sqlite3_value_text(pAsOf);
      if (!z) return SQLITE_NOMEM;
      if (!rs_date_parse(z, sqlite3_value_bytes(pAsOf), &args.asOf)) {
        return probError(
            pTab, sqlite3_mprintf("as_of: expected a date YYYY-MM-DD or YYYYMMDD, got '%.40s'", z));
      }
      args.pAsOf = &args.asOf;
    }
  } else {
    args.asOf = rs_today();
    args.pAsOf = &args.asOf;
  }
  if (r == 0 || sqlite3_value_type(pRecord) == SQLITE_NULL) return SQLITE_OK; /* no rows */
  args.pRecord = pRecord;
  RecordRun *pRun = sqlite3_malloc64(sizeof(*pRun));
  if (!pRun) return SQLITE_NOMEM;
  int rc = recordRun(&args, pRun, &pCur->list, &zErr);
  if (pRun->pRoot) json_decref(pRun->pRoot);
  sqlite3_free(pRun);
  if (rc == SQLITE_ERROR) return probError(pTab, zErr);
  sqlite3_free(zErr);
  return rc;
}

static int probNext(sqlite3_vtab_cursor *cur) {
  ((ProbCursor *)cur)->iRow++;
  return SQLITE_OK;
}

static int probEof(sqlite3_vtab_cursor *cur) {
  ProbCursor *pCur = (ProbCursor *)cur;
  return pCur->iRow >= pCur->list.n;
}

static int probRowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid) {
  *pRowid = ((ProbCursor *)cur)->iRow + 1;
  return SQLITE_OK;
}

static int probColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol) {
  ProbCursor *pCur = (ProbCursor *)cur;
  const RecordProblem *p = &pCur->list.a[pCur->iRow];
  switch (iCol) {
    case RP_FIELD: resultStatic(ctx, p->zField); break;
    case RP_FIELD_NAME: resultStatic(ctx, p->zFieldName); break;
    case RP_RULE: resultStatic(ctx, p->zRule); break;
    case RP_SEVERITY: resultStatic(ctx, p->eSeverity == RECORD_ERROR ? "error" : "warning"); break;
    case RP_MESSAGE: sqlite3_result_text(ctx, p->zMessage, -1, SQLITE_TRANSIENT); break;
    case RP_REF: resultStatic(ctx, p->zRef); break;
    default: break; /* hidden argument columns read back as NULL */
  }
  return SQLITE_OK;
}

static sqlite3_module probModule = {0,              /* iVersion */
                                    0,              /* xCreate: 0 makes the table eponymous-only */
                                    probConnect,    /* xConnect */
                                    probBestIndex,  /* xBestIndex */
                                    rs_vtab_disconnect, /* xDisconnect */
                                    0,              /* xDestroy */
                                    probOpen,       /* xOpen */
                                    probClose,      /* xClose */
                                    probFilter,     /* xFilter */
                                    probNext,       /* xNext */
                                    probEof,        /* xEof */
                                    probColumn,     /* xColumn */
                                    probRowid,      /* xRowid */
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0};
/* }==================================================================== */

static const RsFunc aRecordFunc[] = {
    {"renshe_code_name", 2, RS_PURE, codeNameFunc},   /* (field, code) */
    {"record_check", 2, RS_CLOCK, recordCheckFunc},   /* (kind, record): as of today */
    {"record_check", 3, RS_PURE, recordCheckFunc},    /* (kind, record, as_of) */
    {"record_export", 2, RS_CLOCK, recordExportFunc}, /* (kind, record): as of today */
    {"record_export", 3, RS_PURE, recordExportFunc},  /* (kind, record, as_of) */
};

int record_sql_register(sqlite3 *db) {
  int rc = rs_register_functions(db, aRecordFunc,
                                 (int)(sizeof(aRecordFunc) / sizeof(aRecordFunc[0])), 0);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_module(db, "renshe_codes", &specModule, (void *)&iTabCodes);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_module(db, "renshe_record_fields", &specModule, (void *)&iTabFields);
  if (rc == SQLITE_OK) rc = sqlite3_create_module(db, "record_problems", &probModule, 0);
  return rc;
}
