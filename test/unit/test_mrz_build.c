/*
 * test_mrz_build.c - unit tests of mrz_build: the ICAO specimens rebuilt
 * character for character, round trips build -> parse for all five
 * formats, name encoding and truncation, long numbers, and the errors
 * for fields an MRZ cannot hold.
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
static char out[128];

/* Fields of the Eriksson specimen in a format. */
static mrz_fields
eriksson(mrz_format format, const char *code, const char *number)
{
	mrz_fields	f = {format, code, "UTO", number, "Eriksson", "Anna Maria",
		"UTO", {1974, 8, 12}, 'F', {2012, 4, 15}, ""};

	return f;
}

/* Build; assert success and the exact text. */
static void
expect_build(const mrz_fields *fl, const char *want)
{
	mrz_failure f;

	if (mrz_build(fl, out, sizeof(out), &f) != MRZ_OK)
		fail_msg("mrz_build failed: %s", f.message);
	assert_string_equal(out, want);
}

/* Build; assert a field failure with this message. */
static void
expect_field_error(const mrz_fields *fl, const char *msg)
{
	mrz_failure f;

	assert_int_equal(mrz_build(fl, out, sizeof(out), &f), MRZ_ERR_FIELD);
	assert_int_equal(f.status, MRZ_ERR_FIELD);
	assert_string_equal(f.message, msg);
}

/* Only the name field of a TD3 built from these names. */
static const char *
td3_name(const char *primary, const char *secondary)
{
	mrz_fields	fl = eriksson(MRZ_TD3, "P", "L898902C3");
	mrz_failure f;
	static char name[40];

	fl.primary_identifier = primary;
	fl.secondary_identifier = secondary;
	if (mrz_build(&fl, out, sizeof(out), &f) != MRZ_OK)
		fail_msg("mrz_build failed: %s", f.message);
	memcpy(name, out + 5, 39);
	name[39] = '\0';
	return name;
}

/* The specimens of mrz.md §12, rebuilt exactly. */
static void
test_specimens(void **state)
{
	mrz_fields	fl = eriksson(MRZ_TD3, "P", "L898902C3");

	fl.optional_data = "ZE184226B";
	expect_build(&fl, "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10");

	fl = eriksson(MRZ_TD2, "I", "D23145890");
	expect_build(&fl, "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6");

	fl = eriksson(MRZ_TD1, "I", "D23145890");
	expect_build(&fl, "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<");

	fl = eriksson(MRZ_MRVA, "V", "L898902C");
	fl.birth_date = (mrz_date) {1969, 8, 6};
	fl.expiry_date = (mrz_date) {1994, 6, 23};
	fl.optional_data = "ZE184226B";
	expect_build(&fl, "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C<3UTO6908061F9406236ZE184226B<<<<<<<");
	fl.format = MRZ_MRVB;
	fl.optional_data = "ZE184226";
	expect_build(&fl, "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nL898902C<3UTO6908061F9406236ZE184226");

	/* TD1 long number (Doc 9303-11 BAC example) */
	fl = (mrz_fields) {MRZ_TD1, "I", "UTO", "D23145890734", "Stevenson",
		"Peter John", "UTO", {1934, 7, 12}, 'M', {1995, 7, 12}, ""};
	expect_build(&fl, "I<UTOD23145890<7349<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<");
}

/* Build every format from the same fields, parse, compare every field. */
static void
test_round_trips(void **state)
{
	const char *codes[] = {"ID", "AC", "PP", "VA", "V"};
	const char *optional[] = {"1234<AB", "X9", "PERSONAL123", "ZE184226B", "AB"};

	for (int fmt = MRZ_TD1; fmt <= MRZ_MRVB; fmt++)
	{
		mrz_fields	fl = {(mrz_format) fmt, codes[fmt], "D", "C01X00T47",
			"Mustermann-Schmidt", "Erika Ann", "deu", {1964, 2, 29}, 'f',
		{2031, 10, 31}, optional[fmt]};
		mrz_document doc;
		mrz_failure f;

		if (mrz_build(&fl, out, sizeof(out), &f) != MRZ_OK)
			fail_msg("format %d: %s", fmt, f.message);
		assert_int_equal(mrz_parse(out, strlen(out), AS_OF, &doc, &f), MRZ_OK);
		assert_true(doc.valid);
		assert_int_equal(doc.format, fmt);
		assert_string_equal(doc.document_code, codes[fmt]);
		assert_string_equal(doc.issuing_state, "D");
		assert_string_equal(doc.document_number, "C01X00T47");
		assert_string_equal(doc.primary_identifier, "MUSTERMANN SCHMIDT");
		assert_string_equal(doc.secondary_identifier, "ERIKA ANN");
		assert_string_equal(doc.nationality, "DEU");
		assert_int_equal(doc.birth_date.year, 1964);
		assert_int_equal(doc.birth_date.month, 2);
		assert_int_equal(doc.birth_date.day, 29);
		assert_int_equal(doc.sex, 'F');
		assert_int_equal(doc.expiry_date.year, 2031);
		assert_int_equal(doc.expiry_date.month, 10);
		assert_int_equal(doc.expiry_date.day, 31);
		assert_string_equal(doc.optional_data, optional[fmt]);
		assert_int_equal(doc.nwarnings, 0);
	}
}

/* Long numbers overflow on TD1 (up to 22) and TD2 (up to 14) and round-trip. */
static void
test_long_numbers(void **state)
{
	const char *nums[] = {"D23145890A", "ABCDEFGHIJKLMN", "1234567890123456789012"};
	mrz_document doc;
	mrz_failure f;

	for (int fmt = MRZ_TD1; fmt <= MRZ_TD2; fmt++)
		for (int i = 0; i < 3; i++)
		{
			mrz_fields	fl = eriksson((mrz_format) fmt, "I", nums[i]);
			mrz_status	st = mrz_build(&fl, out, sizeof(out), &f);

			if (fmt == MRZ_TD2 && i == 2)
			{
				assert_int_equal(st, MRZ_ERR_FIELD);
				assert_string_equal(f.message, "document_number \"1234567890123456789012\" has 22 characters; TD2 allows at most 14");
				continue;
			}
			assert_int_equal(st, MRZ_OK);
			assert_int_equal(mrz_parse(out, strlen(out), AS_OF, &doc, &f), MRZ_OK);
			assert_true(doc.valid);
			assert_string_equal(doc.document_number, nums[i]);
		}
	/* optional data after a long number */
	{
		mrz_fields	fl = eriksson(MRZ_TD1, "I", "D23145890734");

		fl.optional_data = "AB12";
		expect_build(&fl, "I<UTOD23145890<7349<AB12<<<<<<\n7408122F1204159UTO<<<<<<<<<<<4\nERIKSSON<<ANNA<MARIA<<<<<<<<<<");
		fl.optional_data = "ABCDEFGHIJK";
		expect_field_error(&fl, "optional_data \"ABCDEFGHIJK\" has 11 characters; 10 positions are left for it");
	}
	{
		mrz_fields	fl = eriksson(MRZ_TD3, "P", "D23145890734");

		expect_field_error(&fl, "document_number \"D23145890734\" has 12 characters; TD3 allows at most 9");
		fl = eriksson(MRZ_MRVB, "V", "D23145890734");
		expect_field_error(&fl, "document_number \"D23145890734\" has 12 characters; MRVB allows at most 9");
	}
}

/* Name encoding: apostrophes dropped, hyphens and spaces as '<'. */
static void
test_name_encoding(void **state)
{
	assert_string_equal(td3_name("O'Connor", "Mary-Kate  Ann"),
						"OCONNOR<<MARY<KATE<ANN<<<<<<<<<<<<<<<<<");
	assert_string_equal(td3_name("Zahra", ""),
						"ZAHRA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<");
	assert_string_equal(td3_name(" van der Berg ", "jan"),
						"VAN<DER<BERG<<JAN<<<<<<<<<<<<<<<<<<<<<<");
}

/*
 * Truncation: a plain cut that ends in a letter is kept (the ICAO example
 * NILAVADHANANANDA<<CHAYAPA<DEJTHAMRONG<K); a cut that ends on a filler
 * ends instead with the next component's initial.
 */
static void
test_name_truncation(void **state)
{
	mrz_fields	fl;
	mrz_document doc;
	mrz_failure f;

	assert_string_equal(td3_name("Nilavadhanananda", "Chayapa Dejthamrong Krasuang"),
						"NILAVADHANANANDA<<CHAYAPA<DEJTHAMRONG<K");
	/* cut lands on the '<' after ABCDEFGHI: shorten it, end with X */
	assert_string_equal(td3_name("ABCDEFGHIJ", "KLMNOPQRSTUVWXYZ ABCDEFGHI XYZ"),
						"ABCDEFGHIJ<<KLMNOPQRSTUVWXYZ<ABCDEFGH<X");
	/* primary alone too long, cut on a separator */
	assert_string_equal(td3_name("ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKL MNOP", ""),
						"ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJK<M");
	/* primary leaves no room: cut to keep "<<" and the secondary initial */
	assert_string_equal(td3_name("Bennelong Woolloomooloo Warrandyte Warnambool", "Dingo Potoroo"),
						"BENNELONG<WOOLLOOMOOLOO<WARRANDYTE<W<<D");
	/* TD1, 30 positions */
	fl = (mrz_fields) {MRZ_TD1, "I", "UTO", "D23145890", "Nilavadhanananda",
		"Chayapa Dejthamrong Krasuang", "UTO", {1974, 8, 12}, 'F', {2012, 4, 15}, ""};
	expect_build(&fl, "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nNILAVADHANANANDA<<CHAYAPA<DEJT");
	assert_int_equal(mrz_parse(out, strlen(out), AS_OF, &doc, &f), MRZ_OK);
	assert_true(doc.valid);
	assert_int_equal(doc.nwarnings, 1);
	assert_int_equal(doc.warnings[0].code, MRZ_ISSUE_TRUNCATED);
}

/* Fields an MRZ cannot hold are rejected with what and where. */
static void
test_field_errors(void **state)
{
	mrz_fields	fl = eriksson(MRZ_TD3, "P", "L898902C3");

	fl.primary_identifier = "M\xC3\xBCller";
	expect_field_error(&fl, "primary_identifier has \"\xC3\xBC\" at position 2, which an MRZ name cannot hold");
	fl = eriksson(MRZ_TD3, "P", "L898902C3");
	fl.secondary_identifier = "Anna2";
	expect_field_error(&fl, "secondary_identifier has \"2\" at position 5, which an MRZ name cannot hold");
	fl = eriksson(MRZ_TD3, "P", "L898902C3");
	fl.primary_identifier = "";
	expect_field_error(&fl, "primary_identifier is empty");
	fl = eriksson(MRZ_TD3, "P", "L898-902");
	expect_field_error(&fl, "document_number has \"-\" at position 5, which an MRZ cannot hold");
	fl = eriksson(MRZ_TD3, "P", "");
	expect_field_error(&fl, "document_number is empty");
	fl = eriksson(MRZ_TD3, "P", "L898902C3");
	fl.issuing_state = "XYZ";
	expect_field_error(&fl, "issuing_state \"XYZ\" is not an ICAO country or organization code");
	fl.issuing_state = "XXK";
	expect_field_error(&fl, "issuing_state \"XXK\" is not an ICAO country or organization code");
	fl.issuing_state = "\xC3\x96sterreich-Ungarn und Liechtenstein";
	expect_field_error(&fl, "issuing_state \"\xC3\x96sterreich-Ungarn und L...\" is not an ICAO country or organization code");
	fl.issuing_state = "ABCDEFGHIJKLMNOPQRSTUVW\xC3\x96sterreich";
	expect_field_error(&fl, "issuing_state \"ABCDEFGHIJKLMNOPQRSTUVW...\" is not an ICAO country or organization code");
	fl = eriksson(MRZ_TD3, "P", "L898902C3");
	fl.nationality = "DEUT";
	expect_field_error(&fl, "nationality \"DEUT\" is not an ICAO country or organization code");
	fl = eriksson(MRZ_TD1, "P", "L898902C3");
	expect_field_error(&fl, "document_code \"P\" is not a TD1 document code");
	fl = eriksson(MRZ_TD2, "IV", "L898902C3");
	expect_field_error(&fl, "document_code \"IV\": the second letter of a TD2 code must not be V");
	fl = eriksson(MRZ_TD3, "P", "L898902C3");
	fl.sex = 'Q';
	expect_field_error(&fl, "sex \"Q\" cannot be encoded");
	fl.sex = '\x01';
	expect_field_error(&fl, "sex \"\\x01\" cannot be encoded");
	fl.sex = '\xC3';
	expect_field_error(&fl, "sex \"\\xC3\" cannot be encoded");
	fl = eriksson(MRZ_TD3, "P", "L898902C3");
	fl.birth_date = (mrz_date) {1975, 2, 29};
	expect_field_error(&fl, "birth_date 1975-02-29 is not a valid date");
	fl = eriksson(MRZ_TD3, "P", "L898902C3");
	fl.expiry_date = (mrz_date) {0, 0, 0};
	expect_field_error(&fl, "expiry_date 0000-00-00 is not a valid date");
	fl = eriksson(MRZ_TD3, "P", "L898902C3");
	fl.optional_data = "ABCDEFGHIJKLMNO";
	expect_field_error(&fl, "optional_data \"ABCDEFGHIJKLMNO\" has 15 characters; 14 positions are left for it");
	fl.optional_data = "AB-1";
	expect_field_error(&fl, "optional_data has \"-\" at position 3, which an MRZ cannot hold");
}

/* Unknown birth date, X sex, spaces in optional data, D as issuer. */
static void
test_special_values(void **state)
{
	mrz_fields	fl = eriksson(MRZ_TD3, "P", "L898902C3");
	mrz_document doc;
	mrz_failure f;
	char		small[20];

	fl.birth_date = (mrz_date) {0, 0, 0};
	fl.sex = 'X';
	fl.optional_data = "AB 12";
	fl.issuing_state = "d";
	expect_build(&fl, "P<D<<ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO<<<<<<0<1204159AB<12<<<<<<<<<60");
	assert_int_equal(mrz_parse(out, strlen(out), AS_OF, &doc, &f), MRZ_OK);
	assert_int_equal(doc.nerrors, 1);
	assert_int_equal(doc.errors[0].code, MRZ_ISSUE_DATE_FILLERS);
	assert_string_equal(doc.optional_data, "AB<12");
	assert_int_equal(doc.sex, 0);
	/* an empty TD3 personal number gets '<' as its check digit */
	fl = eriksson(MRZ_TD3, "P", "L898902C3");
	expect_build(&fl, "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159<<<<<<<<<<<<<<<8");
	assert_int_equal(mrz_build(&fl, small, sizeof(small), &f), MRZ_ERR_BUFFER);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_specimens),
		cmocka_unit_test(test_round_trips),
		cmocka_unit_test(test_long_numbers),
		cmocka_unit_test(test_name_encoding),
		cmocka_unit_test(test_name_truncation),
		cmocka_unit_test(test_field_errors),
		cmocka_unit_test(test_special_values),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
