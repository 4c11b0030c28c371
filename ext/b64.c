/*
** b64.c: base64 (RFC 4648 §4) on libb64, with strict validation before decoding; see b64.h.
** No SQLite and no allocation: the caller sizes the output with b64_encoded_len() or b64_check().
**
** libb64 1.2 (Debian libb64-dev) inserts "\n" after every 72 output characters (CHARS_PER_LINE,
** fixed when the library was built) and another at the end (base64_encode_blockend). Rebuilding
** libb64 is not an option for a system library, so b64_encode() feeds it 2304-byte chunks (a
** multiple of 3, so no state crosses a chunk boundary but the line counter), drops every "\n" it
** produced, and inserts our own breaks when asked. The base64 alphabet never contains "\n", so
** dropping them cannot drop data.
*/
#include <string.h>

#include <b64/cdecode.h>
#include <b64/cencode.h>

#include "b64.h"

#define B64_CHUNK 2304 /* bytes per libb64 call: 768 groups of 3 */

size_t b64_encoded_len(size_t n, size_t nLine) {
  size_t nChar = (n + 2) / 3 * 4;
  if (nLine > 0 && nChar > 0) nChar += (nChar - 1) / nLine;
  return nChar;
}

size_t b64_encode(const unsigned char *a, size_t n, size_t nLine, char *z) {
  /* 3072 characters per chunk, plus libb64's 42 line breaks, plus blockend's padding and "\n". */
  char aTmp[B64_CHUNK / 3 * 4 + B64_CHUNK / 54 + 16];
  base64_encodestate state;
  size_t iOut = 0, iCol = 0, i = 0;
  base64_init_encodestate(&state);
  for (;;) {
    size_t nIn = n - i < B64_CHUNK ? n - i : B64_CHUNK;
    int nTmp = base64_encode_block((const char *)a + i, (int)nIn, aTmp, &state);
    i += nIn;
    if (i == n) nTmp += base64_encode_blockend(aTmp + nTmp, &state);
    for (int j = 0; j < nTmp; j++) {
      if (aTmp[j] == '\n') continue;
      if (nLine > 0 && iCol == nLine) {
        z[iOut++] = '\n';
        iCol = 0;
      }
      z[iOut++] = aTmp[j];
      iCol++;
    }
    if (i == n) break;
  }
  return iOut;
}

/* Value of an alphabet character, -1 for anything else. */
static int b64Value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

int b64_check(const char *z, size_t n, size_t *piBad, size_t *pnOut) {
  size_t nSym = 0;  /* alphabet and '=' characters seen */
  size_t nPad = 0;  /* '=' seen */
  size_t iLast = 0; /* offset of the last alphabet character */
  int vLast = 0;    /* its value */
  *piBad = 0;
  *pnOut = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)z[i];
    if (c == '\r' || c == '\n') continue;
    if (c == '=') {
      /* Padding may only complete the last quadruple: positions 3 and 4 of it, at most two. */
      if (nSym % 4 < 2 || nPad == 2) {
        *piBad = i;
        return B64_E_PAD;
      }
      nPad++;
      nSym++;
      continue;
    }
    int v = b64Value(c);
    if (v < 0) {
      *piBad = i;
      return B64_E_CHAR;
    }
    if (nPad > 0) { /* data after padding */
      *piBad = i;
      return B64_E_PAD;
    }
    iLast = i;
    vLast = v;
    nSym++;
  }
  if (nSym % 4 != 0) {
    *piBad = n;
    return B64_E_LENGTH;
  }
  /* "xx==" keeps 8 bits of 12 and "xxx=" 16 of 18: the unused low bits must be zero. */
  if ((nPad == 2 && (vLast & 0x0F) != 0) || (nPad == 1 && (vLast & 0x03) != 0)) {
    *piBad = iLast;
    return B64_E_BITS;
  }
  *pnOut = nSym / 4 * 3 - nPad;
  return B64_OK;
}

size_t b64_decode(const char *z, size_t n, unsigned char *a) {
  base64_decodestate state;
  size_t nOut = 0;
  base64_init_decodestate(&state);
  /* libb64 takes an int length: feed it in pieces. Its state carries partial groups across. */
  while (n > 0) {
    int nIn = n > (1u << 30) ? (1 << 30) : (int)n;
    nOut += (size_t)base64_decode_block(z, nIn, (char *)a + nOut, &state);
    z += nIn;
    n -= (size_t)nIn;
  }
  return nOut;
}

const char *b64_error_text(int rc) {
  switch (rc) {
    case B64_OK:
      return "ok";
    case B64_E_CHAR:
      return "invalid character";
    case B64_E_PAD:
      return "misplaced '=' padding";
    case B64_E_LENGTH:
      return "length is not a multiple of 4 (missing '=' padding?)";
    case B64_E_BITS:
      return "non-zero bits after the last byte (not canonical base64)";
    default:
      return "unknown error";
  }
}
