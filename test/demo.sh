#!/usr/bin/env bash
# test/demo.sh - what "make demo" does: install what is missing, build and
# install the extension, start a throwaway cluster, run test/demo.sql (MRZs)
# with every statement echoed, generate a seeded synthetic register of ROWS
# rows into sltd (test/bench/load_register.sh), run test/demo_register.sql
# (border checks of sample documents built from it, with their times), and
# remove the cluster again.
#
#   make demo                    # 1M rows, about a minute
#   make demo ROWS=33000000      # the full size of SLTD (2012); SEED=42 too
set -uo pipefail
cd "$(dirname "$0")/.."
. test/lib.sh

td_ensure_packages || exit 1
exec 9>/tmp/travel_docs-test.lock
flock 9
ROWS=${ROWS:-1000000}
SEED=${SEED:-42}
make -s -j2 >/tmp/travel_docs-build.log 2>&1 && make -s install >>/tmp/travel_docs-build.log 2>&1 &&
	make -s build/bench/gen_register >>/tmp/travel_docs-build.log 2>&1 ||
	{ cat /tmp/travel_docs-build.log; exit 1; }

base=$(mktemp -d /tmp/travel_docs-demo.XXXXXX)
chmod 755 "$base"
trap 'td_cluster_stop "$base/data"; rm -rf "$base"' EXIT
td_cluster_start "$base/data" "$base/sock" || exit 1
echo "== demo cluster on $PGHOST port $PGPORT"
psql -X -q -v ON_ERROR_STOP=0 -f test/demo.sql
echo
. test/bench/load_register.sh
td_load_register "$ROWS" "$SEED" rebuild || exit 1
psql -X -q -v ON_ERROR_STOP=1 -f test/demo_register.sql
