#!/usr/bin/env bash
# test/run-tests.sh - what "make test" does, from a fresh Debian 12 machine:
# install missing packages, build, install the extension, then run every
# suite (test/run-suites.sh) on private clusters and end with the line
# "N passed, N failed".  Exit status is non-zero on any failure.
#
# initdb and the TAP framework refuse to run as root, so as root the suites
# run as the "postgres" user in a copy of the tree that user owns.  A lock
# keeps two runs on one machine from installing over each other.
set -uo pipefail
cd "$(dirname "$0")/.."
top=$PWD
. test/lib.sh

td_ensure_packages || { echo "0 passed, 1 failed"; exit 1; }

exec 9>/tmp/travel_docs-test.lock
flock 9

echo "== build"
if ! make -s -j2 >/tmp/travel_docs-build.log 2>&1 || ! make -s install >>/tmp/travel_docs-build.log 2>&1; then
	cat /tmp/travel_docs-build.log
	echo "build failed"
	echo "0 passed, 1 failed"
	exit 1
fi
grep -i 'warning' /tmp/travel_docs-build.log || true

if [ "$(id -u)" -eq 0 ]; then
	work=$(mktemp -d /tmp/travel_docs-check.XXXXXX)
	tar -C "$top" --exclude=./.git --exclude=./build --exclude=./tmp_check \
		--exclude=./results --exclude=./output_iso -cf - . | tar -C "$work" -xf -
	chown -R postgres: "$work"
	runuser -u postgres -- env -u PGHOST -u PGPORT bash "$work/test/run-suites.sh"
	status=$?
	rm -rf "$top/results" "$top/output_iso"
	for d in results output_iso; do [ -d "$work/$d" ] && cp -r "$work/$d" "$top/"; done
	[ -f "$work/regression.diffs" ] && cp "$work/regression.diffs" "$top/"
	mkdir -p "$top/tmp_check" && cp "$work"/tmp_check/*.log "$top/tmp_check/" 2>/dev/null
	[ -d "$work/tmp_check/log" ] && cp -r "$work/tmp_check/log" "$top/tmp_check/"
	rm -rf "$work"
	exit $status
fi
exec bash test/run-suites.sh
