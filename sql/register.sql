-- register: the sltd table, its constraints, the feed loader, every verdict
-- of sltd_check and sltd_check_document, row-level security with real roles,
-- and the append-only search log.
SET datestyle = 'ISO, YMD';
\pset null '(null)'

-- A small register.
INSERT INTO sltd (document_number, issuing_state, document_type, status, reporting_state, event_date, report_date, notes) VALUES
	('L898902C3', 'UTO', 'P', 'stolen', 'UTO', '2024-01-01', '2024-01-02', 'specimen passport'),
	('C01X00T47', 'DEU', 'P', 'lost', 'DEU', '2024-02-01', '2024-02-03', NULL),
	('D23145890', 'UTO', 'I', 'revoked', 'UTO', NULL, '2023-05-05', NULL),
	('AB1234567', 'FRA', 'P', 'stolen', 'FRA', '2022-07-14', '2022-07-15', NULL);
INSERT INTO sltd (document_number, range_end, issuing_state, document_type, status, reporting_state, report_date)
VALUES ('X10000000', 'X10000999', 'UTO', 'P', 'stolen_blank', 'UTO', '2021-03-01');
-- ... and 20,000 other rows, so that the planner has a register to plan for.
INSERT INTO sltd (document_number, issuing_state, document_type, status, reporting_state)
SELECT 'K' || lpad((i * 7919 % 1000000)::text, 8, '0'), (ARRAY['UTO', 'GBR', 'ITA'])[1 + i % 3], 'P', 'lost',
	   (ARRAY['UTO', 'GBR', 'ITA'])[1 + i % 3]
  FROM generate_series(1, 20000) AS i;
ANALYZE sltd;

-- Impossible rows are rejected; the constraint names say why.
CREATE FUNCTION public.error_of(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT error_of($q$INSERT INTO sltd (document_number, issuing_state, document_type, status, reporting_state) VALUES ('l8989-02c3', 'UTO', 'P', 'stolen', 'UTO')$q$);
SELECT error_of($q$INSERT INTO sltd (document_number, issuing_state, document_type, status, reporting_state) VALUES ('L898902C3', 'ZZZ', 'P', 'stolen', 'UTO')$q$);
SELECT error_of($q$INSERT INTO sltd (document_number, issuing_state, document_type, status, reporting_state) VALUES ('L898902C3', 'D', 'P', 'stolen', 'DEU')$q$);
SELECT error_of($q$INSERT INTO sltd (document_number, issuing_state, document_type, status, reporting_state) VALUES ('L898902C3', 'UTO', 'X', 'stolen', 'UTO')$q$);
SELECT error_of($q$INSERT INTO sltd (document_number, issuing_state, document_type, status, reporting_state) VALUES ('L898902C3', 'UTO', 'P', 'misplaced', 'UTO')$q$);
SELECT error_of($q$INSERT INTO sltd (document_number, range_end, issuing_state, document_type, status, reporting_state) VALUES ('X1000', 'X1999', 'UTO', 'P', 'stolen', 'UTO')$q$);
SELECT error_of($q$INSERT INTO sltd (document_number, range_end, issuing_state, document_type, status, reporting_state) VALUES ('X1999', 'X1000', 'UTO', 'P', 'stolen_blank', 'UTO')$q$);
SELECT error_of($q$INSERT INTO sltd (document_number, range_end, issuing_state, document_type, status, reporting_state) VALUES ('X1000', 'X10000', 'UTO', 'P', 'stolen_blank', 'UTO')$q$);
SELECT error_of($q$INSERT INTO sltd (document_number, issuing_state, document_type, status, reporting_state, event_date, report_date) VALUES ('L898902C3', 'UTO', 'P', 'stolen', 'UTO', '2024-02-01', '2024-01-01')$q$);

-- A national feed with good and bad rows: the good ones go in, each bad one
-- is reported with its line and reason, nothing is lost.
CREATE TEMP TABLE feed OF sltd_feed_row;
INSERT INTO feed VALUES
	('fr-998877-66', NULL, 'FRA', 'P', 'Stolen', 'FRA', '2024-03-01', '2024-03-02', 'keyed with dashes'),
	('09AB12345', NULL, 'FRX', 'P', 'lost', 'FRA', NULL, NULL, 'bad state'),
	('09AB12346', NULL, 'FRA', 'P', 'vanished', 'FRA', NULL, NULL, 'bad status'),
	('09AB12347', NULL, 'FRA', 'ID', 'lost', 'FRA', '2024-13-45', NULL, 'bad date'),
	('09AB12348', NULL, 'FRA', 'I', 'lost', 'FRA', '2024-03-05', '2024-03-06', NULL);
SELECT * FROM sltd_load('feed');
SELECT document_number, issuing_state, status, notes FROM sltd WHERE reporting_state = 'FRA' ORDER BY id;

-- The border check from an MRZ: one verdict of each kind.
-- Exact hit (the specimen passport).
SELECT verdict, match_kind, distance, registered_number, status, scanned_number, mrz_valid, expired
  FROM sltd_check(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10', '2011-01-01');
-- The same document read on 2026-01-01: expired, still a hit.
SELECT verdict, match_kind, expired
  FROM sltd_check(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10', '2026-01-01');
-- Germany written D<< in the MRZ finds the DEU record.
SELECT verdict, match_kind, registered_number, registered_state, scanned_state
  FROM sltd_check(mrz_build('TD3', 'P', 'D', 'C01X00T47', 'MUSTERMANN', 'ERIKA', 'D', '1964-08-12', 'F', '2027-10-31'), '2025-01-01');
-- Inside a reported range of stolen blanks.
SELECT verdict, match_kind, registered_number, range_end, status
  FROM sltd_check(mrz_build('TD3', 'P', 'UTO', 'X10000500', 'DOE', 'JOHN', 'UTO', '1980-01-01', 'M', '2030-01-01'), '2025-01-01');
-- Outside it, and too far from its first serial for a fuzzy hit: no hit.
SELECT verdict, match_kind, scanned_number
  FROM sltd_check(mrz_build('TD3', 'P', 'UTO', 'X10005555', 'DOE', 'JOHN', 'UTO', '1980-01-01', 'M', '2030-01-01'), '2025-01-01');
-- OCR damage in the number, proved by the check digits: repaired and found,
-- reported as ocr_repaired with its distance to the scanned number.
SELECT verdict, match_kind, distance, registered_number, scanned_number, mrz_valid, mrz_errors
  FROM sltd_check(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL8989O2C36UTO7408122F1204159ZE184226B<<<<<10', '2011-01-01');
-- A keying error the check digits cannot prove (a real different number):
-- found by the fuzzy search within travel_docs.docnum_max_distance.
SELECT verdict, match_kind, distance, registered_number, scanned_number, mrz_valid
  FROM sltd_check(mrz_build('TD3', 'P', 'UTO', 'L898920C3', 'ERIKSSON', 'ANNA', 'UTO', '1974-08-12', 'F', '2012-04-15'), '2011-01-01');
-- ... and not with a smaller reach.
SET travel_docs.docnum_max_distance = 0.5;
SELECT verdict, match_kind, scanned_number
  FROM sltd_check(mrz_build('TD3', 'P', 'UTO', 'L898920C3', 'ERIKSSON', 'ANNA', 'UTO', '1974-08-12', 'F', '2012-04-15'), '2011-01-01');
RESET travel_docs.docnum_max_distance;
-- A bad check digit the repair cannot fix: the document is still checked,
-- and the answer says the MRZ is invalid.
SELECT verdict, match_kind, registered_number, mrz_valid, mrz_errors
  FROM sltd_check(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C35UTO7408122F1204159ZE184226B<<<<<10', '2011-01-01');
-- Clean document: one no_hit row.
SELECT verdict, match_kind, sltd_id, scanned_number, scanned_state, mrz_valid, expired
  FROM sltd_check(mrz_build('TD1', 'I', 'UTO', 'Q12345678', 'DOE', 'JANE', 'UTO', '1990-01-01', 'F', '2031-01-01'), '2025-01-01');
-- Several hits come best first: exact before fuzzy.
INSERT INTO sltd (document_number, issuing_state, document_type, status, reporting_state)
VALUES ('L898902C8', 'UTO', 'P', 'lost', 'UTO');
SELECT verdict, match_kind, distance, registered_number, status
  FROM sltd_check(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10', '2011-01-01');
-- Reach: a valid MRZ is searched within distance 1 (its check digits
-- confirm the number but for one-character blind spots); the same number
-- typed in by hand is searched within the full configured distance 2.
SELECT verdict, match_kind, distance, registered_number
  FROM sltd_check(mrz_build('TD3', 'P', 'UTO', 'L898922C3', 'ERIKSSON', 'ANNA', 'UTO', '1974-08-12', 'F', '2012-04-15'), '2011-01-01');
SELECT verdict, match_kind, distance, registered_number FROM sltd_check_document('L898922C3', 'UTO');
-- Malformed MRZ: the 22P02 of mrz_parse.
SELECT error_of($q$SELECT * FROM sltd_check('P<UTOERIKSSON')$q$);

-- Manual entry: normalised, D means DEU.
SELECT verdict, match_kind, distance, registered_number, scanned_number, scanned_state
  FROM sltd_check_document('l8989-02c3', 'UTO');
SELECT verdict, match_kind, registered_number FROM sltd_check_document('C01X00T47', 'D');
SELECT verdict, match_kind, distance, registered_number FROM sltd_check_document('AB1234S67', 'FRA');
SELECT verdict, scanned_number FROM sltd_check_document('ZZ0000000', 'FRA');

-- The plans: exact look-up through the btree, fuzzy through the fuzzy index.
EXPLAIN (COSTS OFF) SELECT id FROM sltd WHERE document_number = 'L898902C3' AND issuing_state = 'UTO';
EXPLAIN (COSTS OFF) SELECT id FROM sltd WHERE document_number ~% 'L898902C3' AND issuing_state = 'UTO';

-- Row-level security with real roles: a reporter per state, a border post.
CREATE ROLE regress_sltd_fra;
CREATE ROLE regress_sltd_deu;
CREATE ROLE regress_sltd_border LOGIN;
SELECT sltd_grant_reporter('regress_sltd_fra', 'FRA');
SELECT sltd_grant_reporter('regress_sltd_deu', 'D');
SELECT sltd_grant_searcher('regress_sltd_border');
SELECT * FROM sltd_reporter ORDER BY role_name;

SET ROLE regress_sltd_fra;
SELECT count(*) AS visible_to_fra FROM sltd WHERE document_number !~ '^K';
INSERT INTO sltd (document_number, issuing_state, document_type, status, reporting_state)
VALUES ('FR0000001', 'FRA', 'P', 'lost', 'FRA');
SELECT error_of($q$INSERT INTO sltd (document_number, issuing_state, document_type, status, reporting_state) VALUES ('DE0000001', 'DEU', 'P', 'lost', 'DEU')$q$);
UPDATE sltd SET status = 'revoked' WHERE document_number = 'C01X00T47';
DELETE FROM sltd WHERE document_number = 'C01X00T47';
UPDATE sltd SET status = 'revoked' WHERE document_number = 'FR0000001';
SELECT error_of($q$UPDATE sltd SET reporting_state = 'DEU' WHERE document_number = 'FR0000001'$q$);
-- A reporter loading a feed with another state's row: that row is refused.
CREATE TEMP TABLE feed_fra OF sltd_feed_row;
INSERT INTO feed_fra VALUES ('FR0000002', NULL, 'FRA', 'P', 'lost', 'FRA', NULL, NULL, NULL),
							('DE0000002', NULL, 'DEU', 'P', 'lost', 'DEU', NULL, NULL, NULL);
SELECT line, accepted, reason FROM sltd_load('feed_fra');
RESET ROLE;
SELECT document_number, status, reporting_state FROM sltd WHERE document_number IN ('C01X00T47', 'FR0000001', 'FR0000002', 'DE0000001', 'DE0000002') ORDER BY 1;

SET ROLE regress_sltd_border;
SELECT verdict, match_kind, registered_number FROM sltd_check_document('FR0000001', 'FRA');
SELECT error_of($q$SELECT count(*) FROM sltd$q$);
SELECT error_of($q$INSERT INTO sltd (document_number, issuing_state, document_type, status, reporting_state) VALUES ('FR0000009', 'FRA', 'P', 'lost', 'FRA')$q$);
SELECT error_of($q$SELECT count(*) FROM sltd_audit$q$);
SELECT error_of($q$SET travel_docs.audit = off$q$);
RESET ROLE;

-- The search log: on, every check is appended with who and what; nobody
-- can change it, not even its owner.
SET travel_docs.audit = on;
SELECT verdict FROM sltd_check_document('L898902C3', 'UTO');
SET ROLE regress_sltd_border;
SELECT verdict FROM sltd_check_document('QQ7777777', 'UTO');
SELECT verdict FROM sltd_check(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10', '2011-01-01');
RESET ROLE;
RESET travel_docs.audit;
SELECT verdict FROM sltd_check_document('L898902C3', 'UTO');
SELECT searched_by = session_user AS by_session_user,
       CASE WHEN searched_as = current_user THEN '(me)' ELSE searched_as END AS searched_as, query_kind, document_number, issuing_state, hit, hits
  FROM sltd_audit ORDER BY id;
SELECT error_of($q$UPDATE sltd_audit SET hit = false$q$);
SELECT error_of($q$DELETE FROM sltd_audit$q$);
SELECT error_of($q$TRUNCATE sltd_audit$q$);

-- Logged in as the border post itself, a search in another role's name is
-- refused: the log cannot be forged.
SELECT current_user AS admin \gset
\c - regress_sltd_border
SELECT error_of($q$SELECT * FROM sltd_report_hits('regress_sltd_fra', 'FR0000001', 'FRA', NULL, NULL, NULL, NULL, 'document', 'forged', NULL)$q$);
SELECT verdict, match_kind FROM sltd_check_document('FR0000002', 'FRA');
\c - :admin
SET datestyle = 'ISO, YMD';

-- pg_dump keeps the register's data: the tables are extension
-- configuration tables (the dump itself is exercised by a TAP test).
SELECT unnest(extconfig)::regclass AS dumped FROM pg_extension WHERE extname = 'travel_docs' ORDER BY 1;

DROP OWNED BY regress_sltd_fra, regress_sltd_deu, regress_sltd_border;
DROP ROLE regress_sltd_fra, regress_sltd_deu, regress_sltd_border;
DROP FUNCTION public.error_of(text);
