/*
** tests/c/rsdate_test.c: unit tests of ext/rsdate.c (no SQLite).
** Build and run: make build/tests/rsdate_test && build/tests/rsdate_test
*/
#include "../../ext/rsdate.h"
#include "test.h"

int main(void) {
  RsDate d;
  char z[11];

  /* Calendar validity: Gregorian leap years. */
  CHECK_INT("valid 2000-02-29 (div by 400)", rs_date_valid(2000, 2, 29), 1);
  CHECK_INT("invalid 1900-02-29 (century)", rs_date_valid(1900, 2, 29), 0);
  CHECK_INT("valid 2024-02-29", rs_date_valid(2024, 2, 29), 1);
  CHECK_INT("invalid 2023-02-29", rs_date_valid(2023, 2, 29), 0);
  CHECK_INT("invalid 1990-02-30", rs_date_valid(1990, 2, 30), 0);
  CHECK_INT("invalid month 13", rs_date_valid(1990, 13, 1), 0);
  CHECK_INT("invalid month 0", rs_date_valid(1990, 0, 1), 0);
  CHECK_INT("invalid day 0", rs_date_valid(1990, 1, 0), 0);
  CHECK_INT("invalid 04-31", rs_date_valid(1990, 4, 31), 0);
  CHECK_INT("valid 12-31", rs_date_valid(1990, 12, 31), 1);
  CHECK_INT("invalid year 0", rs_date_valid(0, 1, 1), 0);
  CHECK_INT("valid 1880-01-01", rs_date_valid(1880, 1, 1), 1);

  /* Parsing both spellings, and nothing else. */
  CHECK_INT("parse ISO", rs_date_parse("2020-04-08", 10, &d), 1);
  CHECK_INT("parse ISO y", d.y, 2020);
  CHECK_INT("parse ISO m", d.m, 4);
  CHECK_INT("parse ISO d", d.d, 8);
  CHECK_INT("parse YYYYMMDD", rs_date_parse("20200408", 8, &d), 1);
  CHECK_INT("parse YYYYMMDD d", d.d, 8);
  CHECK_INT("reject 2020-4-8", rs_date_parse("2020-4-8", 8, &d), 0);
  CHECK_INT("reject 2020/04/08", rs_date_parse("2020/04/08", 10, &d), 0);
  CHECK_INT("reject 2020-02-30", rs_date_parse("2020-02-30", 10, &d), 0);
  CHECK_INT("reject trailing time", rs_date_parse("2020-04-08 10:00", 16, &d), 0);
  CHECK_INT("reject sign", rs_date_parse("-020-04-08", 10, &d), 0);
  CHECK_INT("reject empty", rs_date_parse("", 0, &d), 0);
  CHECK_INT("reject NULL", rs_date_parse(0, 0, &d), 0);

  /* Day numbers round trip. */
  CHECK_INT("epoch", rs_date_to_days((RsDate){1970, 1, 1}), 0);
  CHECK_INT("2000-03-01", rs_date_to_days((RsDate){2000, 3, 1}), 11017);
  CHECK_INT("1969-12-31", rs_date_to_days((RsDate){1969, 12, 31}), -1);
  int ok = 1;
  for (long n = -719162; n <= 2932896; n += 97) { /* 0001-01-01 .. 9999-12-31 */
    RsDate r = rs_date_from_days(n);
    if (!rs_date_valid(r.y, r.m, r.d) || rs_date_to_days(r) != n) ok = 0;
  }
  CHECK("days round trip over years 1-9999", ok);

  /* Ages (周岁). */
  CHECK_INT("age day before birthday", rs_age((RsDate){2004, 6, 15}, (RsDate){2020, 6, 14}), 15);
  CHECK_INT("age on 16th birthday", rs_age((RsDate){2004, 6, 15}, (RsDate){2020, 6, 15}), 16);
  /* 民法典 第二百零二条: no 29 February in 2021, so the month's last day ends the 17th year. */
  CHECK_INT("29 Feb birthday, 27 Feb common year", rs_age((RsDate){2004, 2, 29}, (RsDate){2021, 2, 27}), 16);
  CHECK_INT("29 Feb birthday, 28 Feb common year", rs_age((RsDate){2004, 2, 29}, (RsDate){2021, 2, 28}), 17);
  CHECK_INT("29 Feb birthday, 28 Feb leap year", rs_age((RsDate){2004, 2, 29}, (RsDate){2024, 2, 28}), 19);
  CHECK_INT("29 Feb birthday, 29 Feb leap year", rs_age((RsDate){2004, 2, 29}, (RsDate){2024, 2, 29}), 20);
  CHECK_INT("age before birth", rs_age((RsDate){2020, 1, 2}, (RsDate){2020, 1, 1}), -1);

  /* Month arithmetic clamps to the month's end. */
  d = rs_date_add_months((RsDate){1965, 1, 31}, 12 * 60 + 1);
  rs_date_format(d, z);
  CHECK_STR("1965-01-31 + 60y1m", z, "2025-02-28");
  d = rs_date_add_months((RsDate){2024, 3, 31}, -1);
  rs_date_format(d, z);
  CHECK_STR("2024-03-31 - 1m", z, "2024-02-29");

  /* China Standard Time: 2020-01-01T16:00Z is already 2 January in Beijing. */
  d = rs_date_cst_from_unix_ms(1577894400000LL);
  rs_date_format(d, z);
  CHECK_STR("CST date at 16:00Z", z, "2020-01-02");
  d = rs_date_cst_from_unix_ms(1577894399000LL);
  rs_date_format(d, z);
  CHECK_STR("CST date at 15:59:59Z", z, "2020-01-01");
  return test_done("rsdate_test");
}
