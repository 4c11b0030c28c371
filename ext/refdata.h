/*
** refdata.h: reference data compiled into renshe, in plain C (no SQLite here).
**
** The tables themselves are generated at build time from the CSVs under fixtures/reference/ by
** tools/gen_refdata.awk (build/gen/refdata_tables.c); nobody edits the generated file. The CSVs
** name their sources in their first line.
**   regions.csv        GB/T 2260 division codes, union of every list 1980-2024, one row per name
**                      period (a code's name changes: 120110 东郊区 1980-1991, 东丽区 since 1992)
**   nationalities.csv  ISO 3166-1 numeric country codes (GB/T 2659) with Chinese names
*/
#ifndef REFDATA_H
#define REFDATA_H

/* 1 if code (6 digits) has ever been a GB/T 2260 code, or is a permit address code. */
int region_known(int code);

/* The name of a region code, or 0 when unknown: its current name, or for an abolished code its
** last. *pCurrent (if not 0) is set to 1 when the code is in the newest list, 0 when abolished. */
const char *region_name(int code, int *pCurrent);

/* The name a region code had in year, or 0 when the code is unknown. A year before the code's
** first list gives its first name, a year after its last list its last name (reading: a number
** carries the code its registration office used, which existed by then; for someone born before
** the code was set up, the number was issued under the code's earliest name). A year between two
** periods (132201: 邢台市 1980-1982, 南宫市 from 1986) gives the later, under which the code was
** next issued. */
const char *region_name_in(int code, int year);

/* The first and last year of the code in the lists; 0 when the code is unknown. */
int region_years(int code, int *pFirst, int *pLast);

/* The Chinese name and alpha-3 code of an ISO 3166-1 numeric code, or 0 when unknown. */
const char *nationality_name(int code, const char **pzAlpha3);

/* Generated tables (build/gen/refdata_tables.c), sorted by code. */
extern const int aRegionCode[];
extern const char *const azRegionName[];
extern const unsigned char aRegionCurrent[];
extern const unsigned char aRegionBitmap[112500]; /* bit per code 100000..999999 */
extern const unsigned short aRegionFirst[], aRegionLast[]; /* years in the lists */
extern const unsigned short aRegionPeriod[];  /* first period of code i; [nRegion] = nRegionPeriod */
extern const unsigned short aPeriodLast[];    /* last year of each name period */
extern const char *const azPeriodName[];      /* the name in each period */
extern const int nRegion, nRegionPeriod;
extern const int aNationCode[];
extern const char *const azNationName[];
extern const char *const azNationAlpha3[];
extern const int nNation;

#endif /* REFDATA_H */
