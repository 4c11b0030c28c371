/*
** record.h: the national platform's unemployment-registration records, in plain C (no SQLite here):
** their field specs, the code tables the texts print, and the per-field checks.
**
** Three record kinds, each a list of fields with code, type, length, required flag, code table and
** validation rules (校验规则), transcribed into fixtures/reference/record_fields.csv and codes.csv:
**   application  失业登记申请信息, 鲁人社字〔2020〕39号 附件5 四(一)
**   audit        失业登记申请审核结果信息, 同 四(二)
**   exit         失业登记退出信息, 人社厅发〔2020〕79号 附件 二(一)
** The tables are generated at build time by tools/gen_records.awk (build/gen/record_tables.c).
**
** A record is a list of values, one slot per field of its kind, already normalised by
** record_normalize (dates YYYYMMDD, codes given by name or as numbers turned into codes).
** record_validate reports every problem through a callback; nothing here allocates.
*/
#ifndef RECORD_H
#define RECORD_H

#include "rsdate.h"

/* Checks of the rules column (record_fields.csv "checks"); type, length and the required flag are
** always checked. */
#define RECORD_CK_CODE          0x0001 /* 必须在代码表中 */
#define RECORD_CK_DATE8         0x0002 /* 格式为YYYYMMDD的有效日期 */
#define RECORD_CK_DATE6         0x0004 /* 格式为YYYYMM的有效日期 (audit AJC090) */
#define RECORD_CK_NOT_FUTURE    0x0008 /* 早于或等于系统当前日期 */
#define RECORD_CK_NO_SPACE      0x0010 /* 不能含有半角或全角空格 */
#define RECORD_CK_MOBILE        0x0020 /* 11位数字字符 */
#define RECORD_CK_LANDLINE      0x0040 /* 固定电话必须填写区号 ... */
#define RECORD_CK_IDCARD        0x0080 /* the five AAC002 rules, and GB 11643 */
#define RECORD_CK_DISABILITY    0x0100 /* 健康状况为残疾的，需注明伤残等级 */
#define RECORD_CK_OTHER_REASON  0x0200 /* 当失业原因为其他时，可填写 */
#define RECORD_CK_REJECT_REASON 0x0400 /* 当审核结果为“审核不通过”时必填 */
#define RECORD_CK_INTENTIONS    0x0800 /* 可写三个意向，中间用“|”隔开 */

/* How much of a field's code table the texts print (record_fields.csv "code_status"). */
enum {
  RECORD_CS_NONE = 0,    /* not a coded field */
  RECORD_CS_PRINTED,     /* the whole table is printed: a value outside it is an error */
  RECORD_CS_PARTIAL,     /* some codes printed (AAC005: only 99): nothing to check against */
  RECORD_CS_NOT_PRINTED, /* only a standard is named: nothing to check against */
  RECORD_CS_EXTERNAL     /* regions: 6 digits, then the GB/T 2260 union of refdata.h (a warning) */
};

/* Problem severities. Only errors make a record fail record_check / record_export. */
enum { RECORD_ERROR = 0, RECORD_WARNING = 1 };

typedef struct RecordCode {
  const char *zTable; /* the code table: the field it is printed for (codes.csv "field") */
  const char *zCode;
  const char *zName;
  const char *zSource;
} RecordCode;

typedef struct RecordField {
  const char *zKind;      /* application, audit, exit */
  int iSeq;               /* 序号 */
  const char *zCode;      /* 指标编码: AAC002 */
  const char *zName;      /* 指标名称: 社会保障号码 */
  const char *zEnglish;   /* renshe's name: social_security_no */
  const char *zType;      /* 指标类型 as printed: "C", "N", "D" or "" */
  int nLen;               /* 指标长度 in characters; 0 where the text leaves it blank */
  int bRequired;          /* 是否必填 */
  const char *zCodeTable; /* "" when not coded; "region" for division codes */
  int eCodeStatus;        /* RECORD_CS_* */
  unsigned mCheck;        /* RECORD_CK_* */
  const char *zChecks;    /* the same, as written in the CSV */
  const char *zRules;     /* 校验规则 as printed */
  const char *zSource;    /* document, clause and item (序号) */
  const char *zReading;   /* renshe's reading where the text leaves it open */
} RecordField;

typedef struct RecordKind {
  const char *zKind; /* application, audit, exit */
  const char *zName; /* 失业登记申请信息, ... */
  const char *zRef;  /* the document and clause */
  const RecordField *aField;
  int nField;
} RecordKind;

#define RECORD_MAX_FIELD 64 /* more than any kind has (46) */

/* The kind named z (English or Chinese name), or 0. */
const RecordKind *record_kind(const char *z);
/* Kinds by index, 0 past the last. */
const RecordKind *record_kind_at(int i);

/* Index in k->aField of the field whose code (any case), Chinese name or English name (any case)
** is z[0..n), or -1. */
int record_field_index(const RecordKind *k, const char *z, int n);

/* The first field spec (of any kind) whose code is zField (any case), or 0. */
const RecordField *record_field_any(const char *zField);

/* The row of table zTable whose code is z[0..n), or 0. */
const RecordCode *record_code_find(const char *zTable, const char *z, int n);

/* The width of table zTable's codes when they all have the same one, else 0. */
int record_code_width(const char *zTable);

/*
** Normalise the text value z[0..n) of field f the way record_export writes it. If it changes, the
** new value goes to zOut (nOut >= 32 bytes is always enough) and its length is returned; if not,
** -1. Dates YYYY-MM-DD become YYYYMMDD (YYYYMM for a DATE6 field, which also takes YYYY-MM and
** YYYYMMDD); a coded value equal to the name of one of its table's codes becomes that code.
*/
int record_normalize(const RecordField *f, const char *z, int n, char *zOut, int nOut);

/* Write a whole number given for field f as text into zOut (nOut >= 32), zero-padded to the code
** width of a coded field (AAC058: 1 -> "01"), then normalised as text. Returns the length. */
int record_normalize_int(const RecordField *f, long long v, char *zOut, int nOut);

/* A value slot: z == 0 (or n == 0) means absent. bBad: a value was given but could not be read
** (its problem is already reported), so no rule looks at the slot. */
typedef struct RecordValue {
  const char *z;
  int n;
  int bBad;
} RecordValue;

typedef struct RecordProblem {
  const char *zField;     /* field code, or "" for a key that is no field */
  const char *zFieldName; /* Chinese name, or "" */
  const char *zRule;      /* stable: required, length, code, date, future_date, name_space, ... */
  int eSeverity;          /* RECORD_ERROR or RECORD_WARNING */
  const char *zRef;       /* where the rule is written */
  char zMessage[400]; /* "AAC002 社会保障号码: check digit mismatch ... / 校验码错误" */
} RecordProblem;

/* Called once per problem; a non-zero return stops the validation and is returned by it. */
typedef int (*RecordProblemFn)(void *pArg, const RecordProblem *p);

/*
** Check the values aVal[0..k->nField) of a record of kind k against every rule of its fields.
** pAsOf (may be 0: then no date is "in the future", and ID birth dates are not bounded) is the
** date "系统当前日期" stands for. Problems come in field order. Returns 0 or what xProblem returned.
*/
int record_validate(const RecordKind *k, const RecordValue *aVal, const RsDate *pAsOf,
                    RecordProblemFn xProblem, void *pArg);

/* Fill p for a problem of field f (0 for none) with a message printf'd after "CODE 名称: ". */
void record_problem(RecordProblem *p, const RecordKind *k, const RecordField *f, const char *zRule,
                    int eSeverity, const char *zFmt, ...);

/* Bytes of z[0..n) in its first nChar UTF-8 characters (for quoting a value without cutting a
** character in two). */
int record_utf8_prefix(const char *z, int n, int nChar);

/* Generated tables (build/gen/record_tables.c), in CSV order: fields grouped by kind in spec order,
** codes grouped by table; the kinds point into aRecordField. */
extern const RecordField aRecordField[];
extern const int nRecordField;
extern const RecordCode aRecordCode[];
extern const int nRecordCode;
extern const RecordKind aRecordKind[];
extern const int nRecordKind;

#endif /* RECORD_H */
