/*
** b64.h: base64 (RFC 4648 §4, standard alphabet, '=' padding) over libb64, in plain C (no SQLite
** here). Only b64.c knows libb64; callers see these four functions.
**
** Encoding never breaks lines unless asked (libb64 itself breaks every 72 characters and ends with
** a newline; b64.c removes those). Decoding is strict, because libb64's decoder silently skips any
** character outside the alphabet: b64_check() accepts only the alphabet, '=' padding at the very
** end (at most two), CR and LF anywhere (line breaks of MIME/PEM text), a total length (without
** CR/LF) that is a multiple of 4, and zero bits after the last byte (the canonical form). Anything
** else is refused with the position of the first offending character; only then does b64_decode()
** hand the text to libb64.
*/
#ifndef B64_H
#define B64_H

#include <stddef.h>

/* b64_check() results; b64_error_text() describes each. */
enum {
  B64_OK = 0,
  B64_E_CHAR,   /* a character outside the alphabet (and not CR/LF) */
  B64_E_PAD,    /* '=' before the end, or more than two */
  B64_E_LENGTH, /* length without CR/LF is not a multiple of 4 */
  B64_E_BITS    /* the last character before the padding carries non-zero unused bits */
};

/* Characters needed to encode n bytes with a line break ("\n") after every nLine characters
** (nLine 0: no breaks), not counting a terminating NUL. */
size_t b64_encoded_len(size_t n, size_t nLine);

/* Encode a[0..n) into z, which has room for b64_encoded_len(n, nLine) characters. Returns the
** number of characters written (no NUL is added). */
size_t b64_encode(const unsigned char *a, size_t n, size_t nLine, char *z);

/* Check z[0..n). Returns B64_OK and sets *pnOut to the decoded length, or a B64_E_* code and sets
** *piBad to the 0-based byte offset of the first offending character (for B64_E_LENGTH, n). */
int b64_check(const char *z, size_t n, size_t *piBad, size_t *pnOut);

/* Decode z[0..n), which b64_check() accepted, into a. Returns the number of bytes decoded. a needs
** room for *pnOut + 1 bytes: libb64 writes (and reads back) a partial byte one past the last. */
size_t b64_decode(const char *z, size_t n, unsigned char *a);

/* A short English description of a B64_E_* code, e.g. "'=' padding before the end". */
const char *b64_error_text(int rc);

#endif /* B64_H */
