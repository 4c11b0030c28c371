/*
** csvread.h: a streaming CSV reader that accounts for every line, in plain C (no SQLite here).
** Only csvread.c knows libcsv and iconv; csvtab_sql.c (the csv_file virtual table) sees this.
**
** What it does:
**   - reads a file (or a buffer) in 256 KiB blocks, so memory does not grow with the file;
**   - decodes to UTF-8: UTF-8 with or without BOM, GB18030 (and so GBK and GB2312), UTF-16 with a
**     BOM, or any encoding iconv knows; "auto" decides from the first block (see csvread.c);
**   - parses with libcsv in strict mode (RFC 4180 quoting: "" inside quotes, quoted delimiters
**     and line breaks), one physical line at a time, so that every record knows its first line;
**   - returns every record, accepted or rejected. A rejected record carries its reason in zError
**     and its text in zRaw, so nothing is dropped and nothing is repaired silently.
**
** The accounting rule: every physical line of the input belongs to exactly one record returned by
** csvread_next() (the header is a record too). Summing nLine over the records gives the number of
** lines in the file (a last line without a line break counts).
**
** What rejects a record (zError, stable texts; L is a line number, C a character position):
**   "blank line"                                 no field at all, when more than one is expected
**   "ragged: 3 fields, expected 5"              any other field count than csvread_set_columns()
**   "quote character inside an unquoted field at line L, character C"
**   "unexpected character after a closing quote at line L, character C"
**   "unterminated quoted field: no closing quote before the end of the file"
**   "unterminated quoted field: no closing quote within N bytes (maxrecord)"
**   "invalid UTF-8 byte 0xD5 at line L, character C (and 3 more on the line)..."
**   "invalid GB18030 bytes 0x81 0x20 at line L, character C"
** For the four quoting errors only the record's first line is rejected, with no fields; reading
** resumes on the next line, so a stray quote costs one line, not the rest of the file. A blank,
** ragged or undecodable record keeps its fields (undecodable bytes appear as U+FFFD, in a record
** that is rejected for them).
*/
#ifndef CSVREAD_H
#define CSVREAD_H

#include <stddef.h>

/* Results of csvread_open() and csvread_next(). */
enum {
  CSVREAD_OK = 0,    /* csvread_open() succeeded */
  CSVREAD_ROW,       /* csvread_next(): *pRec holds a record */
  CSVREAD_DONE,      /* csvread_next(): end of input */
  CSVREAD_EOPEN,     /* cannot open or read the file (message from errno) */
  CSVREAD_EENCODING, /* unknown encoding name, or a BOM that contradicts the one named */
  CSVREAD_ENOMEM,    /* out of memory */
  CSVREAD_ETOOBIG    /* a single line longer than maxrecord: not CSV, or raise maxrecord */
};

typedef struct CsvReadOpts {
  const char *zPath; /* the file to read, or 0 to read zData[0..nData) */
  const char *zData;
  size_t nData;
  const char *zEncoding; /* "auto" (or 0), "utf8", "gb18030" (aliases gbk, gb2312, cp936), or an
                         ** iconv name such as "UTF-16LE" or "BIG5" */
  char cDelim;           /* field delimiter, default ',' */
  char cQuote;           /* quote character, default '"' */
  int bTrim;             /* 1: drop spaces and tabs around fields and quotes (libcsv's rule);
                         ** 0 (default): keep every byte */
  size_t mxRecord;       /* longest record in bytes, 0 for the default (8 MiB) */
} CsvReadOpts;

typedef struct CsvField {
  const char *z; /* UTF-8, not NUL-terminated */
  size_t n;
} CsvField;

/* One record. Pointers stay valid until the next csvread_next() or csvread_close(). */
typedef struct CsvRecord {
  long long iLine; /* 1-based number of the record's first physical line */
  int nLine;       /* physical lines it spans (1 unless a quoted field holds a break) */
  int nField;      /* fields parsed (0 for a quoting error) */
  const CsvField *aField;
  const char *zRaw; /* the record's text as decoded, without its final line break */
  size_t nRaw;
  const char *zError; /* 0 if accepted, else why it is rejected (see above) */
} CsvRecord;

typedef struct CsvReader CsvReader;

/* Open a reader. Returns CSVREAD_OK and sets *pp, or an error code with a message in zErr[0..nErr)
** and *pp set to 0. */
int csvread_open(const CsvReadOpts *pOpts, CsvReader **pp, char *zErr, size_t nErr);

/* Expect n fields per record from now on (0: any number; the default). */
void csvread_set_columns(CsvReader *p, int n);

/* Next record into *pRec: CSVREAD_ROW, CSVREAD_DONE, or an error code (csvread_errmsg() says
** which line and why; reading cannot continue after one). */
int csvread_next(CsvReader *p, CsvRecord *pRec);

/* The message of the last error; "" if none. */
const char *csvread_errmsg(const CsvReader *p);

/* The encoding in use: "utf8", "gb18030", or the iconv name given or detected ("UTF-16LE"). */
const char *csvread_encoding(const CsvReader *p);

void csvread_close(CsvReader *p);

#endif /* CSVREAD_H */
