#!/usr/bin/env bash
# test/bench/bench_docnum.sh - document-number search benchmark: the fuzzy
# index side by side with what stock PostgreSQL offers (btree, pg_trgm GIN
# and GiST, a levenshtein_less_equal scan), on one seeded synthetic register,
# one probe set and one brute-force truth.  Writes
# test/bench/results/docnum-$ROWS.md.  See test/bench/README.md.
#
#   bash test/bench/bench_docnum.sh                   # 1M rows
#   ROWS=10000000 bash test/bench/bench_docnum.sh     # 10M, 33000000 for 33M
#
# Settings (environment): ROWS (1000000), PROBES (1000), SEED (42),
# SLOW_PROBES (probes for GiST, the seq scan and the fuzzy KNN; 100 / 30 / 20
# by size), GIN2_PROBES (probes for GIN at threshold 0.2: all of them up to 10M
# rows, SLOW_PROBES beyond, where it takes ~7 s a probe),
# BENCH_PGHOST + BENCH_PGPORT (+ BENCH_DB) to use a running cluster instead
# of a throwaway one, BENCH_WORK (scratch directory), BENCH_SHARED_BUFFERS
# (6GB, a quarter of RAM), BENCH_HUGE_PAGES=1 (as root: reserve huge pages for
# shared_buffers with sysctl vm.nr_hugepages for the run, restored at exit,
# and start the cluster with huge_pages = on), BENCH_TAG (appended to the
# result file's name, for runs with other settings), BENCH_BASELINES=0 (only
# btree and fuzzy: no seq scan, pg_trgm GIN or GiST), BENCH_MWM (maintenance_work_mem, 1GB),
# BENCH_PASSES (3: passes of btree and fuzzy `=`, `~%` over the probes), BENCH_INSTALL=1 to build and
# install this tree's extension first (under the shared test lock),
# BENCH_KEEP=1 to keep the throwaway cluster's scratch directory,
# BENCH_FUZZY=0 to leave the travel_docs extension out (baselines only).
set -euo pipefail
cd "$(dirname "$0")/../.."
top=$PWD
. test/lib.sh

ROWS=${ROWS:-1000000}
PROBES=${PROBES:-1000}
SEED=${SEED:-42}
if [ -z "${SLOW_PROBES:-}" ]; then
	if [ "$ROWS" -le 1000000 ]; then SLOW_PROBES=100
	elif [ "$ROWS" -le 10000000 ]; then SLOW_PROBES=30
	else SLOW_PROBES=20
	fi
fi
[ "$SLOW_PROBES" -gt "$PROBES" ] && SLOW_PROBES=$PROBES
if [ -z "${GIN2_PROBES:-}" ]; then
	if [ "$ROWS" -le 10000000 ]; then GIN2_PROBES=$PROBES; else GIN2_PROBES=$SLOW_PROBES; fi
fi
[ "$GIN2_PROBES" -gt "$PROBES" ] && GIN2_PROBES=$PROBES
PASSES=${BENCH_PASSES:-3}
SHARED_BUFFERS=${BENCH_SHARED_BUFFERS:-6GB}
MWM=${BENCH_MWM:-1GB}
result=$top/test/bench/results/docnum-$ROWS${BENCH_TAG:+-$BENCH_TAG}.md
work=${BENCH_WORK:-$(mktemp -d /tmp/td-bench.XXXXXX)}
mkdir -p "$work" "$(dirname "$result")"
started=$(date +%s)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

say() { printf '== [%4ds] %s\n' $(($(date +%s) - started)) "$*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
psqlq() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

# ---------------------------------------------------------------------------
# 1. Tools and cluster.

if [ "${BENCH_INSTALL:-0}" = 1 ]; then
	say "building and installing the extension (lock /tmp/travel_docs-test.lock)"
	flock /tmp/travel_docs-test.lock sh -c 'make -s -j2 && make -s install' >"$work/install.log" 2>&1 ||
		{ cat "$work/install.log"; exit 1; }
fi
say "building the generator and the truth program"
make -s build/bench/gen_register build/bench/truth_docnum >"$work/build.log" 2>&1 ||
	{ cat "$work/build.log"; exit 1; }

data=$work/data
sock=$work/sock
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_cluster() {
	[ -n "${BENCH_PGHOST:-}" ] && return 0
	as_pg bash -c ". '$work/lib.sh'; td_cluster_stop '$data'" || true
	restore_huge_pages
	# the scratch directory holds the cluster: remove it unless asked to keep it
	[ -z "${BENCH_WORK:-}" ] && [ "${BENCH_KEEP:-0}" != 1 ] && rm -rf "$work"
	return 0
}
# Huge pages for shared_buffers: a backend's first touch of a shared page
# then maps 2 MB, not 4 kB (with 4 kB pages the page faults of a fresh
# backend dominate the tail of sub-millisecond lookups).  The old setting is
# put back at exit.
huge_before=
reserve_huge_pages() {	# SIZE like 12GB or 512MB
	local mb n
	[ "$(id -u)" -eq 0 ] || { echo "BENCH_HUGE_PAGES=1 needs root (sysctl)" >&2; exit 1; }
	mb=$(echo "$1" | awk '/GB$/ {print int($1) * 1024; next} /MB$/ {print int($1); next} {exit 1}') ||
		{ echo "BENCH_SHARED_BUFFERS must end in GB or MB with BENCH_HUGE_PAGES=1" >&2; exit 1; }
	n=$((mb / 2 + mb / 40 + 128))	# 2 MB pages, plus 5% and 256 MB for the rest of shared memory
	huge_before=$(cat /proc/sys/vm/nr_hugepages)
	sysctl -q -w vm.nr_hugepages="$n"
	[ "$(cat /proc/sys/vm/nr_hugepages)" -ge "$n" ] ||
		{ echo "could reserve only $(cat /proc/sys/vm/nr_hugepages) of $n huge pages" >&2; exit 1; }
	say "reserved $n huge pages (vm.nr_hugepages was $huge_before)"
}
restore_huge_pages() { [ -n "$huge_before" ] && sysctl -q -w vm.nr_hugepages="$huge_before"; return 0; }

if [ -n "${BENCH_PGHOST:-}" ]; then
	export PGHOST=$BENCH_PGHOST PGPORT=${BENCH_PGPORT:-5432}
	export PGDATABASE=${BENCH_DB:-postgres} PGUSER=${PGUSER:-postgres}
	say "using the running cluster at $PGHOST:$PGPORT, database $PGDATABASE"
else
	export PGPORT=${PGPORT_TD:-$((55000 + RANDOM % 1000))}
	cp test/lib.sh "$work/lib.sh"
	[ "$(id -u)" -eq 0 ] && chown -R postgres: "$work"
	say "starting a throwaway cluster in $data (port $PGPORT)"
	as_pg env PGPORT_TD="$PGPORT" bash -c ". '$work/lib.sh'; td_cluster_start '$data' '$sock'"
	trap stop_cluster EXIT
	export PGHOST=$sock PGUSER=postgres PGDATABASE=postgres
	if [ "${BENCH_HUGE_PAGES:-0}" = 1 ]; then
		reserve_huge_pages "$SHARED_BUFFERS"
		psqlq -c "ALTER SYSTEM SET huge_pages = on"
	fi
	psqlq -c "ALTER SYSTEM SET shared_buffers = '$SHARED_BUFFERS'" \
		-c "ALTER SYSTEM SET maintenance_work_mem = '$MWM'" \
		-c "ALTER SYSTEM SET jit = off" -c "ALTER SYSTEM SET max_wal_size = '8GB'" \
		-c "ALTER SYSTEM SET checkpoint_timeout = '30min'"
	as_pg "$PG_BINDIR/pg_ctl" -D "$data" -l "$data.log" -w -t 120 restart >/dev/null
fi

psqlq -c "CREATE EXTENSION IF NOT EXISTS pg_trgm" -c "CREATE EXTENSION IF NOT EXISTS fuzzystrmatch" \
	-c "CREATE EXTENSION IF NOT EXISTS pg_prewarm"
if [ "${BENCH_FUZZY:-auto}" != 0 ]; then
	psqlq -c "CREATE EXTENSION IF NOT EXISTS travel_docs" >/dev/null 2>&1 || true
fi
have_fuzzy=$(psql -X -Atc "SELECT count(*) FROM pg_am WHERE amname = 'fuzzy'")
fuzzy_why='no `fuzzy` access method in this installation'
if [ "${BENCH_FUZZY:-auto}" = 0 ]; then
	fuzzy_why="travel_docs left out (BENCH_FUZZY=0)"
	have_fuzzy=0
fi
ext_version=$(psql -X -Atc "SELECT coalesce((SELECT extversion FROM pg_extension WHERE extname = 'travel_docs'), 'not installed')")
say "travel_docs: $ext_version; fuzzy access method: $([ "$have_fuzzy" = 1 ] && echo yes || echo no)"

# ---------------------------------------------------------------------------
# 2. Register, probes, truth.

psqlq -f test/bench/bench_docnum.sql >/dev/null
say "generating and loading $ROWS rows (seed $SEED)"
t0=$(now)
build/bench/gen_register register "$ROWS" "$SEED" | psqlq -c "COPY bench.register FROM STDIN"
load_s=$(since "$t0")
t0=$(now)
psqlq -c "VACUUM (ANALYZE) bench.register"
vacuum_s=$(since "$t0")

say "generating $PROBES probes"
build/bench/gen_register probes "$ROWS" "$PROBES" "$SEED" >"$work/probes.tsv"
psqlq -c "COPY bench.probes FROM STDIN" <"$work/probes.tsv"
psqlq -c "ANALYZE bench.probes"

say "computing the truth (brute force, distance <= 2)"
t0=$(now)
psql -X -c "COPY (SELECT id, document_number FROM bench.register) TO STDOUT" |
	build/bench/truth_docnum "$work/probes.tsv" 2 2 >"$work/truth.tsv" 2>"$work/truth.log"
truth_s=$(since "$t0")
cat "$work/truth.log" >&2
psqlq -c "COPY bench.truth FROM STDIN" <"$work/truth.tsv"
psqlq -c "ANALYZE bench.truth"

# ---------------------------------------------------------------------------
# 3. Methods.  Each index is built, its methods run, and it is dropped before
# the next one is built, so the planner has exactly one index to use.

build_index() {	# ORD NAME LABEL DDL
	say "building $3"
	if ! psqlq -c "SELECT bench.build($1, '$2', \$l\$$3\$l\$, \$d\$$4\$d\$)" >/dev/null 2>"$work/err"; then
		cat "$work/err" >&2
		psqlq -c "INSERT INTO bench.builds (ord, index_name, label, ddl, status)
			VALUES ($1, '$2', \$l\$$3\$l\$, \$d\$$4\$d\$, \$e\$$(grep -m1 ERROR "$work/err" | head -c 200 | tr '|' ' ')\$e\$)"
		return 1
	fi
}
drop_index() { psqlq -c "DROP INDEX IF EXISTS bench.$1"; }

# ORD METHOD INDEX NPROBES SETTINGS QUERY [PASSES]  (QUERY uses $1 for the
# probe; passes after the first run in fresh backends, after the same
# warm-up, into bench.repeats)
run_method() {
	local ord=$1 method=$2 index=$3 n=$4 settings=$5 query=$6 passes=${7:-1} warm pass
	local prewarm=
	# warm-up: a tenth of the probes, 1 to 10, untimed
	warm=$((n / 10 < 1 ? 1 : n / 10 > 10 ? 10 : n / 10))
	[ -n "$index" ] && prewarm="SELECT pg_prewarm('bench.$index');"
	say "running $method ($n probes)"
	# the writes of the index build and of earlier methods are flushed
	# first, so the disk's write-back does not run during the timing
	psqlq -c "CHECKPOINT"
	sync
	psqlq -c "INSERT INTO bench.methods (ord, method, index_name, query, settings, nprobes)
		VALUES ($ord, \$m\$$method\$m\$, nullif('$index', ''), \$q\$$query\$q\$, \$s\$$settings\$s\$, $n)"
	if ! psqlq >/dev/null 2>"$work/err" <<SQL; then
$settings
SELECT pg_prewarm('bench.register');
$prewarm
UPDATE bench.methods SET plan = bench.plan(\$q\$$query\$q\$,
	(SELECT probe FROM bench.probes WHERE probe_id = 1)) WHERE method = \$m\$$method\$m\$;
SELECT bench.run(\$m\$warm-up\$m\$, \$q\$$query\$q\$, $warm);
DELETE FROM bench.runs WHERE method = 'warm-up';
SELECT bench.run(\$m\$$method\$m\$, \$q\$$query\$q\$, $n);
SQL
		cat "$work/err" >&2
		psqlq -c "UPDATE bench.methods SET status = \$e\$error: $(grep -m1 ERROR "$work/err" | head -c 200 | tr '|' ' ')\$e\$
			WHERE method = \$m\$$method\$m\$"
		return
	fi
	for ((pass = 2; pass <= passes; pass++)); do
		say "running $method (pass $pass of $passes)"
		psqlq >/dev/null <<SQL
$settings
SELECT bench.run(\$m\$warm-up\$m\$, \$q\$$query\$q\$, $warm);
DELETE FROM bench.runs WHERE method = 'warm-up';
SELECT bench.run(\$m\$$method\$m\$, \$q\$$query\$q\$, $n, $pass);
SQL
	done
}

R=bench.register
IDX="SET enable_seqscan = off;"

BASELINES=${BENCH_BASELINES:-1}
if [ "$BASELINES" = 1 ]; then
	run_method 60 'seq scan `levenshtein_less_equal(..., 2) <= 2`' '' "$SLOW_PROBES" \
		"SET enable_indexscan = off; SET enable_bitmapscan = off;" \
		"SELECT id FROM $R WHERE levenshtein_less_equal(document_number, \$1, 2) <= 2"
fi

if build_index 10 reg_btree 'btree' "CREATE INDEX reg_btree ON $R (document_number)"; then
	run_method 10 'btree `=`' reg_btree "$PROBES" "$IDX" \
		"SELECT id FROM $R WHERE document_number = \$1" "$PASSES"
	drop_index reg_btree
fi

if [ "$BASELINES" = 1 ] && build_index 20 reg_gin 'pg_trgm GIN' "CREATE INDEX reg_gin ON $R USING gin (document_number gin_trgm_ops)"; then
	run_method 20 'GIN `%` 0.3 (default)' reg_gin "$PROBES" \
		"$IDX SET pg_trgm.similarity_threshold = 0.3;" \
		"SELECT id FROM $R WHERE document_number % \$1"
	run_method 30 'GIN `%` 0.2' reg_gin "$GIN2_PROBES" \
		"$IDX SET pg_trgm.similarity_threshold = 0.2;" \
		"SELECT id FROM $R WHERE document_number % \$1"
	drop_index reg_gin
fi

if [ "$BASELINES" = 1 ] && build_index 30 reg_gist 'pg_trgm GiST' "CREATE INDEX reg_gist ON $R USING gist (document_number gist_trgm_ops)"; then
	run_method 40 'GiST `%` 0.3' reg_gist "$SLOW_PROBES" \
		"$IDX SET pg_trgm.similarity_threshold = 0.3;" \
		"SELECT id FROM $R WHERE document_number % \$1"
	run_method 50 'GiST KNN `<->` top-10' reg_gist "$SLOW_PROBES" "$IDX" \
		"SELECT id FROM $R ORDER BY document_number <-> \$1 LIMIT 10"
	drop_index reg_gist
fi

if [ "$have_fuzzy" = 1 ]; then
	if build_index 40 reg_fuzzy 'fuzzy' "CREATE INDEX reg_fuzzy ON $R USING fuzzy (document_number)"; then
		run_method 70 'fuzzy `=`' reg_fuzzy "$PROBES" "$IDX" \
			"SELECT id FROM $R WHERE document_number = \$1" "$PASSES"
		run_method 80 'fuzzy `~%` (distance <= 2)' reg_fuzzy "$PROBES" \
			"$IDX SET travel_docs.docnum_max_distance = 2;" \
			"SELECT id FROM $R WHERE document_number ~% \$1" "$PASSES"
		run_method 90 'fuzzy KNN `<~>` top-10' reg_fuzzy "$SLOW_PROBES" "$IDX" \
			"SELECT id FROM $R ORDER BY document_number <~> \$1 LIMIT 10"
		drop_index reg_fuzzy
	fi
	if build_index 50 reg_fuzzy1 'fuzzy (max_distance = 1)' \
		"CREATE INDEX reg_fuzzy1 ON $R USING fuzzy (document_number) WITH (max_distance = 1)"; then
		run_method 100 'fuzzy(max_distance=1) `~%` (distance <= 1)' reg_fuzzy1 "$PROBES" \
			"$IDX SET travel_docs.docnum_max_distance = 1;" \
			"SELECT id FROM $R WHERE document_number ~% \$1" "$PASSES"
		drop_index reg_fuzzy1
	fi
fi

# ---------------------------------------------------------------------------
# 4. Report.

say "writing $result"
heap=$(psql -X -Atc "SELECT pg_size_pretty(pg_table_size('$R'))")
pgver=$(psql -X -Atc "SHOW server_version")
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain -- . ':!test/bench/results' 2>/dev/null | grep -q . && echo ' (with uncommitted changes)' || true)
fmt() { psql -X -At -F ' | ' "$@"; }
{
	echo "# Document-number search at $(printf "%'d" "$ROWS") rows"
	echo
	settings=
	for v in BENCH_FUZZY BENCH_PASSES BENCH_SHARED_BUFFERS BENCH_HUGE_PAGES BENCH_BASELINES BENCH_TAG; do
		if [ -n "${!v:-}" ]; then settings="$settings$v=${!v} "; fi
	done
	echo "Generated by \`${settings}ROWS=$ROWS PROBES=$PROBES SEED=$SEED SLOW_PROBES=$SLOW_PROBES GIN2_PROBES=$GIN2_PROBES bash test/bench/bench_docnum.sh\`"
	echo "on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit$dirty; PostgreSQL $pgver,"
	echo "$(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB RAM, shared_buffers $(psql -X -Atc 'SHOW shared_buffers') (huge_pages $(psql -X -Atc 'SHOW huge_pages')),"
	echo "jit $(psql -X -Atc 'SHOW jit'); travel_docs $ext_version. Latencies are server-side (planning + execution"
	echo "of one query per probe, timed with clock_timestamp() in a PL/pgSQL loop, warm cache), in ms."
	echo "Truth: every row within distance <= 2 of a probe after normalization, by brute force"
	echo "(test/bench/truth_docnum.c; distance: $(sed -n 's/.*distance \(.*\) <= 2.*/\1/p' "$work/truth.log"))."
	echo
	echo "Load average (1/5/15 min) at start $load_start, at end $(cut -d' ' -f1-3 /proc/loadavg):"
	echo "other jobs on this shared machine inflate the slow methods' latencies."
	echo
	echo "Register: $(printf "%'d" "$ROWS") rows, heap $heap; load (COPY) $load_s s, VACUUM ANALYZE $vacuum_s s; truth $truth_s s."
	echo
	echo "Probes and true matches (rows within distance <= 1 / <= 2 of the probe):"
	echo
	echo "| class | probes | mean rows <= 1 | mean rows <= 2 | max rows <= 2 |"
	echo "|---|---:|---:|---:|---:|"
	fmt -c "SELECT '| ' || class, count(*), round(avg(n1), 2), round(avg(n2), 2), max(n2) || ' |'
		FROM (SELECT p.probe_id, p.class,
					 count(t.row_id) FILTER (WHERE t.distance <= 1) AS n1, count(t.row_id) AS n2
			  FROM bench.probes p LEFT JOIN bench.truth t USING (probe_id)
			  GROUP BY p.probe_id, p.class) s
		GROUP BY class ORDER BY array_position(ARRAY['exact','edit1','edit2','absent'], class)"
	echo
	echo "## Methods"
	echo
	echo "| method | probes | p50 | p95 | p99 | rows/probe | R1 | R2 | src exact | src e1 | src e2 | extra rows | plan |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
	fmt -c "SELECT '| ' || method, probes, to_char(p50, 'FM99990.000'), to_char(p95, 'FM99990.000'),
			to_char(p99, 'FM99990.000'), round(rows_per_probe, 1), to_char(r1, 'FM0.000'), to_char(r2, 'FM0.000'),
			to_char(src_exact, 'FM0.000'), to_char(src_e1, 'FM0.000'), to_char(src_e2, 'FM0.000'),
			round(extra::numeric, 1), CASE WHEN status = 'ok' THEN plan ELSE status END || ' |'
		FROM bench.summary ORDER BY ord"
	for m in 'fuzzy `=`' 'fuzzy `~%` (distance <= 2)' 'fuzzy KNN `<~>` top-10' \
		'fuzzy(max_distance=1) `~%` (distance <= 1)'; do
		[ "$(psql -X -Atc "SELECT count(*) FROM bench.methods WHERE method = \$m\$$m\$m\$")" = 0 ] || continue
		if [ "$have_fuzzy" != 1 ]; then
			why=$fuzzy_why
		else
			why='its index build failed (see Indexes)'
		fi
		echo "| $m | | | | | | | | | | | | not run: $why |"
	done
	echo
	echo "## Repeated passes"
	echo
	echo "btree and fuzzy \`=\`, \`~%\` ran the probes $PASSES times (BENCH_PASSES), each pass after the first"
	echo "in a fresh backend: p99 of each pass, and p50 / p99 over the probes of each probe's median latency"
	echo "across the passes (a stall of the machine moves one sample of a probe; a probe the index"
	echo "finds slow is slow in every pass). rows differ: (probe, pass) with another row count than the first pass."
	echo
	echo "| method | passes | p99 of each pass | p50 of medians | p99 of medians | rows differ |"
	echo "|---|---:|---:|---:|---:|---:|"
	fmt -c "SELECT '| ' || method, passes, p99_each, to_char(p50_med, 'FM99990.000'),
			to_char(p99_med, 'FM99990.000'), rows_differ || ' |'
		FROM bench.passes ORDER BY ord"
	echo
	echo "Slowest probes of each pass of fuzzy \`~%\` (probe id: ms):"
	echo
	fmt -c "SELECT '- pass ' || pass || ': ' || string_agg(probe_id || ': ' || to_char(ms, 'FM99990.00'), ', ' ORDER BY ms DESC)
		FROM (SELECT pass, probe_id, ms, row_number() OVER (PARTITION BY pass ORDER BY ms DESC) AS k
			  FROM (SELECT 1 AS pass, probe_id, ms FROM bench.runs WHERE method = 'fuzzy \`~%\` (distance <= 2)'
					UNION ALL SELECT pass, probe_id, ms FROM bench.repeats WHERE method = 'fuzzy \`~%\` (distance <= 2)') a) b
		WHERE k <= 10 GROUP BY pass ORDER BY pass"
	echo
	echo "## Latency by probe class (ms)"
	echo
	echo "| method | p50 exact | p50 edit1 | p50 edit2 | p50 absent | p99 present | p99 absent |"
	echo "|---|---:|---:|---:|---:|---:|---:|"
	fmt -c "SELECT '| ' || method, to_char(p50_exact, 'FM99990.000'), to_char(p50_e1, 'FM99990.000'),
			to_char(p50_e2, 'FM99990.000'), to_char(p50_absent, 'FM99990.000'),
			to_char(p99_present, 'FM99990.000'), to_char(p99_absent, 'FM99990.000') || ' |'
		FROM bench.summary WHERE status = 'ok' ORDER BY ord"
	echo
	echo "## Indexes"
	echo
	echo "| index | build s | size MB | bytes/row | x btree size | x btree build |"
	echo "|---|---:|---:|---:|---:|---:|"
	fmt -c "SELECT '| ' || label, round(seconds::numeric, 1), round(bytes / 1048576.0, 1),
			round(bytes::numeric / $ROWS, 1),
			round(bytes::numeric / nullif((SELECT bytes FROM bench.builds WHERE index_name = 'reg_btree'), 0), 2),
			coalesce(round((seconds / nullif((SELECT seconds FROM bench.builds WHERE index_name = 'reg_btree'), 0))::numeric, 2)::text, '')
			|| CASE WHEN status <> 'ok' THEN ' | build failed: ' || status ELSE '' END || ' |'
		FROM bench.builds ORDER BY ord"
	if [ "$have_fuzzy" != 1 ]; then
		echo "| fuzzy | | | | | | not built: $fuzzy_why |"
	fi
	echo
	echo "Columns: p50/p95/p99 latency in ms over the probes the method ran; rows/probe = rows"
	echo "returned; R1 / R2 = share of all true (probe, row) pairs within distance 1 / 2 that came"
	echo "back; src exact / e1 / e2 = share of exact, one-edit and two-edit probes whose source row"
	echo "came back; extra rows = returned rows per probe farther than distance 2 (to be filtered or"
	echo "ranked by the caller). GiST, the seq scan and the fuzzy KNN run the first $SLOW_PROBES probes only (a"
	echo "shuffled, representative prefix of the set)."
	if [ "$GIN2_PROBES" -lt "$PROBES" ]; then
		echo "GIN \`%\` 0.2 runs the first $GIN2_PROBES probes only (seconds a probe at this size)."
	fi
} >"$result"
say "done: $result"
cat "$result"
