# Makefile for travel_docs: the PGXS build plus the project's own targets.
#
#   make test    install missing Debian packages, build, install, run every
#                test on a private cluster, print "N passed, N failed"
#   make demo    the same set-up, then the main job on a throwaway cluster
#   make unit    C unit tests of src/core (cmocka, ASan + UBSan)
#   make fuzz    libFuzzer run: FUZZ_TARGET=mrz FUZZ_SECONDS=600
#
# The PGXS part is only read once PostgreSQL's development files are there,
# so that "make test" and "make demo" work on a machine that has none yet.

EXTENSION = travel_docs
MODULE_big = travel_docs

CORE_SRCS = $(sort $(wildcard src/core/*.c))
PG_SRCS = $(sort $(wildcard src/pg/*.c) $(wildcard src/am/*.c))
OBJS = $(CORE_SRCS:.c=.o) $(PG_SRCS:.c=.o)

# Rebuild objects when a header changes (PGXS does not track them).
$(OBJS): $(wildcard src/*/*.h)

DATA = $(wildcard sql/travel_docs--*.sql)

# pg_regress: every sql/NAME.sql except the install and upgrade scripts.
REGRESS = $(sort $(filter-out travel_docs--%,$(notdir $(basename $(wildcard sql/*.sql)))))
REGRESS_OPTS = --load-extension=travel_docs

# Isolation specs live under test/isolation.
ISOLATION = $(sort $(notdir $(basename $(wildcard test/isolation/specs/*.spec))))
ISOLATION_OPTS = --load-extension=travel_docs --inputdir=test/isolation \
	--outputdir=output_iso

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n 2>/dev/null)
ICU_LIBS := $(shell pkg-config --libs icu-uc icu-i18n 2>/dev/null)

PG_CPPFLAGS = -I$(srcdir)/src $(ICU_CFLAGS)
PG_CFLAGS = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
SHLIB_LINK = $(ICU_LIBS)

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(wildcard $(PGXS)),)
include $(PGXS)
else
all install installcheck:
	@echo "PostgreSQL 15 development files not found: 'make test' installs them"; exit 1
endif

# ---------------------------------------------------------------------------
# The two commands of the README.

.PHONY: test demo unit fuzz fuzz-smoke bench-mrz bench-register-plot

test:
	@bash test/run-tests.sh

demo:
	@bash test/demo.sh

# ---------------------------------------------------------------------------
# C unit tests of the pure core, built with sanitizers, outside PGXS.

UNIT_CC ?= cc
UNIT_CFLAGS = -std=c11 -g -O1 -Wall -Wextra -Wno-unused-parameter \
	-fsanitize=address,undefined -fno-sanitize-recover=all -Isrc -Itest $(ICU_CFLAGS)
UNIT_LIBS = -lcmocka $(ICU_LIBS) -lm
UNIT_TESTS = $(sort $(notdir $(basename $(wildcard test/unit/test_*.c))))

build/unit/%: test/unit/%.c $(CORE_SRCS) $(wildcard src/core/*.h test/*.h test/fuzz/*.h)
	@mkdir -p build/unit
	$(UNIT_CC) $(UNIT_CFLAGS) -o $@ $< $(CORE_SRCS) $(UNIT_LIBS)

unit: $(addprefix build/unit/,$(UNIT_TESTS))
	@status=0; for t in $(UNIT_TESTS); do \
		echo "== unit: $$t"; \
		CMOCKA_MESSAGE_OUTPUT=STDOUT ./build/unit/$$t || status=1; \
	done; exit $$status

# ---------------------------------------------------------------------------
# libFuzzer harnesses for the core parsers (clang with ASan + UBSan).

FUZZ_CC ?= clang
FUZZ_TARGET ?= mrz
FUZZ_SECONDS ?= 600
FUZZ_CFLAGS = -g -O1 -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=all -Isrc -Itest $(ICU_CFLAGS)

build/fuzz/fuzz_%: test/fuzz/fuzz_%.c $(CORE_SRCS) $(wildcard src/core/*.h test/*.h test/fuzz/*.h)
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ $< $(CORE_SRCS) $(ICU_LIBS)

fuzz: build/fuzz/fuzz_$(FUZZ_TARGET)
	@mkdir -p build/fuzz/corpus-$(FUZZ_TARGET)
	./build/fuzz/fuzz_$(FUZZ_TARGET) -max_total_time=$(FUZZ_SECONDS) \
		-print_final_stats=1 build/fuzz/corpus-$(FUZZ_TARGET) \
		test/fuzz/seeds/$(FUZZ_TARGET)

# ---------------------------------------------------------------------------
# Benchmarks (see test/bench/README.md).

build/bench/%: test/bench/%.c $(CORE_SRCS) $(wildcard src/core/*.h)
	@mkdir -p build/bench
	$(UNIT_CC) -std=c11 -O2 -Isrc $(ICU_CFLAGS) -o $@ $< $(CORE_SRCS) $(ICU_LIBS) -lm

bench-mrz: build/bench/bench_mrz_core
	./build/bench/bench_mrz_core
	bash test/bench/bench_mrz_sql.sh

# The latency plot of the register benchmark, from test/bench/results/register-*.tsv.
bench-register-plot:
	gnuplot test/bench/plot_register.gp

clean: clean-local
clean-local:
	rm -rf build output_iso
