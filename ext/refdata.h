/*
** refdata.h: reference data compiled into renshe, in plain C (no SQLite here).
**
** The tables themselves are generated at build time from the CSVs under fixtures/reference/ by
** tools/gen_refdata.awk (build/gen/refdata_tables.c); nobody edits the generated file. The CSVs
** name their sources in their first line.
**   regions.csv        GB/T 2260 division codes, union of every version 1980-2023
**   nationalities.csv  ISO 3166-1 numeric country codes (GB/T 2659) with Chinese names
*/
#ifndef REFDATA_H
#define REFDATA_H

/* 1 if code (6 digits) has ever been a GB/T 2260 code, or is a permit address code. */
int region_known(int code);

/* The name of a region code, or 0 when unknown. *pCurrent (if not 0) is set to 1 when the code
** is in the current (2023) list, 0 when it was abolished. */
const char *region_name(int code, int *pCurrent);

/* The Chinese name and alpha-3 code of an ISO 3166-1 numeric code, or 0 when unknown. */
const char *nationality_name(int code, const char **pzAlpha3);

/* Generated tables (build/gen/refdata_tables.c), sorted by code. */
extern const int aRegionCode[];
extern const char *const azRegionName[];
extern const unsigned char aRegionCurrent[];
extern const unsigned char aRegionBitmap[112500]; /* bit per code 100000..999999 */
extern const int nRegion;
extern const int aNationCode[];
extern const char *const azNationName[];
extern const char *const azNationAlpha3[];
extern const int nNation;

#endif /* REFDATA_H */
