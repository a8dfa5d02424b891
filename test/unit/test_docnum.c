/*
 * test_docnum.c - unit tests of src/core/docnum.c: normalisation, symbols,
 * the OCR-weighted distance, its bounded variant and the completeness of the
 * deletion signatures.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/docnum.h"
#include "sorted_share.h"

#define MAXS 256

/* Distance in units between two normalised strings (UTF-8 symbols). */
static uint32_t
units(const char *x, const char *y, uint32_t max)
{
	char		nx[MAXS], ny[MAXS];
	uint32_t	sx[MAXS], sy[MAXS], work[3 * (MAXS + 1)];
	size_t		lx = docnum_normalize(x, strlen(x), nx);
	size_t		ly = docnum_normalize(y, strlen(y), ny);
	size_t		cx = docnum_symbols(nx, lx, true, sx);
	size_t		cy = docnum_symbols(ny, ly, true, sy);

	return docnum_distance_units(sx, cx, sy, cy, max, work);
}

static void
test_normalize(void **state)
{
	char		out[64];
	size_t		n = docnum_normalize("ab-12 3/4.5<x", 13, out);

	assert_int_equal(n, 8);
	assert_memory_equal(out, "AB12345X", 8);
	n = docnum_normalize("\xc3\xa9z\t", 4, out);
	assert_int_equal(n, 4);
	assert_memory_equal(out, "\xc3\xa9Z\t", 4);
	assert_int_equal(docnum_normalize("- /.<", 5, out), 0);
	/* embedded NUL bytes are kept, not treated as terminators */
	assert_int_equal(docnum_normalize("a\0b", 3, out), 3);
	assert_memory_equal(out, "A\0B", 3);
}

static void
test_symbols(void **state)
{
	uint32_t	s[16];

	/* é is one symbol in UTF-8 mode, two bytes otherwise */
	assert_int_equal(docnum_symbols("\xc3\xa9" "A", 3, true, s), 2);
	assert_int_equal(s[0], 0xE9);
	assert_int_equal(s[1], 'A');
	assert_int_equal(docnum_symbols("\xc3\xa9" "A", 3, false, s), 3);
	/* a truncated or invalid sequence falls back to bytes */
	assert_int_equal(docnum_symbols("\xe2\x82", 2, true, s), 2);
	assert_int_equal(s[0], 0xE2);
	assert_int_equal(docnum_symbols("\xc0\x80", 2, true, s), 2);
	assert_int_equal(docnum_symbols("\xf0\x9f\x98\x80", 4, true, s), 1);
	assert_int_equal(s[0], 0x1F600);
}

static void
test_fold(void **state)
{
	assert_int_equal(docnum_fold('O'), '0');
	assert_int_equal(docnum_fold('Q'), '0');
	assert_int_equal(docnum_fold('D'), '0');
	assert_int_equal(docnum_fold('L'), '1');
	assert_int_equal(docnum_fold('Z'), '2');
	assert_int_equal(docnum_fold('B'), '8');
	assert_int_equal(docnum_fold('X'), 'X');
	assert_int_equal(docnum_fold(0), 0);
	assert_int_equal(docnum_fold(0x4F0), 0x4F0);
	assert_int_equal(docnum_sub_units('O', '0'), 1);
	assert_int_equal(docnum_sub_units('O', 'D'), 1);
	assert_int_equal(docnum_sub_units('O', '1'), 2);
	assert_int_equal(docnum_sub_units('7', '7'), 0);
}

static void
test_distance(void **state)
{
	uint32_t	inf = DOCNUM_BEYOND - 1;

	assert_int_equal(units("AB123456", "ab-123-456", inf), 0);
	assert_int_equal(units("AB123456", "A8123456", inf), 1);	/* B/8 */
	assert_int_equal(units("C0L123", "COL123", inf), 1);
	assert_int_equal(units("C0L123", "COI123", inf), 2);	/* two OCR */
	assert_int_equal(units("AB123456", "AB124356", inf), 2);	/* swap */
	assert_int_equal(units("AB123456", "AB12456", inf), 2);	/* drop */
	assert_int_equal(units("AB123456", "AB1234567", inf), 2);	/* insert */
	assert_int_equal(units("AB123456", "AX123456", inf), 2);	/* plain sub */
	assert_int_equal(units("", "", inf), 0);
	assert_int_equal(units("", "ABC", inf), 6);
	assert_int_equal(units("CA", "ABC", inf), 6);	/* OSA, not Damerau: 3 */
	assert_int_equal(units("\xc3\xa9" "1", "E1", inf), 2);
	assert_int_equal(units("X12345678", "Y87654321", inf), 16);
}

static void
test_bounded(void **state)
{
	assert_int_equal(units("AB123456", "AB124356", 2), 2);
	assert_int_equal(units("AB123456", "AB124356", 1), DOCNUM_BEYOND);
	assert_int_equal(units("AB123456", "ZZ999999", 4), DOCNUM_BEYOND);
	assert_int_equal(units("AB", "AB12345", 4), DOCNUM_BEYOND);
	assert_int_equal(units("", "", 0), 0);
	assert_int_equal(units("A", "", 2), 2);
}

/* Bounded and full agree on random strings, and the distance is symmetric. */
static void
test_bounded_matches_full(void **state)
{
	uint32_t	a[12], b[12], w[3 * 13];
	const char *alpha = "0O1IL2Z5S8BAX";

	srand(7);
	for (int t = 0; t < 20000; t++)
	{
		size_t		na = rand() % 12, nb = rand() % 12;
		uint32_t	full, full2;

		for (size_t i = 0; i < na; i++)
			a[i] = alpha[rand() % 13];
		for (size_t i = 0; i < nb; i++)
			b[i] = (i < na && rand() % 3) ? a[i] : (uint32_t) alpha[rand() % 13];
		full = docnum_distance_full(a, na, b, nb, w);
		full2 = docnum_distance_full(b, nb, a, na, w);
		assert_int_equal(full, full2);
		for (uint32_t m = 0; m <= 6; m++)
		{
			uint32_t	bd = docnum_distance_units(a, na, b, nb, m, w);

			assert_int_equal(bd, full <= m ? full : DOCNUM_BEYOND);
		}
	}
}

/*
 * Completeness: whenever the weighted distance is <= k edits (2k units), a
 * k-probe shares a signature with the key's k-signatures.
 */
static void
test_signatures_complete(void **state)
{
	uint32_t	a[12], b[12], w[3 * 13];
	uint32_t	ks[DOCNUM_MAX_SIGNATURES], ps[DOCNUM_MAX_SIGNATURES];
	const char *alpha = "0OD1I25SB8AX";
	int			hits = 0;

	srand(11);
	for (int t = 0; t < 20000; t++)
	{
		size_t		na = 1 + rand() % 10, nb;
		int			k = 1 + rand() % 2;

		for (size_t i = 0; i < na; i++)
			a[i] = alpha[rand() % 12];
		nb = na;
		memcpy(b, a, na * sizeof(uint32_t));
		for (int e = rand() % 4; e > 0 && nb > 0; e--)
		{
			size_t		p = rand() % nb;

			b[p] = alpha[rand() % 12];
			if (rand() % 4 == 0 && nb < 11)
				b[nb++] = 'X';
			if (rand() % 4 == 0)
				memmove(b + p, b + p + 1, (--nb - p) * sizeof(uint32_t));
		}
		if (docnum_distance_units(a, na, b, nb, 2 * k, w) == DOCNUM_BEYOND)
			continue;
		hits++;
		{
			size_t		nk = docnum_key_signatures(a, na, k, ks);
			size_t		np = docnum_probe_signatures(b, nb, k, ps);

			assert_true(share(ks, nk, ps, np));
		}
	}
	assert_true(hits > 1000);
}

static void
test_signature_counts(void **state)
{
	uint32_t	s[40], out[DOCNUM_MAX_SIGNATURES];

	for (int i = 0; i < 9; i++)
		s[i] = "123456789"[i];
	assert_int_equal(docnum_key_signatures(s, 9, 0, out), 1);
	assert_int_equal(docnum_key_signatures(s, 9, 1, out), 10);
	assert_int_equal(docnum_key_signatures(s, 9, 2, out), 46);
	/* OCR folding: O and 0 give the same signatures */
	{
		uint32_t	o[3] = {'A', 'O', '1'}, z[3] = {'4', '0', 'I'};
		uint32_t	x[DOCNUM_MAX_SIGNATURES];
		size_t		n1 = docnum_key_signatures(o, 3, 2, out);
		size_t		n2 = docnum_key_signatures(z, 3, 2, x);

		assert_int_equal(n1, n2);
		assert_memory_equal(out, x, n1 * sizeof(uint32_t));
	}
	/* long keys get the long signature; long probes probe it */
	for (int i = 0; i < 40; i++)
		s[i] = 0x100 + i;
	assert_int_equal(docnum_key_signatures(s, 33, 2, out), 1);
	assert_int_equal(out[0], DOCNUM_LONG_SIGNATURE);
	assert_int_equal(docnum_probe_signatures(s, 40, 2, out), 1);
	assert_true(docnum_probe_signatures(s, 34, 2, out) > 500);
	assert_int_equal(docnum_probe_signatures(s, 30, 2, out), 1 + 30 + 435);
}

/* Lexicographic order of folded symbol strings, a prefix first. */
static int
folded_cmp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	for (size_t i = 0; i < na && i < nb; i++)
	{
		uint32_t	x = docnum_fold(a[i]),
					y = docnum_fold(b[i]);

		if (x != y)
			return x < y ? -1 : 1;
	}
	return (na > nb) - (na < nb);
}

/* A random symbol: mostly ASCII, some two- and three-byte codes. */
static uint32_t
random_symbol(void)
{
	int			r = rand() % 20;

	if (r < 14)
		return "0OQD1IL2Z5SAB8PX"[rand() % 16];
	if (r < 16)
		return 1 + rand() % 0x7F;
	if (r < 18)
		return 0x80 + rand() % (0x4000 - 0x80);
	if (r < 19)
		return 0x4000 + rand() % (0x110000 - 0x4000);
	return (uint32_t[]) {0x7F, 0x80, 0x3FFF, 0x4000, 0x10FFFF}[rand() % 5];
}

static void
test_fence_keys(void **state)
{
	uint32_t	a[24], b[24];
	uint8_t		fa[DOCNUM_FENCE_BYTES], fb[DOCNUM_FENCE_BYTES];
	uint32_t	p0[3] = {'P', 'O', '1'}, p1[3] = {'P', '0', 'I'};

	/* OCR-equal keys share a fence; ASCII codes itself, then zeros */
	docnum_fence_key(p0, 3, fa);
	docnum_fence_key(p1, 3, fb);
	assert_memory_equal(fa, fb, DOCNUM_FENCE_BYTES);
	assert_memory_equal(fa, "P01\0\0\0\0\0\0\0\0\0\0\0\0", DOCNUM_FENCE_BYTES);
	/* a prefix sorts first; two-byte code above every ASCII symbol */
	a[0] = 'Z';
	b[0] = 0x80;
	docnum_fence_key(a, 1, fa);
	docnum_fence_key(b, 1, fb);
	assert_true(memcmp(fa, fb, DOCNUM_FENCE_BYTES) < 0);
	assert_int_equal(fb[0], 0x80);
	assert_int_equal(fb[1], 0x80);

	/* random pairs, often sharing a prefix: the order is kept */
	srand(9303);
	for (int t = 0; t < 200000; t++)
	{
		size_t		na = rand() % 20,
					nb = rand() % 20,
					common = rand() % 20;

		for (size_t i = 0; i < na; i++)
			a[i] = random_symbol();
		for (size_t i = 0; i < nb; i++)
			b[i] = i < common && i < na ? a[i] : random_symbol();
		docnum_fence_key(a, na, fa);
		docnum_fence_key(b, nb, fb);
		if (folded_cmp(a, na, b, nb) <= 0)
			assert_true(memcmp(fa, fb, DOCNUM_FENCE_BYTES) <= 0);
		else
			assert_true(memcmp(fa, fb, DOCNUM_FENCE_BYTES) >= 0);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_normalize),
		cmocka_unit_test(test_symbols),
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_distance),
		cmocka_unit_test(test_bounded),
		cmocka_unit_test(test_bounded_matches_full),
		cmocka_unit_test(test_signatures_complete),
		cmocka_unit_test(test_signature_counts),
		cmocka_unit_test(test_fence_keys),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
