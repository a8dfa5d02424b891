-- mrz_errors and the errors/warnings arrays: every kind of field problem,
-- each with its 1-based position in the joined MRZ; then input that is not
-- an MRZ at all, which raises 22P02 with a message saying what and where.
SET datestyle = 'ISO, YMD';
\pset null '(null)'

-- Wrong document-number check digit (line 2, position 10 = offset 54); the
-- composite fails with it.
SELECT * FROM mrz_errors(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C35UTO7408122F1204159ZE184226B<<<<<10');

-- Wrong birth, expiry, personal-number and composite digits.
SELECT * FROM mrz_errors(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408121F1204158ZE184226B<<<<<27');

-- A check-digit position holding a letter.
SELECT * FROM mrz_errors(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C3AUTO7408122F1204159ZE184226B<<<<<10');

-- Unknown issuing state; a non-ICAO nationality seen on real documents
-- (XXK, Kosovo on German permits) is an error and a warning.
SELECT * FROM mrz_errors(E'P<ZZZERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10');
SELECT valid, errors, warnings FROM mrz_parse(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36XXK7408122F1204159ZE184226B<<<<<10');

-- X in the sex field (the VIZ value; the MRZ must carry '<').
SELECT sex, valid, errors, warnings FROM mrz_parse(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122X1204159ZE184226B<<<<<10');

-- Impossible date (31 February) with a correct check digit; unknown parts
-- of a birth date as fillers.
SELECT birth_date, valid, errors FROM mrz_parse(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO3102318F1204159ZE184226B<<<<<10');
SELECT birth_date, valid, errors, warnings FROM mrz_parse(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO5801<<6F1204159ZE184226B<<<<<14');

-- A letter in a date.
SELECT * FROM mrz_errors(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO74O8122F1204159ZE184226B<<<<<10');

-- Unknown document code on a passport-sized MRZ.
SELECT format, valid, errors FROM mrz_parse(E'X<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10');

-- Long document number with the filler-inclusive check digit of older
-- Belgian cards (3 over "000590240<601"; ICAO's rule gives 1): an error and
-- a warning naming the variant.  The ICAO form is valid.
SELECT document_number, valid, errors, warnings FROM mrz_parse(E'IDBEL000590240<6013<<<<<<<<<<<\n9001011F3001019BEL<<<<<<<<<<<8\nPEETERS<<AN<<<<<<<<<<<<<<<<<<<');
SELECT document_number, valid, errors, warnings FROM mrz_parse(E'IDBEL000590240<6011<<<<<<<<<<<\n9001011F3001019BEL<<<<<<<<<<<2\nPEETERS<<AN<<<<<<<<<<<<<<<<<<<');

-- Visas have no composite: a digit at the end is optional data.
SELECT valid, optional_data FROM mrz_parse(E'V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL8988901C4XXX4009078F96121096ZE184226B<<<<<<');

-- Not an MRZ: each raises 22P02 and says what is wrong and where.
CREATE FUNCTION pg_temp.error_of(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	msg text; det text; hnt text;
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT;
	RETURN SQLSTATE || ': ' || msg || coalesce(' | ' || nullif(det, ''), '') || coalesce(' | ' || nullif(hnt, ''), '');
END $$;

SELECT pg_temp.error_of($q$SELECT mrz_parse('')$q$);
SELECT pg_temp.error_of($q$SELECT mrz_parse(E' \n\t ')$q$);
SELECT pg_temp.error_of($q$SELECT mrz_parse('P<UTOERIKSSON')$q$);
SELECT pg_temp.error_of($q$SELECT mrz_parse(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<1')$q$);
SELECT pg_temp.error_of($q$SELECT mrz_parse(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\nXX')$q$);
SELECT pg_temp.error_of($q$SELECT mrz_parse(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10<<<<<<<<<')$q$);
SELECT pg_temp.error_of($q$SELECT mrz_parse(E'p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<\nl898902c36uto7408122f1204159ze184226b<<<<<10')$q$);
SELECT pg_temp.error_of($q$SELECT mrz_parse(E'P<UTOERIKSSON<<ANNA MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10')$q$);
SELECT pg_temp.error_of($q$SELECT mrz_parse(E'P<UTOERİKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10')$q$);
SELECT pg_temp.error_of($q$SELECT mrz_parse(E'I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\n\nERIKSSON<<ANNA<MARIA<<<<<<<<<<')$q$);
SELECT pg_temp.error_of($q$SELECT mrz_valid(repeat('<', 89))$q$);
SELECT pg_temp.error_of($q$SELECT mrz_errors(repeat('A', 1000))$q$);
SELECT pg_temp.error_of($q$SELECT mrz_check_digit('AB-12')$q$);
SELECT pg_temp.error_of($q$SELECT mrz_parse(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10', 'infinity')$q$);

-- Garbage never crashes: 3000 random strings of every length up to 100
-- over MRZ characters and separators, and 3000 of exactly an MRZ's shape.
-- Each call either parses or raises 22P02; the counts are fixed by the seed.
CREATE FUNCTION pg_temp.random_text(alphabet text, n int) RETURNS text LANGUAGE sql AS $$
	SELECT string_agg(substr(alphabet, 1 + floor(random() * length(alphabet))::int, 1), '')
	  FROM generate_series(1, n)
$$;
DO $$
DECLARE
	s text; parsed int := 0; valid int := 0; rejected int := 0; shape int[];
BEGIN
	PERFORM setseed(0.42);
	FOR i IN 1..6000 LOOP
		IF i <= 3000 THEN
			s := pg_temp.random_text(E'ABCKLOPZ0189<<<<\n\r \t', 1 + i % 100);
		ELSE
			shape := (ARRAY[ARRAY[3, 30], ARRAY[2, 36], ARRAY[2, 44]])[1 + i % 3];
			s := (SELECT string_agg(substr('PVIAC', 1 + i % 5, 1) || pg_temp.random_text('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<<<<', shape[2] - 1), E'\n')
				    FROM generate_series(1, shape[1]));
		END IF;
		BEGIN
			IF mrz_valid(s) THEN valid := valid + 1; END IF;
			PERFORM mrz_parse(s), mrz_correct(s);
			parsed := parsed + 1;
		EXCEPTION WHEN invalid_text_representation THEN
			rejected := rejected + 1;
		END;
	END LOOP;
	RAISE NOTICE 'garbage: % parsed (% valid), % rejected with 22P02', parsed, valid, rejected;
END $$;
