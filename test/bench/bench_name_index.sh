#!/usr/bin/env bash
# test/bench/bench_name_index.sh - name search through the GIN name_ops index
# on a generated population, side by side with pg_trgm: a GIN gin_trgm_ops
# index on name_translit(name) searched with % (what a user would pick).
#
# The population (test/bench/name_population.sql) is drawn from lists of
# given and family names of several scripts (Cyrillic, Arabic script and
# Latin renderings, English, German, Spanish, Vietnamese, Greek, Khmer,
# Chinese, Korean, Turkish), the first entries far more often than the last;
# a third carry a middle name (not Vietnamese and Khmer ones in longtail, whose
# given names hold it already).  NAME_POPULATION=longtail (the
# default) heads each list with ~30 real names and follows them with a long
# tail of composed names, the first name's share close to published figures
# (Kim a fifth of Koreans, Nguyen a third of Vietnamese, the commonest Russian
# or English surname 1-1.5%); NAME_POPULATION=lists is the population of the
# first measurements: the ~30 real names only, the first of each list borne
# by 21% of its script's people (results in name-index-ROWS-lists.md).
# Probes: 40% names present in the table, 30% variants of present names (the
# MRZ form with OCR digits, the Latin transliteration, swapped order), 30%
# absent names.  Reports index build time and size, p50/p95/p99 latency of
#   SELECT id FROM people WHERE name =~ $1          (name_ops, recheck)
#   SELECT id FROM people WHERE name_tl % name_translit($1)   (pg_trgm)
# and the recall of the trgm baseline against name_match's rows; checks a few
# probes against a sequential scan.  Output: test/bench/results/name-index-ROWS.md
# (name-index-ROWS-lists.md for NAME_POPULATION=lists)
#
# Usage: bench_name_index.sh [ROWS] [--private]   (ROWS default 10000000)
#   --private: builds this tree, installs it into a private copy of the
#   PostgreSQL installation in a scratch directory (make install DESTDIR=)
#   and runs a throwaway cluster from those binaries (as a non-root user, or
#   root via runuser); otherwise the cluster of PGHOST/PGPORT with
#   travel_docs installed.
#   PROBES (default 500) sets the number of probes; with --private,
#   BENCH_SHARED_BUFFERS (default 6GB, a quarter of RAM) the private
#   cluster's shared_buffers.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rows=${1:-10000000}
probes=${PROBES:-500}
population=${NAME_POPULATION:-longtail}
case $population in
longtail) out=$here/results/name-index-$rows.md ;;
lists) out=$here/results/name-index-$rows-lists.md ;;
*) echo "NAME_POPULATION must be longtail or lists" >&2; exit 2 ;;
esac

if [ "${2:-}" = "--private" ]; then
	. "$here/../lib.sh"
	tmp=$(mktemp -d /tmp/td-name-index.XXXXXX)
	chmod 755 "$tmp"
	# A private copy of the PostgreSQL installation with this tree's build
	# installed into it (PostgreSQL finds share and lib relative to its
	# binaries): the figures are those of this tree, not of whatever is
	# installed system-wide, and no lock is needed.
	pgroot=$tmp/pg
	mkdir -p "$pgroot/usr/lib/postgresql" "$pgroot/usr/share/postgresql"
	cp -a "/usr/lib/postgresql/$PG_MAJOR" "$pgroot/usr/lib/postgresql/"
	cp -a "/usr/share/postgresql/$PG_MAJOR" "$pgroot/usr/share/postgresql/"
	{ make -s -C "$here/../.." -j2 && make -s -C "$here/../.." install DESTDIR="$pgroot"; } \
		>"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; rm -rf "$tmp"; exit 1; }
	chmod -R a+rX "$pgroot"
	PG_BINDIR=$pgroot/usr/lib/postgresql/$PG_MAJOR/bin
	trap 'td_cluster_stop "$tmp/data"; rm -rf "$tmp"' EXIT
	td_cluster_start "$tmp/data" "$tmp/sock"
	# a quarter of RAM by default, as in bench_docnum.sh
	command psql -X -q -c "ALTER SYSTEM SET shared_buffers = '${BENCH_SHARED_BUFFERS:-6GB}'"
	"$PG_BINDIR/pg_ctl" -D "$tmp/data" -l "$tmp/data/server.log" -w restart >/dev/null
	echo "private cluster from $PG_BINDIR (this tree: $(git -C "$here" rev-parse --short HEAD))"
fi

psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }

t0=$(date +%s)
psql <<SQL
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS travel_docs;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DROP TABLE IF EXISTS bench_probes, bench_runs;
\\set rows $rows
\\set population $population
\\i $here/name_population.sql
VACUUM ANALYZE people;
SQL
t1=$(date +%s)
echo "loaded $rows rows in $((t1 - t0)) s"

build() {
	psql -At <<SQL
SET maintenance_work_mem = '1GB';
\timing on
$1
SQL
}
ours_build=$(build "CREATE INDEX people_name_idx ON people USING gin (name name_ops);" | grep -Eo 'Time: [0-9.]+' | awk '{print $2}')
trgm_build=$(build "CREATE INDEX people_tl_trgm ON people USING gin (name_tl gin_trgm_ops);" | grep -Eo 'Time: [0-9.]+' | awk '{print $2}')
echo "built: name_ops ${ours_build} ms, trgm ${trgm_build} ms"

psql -v rows="$rows" -v probes="$probes" -f "$here/name_probes.sql"
psql <<SQL
SET client_min_messages = warning;
CREATE TABLE bench_runs (n int, kind text, q text, ours_ms float8, ours_rows int,
	trgm_ms float8, trgm_rows int, common int);
SQL

# one session: warm-up, then every probe timed on the server
psql <<'SQL'
SET enable_seqscan = off;
SET jit = off;
DO $$
DECLARE
	p record;
	t0 timestamptz;
	t1 timestamptz;
	t2 timestamptz;
	ours bigint[];
	trgm bigint[];
BEGIN
	FOR p IN SELECT * FROM bench_probes ORDER BY n LIMIT 20 LOOP
		PERFORM count(*) FROM people WHERE name =~ p.q;
		PERFORM count(*) FROM people WHERE name_tl % name_translit(p.q);
	END LOOP;
	FOR p IN SELECT * FROM bench_probes ORDER BY n LOOP
		t0 := clock_timestamp();
		SELECT array_agg(id) INTO ours FROM people WHERE name =~ p.q;
		t1 := clock_timestamp();
		SELECT array_agg(id) INTO trgm FROM people WHERE name_tl % name_translit(p.q);
		t2 := clock_timestamp();
		INSERT INTO bench_runs VALUES (p.n, p.kind, p.q,
			extract(epoch FROM t1 - t0) * 1000, coalesce(cardinality(ours), 0),
			extract(epoch FROM t2 - t1) * 1000, coalesce(cardinality(trgm), 0),
			(SELECT count(*) FROM (SELECT unnest(ours) INTERSECT SELECT unnest(trgm)) c));
	END LOOP;
END $$;
SQL

# exactness at scale: a few probes against a sequential scan
exact=$(psql -At <<'SQL'
SET enable_bitmapscan = off;
SET enable_indexscan = off;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE ex AS SELECT n, q FROM bench_runs WHERE n % 100 = 1 ORDER BY n LIMIT 4;
SELECT string_agg(format('%s: scan %s rows, index %s, missing %s', q,
	(SELECT count(*) FROM people WHERE name =~ ex.q),
	(SELECT ours_rows FROM bench_runs r WHERE r.n = ex.n),
	(SELECT count(*) FROM people WHERE name =~ ex.q) - (SELECT ours_rows FROM bench_runs r WHERE r.n = ex.n)), E'\n') FROM ex;
SQL
)

{
	echo "# Name search through the index: $rows people"
	echo
	echo "Produced by \`test/bench/bench_name_index.sh $rows --private\` on $(date -u +%Y-%m-%d) ($(nproc) cores shared"
	echo "with other jobs; PostgreSQL $(psql -At -c 'SHOW server_version'), shared_buffers $(psql -At -c 'SHOW shared_buffers'))."
	echo "Load and translit: $((t1 - t0)) s."
	echo
	psql -At <<SQL
SELECT format('Population \`%s\`: %s distinct names among %s people; the commonest, %s, borne by %s.',
	'$population', (SELECT count(DISTINCT name) FROM people), $rows, name, n)
FROM (SELECT name, count(*) AS n FROM people GROUP BY name ORDER BY 2 DESC LIMIT 1) c;
SELECT format('Rows found per search of a present name or a variant: p50 %s, p95 %s, p99 %s, max %s.',
	percentile_disc(0.5) WITHIN GROUP (ORDER BY ours_rows), percentile_disc(0.95) WITHIN GROUP (ORDER BY ours_rows),
	percentile_disc(0.99) WITHIN GROUP (ORDER BY ours_rows), max(ours_rows))
FROM bench_runs WHERE kind <> 'absent';
SQL
	echo
	echo "| index | build (s) | size |"
	echo "| --- | --- | --- |"
	psql -At -F ' | ' <<SQL
SELECT '| name_ops (GIN, name)', round($ours_build / 1000.0, 1)::text, pg_size_pretty(pg_relation_size('people_name_idx')) || ' |'
UNION ALL
SELECT '| gin_trgm_ops (GIN, name_translit(name))', round($trgm_build / 1000.0, 1)::text, pg_size_pretty(pg_relation_size('people_tl_trgm')) || ' |'
UNION ALL
SELECT '| (table)', '-', pg_size_pretty(pg_relation_size('people')) || ' |';
SQL
	echo
	echo "Latency per search (ms, server side), rows found, and recall of pg_trgm against name_match's rows:"
	echo
	echo "| probes | n | name_ops p50 | p95 | p99 | max | rows (mean) | trgm p50 | p95 | p99 | max | trgm rows (mean) | trgm recall |"
	echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
	psql -At -F ' | ' <<'SQL'
SELECT '| ' || coalesce(kind, 'all'), count(*),
	round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ours_ms)::numeric, 2),
	round(percentile_cont(0.95) WITHIN GROUP (ORDER BY ours_ms)::numeric, 2),
	round(percentile_cont(0.99) WITHIN GROUP (ORDER BY ours_ms)::numeric, 2),
	round(max(ours_ms)::numeric, 1), round(avg(ours_rows), 1),
	round(percentile_cont(0.5) WITHIN GROUP (ORDER BY trgm_ms)::numeric, 2),
	round(percentile_cont(0.95) WITHIN GROUP (ORDER BY trgm_ms)::numeric, 2),
	round(percentile_cont(0.99) WITHIN GROUP (ORDER BY trgm_ms)::numeric, 2),
	round(max(trgm_ms)::numeric, 1), round(avg(trgm_rows), 1),
	coalesce(round(sum(common)::numeric / nullif(sum(ours_rows), 0), 3)::text, '-') || ' |'
FROM bench_runs GROUP BY ROLLUP (kind) ORDER BY kind NULLS LAST;
SQL
	echo
	echo "Slowest name_ops searches:"
	echo
	echo "| probe | kind | ms | rows |"
	echo "| --- | --- | --- | --- |"
	psql -At -F ' | ' -c "SELECT '| ' || q, kind, round(ours_ms::numeric, 1), ours_rows || ' |' FROM bench_runs ORDER BY ours_ms DESC LIMIT 8"
	echo
	echo "Exactness against a sequential scan (name_match over every row):"
	echo
	echo '```'
	echo "$exact"
	echo '```'
} >"$out"
cat "$out"
