-- The fuzzy index access method: plans, exactness against a sequential scan,
-- multi-column, NULLs, empty and long strings, VACUUM, REINDEX, CONCURRENTLY.

-- A register with dense issuance series (many neighbours within 2 edits),
-- scattered numbers, separators and lower case, OCR-style letters, NULLs,
-- empty strings, non-ASCII and very long values.
CREATE TABLE fz_data (id int PRIMARY KEY, num text, st text);
INSERT INTO fz_data
SELECT i,
       CASE WHEN i % 401 = 0 THEN NULL
            WHEN i % 397 = 0 THEN ''
            WHEN i % 5 = 0 THEN 'P' || lpad((i * 7919 % 100000)::text, 7, '0')
            WHEN i % 5 = 1 THEN 'C0L' || lpad((i % 700)::text, 5, '0')
            WHEN i % 5 = 2 THEN lower('XA' || lpad((i * 31 % 2000)::text, 6, '0'))
            WHEN i % 5 = 3 THEN 'XA-' || substr(lpad((i * 31 % 2000)::text, 6, '0'), 1, 3)
                                || ' ' || substr(lpad((i * 31 % 2000)::text, 6, '0'), 4)
            ELSE 'D' || chr(65 + i % 26) || lpad((i % 1000)::text, 4, 'O') END,
       (ARRAY['FRA', 'DEU', 'ITA', 'ESP'])[1 + i % 4]
FROM generate_series(1, 4000) i;
INSERT INTO fz_data VALUES
  (4001, repeat('AB12', 3000), 'FRA'),
  (4002, repeat('AB12', 2999) || 'AB1', 'FRA'),
  (4003, 'ÉÑ123456', 'ESP'),
  (4004, 'ÉN123456', 'ESP'),
  (4005, repeat('Z', 33), 'DEU'),
  (4006, repeat('Z', 31), 'DEU'),
  (4007, 'A', 'ITA');

CREATE INDEX fz_idx ON fz_data USING fuzzy (num);
SELECT * FROM fuzzy_index_verify('fz_idx');
ANALYZE fz_data;

-- Probes: present numbers, numbers with OCR confusions, swaps, drops,
-- insertions and plain substitutions, absent numbers, empty, long, NULL.
CREATE TABLE fz_probes (pid int, q text);
INSERT INTO fz_probes VALUES
  (1, 'P0007919'), (2, 'PO007919'), (3, 'P0079190'), (4, 'P000791'),
  (5, 'C0L00123'), (6, 'COL00123'), (7, 'C0L0O12'), (8, 'C0L001234'),
  (9, 'xa000031'), (10, 'XA-000 062'), (11, 'XA000603'), (12, 'XA00O6I3'),
  (13, 'DAOO26'), (14, 'DB0O27'), (15, 'ZZ999999'), (16, ''), (17, 'A'),
  (18, repeat('AB12', 3000)), (19, repeat('Z', 32)), (20, 'EN123456'),
  (21, 'ÉÑ12345'), (22, NULL), (23, 'P0O7919'), (24, 'C0L0012');

-- Compare the rows a scan returns for every probe with the sequential scan,
-- both ways (EXCEPT), at a given travel_docs.docnum_max_distance.
CREATE FUNCTION fz_compare(th text, mode text)
RETURNS TABLE(uses_index boolean, truth bigint, missing bigint, extra bigint)
LANGUAGE plpgsql AS $$
DECLARE
  q text := 'SELECT p.pid, d.id FROM fz_probes p JOIN fz_data d ON d.num ~% p.q';
  plan text := '';
  line text;
BEGIN
  PERFORM set_config('travel_docs.docnum_max_distance', th, true);
  PERFORM set_config('enable_seqscan', 'on', true);
  PERFORM set_config('enable_indexscan', 'off', true);
  PERFORM set_config('enable_bitmapscan', 'off', true);
  EXECUTE 'CREATE TEMP TABLE fz_truth ON COMMIT DROP AS ' || q;
  PERFORM set_config('enable_seqscan', 'off', true);
  PERFORM set_config('enable_indexscan', (mode = 'index')::text, true);
  PERFORM set_config('enable_bitmapscan', (mode = 'bitmap')::text, true);
  FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
    plan := plan || line || E'\n';
  END LOOP;
  EXECUTE 'CREATE TEMP TABLE fz_got ON COMMIT DROP AS ' || q;
  RETURN QUERY SELECT plan LIKE '%Index Scan%fz_idx%',
    (SELECT count(*) FROM fz_truth),
    (SELECT count(*) FROM (SELECT * FROM fz_truth EXCEPT SELECT * FROM fz_got) x),
    (SELECT count(*) FROM (SELECT * FROM fz_got EXCEPT SELECT * FROM fz_truth) x);
  DROP TABLE fz_truth, fz_got;
END $$;

-- The plans.
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM fz_data WHERE num ~% 'P0007919';
EXPLAIN (COSTS OFF) SELECT id FROM fz_data WHERE num = 'P0007919';
EXPLAIN (COSTS OFF) SELECT id FROM fz_data ORDER BY num <~> 'P0007919' LIMIT 5;
RESET enable_bitmapscan;
SET enable_indexscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM fz_data WHERE num ~% 'P0007919';
RESET enable_indexscan;
RESET enable_seqscan;

-- Exactness: index scans and bitmap scans against the sequential scan.
SELECT th, mode, r.*
FROM unnest(ARRAY['0', '0.5', '1', '1.5', '2']) th,
     unnest(ARRAY['index', 'bitmap']) mode,
     LATERAL fz_compare(th, mode) r
ORDER BY th, mode;

-- A few answers spelled out.
SET enable_seqscan = off;
SELECT id, num, num <~> 'PO007919' AS d FROM fz_data WHERE num ~% 'PO007919' ORDER BY d, id;
SELECT id, num FROM fz_data WHERE num = 'xa000062' ORDER BY id;
SELECT id, num FROM fz_data WHERE num ~% 'xa000031' AND num <> 'xa000031' ORDER BY id LIMIT 5;
SELECT id, left(num, 12) AS num, length(num) FROM fz_data WHERE num ~% repeat('AB12', 3000) ORDER BY id;
SELECT id, num FROM fz_data WHERE num ~% repeat('Z', 32) ORDER BY id;
SELECT id, num FROM fz_data WHERE num ~% 'EN123456' ORDER BY id;
SELECT count(*) FROM fz_data WHERE num ~% '';
SELECT count(*) FROM fz_data WHERE num ~% NULL;
SELECT count(*) FROM fz_data WHERE num = NULL;

-- Ordered scans: the same distances as sorting a sequential scan, and all
-- rows (NULL numbers last) when no LIMIT stops the scan.
CREATE TABLE fz_order AS
SELECT p.pid, array(SELECT num <~> p.q FROM fz_data ORDER BY num <~> p.q LIMIT 15) AS idx
FROM fz_probes p WHERE length(p.q) < 100;
RESET enable_seqscan;
SET enable_indexscan = off;
SET enable_bitmapscan = off;
SELECT count(*) AS probes,
       count(*) FILTER (WHERE o.idx = array(SELECT num <~> p.q FROM fz_data ORDER BY num <~> p.q LIMIT 15)) AS same
FROM fz_order o JOIN fz_probes p USING (pid);
RESET enable_indexscan;
RESET enable_bitmapscan;
SET enable_seqscan = off;
SELECT count(*), count(num), (array_agg(d))[4007] IS NULL AS last_is_null
FROM (SELECT num, num <~> 'C0L00123' AS d FROM fz_data ORDER BY num <~> 'C0L00123') s;
SELECT id, num, num <~> 'C0L00123' AS d FROM fz_data ORDER BY num <~> 'C0L00123' LIMIT 3;
SELECT id, num, num <~> 'ZZ999999' AS d FROM fz_data ORDER BY num <~> 'ZZ999999', id LIMIT 3;
SELECT count(*) FROM (SELECT id FROM fz_data ORDER BY num <~> NULL) s;
RESET enable_seqscan;

-- Multi-column: the extra column is compared with = inside the index.
CREATE INDEX fz_idx2 ON fz_data USING fuzzy (num, st);
SELECT * FROM fuzzy_index_verify('fz_idx2');
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM fz_data WHERE num ~% 'C0L00123' AND st = 'DEU';
SELECT id, num, st FROM fz_data WHERE num ~% 'C0L00123' AND st = 'DEU' ORDER BY id;
EXPLAIN (COSTS OFF) SELECT id FROM fz_data WHERE st = 'DEU' ORDER BY num <~> 'C0L00123' LIMIT 3;
SELECT id, num, st FROM fz_data WHERE st = 'DEU' ORDER BY num <~> 'C0L00123', id LIMIT 3;
SELECT count(*) FROM fz_data WHERE st = 'DEU';
RESET enable_bitmapscan;
RESET enable_seqscan;
DROP INDEX fz_idx2;

-- max_distance = 1: used up to distance 1.5, refused by the planner above;
-- a plan made at 1 and run at 2 still gives the exact answer.
CREATE INDEX fz_idx1 ON fz_data USING fuzzy (num) WITH (max_distance = 1);
SELECT * FROM fuzzy_index_verify('fz_idx1');
SELECT pg_relation_size('fz_idx1') < pg_relation_size('fz_idx') AS smaller;
DROP INDEX fz_idx;
ALTER INDEX fz_idx1 RENAME TO fz_idx;
SELECT th, mode, r.*
FROM unnest(ARRAY['1', '1.5', '2']) th,
     unnest(ARRAY['index', 'bitmap']) mode,
     LATERAL fz_compare(th, mode) r
ORDER BY th, mode;
SET plan_cache_mode = force_generic_plan;
SET travel_docs.docnum_max_distance = 1;
PREPARE fz_q(text) AS SELECT count(*) FROM fz_data WHERE num ~% $1;
EXPLAIN (COSTS OFF) EXECUTE fz_q('C0L00123');
EXECUTE fz_q('C0L00123');
SET travel_docs.docnum_max_distance = 2;
EXPLAIN (COSTS OFF) EXECUTE fz_q('C0L00123');
EXECUTE fz_q('C0L00123');
SET enable_indexscan = off;
SET enable_bitmapscan = off;
SELECT count(*) FROM fz_data WHERE num ~% 'C0L00123';
RESET ALL;
DEALLOCATE fz_q;
DROP INDEX fz_idx;

-- Inserts after the build, deletes, VACUUM, REINDEX, CONCURRENTLY.
CREATE INDEX CONCURRENTLY fz_idx ON fz_data USING fuzzy (num);
SELECT * FROM fuzzy_index_verify('fz_idx');
INSERT INTO fz_data
SELECT 10000 + i, 'N' || lpad((i * 37 % 5000)::text, 7, '0'), 'FRA'
FROM generate_series(1, 3000) i;
INSERT INTO fz_probes VALUES (25, 'N0000037'), (26, 'NOOOO74'), (27, 'N000011I');
SELECT * FROM fuzzy_index_verify('fz_idx');
SELECT th, mode, r.* FROM unnest(ARRAY['2']) th, unnest(ARRAY['index', 'bitmap']) mode,
     LATERAL fz_compare(th, mode) r ORDER BY th, mode;
DELETE FROM fz_data WHERE id % 3 = 0;
VACUUM fz_data;
SELECT * FROM fuzzy_index_verify('fz_idx');
SELECT th, mode, r.* FROM unnest(ARRAY['1', '2']) th, unnest(ARRAY['index', 'bitmap']) mode,
     LATERAL fz_compare(th, mode) r ORDER BY th, mode;
REINDEX INDEX fz_idx;
SELECT * FROM fuzzy_index_verify('fz_idx');
REINDEX INDEX CONCURRENTLY fz_idx;
SELECT th, mode, r.* FROM unnest(ARRAY['2']) th, unnest(ARRAY['index', 'bitmap']) mode,
     LATERAL fz_compare(th, mode) r ORDER BY th, mode;
DELETE FROM fz_data;
VACUUM fz_data;
SELECT * FROM fuzzy_index_verify('fz_idx');
SET enable_seqscan = off;
SELECT count(*) FROM fz_data WHERE num ~% 'N0000037';
RESET enable_seqscan;

-- An index built on an empty table grows by segments and stays exact.
CREATE TABLE fz_grow (id int, num text);
CREATE INDEX fz_grow_idx ON fz_grow USING fuzzy (num);
INSERT INTO fz_grow SELECT i, 'G' || lpad((i * 7 % 20000)::text, 6, '0') FROM generate_series(1, 20000) i;
SELECT bool_and(passed) AS passed,
       bool_or(detail ~ '^max_distance 2, [3-9] segment') AS segmented
FROM fuzzy_index_verify('fz_grow_idx');
SET enable_seqscan = off;
SELECT count(*) FROM fz_grow WHERE num ~% 'G001234';
RESET enable_seqscan;
SET enable_indexscan = off;
SET enable_bitmapscan = off;
SELECT count(*) FROM fz_grow WHERE num ~% 'G001234';
RESET ALL;

-- The planner alone picks the index for a selective ~%, = and ORDER BY
-- LIMIT, and for an OR of a selective ~% and an = on the first column of
-- another fuzzy index (a BitmapOr, 2.5 ms against 9.5 ms for the
-- sequential scan here); not for predicates the index cannot narrow: a ~%
-- that matches most of the table, or a condition on a second column only.
ALTER TABLE fz_grow ADD COLUMN code text;
UPDATE fz_grow SET code = chr(65 + id % 26) || (id % 10);
CREATE INDEX fz_grow_code ON fz_grow USING fuzzy (code, num);
REINDEX INDEX fz_grow_idx;
VACUUM ANALYZE fz_grow;
EXPLAIN (COSTS OFF) SELECT id FROM fz_grow WHERE num ~% 'G001234';
EXPLAIN (COSTS OFF) SELECT id FROM fz_grow WHERE num = 'G001234';
EXPLAIN (COSTS OFF) SELECT id FROM fz_grow ORDER BY num <~> 'G001234' LIMIT 5;
EXPLAIN (COSTS OFF) SELECT id FROM fz_grow WHERE code ~% 'A1';
EXPLAIN (COSTS OFF) SELECT id FROM fz_grow WHERE num ~% 'G001234' OR code = 'B2';

-- Exact probes (= and ~% at distance 0) descend the fence pages to the
-- build's key pages.  A table of two fence levels (more than 510 key pages),
-- a run of equal numbers over several key pages, numbers sharing their
-- first 16 characters, NULLs, and rows inserted and deleted after the
-- build: the index must return what a sequential scan returns.
CREATE TABLE fz_fence (id serial PRIMARY KEY, num text);
INSERT INTO fz_fence (num)
  SELECT 'P' || lpad((g * 7)::text, 8, '0') FROM generate_series(1, 140000) g;
INSERT INTO fz_fence (num) SELECT 'DUP000001' FROM generate_series(1, 700);
INSERT INTO fz_fence (num)
  SELECT 'X' || repeat('LONGPREFIX', 3) || g FROM generate_series(1, 2000) g;
INSERT INTO fz_fence (num) SELECT NULL FROM generate_series(1, 600);
CREATE INDEX fz_fence_idx ON fz_fence USING fuzzy (num) WITH (max_distance = 1);
SELECT check_name, passed, detail FROM fuzzy_index_verify('fz_fence_idx') WHERE check_name = 'fences';
CREATE TABLE fz_fence_probes AS
  SELECT num AS q FROM fz_fence WHERE id % 97 = 0 AND num IS NOT NULL
  UNION ALL SELECT 'P' || lpad((g * 7 + 1)::text, 8, '0') FROM generate_series(1, 300) g
  UNION ALL SELECT unnest(ARRAY['DUP000001', 'XLONGPREFIXLONGPREFIXLONGPREFIX',
                                'XLONGPREFIXLONGPREFIXLONGPREFIX77', 'P0000O7', 'p-00000007',
                                '', 'A', 'ZZZZZZZZZ', repeat('Z', 40)]);
ANALYZE fz_fence, fz_fence_probes;
-- per probe: rows with num = q, then (on every 40th probe and the odd ones,
-- a sequential scan being slow) rows with num ~% q at distance 0; the
-- function runs the view through the index and by a sequential scan and
-- returns the probes that differ
CREATE VIEW fz_fence_counts AS
  SELECT p.q, count(f.id) AS n, false AS d0 FROM fz_fence_probes p
    LEFT JOIN fz_fence f ON f.num = p.q GROUP BY p.q
  UNION ALL
  SELECT p.q, count(f.id), true FROM fz_fence_probes p
    LEFT JOIN fz_fence f ON f.num ~% p.q
    WHERE p.q !~ '^P[0-9]{8}$' OR hashtext(p.q) % 40 = 0 GROUP BY p.q;
CREATE FUNCTION fz_fence_mismatches() RETURNS TABLE (equal bigint, distance0 bigint)
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('travel_docs.docnum_max_distance', '0', true);
  PERFORM set_config('enable_hashjoin', 'off', true);
  PERFORM set_config('enable_mergejoin', 'off', true);
  PERFORM set_config('enable_seqscan', 'off', true);
  PERFORM set_config('enable_bitmapscan', 'off', true);
  CREATE TEMP TABLE fz_via_index AS TABLE fz_fence_counts;
  PERFORM set_config('enable_seqscan', 'on', true);
  PERFORM set_config('enable_indexscan', 'off', true);
  PERFORM set_config('enable_hashjoin', 'on', true);
  CREATE TEMP TABLE fz_via_seq AS TABLE fz_fence_counts;
  RETURN QUERY
    SELECT count(*) FILTER (WHERE NOT d0), count(*) FILTER (WHERE d0)
    FROM ((TABLE fz_via_index EXCEPT TABLE fz_via_seq)
          UNION ALL (TABLE fz_via_seq EXCEPT TABLE fz_via_index)) diff;
  DROP TABLE fz_via_index, fz_via_seq;
END $$;
SET enable_hashjoin = off;
SET enable_mergejoin = off;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT p.q, count(f.id) FROM fz_fence_probes p
  LEFT JOIN fz_fence f ON f.num = p.q GROUP BY p.q;
EXPLAIN (COSTS OFF) SELECT id FROM fz_fence WHERE num = 'DUP000001';
SELECT count(*) FROM fz_fence WHERE num = 'DUP000001';
SELECT count(*) FROM fz_fence WHERE num = 'XLONGPREFIXLONGPREFIXLONGPREFIX1999';
SET travel_docs.docnum_max_distance = 0;
SELECT num FROM fz_fence WHERE num ~% 'p-0000 0007' ORDER BY num;
RESET ALL;
SELECT count(*) AS probes, count(*) FILTER (WHERE q !~ '^P[0-9]{8}$' OR hashtext(q) % 40 = 0) AS at_distance0
  FROM fz_fence_probes;
SELECT * FROM fz_fence_mismatches();
-- later rows go to key pages of their own, reached through the signatures
INSERT INTO fz_fence (num)
  SELECT 'P' || lpad((g * 7)::text, 8, '0') FROM generate_series(1, 5000) g;
INSERT INTO fz_fence (num) SELECT 'DUP000001' FROM generate_series(1, 10);
DELETE FROM fz_fence WHERE id % 5 = 0;
VACUUM fz_fence;
SELECT check_name, passed FROM fuzzy_index_verify('fz_fence_idx');
SELECT count(*) FROM fz_fence WHERE num = 'DUP000001';
SELECT * FROM fz_fence_mismatches();
DROP FUNCTION fz_fence_mismatches();
DROP VIEW fz_fence_counts;
DROP TABLE fz_fence, fz_fence_probes;

-- Unlogged tables use the init fork.
CREATE UNLOGGED TABLE fz_unlogged (num text);
CREATE INDEX ON fz_unlogged USING fuzzy (num);
INSERT INTO fz_unlogged VALUES ('AB123'), ('AB124');
SET enable_seqscan = off;
SELECT num FROM fz_unlogged WHERE num ~% 'A8123' ORDER BY num;
RESET enable_seqscan;

-- Bad input.
CREATE INDEX ON fz_data USING fuzzy (num) WITH (max_distance = 3);
CREATE INDEX ON fz_data USING fuzzy (num) WITH (max_distance = 0);
CREATE INDEX ON fz_data USING fuzzy (id);
CREATE INDEX ON fz_data USING fuzzy (num COLLATE "C");
CREATE COLLATION fz_ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE INDEX ON fz_data USING fuzzy (num COLLATE fz_ci);
SELECT * FROM fuzzy_index_verify('fz_data_pkey');
SELECT * FROM fuzzy_index_verify('fz_data');
INSERT INTO fz_unlogged SELECT string_agg(md5(i::text), '') FROM generate_series(1, 400) i;
