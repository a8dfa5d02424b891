-- travel_docs 0.1: install script.
-- Sections: MRZ, document numbers and the fuzzy index, names, the register.
\echo Use "CREATE EXTENSION travel_docs" to load this file. \quit

-- ---------------------------------------------------------------------------
-- MRZ (ICAO Doc 9303)
-- ---------------------------------------------------------------------------

-- What mrz_parse() returns.  Text fields have their fillers stripped; dates
-- are NULL when the MRZ has fillers or an impossible date there (and errors
-- says so); sex is M, F or NULL for '<'.  valid is strict ICAO validity;
-- warnings name deviations seen on real documents.
CREATE TYPE mrz_document AS (
	format text,
	document_code text,
	issuing_state text,
	document_number text,
	primary_identifier text,
	secondary_identifier text,
	nationality text,
	birth_date date,
	sex text,
	expiry_date date,
	optional_data text,
	optional_data_2 text,
	valid boolean,
	errors text[],
	warnings text[]
);

CREATE FUNCTION mrz_parse(mrz text, as_of date DEFAULT current_date)
RETURNS mrz_document
AS 'MODULE_PATHNAME', 'mrz_parse_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION mrz_parse(text, date) IS
'parse and validate an ICAO 9303 MRZ (TD1, TD2, TD3, MRV-A, MRV-B); as_of fixes the century of two-digit years';

CREATE FUNCTION mrz_valid(mrz text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'mrz_valid_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION mrz_valid(text) IS
'true when every check digit, code, date and field of the MRZ is valid per ICAO 9303';

CREATE FUNCTION mrz_errors(mrz text,
	OUT field text, OUT "position" int, OUT message text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'mrz_errors_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 2;

COMMENT ON FUNCTION mrz_errors(text) IS
'one row per error in the MRZ: field, 1-based position in the joined lines, message';

CREATE FUNCTION mrz_check_digit(data text)
RETURNS int
AS 'MODULE_PATHNAME', 'mrz_check_digit_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION mrz_check_digit(text) IS
'ICAO 9303 check digit (weights 7, 3, 1) of MRZ characters';

CREATE FUNCTION mrz_correct(mrz text)
RETURNS text
AS 'MODULE_PATHNAME', 'mrz_correct_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION mrz_correct(text) IS
'repair OCR confusions that the check digits prove; the input when already valid, NULL when no unique repair exists';

CREATE FUNCTION mrz_to_jsonb(mrz text, as_of date DEFAULT current_date)
RETURNS jsonb
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.to_jsonb(@extschema@.mrz_parse(mrz, as_of));

COMMENT ON FUNCTION mrz_to_jsonb(text, date) IS
'mrz_parse() as a jsonb object';

CREATE FUNCTION mrz_build(format text, document_code text, issuing_state text,
	document_number text, primary_identifier text, secondary_identifier text,
	nationality text, birth_date date, sex text, expiry_date date,
	optional_data text DEFAULT '')
RETURNS text
AS 'MODULE_PATHNAME', 'mrz_build_sql'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION mrz_build(text, text, text, text, text, text, text, date, text, date, text) IS
'build a valid MRZ (lines joined by newlines) from its fields, names truncated per ICAO 9303';

CREATE FUNCTION mrz_country_kind(code text)
RETURNS text
AS 'MODULE_PATHNAME', 'mrz_country_kind_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION mrz_country_kind(text) IS
'icao (valid in an MRZ), non_icao (seen on documents, not valid: XXK ...) or unknown';

-- ---------------------------------------------------------------------------
-- Document numbers
-- ---------------------------------------------------------------------------
-- docnum_normalize: upper-case ASCII, drop space - / . <; keep the rest.
-- docnum_distance: restricted Damerau-Levenshtein on normalised numbers where
-- a substitution inside an OCR class (0OQD 1IL 2Z 4A 5S 6G 7T 8B) costs 0.5.
-- a ~% b: docnum_distance(a, b) <= travel_docs.docnum_max_distance (STABLE:
-- it reads the setting).  a <~> b: the distance, for ORDER BY ... LIMIT.

CREATE FUNCTION docnum_normalize(text) RETURNS text
	AS 'MODULE_PATHNAME', 'docnum_normalize_sql'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION docnum_distance(a text, b text) RETURNS real
	AS 'MODULE_PATHNAME', 'docnum_distance_sql'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 10;

CREATE FUNCTION docnum_match(a text, b text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'docnum_match_sql'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 10;

CREATE FUNCTION docnum_match_sel(internal, oid, internal, integer)
	RETURNS float8
	AS 'MODULE_PATHNAME', 'docnum_match_sel'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE OPERATOR ~% (
	LEFTARG = text, RIGHTARG = text, FUNCTION = docnum_match,
	COMMUTATOR = OPERATOR(@extschema@.~%),
	RESTRICT = docnum_match_sel, JOIN = contjoinsel
);

CREATE OPERATOR <~> (
	LEFTARG = text, RIGHTARG = text, FUNCTION = docnum_distance,
	COMMUTATOR = OPERATOR(@extschema@.<~>)
);

-- The fuzzy index access method: = , ~% and ORDER BY <~> on document numbers,
-- exact (no recheck), WITH (max_distance = 1 | 2).  Extra columns of a
-- multi-column index are compared with = (or ~%) on the stored values.
CREATE FUNCTION fuzzy_handler(internal) RETURNS index_am_handler
	AS 'MODULE_PATHNAME', 'fuzzy_handler'
	LANGUAGE C;

CREATE ACCESS METHOD fuzzy TYPE INDEX HANDLER fuzzy_handler;
COMMENT ON ACCESS METHOD fuzzy IS 'OCR-aware document-number index: =, ~% and ORDER BY <~>';

CREATE OPERATOR CLASS docnum_ops DEFAULT FOR TYPE text USING fuzzy AS
	OPERATOR 1 = (text, text),
	OPERATOR 2 @extschema@.~% (text, text),
	OPERATOR 3 @extschema@.<~> (text, text) FOR ORDER BY pg_catalog.float_ops;

-- Checks a fuzzy index against itself and its table (locks the table in
-- SHARE mode); every row should have passed = true.
CREATE FUNCTION fuzzy_index_verify(index regclass)
	RETURNS TABLE(check_name text, passed boolean, detail text)
	AS 'MODULE_PATHNAME', 'fuzzy_index_verify'
	LANGUAGE C STRICT;

-- ---------------------------------------------------------------------------
-- Names: transliteration to the MRZ form, variants, similarity
-- ---------------------------------------------------------------------------

CREATE FUNCTION name_translit(text) RETURNS text
	AS 'MODULE_PATHNAME', 'name_translit_sql'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION name_translit(text) IS
	'the name as an MRZ would carry it: Doc 9303 tables, ICU for other scripts; A-Z and spaces';

CREATE FUNCTION name_variants(text) RETURNS text[]
	AS 'MODULE_PATHNAME', 'name_variants_sql'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION name_variants(text) IS
	'plausible MRZ spellings of a name (ICAO options, national and older tables, common Arabic renderings), primary first';

CREATE FUNCTION name_similarity(text, text) RETURNS real
	AS 'MODULE_PATHNAME', 'name_similarity_sql'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION name_similarity(text, text) IS
	'similarity in [0, 1] of two names in any script or MRZ form, aware of name parts; symmetric';

CREATE FUNCTION name_distance(text, text) RETURNS real
	AS 'MODULE_PATHNAME', 'name_distance_sql'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION name_distance(text, text) IS
	'1 - name_similarity(a, b)';

-- STABLE: the answer depends on travel_docs.name_threshold.
CREATE FUNCTION name_match(text, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'name_match_sql'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION name_match(text, text) IS
	'name_similarity(a, b) >= travel_docs.name_threshold';

CREATE OPERATOR =~ (
	LEFTARG = text,
	RIGHTARG = text,
	FUNCTION = name_match,
	COMMUTATOR = =~,
	RESTRICT = contsel,
	JOIN = contjoinsel
);
COMMENT ON OPERATOR =~ (text, text) IS 'names match (name_match)';

CREATE OPERATOR <=~> (
	LEFTARG = text,
	RIGHTARG = text,
	FUNCTION = name_distance,
	COMMUTATOR = <=~>
);
COMMENT ON OPERATOR <=~> (text, text) IS 'name distance, 1 - name_similarity';

-- GIN operator class for =~: keys from name_keys.c that every matching pair
-- shares, rechecked with name_match (same rows as a sequential scan).  The
-- keys are complete for travel_docs.name_threshold above 0.6; at or below it
-- a search reads every row of the index.  Keys are compared bytewise.
CREATE FUNCTION name_gin_compare(text, text) RETURNS integer
	AS 'MODULE_PATHNAME', 'name_gin_compare'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION name_gin_extract_value(text, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'name_gin_extract_value'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION name_gin_extract_query(text, internal, int2, internal, internal, internal, internal)
	RETURNS internal
	AS 'MODULE_PATHNAME', 'name_gin_extract_query'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE FUNCTION name_gin_consistent(internal, int2, text, integer, internal, internal, internal, internal)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'name_gin_consistent'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION name_gin_triconsistent(internal, int2, text, integer, internal, internal, internal)
	RETURNS "char"
	AS 'MODULE_PATHNAME', 'name_gin_triconsistent'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION name_gin_compare_partial(text, text, int2, internal) RETURNS integer
	AS 'MODULE_PATHNAME', 'name_gin_compare_partial'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR CLASS name_ops FOR TYPE text USING gin AS
	OPERATOR 1 @extschema@.=~ (text, text),
	FUNCTION 1 @extschema@.name_gin_compare(text, text),
	FUNCTION 2 @extschema@.name_gin_extract_value(text, internal),
	FUNCTION 3 @extschema@.name_gin_extract_query(text, internal, int2, internal, internal, internal, internal),
	FUNCTION 4 @extschema@.name_gin_consistent(internal, int2, text, integer, internal, internal, internal, internal),
	FUNCTION 5 @extschema@.name_gin_compare_partial(text, text, int2, internal),
	FUNCTION 6 @extschema@.name_gin_triconsistent(internal, int2, text, integer, internal, internal, internal),
	STORAGE text;
COMMENT ON OPERATOR CLASS name_ops USING gin IS
	'names: =~ through complete keys, rechecked with name_match (exact results); keys need travel_docs.name_threshold > 0.6';

-- ---------------------------------------------------------------------------
-- The register of stolen, lost and revoked documents
-- ---------------------------------------------------------------------------

CREATE TYPE sltd_status AS ENUM ('stolen', 'lost', 'revoked', 'invalid', 'stolen_blank');

-- The issuing state as the register stores it: ICAO's one-letter code for
-- Germany ("D", "D<<") becomes DEU, so both spellings find the same rows.
-- NULL gives NULL without STRICT; not declaring it lets the planner inline
-- the CASE (it inlines a strict function only into a strict expression),
-- which saves running a SQL function on every border check (3,805 -> 4,500
-- checks/s on one core at 1M rows).
CREATE FUNCTION sltd_state(code text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN pg_catalog.rtrim(code, '<') = 'D' THEN 'DEU'
			ELSE pg_catalog.rtrim(code, '<') END;

-- A serial as a range bound: state and length first, so that a range of
-- stolen blanks contains exactly the serials of its state and length that
-- lie between its first and last serial (compared byte by byte).
CREATE TYPE sltd_serial_range AS RANGE (subtype = text, collation = "C");

CREATE FUNCTION sltd_serial_key(state text, number text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN state || ':' || pg_catalog.lpad(pg_catalog.length(number)::text, 2, '0') || ':' || number;

-- One row per reported document, or per reported range of blank documents
-- (document_number is the first serial, range_end the last, same length).
-- The CHECK constraints are named for what they reject.
CREATE TABLE sltd (
	id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	document_number text NOT NULL,
	range_end text,
	issuing_state text NOT NULL,
	document_type text NOT NULL,
	status sltd_status NOT NULL,
	reporting_state text NOT NULL,
	event_date date,
	report_date date NOT NULL DEFAULT current_date,
	notes text,
	CONSTRAINT sltd_document_number_is_mrz_characters
		CHECK (document_number ~ '^[A-Z0-9]{1,22}$'),
	CONSTRAINT sltd_range_end_is_mrz_characters
		CHECK (range_end ~ '^[A-Z0-9]{1,22}$'),
	CONSTRAINT sltd_range_only_for_stolen_blanks
		CHECK (range_end IS NULL OR status = 'stolen_blank'),
	CONSTRAINT sltd_range_end_same_length_not_before_start
		CHECK (range_end IS NULL OR (length(range_end) = length(document_number)
									 AND range_end COLLATE "C" >= document_number)),
	CONSTRAINT sltd_issuing_state_is_icao_code
		CHECK (issuing_state <> 'D' AND @extschema@.mrz_country_kind(issuing_state) = 'icao'),
	CONSTRAINT sltd_reporting_state_is_icao_code
		CHECK (reporting_state <> 'D' AND @extschema@.mrz_country_kind(reporting_state) = 'icao'),
	CONSTRAINT sltd_document_type_is_icao_code
		CHECK (document_type ~ '^[ACIPV][A-Z<]?$'),
	CONSTRAINT sltd_event_not_after_report
		CHECK (event_date <= report_date),
	CONSTRAINT sltd_report_date_plausible
		CHECK (report_date >= '1950-01-01')
);

COMMENT ON TABLE sltd IS
'stolen and lost travel documents: one row per reported document or range of stolen blanks';

-- Exact look-ups by number and state; OCR-aware fuzzy look-ups by number
-- within a state; the ranges of stolen blanks that contain a serial (a GiST
-- index of serial ranges: one look-up, however many ranges a state has).
CREATE INDEX sltd_number_state_idx ON sltd (document_number, issuing_state);
CREATE INDEX sltd_fuzzy_idx ON sltd USING fuzzy (document_number, issuing_state);
CREATE INDEX sltd_ranges_idx ON sltd USING gist (
	sltd_serial_range(sltd_serial_key(issuing_state, document_number),
					  sltd_serial_key(issuing_state, range_end), '[]'))
	WHERE range_end IS NOT NULL;

SELECT pg_catalog.pg_extension_config_dump('sltd', '');
SELECT pg_catalog.pg_extension_config_dump('sltd_id_seq', '');

-- Which role reports for which state.  A role listed here may add, change
-- and remove the register rows whose reporting_state is its state.
CREATE TABLE sltd_reporter (
	role_name name PRIMARY KEY,
	reporting_state text NOT NULL
		CONSTRAINT sltd_reporter_state_is_icao_code
		CHECK (@extschema@.mrz_country_kind(reporting_state) = 'icao')
);
SELECT pg_catalog.pg_extension_config_dump('sltd_reporter', '');

-- The reporting state of the current role, NULL for a role that reports
-- for none.  Runs with the caller's rights (a SECURITY DEFINER function
-- would see its owner as CURRENT_USER); reporters may read the mapping.
CREATE FUNCTION sltd_current_reporting_state()
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
	SELECT r.reporting_state FROM @extschema@.sltd_reporter AS r
	 WHERE r.role_name = CURRENT_USER;
END;

-- Row-level security: everyone allowed to read the table reads every row;
-- writes are limited to the rows of the writer's own reporting state.
ALTER TABLE sltd ENABLE ROW LEVEL SECURITY;
CREATE POLICY sltd_search ON sltd FOR SELECT USING (true);
CREATE POLICY sltd_report_insert ON sltd FOR INSERT
	WITH CHECK (reporting_state = @extschema@.sltd_current_reporting_state());
CREATE POLICY sltd_report_update ON sltd FOR UPDATE
	USING (reporting_state = @extschema@.sltd_current_reporting_state())
	WITH CHECK (reporting_state = @extschema@.sltd_current_reporting_state());
CREATE POLICY sltd_report_delete ON sltd FOR DELETE
	USING (reporting_state = @extschema@.sltd_current_reporting_state());

REVOKE ALL ON sltd, sltd_reporter FROM PUBLIC;

-- The search log: one row per sltd_check / sltd_check_document call while
-- travel_docs.audit is on.  Nobody but its owner has any privilege on it,
-- and a trigger refuses UPDATE, DELETE and TRUNCATE even to the owner.
CREATE TABLE sltd_audit (
	id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	searched_at timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
	searched_by name NOT NULL DEFAULT SESSION_USER,
	searched_as name NOT NULL,
	query_kind text NOT NULL,
	query text NOT NULL,
	document_number text,
	issuing_state text,
	hit boolean NOT NULL,
	hits integer NOT NULL
);
SELECT pg_catalog.pg_extension_config_dump('sltd_audit', '');
REVOKE ALL ON sltd_audit FROM PUBLIC;

CREATE FUNCTION sltd_audit_refuse_change()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	RAISE EXCEPTION 'sltd_audit is append-only'
		USING ERRCODE = 'insufficient_privilege',
			  DETAIL = format('%s on the search log is not allowed.', TG_OP);
END
$$;

CREATE TRIGGER sltd_audit_append_only
	BEFORE UPDATE OR DELETE ON sltd_audit
	FOR EACH ROW EXECUTE FUNCTION sltd_audit_refuse_change();
CREATE TRIGGER sltd_audit_no_truncate
	BEFORE TRUNCATE ON sltd_audit
	FOR EACH STATEMENT EXECUTE FUNCTION sltd_audit_refuse_change();

-- The register rows that match a document number of a state, best first:
-- exact, inside a reported range of stolen blanks, exact on the number that
-- mrz_correct() repaired (repaired_number), then within
-- travel_docs.docnum_max_distance (the fuzzy index answers that).  One row
-- per register row, with its best kind of match and that kind's rank (1 to
-- 4, the order above).  The BEGIN ATOMIC body is bound when the function is
-- created, so it needs no search_path setting, and without one the planner
-- can inline it into the caller's query.
CREATE FUNCTION sltd_search(document_number text, issuing_state text,
	repaired_number text DEFAULT NULL)
RETURNS TABLE (match_kind text, distance real, id bigint, rank integer)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT h.match_kind, h.distance, h.id, h.rank
	  FROM (
		SELECT DISTINCT ON (c.id) c.*
		  FROM (
			SELECT 'exact' AS match_kind, 0::real AS distance, s.id, 1 AS rank
			  FROM @extschema@.sltd AS s
			 WHERE s.document_number = sltd_search.document_number
			   AND s.issuing_state = @extschema@.sltd_state(sltd_search.issuing_state)
			UNION ALL
			SELECT 'range', 0::real, s.id, 2
			  FROM @extschema@.sltd AS s
			 WHERE s.range_end IS NOT NULL
			   AND @extschema@.sltd_serial_range(@extschema@.sltd_serial_key(s.issuing_state, s.document_number),
												 @extschema@.sltd_serial_key(s.issuing_state, s.range_end), '[]')
				   OPERATOR(pg_catalog.@>)
				   @extschema@.sltd_serial_key(@extschema@.sltd_state(sltd_search.issuing_state),
											   sltd_search.document_number)
			UNION ALL
			SELECT 'ocr_repaired', @extschema@.docnum_distance(sltd_search.document_number, s.document_number), s.id, 3
			  FROM @extschema@.sltd AS s
			 WHERE sltd_search.repaired_number <> sltd_search.document_number
			   AND s.document_number = sltd_search.repaired_number
			   AND s.issuing_state = @extschema@.sltd_state(sltd_search.issuing_state)
			UNION ALL
			SELECT 'fuzzy', s.document_number OPERATOR(@extschema@.<~>) sltd_search.document_number, s.id, 4
			  FROM @extschema@.sltd AS s
			 WHERE s.document_number OPERATOR(@extschema@.~%) sltd_search.document_number
			   AND s.issuing_state = @extschema@.sltd_state(sltd_search.issuing_state)
		  ) AS c
		 ORDER BY c.id, c.rank, c.distance
	  ) AS h
	 ORDER BY h.rank, h.distance, h.id;
END;

-- One answer of the border check (sltd_check, sltd_check_document): a
-- register hit with how it matched, or a no_hit row; either way with what
-- was scanned.  verdict is 'hit' when the document itself is registered
-- (exact, inside a range, or exact once the check digits repaired it),
-- 'possible_hit' when only a similar number is (fuzzy), 'no_hit' otherwise.
-- Columns are described in the README.
CREATE TYPE sltd_hit AS (
	verdict text,
	match_kind text,
	distance real,
	sltd_id bigint,
	registered_number text,
	range_end text,
	status sltd_status,
	registered_state text,
	document_type text,
	reporting_state text,
	event_date date,
	report_date date,
	scanned_number text,
	scanned_state text,
	mrz_valid boolean,
	mrz_errors text[],
	expired boolean
);

-- Shared by sltd_check and sltd_check_document: the register rows for a
-- number (best first, joined to their records), or one 'no_hit' row; and
-- the audit record when travel_docs.audit is on.  SECURITY DEFINER, so a
-- search role reads the register only through here, and every search is
-- logged; searched_as, the caller's CURRENT_USER passed in by the two
-- check functions, must be a role the session user may act as, so the log
-- cannot be written in another role's name.  fuzzy_reach, when smaller,
-- narrows travel_docs.docnum_max_distance for this search (the setting is
-- restored before returning, and a function with a SET clause would undo
-- it on exit anyway).
--
-- Speed: sltd_search is inlined (no WITH ORDINALITY, which would stop
-- that) and the query runs on one generic plan, made once per session
-- (plan_cache_mode).  A custom plan per call re-reads and re-plans the
-- stored body of sltd_search every time, which took more than half of a
-- check: 1,731 checks/s on one client at 1M rows before, 3,805 after
-- (measured by hand: pgbench -M prepared -c 1 -T 10 with
-- test/bench/pgbench/sltd_check.sql on a 1M register loaded by
-- test/bench/load_register.sh; bench_register.sh's committed 1M figures
-- with all of this session's changes: 3,305/s for 1 client, 7,379/s for 2).  The generic plan uses the same indexes
-- as a custom one: btree, the serial-range GiST and the fuzzy index, each
-- with the parameters as index conditions.
CREATE FUNCTION sltd_report_hits(searched_as name, number text, state text,
	repaired_number text, valid boolean, errors text[], is_expired boolean,
	query_kind text, query text, fuzzy_reach real)
RETURNS SETOF sltd_hit
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
	nhits integer;
	configured text := coalesce(current_setting('travel_docs.docnum_max_distance', true), '2');
BEGIN
	IF NOT pg_has_role(SESSION_USER, searched_as, 'MEMBER') THEN
		RAISE EXCEPTION 'role "%" cannot search as "%"', SESSION_USER, searched_as
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	IF fuzzy_reach < configured::real THEN
		PERFORM set_config('travel_docs.docnum_max_distance', fuzzy_reach::text, true);
	END IF;
	RETURN QUERY
		SELECT CASE WHEN h.match_kind = 'fuzzy' THEN 'possible_hit' ELSE 'hit' END,
			   h.match_kind, h.distance, s.id, s.document_number, s.range_end, s.status,
			   s.issuing_state, s.document_type, s.reporting_state, s.event_date, s.report_date,
			   number, state, valid, errors, is_expired
		  FROM @extschema@.sltd_search(number, state, repaired_number) AS h
		  JOIN @extschema@.sltd AS s ON s.id = h.id
		 ORDER BY h.rank, h.distance, h.id;
	GET DIAGNOSTICS nhits = ROW_COUNT;
	PERFORM set_config('travel_docs.docnum_max_distance', configured, true);
	IF nhits = 0 THEN
		RETURN QUERY
			SELECT 'no_hit', NULL::text, NULL::real, NULL::bigint, NULL::text, NULL::text,
				   NULL::@extschema@.sltd_status, NULL::text, NULL::text, NULL::text, NULL::date, NULL::date,
				   number, state, valid, errors, is_expired;
	END IF;
	IF current_setting('travel_docs.audit', true) = 'on' THEN
		INSERT INTO @extschema@.sltd_audit (searched_as, query_kind, query, document_number,
											issuing_state, hit, hits)
		VALUES (searched_as, query_kind, query, number, state, nhits > 0, nhits);
	END IF;
END
$$;
REVOKE ALL ON FUNCTION sltd_report_hits(name, text, text, text, boolean, text[], boolean, text, text, real) FROM PUBLIC;

-- The border check from a scanned MRZ.  One row per register hit, best
-- first; a document with no hit gives one row with verdict 'no_hit'.  Every
-- row also says what was scanned: number, state, MRZ validity and errors,
-- and whether the document has expired on as_of.  A malformed MRZ raises
-- the 22P02 error of mrz_parse().  With travel_docs.audit on, the call is
-- appended to sltd_audit.
--
-- Fuzzy reach: an MRZ whose check digits hold (as read or once repaired)
-- has its number confirmed except for the substitutions a check digit
-- cannot see, which are one character: such a document is searched within
-- distance 1 (or less, if travel_docs.docnum_max_distance says so).  Only
-- an MRZ that fails its check digits is searched within the full
-- configured distance.  In dense issuance series a distance of 2 reaches
-- dozens of other genuine documents, so searching valid MRZs that far
-- would flag most clean travellers.
CREATE FUNCTION sltd_check(mrz text, as_of date DEFAULT current_date)
RETURNS SETOF sltd_hit
LANGUAGE plpgsql VOLATILE STRICT
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	doc @extschema@.mrz_document := @extschema@.mrz_parse(mrz, as_of);
	repaired text;
	repaired_number text;
BEGIN
	IF NOT doc.valid THEN
		repaired := @extschema@.mrz_correct(mrz);
		IF repaired IS NOT NULL THEN
			repaired_number := (@extschema@.mrz_parse(repaired, as_of)).document_number;
		END IF;
	END IF;
	RETURN QUERY
		SELECT * FROM @extschema@.sltd_report_hits(CURRENT_USER, doc.document_number, doc.issuing_state,
			repaired_number, doc.valid, doc.errors, doc.expiry_date < as_of, 'mrz', mrz,
			CASE WHEN doc.valid OR repaired IS NOT NULL THEN 1 END);
END
$$;

-- The same check for a number typed in by hand, within the full configured
-- distance (keying errors are not caught by any check digit).
CREATE FUNCTION sltd_check_document(document_number text, issuing_state text)
RETURNS SETOF sltd_hit
LANGUAGE plpgsql VOLATILE STRICT
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	RETURN QUERY
		SELECT * FROM @extschema@.sltd_report_hits(CURRENT_USER,
			@extschema@.docnum_normalize(sltd_check_document.document_number),
			sltd_check_document.issuing_state, NULL, NULL, NULL, NULL, 'document',
			sltd_check_document.document_number || ' ' || sltd_check_document.issuing_state, NULL);
END
$$;

REVOKE ALL ON FUNCTION sltd_check(text, date), sltd_check_document(text, text) FROM PUBLIC;

-- Role set-up, run by the DBA.  A reporter adds, changes and removes the
-- rows of its own reporting state (row-level security enforces it) and may
-- search; a searcher may only search, through sltd_check and
-- sltd_check_document (it gets no privilege on the table itself, so every
-- search it makes is logged when travel_docs.audit is on).  Neither can
-- read or alter the search log.
CREATE FUNCTION sltd_grant_reporter(role regrole, reporting_state text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	INSERT INTO @extschema@.sltd_reporter VALUES (role::name, @extschema@.sltd_state(reporting_state))
		ON CONFLICT (role_name) DO UPDATE SET reporting_state = excluded.reporting_state;
	EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.sltd TO %s', role);
	EXECUTE format('GRANT USAGE ON SEQUENCE @extschema@.sltd_id_seq TO %s', role);
	EXECUTE format('GRANT SELECT ON @extschema@.sltd_reporter TO %s', role);
	PERFORM @extschema@.sltd_grant_searcher(role);
END
$$;

CREATE FUNCTION sltd_grant_searcher(role regrole)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	EXECUTE format('GRANT USAGE ON SCHEMA @extschema@ TO %s', role);
	EXECUTE format('GRANT EXECUTE ON FUNCTION @extschema@.sltd_check(text, date), '
				   '@extschema@.sltd_check_document(text, text), '
				   '@extschema@.sltd_report_hits(name, text, text, text, boolean, text[], boolean, text, text, real) TO %s', role);
END
$$;
REVOKE ALL ON FUNCTION sltd_grant_reporter(regrole, text), sltd_grant_searcher(regrole) FROM PUBLIC;

-- A national feed, as loaded with COPY into a table of this type
-- (CREATE TEMP TABLE feed OF sltd_feed_row; \copy feed FROM 'feed.csv' CSV HEADER):
-- every column text, so that no row is lost before it is judged.
CREATE TYPE sltd_feed_row AS (
	document_number text,
	range_end text,
	issuing_state text,
	document_type text,
	status text,
	reporting_state text,
	event_date text,
	report_date text,
	notes text
);

-- Load a feed table into the register row by row, each in its own
-- subtransaction: good rows go in, and every row is reported with the id it
-- got or the reason it was rejected (the constraint or policy it broke).
-- line is the row's position in the feed table (insertion order, which is
-- the file's order for a freshly COPYed table).  Runs with the caller's
-- rights, so a reporter can load only rows of its own reporting state.
CREATE FUNCTION sltd_load(feed regclass)
RETURNS TABLE (line bigint, accepted boolean, id bigint, reason text)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
	r record;
	new_id bigint;
BEGIN
	FOR r IN EXECUTE format('SELECT row_number() OVER (ORDER BY ctid) AS line, f.* FROM %s AS f', feed)
	LOOP
		BEGIN
			INSERT INTO @extschema@.sltd (document_number, range_end, issuing_state, document_type, status,
										  reporting_state, event_date, report_date, notes)
			VALUES (@extschema@.docnum_normalize(r.document_number),
					@extschema@.docnum_normalize(nullif(r.range_end, '')),
					@extschema@.sltd_state(upper(btrim(r.issuing_state))),
					upper(btrim(r.document_type)),
					lower(btrim(r.status))::@extschema@.sltd_status,
					@extschema@.sltd_state(upper(btrim(r.reporting_state))),
					nullif(btrim(r.event_date), '')::date,
					coalesce(nullif(btrim(r.report_date), '')::date, current_date),
					r.notes)
			RETURNING sltd.id INTO new_id;
			RETURN QUERY SELECT r.line, true, new_id, NULL::text;
		EXCEPTION WHEN OTHERS THEN
			RETURN QUERY SELECT r.line, false, NULL::bigint, SQLERRM;
		END;
	END LOOP;
END
$$;
