/*
** policy_bytes.h: two comparisons the policy host makes on every call, inline (a call of the C
** library's memcmp costs more than comparing a dozen bytes): short byte strings for equality, and
** dates as text (YYYY-MM-DD, byte order is date order).
*/
#ifndef POLICY_BYTES_H
#define POLICY_BYTES_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* 1 when the n bytes at a and b are the same. */
static inline int policy_bytes_eq(const void *a, const void *b, size_t n) {
  const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
  while (n >= 8) {
    uint64_t u, v;
    memcpy(&u, x, 8);
    memcpy(&v, y, 8);
    if (u != v) return 0;
    x += 8;
    y += 8;
    n -= 8;
  }
  while (n > 0) {
    if (*x++ != *y++) return 0;
    n--;
  }
  return 1;
}

/* memcmp(a, b, 10) < 0, == 0 or > 0 as -1, 0, 1: the order of two dates as text. */
static inline int policy_date_cmp(const char *a, const char *b) {
  for (int k = 0; k < 10; k++) {
    if (a[k] != b[k]) return (unsigned char)a[k] < (unsigned char)b[k] ? -1 : 1;
  }
  return 0;
}

#endif /* POLICY_BYTES_H */
