-- test/bench/bench_register.sql - the probe documents of the register
-- benchmark (bench_register.sh), built from the probe set of gen_register
-- (COPYed into gen_probe first) and the register in sltd.
--
-- bench_probe holds 10,000 MRZs in contiguous blocks per class, so that
-- "random(1, 10000)" draws the mix and a block alone measures one class:
--   clean   1-9000      a plausible number of a real series, not in the
--                       register (the generator's "absent" probes)
--   exact   9001-9400   a register number, valid MRZ
--   ocr     9401-9700   a register number with its first 0 read as O in the
--                       MRZ (check digits then fail; mrz_correct may repair)
--   keyed   9701-10000  a register number with one keying/OCR edit (the
--                       generator's "edit1" probes), valid MRZ
-- Numbers of up to 9 characters go into a passport (TD3), longer ones into
-- an ID card (TD1, the number overflowing into the optional data).  The
-- state of a clean number is that of its nearest register number (the same
-- series); the others take their source row's state.

CREATE FUNCTION pg_temp.doc_mrz(number text, state text)
RETURNS text LANGUAGE sql
RETURN CASE WHEN length(number) <= 9
			THEN mrz_build('TD3', 'P', state, number, 'SPECIMEN', 'ALEX', state, '1985-03-14', 'F', '2031-06-30')
			ELSE mrz_build('TD1', 'I', state, number, 'SPECIMEN', 'ALEX', state, '1985-03-14', 'F', '2031-06-30')
	   END;

CREATE TABLE bench_probe (
	id int PRIMARY KEY,
	class text NOT NULL,
	number text NOT NULL,
	state text NOT NULL,
	mrz text
);

INSERT INTO bench_probe
SELECT row_number() OVER (ORDER BY g.probe_id), 'clean', g.probe,
	   coalesce((SELECT s.issuing_state FROM sltd AS s WHERE s.document_number >= g.probe
				  ORDER BY s.document_number LIMIT 1),
				(SELECT s.issuing_state FROM sltd AS s WHERE s.document_number <= g.probe
				  ORDER BY s.document_number DESC LIMIT 1)), NULL
  FROM gen_probe AS g
 WHERE g.class = 'absent'
 ORDER BY g.probe_id LIMIT 9000;

INSERT INTO bench_probe
SELECT 9000 + row_number() OVER (ORDER BY g.probe_id), 'exact', s.document_number, s.issuing_state, NULL
  FROM gen_probe AS g JOIN sltd AS s ON s.id = g.source_id
 WHERE g.class = 'exact' AND s.document_number NOT LIKE '%0%'
 ORDER BY g.probe_id LIMIT 400;

INSERT INTO bench_probe
SELECT 9400 + row_number() OVER (ORDER BY g.probe_id), 'ocr', s.document_number, s.issuing_state, NULL
  FROM gen_probe AS g JOIN sltd AS s ON s.id = g.source_id
 WHERE g.class = 'exact' AND strpos(s.document_number, '0') BETWEEN 1 AND 9
 ORDER BY g.probe_id LIMIT 300;

INSERT INTO bench_probe
SELECT 9700 + row_number() OVER (ORDER BY g.probe_id), 'keyed', g.probe, s.issuing_state, NULL
  FROM gen_probe AS g JOIN sltd AS s ON s.id = g.source_id
 WHERE g.class = 'edit1'
 ORDER BY g.probe_id LIMIT 300;

UPDATE bench_probe SET mrz = pg_temp.doc_mrz(number, state);

-- OCR damage: the first 0 of the number read as O, where the MRZ has it
-- (TD3: line 2 starts at character 46; TD1: the number starts at 6).
UPDATE bench_probe
   SET mrz = overlay(mrz PLACING 'O'
					 FROM CASE WHEN length(number) <= 9 THEN 45 ELSE 5 END + strpos(number, '0') FOR 1),
	   number = overlay(number PLACING 'O' FROM strpos(number, '0') FOR 1)
 WHERE class = 'ocr';

ANALYZE bench_probe;
SELECT class, count(*), min(id), max(id), count(*) FILTER (WHERE mrz_valid(mrz)) AS valid_mrz
  FROM bench_probe GROUP BY class ORDER BY min(id);
