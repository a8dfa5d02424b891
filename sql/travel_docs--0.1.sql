-- travel_docs 0.1: install script.
-- Sections: MRZ, document numbers and the fuzzy index, names, the register.
\echo Use "CREATE EXTENSION travel_docs" to load this file. \quit

-- ---------------------------------------------------------------------------
-- MRZ (ICAO Doc 9303)
-- ---------------------------------------------------------------------------

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
