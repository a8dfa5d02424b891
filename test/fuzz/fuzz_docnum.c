/*
 * fuzz_docnum.c - libFuzzer harness for src/core/docnum.c.  The input is
 * split at its first 0xFF byte into two document numbers (first byte's low
 * bit: UTF-8 or bytes); both are normalised, split into symbols, compared,
 * and the invariants checked: symmetry, bounded == full below the bound,
 * and that numbers within k edits share a deletion signature.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/docnum.h"
#include "sorted_share.h"

#define MAXLEN 300

/* Abort (a libFuzzer crash) when an invariant does not hold. */
static void
check(int ok)
{
	if (!ok)
		abort();
}

/* Normalise and split one number; returns its symbol count. */
static size_t
prepare(const uint8_t *in, size_t len, int utf8, uint32_t *syms)
{
	char		norm[MAXLEN];
	size_t		n = docnum_normalize((const char *) in, len, norm);

	return docnum_symbols(norm, n, utf8, syms);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint32_t	a[MAXLEN], b[MAXLEN], work[3 * (MAXLEN + 1)];
	uint32_t	ka[DOCNUM_MAX_SIGNATURES], pb[DOCNUM_MAX_SIGNATURES];
	const uint8_t *sep;
	size_t		la, lb, na, nb;
	uint32_t	full;
	int			utf8;

	if (size < 1)
		return 0;
	utf8 = data[0] & 1;
	data++, size--;
	sep = memchr(data, 0xFF, size);
	la = sep ? (size_t) (sep - data) : size / 2;
	lb = size - la - (sep ? 1 : 0);
	if (la >= MAXLEN || lb >= MAXLEN)
		return 0;
	na = prepare(data, la, utf8, a);
	nb = prepare(data + size - lb, lb, utf8, b);

	full = docnum_distance_full(a, na, b, nb, work);
	check(full == docnum_distance_full(b, nb, a, na, work));
	for (uint32_t max = 0; max <= 6; max++)
		check(docnum_distance_units(a, na, b, nb, max, work) ==
			  (full <= max ? full : DOCNUM_BEYOND));
	for (int k = 1; k <= DOCNUM_MAX_K; k++)
	{
		size_t		nk = docnum_key_signatures(a, na, k, ka);
		size_t		np = docnum_probe_signatures(b, nb, k, pb);

		check(nk >= 1 && nk <= DOCNUM_MAX_SIGNATURES && np <= DOCNUM_MAX_SIGNATURES);
		if (full <= (uint32_t) k * DOCNUM_UNITS_PER_EDIT)
			check(share(ka, nk, pb, np));
	}
	return 0;
}
