/*
** refdata.c: lookups in the compiled reference tables (see refdata.h). No SQLite, no allocation.
*/
#include "refdata.h"

/* Index of code in the sorted array a[0..n), or -1. */
static int findCode(const int *a, int n, int code) {
  int lo = 0, hi = n - 1;
  while (lo <= hi) {
    int mid = (lo + hi) >> 1;
    if (a[mid] < code) lo = mid + 1;
    else if (a[mid] > code) hi = mid - 1;
    else return mid;
  }
  return -1;
}

int region_known(int code) {
  unsigned k = (unsigned)(code - 100000);
  return k < 900000 && (aRegionBitmap[k >> 3] >> (k & 7)) & 1;
}

const char *region_name(int code, int *pCurrent) {
  int i = findCode(aRegionCode, nRegion, code);
  if (pCurrent) *pCurrent = i >= 0 ? aRegionCurrent[i] : 0;
  return i >= 0 ? azRegionName[i] : 0;
}

const char *region_name_in(int code, int year) {
  int i = findCode(aRegionCode, nRegion, code);
  if (i < 0) return 0;
  int k = aRegionPeriod[i], end = aRegionPeriod[i + 1] - 1;
  while (k < end && aPeriodLast[k] < year) k++; /* periods are in year order; few per code */
  return azPeriodName[k];
}

int region_years(int code, int *pFirst, int *pLast) {
  int i = findCode(aRegionCode, nRegion, code);
  if (i < 0) return 0;
  *pFirst = aRegionFirst[i];
  *pLast = aRegionLast[i];
  return 1;
}

const char *nationality_name(int code, const char **pzAlpha3) {
  int i = findCode(aNationCode, nNation, code);
  if (pzAlpha3) *pzAlpha3 = i >= 0 ? azNationAlpha3[i] : 0;
  return i >= 0 ? azNationName[i] : 0;
}
