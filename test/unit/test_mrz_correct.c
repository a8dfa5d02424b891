/*
 * test_mrz_correct.c - unit tests of check-digit-guided OCR repair: class
 * rule fixes, confusions confirmed by a check digit, ambiguity and the
 * same-checksum blind spot rejected or left alone.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/mrz.h"

static const mrz_date AS_OF = {2026, 11, 28};

#define NAME1 "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
#define TD3_2 "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
#define SPECIMEN NAME1 "\n" TD3_2

/* Correct; assert success, the repaired text and the number of changes. */
static void
expect_repair(const char *in, const char *want, int want_changes)
{
	char		out[128];
	int			changes = -1;
	mrz_failure f;
	mrz_status	st = mrz_correct(in, strlen(in), AS_OF, out, sizeof(out),
								 &changes, &f);

	if (st != MRZ_OK)
		fail_msg("mrz_correct failed: %s", f.message);
	assert_string_equal(out, want);
	assert_int_equal(changes, want_changes);
}

/* Correct; assert the given failure and message. */
static void
expect_no_repair(const char *in, mrz_status want, const char *msg)
{
	char		out[128];
	int			changes;
	mrz_failure f;

	assert_int_equal(mrz_correct(in, strlen(in), AS_OF, out, sizeof(out),
								 &changes, &f), want);
	assert_int_equal(f.status, want);
	if (msg)
		assert_string_equal(f.message, msg);
}

/* A valid MRZ is its own repair, always as lines joined by '\n'. */
static void
test_already_valid(void **state)
{
	expect_repair(SPECIMEN, SPECIMEN, 0);
	expect_repair(NAME1 TD3_2, SPECIMEN, 0);
	expect_repair("  " NAME1 "\r\n" TD3_2 "\n", SPECIMEN, 0);
}

/* O for 0 in a date: the class rule alone, confirmed by the check digit. */
static void
test_letter_in_date(void **state)
{
	expect_repair(NAME1 "\nL898902C36UTO74O8122F1204159ZE184226B<<<<<10",
				  SPECIMEN, 1);
	/* many letters in numeric positions, check digits included */
	expect_repair(NAME1 "\nL898902C36UTO74O8I22F12O4IS9ZE184226B<<<<<IO",
				  SPECIMEN, 7);
}

/* I for 1 in a document number: one substitution, unique. */
static void
test_letter_in_number(void **state)
{
	expect_repair("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
				  "XI234567<7UTO7408122F3204153<<<<<<<<<<<<<<<2",
				  "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
				  "X1234567<7UTO7408122F3204153<<<<<<<<<<<<<<<2", 1);
	/* and in the continuation of a TD1 long number: T for 7 */
	expect_repair("I<UTOD23145890<T349<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<",
				  "I<UTOD23145890<7349<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<", 1);
}

/* Digits in alphabetic fields: codes and names by the class rule. */
static void
test_digits_in_letters(void **state)
{
	expect_repair("P<UT0ER1KSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" TD3_2,
				  SPECIMEN, 2);
	/* the sex field has no look-alikes: a 0 there stays (and stays invalid) */
	expect_repair(NAME1 "\nL898902C36UTO74O812201204159ZE184226B<<<<<10",
				  NAME1 "\nL898902C36UTO740812201204159ZE184226B<<<<<10", 1);
}

/*
 * Ambiguous: D23I45890 can become D23145890 or D23I45B90 (both pass the
 * number's digit, and the composite weighs these positions alike); in the
 * personal number ZE1842268 both ZE184226B and ZE184Z268 pass.
 */
static void
test_ambiguous(void **state)
{
	expect_no_repair("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD23I458907UTO7408122F1204159<<<<<<<6",
					 MRZ_ERR_NO_REPAIR,
					 "more than one repair makes every check digit valid");
	expect_no_repair(NAME1 "\nL898902C36UTO7408122F1204159ZE1842268<<<<<10",
					 MRZ_ERR_NO_REPAIR,
					 "more than one repair makes every check digit valid");
}

/* A wrong check digit (digit for digit) has no confirmed repair. */
static void
test_unrepairable(void **state)
{
	expect_no_repair(NAME1 "\nL898902C35UTO7408122F1204159ZE184226B<<<<<10",
					 MRZ_ERR_NO_REPAIR,
					 "no repair makes every check digit valid");
	/* X in a date has no look-alike digit */
	expect_no_repair(NAME1 "\nL898902C36UTO74X8122F1204159ZE184226B<<<<<10",
					 MRZ_ERR_NO_REPAIR, NULL);
}

/*
 * Blind spot: G for 6 in the number keeps every check digit valid, so it
 * is not "corrected": the text comes back as read.
 */
static void
test_blind_spot_left_alone(void **state)
{
	const char *g = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
		"AB12345G71UTO7408122F3204153<<<<<<<<<<<<<<<4";

	expect_repair(g, g, 0);
}

/* Failures of the input itself and a small buffer. */
static void
test_failures(void **state)
{
	char		out[10];
	int			changes;
	mrz_failure f;

	expect_no_repair("P<UTO", MRZ_ERR_SHAPE, "MRZ is a single line of 5 characters");
	expect_no_repair(NAME1 "\nl898902C36UTO7408122F1204159ZE184226B<<<<<10",
					 MRZ_ERR_CHARACTER, NULL);
	assert_int_equal(mrz_correct(SPECIMEN, strlen(SPECIMEN), AS_OF, out,
								 sizeof(out), &changes, &f), MRZ_ERR_BUFFER);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_already_valid),
		cmocka_unit_test(test_letter_in_date),
		cmocka_unit_test(test_letter_in_number),
		cmocka_unit_test(test_digits_in_letters),
		cmocka_unit_test(test_ambiguous),
		cmocka_unit_test(test_unrepairable),
		cmocka_unit_test(test_blind_spot_left_alone),
		cmocka_unit_test(test_failures),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
