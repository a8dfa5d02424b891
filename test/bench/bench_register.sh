#!/usr/bin/env bash
# test/bench/bench_register.sh - border-check benchmark: pgbench runs of
# sltd_check over a seeded synthetic register of ROWS rows with a realistic
# probe mix (bench_register.sql), side by side with what a user without the
# extension would run (btree exact look-up; pg_trgm GIN similarity search).
# Writes test/bench/results/register-ROWS.md and register-ROWS.tsv (the
# figures the plot reads, plot_register.gp).  See README.md.
#
#   bash test/bench/bench_register.sh                  # 1M rows
#   ROWS=10000000 bash test/bench/bench_register.sh    # 10M; 33000000 for 33M
#
# Settings (environment): ROWS (1000000), SEED (42), DURATION (seconds per
# mixed run, 30), CLASS_DURATION (seconds per one-class run, 8),
# TRGM_DURATION (15), BENCH_SHARED_BUFFERS (6GB, a quarter of RAM), BENCH_WORK (scratch dir).
# As root it installs the Debian packages it needs (TD_PACKAGES of
# test/lib.sh plus gnuplot-nox; pg_trgm and pg_prewarm come with postgresql-15).  It builds
# this tree and installs it into a private copy of the PostgreSQL
# installation under the scratch directory, so it needs no lock and other
# installs of travel_docs on this machine do not affect it.
set -euo pipefail
cd "$(dirname "$0")/../.."
top=$PWD
. test/lib.sh
. test/bench/load_register.sh

ROWS=${ROWS:-1000000}
SEED=${SEED:-42}
DURATION=${DURATION:-30}
CLASS_DURATION=${CLASS_DURATION:-8}
TRGM_DURATION=${TRGM_DURATION:-15}
SHARED_BUFFERS=${BENCH_SHARED_BUFFERS:-6GB}
res=$top/test/bench/results
md=$res/register-$ROWS.md
tsv=$res/register-$ROWS.tsv
work=${BENCH_WORK:-$(mktemp -d /tmp/td-bench-register.XXXXXX)}
mkdir -p "$work" "$res"
chmod 755 "$work"
started=$(date +%s)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
say() { printf '== [%4ds] %s\n' $(($(date +%s) - started)) "$*" >&2; }

TD_PACKAGES="$TD_PACKAGES gnuplot-nox"
td_ensure_packages

# A private copy of the PostgreSQL installation, with this tree's extension
# installed into it (make install DESTDIR=...): PostgreSQL finds its share
# and lib directories relative to its binaries, so the benchmark neither
# touches nor depends on the shared system install, and needs no lock.
say "building the extension and the generator, installing into a private copy of PostgreSQL"
pgroot=$work/pg
mkdir -p "$pgroot/usr/lib/postgresql" "$pgroot/usr/share/postgresql"
cp -a "/usr/lib/postgresql/$PG_MAJOR" "$pgroot/usr/lib/postgresql/"
cp -a "/usr/share/postgresql/$PG_MAJOR" "$pgroot/usr/share/postgresql/"
{ make -s -j2 && make -s install DESTDIR="$pgroot" && make -s build/bench/gen_register; } >"$work/build.log" 2>&1 ||
	{ cat "$work/build.log"; exit 1; }
chmod -R a+rX "$pgroot"
PG_BINDIR=$pgroot/usr/lib/postgresql/$PG_MAJOR/bin

trap 'td_cluster_stop "$work/data"; [ -z "${BENCH_WORK:-}" ] && rm -rf "$work"' EXIT
td_cluster_start "$work/data" "$work/sock"
cat >>"$work/data/postgresql.conf" <<CONF
shared_buffers = $SHARED_BUFFERS
jit = off
max_wal_size = 8GB
CONF
td_as_owner "$PG_BINDIR/pg_ctl" -D "$work/data" -w -t 60 restart -l "$work/data/server.log" >/dev/null
say "cluster in $work/data, port $PGPORT"
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION travel_docs" -c "CREATE EXTENSION pg_trgm"

# 1. The register.
td_load_register "$ROWS" "$SEED" rebuild 2>&1 | tee "$work/load.log" >&2
load_s=$(sed -n 's/.*loaded and analyzed: \([0-9.]*\) s.*/\1/p' "$work/load.log")
idx_times=$(sed -n 's/.*   \(sltd_[a-z_]*\) built in \([0-9.]*\) s/\1 \2 s/p' "$work/load.log" | paste -sd, - | sed 's/,/, /g')

# 2. The probes.
say "generating the probe documents"
./build/bench/gen_register probes "$ROWS" 60000 "$SEED" >"$work/probes.tsv"
psql -X -q -v ON_ERROR_STOP=1 \
	-c "CREATE TABLE gen_probe (probe_id int, probe text, class text, source_id bigint, edits text)" \
	-c "\\copy gen_probe FROM '$work/probes.tsv'"
psql -X -q -v ON_ERROR_STOP=1 -f test/bench/bench_register.sql | tee "$work/probes.log" >&2

# 3. The baseline's index: pg_trgm GIN on the number.
say "building the pg_trgm GIN index (baseline)"
t0=$(date +%s.%N)
psql -X -q -v ON_ERROR_STOP=1 -c "SET maintenance_work_mem = '1GB'" \
	-c "CREATE INDEX bench_sltd_trgm ON sltd USING gin (document_number gin_trgm_ops)" -c "ANALYZE sltd"
trgm_s=$(td_since "$t0")
sizes=$(psql -X -At -F' ' -c "SELECT c.relname, pg_size_pretty(pg_relation_size(c.oid)) FROM pg_class c
	WHERE c.oid = 'sltd'::regclass OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'sltd'::regclass)
	ORDER BY c.relname" | paste -sd, - | sed 's/,/, /g')

# Warm the cache: the heap and every index of the register.
psql -X -q -c "CREATE EXTENSION IF NOT EXISTS pg_prewarm" -c "SELECT pg_prewarm(c.oid) FROM pg_class c
	WHERE c.oid = 'sltd'::regclass OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'sltd'::regclass)" >/dev/null

# 4. pgbench runs.  run NAME SCRIPT CLIENTS SECONDS LO HI: tps, p50, p99 (ms)
# from the per-transaction log (its third field is the latency in us).
run() {
	local name=$1 script=$2 clients=$3 secs=$4 lo=$5 hi=$6 dir out tps p50 p99
	dir=$work/log-$name-$clients
	rm -rf "$dir"; mkdir -p "$dir"
	say "pgbench $name: $clients client(s), $secs s, probes $lo-$hi"
	out=$(cd "$dir" && pgbench -n -M prepared -c "$clients" -j "$clients" -T "$secs" \
		-D lo="$lo" -D hi="$hi" -l --log-prefix=tx -f "$top/test/bench/pgbench/$script.sql" 2>&1) ||
		{ echo "$out" >&2; exit 1; }
	tps=$(echo "$out" | sed -n 's/^tps = \([0-9.]*\) .*/\1/p')
	read -r p50 p99 < <(cat "$dir"/tx* | awk '{ print $3 }' | sort -n |
		awk '{ v[NR] = $1 } END { i50 = int(NR * 0.50 + 0.5); i99 = int(NR * 0.99 + 0.5);
			if (i50 < 1) i50 = 1; if (i99 < 1) i99 = 1;
			printf "%.3f %.3f\n", v[i50] / 1000, v[i99] / 1000 }')
	printf '%s\t%s\t%s\t%d\t%.0f\t%s\t%s\t%d\n' "$ROWS" "$name" "$script" "$clients" "$tps" "$p50" "$p99" \
		"$(cat "$dir"/tx* | wc -l)" >>"$work/figures.tsv"
	rm -rf "$dir"
}
: >"$work/figures.tsv"
for c in 1 2; do run mix sltd_check "$c" "$DURATION" 1 10000; done
for c in 1 2; do run mix btree_exact "$c" "$DURATION" 1 10000; done
for c in 1 2; do run mix trgm_similar "$c" "$TRGM_DURATION" 1 10000; done
run clean sltd_check 1 "$CLASS_DURATION" 1 9000
run exact sltd_check 1 "$CLASS_DURATION" 9001 9400
run ocr sltd_check 1 "$CLASS_DURATION" 9401 9700
run keyed sltd_check 1 "$CLASS_DURATION" 9701 10000

# What each probe class gets back (one call per probe of a 100-probe sample).
verdicts=$(psql -X -q -v ON_ERROR_STOP=1 -c "\\pset footer off" -c "
SELECT p.class, count(*) AS probes,
	   count(*) FILTER (WHERE c.best = 'no_hit') AS no_hit,
	   count(*) FILTER (WHERE c.best = 'exact') AS exact,
	   count(*) FILTER (WHERE c.best = 'range') AS range,
	   count(*) FILTER (WHERE c.best = 'ocr_repaired') AS ocr_repaired,
	   count(*) FILTER (WHERE c.best = 'fuzzy') AS fuzzy,
	   round(avg(c.rows), 2) AS rows_per_check
  FROM (SELECT * FROM bench_probe WHERE id % 100 < 5 OR id > 9000 AND id % 10 = 0) AS p,
	   LATERAL (SELECT coalesce((array_agg(coalesce(k.match_kind, k.verdict)))[1], '') AS best, count(*) AS rows
				  FROM sltd_check(p.mrz, '2026-11-30') AS k) AS c
 GROUP BY p.class ORDER BY min(p.id)" --csv | sed 's/,/ | /g; s/^/| /; s/$/ |/')
pgver=$(psql -X -At -c "SHOW server_version")
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
cp "$work/figures.tsv" "$tsv"

# 5. The report.
fig() { awk -F'\t' -v n="$1" -v s="$2" -v c="$3" -v f="$4" '$2 == n && $3 == s && $4 == c { print $f }' "$tsv"; }
{
	echo "# Border checks over a register of $ROWS rows"
	echo
	echo "Generated by \`ROWS=$ROWS SEED=$SEED DURATION=$DURATION bash test/bench/bench_register.sh\`"
	echo "on $(date -u '+%Y-%m-%d %H:%M') UTC, commit $(git rev-parse --short HEAD); PostgreSQL $pgver,"
	echo "$(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB RAM, shared_buffers $SHARED_BUFFERS, jit off, fsync off."
	echo "pgbench \`-M prepared -c N -j N -T seconds\`, one SELECT per transaction, over the unix socket"
	echo "on the same 2 cores (pgbench's own CPU counts against the server's). Latency percentiles are"
	echo "from pgbench's per-transaction log (\`--log\`): client-side, including the round trip."
	echo
	echo "Load average (1/5/15 min) at start $load_start, at end $load_end: this machine is shared"
	echo "with other work, so the figures are lower bounds of what it can do alone."
	echo
	echo "Register: $ROWS rows from \`gen_register register $ROWS $SEED\` (test/bench/load_register.sh:"
	echo "numbers normalized, stolen blanks ending in 3 digits made ranges); loaded in $load_s s"
	echo "(COPY, then the indexes: $idx_times; VACUUM ANALYZE). Sizes: $sizes"
	echo "(bench_sltd_trgm is the baseline's GIN index, built in $trgm_s s)."
	echo
	echo "Probes (test/bench/bench_register.sql): 10,000 MRZs, 90% clean documents absent from the"
	echo "register (plausible numbers of its series), 4% exact hits, 3% hits with the first 0 of the"
	echo "number read as O, 3% hits with one keying/OCR edit (valid MRZ); each transaction draws one at"
	echo "random. A real border sees about one hit in 12,000 searches, so clean documents dominate."
	echo
	echo "## Throughput and latency, probe mix"
	echo
	echo "| method | clients | checks/s | p50 ms | p99 ms | transactions |"
	echo "|---|---:|---:|---:|---:|---:|"
	awk -F'\t' '$2 == "mix" {
		if ($3 == "sltd_check") m = "`sltd_check(mrz)`: parse, repair, exact + range + OCR + fuzzy"
		else if ($3 == "btree_exact") m = "baseline: btree `document_number = $1 AND issuing_state = $2` (number parsed by the client)"
		else m = "baseline: pg_trgm GIN `document_number % $1 AND issuing_state = $2`, top 10 by similarity"
		printf "| %s | %s | %s | %s | %s | %s |\n", m, $4, $5, $6, $7, $8 }' "$tsv"
	echo
	echo "The btree baseline finds exact numbers only (no OCR-damaged or mis-keyed document, no range);"
	echo "the trigram baseline finds some of those but ranks by trigram similarity, not by edit distance,"
	echo "and knows nothing of MRZ check digits or ranges. \`sltd_check\` does all of it in one call."
	echo
	echo "## sltd_check by probe class (1 client, ${CLASS_DURATION} s each)"
	echo
	echo "| class | checks/s | p50 ms | p99 ms |"
	echo "|---|---:|---:|---:|"
	awk -F'\t' '$2 != "mix" { printf "| %s | %s | %s | %s |\n", $2, $5, $6, $7 }' "$tsv"
	echo
	echo "What comes back (best match of each check, a sample of the probes):"
	echo
	echo "$verdicts" | sed '2i|---|---:|---:|---:|---:|---:|---:|---:|'
	echo
	echo "## Targets at 33M rows"
	echo
	echo "p99 of sltd_check under 10 ms, at least 2,000 checks per second on 2 cores. Here ($ROWS rows):"
	echo "p99 $(fig mix sltd_check 2 7) ms at 2 clients ($(fig mix sltd_check 1 7) ms at 1),"
	echo "$(fig mix sltd_check 2 5) checks per second at 2 clients."
} >"$md"
say "wrote $md"
cat "$md"
