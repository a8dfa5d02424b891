#!/usr/bin/env bash
# test/bench/bench_names_sql.sh - speed of the name functions through SQL:
# name_translit and name_similarity per second over the pairs of
# names_eval.tsv (repeated to N rows), side by side with unaccent(),
# pg_trgm similarity() over unaccent() and fuzzystrmatch dmetaphone().
#
# Usage: bench_names_sql.sh [--private] [N]   (default N = 50000 rows)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = "--private" ]; then
	shift
	. "$here/../lib.sh"
	tmp=$(mktemp -d /tmp/td-names-bench.XXXXXX)
	td_cluster_start "$tmp/data" "$tmp/sock"
	trap 'td_cluster_stop "$tmp/data"; rm -rf "$tmp"' EXIT
fi
rows=${1:-50000}

psql -X -q -v ON_ERROR_STOP=1 <<SQL
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS travel_docs;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEMP TABLE raw (script text, kind text, label int, a text, b text);
\copy raw FROM PROGRAM 'grep -v "^#" $here/names_eval.tsv' WITH (FORMAT text)
CREATE TEMP TABLE pairs AS
SELECT a, b FROM raw, generate_series(1, ceil($rows / (SELECT count(*) FROM raw)::numeric)::int) LIMIT $rows;
ANALYZE pairs;

CREATE FUNCTION pg_temp.rate(q text) RETURNS numeric LANGUAGE plpgsql AS \$\$
DECLARE t0 timestamptz; n bigint;
BEGIN
	EXECUTE q;				-- warm-up (ICU transforms, caches)
	t0 := clock_timestamp();
	EXECUTE q INTO n;
	RETURN round(n / extract(epoch FROM clock_timestamp() - t0));
END \$\$;

SELECT 'name_translit(a)' AS expression, pg_temp.rate('SELECT count(name_translit(a)) FROM pairs') AS per_second
UNION ALL SELECT 'baseline: unaccent(a)', pg_temp.rate('SELECT count(unaccent(a)) FROM pairs')
UNION ALL SELECT 'name_similarity(a, b)', pg_temp.rate('SELECT count(name_similarity(a, b)) FROM pairs')
UNION ALL SELECT 'baseline: similarity(unaccent(a), unaccent(b))', pg_temp.rate('SELECT count(similarity(unaccent(a), unaccent(b))) FROM pairs')
UNION ALL SELECT 'baseline: dmetaphone(a) = dmetaphone(b)', pg_temp.rate('SELECT count(dmetaphone(a) = dmetaphone(b)) FROM pairs');
SQL
