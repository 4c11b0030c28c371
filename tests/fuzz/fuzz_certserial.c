/*
** tests/fuzz/fuzz_certserial.c: libFuzzer harness for training-certificate serials
** (ext/certserial.c, no SQLite): serial_parse, serial_message, serial_normalize, the city and
** category lookups and serial_format.
**
** Usage: make build/fuzz/fuzz_certserial
**        build/fuzz/fuzz_certserial tests/fuzz/corpus/fuzz_certserial
**
** Input: byte 0 picks the as_of date (none, or a day between 1990 and 2160), byte 1 the size of
** the message and output buffers; the rest is the serial, in a heap block of exactly its size.
** Properties checked besides memory safety:
**   - the result is SERIAL_OK or a SERIAL_E_* code with a name;
**   - a valid serial's parts, given to serial_format(), give the same 18 characters back;
**   - serial_message() NUL-terminates within the size given;
**   - serial_normalize() never writes more than it returns, and a normalized valid serial is
**     unchanged by a second normalization.
*/
#include "certserial.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  FuzzIn in = {aData, nData};
  unsigned bAsOf = fuzz_byte(&in), bSize = fuzz_byte(&in);
  RsDate asOf = rs_date_from_days(7300L + (long)bAsOf * 240L);
  const RsDate *pAsOf = bAsOf == 0 ? 0 : &asOf;
  if (in.n > 4096)
    return 0;
  char *z = malloc(in.n ? in.n : 1);
  memcpy(z, in.a, in.n);
  int n = (int)in.n;

  SerialInfo info;
  int rc = serial_parse(z, n, pAsOf, &info);
  FUZZ_ASSERT(rc >= SERIAL_OK && rc < SERIAL_N_ERROR);
  FUZZ_ASSERT(serial_error_name(rc) != 0);
  if (rc == SERIAL_OK) {
    char zSerial[19], zErr[100];
    int rc2 = serial_format(info.city, info.county, info.provider, info.year, info.seq,
                            info.category, zSerial, zErr, (int)sizeof zErr);
    FUZZ_ASSERT(rc2 == SERIAL_OK);
    FUZZ_ASSERT(n == 18 && !memcmp(zSerial, z, 18));
    FUZZ_ASSERT(serial_city_name(info.city) != 0);
    FUZZ_ASSERT(serial_category_name(info.category) != 0);
  }
  int nMsg = 1 + (int)(bSize % 128) * 3;
  char *zMsg = malloc((size_t)nMsg);
  serial_message(rc, &info, zMsg, nMsg);
  FUZZ_ASSERT(memchr(zMsg, 0, (size_t)nMsg) != 0);
  int city = serial_city_lookup(z, n, zMsg, nMsg);
  FUZZ_ASSERT(memchr(zMsg, 0, (size_t)nMsg) != 0 || city >= 0);
  FUZZ_ASSERT(city == -1 || (city >= SERIAL_CITY_PROVINCE && city <= SERIAL_CITY_LAST));
  char c = serial_category_lookup(z, n);
  FUZZ_ASSERT(c == 0 || c == 'A' || c == 'B' || c == 'C');
  free(zMsg);

  int nOut = (int)(bSize & 1 ? in.n : in.n / 2);
  char *zOut = malloc(nOut ? (size_t)nOut : 1);
  int nNorm = serial_normalize(z, n, zOut, nOut);
  FUZZ_ASSERT(nNorm >= -1 && nNorm <= nOut);
  if (nNorm > 0 && serial_parse(zOut, nNorm, pAsOf, &info) == SERIAL_OK) {
    char zAgain[18];
    FUZZ_ASSERT(serial_normalize(zOut, nNorm, zAgain, 18) == 18 && !memcmp(zAgain, zOut, 18));
  }
  free(zOut);

  /* serial_format with parts taken from the input: any values, in range or not. */
  if (n >= 10) {
    const unsigned char *u = (const unsigned char *)z;
    long long county = (long long)(signed char)u[1] * 3, provider = (long long)u[2] * 41 - 100;
    long long year = 2000 + (long long)(signed char)u[3], seq = (long long)u[4] * u[5] * 3 - 5;
    char zSerial[19], zErr[64];
    int rc3 = serial_format(3690 + u[0] % 30, county, provider, year, seq, (char)u[6], zSerial,
                            zErr, 1 + u[7] % 64);
    if (rc3 == SERIAL_OK) {
      FUZZ_ASSERT(strlen(zSerial) == 18);
      FUZZ_ASSERT(serial_parse(zSerial, 18, 0, &info) == SERIAL_OK);
    }
  }
  free(z);
  return 0;
}
