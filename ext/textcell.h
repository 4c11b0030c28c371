/*
** textcell.h: white space around a spreadsheet cell, in plain C (no SQLite here). Shared by the
** normalizers of ID numbers (idcard.c) and certificate serials (certserial.c).
**
** Usage: int i = 0, j = n; textcell_trim((const unsigned char *)z, &i, &j);  -- z[i..j) is trimmed
*/
#ifndef TEXTCELL_H
#define TEXTCELL_H

/* 1 for ASCII white space: space, \t \n \v \f \r. */
int textcell_space(unsigned char c);

/* Narrow z[*pI..*pJ) by the white space at both ends: ASCII white space, U+00A0 no-break space,
** U+3000 ideographic space, U+FEFF BOM / zero-width no-break space and U+200B zero-width space. */
void textcell_trim(const unsigned char *z, int *pI, int *pJ);

#endif /* TEXTCELL_H */
