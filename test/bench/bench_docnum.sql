-- bench_docnum.sql - tables and server-side timing harness of the
-- document-number benchmark (run by test/bench/bench_docnum.sh; see
-- test/bench/README.md).  Everything lives in schema "bench", so it never
-- collides with the extension's own objects (such as its sltd table).

DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;

-- The synthetic register (gen_register register ROWS SEED).
CREATE TABLE bench.register (
	id bigint NOT NULL,
	document_number text NOT NULL,
	issuing_state text NOT NULL,
	document_type text NOT NULL,
	status text NOT NULL,
	reported_by text NOT NULL,
	event_date date NOT NULL,
	report_date date NOT NULL
);

-- The probe set (gen_register probes ROWS NPROBES SEED); source_id is the
-- register row a probe was made from (NULL for absent numbers).
CREATE TABLE bench.probes (
	probe_id int PRIMARY KEY,
	probe text NOT NULL,
	class text NOT NULL,
	source_id bigint,
	edits text NOT NULL
);

-- Ground truth (truth_docnum): every register row within distance 2 of a probe.
CREATE TABLE bench.truth (
	probe_id int NOT NULL,
	row_id bigint NOT NULL,
	distance real NOT NULL
);

-- One row per index build.
CREATE TABLE bench.builds (
	ord int NOT NULL,
	index_name text NOT NULL,
	label text NOT NULL,
	ddl text NOT NULL,
	seconds float8,
	bytes bigint,
	status text NOT NULL DEFAULT 'ok'
);

-- One row per method run.
CREATE TABLE bench.methods (
	ord int NOT NULL,
	method text NOT NULL,
	index_name text,
	query text NOT NULL,
	settings text NOT NULL,
	nprobes int NOT NULL,
	plan text,
	status text NOT NULL DEFAULT 'ok'
);

-- One row per (method, probe): latency, rows returned and their ids.
CREATE TABLE bench.runs (
	method text NOT NULL,
	probe_id int NOT NULL,
	ms float8 NOT NULL,
	nrows int NOT NULL,
	ids bigint[] NOT NULL
);

-- Passes after the first over the same probes (BENCH_PASSES), each in a
-- fresh backend: latency and row count only.
CREATE TABLE bench.repeats (
	method text NOT NULL,
	pass int NOT NULL,
	probe_id int NOT NULL,
	ms float8 NOT NULL,
	nrows int NOT NULL
);

-- Build an index with ddl, timing it on the server; record time and size.
CREATE FUNCTION bench.build(p_ord int, p_index text, p_label text, p_ddl text)
RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz;
	secs float8;
BEGIN
	t0 := clock_timestamp();
	EXECUTE p_ddl;
	secs := extract(epoch FROM clock_timestamp() - t0);
	INSERT INTO bench.builds (ord, index_name, label, ddl, seconds, bytes)
		VALUES (p_ord, p_index, p_label, p_ddl,
				secs, pg_relation_size(('bench.' || p_index)::regclass));
	RETURN secs;
END
$$;

-- The plan of p_query for one probe value, one node per line, details dropped.
CREATE FUNCTION bench.plan(p_query text, p_probe text)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	line text;
	nodes text[] := '{}';
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || p_query USING p_probe LOOP
		line := regexp_replace(trim(line), '^->\s*', '');
		CONTINUE WHEN line ~ '^(Index Cond|Recheck Cond|Filter|Order By|Sort Key|Workers|Heap Blocks|Rows Removed|Join Filter|Output)';
		nodes := nodes || regexp_replace(line, '\s+\(.*$', '');
	END LOOP;
	RETURN array_to_string(nodes, ' > ');
END
$$;

-- Run p_query (with $1 = the probe) for the first p_nprobes probes, in
-- probe order, timing each execution on the server with clock_timestamp().
-- The time covers planning and executing the query and collecting the ids
-- of the rows it returns; not the client round trip.  Rows go to bench.runs
-- under p_method; a later pass (p_pass > 1) records latency and row count
-- in bench.repeats.
CREATE FUNCTION bench.run(p_method text, p_query text, p_nprobes int, p_pass int DEFAULT 1)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	pr record;
	t0 timestamptz;
	t1 timestamptz;
	ids bigint[];
	q text := 'SELECT coalesce(array_agg(id), ''{}'') FROM (' || p_query || ') q';
BEGIN
	FOR pr IN SELECT probe_id, probe FROM bench.probes
			  WHERE probe_id <= p_nprobes ORDER BY probe_id LOOP
		t0 := clock_timestamp();
		EXECUTE q INTO ids USING pr.probe;
		t1 := clock_timestamp();
		IF p_pass = 1 THEN
			INSERT INTO bench.runs VALUES (p_method, pr.probe_id,
										   extract(epoch FROM t1 - t0) * 1000,
										   cardinality(ids), ids);
		ELSE
			INSERT INTO bench.repeats VALUES (p_method, p_pass, pr.probe_id,
											  extract(epoch FROM t1 - t0) * 1000,
											  cardinality(ids));
		END IF;
	END LOOP;
END
$$;

-- Per method run in several passes: p99 of each pass, and percentiles over
-- the probes of each probe's median latency across the passes (a stall of
-- the machine during one pass moves one sample of a probe, a probe the
-- index finds slow is slow in every pass); rows_differ counts (probe, pass)
-- whose row count differs from the first pass's.
CREATE VIEW bench.passes AS
WITH allp AS (
	SELECT method, 1 AS pass, probe_id, ms, nrows FROM bench.runs
	WHERE method IN (SELECT method FROM bench.repeats)
	UNION ALL
	SELECT method, pass, probe_id, ms, nrows FROM bench.repeats
), per_pass AS (
	SELECT method, pass, percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99
	FROM allp GROUP BY method, pass
), per_probe AS (
	SELECT method, probe_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS med
	FROM allp GROUP BY method, probe_id
)
SELECT m.ord, m.method,
	   (SELECT count(*) FROM per_pass x WHERE x.method = m.method) AS passes,
	   (SELECT string_agg(to_char(p99, 'FM99990.000'), ' / ' ORDER BY pass)
		FROM per_pass x WHERE x.method = m.method) AS p99_each,
	   (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY med)
		FROM per_probe x WHERE x.method = m.method) AS p50_med,
	   (SELECT percentile_cont(0.99) WITHIN GROUP (ORDER BY med)
		FROM per_probe x WHERE x.method = m.method) AS p99_med,
	   (SELECT count(*) FROM bench.repeats r JOIN bench.runs u USING (method, probe_id)
		WHERE r.method = m.method AND r.nrows <> u.nrows) AS rows_differ
FROM bench.methods m
WHERE m.method IN (SELECT method FROM bench.repeats);

-- Per method: latency percentiles, rows per probe and recall against truth.
--   r1 / r2: share of the true (probe, row) pairs within distance 1 / 2 that
--            the method returned, over the probes it ran;
--   src_*:   share of probes of a class whose source row came back;
--   extra:   returned rows per probe that are not within distance 2.
CREATE VIEW bench.summary AS
WITH truth_seen AS (
	SELECT r.method, t.distance, t.row_id = ANY (r.ids) AS found
	FROM bench.runs r JOIN bench.truth t USING (probe_id)
), rec AS (
	SELECT method,
		   avg(found::int) FILTER (WHERE distance <= 1) AS r1,
		   avg(found::int) AS r2,
		   count(*) FILTER (WHERE found) AS found
	FROM truth_seen GROUP BY method
), lat AS (
	SELECT r.method AS lmethod, count(*) AS probes,
		   percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50,
		   percentile_cont(0.95) WITHIN GROUP (ORDER BY ms) AS p95,
		   percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99,
		   avg(nrows) AS rows_per_probe,
		   sum(nrows) AS rows_total,
		   avg((p.source_id = ANY (r.ids))::int) FILTER (WHERE p.class = 'exact') AS src_exact,
		   avg((p.source_id = ANY (r.ids))::int) FILTER (WHERE p.class = 'edit1') AS src_e1,
		   avg((p.source_id = ANY (r.ids))::int) FILTER (WHERE p.class = 'edit2') AS src_e2,
		   percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE p.class = 'exact') AS p50_exact,
		   percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE p.class = 'edit1') AS p50_e1,
		   percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE p.class = 'edit2') AS p50_e2,
		   percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE p.class = 'absent') AS p50_absent,
		   percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) FILTER (WHERE p.class <> 'absent') AS p99_present,
		   percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) FILTER (WHERE p.class = 'absent') AS p99_absent
	FROM bench.runs r JOIN bench.probes p USING (probe_id)
	GROUP BY r.method
)
SELECT m.ord, m.method, m.index_name, m.settings, m.nprobes, m.plan, m.status,
	   l.probes, l.p50, l.p95, l.p99, l.rows_per_probe,
	   l.src_exact, l.src_e1, l.src_e2,
	   l.p50_exact, l.p50_e1, l.p50_e2, l.p50_absent, l.p99_present, l.p99_absent,
	   rec.r1, rec.r2,
	   (l.rows_total - coalesce(rec.found, 0))::float8 / nullif(l.probes, 0) AS extra
FROM bench.methods m
LEFT JOIN lat l ON l.lmethod = m.method
LEFT JOIN rec ON rec.method = m.method;
