-- mrz_correct: repairs that the check digits prove, and nothing else.
SET datestyle = 'ISO, YMD';
\pset null '(null)'

-- Already valid: the input itself, byte for byte.
SELECT mrz_correct(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10')
     = E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10' AS unchanged;

-- O read for 0 in a date (a numeric field: the class alone says it).
SELECT mrz_correct(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO74O8122F1204159ZE184226B<<<<<10');

-- I read for 1 and B for 8 in check digits and dates.
SELECT mrz_correct(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO74O8I22F12O4I59ZE184226B<<<<<I0');

-- O read for 0 inside the alphanumeric document number: the class allows
-- both, so only the check digits can tell, and here exactly one single
-- substitution satisfies them.
SELECT mrz_correct(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL8989O2C36UTO7408122F1204159ZE184226B<<<<<10');

-- B read for 8 in the number: three single substitutions (B->8, 8->B, 2->Z)
-- each satisfy every check digit (the composite repeats the number's
-- weights), so no repair is proved and the answer is NULL.
SELECT mrz_correct(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nLB98902C36UTO7408122F1204159ZE184226B<<<<<10') AS ambiguous;
SELECT mrz_correct(E'I<UTOD23145B907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<') AS ambiguous_td1;

-- Letters read in the name from digits: 0 -> O, 1 -> I in alphabetic fields.
SELECT mrz_correct(E'P<UTOER1KSS0N<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10');

-- The same-checksum classes are invisible to the digits (8/S, 6/G ...): a
-- number with S for 8 passes every check, so there is nothing to repair, and
-- a wrong digit that two different repairs would fix gives NULL.
SELECT mrz_correct(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL89S902C36UTO7408122F1204159ZE184226B<<<<<10') IS NOT NULL AS blind_spot_passes;
SELECT mrz_correct(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C35UTO7408122F1204159ZE184226B<<<<<10') AS wrong_digit_no_confusion;

-- Repairs come back valid, and in the same line layout (LF-joined).
SELECT mrz_correct(E'I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO74O8122F12O4159<<<<<<<6');
SELECT mrz_valid(mrz_correct(E'I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO74O8122F12O4159<<<<<<<6')) AS repaired_td2_valid;

-- Over many damaged specimens: every unique repair is valid and equals the
-- original, and no repair is ever wrong.
WITH base AS (
	SELECT mrz_build('TD3', 'P', 'UTO', 'X' || lpad((i * 7919 % 100000000)::text, 8, '0'), 'ERIKSSON', 'ANNA', 'UTO',
					 date '1950-01-01' + i * 13 % 20000, CASE WHEN i % 2 = 0 THEN 'F' ELSE 'M' END,
					 date '2025-01-01' + i % 3000) AS good, i
	  FROM generate_series(1, 400) AS i
), damaged AS (
	-- replace one digit of line 2 by its OCR look-alike
	SELECT good, i, overlay(good PLACING translate(substr(good, p, 1), '01285', 'OIZBS') FROM p FOR 1) AS bad
	  FROM (SELECT good, i, 46 + (i * 37) % 43 AS p FROM base) s
	 WHERE substr(good, p, 1) ~ '[01285]'
)
SELECT count(*) AS damaged,
	   count(*) FILTER (WHERE mrz_correct(bad) = good) AS repaired_exactly,
	   count(*) FILTER (WHERE mrz_correct(bad) IS NOT NULL AND mrz_correct(bad) <> good) AS repaired_wrongly
  FROM damaged;
