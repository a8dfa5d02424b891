-- travel_docs 0.1: install script.
-- Sections: MRZ, document numbers and the fuzzy index, names, the register.
\echo Use "CREATE EXTENSION travel_docs" to load this file. \quit

-- ---------------------------------------------------------------------------
-- MRZ (ICAO Doc 9303)
-- ---------------------------------------------------------------------------

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
