-- mrz_build: every format from its fields, the ICAO specimens rebuilt to the
-- character, name encoding and truncation, long numbers, round trips.
SET datestyle = 'ISO, YMD';
\pset null '(null)'

-- The specimens rebuilt exactly.
SELECT mrz_build('TD3', 'P', 'UTO', 'L898902C3', 'ERIKSSON', 'ANNA MARIA', 'UTO', '1974-08-12', 'F', '2012-04-15', 'ZE184226B')
     = E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10' AS td3;
SELECT mrz_build('TD2', 'I', 'UTO', 'D23145890', 'ERIKSSON', 'ANNA MARIA', 'UTO', '1974-08-12', 'F', '2012-04-15')
     = E'I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6' AS td2;
SELECT mrz_build('TD1', 'I', 'UTO', 'D23145890', 'ERIKSSON', 'ANNA MARIA', 'UTO', '1974-08-12', 'F', '2012-04-15')
     = E'I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<' AS td1;
SELECT mrz_build('MRVA', 'V', 'UTO', 'L898902C', 'ERIKSSON', 'ANNA MARIA', 'UTO', '1969-08-06', 'F', '1994-06-23', 'ZE184226B')
     = E'V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C<3UTO6908061F9406236ZE184226B<<<<<<<' AS mrva;
SELECT mrz_build('MRVB', 'V', 'UTO', 'L898902C', 'ERIKSSON', 'ANNA MARIA', 'UTO', '1969-08-06', 'F', '1994-06-23', 'ZE184226')
     = E'V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nL898902C<3UTO6908061F9406236ZE184226' AS mrvb;

-- Long document number on TD1 (Part 11 example) and on TD2.
SELECT mrz_build('TD1', 'I', 'UTO', 'D23145890734', 'STEVENSON', 'PETER JOHN', 'UTO', '1934-07-12', 'M', '1995-07-12');
SELECT mrz_build('TD2', 'I', 'UTO', 'D2314589073', 'STEVENSON', 'PETER JOHN', 'UTO', '1934-07-12', 'M', '2035-07-12');
SELECT document_number, valid FROM mrz_parse(mrz_build('TD2', 'I', 'UTO', 'D2314589073', 'STEVENSON', 'PETER JOHN', 'UTO', '1934-07-12', 'M', '2035-07-12'));

-- Names: hyphens and spaces become '<', apostrophes vanish, case is folded.
SELECT mrz_build('TD3', 'P', 'IRL', 'PX1234567', 'O''Neil-Smith', 'mary ann', 'IRL', '1985-03-17', 'F', '2031-01-01');

-- Truncation (Doc 9303 Part 4): the field ends with a letter.
SELECT split_part(mrz_build('TD3', 'P', 'UTO', 'L898902C3', 'NILAVADHANANANDA', 'CHAYAPA DEJTHAMRONG KRASUANG', 'UTO', '1974-08-12', 'F', '2012-04-15'), E'\n', 1) AS td3_line1;
SELECT split_part(mrz_build('TD1', 'I', 'UTO', 'D23145890', 'NILAVADHANANANDA', 'CHAYAPA DEJTHAMRONG KRASUANG', 'UTO', '1974-08-12', 'F', '2012-04-15'), E'\n', 3) AS td1_line3;
SELECT split_part(mrz_build('TD3', 'P', 'UTO', 'L898902C3', 'BENNELONG WOOLOOMOOLOO WARRANDYTE WARNAMBOOL', 'DINGO POTOROO', 'UTO', '1974-08-12', 'M', '2012-04-15'), E'\n', 1) AS long_primary;
-- A cut that would leave a filler last takes the next component's initial.
SELECT split_part(mrz_build('TD2', 'I', 'UTO', 'D23145890', 'ERIKSSON', 'ANNA MARIA JOSEFINAS BEATRIX', 'UTO', '1974-08-12', 'F', '2012-04-15'), E'\n', 1) AS td2_line1;
SELECT primary_identifier, secondary_identifier, warnings
  FROM mrz_parse(mrz_build('TD3', 'P', 'UTO', 'L898902C3', 'NILAVADHANANANDA', 'CHAYAPA DEJTHAMRONG KRASUANG', 'UTO', '1974-08-12', 'F', '2012-04-15'));

-- Unknown birth date and unspecified sex become fillers.
SELECT mrz_build('TD3', 'P', 'UTO', 'L898902C3', 'ERIKSSON', 'ANNA', 'XXA', NULL, NULL, '2030-01-01');
SELECT birth_date, sex, valid, errors FROM mrz_parse(mrz_build('TD3', 'P', 'UTO', 'L898902C3', 'ERIKSSON', 'ANNA', 'XXA', NULL, 'X', '2030-01-01'));

-- A required field NULL gives NULL.
SELECT mrz_build('TD3', 'P', 'UTO', NULL, 'ERIKSSON', 'ANNA', 'UTO', '1974-08-12', 'F', '2012-04-15') IS NULL AS null_number;

-- Round trips: every format, 500 generated identities each, built then
-- parsed; every MRZ must be valid and give its fields back.
WITH ids AS (
	SELECT i, f,
		   (ARRAY['UTO','DEU','FRA','GBR','IND','KHM','VNM','D','XXA','RUS'])[1 + i % 10] AS state,
		   upper(substr(md5(i::text || f), 1, CASE WHEN f IN ('TD1', 'TD2') THEN 6 + i % 7 ELSE 6 + i % 4 END)) AS num,
		   (ARRAY['NGUYEN','MUELLER','OCONNOR','SMITH JONES','AL RASHID','IVANOVA'])[1 + i % 6] AS fam,
		   (ARRAY['ANH','SERGEI PETROVICH','','MARIA','JEAN PAUL','LI'])[1 + (i / 6) % 6] AS giv,
		   date '1930-01-01' + (i * 97) % 30000 AS birth,
		   date '2020-01-01' + (i * 31) % 4000 AS expiry,
		   (ARRAY['M','F',NULL])[1 + i % 3] AS sex
	  FROM generate_series(1, 500) AS i,
		   unnest(ARRAY['TD1','TD2','TD3','MRVA','MRVB']) AS f
), built AS (
	SELECT ids.*, mrz_parse(mrz_build(f, CASE WHEN f LIKE 'MRV%' THEN 'V' WHEN f = 'TD3' THEN 'P' ELSE 'I' END,
									  state, num, fam, nullif(giv, ''), state, birth, sex, expiry), '2025-01-01') AS p
	  FROM ids
)
SELECT f, count(*) AS built,
	   count(*) FILTER (WHERE (p).valid) AS valid,
	   count(*) FILTER (WHERE (p).document_number = num AND (p).issuing_state = state
						AND (p).primary_identifier = fam AND coalesce((p).secondary_identifier, '') = giv
						AND (p).birth_date = birth AND (p).expiry_date = expiry
						AND (p).sex IS NOT DISTINCT FROM sex) AS same_fields
  FROM built GROUP BY f ORDER BY f;

-- Fields that cannot be encoded: 22023 with a message saying which.
CREATE FUNCTION pg_temp.error_of(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	msg text; hnt text;
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, hnt = PG_EXCEPTION_HINT;
	RETURN SQLSTATE || ': ' || msg || coalesce(' | ' || nullif(hnt, ''), '');
END $$;
SELECT pg_temp.error_of($q$SELECT mrz_build('TD4', 'P', 'UTO', 'L898902C3', 'ERIKSSON', 'ANNA', 'UTO', '1974-08-12', 'F', '2012-04-15')$q$);
SELECT pg_temp.error_of($q$SELECT mrz_build('TD3', 'P', 'UTO', 'L898902C3XY', 'ERIKSSON', 'ANNA', 'UTO', '1974-08-12', 'F', '2012-04-15')$q$);
SELECT pg_temp.error_of($q$SELECT mrz_build('TD3', 'P', 'UTO', 'L8989-02C3', 'ERIKSSON', 'ANNA', 'UTO', '1974-08-12', 'F', '2012-04-15')$q$);
SELECT pg_temp.error_of($q$SELECT mrz_build('TD3', 'P', 'UTO', 'L898902C3', 'MÜLLER', 'ANNA', 'UTO', '1974-08-12', 'F', '2012-04-15')$q$);
SELECT pg_temp.error_of($q$SELECT mrz_build('TD3', 'P', 'UTOPIA', 'L898902C3', 'ERIKSSON', 'ANNA', 'UTO', '1974-08-12', 'F', '2012-04-15')$q$);
SELECT pg_temp.error_of($q$SELECT mrz_build('TD3', 'P', 'UTO', 'L898902C3', 'ERIKSSON', 'ANNA', 'UTO', '1974-08-12', 'Q', '2012-04-15')$q$);
SELECT pg_temp.error_of($q$SELECT mrz_build('TD3', 'P', 'UTO', 'L898902C3', 'ERIKSSON', 'ANNA', 'UTO', '1974-08-12', 'FF', '2012-04-15')$q$);
SELECT pg_temp.error_of($q$SELECT mrz_build('TD1', 'I', 'UTO', 'D2314589012345678901234', 'ERIKSSON', 'ANNA', 'UTO', '1974-08-12', 'F', '2012-04-15')$q$);
SELECT pg_temp.error_of($q$SELECT mrz_build('TD3', 'P', 'UTO', 'L898902C3', 'ERIKSSON', 'ANNA', 'UTO', '1974-08-12', 'F', '2012-04-15', 'THIS IS FAR TOO LONG')$q$);
