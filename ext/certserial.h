/*
** certserial.h: serial numbers of the Shandong vocational-training certificate
** (山东省职业技能培训合格证书序列号), in plain C (no SQLite here).
**
** The rule is 鲁人社函〔2020〕48号 附件2 (2020-07-30): 18
** characters in six parts, left-padded with 0 (附件2 二(七)):
**   1-4    设区的市代码 city        the rule's own table: 3701 济南 ... 3716 菏泽, 3700 省本级.
**          From 临沂 on these are NOT the GB/T 2260 prefixes: 3712 is 临沂 (GB 3713), never 莱芜.
**   5-6    县（市、区）代码 county  the city's own numbering; 00 = city-level or provincial project
**   7-10   培训主体代码 provider    assigned by the local HR bureau; retired codes are never reused
**   11-12  证书核发年份代码 year    last two digits of the issuing year
**   13-17  证书核发顺序代码 seq     00001-99999, in order, within a year
**   18     培训类别代码 category    A 就业技能培训, B 岗位技能提升培训, C 创业培训
*/
#ifndef CERTSERIAL_H
#define CERTSERIAL_H

#include "rsdate.h"

/* Error codes, in the order they are checked. Their names (serial_error_name) are stable. */
enum {
  SERIAL_OK = 0,
  SERIAL_E_EMPTY,    /* "empty" */
  SERIAL_E_LENGTH,   /* "length": not 18 characters */
  SERIAL_E_CHARSET,  /* "charset": 1-17 not an ASCII digit, or 18 not an ASCII letter */
  SERIAL_E_CITY,     /* "city": 1-4 not in the rule's table */
  SERIAL_E_COUNTY,   /* "county": a provincial project (3700) with a county other than 00 */
  SERIAL_E_PROVIDER, /* "provider": 0000 */
  SERIAL_E_YEAR,     /* "year": before 2020, or after as_of */
  SERIAL_E_SEQ,      /* "seq": 00000 */
  SERIAL_E_CATEGORY, /* "category": a letter other than A, B, C (lowercase included) */
  SERIAL_N_ERROR
};

#define SERIAL_LEN 18
#define SERIAL_CITY_PROVINCE 3700 /* 省本级项目代码 */
#define SERIAL_CITY_LAST 3716     /* 菏泽 */
#define SERIAL_COUNTY_MAX 99
#define SERIAL_PROVIDER_MIN 1 /* reading: 0000 is no code, see certserial.c */
#define SERIAL_PROVIDER_MAX 9999
#define SERIAL_YEAR_FIRST 2020 /* reading: the unified format dates from 2020-07-30 */
#define SERIAL_YEAR_LAST 2099  /* the two-digit year code repeats after 2099 */
#define SERIAL_SEQ_MAX 99999

typedef struct SerialInfo {
  int nChar;      /* length in characters (UTF-8 code points) */
  int iBad;       /* charset: 0-based position of the offending character */
  int edgeSpace;  /* the input starts or ends with white space */
  int hasParts;   /* length and characters are right, so the fields below are what it says */
  int city;       /* positions 1-4 */
  int county;     /* 5-6 */
  int provider;   /* 7-10 */
  int year;       /* 2000 + positions 11-12 */
  int seq;        /* 13-17 */
  char category;  /* 18, as written */
  RsDate asOf;    /* the as_of the year was checked against (y 0: none) */
} SerialInfo;

/*
** Check z[0..n) (not normalised: lowercase, spaces and full-width digits are errors). pAsOf (may
** be 0) also rejects an issuing year after as_of, and any serial when as_of is before the rule
** (2020-07-30). Returns SERIAL_OK or the first SERIAL_E_* found, and fills *p as far as it got.
*/
int serial_parse(const char *z, int n, const RsDate *pAsOf, SerialInfo *p);

/* Stable names: serial_error_name(SERIAL_E_CITY) is "city"; "" for SERIAL_OK. */
const char *serial_error_name(int rc);

/* A one-line English and Chinese explanation of rc for the serial described by p, naming the
** part in both languages, written into z[0..nz). "" for SERIAL_OK. */
void serial_message(int rc, const SerialInfo *p, char *z, int nz);

/* The rule's name of a certificate city code ("济南", "省本级" for 3700), or 0. */
const char *serial_city_name(int code);

/* The training category of 'A', 'B' or 'C' ("就业技能培训" ...), or 0. */
const char *serial_category_name(char c);

/*
** The certificate city code of z[0..n): a code 3700-3716, or a name with or without 市 (济南,
** 济南市, 省本级). Returns the code, or -1 with the reason in zErr[0..nErr): GB/T 2260 codes
** (371300 临沂市, whose certificate code is 3712), 莱芜 (merged into 济南 in 2019), 3717, ...
*/
int serial_city_lookup(const char *z, int n, char *zErr, int nErr);

/* The category letter of z[0..n): A/B/C, a/b/c, or the category's name. Returns 'A', 'B', 'C',
** or 0. */
char serial_category_lookup(const char *z, int n);

/*
** Build the serial of the six parts into zOut (19 bytes, NUL-terminated). year is four digits,
** category 'A', 'B' or 'C'. Returns SERIAL_OK, or the SERIAL_E_* of the first part out of range
** with "<part>: <why>" in zErr[0..nErr).
*/
int serial_format(int city, long long county, long long provider, long long year, long long seq,
                  char category, char *zOut, char *zErr, int nErr);

/*
** Clean a typed or pasted serial into zOut[0..nOut): trim ASCII and ideographic white space and
** no-break spaces, drop one leading apostrophe (Excel's text marker), map full-width digits and
** letters to ASCII, and upper-case letters. Returns the output length, or -1 if nOut is too small.
*/
int serial_normalize(const char *z, int n, char *zOut, int nOut);

#endif /* CERTSERIAL_H */
