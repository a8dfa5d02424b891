-- travel_docs demo, part 2: border checks against the register that
-- test/demo.sh has just generated into sltd.  Every sample document is built
-- with mrz_build from a row actually in the register (picked by query), then
-- damaged with SQL string functions where the sample calls for it, so the
-- demo works for any ROWS and SEED.  Checks run "as of" 2026-11-30 (the
-- generated register's events end on 2026-10-31).
\pset null ''
\set as_of '''2026-11-30'''

\echo
\echo '== 6. The register'
SELECT status, count(*) AS rows, count(range_end) AS ranges_of_blanks
  FROM sltd GROUP BY status ORDER BY status;
SELECT c.relname AS relation, pg_size_pretty(pg_relation_size(c.oid)) AS size
  FROM pg_class c
 WHERE c.oid = 'sltd'::regclass
    OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'sltd'::regclass)
 ORDER BY c.relname;

-- A passport MRZ (TD3) for a number of a state; expiry decides "expired".
CREATE FUNCTION pg_temp.passport(number text, state text, expiry date DEFAULT '2031-06-30')
RETURNS text LANGUAGE sql
RETURN mrz_build('TD3', 'P', state, number, 'SPECIMEN', 'ALEX', state, '1985-03-14', 'F', expiry);

-- Document numbers that the register does not know, not even fuzzily: the
-- digits of register numbers mirrored (0<->9, 1<->8 ...), kept only when a
-- manual check finds nothing.
CREATE TEMP TABLE clean_number AS
SELECT n.number, n.state
  FROM (SELECT translate(document_number, '0123456789', '9876543210') AS number,
			   issuing_state AS state
		  FROM sltd
		 WHERE status = 'lost' AND document_type = 'P' AND length(document_number) = 9
		 ORDER BY id LIMIT 50) AS n
 WHERE NOT EXISTS (SELECT 1 FROM sltd_check_document(n.number, n.state) c WHERE c.verdict <> 'no_hit')
 LIMIT 2;

-- The samples, each from the first register row that fits it.
CREATE TEMP TABLE sample (n int PRIMARY KEY, label text, source_id bigint, mrz text);

INSERT INTO sample
SELECT 1, 'clean document', NULL, pg_temp.passport(number, state)
  FROM clean_number ORDER BY number LIMIT 1;

INSERT INTO sample
SELECT 2, 'stolen passport', id, pg_temp.passport(document_number, issuing_state)
  FROM sltd WHERE status = 'stolen' AND document_type = 'P' AND length(document_number) = 9
 ORDER BY id LIMIT 1;

-- OCR damage: the first "0" of the number read as "O"; mrz_correct must
-- prove the repair (the sample is the first stolen row for which it does).
INSERT INTO sample
SELECT 3, 'stolen, OCR read 0 as O', s.id, d.damaged
  FROM sltd AS s,
	   LATERAL (SELECT pg_temp.passport(s.document_number, s.issuing_state) AS mrz) AS m,
	   LATERAL (SELECT overlay(m.mrz PLACING 'O' FROM 45 + strpos(s.document_number, '0') FOR 1)
			   AS damaged) AS d
 WHERE s.status = 'stolen' AND s.document_type = 'P' AND length(s.document_number) = 9
   AND s.document_number LIKE '%0%'
   AND mrz_correct(d.damaged) = m.mrz
   AND NOT EXISTS (SELECT 1 FROM sltd AS x
					WHERE x.document_number = replace(s.document_number, '0', 'O'))
 ORDER BY s.id LIMIT 1;

-- A keying error: characters 4 and 5 of the number swapped (the MRZ itself
-- is valid, so only the fuzzy index can find the record).
INSERT INTO sample
SELECT 4, 'stolen, keyed with 2 chars swapped', s.id,
	   pg_temp.passport(overlay(s.document_number PLACING substr(s.document_number, 5, 1)
								|| substr(s.document_number, 4, 1) FROM 4 FOR 2), s.issuing_state)
  FROM sltd AS s
 WHERE s.status = 'stolen' AND s.document_type = 'P' AND length(s.document_number) = 9
   AND substr(s.document_number, 4, 1) <> substr(s.document_number, 5, 1)
   AND NOT EXISTS (SELECT 1 FROM sltd AS x
					WHERE x.document_number = overlay(s.document_number PLACING
						  substr(s.document_number, 5, 1) || substr(s.document_number, 4, 1) FROM 4 FOR 2))
 ORDER BY s.id LIMIT 1;

-- A blank from the middle of a reported range of stolen blanks.
INSERT INTO sample
SELECT 5, 'blank from a stolen range', s.id, pg_temp.passport(m.number, s.issuing_state)
  FROM sltd AS s,
	   LATERAL (SELECT left(s.document_number, -3)
					   || lpad(((right(s.document_number, 3)::int + right(s.range_end, 3)::int) / 2)::text, 3, '0')
				AS number) AS m
 WHERE s.range_end IS NOT NULL AND s.document_type = 'P' AND length(s.document_number) = 9
   AND right(s.range_end, 3)::int - right(s.document_number, 3)::int >= 20
   AND NOT EXISTS (SELECT 1 FROM sltd AS x WHERE x.document_number = m.number)
 ORDER BY s.id LIMIT 1;

INSERT INTO sample
SELECT 6, 'clean but expired', NULL, pg_temp.passport(number, state, '2024-05-31')
  FROM clean_number ORDER BY number DESC LIMIT 1;

-- A bad check digit: the number's check digit (line 2, position 10) plus 1.
-- Digits are not look-alikes of each other, so no repair is proved.
INSERT INTO sample
SELECT 7, 'lost passport, bad check digit', s.id,
	   overlay(m.mrz PLACING ((substr(m.mrz, 55, 1)::int + 1) % 10)::text FROM 55 FOR 1)
  FROM sltd AS s,
	   LATERAL (SELECT pg_temp.passport(s.document_number, s.issuing_state) AS mrz) AS m
 WHERE s.status = 'lost' AND s.document_type = 'P' AND length(s.document_number) = 9
 ORDER BY s.id LIMIT 1;

\echo
\echo '== 7. The sample documents (line 2 of each MRZ), built from register rows by query'
SELECT s.n, s.label, r.document_number AS register_row, r.range_end, split_part(s.mrz, E'\n', 2) AS mrz_line_2
  FROM sample AS s LEFT JOIN sltd AS r ON r.id = s.source_id
 ORDER BY s.n;

-- Check each sample once, timing the call on the server (after one
-- untimed check, so that the plans are cached as at a working border post).
CREATE TEMP TABLE checked AS
SELECT 0 AS n, c.*, 0::numeric AS ms
  FROM sltd_check((SELECT mrz FROM sample ORDER BY n LIMIT 1), :as_of) WITH ORDINALITY AS c
 WHERE false;
SELECT count(*) AS warm_up FROM sltd_check((SELECT mrz FROM sample WHERE n = 2), :as_of) \gset
DO $$
DECLARE
	s record;
	t timestamptz;
	elapsed numeric;
BEGIN
	FOR s IN SELECT * FROM sample ORDER BY n LOOP
		t := clock_timestamp();
		INSERT INTO checked
			SELECT s.n, c.*, NULL FROM sltd_check(s.mrz, '2026-11-30') WITH ORDINALITY AS c;
		elapsed := round(extract(epoch FROM clock_timestamp() - t)::numeric * 1000, 2);
		UPDATE checked SET ms = elapsed WHERE checked.n = s.n;
	END LOOP;
END
$$;

\echo
\echo '== 8. sltd_check(mrz, as_of): the verdicts, best hit first (at most 3 shown per document)'
SELECT s.label, c.verdict, c.match_kind, c.distance, c.registered_number AS registered,
	   c.range_end, c.status, c.scanned_number AS scanned, c.mrz_valid, c.expired,
	   c.ms AS time_ms
  FROM checked AS c JOIN sample AS s USING (n)
 WHERE c.ordinality <= 3
 ORDER BY c.n, c.ordinality;
\echo '   ... and the errors of the MRZs that are not valid:'
SELECT DISTINCT s.label, c.mrz_errors
  FROM checked AS c JOIN sample AS s USING (n)
 WHERE NOT c.mrz_valid;
