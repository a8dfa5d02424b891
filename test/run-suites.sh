#!/usr/bin/env bash
# test/run-suites.sh - runs every test suite against the installed extension
# and counts single tests: cmocka cases, pg_regress files, isolation specs,
# TAP assertions and fuzz smoke runs.  Called by run-tests.sh (as a non-root
# user); prints "N passed, N failed" last.
set -uo pipefail
cd "$(dirname "$0")/.."
. test/lib.sh

passed=0
failed=0
count() { passed=$((passed + $1)); failed=$((failed + $2)); }

sock=$(mktemp -d /tmp/td-sock.XXXXXX)
data=$PWD/tmp_check/cluster
mkdir -p tmp_check
trap 'td_cluster_stop "$data"; rm -rf "$sock"' EXIT

# 1. C unit tests of src/core.
echo "== unit tests (cmocka)"
make -s unit >tmp_check/unit.log 2>&1
unit_status=$?
cat tmp_check/unit.log
p=$(grep -Eo '^\[  PASSED  \] [0-9]+' tmp_check/unit.log | awk '{s+=$4} END {print s+0}')
f=$(grep -Eo '^\[  FAILED  \] [0-9]+ test' tmp_check/unit.log | awk '{s+=$4} END {print s+0}')
[ "$unit_status" -ne 0 ] && [ "$f" -eq 0 ] && f=1
count "$p" "$f"

# 2. pg_regress and isolation on a private cluster.
echo "== starting a private cluster"
if td_cluster_start "$data" "$sock"; then
	echo "== pg_regress"
	make -s installcheck ISOLATION= >tmp_check/regress.log 2>&1
	cat tmp_check/regress.log
	count "$(grep -c '\.\.\. ok' tmp_check/regress.log)" "$(grep -c '\.\.\. FAILED' tmp_check/regress.log)"
	[ -f regression.diffs ] && head -300 regression.diffs

	if ls test/isolation/specs/*.spec >/dev/null 2>&1; then
		echo "== isolation"
		make -s installcheck REGRESS= >tmp_check/isolation.log 2>&1
		cat tmp_check/isolation.log
		count "$(grep -c '\.\.\. ok' tmp_check/isolation.log)" "$(grep -c '\.\.\. FAILED' tmp_check/isolation.log)"
		[ -f output_iso/regression.diffs ] && head -300 output_iso/regression.diffs
	fi
	td_cluster_stop "$data"
else
	echo "could not start the cluster"
	count 0 1
fi

# 3. TAP tests (they start clusters of their own).
if ls test/t/*.pl >/dev/null 2>&1; then
	echo "== TAP"
	pgxs=$(dirname "$(dirname "$(pg_config --pgxs)")")
	PATH=$PG_BINDIR:$PATH PG_REGRESS=$pgxs/test/regress/pg_regress TESTDIR=$PWD \
		PGPORT= PGHOST= prove -v -I "$pgxs/test/perl" -I test test/t/*.pl >tmp_check/tap.log 2>&1
	tap_status=$?
	grep -E '^(not )?ok |^test/t/|^Result|^# ' tmp_check/tap.log | grep -v '^# Looks like' | tail -200
	p=$(grep -cE '^\s*ok [0-9]+' tmp_check/tap.log)
	f=$(grep -cE '^\s*not ok [0-9]+' tmp_check/tap.log)
	[ "$tap_status" -ne 0 ] && [ "$f" -eq 0 ] && f=1
	count "$p" "$f"
fi

# 4. Fuzz smoke: every harness replays its seeds and fuzzes for a short while.
if command -v clang >/dev/null && ls test/fuzz/fuzz_*.c >/dev/null 2>&1; then
	for h in test/fuzz/fuzz_*.c; do
		t=$(basename "$h" .c); t=${t#fuzz_}
		echo "== fuzz smoke: $t (${FUZZ_SMOKE_SECONDS:-20} s)"
		if make -s fuzz FUZZ_TARGET="$t" FUZZ_SECONDS="${FUZZ_SMOKE_SECONDS:-20}" >tmp_check/fuzz-$t.log 2>&1; then
			grep -E 'stat::number_of_executed_units|Done' tmp_check/fuzz-$t.log
			count 1 0
		else
			tail -60 tmp_check/fuzz-$t.log
			count 0 1
		fi
	done
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
