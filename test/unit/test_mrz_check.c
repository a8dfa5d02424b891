/*
 * test_mrz_check.c - unit tests of check digits, input splitting (and the
 * messages that reject what is not an MRZ) and format names.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "core/mrz.h"

#define TD3_1 "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
#define TD3_2 "L898902C36UTO7408122F1204159ZE184226B<<<<<10"

/* Check digit of a C string. */
static int
cd(const char *s)
{
	return mrz_check_digit(s, strlen(s));
}

/* Doc 9303-3 Appendix A worked examples and the specimen's digits. */
static void
test_check_digit_examples(void **state)
{
	assert_int_equal(cd("520727"), 3);
	assert_int_equal(cd("AB2134<<<"), 5);
	/* TD3 composite example: 1-10, 14-20, 22-43 of HA672242<6YTO5802254M9601086<<<<<<<<<<<<<<0 */
	assert_int_equal(cd("HA672242<6" "5802254" "9601086<<<<<<<<<<<<<<0"), 8);
	assert_int_equal(cd("L898902C3"), 6);
	assert_int_equal(cd("740812"), 2);
	assert_int_equal(cd("120415"), 9);
	assert_int_equal(cd("ZE184226B<<<<<"), 1);
	assert_int_equal(cd("D23145890"), 7);
	assert_int_equal(cd(""), 0);
	assert_int_equal(cd("<<<<<<<<<"), 0);
	/* A = 10, Z = 35: weights 7 3 1 -> 70 + 105 = 175 */
	assert_int_equal(cd("AZ"), 5);
}

/* Characters outside A-Z 0-9 < give -1. */
static void
test_check_digit_invalid(void **state)
{
	assert_int_equal(cd("12a4"), -1);
	assert_int_equal(cd("12 4"), -1);
	assert_int_equal(mrz_check_digit("12\0" "4", 4), -1);
	assert_int_equal(cd("\xC3\x9C"), -1);
}

/* Split into joined text; asserts MRZ_OK. */
static void
split_ok(const char *in, size_t len, const char *joined, int nlines, int linelen)
{
	char		out[MRZ_MAX_CHARS + 1];
	int			n = -1,
				l = -1;
	mrz_failure f;

	assert_int_equal(mrz_split(in, len, out, &n, &l, &f), MRZ_OK);
	assert_string_equal(out, joined);
	assert_int_equal(n, nlines);
	assert_int_equal(l, linelen);
}

/* LF, CRLF, one string, surrounding whitespace. */
static void
test_split_forms(void **state)
{
	const char *lf = TD3_1 "\n" TD3_2;
	const char *crlf = "  \r\n" TD3_1 "\r\n" TD3_2 "\r\n\t ";
	const char *one = TD3_1 TD3_2;

	split_ok(lf, strlen(lf), TD3_1 TD3_2, 2, 44);
	split_ok(crlf, strlen(crlf), TD3_1 TD3_2, 2, 44);
	split_ok(one, strlen(one), TD3_1 TD3_2, 2, 44);
	split_ok("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<D231458907UTO7408122F1204159<<<<<<<6", 72,
			 "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<D231458907UTO7408122F1204159<<<<<<<6", 2, 36);
	split_ok("I<UTOD231458907<<<<<<<<<<<<<<<7408122F1204159UTO<<<<<<<<<<<6ERIKSSON<<ANNA<MARIA<<<<<<<<<<", 90,
			 "I<UTOD231458907<<<<<<<<<<<<<<<7408122F1204159UTO<<<<<<<<<<<6ERIKSSON<<ANNA<MARIA<<<<<<<<<<", 3, 30);
}

/* Split expecting a failure; returns it. */
static mrz_failure
split_fail(const char *in, size_t len, mrz_status expect)
{
	char		out[MRZ_MAX_CHARS + 1];
	int			n,
				l;
	mrz_failure f;

	memset(&f, 0, sizeof(f));
	assert_int_equal(mrz_split(in, len, out, &n, &l, &f), expect);
	assert_int_equal(f.status, expect);
	return f;
}

/* Wrong line counts and lengths say which line and what is needed. */
static void
test_split_shape_messages(void **state)
{
	mrz_failure f;
	const char *short2 = TD3_1 "\n" "L898902C36UTO7408122F1204159ZE184226B<<<<<1";
	const char *mixed = TD3_1 "\n" "D231458907UTO7408122F1204159<<<<<<<6";
	const char *four = "A\nB\nC\nD";
	const char *td1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<";

	f = split_fail(short2, strlen(short2), MRZ_ERR_SHAPE);
	assert_string_equal(f.message, "MRZ line 2 has 43 characters");
	assert_string_equal(f.detail, "a 2-line MRZ needs lines of 36 (TD2, MRV-B) or 44 (TD3, MRV-A) characters");
	f = split_fail(mixed, strlen(mixed), MRZ_ERR_SHAPE);
	assert_string_equal(f.message, "MRZ lines have different lengths (44 and 36)");
	f = split_fail(four, strlen(four), MRZ_ERR_SHAPE);
	assert_string_equal(f.message, "MRZ has 4 lines");
	f = split_fail(td1, strlen(td1), MRZ_ERR_SHAPE);
	assert_string_equal(f.message, "MRZ line 3 has 29 characters");
	assert_string_equal(f.detail, "a 3-line MRZ (TD1) needs lines of 30 characters");
	f = split_fail("P<UTO", 5, MRZ_ERR_SHAPE);
	assert_string_equal(f.message, "MRZ is a single line of 5 characters");
	assert_non_null(strstr(f.detail, "90 (TD1), 88 (TD3, MRV-A) or 72 (TD2, MRV-B)"));
	f = split_fail("A\n\nB", 4, MRZ_ERR_SHAPE);
	assert_string_equal(f.message, "MRZ line 1 has 1 character");
	f = split_fail(" \r\n\t ", 5, MRZ_ERR_EMPTY);
	assert_string_equal(f.message, "MRZ is empty");
	f = split_fail(NULL, 0, MRZ_ERR_EMPTY);
	assert_string_equal(f.message, "MRZ is empty");
}

/* Bad characters: which, where, and a hint that fits. */
static void
test_split_character_messages(void **state)
{
	mrz_failure f;
	const char *lower = "P<UTOeRIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" TD3_2;
	const char *space = TD3_1 "\n" "L898902C36UTO7408122F1204159ZE184226B     10";
	const char *umlaut = "P<UTOM\xC3\x9CLLER<<ANNA<<<<<<<<<<<<<<<<<<<<<<<\n" TD3_2;
	const char nul[] = "P<UTO\0RIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" TD3_2;
	const char *broken = "P<UTO\xC3" "ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<\n" TD3_2;

	f = split_fail(lower, strlen(lower), MRZ_ERR_CHARACTER);
	assert_string_equal(f.message, "invalid character \"e\" at line 1, position 6");
	assert_int_equal(f.position, 6);
	assert_non_null(strstr(f.hint, "upper case"));
	assert_non_null(strstr(f.detail, "A-Z"));

	f = split_fail(space, strlen(space), MRZ_ERR_CHARACTER);
	assert_string_equal(f.message, "invalid character \" \" at line 2, position 38");
	assert_int_equal(f.position, 44 + 38);
	assert_non_null(strstr(f.hint, "not as spaces"));

	f = split_fail(umlaut, strlen(umlaut), MRZ_ERR_CHARACTER);
	assert_string_equal(f.message, "invalid character \"\xC3\x9C\" at line 1, position 7");
	assert_non_null(strstr(f.hint, "transliterated"));

	f = split_fail(nul, sizeof(nul) - 1, MRZ_ERR_CHARACTER);
	assert_string_equal(f.message, "invalid character \"\\x00\" at line 1, position 6");

	f = split_fail(broken, strlen(broken), MRZ_ERR_CHARACTER);
	assert_string_equal(f.message, "invalid character \"\\xC3\" at line 1, position 6");

	/* every position of a line is checked: both 16-byte blocks and the tail */
	for (int pos = 0; pos < 44; pos++)
	{
		char		bad[90];
		char		want[64];

		memcpy(bad, TD3_1 "\n" TD3_2, 89);
		bad[45 + pos] = '#';
		f = split_fail(bad, 89, MRZ_ERR_CHARACTER);
		snprintf(want, sizeof(want), "invalid character \"#\" at line 2, position %d", pos + 1);
		assert_string_equal(f.message, want);
		assert_int_equal(f.position, 45 + pos);
	}

	/* a lone CR inside a line is not a line break */
	f = split_fail(TD3_1 "\r" TD3_2, 89, MRZ_ERR_CHARACTER);
	assert_string_equal(f.message, "invalid character \"\\x0D\" at line 1, position 45");
}

/* Format names both ways. */
static void
test_format_names(void **state)
{
	mrz_format f;

	assert_string_equal(mrz_format_name(MRZ_TD1), "TD1");
	assert_string_equal(mrz_format_name(MRZ_TD2), "TD2");
	assert_string_equal(mrz_format_name(MRZ_TD3), "TD3");
	assert_string_equal(mrz_format_name(MRZ_MRVA), "MRVA");
	assert_string_equal(mrz_format_name(MRZ_MRVB), "MRVB");
	assert_true(mrz_format_from_name("td3", &f));
	assert_int_equal(f, MRZ_TD3);
	assert_true(mrz_format_from_name("MRV-A", &f));
	assert_int_equal(f, MRZ_MRVA);
	assert_true(mrz_format_from_name("mrvb", &f));
	assert_int_equal(f, MRZ_MRVB);
	assert_true(mrz_format_from_name("Td1", &f));
	assert_int_equal(f, MRZ_TD1);
	assert_false(mrz_format_from_name("TD4", &f));
	assert_false(mrz_format_from_name("TD", &f));
	assert_false(mrz_format_from_name("TD33", &f));
	assert_false(mrz_format_from_name("", &f));
	assert_false(mrz_format_from_name(NULL, &f));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_check_digit_examples),
		cmocka_unit_test(test_check_digit_invalid),
		cmocka_unit_test(test_split_forms),
		cmocka_unit_test(test_split_shape_messages),
		cmocka_unit_test(test_split_character_messages),
		cmocka_unit_test(test_format_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
