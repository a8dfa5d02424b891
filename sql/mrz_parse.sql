-- mrz_parse: the ICAO specimens of every format, input shapes, dates, names.
SET datestyle = 'ISO, YMD';
\pset null '(null)'
\x on

-- TD3: passport specimen (Doc 9303 Part 4).
SELECT * FROM mrz_parse(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10', '2024-01-01');

-- TD3: the older specimen, with a filler in the number and 1994 expiry.
SELECT * FROM mrz_parse(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C<3UTO6908061F9406236ZE184226B<<<<<14', '2024-01-01');

-- TD2 (Part 6 Appendix).
SELECT * FROM mrz_parse(E'I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6', '2024-01-01');

-- TD1 (Part 5).
SELECT * FROM mrz_parse(E'I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<', '2024-01-01');

-- TD1 with a 12-character document number continued in the optional data.
SELECT * FROM mrz_parse(E'I<UTOD23145890<7349<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<', '2024-01-01');

-- MRV-A and MRV-B (Part 7 Appendix B): no composite check digit.
SELECT * FROM mrz_parse(E'V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C<3UTO6908061F9406236ZE184226B<<<<<<<', '2024-01-01');
SELECT * FROM mrz_parse(E'V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nL898902C<3UTO6908061F9406236ZE184226', '2024-01-01');
\x off

-- Input shapes: LF, CRLF, one string of the exact total length, surrounding
-- whitespace.  All four give the same document.
SELECT format, document_number, valid FROM mrz_parse(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\r\nL898902C36UTO7408122F1204159ZE184226B<<<<<10');
SELECT format, document_number, valid FROM mrz_parse('P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<L898902C36UTO7408122F1204159ZE184226B<<<<<10');
SELECT format, document_number, valid FROM mrz_parse(E'  \n P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10 \n\t');
SELECT format, document_number, valid FROM mrz_parse(E'I<UTOD231458907<<<<<<<<<<<<<<<7408122F1204159UTO<<<<<<<<<<<6ERIKSSON<<ANNA<MARIA<<<<<<<<<<');

-- Centuries: birth takes the latest century not after as_of; expiry the one
-- nearest as_of.  The same MRZ read in 1990 and in 2024.
SELECT birth_date, expiry_date FROM mrz_parse(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10', '1990-06-01');
SELECT birth_date, expiry_date FROM mrz_parse(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10', '2074-08-11');
SELECT birth_date, expiry_date FROM mrz_parse(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10', '2074-08-12');

-- TD3 personal number all fillers: its check digit may be '<' or '0'.
SELECT valid, optional_data, errors FROM mrz_parse(mrz_build('TD3', 'P', 'IND', 'K1234567', 'SHARMA', 'ANIL', 'IND', '1980-05-05', 'M', '2030-05-04'));
SELECT valid, errors FROM mrz_parse(E'P<INDSHARMA<<ANIL<<<<<<<<<<<<<<<<<<<<<<<<<<<\nK1234567<6IND8005056M3005040<<<<<<<<<<<<<<<0');
SELECT valid, errors FROM mrz_parse(E'P<INDSHARMA<<ANIL<<<<<<<<<<<<<<<<<<<<<<<<<<<\nK1234567<6IND8005056M3005040<<<<<<<<<<<<<<00');

-- Germany: the one-letter code D<< (and DEU) are both ICAO.
SELECT issuing_state, nationality, valid FROM mrz_parse(mrz_build('TD3', 'P', 'D', 'C01X00T47', 'MUSTERMANN', 'ERIKA', 'D', '1964-08-12', 'F', '2027-10-31'));

-- Names: single-part name, empty primary (Indian passports), several parts.
SELECT primary_identifier, secondary_identifier, warnings FROM mrz_parse(mrz_build('TD3', 'P', 'PAK', 'AB1234567', 'ZAHRA', NULL, 'PAK', '1990-01-01', 'F', '2030-01-01'));
SELECT primary_identifier, secondary_identifier, warnings FROM mrz_parse(E'P<INDAHMADI<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nK1234567<6IND8005056M3005040<<<<<<<<<<<<<<00');
SELECT primary_identifier, secondary_identifier, warnings FROM mrz_parse(E'P<IND<<AHMADI<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nK1234567<6IND8005056M3005040<<<<<<<<<<<<<<00');

-- A name that fills its field is reported as possibly truncated.
SELECT primary_identifier, secondary_identifier, warnings FROM mrz_parse(E'P<UTONILAVADHANANANDA<<CHAYAPA<DEJTHAMRONG<K\nL898902C36UTO7408122F1204159ZE184226B<<<<<10');

-- JSON twin.
SELECT jsonb_pretty(mrz_to_jsonb(E'I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6', '2024-01-01'));

-- mrz_valid and the check digit itself (Doc 9303 Part 3 Appendix A).
SELECT mrz_valid(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10') AS specimen,
       mrz_valid(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<11') AS bad_composite;
SELECT mrz_check_digit('520727') AS d520727, mrz_check_digit('AB2134<<<') AS dab2134,
       mrz_check_digit('HA672242<6' || '5802254' || '9601086<<<<<<<<<<<<<<0') AS composite,
       mrz_check_digit('') AS empty;
SELECT mrz_check_digit('ab12');

-- NULL in, NULL out.
SELECT mrz_parse(NULL) IS NULL AS parse_null, mrz_valid(NULL) IS NULL AS valid_null,
       mrz_correct(NULL) IS NULL AS correct_null, mrz_check_digit(NULL) IS NULL AS digit_null;
