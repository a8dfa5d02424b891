#!/usr/bin/env bash
# test/bench/bench_mrz_sql.sh - MRZ functions in SQL against a plain scan.
#
# Builds ROWS (default 1,000,000) generated MRZs (80% TD3, 10% TD1, 10% TD2;
# one in 50 with a damaged check digit) in a table on a throwaway cluster,
# then times, one core (no parallel workers), best of RUNS (default 3):
#   count(*) WHERE length(m) > 0          the baseline: a scan that reads m
#   count(*) WHERE mrz_valid(m)
#   count(*) WHERE (mrz_parse(m)).valid
#   count(*) FROM t, mrz_parse(m) AS p WHERE p.valid (a function scan per row)
# and prints each time and its ratio to the baseline.
set -euo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-3}

if [ -z "${PGHOST:-}" ]; then
	base=$(mktemp -d /tmp/travel_docs-bench.XXXXXX)
	chmod 755 "$base"
	trap 'td_cluster_stop "$base/data"; rm -rf "$base"' EXIT
	td_cluster_start "$base/data" "$base/sock"
fi

psql -X -q -v ON_ERROR_STOP=1 -v rows="$ROWS" -v runs="$RUNS" <<'SQL'
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS travel_docs CASCADE;
CREATE EXTENSION travel_docs;
DROP TABLE IF EXISTS mrz_bench;
CREATE TABLE mrz_bench AS
SELECT CASE WHEN i % 50 = 0 THEN overlay(m PLACING '0' FROM length(m) FOR 1) ELSE m END AS m
  FROM (SELECT i, mrz_build(CASE WHEN i % 10 = 1 THEN 'TD1' WHEN i % 10 = 2 THEN 'TD2' ELSE 'TD3' END,
						   CASE WHEN i % 10 IN (1, 2) THEN 'I' ELSE 'P' END,
						   (ARRAY['DEU','FRA','GBR','USA','RUS','IND','CHN','BRA','NGA','KHM'])[1 + i % 10],
						   upper(substr(md5(i::text), 1, 9)),
						   (ARRAY['NGUYEN','MUELLER','SMITH','IVANOVA','GARCIA LOPEZ','WANG'])[1 + i % 6],
						   (ARRAY['ANH','SERGEI','MARIA JOSE','LI','JEAN PAUL','AMINA'])[1 + (i / 7) % 6],
						   (ARRAY['DEU','FRA','GBR','USA','RUS','IND','CHN','BRA','NGA','KHM'])[1 + (i / 3) % 10],
						   date '1940-01-01' + (i * 7) % 29000, (ARRAY['M','F'])[1 + i % 2],
						   date '2020-01-01' + (i * 11) % 5000) AS m
		  FROM generate_series(1, :rows) AS i) s;
VACUUM ANALYZE mrz_bench;
SET max_parallel_workers_per_gather = 0;
SET jit = off;

CREATE FUNCTION pg_temp.best_ms(q text, runs int) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz; best numeric := NULL; ms numeric;
BEGIN
	EXECUTE q;					-- warm the cache
	FOR r IN 1..runs LOOP
		t0 := clock_timestamp();
		EXECUTE q;
		ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
		best := least(coalesce(best, ms), ms);
	END LOOP;
	RETURN round(best, 1);
END $$;

WITH q(label, sql) AS (VALUES
	('length(m) > 0 (baseline)', 'SELECT count(*) FROM mrz_bench WHERE length(m) > 0'),
	('mrz_valid(m)', 'SELECT count(*) FROM mrz_bench WHERE mrz_valid(m)'),
	('(mrz_parse(m)).valid', 'SELECT count(*) FROM mrz_bench WHERE (mrz_parse(m)).valid'),
	('mrz_parse(m) in FROM', 'SELECT count(*) FROM mrz_bench, mrz_parse(m) AS p WHERE p.valid')
), t AS (
	SELECT label, pg_temp.best_ms(sql, :runs) AS ms FROM q
)
SELECT label AS query, ms, round(ms / (SELECT ms FROM t WHERE label LIKE 'length%'), 2) AS ratio,
	   round((SELECT count(*) FROM mrz_bench) / (ms / 1000)) AS rows_per_s
  FROM t;
SELECT count(*) AS rows, count(*) FILTER (WHERE mrz_valid(m)) AS valid FROM mrz_bench;
SQL
