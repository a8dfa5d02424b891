/*
 * test_mrz_parse.c - unit tests of mrz_parse: every ICAO specimen of
 * mrz.md §12 with its exact field values, and each special case (long
 * numbers, personal-number digit, dates, sex, codes, names, document
 * codes) with the exact issue, field and position it must report.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "core/mrz.h"

static const mrz_date AS_OF = {2026, 11, 28};
static mrz_document doc;

#define NAME1 "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
#define TD3_2 "L898902C36UTO7408122F1204159ZE184226B<<<<<10"

/* Parse lines at as_of; asserts the input is an MRZ. */
static mrz_document *
parse_at(const char *text, mrz_date as_of)
{
	mrz_failure f;

	assert_int_equal(mrz_parse(text, strlen(text), as_of, &doc, &f), MRZ_OK);
	return &doc;
}

static mrz_document *
parse(const char *text)
{
	return parse_at(text, AS_OF);
}

/* Find an issue by code and field in a list; NULL if absent. */
static const mrz_issue *
find(const mrz_issue *list, int n, mrz_issue_code code, const char *field)
{
	for (int i = 0; i < n; i++)
		if (list[i].code == code && strcmp(list[i].field, field) == 0)
			return &list[i];
	return NULL;
}

/* Assert the document has this error, at this position, with this message. */
static void
expect_error(mrz_issue_code code, const char *field, int pos, const char *msg)
{
	const mrz_issue *is = find(doc.errors, doc.nerrors, code, field);

	if (is == NULL)
		fail_msg("no error %d on %s; first error: %s", code, field,
				 doc.nerrors ? doc.errors[0].message : "(none)");
	assert_int_equal(is->position, pos);
	if (msg)
		assert_string_equal(is->message, msg);
	assert_false(doc.valid);
}

static void
expect_warning(mrz_issue_code code, const char *field, int pos, const char *msg)
{
	const mrz_issue *is = find(doc.warnings, doc.nwarnings, code, field);

	if (is == NULL)
		fail_msg("no warning %d on %s", code, field);
	assert_int_equal(is->position, pos);
	if (msg)
		assert_string_equal(is->message, msg);
}

static void
assert_date(mrz_date d, int y, int m, int dd)
{
	assert_int_equal(d.year, y);
	assert_int_equal(d.month, m);
	assert_int_equal(d.day, dd);
}

/* Fields common to the Eriksson specimens. */
static void
assert_eriksson(const mrz_document *d)
{
	assert_string_equal(d->issuing_state, "UTO");
	assert_string_equal(d->primary_identifier, "ERIKSSON");
	assert_string_equal(d->secondary_identifier, "ANNA MARIA");
	assert_int_equal(d->sex, 'F');
}

/* TD3 specimen (7th edition era). */
static void
test_td3_specimen(void **state)
{
	mrz_document *d = parse(NAME1 "\n" TD3_2);

	assert_int_equal(d->format, MRZ_TD3);
	assert_true(d->valid);
	assert_int_equal(d->nerrors, 0);
	assert_int_equal(d->nwarnings, 0);
	assert_int_equal(d->nlines, 2);
	assert_int_equal(d->line_length, 44);
	assert_string_equal(d->text, NAME1 TD3_2);
	assert_string_equal(d->document_code, "P");
	assert_eriksson(d);
	assert_string_equal(d->document_number, "L898902C3");
	assert_string_equal(d->nationality, "UTO");
	assert_date(d->birth_date, 1974, 8, 12);
	assert_string_equal(d->birth_raw, "740812");
	assert_date(d->expiry_date, 2012, 4, 15);
	assert_string_equal(d->expiry_raw, "120415");
	assert_string_equal(d->optional_data, "ZE184226B");
	assert_string_equal(d->optional_data_2, "");
}

/* Older TD3 specimen: 8-character number, 1994 expiry. */
static void
test_td3_older_specimen(void **state)
{
	mrz_document *d = parse(NAME1 "\nL898902C<3UTO6908061F9406236ZE184226B<<<<<14");

	assert_true(d->valid);
	assert_eriksson(d);
	assert_string_equal(d->document_number, "L898902C");
	assert_date(d->birth_date, 1969, 8, 6);
	assert_date(d->expiry_date, 1994, 6, 23);
	assert_string_equal(d->optional_data, "ZE184226B");
}

/* TD2 specimen of Doc 9303-6. */
static void
test_td2_specimen(void **state)
{
	mrz_document *d = parse("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6");

	assert_int_equal(d->format, MRZ_TD2);
	assert_true(d->valid);
	assert_string_equal(d->document_code, "I");
	assert_eriksson(d);
	assert_string_equal(d->document_number, "D23145890");
	assert_string_equal(d->nationality, "UTO");
	assert_date(d->birth_date, 1974, 8, 12);
	assert_date(d->expiry_date, 2012, 4, 15);
	assert_string_equal(d->optional_data, "");
}

/* TD1 specimen of Doc 9303-5. */
static void
test_td1_specimen(void **state)
{
	mrz_document *d = parse("I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<");

	assert_int_equal(d->format, MRZ_TD1);
	assert_true(d->valid);
	assert_int_equal(d->nlines, 3);
	assert_eriksson(d);
	assert_string_equal(d->document_number, "D23145890");
	assert_date(d->birth_date, 1974, 8, 12);
	assert_date(d->expiry_date, 2012, 4, 15);
	assert_string_equal(d->optional_data, "");
	assert_string_equal(d->optional_data_2, "");
}

/* TD1 long number (Part 11 BAC example): D23145890734, digit 9. */
static void
test_td1_long_number(void **state)
{
	mrz_document *d = parse("I<UTOD23145890<7349<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<");

	assert_true(d->valid);
	assert_string_equal(d->document_number, "D23145890734");
	assert_string_equal(d->primary_identifier, "STEVENSON");
	assert_string_equal(d->secondary_identifier, "PETER JOHN");
	assert_date(d->birth_date, 1934, 7, 12);
	assert_int_equal(d->sex, 'M');
	assert_date(d->expiry_date, 1995, 7, 12);
	assert_string_equal(d->optional_data, "");
}

/*
 * cheminfo README long number D23145890123: its digit 3 is right, but the
 * composite printed with it (2, copied from the BAC example) computes 8.
 */
static void
test_td1_long_number_cheminfo(void **state)
{
	parse("I<UTOD23145890<1233<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<");
	assert_string_equal(doc.document_number, "D23145890123");
	assert_int_equal(doc.nerrors, 1);
	expect_error(MRZ_ISSUE_CHECK_DIGIT, "composite", 60,
				 "composite check digit is 2, computed 8");
}

/* Long numbers with optional data after them, and with no closing '<'. */
static void
test_long_number_variants(void **state)
{
	mrz_document *d;

	d = parse("I<UTOD23145890<7349<AB12<<<<<<\n7408122F1204159UTO<<<<<<<<<<<4\nERIKSSON<<ANNA<MARIA<<<<<<<<<<");
	assert_true(d->valid);
	assert_string_equal(d->document_number, "D23145890734");
	assert_string_equal(d->optional_data, "AB12");

	d = parse("I<UTOD23145890<123456789012342\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<");
	assert_true(d->valid);
	assert_string_equal(d->document_number, "D2314589012345678901234");
	expect_warning(MRZ_ISSUE_LONG_NUMBER, "document_number", 30, NULL);

	/* TD2: remainder from line 2 position 29 */
	d = parse("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD23145890<UTO7408122F1204159ABC2<<<6");
	assert_true(d->valid);
	assert_string_equal(d->document_number, "D23145890ABC");
	assert_string_equal(d->optional_data, "");

	/* '<' in the check slot and nothing in the optional data */
	parse("I<UTOD23145890<<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<7\nERIKSSON<<ANNA<MARIA<<<<<<<<<<");
	assert_string_equal(doc.document_number, "D23145890");
	expect_error(MRZ_ISSUE_CHECK_NOT_DIGIT, "document_number", 15,
				 "document_number check digit is \"<\" and the optional data at position 16 holds no long-number continuation");
}

/* Belgian filler-inclusive digit (PRADO BEL-BO-03003): error + warning. */
static void
test_filler_included(void **state)
{
	parse("IDBEL000590240<6013<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<8\nSTEVENSON<<PETER<JOHN<<<<<<<<<");
	assert_string_equal(doc.document_code, "ID");
	assert_string_equal(doc.issuing_state, "BEL");
	assert_string_equal(doc.document_number, "000590240601");
	assert_int_equal(doc.nerrors, 1);
	expect_error(MRZ_ISSUE_FILLER_INCLUDED, "document_number", 19,
				 "document_number check digit is 3, computed 1; 3 is the filler-inclusive variant of older Belgian and Portuguese cards");
	expect_warning(MRZ_ISSUE_FILLER_INCLUDED, "document_number", 19, NULL);
}

/* Visas: no composite, no personal-number digit. */
static void
test_visa_specimens(void **state)
{
	mrz_document *d;

	d = parse("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C<3UTO6908061F9406236ZE184226B<<<<<<<");
	assert_int_equal(d->format, MRZ_MRVA);
	assert_true(d->valid);
	assert_string_equal(d->document_code, "V");
	assert_eriksson(d);
	assert_string_equal(d->document_number, "L898902C");
	assert_date(d->birth_date, 1969, 8, 6);
	assert_date(d->expiry_date, 1994, 6, 23);
	assert_string_equal(d->optional_data, "ZE184226B");

	d = parse("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nL898902C<3UTO6908061F9406236ZE184226");
	assert_int_equal(d->format, MRZ_MRVB);
	assert_true(d->valid);
	assert_string_equal(d->optional_data, "ZE184226");

	d = parse("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL8988901C4XXX4009078F96121096ZE184226B<<<<<<");
	assert_true(d->valid);
	assert_string_equal(d->document_number, "L8988901C");
	assert_string_equal(d->nationality, "XXX");
	assert_date(d->birth_date, 1940, 9, 7);
	assert_date(d->expiry_date, 1996, 12, 10);
	assert_string_equal(d->optional_data, "6ZE184226B");

	d = parse("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nL8988901C4XXX4009078F9612109<<<<<<<<");
	assert_int_equal(d->format, MRZ_MRVB);
	assert_true(d->valid);
	assert_string_equal(d->optional_data, "");
}

/* Doc 9303-3 Appendix A examples 3-5: composite 8 and 2; YTO is no code. */
static void
test_appendix_a_examples(void **state)
{
	parse("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nHA672242<6YTO5802254M9601086<<<<<<<<<<<<<<08");
	assert_string_equal(doc.document_number, "HA672242");
	assert_date(doc.birth_date, 1958, 2, 25);
	assert_date(doc.expiry_date, 1996, 1, 8);
	assert_int_equal(doc.nerrors, 1);
	expect_error(MRZ_ISSUE_UNKNOWN_STATE, "nationality", 55,
				 "nationality \"YTO\" is not an ICAO country or organization code");

	parse("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nHA672242<6YTO5802254M9601086<<<<<<<8");
	assert_int_equal(doc.format, MRZ_TD2);
	assert_int_equal(doc.nerrors, 1);
	expect_error(MRZ_ISSUE_UNKNOWN_STATE, "nationality", 47, NULL);

	parse("I<YTOD231458907<<<<<<<<<<<<<<<\n3407127M9507122YTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<");
	assert_int_equal(doc.nerrors, 2);
	expect_error(MRZ_ISSUE_UNKNOWN_STATE, "issuing_state", 3, NULL);
	expect_error(MRZ_ISSUE_UNKNOWN_STATE, "nationality", 46, NULL);
}

/* Each check digit reported with field, position and both values. */
static void
test_check_digit_errors(void **state)
{
	parse(NAME1 "\nL898902C35UTO7408122F1204159ZE184226B<<<<<10");
	expect_error(MRZ_ISSUE_CHECK_DIGIT, "document_number", 54,
				 "document_number check digit is 5, computed 6");
	expect_error(MRZ_ISSUE_CHECK_DIGIT, "composite", 88,
				 "composite check digit is 0, computed 3");
	assert_int_equal(doc.nerrors, 2);

	parse(NAME1 "\nL898902C36UTO7408123F1204158ZE184226B<<<<<20");
	expect_error(MRZ_ISSUE_CHECK_DIGIT, "birth_date", 64,
				 "birth_date check digit is 3, computed 2");
	expect_error(MRZ_ISSUE_CHECK_DIGIT, "expiry_date", 72,
				 "expiry_date check digit is 8, computed 9");
	expect_error(MRZ_ISSUE_CHECK_DIGIT, "optional_data", 87,
				 "optional_data check digit is 2, computed 1");

	parse(NAME1 "\nL898902C3XUTO7408122F1204159ZE184226B<<<<<10");
	expect_error(MRZ_ISSUE_CHECK_NOT_DIGIT, "document_number", 54,
				 "document_number check digit is \"X\", not a digit (computed 6)");

	/* a TD3 number cannot overflow: '<' in its check slot is just wrong */
	parse(NAME1 "\nL898902C3<UTO7408122F1204159ZE184226B<<<<<1<");
	expect_error(MRZ_ISSUE_CHECK_NOT_DIGIT, "document_number", 54, NULL);
}

/* TD3 personal number all fillers: check digit '<' or '0', nothing else. */
static void
test_personal_number_empty(void **state)
{
	parse(NAME1 "\nL898902C36UTO7408122F1204159<<<<<<<<<<<<<<<8");
	assert_true(doc.valid);
	assert_string_equal(doc.optional_data, "");
	parse(NAME1 "\nL898902C36UTO7408122F1204159<<<<<<<<<<<<<<08");
	assert_true(doc.valid);
	parse(NAME1 "\nL898902C36UTO7408122F1204159<<<<<<<<<<<<<<31");
	expect_error(MRZ_ISSUE_CHECK_DIGIT, "optional_data", 87,
				 "optional_data check digit is 3; an empty personal number takes \"<\" or 0");
}

/* Dates: fillers, impossible days, letters, centuries. */
static void
test_dates(void **state)
{
	parse(NAME1 "\nL898902C36UTO74<<<<1F1204159ZE184226B<<<<<18");
	assert_int_equal(doc.birth_date.year, 0);
	assert_string_equal(doc.birth_raw, "74<<<<");
	assert_int_equal(doc.nerrors, 1);
	expect_error(MRZ_ISSUE_DATE_FILLERS, "birth_date", 58,
				 "birth_date \"74<<<<\" has fillers for unknown parts, so the date is unknown");

	parse(NAME1 "\nL898902C36UTO3102318F1204159ZE184226B<<<<<10");
	assert_int_equal(doc.birth_date.year, 0);
	assert_int_equal(doc.nerrors, 1);
	expect_error(MRZ_ISSUE_BAD_DATE, "birth_date", 58,
				 "birth_date \"310231\" is not a calendar date");

	parse(NAME1 "\nL898902C36UTO7408122F<<<<<<0ZE184226B<<<<<10");
	assert_int_equal(doc.expiry_date.year, 0);
	expect_error(MRZ_ISSUE_DATE_FILLERS, "expiry_date", 66,
				 "expiry_date \"<<<<<<\" has fillers, which Doc 9303 allows only in the date of birth");

	parse(NAME1 "\nL898902C36UTO74O8122F1204159ZE184226B<<<<<10");
	expect_error(MRZ_ISSUE_CHAR_CLASS, "birth_date", 60,
				 "birth_date has \"O\" at position 60 where a digit is expected");
	assert_int_equal(doc.birth_date.year, 0);

	parse(NAME1 "\nL898902C36UTO7<08122F1204159ZE184226B<<<<<10");
	expect_error(MRZ_ISSUE_BAD_DATE, "birth_date", 58,
				 "birth_date \"7<0812\" mixes digits and fillers within one part");

	/* 29 February 2000 (YY 00 is a leap year when it means 2000) */
	parse(NAME1 "\nL898902C36UTO0002299F1204159ZE184226B<<<<<18");
	assert_true(doc.valid);
	assert_date(doc.birth_date, 2000, 2, 29);
	/* ... but 1900 is not: as of 1999 the same field is impossible */
	parse_at(NAME1 "\nL898902C36UTO0002299F1204159ZE184226B<<<<<18",
			 (mrz_date) {1999, 1, 1});
	expect_error(MRZ_ISSUE_BAD_DATE, "birth_date", 58, NULL);
}

/* Century rules: birth never after as_of, expiry within 50 years. */
static void
test_centuries(void **state)
{
	/* birth 740812: 1974; as of 2074-08-12 it is 2074, a day earlier 1974 */
	parse_at(NAME1 "\n" TD3_2, (mrz_date) {2074, 8, 12});
	assert_int_equal(doc.birth_date.year, 2074);
	parse_at(NAME1 "\n" TD3_2, (mrz_date) {2074, 8, 11});
	assert_int_equal(doc.birth_date.year, 1974);
	/* expiry 120415: 2012 as of 2026; 2112 as of 2070 */
	assert_int_equal(parse(NAME1 "\n" TD3_2)->expiry_date.year, 2012);
	parse_at(NAME1 "\n" TD3_2, (mrz_date) {2070, 1, 1});
	assert_int_equal(doc.expiry_date.year, 2112);
	/* window (as_of - 50y, as_of + 50y]: 2062-04-15 +50y is 2112-04-15 */
	parse_at(NAME1 "\n" TD3_2, (mrz_date) {2062, 4, 15});
	assert_int_equal(doc.expiry_date.year, 2112);
	parse_at(NAME1 "\n" TD3_2, (mrz_date) {2062, 4, 16});
	assert_int_equal(doc.expiry_date.year, 2112);
	parse_at(NAME1 "\n" TD3_2, (mrz_date) {2062, 4, 14});
	assert_int_equal(doc.expiry_date.year, 2012);
}

/* Sex: M F <; X is an error and a warning; anything else an error. */
static void
test_sex(void **state)
{
	parse(NAME1 "\nL898902C36UTO7408122X1204159ZE184226B<<<<<10");
	assert_int_equal(doc.sex, 'X');
	assert_int_equal(doc.nerrors, 1);
	expect_error(MRZ_ISSUE_SEX_X, "sex", 65, NULL);
	expect_warning(MRZ_ISSUE_SEX_X, "sex", 65, NULL);

	parse(NAME1 "\nL898902C36DEU7408122<1204159ZE184226B<<<<<10");
	assert_true(doc.valid);
	assert_int_equal(doc.sex, 0);

	parse(NAME1 "\nL898902C36UTO7408122Q1204159ZE184226B<<<<<10");
	expect_error(MRZ_ISSUE_BAD_SEX, "sex", 65,
				 "sex is \"Q\", expected M, F or \"<\"");
	assert_int_equal(doc.sex, 0);
}

/* Codes: D<< and DEU both fine, XXK known non-ICAO, digits a class error. */
static void
test_country_codes(void **state)
{
	parse(NAME1 "\nL898902C36D<<7408122M1204159ZE184226B<<<<<10");
	assert_true(doc.valid);
	assert_string_equal(doc.nationality, "D");

	parse(NAME1 "\nL898902C36XXK7408122F1204159ZE184226B<<<<<10");
	assert_string_equal(doc.nationality, "XXK");
	assert_int_equal(doc.nerrors, 1);
	expect_error(MRZ_ISSUE_NON_ICAO_CODE, "nationality", 55,
				 "nationality \"XXK\" is not an ICAO code");
	expect_warning(MRZ_ISSUE_NON_ICAO_CODE, "nationality", 55,
				   "nationality \"XXK\" is a non-ICAO code seen on documents");

	parse("P<UT0ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" TD3_2);
	expect_error(MRZ_ISSUE_CHAR_CLASS, "issuing_state", 5,
				 "issuing_state \"UT0\" has \"0\" at position 5 where a letter is expected");
}

/* Names: single names, empty primary, truncation, digits, extra "<<". */
static void
test_names(void **state)
{
	parse("P<PAKZAHRA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n" TD3_2);
	assert_true(doc.valid);
	assert_string_equal(doc.primary_identifier, "ZAHRA");
	assert_string_equal(doc.secondary_identifier, "");

	parse("P<UTO<<AHMADI<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n" TD3_2);
	assert_true(doc.valid);
	assert_string_equal(doc.primary_identifier, "");
	assert_string_equal(doc.secondary_identifier, "AHMADI");
	expect_warning(MRZ_ISSUE_NAME, "primary_identifier", 6, NULL);

	parse("P<UTOPAPANDROPOULOUS<<JONATHON<WARREN<TREVOR\n" TD3_2);
	assert_true(doc.valid);
	assert_string_equal(doc.primary_identifier, "PAPANDROPOULOUS");
	assert_string_equal(doc.secondary_identifier, "JONATHON WARREN TREVOR");
	expect_warning(MRZ_ISSUE_TRUNCATED, "name", 44,
				   "name fills its field to the last position and may be truncated");

	parse("P<UTOSMITH<JONES<<JOHN<<PAUL<<<<<<<<<<<<<<<<\n" TD3_2);
	assert_string_equal(doc.primary_identifier, "SMITH JONES");
	assert_string_equal(doc.secondary_identifier, "JOHN PAUL");
	expect_warning(MRZ_ISSUE_NAME, "secondary_identifier", 23, NULL);

	parse("P<UTOSMITH<<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<\n" TD3_2);
	assert_true(doc.valid);
	assert_int_equal(doc.nwarnings, 0);
	assert_string_equal(doc.primary_identifier, "SMITH");
	assert_string_equal(doc.secondary_identifier, "JOHN");

	parse("P<UTO<SMITH<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<\n" TD3_2);
	assert_string_equal(doc.primary_identifier, "SMITH");
	assert_string_equal(doc.secondary_identifier, "JOHN");

	parse("P<UTOER1KSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\n" TD3_2);
	assert_string_equal(doc.primary_identifier, "ER1KSSON");
	expect_error(MRZ_ISSUE_CHAR_CLASS, "name", 8,
				 "name has \"1\" at position 8 where a letter or \"<\" is expected");

	parse("P<UTO<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n" TD3_2);
	expect_error(MRZ_ISSUE_NAME, "name", 6, "name field is empty");

	/* TD1 name is line 3, truncated at position 90 */
	parse("I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nNILAVADHANANANDA<<CHAYAPA<DE<K");
	assert_true(doc.valid);
	assert_string_equal(doc.secondary_identifier, "CHAYAPA DE K");
	expect_warning(MRZ_ISSUE_TRUNCATED, "name", 90, NULL);
}

/* Document codes: shape's format kept, wrong first letters reported. */
static void
test_document_codes(void **state)
{
	parse("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" TD3_2);
	assert_int_equal(doc.format, MRZ_TD3);
	expect_error(MRZ_ISSUE_DOCUMENT_CODE, "document_code", 1,
				 "document code \"I<\" does not start with P, as a TD3 document code must");

	parse("P<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<");
	assert_int_equal(doc.format, MRZ_TD1);
	expect_error(MRZ_ISSUE_DOCUMENT_CODE, "document_code", 1,
				 "document code \"P<\" does not start with one of ACI, as a TD1 document code must");

	parse("IVUTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6");
	expect_error(MRZ_ISSUE_DOCUMENT_CODE, "document_code", 2, NULL);

	parse("PXUTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" TD3_2);
	assert_true(doc.valid);
	expect_warning(MRZ_ISSUE_DOCUMENT_CODE, "document_code", 2, NULL);

	parse("PPUTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" TD3_2);
	assert_true(doc.valid);
	assert_int_equal(doc.nwarnings, 0);
	assert_string_equal(doc.document_code, "PP");

	/* swapped lines show up as an impossible document code */
	parse(TD3_2 "\n" NAME1);
	expect_error(MRZ_ISSUE_DOCUMENT_CODE, "document_code", 1, NULL);
}

/* Input that is not an MRZ is a failure, not a document. */
static void
test_not_an_mrz(void **state)
{
	mrz_failure f;

	assert_int_equal(mrz_parse("hello", 5, AS_OF, &doc, &f), MRZ_ERR_CHARACTER);
	assert_string_equal(f.message, "invalid character \"h\" at line 1, position 1");
	assert_int_equal(mrz_parse("HELLO", 5, AS_OF, &doc, &f), MRZ_ERR_SHAPE);
	assert_int_equal(mrz_parse("", 0, AS_OF, &doc, &f), MRZ_ERR_EMPTY);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_td3_specimen),
		cmocka_unit_test(test_td3_older_specimen),
		cmocka_unit_test(test_td2_specimen),
		cmocka_unit_test(test_td1_specimen),
		cmocka_unit_test(test_td1_long_number),
		cmocka_unit_test(test_td1_long_number_cheminfo),
		cmocka_unit_test(test_long_number_variants),
		cmocka_unit_test(test_filler_included),
		cmocka_unit_test(test_visa_specimens),
		cmocka_unit_test(test_appendix_a_examples),
		cmocka_unit_test(test_check_digit_errors),
		cmocka_unit_test(test_personal_number_empty),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_centuries),
		cmocka_unit_test(test_sex),
		cmocka_unit_test(test_country_codes),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_document_codes),
		cmocka_unit_test(test_not_an_mrz),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
