/*
** csvread.c: the streaming CSV reader behind csv_file (see csvread.h): blocks in, decode to UTF-8,
** split into physical lines, parse with libcsv, assemble and judge records. No SQLite here.
**
** Pipeline, per 256 KiB block:
**   aRaw  --decode-->  aBuf (UTF-8)  --one line at a time-->  libcsv  --callbacks-->  aRow/aField
** aBuf keeps everything from the start of the current record, so a record's text (zRaw) is always
** contiguous, and a record rejected for its quoting can be re-read from its second line.
**
** Encoding "auto" looks at the first block: a UTF-8 BOM means UTF-8, a UTF-16 BOM means UTF-16;
** otherwise UTF-8, unless bytes that are not UTF-8 outnumber the UTF-8 characters, which means
** GB18030 (see csvreadDetect for why the tie goes to UTF-8). If a later block turns out not to
** be valid in the chosen encoding, the records holding the bad bytes are rejected with the bytes,
** line and character named (and a hint to name the encoding); the bytes are never silently
** replaced or dropped. A U+FEFF at the very start (any encoding's BOM) is removed.
**
** Line breaks: LF ends a line; a CR just before it belongs to the break (CRLF), except inside a
** quoted field, where both are kept as data. A CR anywhere else is data. libcsv is therefore told
** that only LF ends a record (csv_set_term_func) and that nothing is a space (csv_set_space_func)
** unless trim=yes: libcsv's default would drop spaces around every field.
**
** libcsv 3.0.3 keeps its parser state in public struct fields but names the states only inside
** libcsv.c; CSVREAD_FIELD_BEGUN and CSVREAD_MIGHT_HAVE_ENDED below copy its values (2 and 3).
*/
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <csv.h>

#include "csvread.h"

#define CSVREAD_BLOCK (256 * 1024)         /* bytes read at a time */
#define CSVREAD_MXRECORD (8 * 1024 * 1024) /* default maxrecord */
#define CSVREAD_FIELD_BEGUN 2              /* libcsv.c FIELD_BEGUN */
#define CSVREAD_MIGHT_HAVE_ENDED 3         /* libcsv.c FIELD_MIGHT_HAVE_ENDED */

enum { ENC_UTF8 = 1, ENC_ICONV = 2 };

/* A decoding error, kept until the record holding it is finished. iAt is the offset in the decoded
** stream where U+FFFD stands in for the bad bytes. */
typedef struct CsvDecodeErr {
  long long iAt;
  unsigned char aByte[2];
  int nByte;
  int nMore;          /* further errors on the same line */
  long long iChecked; /* stream offset up to which the line holds no line break after iAt */
} CsvDecodeErr;

struct CsvReader {
  CsvReadOpts opts;
  FILE *in;
  size_t iData; /* next byte of opts.zData */
  int bEof;     /* no more raw input */
  int eEnc;     /* ENC_UTF8 or ENC_ICONV */
  int bAuto;    /* the encoding was detected, not named */
  iconv_t cd;
  char zEnc[32]; /* encoding in use, for messages */
  int bFirst;    /* the first block is yet to be decoded (BOM handling) */

  char *aRaw; /* raw bytes: nCarry undecoded bytes carried over, then the new block */
  size_t nCarry;

  char *aBuf; /* decoded UTF-8 */
  size_t nBuf, szBuf;
  long long iBase;    /* stream offset of aBuf[0] */
  size_t iRec;        /* start of the current record in aBuf */
  size_t iPos;        /* start of the next line to parse */
  long long iLine;    /* number of the line at iPos */
  long long iRecLine; /* number of the current record's first line */

  CsvDecodeErr *aErr; /* pending decoding errors, oldest first */
  int nErr, szErr;

  struct csv_parser csv;
  int bDone;  /* the parser ended a record (callback) */
  int rcCb;   /* CSVREAD_ENOMEM from a callback */
  char *aRow; /* field bytes of the current record */
  size_t nRow, szRow;
  size_t *aOff; /* offset of each field in aRow */
  CsvField *aField;
  int nField, szField;
  int nExpect; /* csvread_set_columns() */

  char zReason[300]; /* zError of the current record */
  char zErrMsg[300]; /* csvread_errmsg() */
};

/* {====================================================================== decoding */

/* Record a decoding error at the current end of aBuf; merges it into the previous one when no line
** break lies between them. Each byte is searched for a line break once (iChecked), so a line of
** nothing but bad bytes costs time linear in its length (issue 19 finding 5: it was quadratic).
** Returns 0 or CSVREAD_ENOMEM. */
static int csvreadDecodeErr(CsvReader *p, const unsigned char *a, size_t n) {
  long long iAt = p->iBase + (long long)p->nBuf;
  if (p->nErr > 0) {
    CsvDecodeErr *pLast = &p->aErr[p->nErr - 1];
    long long iFrom = pLast->iChecked > pLast->iAt ? pLast->iChecked : pLast->iAt;
    if (iFrom >= p->iBase && !memchr(p->aBuf + (iFrom - p->iBase), '\n', (size_t)(iAt - iFrom))) {
      pLast->nMore++;
      pLast->iChecked = iAt;
      return 0;
    }
  }
  if (p->nErr == p->szErr) {
    int sz = p->szErr ? p->szErr * 2 : 16;
    CsvDecodeErr *aNew = realloc(p->aErr, sizeof(*aNew) * (size_t)sz);
    if (!aNew) return CSVREAD_ENOMEM;
    p->aErr = aNew;
    p->szErr = sz;
  }
  CsvDecodeErr *pErr = &p->aErr[p->nErr++];
  pErr->iAt = iAt;
  pErr->nByte = n > 2 ? 2 : (int)n;
  memcpy(pErr->aByte, a, (size_t)pErr->nByte);
  pErr->nMore = 0;
  pErr->iChecked = iAt;
  return 0;
}

/* Append U+FFFD to aBuf (room is guaranteed by the caller). */
static void csvreadReplacement(CsvReader *p) {
  memcpy(p->aBuf + p->nBuf, "\xEF\xBF\xBD", 3);
  p->nBuf += 3;
}

/* Length of the valid UTF-8 sequence at a[0..n), 0 if invalid, -1 if it may be a truncated
** valid one (n too short). */
static int csvreadUtf8Len(const unsigned char *a, size_t n) {
  unsigned char c = a[0];
  int len;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF)
    len = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else
    return 0;
  for (int i = 1; i < len; i++) {
    if ((size_t)i >= n) return -1;
    unsigned char d = a[i];
    if (d < (i == 1 ? lo : 0x80) || d > (i == 1 ? hi : 0xBF)) return 0;
  }
  return len;
}

/* Count, in a[0..n), valid multi-byte UTF-8 sequences (*pnGood) and bytes that start no valid
** sequence (*pnBad); a truncated sequence at the end is not counted unless bEnd. */
static void csvreadUtf8Census(const unsigned char *a, size_t n, int bEnd, size_t *pnGood,
                              size_t *pnBad) {
  size_t i = 0;
  *pnGood = *pnBad = 0;
  while (i < n) {
    if (a[i] < 0x80) {
      i++;
      continue;
    }
    int len = csvreadUtf8Len(a + i, n - i);
    if (len < 0 && !bEnd) break;
    if (len > 0) {
      (*pnGood)++;
      i += (size_t)len;
    } else {
      (*pnBad)++;
      i++;
    }
  }
}

/* Validate a[0..n) as UTF-8 and append it to aBuf (which has room for 3n bytes). Returns the number
** of bytes consumed; a truncated sequence at the end is left for the next block unless bEnd. */
static size_t csvreadUtf8(CsvReader *p, const unsigned char *a, size_t n, int bEnd, int *pRc) {
  size_t i = 0, iRun = 0;
  while (i < n) {
    if (i + 8 <= n) { /* fast path: eight ASCII bytes */
      uint64_t w;
      memcpy(&w, a + i, 8);
      if (!(w & 0x8080808080808080ULL)) {
        i += 8;
        continue;
      }
    }
    if (a[i] < 0x80) {
      i++;
      continue;
    }
    int len = csvreadUtf8Len(a + i, n - i);
    if (len > 0) {
      i += (size_t)len;
      continue;
    }
    if (len < 0 && !bEnd) break; /* truncated: carry over */
    memcpy(p->aBuf + p->nBuf, a + iRun, i - iRun);
    p->nBuf += i - iRun;
    if ((*pRc = csvreadDecodeErr(p, a + i, 1)) != 0) return i;
    csvreadReplacement(p);
    i++;
    iRun = i;
  }
  memcpy(p->aBuf + p->nBuf, a + iRun, i - iRun);
  p->nBuf += i - iRun;
  return i;
}

/* Convert a[0..n) with iconv and append to aBuf (room for 3n + 16 bytes). Returns the bytes
** consumed, as csvreadUtf8(). */
static size_t csvreadIconv(CsvReader *p, const unsigned char *a, size_t n, int bEnd, int *pRc) {
  char *zIn = (char *)a;
  size_t nIn = n;
  while (nIn > 0) {
    char *zOut = p->aBuf + p->nBuf;
    size_t nOut = p->szBuf - p->nBuf - 8;
    size_t r = iconv(p->cd, &zIn, &nIn, &zOut, &nOut);
    p->nBuf = (size_t)(zOut - p->aBuf);
    if (r != (size_t)-1) break;
    if (errno == EINVAL && !bEnd) break; /* truncated: carry over */
    if (errno == E2BIG) { /* cannot happen with 3n of room, but do not loop forever */
      *pRc = CSVREAD_ENOMEM;
      break;
    }
    /* EILSEQ, or EINVAL at the very end: report, stand in, skip one byte. */
    if ((*pRc = csvreadDecodeErr(p, (const unsigned char *)zIn, nIn)) != 0) break;
    csvreadReplacement(p);
    zIn++;
    nIn--;
    iconv(p->cd, 0, 0, 0, 0); /* reset shift state */
  }
  return (size_t)((const unsigned char *)zIn - a);
}

/* Read the next block of raw input into aRaw after the carried bytes. Returns bytes read (0 at the
** end), or -1 on a read error. */
static long csvreadRaw(CsvReader *p) {
  char *z = p->aRaw + p->nCarry;
  if (p->in) {
    size_t n = fread(z, 1, CSVREAD_BLOCK, p->in);
    if (n < CSVREAD_BLOCK && ferror(p->in)) return -1;
    return (long)n;
  }
  size_t n = p->opts.nData - p->iData;
  if (n > CSVREAD_BLOCK) n = CSVREAD_BLOCK;
  memcpy(z, p->opts.zData + p->iData, n);
  p->iData += n;
  return (long)n;
}

/* Decide the encoding from the first block (encoding=auto). */
static int csvreadDetect(CsvReader *p, const unsigned char *a, size_t n, int bEnd) {
  const char *zName = 0;
  if (n >= 3 && !memcmp(a, "\xEF\xBB\xBF", 3))
    zName = "utf8";
  else if (n >= 2 && a[0] == 0xFF && a[1] == 0xFE)
    zName = "UTF-16LE";
  else if (n >= 2 && a[0] == 0xFE && a[1] == 0xFF)
    zName = "UTF-16BE";
  else {
    /* Guessing GB18030 wrongly would turn UTF-8 into plausible nonsense that no check catches;
    ** guessing UTF-8 wrongly rejects the GBK rows, loudly. So UTF-8 wins unless bytes that are
    ** not UTF-8 outnumber the UTF-8 characters (GBK text has about two such bytes a character). */
    size_t nGood, nBad;
    csvreadUtf8Census(a, n, bEnd, &nGood, &nBad);
    zName = nBad > nGood ? "gb18030" : "utf8";
  }
  if (!strcmp(zName, "utf8")) {
    p->eEnc = ENC_UTF8;
  } else {
    p->cd = iconv_open("UTF-8", !strcmp(zName, "gb18030") ? "GB18030" : zName);
    if (p->cd == (iconv_t)-1) return CSVREAD_EENCODING;
    p->eEnc = ENC_ICONV;
  }
  snprintf(p->zEnc, sizeof p->zEnc, "%s", zName);
  return 0;
}

/* Read and decode one more block, first moving the current record to the front of aBuf. Sets bEof
** at the end of input. Returns 0 or an error code (message in zErrMsg). */
static int csvreadFill(CsvReader *p) {
  int rc = 0;
  if (p->iRec > 0) {
    memmove(p->aBuf, p->aBuf + p->iRec, p->nBuf - p->iRec);
    p->iBase += (long long)p->iRec;
    p->nBuf -= p->iRec;
    p->iPos -= p->iRec;
    p->iRec = 0;
  }
  long nRead = csvreadRaw(p);
  if (nRead < 0) {
    snprintf(p->zErrMsg, sizeof p->zErrMsg, "read error after line %lld: %s", p->iLine,
             strerror(errno));
    return CSVREAD_EOPEN;
  }
  if (nRead == 0) p->bEof = 1;
  size_t n = p->nCarry + (size_t)nRead;
  size_t need = p->nBuf + 3 * n + 16;
  if (need > p->szBuf) {
    size_t sz = p->szBuf * 2 > need ? p->szBuf * 2 : need;
    char *aNew = realloc(p->aBuf, sz);
    if (!aNew) return CSVREAD_ENOMEM;
    p->aBuf = aNew;
    p->szBuf = sz;
  }
  const unsigned char *a = (const unsigned char *)p->aRaw;
  if (p->bFirst && !p->bAuto && p->eEnc == ENC_ICONV && n >= 3 && !memcmp(a, "\xEF\xBB\xBF", 3)) {
    snprintf(p->zErrMsg, sizeof p->zErrMsg,
             "the file starts with a UTF-8 byte order mark, but encoding=%s was given", p->zEnc);
    return CSVREAD_EENCODING;
  }
  if (p->bFirst && p->eEnc == 0) {
    rc = csvreadDetect(p, a, n, p->bEof);
    if (rc) {
      snprintf(p->zErrMsg, sizeof p->zErrMsg, "iconv cannot decode the detected encoding");
      return rc;
    }
  }
  size_t nBuf0 = p->nBuf;
  size_t nUsed = p->eEnc == ENC_UTF8 ? csvreadUtf8(p, a, n, p->bEof, &rc)
                                     : csvreadIconv(p, a, n, p->bEof, &rc);
  if (rc) return rc;
  if (p->bFirst && p->nBuf - nBuf0 >= 3 && !memcmp(p->aBuf + nBuf0, "\xEF\xBB\xBF", 3)) {
    /* U+FEFF at the start: a byte order mark, not data. */
    memmove(p->aBuf + nBuf0, p->aBuf + nBuf0 + 3, p->nBuf - nBuf0 - 3);
    p->nBuf -= 3;
    p->iBase += 3; /* stream offsets (of pending errors too) stay as they were */
  }
  if (n > 0) p->bFirst = 0;
  p->nCarry = n - nUsed;
  memmove(p->aRaw, p->aRaw + nUsed, p->nCarry);
  return 0;
}

/* }====================================================================== */
/* {====================================================================== parsing */

static int csvreadNoSpace(unsigned char c) {
  (void)c;
  return 0;
}
static int csvreadBlank(unsigned char c) { return c == ' ' || c == '\t'; }
static int csvreadIsLf(unsigned char c) { return c == '\n'; }

/* libcsv callback: one field. */
static void csvreadOnField(void *z, size_t n, void *pArg) {
  CsvReader *p = pArg;
  if (p->rcCb) return;
  if (p->nRow + n > p->szRow) {
    size_t sz = p->szRow * 2 > p->nRow + n ? p->szRow * 2 : p->nRow + n + 256;
    char *aNew = realloc(p->aRow, sz);
    if (!aNew) {
      p->rcCb = CSVREAD_ENOMEM;
      return;
    }
    p->aRow = aNew;
    p->szRow = sz;
  }
  if (p->nField == p->szField) {
    int sz = p->szField * 2;
    size_t *aOff = realloc(p->aOff, sizeof(size_t) * (size_t)sz);
    if (aOff) p->aOff = aOff;
    CsvField *aField = aOff ? realloc(p->aField, sizeof(CsvField) * (size_t)sz) : 0;
    if (!aField) {
      p->rcCb = CSVREAD_ENOMEM;
      return;
    }
    p->aField = aField;
    p->szField = sz;
  }
  if (n) memcpy(p->aRow + p->nRow, z, n);
  p->aOff[p->nField] = p->nRow;
  p->aField[p->nField].n = n;
  p->nField++;
  p->nRow += n;
}

/* libcsv callback: end of record. */
static void csvreadOnRecord(int c, void *pArg) {
  (void)c;
  ((CsvReader *)pArg)->bDone = 1;
}

/* Forget the parser's partial state (after an error). */
static void csvreadResetParser(CsvReader *p) {
  p->csv.pstate = 0;
  p->csv.quoted = 0;
  p->csv.spaces = 0;
  p->csv.entry_pos = 0;
  p->csv.status = 0;
}

/* Character position (1-based) of aBuf offset i within its line. */
static long long csvreadColumn(const CsvReader *p, size_t i) {
  size_t j = i;
  while (j > 0 && p->aBuf[j - 1] != '\n') j--;
  long long c = 1;
  for (; j < i; j++) c += ((unsigned char)p->aBuf[j] & 0xC0) != 0x80;
  return c;
}

/* Line number of aBuf offset i, which lies in the current record. */
static long long csvreadLineOf(const CsvReader *p, size_t i) {
  long long l = p->iRecLine;
  for (size_t j = p->iRec; j < i; j++) l += p->aBuf[j] == '\n';
  return l;
}

int csvread_open(const CsvReadOpts *pOpts, CsvReader **pp, char *zErr, size_t nErr) {
  int rc = CSVREAD_ENOMEM;
  CsvReader *p = calloc(1, sizeof(*p));
  *pp = 0;
  if (!p) goto open_error;
  p->opts = *pOpts;
  p->cd = (iconv_t)-1;
  if (!p->opts.cDelim) p->opts.cDelim = ',';
  if (!p->opts.cQuote) p->opts.cQuote = '"';
  if (!p->opts.mxRecord) p->opts.mxRecord = CSVREAD_MXRECORD;
  p->iLine = 1;
  p->bFirst = 1;
  const char *zEnc = pOpts->zEncoding;
  if (zEnc && strcasecmp(zEnc, "auto") != 0) {
    if (!strcasecmp(zEnc, "utf8") || !strcasecmp(zEnc, "utf-8")) {
      p->eEnc = ENC_UTF8;
      snprintf(p->zEnc, sizeof p->zEnc, "utf8");
    } else {
      int bGb = !strcasecmp(zEnc, "gb18030") || !strcasecmp(zEnc, "gbk") ||
                !strcasecmp(zEnc, "gb2312") || !strcasecmp(zEnc, "cp936");
      p->cd = iconv_open("UTF-8", bGb ? "GB18030" : zEnc);
      if (p->cd == (iconv_t)-1) {
        rc = CSVREAD_EENCODING;
        snprintf(zErr, nErr, "unknown encoding '%s' (use auto, utf8, gb18030, or an iconv name)",
                 zEnc);
        goto open_error;
      }
      p->eEnc = ENC_ICONV;
      snprintf(p->zEnc, sizeof p->zEnc, "%s", bGb ? "gb18030" : zEnc);
    }
  } else {
    p->bAuto = 1;
  }
  p->aRaw = malloc(CSVREAD_BLOCK + 16);
  p->szBuf = 4 * CSVREAD_BLOCK;
  p->aBuf = malloc(p->szBuf);
  p->szField = 64;
  p->aOff = malloc(sizeof(size_t) * (size_t)p->szField);
  p->aField = malloc(sizeof(CsvField) * (size_t)p->szField);
  if (!p->aRaw || !p->aBuf || !p->aOff || !p->aField) goto open_error;
  if (csv_init(&p->csv, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) goto open_error;
  csv_set_delim(&p->csv, (unsigned char)p->opts.cDelim);
  csv_set_quote(&p->csv, (unsigned char)p->opts.cQuote);
  csv_set_term_func(&p->csv, csvreadIsLf);
  csv_set_space_func(&p->csv, p->opts.bTrim ? csvreadBlank : csvreadNoSpace);
  csv_set_blk_size(&p->csv, 4096);
  if (p->opts.zPath) {
    p->in = fopen(p->opts.zPath, "rb");
    if (!p->in) {
      rc = CSVREAD_EOPEN;
      snprintf(zErr, nErr, "cannot open '%s' for reading: %s", p->opts.zPath, strerror(errno));
      goto open_error;
    }
  }
  /* The first block now, so that encoding errors and an empty file show at open. */
  rc = csvreadFill(p);
  if (rc) {
    snprintf(zErr, nErr, "%s", rc == CSVREAD_ENOMEM ? "out of memory" : p->zErrMsg);
    goto open_error;
  }
  *pp = p;
  return CSVREAD_OK;

open_error:
  if (rc == CSVREAD_ENOMEM) snprintf(zErr, nErr, "out of memory");
  csvread_close(p);
  return rc;
}

void csvread_set_columns(CsvReader *p, int n) { p->nExpect = n; }

const char *csvread_errmsg(const CsvReader *p) { return p->zErrMsg; }

const char *csvread_encoding(const CsvReader *p) { return p->zEnc; }

void csvread_close(CsvReader *p) {
  if (!p) return;
  if (p->in) fclose(p->in);
  if (p->cd != (iconv_t)-1) iconv_close(p->cd);
  csv_free(&p->csv);
  free(p->aRaw);
  free(p->aBuf);
  free(p->aErr);
  free(p->aRow);
  free(p->aOff);
  free(p->aField);
  free(p);
}

/* Describe the first decoding error before stream offset iEnd into zReason (if bDescribe), drop
** every error before iEnd, and return whether there was one. */
static int csvreadTakeDecodeErr(CsvReader *p, long long iEnd, int bDescribe) {
  int n = 0;
  while (n < p->nErr && p->aErr[n].iAt < iEnd) n++;
  if (n == 0) return 0;
  if (!bDescribe) goto take_drop;
  const CsvDecodeErr *e = &p->aErr[0];
  size_t i = (size_t)(e->iAt - p->iBase);
  char zBytes[16], zMore[48] = "";
  if (e->nByte == 2)
    snprintf(zBytes, sizeof zBytes, "s 0x%02X 0x%02X", e->aByte[0], e->aByte[1]);
  else
    snprintf(zBytes, sizeof zBytes, " 0x%02X", e->aByte[0]);
  int nMore = e->nMore;
  for (int k = 1; k < n; k++) nMore += 1 + p->aErr[k].nMore;
  if (nMore) snprintf(zMore, sizeof zMore, " (and %d more in the record)", nMore);
  snprintf(p->zReason, sizeof p->zReason, "invalid %s byte%s at line %lld, character %lld%s%s",
           p->eEnc == ENC_UTF8           ? "UTF-8"
           : !strcmp(p->zEnc, "gb18030") ? "GB18030"
                                         : p->zEnc,
           zBytes, csvreadLineOf(p, i), csvreadColumn(p, i), zMore,
           p->bAuto ? "; the encoding was detected from the start of the file: name it with "
                      "encoding="
                    : "");
  if (p->bAuto) {
    size_t k = strlen(p->zReason);
    snprintf(p->zReason + k, sizeof p->zReason - k, "%s",
             p->eEnc == ENC_UTF8 ? "gb18030 if the file is GBK" : "utf8 if the file is UTF-8");
  }
take_drop:
  memmove(p->aErr, p->aErr + n, sizeof(*p->aErr) * (size_t)(p->nErr - n));
  p->nErr -= n;
  return 1;
}

/* Reject the current record's first line only (a quoting error), and resume on the next line. */
static void csvreadRejectFirstLine(CsvReader *p, CsvRecord *pRec) {
  char *zNl = memchr(p->aBuf + p->iRec, '\n', p->nBuf - p->iRec);
  size_t iEnd = zNl ? (size_t)(zNl - p->aBuf) : p->nBuf;
  size_t nRaw = iEnd - p->iRec;
  if (zNl && nRaw > 0 && p->aBuf[iEnd - 1] == '\r') nRaw--;
  csvreadResetParser(p);
  csvreadTakeDecodeErr(p, p->iBase + (long long)iEnd, 0); /* the quoting error is the reason */
  pRec->iLine = p->iRecLine;
  pRec->nLine = 1;
  pRec->nField = 0;
  pRec->aField = p->aField;
  pRec->zRaw = p->aBuf + p->iRec;
  pRec->nRaw = nRaw;
  pRec->zError = p->zReason;
  p->iPos = zNl ? iEnd + 1 : iEnd;
  p->iLine = p->iRecLine + 1;
  p->iRec = p->iPos;
  p->nField = 0;
  p->nRow = 0;
}

/* Finish the record that ended at aBuf offset iEnd (its text, without the final break). */
static void csvreadFinish(CsvReader *p, CsvRecord *pRec, size_t iEnd) {
  /* aRow is still NULL when every field so far was empty, and NULL + 0 is undefined behaviour
  ** (found by tests/fuzz/fuzz_csvread, issue 9, 2026-11-24). */
  for (int i = 0; i < p->nField; i++) p->aField[i].z = p->aRow ? p->aRow + p->aOff[i] : "";
  pRec->iLine = p->iRecLine;
  pRec->nLine = (int)(p->iLine - p->iRecLine);
  pRec->nField = p->nField;
  pRec->aField = p->aField;
  pRec->zRaw = p->aBuf + p->iRec;
  pRec->nRaw = iEnd - p->iRec;
  pRec->zError = 0;
  if (csvreadTakeDecodeErr(p, p->iBase + (long long)p->iPos, 1)) {
    pRec->zError = p->zReason;
  } else if (p->nField == 0) {
    /* An empty line: one empty field, which is right only for a one-column file. */
    static const CsvField empty = {"", 0};
    if (p->nExpect == 1) {
      pRec->nField = 1;
      pRec->aField = &empty;
    } else {
      snprintf(p->zReason, sizeof p->zReason, "blank line");
      pRec->zError = p->zReason;
    }
  } else if (p->nExpect > 0 && p->nField != p->nExpect) {
    snprintf(p->zReason, sizeof p->zReason, "ragged: %d field%s, expected %d", p->nField,
             p->nField == 1 ? "" : "s", p->nExpect);
    pRec->zError = p->zReason;
  }
  p->iRec = p->iPos;
  p->nField = 0;
  p->nRow = 0;
}

int csvread_next(CsvReader *p, CsvRecord *pRec) {
  int rc;
  if (p->nField == 0 && p->csv.pstate == 0) { /* between records */
    p->iRec = p->iPos;
    p->iRecLine = p->iLine;
    p->nRow = 0;
  }
  for (;;) {
    /* Find the end of the next physical line, reading more input as needed. */
    size_t iScan = p->iPos;
    char *zNl;
    while (!(zNl = memchr(p->aBuf + iScan, '\n', p->nBuf - iScan)) && !p->bEof) {
      if (p->nBuf - p->iRec > p->opts.mxRecord) {
        if (p->iPos > p->iRec) goto next_too_long; /* a quoted field open since an earlier line */
        snprintf(p->zErrMsg, sizeof p->zErrMsg,
                 "line %lld is longer than %zu bytes (maxrecord): "
                 "not a CSV file, or raise maxrecord",
                 p->iLine, p->opts.mxRecord);
        return CSVREAD_ETOOBIG;
      }
      size_t iOff = p->nBuf - p->iRec; /* no line break before here */
      rc = csvreadFill(p);
      if (rc) {
        if (rc == CSVREAD_ENOMEM) snprintf(p->zErrMsg, sizeof p->zErrMsg, "out of memory");
        return rc;
      }
      iScan = p->iRec + iOff;
    }
    size_t iEol = zNl ? (size_t)(zNl - p->aBuf) : p->nBuf; /* end of the line's text */
    if (!zNl && iEol == p->iPos) {                         /* end of input */
      if (p->iPos == p->iRec) return CSVREAD_DONE;
      /* A record still open at the end: its quoted field never closed. */
      snprintf(p->zReason, sizeof p->zReason,
               "unterminated quoted field: no closing quote before the end of the file");
      csvreadRejectFirstLine(p, pRec);
      return CSVREAD_ROW;
    }
    size_t iBody = iEol > p->iPos && p->aBuf[iEol - 1] == '\r' ? iEol - 1 : iEol;

    /* The line's text, then its break: as data inside an open quoted field, else as the end. */
    size_t nBody = iBody - p->iPos;
    /* libcsv grows its field buffer by blk_size at a time: a long line would cost a copy per 4 KiB
    ** (quadratic where realloc copies, as under ASan). No field is longer than its line. */
    csv_set_blk_size(&p->csv, nBody > 4096 ? nBody + 16 : 4096);
    size_t nDone = csv_parse(&p->csv, p->aBuf + p->iPos, nBody, csvreadOnField, csvreadOnRecord, p);
    if (p->rcCb) goto next_nomem;
    if (nDone < nBody || p->csv.status) {
      if (p->csv.status != CSV_EPARSE) goto next_nomem;
      size_t iBad = p->iPos + nDone;
      int k = snprintf(p->zReason, sizeof p->zReason, "%s at line %lld, character %lld",
                       p->csv.pstate == CSVREAD_MIGHT_HAVE_ENDED
                           ? "unexpected character after a closing quote"
                           : "quote character inside an unquoted field",
                       p->iLine, csvreadColumn(p, iBad));
      if (p->iLine > p->iRecLine && k > 0 && (size_t)k < sizeof p->zReason) {
        snprintf(p->zReason + k, sizeof p->zReason - (size_t)k,
                 " (in a quoted field open since line %lld)", p->iRecLine);
      }
      csvreadRejectFirstLine(p, pRec);
      return CSVREAD_ROW;
    }
    int bOpen = p->csv.pstate == CSVREAD_FIELD_BEGUN && p->csv.quoted;
    if (zNl) {
      if (bOpen)
        csv_parse(&p->csv, p->aBuf + iBody, iEol + 1 - iBody, csvreadOnField, 0, p);
      else
        csv_parse(&p->csv, "\n", 1, csvreadOnField, csvreadOnRecord, p);
      p->iPos = iEol + 1;
      p->iLine++;
    } else { /* last line, no break */
      p->iPos = iEol;
      p->iLine++;
      if (bOpen) {
        snprintf(p->zReason, sizeof p->zReason,
                 "unterminated quoted field: no closing quote before the end of the file");
        csvreadRejectFirstLine(p, pRec);
        return CSVREAD_ROW;
      }
      csv_fini(&p->csv, csvreadOnField, csvreadOnRecord, p);
      p->bDone = 1; /* also for a line of trimmed spaces only: a blank record */
    }
    if (p->rcCb || p->csv.status) goto next_nomem;
    if (p->bDone) {
      p->bDone = 0;
      csvreadFinish(p, pRec, iBody);
      return CSVREAD_ROW;
    }
    if (p->iPos - p->iRec > p->opts.mxRecord) goto next_too_long;
  }

next_too_long:
  snprintf(p->zReason, sizeof p->zReason,
           "unterminated quoted field: no closing quote within %zu bytes (maxrecord)",
           p->opts.mxRecord);
  csvreadRejectFirstLine(p, pRec);
  return CSVREAD_ROW;

next_nomem:
  snprintf(p->zErrMsg, sizeof p->zErrMsg, "out of memory at line %lld", p->iLine);
  return CSVREAD_ENOMEM;
}

/* }====================================================================== */
