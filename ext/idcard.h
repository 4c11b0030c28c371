/*
** idcard.h: Chinese identity numbers (公民身份号码, GB 11643-1999), in plain C (no SQLite here).
**
** Kinds recognised, all checked with the same rules (AAC002 社会保障号码 in the national interface
** spec, 鲁人社字〔2020〕39号 附件5):
**   resident18   18 characters: 6-digit GB/T 2260 address code, YYYYMMDD, 3-digit sequence
**                (odd = male), ISO 7064 MOD 11-2 check character (0-9 or X).
**   resident15   15 digits (GB 11643-1989): address code, YYMMDD (century 19), 3-digit sequence;
**                no check digit. Upgraded to 18 by inserting "19" and appending the check.
**   hk_macao_taiwan_permit  港澳台居民居住证: address code 810000/820000/830000 (国办发〔2018〕81号),
**                otherwise an 18-character resident number.
**   foreign_permanent  2023 外国人永久居留身份证: '9', 2-digit province of issue, 3-digit ISO 3166-1
**                numeric nationality, YYYYMMDD, sequence, MOD 11-2 check character.
**
** Region codes are checked against the union of every GB/T 2260 version (refdata.h), never against
** the birth year: a number keeps its code for life. There is no floor on the birth year (the
** standard's own example 440524188001010014 is born 1880).
*/
#ifndef IDCARD_H
#define IDCARD_H

#include "rsdate.h"

/* Error codes, in the order they are checked. Their names (idcard_error_name) are stable. */
enum {
  IDCARD_OK = 0,
  IDCARD_E_EMPTY,        /* "empty" */
  IDCARD_E_LENGTH,       /* "length": not 15 or 18 characters */
  IDCARD_E_CHARSET,      /* "charset": a character that may not stand there */
  IDCARD_E_REGION,       /* "region": address (or nationality) code never issued */
  IDCARD_E_BIRTH_DATE,   /* "birth_date": not a calendar date */
  IDCARD_E_FUTURE_BIRTH, /* "future_birth": born after as_of */
  IDCARD_E_CHECKSUM,     /* "checksum": 18th character does not match */
  IDCARD_E_SEX,          /* "sex": disagrees with the recorded sex (GB/T 2261.1) */
  IDCARD_N_ERROR
};

enum {
  IDCARD_KIND_NONE = 0,
  IDCARD_KIND_RESIDENT18,
  IDCARD_KIND_RESIDENT15,
  IDCARD_KIND_HMT_PERMIT,
  IDCARD_KIND_FOREIGN_PR
};

typedef struct IdcardInfo {
  int kind;         /* IDCARD_KIND_*, set once length and characters are right */
  int nChar;        /* length in characters (UTF-8 code points) */
  int iBad;         /* charset: 0-based position of the offending character */
  int badWide;      /* charset: that character is not ASCII (a full-width digit?) */
  int region;       /* address code; for foreign_permanent the province, as XX0000 */
  int nationality;  /* foreign_permanent: ISO 3166-1 numeric code */
  RsDate birth;     /* valid from IDCARD_E_FUTURE_BIRTH on */
  int sex;          /* 1 male, 2 female */
  int lowerX;       /* the check character was a lowercase x (accepted) */
  int edgeSpace;    /* the input starts or ends with white space */
  char cCheck;      /* the check character the body requires */
  char zId18[19];   /* the 18-character form, upper-case X; complete when the result is OK */
} IdcardInfo;

/*
** Check z[0..n). pAsOf (may be 0) rejects birth dates after it; sex (1 or 2; 0 = not checked)
** is compared with the sequence digit. Returns IDCARD_OK or the first IDCARD_E_* found, and fills
** *p as far as it got.
*/
int idcard_check(const char *z, int n, const RsDate *pAsOf, int sex, IdcardInfo *p);

/*
** The same verdict as idcard_check() for the common case, without filling an IdcardInfo: z[0..n)
** is 18 ASCII bytes (17 digits and 0-9, X or x) or 15 ASCII digits, of any kind. Returns what idcard_check() would (IDCARD_OK or the same IDCARD_E_*), or -1 when
** z is not that case and only idcard_check() may decide. check_idcard() calls it per row (the hot
** path of bench/idcard.sh); tests/c/idcard_fast_test.c holds it to idcard_check().
*/
int idcard_check_fast(const char *z, int n, const RsDate *pAsOf, int sex);

/* The MOD 11-2 check character ('0'-'9' or 'X') of 17 ASCII digits. */
char idcard_check_char(const char *z17);

/* Stable names: idcard_error_name(IDCARD_E_REGION) is "region"; "" for IDCARD_OK. */
const char *idcard_error_name(int rc);
const char *idcard_kind_name(int kind);

/* A one-line English and Chinese explanation of rc for the number described by p, written into
** z[0..nz). Never repeats the number itself (it is personal data). */
void idcard_message(int rc, const IdcardInfo *p, char *z, int nz);

/*
** Clean a spreadsheet cell into z[0..nz): trim ASCII and ideographic white space and no-break
** spaces at both ends, drop one leading apostrophe (Excel's text marker), map full-width digits
** and Ｘ/ｘ to ASCII, and lower-case x to X. Returns the output length, or -1 if nz is too small.
*/
int idcard_normalize(const char *z, int n, char *zOut, int nOut);

#endif /* IDCARD_H */
