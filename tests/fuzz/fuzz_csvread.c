/*
** tests/fuzz/fuzz_csvread.c: libFuzzer harness for the streaming CSV reader (ext/csvread.c over
** libcsv and iconv, no SQLite), with every option and random block boundaries.
**
** Usage: make build/fuzz/fuzz_csvread
**        build/fuzz/fuzz_csvread tests/fuzz/corpus/fuzz_csvread
**
** The reader reads 256 KiB blocks (CSVREAD_BLOCK). So that small inputs cross block boundaries,
** the Makefile builds this harness with a copy of csvread.c whose CSVREAD_BLOCK is the variable
** csvread_fuzz_block (build/fuzz/csvread_blocks.c, made by sed; nothing else changes).
**
** Input: byte 0 the encoding (auto, utf8, gb18030, UTF-16LE, BIG5), byte 1 the delimiter, byte 2
** the quote, byte 3 trim and the expected field count, byte 4 maxrecord, byte 5 the block size
** (1-256 bytes); the rest is the CSV data. Properties checked besides memory safety:
**   - every record has a line number, fields inside zRaw's decoded text, and the accounting rule
**     of csvread.h holds: the nLine of the records add up to the lines of the input;
**   - with a named encoding and the default maxrecord, reading in small blocks gives exactly the
**     records that reading in one 256 KiB block gives (same lines, fields, errors and raw text).
**     Not compared: encoding auto (it decides from the first block, so a small first block may
**     decide differently), maxrecord (checked when more input is needed), blocks under 4 bytes
**     (a BOM must fit in the first), and the bytes a decoding error quotes (see dumpError).
*/
#include "csvread.h"
#include "fuzz.h"

extern size_t csvread_fuzz_block;
size_t csvread_fuzz_block = 256 * 1024;

/* The records of one reading, serialised, for comparing two readings. */
typedef struct Dump {
  char *z;
  size_t n, sz;
} Dump;

static void dumpAdd(Dump *d, const void *a, size_t n) {
  if (d->n + n + 1 > d->sz) {
    d->sz = (d->n + n + 1) * 2;
    d->z = realloc(d->z, d->sz);
    FUZZ_ASSERT(d->z != 0);
  }
  memcpy(d->z + d->n, a, n);
  d->n += n;
}

static void dumpf(Dump *d, const char *zFmt, long long a, long long b, long long c) {
  char z[100];
  int k = snprintf(z, sizeof z, zFmt, a, b, c);
  dumpAdd(d, z, (size_t)k);
}

/* Add a record's error, without the bytes a decoding error quotes: an invalid byte at the end of
** a block is quoted alone, the same byte inside a block with the byte after it (a known, harmless
** difference; tests/fuzz/README.md). Line and character positions stay. */
static void dumpError(Dump *d, const char *z) {
  const char *zBytes = strstr(z, " byte");
  const char *zAt = zBytes ? strstr(zBytes, " at line ") : 0;
  if (!strncmp(z, "invalid ", 8) && zAt) {
    dumpAdd(d, z, (size_t)(zBytes - z));
    dumpAdd(d, zAt, strlen(zAt));
  } else {
    dumpAdd(d, z, strlen(z));
  }
}

/* Print a dump to stderr with bytes outside printable ASCII as \xNN. */
static void dumpPrint(const Dump *d) {
  for (size_t i = 0; i < d->n; i++) {
    unsigned char c = (unsigned char)d->z[i];
    if (c == '\n' || (c >= 0x20 && c < 0x7F))
      fputc(c, stderr);
    else
      fprintf(stderr, "\\x%02X", c);
  }
}

/* Read everything; returns the result of the last csvread_next() (or of csvread_open()). */
static int readAll(const CsvReadOpts *o, int nExpect, Dump *d, long long *pnLine) {
  char zErr[300];
  CsvReader *p = 0;
  *pnLine = 0;
  int rc = csvread_open(o, &p, zErr, sizeof zErr);
  if (rc != CSVREAD_OK) {
    FUZZ_ASSERT(p == 0 && memchr(zErr, 0, sizeof zErr));
    dumpf(d, "open %lld\n", rc, 0, 0);
    return rc;
  }
  FUZZ_ASSERT(csvread_encoding(p)[0] != 0);
  CsvRecord r;
  long long nRec = 0, iNext = 1;
  while ((rc = csvread_next(p, &r)) == CSVREAD_ROW) {
    FUZZ_ASSERT(r.iLine == iNext);
    FUZZ_ASSERT(r.nLine >= 1);
    iNext += r.nLine;
    *pnLine += r.nLine;
    FUZZ_ASSERT(r.nField >= 0);
    dumpf(d, "%lld %lld %lld|", r.iLine, r.nLine, r.nField);
    for (int i = 0; i < r.nField; i++) {
      volatile unsigned h = 0;
      for (size_t j = 0; j < r.aField[i].n; j++)
        h += (unsigned char)r.aField[i].z[j];
      (void)h;
      dumpAdd(d, r.aField[i].z, r.aField[i].n);
      dumpAdd(d, "\x01", 1);
    }
    dumpAdd(d, "|", 1);
    if (r.zError)
      dumpError(d, r.zError);
    dumpAdd(d, "|", 1);
    dumpAdd(d, r.zRaw, r.nRaw);
    dumpAdd(d, "\n", 1);
    if (++nRec == 1 && nExpect < 0)
      csvread_set_columns(p, r.nField);
  }
  FUZZ_ASSERT(rc == CSVREAD_DONE || rc == CSVREAD_ETOOBIG || rc == CSVREAD_EOPEN ||
              rc == CSVREAD_ENOMEM);
  if (rc != CSVREAD_DONE)
    FUZZ_ASSERT(csvread_errmsg(p)[0] != 0);
  dumpf(d, "end %lld\n", rc, 0, 0);
  csvread_close(p);
  return rc;
}

static const char *const azEnc[] = {0, "auto", "utf8", "gb18030", "GBK", "UTF-16LE", "BIG5"};
static const char acDelim[] = {',', ';', '\t', '|', ' ', '"', 'a', '\r', '\n', 0};
static const char acQuote[] = {'"', '\'', ',', '\n', '\r', 'x', 0};

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  FuzzIn in = {aData, nData};
  unsigned bEnc = fuzz_byte(&in), bDelim = fuzz_byte(&in), bQuote = fuzz_byte(&in);
  unsigned bTrim = fuzz_byte(&in), bMax = fuzz_byte(&in), bBlock = fuzz_byte(&in);
  if (in.n > 16384)
    return 0;
  CsvReadOpts o;
  memset(&o, 0, sizeof o);
  o.zEncoding = azEnc[bEnc % (sizeof azEnc / sizeof azEnc[0])];
  o.cDelim = bDelim < 200 ? acDelim[bDelim % sizeof acDelim] : (char)bDelim;
  o.cQuote = bQuote < 200 ? acQuote[bQuote % sizeof acQuote] : (char)bQuote;
  if (o.cDelim == o.cQuote)
    o.cQuote = o.cDelim == '"' ? '\'' : '"'; /* csv_file refuses these */
  o.bTrim = (int)(bTrim & 1);
  int nExpect = (int)((bTrim >> 1) % 8) - 1; /* -1: from the first record; 0: any */
  o.mxRecord = bMax < 128 ? 0 : (size_t)(bMax - 127) * 8;
  char *zData = malloc(in.n ? in.n : 1); /* exactly the input, so ASan sees any over-read */
  memcpy(zData, in.a, in.n);
  o.zData = zData;
  o.nData = in.n;

  long long nLineBig, nLineSmall;
  Dump big = {0, 0, 0}, small = {0, 0, 0};
  csvread_fuzz_block = 256 * 1024;
  int rcBig = readAll(&o, nExpect, &big, &nLineBig);
  csvread_fuzz_block = 1 + bBlock;
  int rcSmall = readAll(&o, nExpect, &small, &nLineSmall);

  if (rcBig == CSVREAD_DONE) {
    /* Accounting: every line belongs to one record (a last line without a break counts). */
    size_t i0 = 0; /* a byte order mark is no line */
    if (in.n >= 3 && !memcmp(in.a, "\xEF\xBB\xBF", 3))
      i0 = 3;
    int bGb = o.zEncoding && (!strcmp(o.zEncoding, "gb18030") || !strcmp(o.zEncoding, "GBK"));
    if (bGb && in.n >= 4 && !memcmp(in.a, "\x84\x31\x95\x33", 4))
      i0 = 4;
    long long nLine = 0;
    for (size_t i = i0; i < in.n; i++)
      nLine += in.a[i] == '\n';
    if (in.n > i0 && in.a[in.n - 1] != '\n')
      nLine++;
    int bAscii = 1; /* line breaks are bytes 0x0A only in ASCII-compatible encodings */
    if (o.zEncoding && !strcmp(o.zEncoding, "UTF-16LE"))
      bAscii = 0;
    if (in.n >= 2 && ((in.a[0] == 0xFF && in.a[1] == 0xFE) || (in.a[0] == 0xFE && in.a[1] == 0xFF)))
      bAscii = 0;
    if (bAscii && o.zEncoding && strcmp(o.zEncoding, "auto"))
      FUZZ_ASSERT(nLineBig == nLine);
  }
  int bNamed = o.zEncoding && strcmp(o.zEncoding, "auto") != 0;
  if (bNamed && o.mxRecord == 0 && csvread_fuzz_block >= 4) {
    if (big.n != small.n || (big.n && memcmp(big.z, small.z, big.n))) {
      fprintf(stderr, "block %zu: the records differ from one-block reading\n--- one block:\n",
              csvread_fuzz_block);
      dumpPrint(&big);
      fprintf(stderr, "--- small blocks:\n");
      dumpPrint(&small);
      abort();
    }
    FUZZ_ASSERT(rcBig == rcSmall);
  }
  free(big.z);
  free(small.z);
  free(zData);
  return 0;
}
