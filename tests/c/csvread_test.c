/*
** tests/c/csvread_test.c: unit tests of the CSV reader (ext/csvread.c), without SQLite.
** Each case reads a buffer and renders every record as "line+nLine:field|field" or
** "line+nLine!reason[raw]", records separated by " / ", so one string shows what was delivered
** and what was rejected; CHECK_STR compares it with the expected rendering.
*/
#include <stdlib.h>

#include "csvread.h"
#include "test.h"

static char zOut[8192];

/* Read z[0..n) with the options and nCol expected fields; render into zOut. */
static const char *render(const char *z, size_t n, const char *zEnc, int nCol, int bTrim,
                          size_t mxRecord) {
  CsvReadOpts o = {0};
  CsvReader *p;
  char zErr[200];
  o.zData = z;
  o.nData = n;
  o.zEncoding = zEnc;
  o.bTrim = bTrim;
  o.mxRecord = mxRecord;
  if (csvread_open(&o, &p, zErr, sizeof zErr) != CSVREAD_OK) {
    snprintf(zOut, sizeof zOut, "open: %s", zErr);
    return zOut;
  }
  csvread_set_columns(p, nCol);
  size_t k = 0;
  CsvRecord r;
  int rc;
  zOut[0] = 0;
  while ((rc = csvread_next(p, &r)) == CSVREAD_ROW) {
    if (k > sizeof zOut - 1024 && !r.zError) continue; /* long inputs: keep the rejects */
    k += (size_t)snprintf(zOut + k, sizeof zOut - k, "%s%lld+%d", k ? " / " : "", r.iLine, r.nLine);
    if (r.zError) {
      k += (size_t)snprintf(zOut + k, sizeof zOut - k, "!%s[%.*s]", r.zError,
                            (int)(r.nRaw > 200 ? 200 : r.nRaw), r.zRaw);
    } else {
      for (int i = 0; i < r.nField; i++) {
        k += (size_t)snprintf(zOut + k, sizeof zOut - k, "%c%.*s", i ? '|' : ':',
                              (int)(r.aField[i].n > 200 ? 200 : r.aField[i].n), r.aField[i].z);
      }
    }
    if (k >= sizeof zOut) k = sizeof zOut - 1;
  }
  if (rc != CSVREAD_DONE)
    snprintf(zOut + k, sizeof zOut - k, " ERROR %d: %s", rc, csvread_errmsg(p));
  csvread_close(p);
  return zOut;
}

#define R(z, nCol) render(z, sizeof(z) - 1, 0, nCol, 0, 0)
#define RE(z, zEnc, nCol) render(z, sizeof(z) - 1, zEnc, nCol, 0, 0)

int main(void) {
  /* Plain, CRLF, no final break, empty fields. */
  CHECK_STR("plain", R("a,b\n1,2\n", 2), "1+1:a|b / 2+1:1|2");
  CHECK_STR("crlf", R("a,b\r\n1,2\r\n", 2), "1+1:a|b / 2+1:1|2");
  CHECK_STR("no final break", R("a,b\n1,2", 2), "1+1:a|b / 2+1:1|2");
  CHECK_STR("empty fields", R("a,b,c\n,,\n", 3), "1+1:a|b|c / 2+1:||");
  CHECK_STR("empty input", R("", 2), "");
  /* Spaces are data unless trim. */
  CHECK_STR("spaces kept", R(" a , b \n", 2), "1+1: a | b ");
  CHECK_STR("spaces trimmed", render(" a , \"b\" \n", 9, 0, 2, 1, 0), "1+1:a|b");
  /* Quoting: delimiter, doubled quote, line breaks inside quotes (LF and CRLF kept as data). */
  CHECK_STR("quoted comma", R("\"x,y\",\"say \"\"hi\"\"\"\n", 2), "1+1:x,y|say \"hi\"");
  CHECK_STR("quoted lf", R("a,b\n\"line1\nline2\",z\n3,4\n", 2),
            "1+1:a|b / 2+2:line1\nline2|z / 4+1:3|4");
  CHECK_STR("quoted crlf", R("\"p\r\nq\",z\r\n", 2), "1+2:p\r\nq|z");
  CHECK_STR("bare cr is data", R("a\rb,c\n", 2), "1+1:a\rb|c");
  /* Ragged and blank lines are rejected with their text. */
  CHECK_STR("ragged short", R("a,b,c\n1,2\n", 3),
            "1+1:a|b|c / 2+1!ragged: 2 fields, expected 3[1,2]");
  CHECK_STR("ragged long", R("a,b\n1,2,3\n", 2),
            "1+1:a|b / 2+1!ragged: 3 fields, expected 2[1,2,3]");
  CHECK_STR("blank line", R("a,b\n\n1,2\n", 2), "1+1:a|b / 2+1!blank line[] / 3+1:1|2");
  CHECK_STR("blank crlf", R("a,b\r\n\r\n", 2), "1+1:a|b / 2+1!blank line[]");
  CHECK_STR("blank one column", R("a\n\nb\n", 1), "1+1:a / 2+1: / 3+1:b");
  CHECK_STR("any count", R("a\n1,2\n", 0), "1+1:a / 2+1:1|2");
  /* Malformed quotes: the line is rejected, the next one read. */
  CHECK_STR("quote in unquoted", R("a,b\n1,x\"y\n2,3\n", 2),
            "1+1:a|b / 2+1!quote character inside an unquoted field at line 2, character 4[1,x\"y] "
            "/ 3+1:2|3");
  CHECK_STR("after closing quote", R("a,b\n\"x\"y,1\n2,3\n", 2),
            "1+1:a|b / 2+1!unexpected character after a closing quote at line 2, character "
            "4[\"x\"y,1] / 3+1:2|3");
  CHECK_STR("unterminated at eof", R("a,b\n\"open,1\n2,3\n4,5\n", 2),
            "1+1:a|b / 2+1!unterminated quoted field: no closing quote before the end of the "
            "file[\"open,1] / 3+1:2|3 / 4+1:4|5");
  CHECK_STR("unterminated maxrecord", render("a,b\n\"open,1\n2,3\n4,5\n6,7\n", 24, 0, 2, 0, 8),
            "1+1:a|b / 2+1!unterminated quoted field: no closing quote within 8 bytes "
            "(maxrecord)[\"open,1] / 3+1:2|3 / 4+1:4|5 / 5+1:6|7");
  /* Encodings: BOM stripped; GB18030 detected; invalid bytes reported, not replaced silently. */
  CHECK_STR("utf8 bom", R("\xEF\xBB\xBF\xE5\xA7\x93\xE5\x90\x8D,b\n1,2\n", 2),
            "1+1:姓名|b / 2+1:1|2");
  CHECK_STR("gb18030 auto", R("\xD0\xD5\xC3\xFB,b\n\xD5\xC5\xC8\xFD,2\n", 2),
            "1+1:姓名|b / 2+1:张三|2");
  CHECK_STR("gb18030 4-byte", R("\x81\x30\x81\x30\n", 1), "1+1:\xC2\x80");
  CHECK_STR("gbk named", RE("\xD5\xC5\n", "gbk", 1), "1+1:张");
  CHECK_STR("bad utf8 named", RE("a,b\n\xD5\xC5,2\n3,4\n", "utf8", 2),
            "1+1:a|b / 2+1!invalid UTF-8 byte 0xD5 at line 2, character 1 (and 1 more in the "
            "record)[\xEF\xBF\xBD\xEF\xBF\xBD,2] / 3+1:3|4");
  CHECK_STR("bad gb18030", RE("a,b\nx\x80y,2\n3,4\n", "gb18030", 2),
            "1+1:a|b / 2+1!invalid GB18030 bytes 0x80 0x79 at line 2, character "
            "2[x\xEF\xBF\xBDy,2] / 3+1:3|4");
  CHECK_STR("unknown encoding", render("a", 1, "klingon", 1, 0, 0),
            "open: unknown encoding 'klingon' (use auto, utf8, gb18030, or an iconv name)");
  CHECK_STR("bom vs gb18030",
            render("\xEF\xBB\xBF"
                   "a\n",
                   5, "gb18030", 1, 0, 0),
            "open: the file starts with a UTF-8 byte order mark, but encoding=gb18030 was given");
  CHECK_STR("auto: mostly utf8 stays utf8", R("编号,姓名\n1,张三\n2,\xC0\xEE\xCB\xC4\n", 2),
            "1+1:编号|姓名 / 2+1:1|张三 / 3+1!invalid UTF-8 byte 0xC0 at line 3, character 3 (and "
            "3 more in the "
            "record); the encoding was detected from the start of the file: name it with "
            "encoding=gb18030 "
            "if the file is GBK[2,\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD]");
  CHECK_STR("utf16le bom",
            render("\xFF\xFE"
                   "a\0,\0b\0\n\0",
                   10, 0, 2, 0, 0),
            "1+1:a|b");

  /* The encoding auto chose. */
  {
    static const char *az[][2] = {{"a,b\n", "utf8"},
                                  {"\xEF\xBB\xBF"
                                   "a\n",
                                   "utf8"},
                                  {"\xD0\xD5\xC3\xFB\n", "gb18030"},
                                  {"\xFF\xFE"
                                   "a\0",
                                   "UTF-16LE"},
                                  {"", "utf8"}};
    for (int i = 0; i < 5; i++) {
      CsvReadOpts o = {0};
      CsvReader *p;
      char zErr[100];
      o.zData = az[i][0];
      o.nData = i == 3 ? 4 : strlen(az[i][0]);
      if (csvread_open(&o, &p, zErr, sizeof zErr) != CSVREAD_OK) {
        CHECK("detect: open", 0);
        continue;
      }
      CHECK_STR("detect", csvread_encoding(p), az[i][1]);
      csvread_close(p);
    }
  }

  /* Auto picked UTF-8 from the first block; GBK bytes after it are reported with the hint. */
  {
    size_t n = 300 * 1024 + 16;
    char *z = malloc(n);
    size_t k = 0;
    if (!z) return 1;
    while (k < 300 * 1024) {
      memcpy(z + k, "abc,def\n", 8);
      k += 8;
    }
    memcpy(z + k, "\xD5\xC5,x\n", 5);
    k += 5;
    render(z, k, 0, 2, 0, 0);
    CHECK("late gbk reported",
          strstr(zOut,
                 "38401+1!invalid UTF-8 byte 0xD5 at line 38401, character 1 "
                 "(and 1 more in the record); the encoding was detected from the "
                 "start of the file: name it with encoding=gb18030 if the file is GBK") != 0);
    /* A field spanning the 256 KiB block boundary stays whole. */
    k = 0;
    memcpy(z, "\"", 1);
    memset(z + 1, 'x', 262150);
    memcpy(z + 262151, "\",y\n", 4);
    render(z, 262155, 0, 2, 0, 0);
    CHECK("field across blocks", !strncmp(zOut, "1+1:xxxx", 8) && strstr(zOut, "x|y") != 0);
    /* A line longer than maxrecord (that does not fit in one block) stops the read. */
    memset(z, 'x', 300 * 1024);
    render(z, 300 * 1024, 0, 2, 0, 1000);
    CHECK_STR("line too long", zOut,
              " ERROR 6: line 1 is longer than 1000 bytes (maxrecord): not a "
              "CSV file, or raise maxrecord");
    free(z);
  }

  /* Accounting: lines in = sum of nLine over records. */
  {
    static const char z[] = "h1,h2\n1,2\n\"a\nb\",c\n\nx\"y,1\n\"open\n5,6";
    CsvReadOpts o = {0};
    CsvReader *p;
    char zErr[100];
    CsvRecord r;
    o.zData = z;
    o.nData = sizeof z - 1;
    csvread_open(&o, &p, zErr, sizeof zErr);
    csvread_set_columns(p, 2);
    long long nLines = 0, nRec = 0, nRej = 0;
    while (csvread_next(p, &r) == CSVREAD_ROW) {
      nLines += r.nLine;
      nRec++;
      nRej += r.zError != 0;
    }
    csvread_close(p);
    CHECK_INT("accounting lines", nLines, 8);
    CHECK_INT("accounting records", nRec, 7);
    CHECK_INT("accounting rejected", nRej, 3);
  }
  /* Property: for any input (random bytes from a CSV-hostile alphabet, either encoding, small
  ** maxrecord so the resync path runs), the records cover every line exactly once. */
  {
    static const char acAlpha[] = {
        'a', ',', ',',        '"',        '"',        '\n',       '\n',       '\r',
        ' ', 'x', (char)0xD5, (char)0xC5, (char)0xE5, (char)0xBC, (char)0xA0, (char)0x80};
    unsigned seed = 12345;
    int nBad = 0;
    for (int t = 0; t < 3000; t++) {
      char z[200];
      size_t n = (size_t)(t % 199), nLines = 0;
      for (size_t i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        z[i] = acAlpha[(seed >> 16) % sizeof acAlpha];
        nLines += z[i] == '\n';
      }
      if (n > 0 && z[n - 1] != '\n') nLines++;
      CsvReadOpts o = {0};
      CsvReader *p;
      char zErr[100];
      CsvRecord r;
      o.zData = z;
      o.nData = n;
      o.zEncoding = t % 3 == 0 ? "gb18030" : t % 3 == 1 ? "utf8" : "auto";
      o.bTrim = t % 2;
      o.mxRecord = t % 5 == 0 ? 16 : 0;
      if (csvread_open(&o, &p, zErr, sizeof zErr) != CSVREAD_OK) {
        nBad++;
        continue;
      }
      csvread_set_columns(p, t % 4);
      size_t nGot = 0;
      int rc;
      while ((rc = csvread_next(p, &r)) == CSVREAD_ROW) nGot += (size_t)r.nLine;
      if (rc != CSVREAD_DONE && rc != CSVREAD_ETOOBIG) nBad++;
      if (rc == CSVREAD_DONE && nGot != nLines) {
        if (nBad++ < 3)
          printf("# property case %d: %zu lines, records cover %zu\n", t, nLines, nGot);
      }
      csvread_close(p);
    }
    CHECK_INT("every line in exactly one record, 3000 random inputs", nBad, 0);
  }
  return test_done(__FILE__);
}
