/*
 * test_mrz_countries.c - unit tests of the ICAO country/organization code
 * table: completeness, order, and lookups of filler-padded fields.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/countries.h"

/* Kind of a C-string field. */
static country_kind
kind(const char *s)
{
	return country_lookup(s, strlen(s));
}

/* Strictly sorted, no duplicates, 278 ICAO and 33 known non-ICAO codes. */
static void
test_table_shape(void **state)
{
	int			icao = 0,
				non = 0;
	const char *prev = NULL;

	for (int i = 0; i < country_count(); i++)
	{
		country_kind k;
		const char *c = country_code_at(i, &k);

		assert_non_null(c);
		if (prev)
			assert_true(strcmp(prev, c) < 0);
		prev = c;
		assert_int_equal(kind(c), k);	/* every entry is found */
		if (k == COUNTRY_ICAO)
			icao++;
		else
			non++;
	}
	/* 249 ISO 3166-1 alpha-3 + 29 Doc 9303-3 §5 codes */
	assert_int_equal(icao, 278);
	assert_int_equal(non, 33);
	assert_null(country_code_at(-1, NULL));
	assert_null(country_code_at(country_count(), NULL));
}

/* ISO 3166-1 codes at both ends of the alphabet and in between. */
static void
test_iso_codes(void **state)
{
	const char *iso[] = {"ABW", "AFG", "ALA", "BES", "CUW", "DEU", "FRA", "GBR",
		"MAF", "PSE", "SSD", "SXM", "UMI", "USA", "ZWE"};

	for (size_t i = 0; i < sizeof(iso) / sizeof(iso[0]); i++)
		assert_int_equal(kind(iso[i]), COUNTRY_ICAO);
}

/* Every Doc 9303-3 §5 code, with fillers where they have fewer letters. */
static void
test_icao_codes(void **state)
{
	const char *icao[] = {"D<<", "GBD", "GBN", "GBO", "GBP", "GBS", "RKS", "EUE",
		"UNO", "UNA", "UNK", "XBA", "XIM", "XCC", "XCE", "XCO", "XEC", "XPO",
		"XES", "XMP", "XOM", "XDC", "XXA", "XXB", "XXC", "XXX", "ANT", "NTZ",
	"UTO"};

	for (size_t i = 0; i < sizeof(icao) / sizeof(icao[0]); i++)
		assert_int_equal(kind(icao[i]), COUNTRY_ICAO);
	assert_int_equal(kind("D"), COUNTRY_ICAO);
	assert_int_equal(kind("D<"), COUNTRY_ICAO);
}

/* Known non-ICAO codes and unknown ones. */
static void
test_non_icao_and_unknown(void **state)
{
	const char *non[] = {"XXK", "XKX", "YUG", "SCG", "SUN", "ZAR", "TMP", "BUR",
	"CSK", "DDR", "ZIM", "ROM", "IAO"};

	for (size_t i = 0; i < sizeof(non) / sizeof(non[0]); i++)
		assert_int_equal(kind(non[i]), COUNTRY_NON_ICAO_KNOWN);
	assert_int_equal(kind("YTO"), COUNTRY_UNKNOWN);	/* Doc 9303-3 App. A typo */
	assert_int_equal(kind("XBT"), COUNTRY_UNKNOWN);	/* unverified, not added */
	assert_int_equal(kind("ZZZ"), COUNTRY_UNKNOWN);
	assert_int_equal(kind("AAA"), COUNTRY_UNKNOWN);
	assert_int_equal(kind("DE<"), COUNTRY_UNKNOWN);
	assert_int_equal(kind("<D<"), COUNTRY_UNKNOWN);
	assert_int_equal(kind("<<<"), COUNTRY_UNKNOWN);
	assert_int_equal(kind("deu"), COUNTRY_UNKNOWN);
	assert_int_equal(kind("UT0"), COUNTRY_UNKNOWN);
	assert_int_equal(kind("D<D"), COUNTRY_UNKNOWN);
	assert_int_equal(kind("DEUT"), COUNTRY_UNKNOWN);
	assert_int_equal(country_lookup("", 0), COUNTRY_UNKNOWN);
	assert_int_equal(country_lookup("D\0\0", 3), COUNTRY_UNKNOWN);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_shape),
		cmocka_unit_test(test_iso_codes),
		cmocka_unit_test(test_icao_codes),
		cmocka_unit_test(test_non_icao_and_unknown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
