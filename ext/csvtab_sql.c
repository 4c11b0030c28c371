/*
** csvtab_sql.c: the csv_file virtual table: read a CSV roster (UTF-8 with or without BOM, GB18030
** or GBK, quoted fields, embedded line breaks, ragged rows) without losing a line. Reading and
** judging records is csvread.c's job; this file maps records to rows. Modelled on SQLite's
** ext/misc/csv.c (a real CREATE VIRTUAL TABLE module, not eponymous, key=value parameters).
**
** Usage:
**   .load dist/renshe
**   CREATE VIRTUAL TABLE temp.roster USING csv_file(filename='roster.csv');
**   SELECT * FROM temp.roster;                          -- every accepted and rejected row
**   SELECT _line, _error, _raw FROM temp.roster WHERE _error IS NOT NULL;
**   INSERT INTO t SELECT * FROM temp.roster WHERE _error IS NULL;
**   -- nothing lost: the records read, the rows loaded, the rows rejected, the lines covered
**   SELECT count(*), sum(_error IS NULL), sum(_error IS NOT NULL), min(_line) - 1 + sum(_lines)
**     FROM temp.roster;
**
** Columns: one TEXT column per CSV column, named from the header (header=yes; an empty name
** becomes c<N>, a repeated one gets _2, _3, ...) or c1, c2, ... (header=no). Every value is text
** exactly as in the file (an empty field is '', never NULL), as `.import --csv` gives. Then four
** HIDDEN columns, which SELECT * leaves out:
**   _line   INTEGER  1-based number of the record's first physical line in the file (also rowid)
**   _lines  INTEGER  physical lines the record spans (more than 1 when a quoted field holds a
**                    line break); min(_line) - 1 + sum(_lines) is the file's line count
**   _error  TEXT     NULL for an accepted row; else why it is rejected (csvread.h lists the texts:
**                    "ragged: 3 fields, expected 5", "blank line", "quote character inside an
**                    unquoted field at line 7, character 12", "invalid GB18030 bytes ...", ...)
**   _raw    TEXT     the record as it stands in the file (decoded to UTF-8, without its final
**                    line break): what to fix and re-import
** A rejected row keeps what could be read: a short row's missing columns are NULL, a long row's
** extra fields are only in _raw, a row with a quoting error has all columns NULL (the line is in
** _raw, and reading resumes on the next line), undecodable bytes show as U+FFFD.
**
** Parameters (csv_file(key=value, ...); a value may be quoted with '...' or "..."):
**   filename=PATH     the file to read (path= also works). Read afresh by every scan.
**   data=TEXT         CSV text inline instead of a file (for tests and examples).
**   header=yes|no     first record holds the column names (default yes).
**   columns=N         number of columns: required with header=no for an empty file; with
**                     header=yes the header must have N fields.
**   encoding=auto|utf8|gb18030|NAME   default auto: in the first 256 KiB a UTF-8 or UTF-16 BOM
**                     decides, else UTF-8 unless bytes that are not UTF-8 outnumber the UTF-8
**                     characters, then GB18030. Bytes invalid in the encoding chosen reject their
**                     row; they are never replaced silently. gbk, gb2312 and cp936 read as GB18030
**                     (their superset); other names go to iconv (e.g. UTF-16LE, BIG5).
**   delimiter=C       one ASCII character, or \t or tab (default ,).
**   quote=C           one ASCII character (default ").
**   trim=no|yes       yes drops spaces and tabs around fields and quotes (default no: data is
**                     never trimmed silently; the header's names neither).
**   rejects=keep|fail keep (default): rejected rows are rows with _error set; fail: the first
**                     rejected row ends the scan with an error naming its line and reason.
**   maxrecord=N       longest record in bytes (default 8388608): a quoted field still open after
**                     N bytes rejects the line that opened it; a longer single line is an error.
**
** Errors: an unknown or malformed parameter, a missing file, an unknown encoding, an empty file or
** an unreadable header fail CREATE VIRTUAL TABLE with a message starting "csv_file: ". A read error
** or running out of memory in mid-scan fails the statement, naming the line. Bad data rows are
*never
** errors (unless rejects=fail): they are rows with _error set.
**
** Security: SQLITE_VTAB_DIRECTONLY. A view, trigger or CHECK in a database file cannot read files
** through csv_file: opening somebody's database must not read your files. Selecting from such a
** view fails with "unsafe use of virtual table".
*/
#include <stdlib.h>
#include <string.h>

#include "csvread.h"
#include "rs_sql.h"
SQLITE_EXTENSION_INIT3

/* Hidden columns, after the nCol data columns. */
#define CSVTAB_LINE 0
#define CSVTAB_LINES 1
#define CSVTAB_ERROR 2
#define CSVTAB_RAW 3
#define CSVTAB_N_HIDDEN 4
static const char *const azCsvtabHidden[CSVTAB_N_HIDDEN] = {"_line", "_lines", "_error", "_raw"};

typedef struct CsvTab {
  sqlite3_vtab base; /* Base class. Must be first */
  char *zName;       /* the table's name, for messages */
  char *zPath;       /* filename=, or 0 */
  char *zData;       /* data=, or 0 */
  sqlite3_int64 nData;
  char *zEncoding;
  char cDelim, cQuote;
  int bTrim, bHeader, bFail;
  sqlite3_int64 mxRecord;
  int nCol;
} CsvTab;

typedef struct CsvCursor {
  sqlite3_vtab_cursor base; /* Base class. Must be first */
  CsvReader *pReader;
  CsvRecord rec;
  int bEof;
} CsvCursor;

static void csvtabFree(CsvTab *p) {
  if (!p) return;
  sqlite3_free(p->zName);
  sqlite3_free(p->zPath);
  sqlite3_free(p->zData);
  sqlite3_free(p->zEncoding);
  sqlite3_free(p);
}

/* Strip one level of '...' or "..." quoting in place (a doubled quote inside stands for one). */
static void csvtabUnquote(char *z) {
  size_t n = strlen(z);
  char q = z[0];
  if (n < 2 || (q != '\'' && q != '"') || z[n - 1] != q) return;
  size_t j = 0;
  for (size_t i = 1; i < n - 1; i++) {
    if (z[i] == q && z[i + 1] == q) i++;
    z[j++] = z[i];
  }
  z[j] = 0;
}

/* Parse a yes/no value: 1, 0, or -1 if neither. */
static int csvtabBool(const char *z) {
  static const char *azYes[] = {"yes", "on", "true", "1"}, *azNo[] = {"no", "off", "false", "0"};
  for (int i = 0; i < 4; i++) {
    if (!sqlite3_stricmp(z, azYes[i])) return 1;
    if (!sqlite3_stricmp(z, azNo[i])) return 0;
  }
  return -1;
}

/* A one-character parameter (delimiter, quote): the character, or 0 if unusable. */
static char csvtabChar(const char *z) {
  if (!strcmp(z, "\\t") || !sqlite3_stricmp(z, "tab")) return '\t';
  if (strlen(z) != 1 || (unsigned char)z[0] >= 0x80 || z[0] == '\n' || z[0] == '\r') return 0;
  return z[0];
}

/* A positive integer parameter, or -1. */
static sqlite3_int64 csvtabInt(const char *z) {
  sqlite3_int64 v = 0;
  if (!*z) return -1;
  for (; *z; z++) {
    if (*z < '0' || *z > '9' || v > 1000000000000LL) return -1;
    v = v * 10 + (*z - '0');
  }
  return v > 0 ? v : -1;
}

/* Apply one key=value argument to p. Returns SQLITE_OK, or an error with *pzErr set. */
static int csvtabParam(CsvTab *p, const char *zArg, sqlite3_int64 *pnCol, char **pzErr) {
  const char *zEq = strchr(zArg, '=');
  if (!zEq) {
    *pzErr = sqlite3_mprintf("csv_file: expected key=value, got '%s'", zArg);
    return SQLITE_ERROR;
  }
  int nKey = (int)(zEq - zArg);
  while (nKey > 0 && (zArg[nKey - 1] == ' ' || zArg[nKey - 1] == '\t')) nKey--;
  const char *zV = zEq + 1;
  while (*zV == ' ' || *zV == '\t') zV++;
  char *zVal = sqlite3_mprintf("%s", zV);
  char *zMsg = 0;
  int rc = SQLITE_OK;
  if (!zVal) return SQLITE_NOMEM;
  size_t nVal = strlen(zVal);
  while (nVal > 0 && (zVal[nVal - 1] == ' ' || zVal[nVal - 1] == '\t')) zVal[--nVal] = 0;
  csvtabUnquote(zVal);
#define KEY(z) (nKey == (int)sizeof(z) - 1 && !sqlite3_strnicmp(zArg, z, nKey))
  if (KEY("filename") || KEY("path") || KEY("data")) {
    if (p->zPath || p->zData) {
      rc = SQLITE_ERROR;
      zMsg = sqlite3_mprintf("csv_file: more than one filename= or data=");
    } else if (KEY("data")) {
      p->nData = (sqlite3_int64)strlen(zVal);
      p->zData = zVal;
      zVal = 0;
    } else {
      p->zPath = zVal;
      zVal = 0;
    }
  } else if (KEY("header") || KEY("trim")) {
    int b = csvtabBool(zVal);
    if (b < 0) {
      rc = SQLITE_ERROR;
      zMsg = sqlite3_mprintf("csv_file: %.*s: expected yes or no, got '%s'", nKey, zArg, zVal);
    } else if (KEY("header")) {
      p->bHeader = b;
    } else {
      p->bTrim = b;
    }
  } else if (KEY("encoding")) {
    sqlite3_free(p->zEncoding);
    p->zEncoding = zVal;
    zVal = 0;
  } else if (KEY("delimiter") || KEY("quote")) {
    char c = csvtabChar(zVal);
    if (!c) {
      rc = SQLITE_ERROR;
      zMsg = sqlite3_mprintf("csv_file: %.*s: expected one ASCII character, got '%s'", nKey, zArg,
                             zVal);
    } else if (KEY("delimiter")) {
      p->cDelim = c;
    } else {
      p->cQuote = c;
    }
  } else if (KEY("columns") || KEY("maxrecord")) {
    sqlite3_int64 v = csvtabInt(zVal);
    if (v < 0) {
      rc = SQLITE_ERROR;
      zMsg = sqlite3_mprintf("csv_file: %.*s: expected a positive integer, got '%s'", nKey, zArg,
                             zVal);
    } else if (KEY("columns")) {
      *pnCol = v;
    } else {
      p->mxRecord = v;
    }
  } else if (KEY("rejects")) {
    if (!sqlite3_stricmp(zVal, "keep")) {
      p->bFail = 0;
    } else if (!sqlite3_stricmp(zVal, "fail")) {
      p->bFail = 1;
    } else {
      rc = SQLITE_ERROR;
      zMsg = sqlite3_mprintf("csv_file: rejects: expected keep or fail, got '%s'", zVal);
    }
  } else {
    rc = SQLITE_ERROR;
    zMsg = sqlite3_mprintf(
        "csv_file: unknown parameter '%.*s' (filename, data, header, columns, "
        "encoding, delimiter, quote, trim, rejects, maxrecord)",
        nKey, zArg);
  }
#undef KEY
  sqlite3_free(zVal);
  if (rc != SQLITE_OK && !zMsg) rc = SQLITE_NOMEM;
  *pzErr = zMsg;
  return rc;
}

/* Open a reader on p's source. Returns SQLITE_OK, or an error with *pzErr set. */
static int csvtabOpenReader(CsvTab *p, CsvReader **ppReader, char **pzErr) {
  CsvReadOpts o;
  char zErr[300];
  memset(&o, 0, sizeof(o));
  o.zPath = p->zPath;
  o.zData = p->zData;
  o.nData = (size_t)p->nData;
  o.zEncoding = p->zEncoding;
  o.cDelim = p->cDelim;
  o.cQuote = p->cQuote;
  o.bTrim = p->bTrim;
  o.mxRecord = (size_t)p->mxRecord;
  int rc = csvread_open(&o, ppReader, zErr, sizeof zErr);
  if (rc == CSVREAD_OK) return SQLITE_OK;
  *pzErr = sqlite3_mprintf("csv_file: %s", zErr);
  return rc == CSVREAD_ENOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
}

/* Map a csvread error to an SQLite code, with the message in *pzErr. */
static int csvtabReadError(const CsvTab *p, CsvReader *pReader, int rc, char **pzErr) {
  sqlite3_free(*pzErr);
  *pzErr = sqlite3_mprintf("csv_file %s: %s", p->zName, csvread_errmsg(pReader));
  if (rc == CSVREAD_ENOMEM) return SQLITE_NOMEM;
  if (rc == CSVREAD_EOPEN) return SQLITE_IOERR;
  return SQLITE_ERROR;
}

/* Whether z is already a column name among azName[0..n) or a hidden column (case-insensitive). */
static int csvtabNameTaken(char **azName, int n, const char *z) {
  for (int i = 0; i < CSVTAB_N_HIDDEN; i++) {
    if (!sqlite3_stricmp(z, azCsvtabHidden[i])) return 1;
  }
  for (int i = 0; i < n; i++) {
    if (!sqlite3_stricmp(z, azName[i])) return 1;
  }
  return 0;
}

/*
** xConnect and xCreate: csv_file(key=value, ...); the parameters are listed at the top of the file.
** Reads the first record to name (or count) the columns.
*/
static int csvtabConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                         sqlite3_vtab **ppVtab, char **pzErr) {
  CsvTab *p = 0;
  CsvReader *pReader = 0;
  char **azName = 0;
  sqlite3_str *pSql = 0;
  char *zSql = 0;
  sqlite3_int64 nColParam = 0;
  int rc = SQLITE_OK;
  (void)pAux;
  *ppVtab = 0;

  p = sqlite3_malloc64(sizeof(*p));
  if (!p) goto connect_oom;
  memset(p, 0, sizeof(*p));
  p->bHeader = 1;
  p->cDelim = ',';
  p->cQuote = '"';
  p->zName = sqlite3_mprintf("%s", argc > 2 ? argv[2] : "");
  if (!p->zName) goto connect_oom;
  for (int i = 3; i < argc; i++) {
    rc = csvtabParam(p, argv[i], &nColParam, pzErr);
    if (rc == SQLITE_NOMEM) goto connect_oom;
    if (rc != SQLITE_OK) goto connect_error;
  }
  if (!p->zPath && !p->zData) {
    *pzErr = sqlite3_mprintf("csv_file: give filename=PATH (or data=TEXT)");
    goto connect_error;
  }
  if (p->cDelim == p->cQuote) {
    *pzErr = sqlite3_mprintf("csv_file: delimiter and quote are both '%c'", p->cDelim);
    goto connect_error;
  }
  if (nColParam > 2000) {
    *pzErr = sqlite3_mprintf("csv_file: columns: at most 2000, got %lld", nColParam);
    goto connect_error;
  }

  /* The first record: the header, or a row to count. */
  rc = csvtabOpenReader(p, &pReader, pzErr);
  if (rc != SQLITE_OK) goto connect_error;
  CsvRecord rec;
  int rcRead = csvread_next(pReader, &rec);
  if (rcRead != CSVREAD_ROW && rcRead != CSVREAD_DONE) {
    rc = csvtabReadError(p, pReader, rcRead, pzErr);
    goto connect_error;
  }
  if (rcRead == CSVREAD_DONE && (p->bHeader || nColParam == 0)) {
    *pzErr = sqlite3_mprintf("csv_file: %s is empty: no %s (give header=no columns=N to read an "
                             "empty file)",
                             p->zPath ? p->zPath : "data=",
                             p->bHeader ? "header" : "row to count columns");
    goto connect_error;
  }
  if (rcRead == CSVREAD_ROW && (p->bHeader || nColParam == 0) && rec.zError) {
    *pzErr = sqlite3_mprintf("csv_file: line %lld: %s: %s%s", rec.iLine,
                             p->bHeader ? "header" : "first row (counting columns)", rec.zError,
                             p->bHeader ? "" : "; give columns=N");
    goto connect_error;
  }
  if (p->bHeader && nColParam > 0 && rec.nField != nColParam) {
    *pzErr = sqlite3_mprintf("csv_file: the header has %d fields but columns=%lld", rec.nField,
                             nColParam);
    goto connect_error;
  }
  p->nCol = nColParam > 0 ? (int)nColParam : rec.nField;
  if (p->nCol > 2000) {
    *pzErr = sqlite3_mprintf("csv_file: line 1 has %d fields, more than the 2000 columns allowed",
                             p->nCol);
    goto connect_error;
  }

  /* The declaration: named data columns, then the hidden ones. */
  azName = sqlite3_malloc64(sizeof(char *) * (size_t)p->nCol);
  if (!azName) goto connect_oom;
  memset(azName, 0, sizeof(char *) * (size_t)p->nCol);
  pSql = sqlite3_str_new(db);
  sqlite3_str_appendall(pSql, "CREATE TABLE x(");
  for (int i = 0; i < p->nCol; i++) {
    int bNamed = p->bHeader && rec.aField[i].n > 0;
    char *zBase = bNamed ? sqlite3_mprintf("%.*s", (int)rec.aField[i].n, rec.aField[i].z)
                         : sqlite3_mprintf("c%d", i + 1);
    char *z = zBase ? sqlite3_mprintf("%s", zBase) : 0;
    for (int k = 2; z && csvtabNameTaken(azName, i, z); k++) {
      sqlite3_free(z);
      z = sqlite3_mprintf("%s_%d", zBase, k);
    }
    sqlite3_free(zBase);
    if (!z) goto connect_oom;
    azName[i] = z;
    sqlite3_str_appendf(pSql, "\"%w\" TEXT, ", z);
  }
  sqlite3_str_appendall(pSql,
                        "_line INTEGER HIDDEN, _lines INTEGER HIDDEN, _error TEXT HIDDEN, "
                        "_raw TEXT HIDDEN)");
  zSql = sqlite3_str_finish(pSql);
  pSql = 0;
  if (!zSql) goto connect_oom;
  csvread_close(pReader);
  pReader = 0;
  rc = sqlite3_declare_vtab(db, zSql);
  if (rc != SQLITE_OK) {
    *pzErr = sqlite3_mprintf("csv_file: %s", sqlite3_errmsg(db));
    goto connect_error;
  }
  /* Reading files is a privilege of the person at the keyboard, never of a schema: a view or
  ** trigger in a database file must not be able to read files through this table. */
  sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);
  for (int i = 0; i < p->nCol; i++) sqlite3_free(azName[i]);
  sqlite3_free(azName);
  sqlite3_free(zSql);
  *ppVtab = &p->base;
  return SQLITE_OK;

connect_oom:
  rc = SQLITE_NOMEM;
  sqlite3_free(*pzErr);
  *pzErr = sqlite3_mprintf("csv_file: out of memory");
connect_error:
  if (rc == SQLITE_OK) rc = SQLITE_ERROR;
  if (azName) {
    for (int i = 0; p && i < p->nCol; i++) sqlite3_free(azName[i]);
    sqlite3_free(azName);
  }
  sqlite3_free(sqlite3_str_finish(pSql));
  sqlite3_free(zSql);
  csvread_close(pReader);
  csvtabFree(p);
  return rc;
}

/* xCreate must differ from xConnect, or SQLite would make csv_file eponymous (usable as a table
** without CREATE VIRTUAL TABLE, with no parameters). */
static int csvtabCreate(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                        sqlite3_vtab **ppVtab, char **pzErr) {
  return csvtabConnect(db, pAux, argc, argv, ppVtab, pzErr);
}

static int csvtabDisconnect(sqlite3_vtab *pVtab) {
  csvtabFree((CsvTab *)pVtab);
  return SQLITE_OK;
}

/* No constraint or order is used: every scan reads the whole file once. */
static int csvtabBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pIdx) {
  (void)pVtab;
  pIdx->estimatedCost = 1000000;
  return SQLITE_OK;
}

static int csvtabOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor) {
  CsvCursor *pCur = sqlite3_malloc64(sizeof(*pCur));
  (void)pVtab;
  if (!pCur) return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  *ppCursor = &pCur->base;
  return SQLITE_OK;
}

static int csvtabClose(sqlite3_vtab_cursor *cur) {
  CsvCursor *pCur = (CsvCursor *)cur;
  csvread_close(pCur->pReader);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

static int csvtabNext(sqlite3_vtab_cursor *cur) {
  CsvCursor *pCur = (CsvCursor *)cur;
  CsvTab *pTab = (CsvTab *)cur->pVtab;
  int rc = csvread_next(pCur->pReader, &pCur->rec);
  if (rc == CSVREAD_DONE) {
    pCur->bEof = 1;
    return SQLITE_OK;
  }
  if (rc != CSVREAD_ROW) {
    pCur->bEof = 1;
    return csvtabReadError(pTab, pCur->pReader, rc, &pTab->base.zErrMsg);
  }
  if (pTab->bFail && pCur->rec.zError) {
    pCur->bEof = 1;
    sqlite3_free(pTab->base.zErrMsg);
    pTab->base.zErrMsg = sqlite3_mprintf("csv_file %s: line %lld rejected (rejects=fail): %s",
                                         pTab->zName, pCur->rec.iLine, pCur->rec.zError);
    return SQLITE_ERROR;
  }
  return SQLITE_OK;
}

/* Start a scan: reopen the source, skip the header, read the first row. */
static int csvtabFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc,
                        sqlite3_value **argv) {
  CsvCursor *pCur = (CsvCursor *)cur;
  CsvTab *pTab = (CsvTab *)cur->pVtab;
  (void)idxNum, (void)idxStr, (void)argc, (void)argv;
  csvread_close(pCur->pReader);
  pCur->pReader = 0;
  pCur->bEof = 1;
  sqlite3_free(pTab->base.zErrMsg);
  pTab->base.zErrMsg = 0;
  int rc = csvtabOpenReader(pTab, &pCur->pReader, &pTab->base.zErrMsg);
  if (rc != SQLITE_OK) return rc;
  pCur->bEof = 0;
  if (pTab->bHeader) {
    int rcRead = csvread_next(pCur->pReader, &pCur->rec);
    if (rcRead == CSVREAD_DONE) {
      pCur->bEof = 1;
      return SQLITE_OK;
    }
    if (rcRead != CSVREAD_ROW) {
      pCur->bEof = 1;
      return csvtabReadError(pTab, pCur->pReader, rcRead, &pTab->base.zErrMsg);
    }
  }
  csvread_set_columns(pCur->pReader, pTab->nCol);
  return csvtabNext(cur);
}

static int csvtabEof(sqlite3_vtab_cursor *cur) { return ((CsvCursor *)cur)->bEof; }

static int csvtabColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i) {
  CsvCursor *pCur = (CsvCursor *)cur;
  const CsvRecord *r = &pCur->rec;
  int nCol = ((CsvTab *)cur->pVtab)->nCol;
  if (i < nCol) {
    if (i < r->nField) {
      sqlite3_result_text64(ctx, r->aField[i].z, r->aField[i].n, SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    return SQLITE_OK;
  }
  switch (i - nCol) {
    case CSVTAB_LINE:
      sqlite3_result_int64(ctx, r->iLine);
      break;
    case CSVTAB_LINES:
      sqlite3_result_int(ctx, r->nLine);
      break;
    case CSVTAB_ERROR:
      if (r->zError) sqlite3_result_text(ctx, r->zError, -1, SQLITE_TRANSIENT);
      break;
    case CSVTAB_RAW:
      sqlite3_result_text64(ctx, r->zRaw, r->nRaw, SQLITE_TRANSIENT, SQLITE_UTF8);
      break;
  }
  return SQLITE_OK;
}

/* The rowid is the record's first line number. */
static int csvtabRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid) {
  *pRowid = ((CsvCursor *)cur)->rec.iLine;
  return SQLITE_OK;
}

static sqlite3_module csvtabModule = {
    0,                /* iVersion */
    csvtabCreate,     /* xCreate: not 0 nor xConnect, so the table is not eponymous */
    csvtabConnect,    /* xConnect */
    csvtabBestIndex,  /* xBestIndex */
    csvtabDisconnect, /* xDisconnect */
    csvtabDisconnect, /* xDestroy */
    csvtabOpen,       /* xOpen */
    csvtabClose,      /* xClose */
    csvtabFilter,     /* xFilter */
    csvtabNext,       /* xNext */
    csvtabEof,        /* xEof */
    csvtabColumn,     /* xColumn */
    csvtabRowid,      /* xRowid */
    0,                /* xUpdate: read-only */
    0,                /* xBegin */
    0,                /* xSync */
    0,                /* xCommit */
    0,                /* xRollback */
    0,                /* xFindFunction */
    0,                /* xRename */
    0,                /* xSavepoint */
    0,                /* xRelease */
    0,                /* xRollbackTo */
    0,                /* xShadowName */
};

int csvtab_sql_register(sqlite3 *db) {
  return sqlite3_create_module(db, "csv_file", &csvtabModule, 0);
}
