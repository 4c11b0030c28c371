/*
** textcell.c: trim a spreadsheet cell (see textcell.h). No SQLite, no allocation.
*/
#include "textcell.h"

int textcell_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Length of the UTF-8 white-space sequence at z[0..n) (U+00A0, U+3000, U+FEFF, U+200B), else 0. */
static int wideSpace(const unsigned char *z, int n) {
  if (n >= 2 && z[0] == 0xC2 && z[1] == 0xA0) return 2;
  if (n >= 3 && z[0] == 0xE3 && z[1] == 0x80 && z[2] == 0x80) return 3;
  if (n >= 3 && z[0] == 0xEF && z[1] == 0xBB && z[2] == 0xBF) return 3;
  if (n >= 3 && z[0] == 0xE2 && z[1] == 0x80 && z[2] == 0x8B) return 3;
  return 0;
}

void textcell_trim(const unsigned char *z, int *pI, int *pJ) {
  int i = *pI, j = *pJ, k;
  for (;;) {
    if (i < j && textcell_space(z[i])) i++;
    else if ((k = wideSpace(z + i, j - i)) > 0) i += k;
    else break;
  }
  for (;;) {
    if (j > i && textcell_space(z[j - 1])) j--;
    else if (j - i >= 2 && wideSpace(z + j - 2, 2) == 2) j -= 2;
    else if (j - i >= 3 && wideSpace(z + j - 3, 3) == 3) j -= 3;
    else break;
  }
  *pI = i;
  *pJ = j;
}
