-- test/bench/name_probes.sql - the probe set of the name benchmarks
-- (bench_name_index.sh, bench_name_work_mem.sh) over the people table of
-- name_population.sql: 40% names present in the table, 30% variants of
-- present names (the MRZ form with OCR digits, the Latin form, swapped
-- words), 30% absent names; seeded, so a population gets the same probes.
-- psql variables: rows (the table's size), probes.
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench_probes;
SELECT FROM setseed(0.7) \g /dev/null
CREATE TABLE bench_probes (n serial, kind text, q text);
-- present names
INSERT INTO bench_probes (kind, q)
SELECT 'present', name FROM people WHERE id IN
	(SELECT 1 + floor(random() * :rows)::bigint FROM generate_series(1, :probes * 4 / 10));
-- variants of present names: MRZ form with OCR digits, Latin form, swapped words
INSERT INTO bench_probes (kind, q)
SELECT 'variant', CASE v % 3
	WHEN 0 THEN translate(replace(name_tl, ' ', '<<'), 'OIS', '015')
	WHEN 1 THEN name_tl
	ELSE regexp_replace(name_tl, '^(\S+) (.*)$', '\2 \1') END
FROM (SELECT row_number() OVER () AS v, name_tl FROM people WHERE id IN
	(SELECT 1 + floor(random() * :rows)::bigint FROM generate_series(1, :probes * 3 / 10))
	AND name_tl <> '') p;
-- absent names: given and family names that are not in the lists
INSERT INTO bench_probes (kind, q)
SELECT 'absent', g || ' ' || f FROM (
	SELECT (ARRAY['Quentin','Zebulon','Ottoline','Radomir','Thelonious','Wilhelmina','Casimir',
		'Leopoldine','Bartholomew','Xiomara','Evander','Ingeborg','Tancredi','Oluwaseun','Chidi'])[1 + floor(random() * 15)::int] AS g,
		(ARRAY['Zylberstein','Featherstonehaugh','Okonkwo','Vasquez-Thornbury','Przybylski','Nakashima',
		'Abernathy','Kowalczyk','Villanueva','Drummond','Hakobyan','Ferreira','Lindqvist','Oyelaran','Tshabalala'])[1 + floor(random() * 15)::int] AS f
	FROM generate_series(1, :probes * 3 / 10)) a;

