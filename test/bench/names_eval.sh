#!/usr/bin/env bash
# test/bench/names_eval.sh - evaluate name_match on the labelled pairs of
# test/bench/names_eval.tsv, per script and overall, side by side with two
# PostgreSQL baselines at their best thresholds:
#   trgm:       similarity() of pg_trgm over unaccent(), '<' read as a space
#   dmetaphone: Jaccard overlap of the fuzzystrmatch dmetaphone() codes of the
#               words (unaccent()ed), the usual way to use a phonetic key on
#               multi-word names
# and, to show what the matching adds to the transliteration, a third one:
#   trgm_translit: similarity() of pg_trgm over name_translit() of both sides
# A baseline's threshold is the one that maximises its overall MCC on this
# very set (an optimistic choice for the baselines); name_match uses the
# default travel_docs.name_threshold.
#
# Usage: [NAMES_EVAL_TSV=file] names_eval.sh [--private]
#   without --private: a running cluster given by PGHOST/PGPORT/PGDATABASE
#   where travel_docs (and contrib) are installed;
#   --private: starts a throwaway cluster (run as a non-root user, or as root
#   through "runuser -u postgres").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tsv=${NAMES_EVAL_TSV:-$here/names_eval.tsv}

if [ "${1:-}" = "--private" ]; then
	. "$here/../lib.sh"
	tmp=$(mktemp -d /tmp/td-names-eval.XXXXXX)
	td_cluster_start "$tmp/data" "$tmp/sock"
	trap 'td_cluster_stop "$tmp/data"; rm -rf "$tmp"' EXIT
fi

psql -X -q -v ON_ERROR_STOP=1 <<SQL
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS travel_docs;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
CREATE EXTENSION IF NOT EXISTS unaccent;
DROP TABLE IF EXISTS names_eval;
CREATE TEMP TABLE names_raw (script text, kind text, label int, a text, b text);
\copy names_raw FROM PROGRAM 'grep -v "^#" $tsv' WITH (FORMAT text)
CREATE TABLE names_eval AS
SELECT script, kind, label = 1 AS label, a, b,
	name_similarity(a, b) AS ours,
	name_match(a, b) AS ours_match,
	similarity(lower(unaccent(translate(a, '<', ' '))), lower(unaccent(translate(b, '<', ' ')))) AS trgm,
	similarity(name_translit(a), name_translit(b)) AS trgm_tl,
	(SELECT count(*) FROM (SELECT dmetaphone(w) FROM regexp_split_to_table(unaccent(translate(a, '<-,', '   ')), '\s+') w WHERE w <> ''
		INTERSECT SELECT dmetaphone(w) FROM regexp_split_to_table(unaccent(translate(b, '<-,', '   ')), '\s+') w WHERE w <> '') i)::real
	/ greatest(1, (SELECT count(*) FROM (SELECT dmetaphone(w) FROM regexp_split_to_table(unaccent(translate(a, '<-,', '   ')), '\s+') w WHERE w <> ''
		UNION SELECT dmetaphone(w) FROM regexp_split_to_table(unaccent(translate(b, '<-,', '   ')), '\s+') w WHERE w <> '') u)) AS dmeta
FROM names_raw;

CREATE FUNCTION pg_temp.mcc(tp bigint, fp bigint, tn bigint, fn bigint) RETURNS numeric
	LANGUAGE sql IMMUTABLE AS
\$\$ SELECT CASE WHEN (tp+fp)*(tp+fn)*(tn+fp)*(tn+fn) = 0 THEN 0
	ELSE round(((tp*tn - fp*fn) / sqrt((tp+fp)::numeric*(tp+fn)*(tn+fp)*(tn+fn)))::numeric, 3) END \$\$;

-- best global threshold of each baseline (max overall MCC)
CREATE TEMP TABLE best AS
SELECT m, t FROM (
	SELECT m, t, row_number() OVER (PARTITION BY m ORDER BY
		pg_temp.mcc(count(*) FILTER (WHERE s >= t AND label), count(*) FILTER (WHERE s >= t AND NOT label),
			count(*) FILTER (WHERE s < t AND NOT label), count(*) FILTER (WHERE s < t AND label)) DESC, t) AS r
	FROM (SELECT 'trgm' AS m, trgm AS s, label FROM names_eval
		  UNION ALL SELECT 'dmetaphone', dmeta, label FROM names_eval
		  UNION ALL SELECT 'trgm_translit', trgm_tl, label FROM names_eval) x
	CROSS JOIN (SELECT DISTINCT trgm AS t, 'trgm' AS tm FROM names_eval
				UNION SELECT DISTINCT dmeta, 'dmetaphone' FROM names_eval
				UNION SELECT DISTINCT trgm_tl, 'trgm_translit' FROM names_eval) th
	WHERE th.tm = x.m
	GROUP BY m, t) y WHERE r = 1;

\echo
\echo pairs per script (positives / negatives)
SELECT script, count(*) FILTER (WHERE label) AS positives, count(*) FILTER (WHERE NOT label) AS negatives
FROM names_eval GROUP BY ROLLUP (script) ORDER BY script NULLS LAST;

\echo thresholds: name_match uses travel_docs.name_threshold; baselines at their best overall MCC
SELECT 'name_match' AS method, current_setting('travel_docs.name_threshold')::real AS threshold
UNION ALL SELECT m, t FROM best ORDER BY 1;

WITH d AS (
	SELECT script, label, 'name_match' AS method, ours_match AS hit FROM names_eval
	UNION ALL SELECT script, label, 'trgm', trgm >= (SELECT t FROM best WHERE m = 'trgm') FROM names_eval
	UNION ALL SELECT script, label, 'dmetaphone', dmeta >= (SELECT t FROM best WHERE m = 'dmetaphone') FROM names_eval
	UNION ALL SELECT script, label, 'trgm_translit', trgm_tl >= (SELECT t FROM best WHERE m = 'trgm_translit') FROM names_eval),
c AS (
	SELECT coalesce(script, 'ALL') AS script, method,
		count(*) FILTER (WHERE hit AND label) AS tp, count(*) FILTER (WHERE hit AND NOT label) AS fp,
		count(*) FILTER (WHERE NOT hit AND NOT label) AS tn, count(*) FILTER (WHERE NOT hit AND label) AS fn
	FROM d GROUP BY ROLLUP (script), method)
SELECT script, method, tp, fp, tn, fn,
	round(tp::numeric / nullif(tp + fn, 0), 3) AS recall,
	round(tn::numeric / nullif(tn + fp, 0), 3) AS specificity,
	round(tp::numeric / nullif(tp + fp, 0), 3) AS precision,
	pg_temp.mcc(tp, fp, tn, fn) AS mcc
FROM c WHERE method IS NOT NULL
ORDER BY script = 'ALL', script, CASE method WHEN 'name_match' THEN 0 WHEN 'trgm' THEN 1 WHEN 'dmetaphone' THEN 2 ELSE 3 END;

\echo errors of name_match (label, similarity, pair)
SELECT script, kind, CASE WHEN label THEN 'missed' ELSE 'false hit' END AS error, round(ours::numeric, 3) AS sim, a, b
FROM names_eval WHERE ours_match <> label ORDER BY script, label DESC, a;
SQL
