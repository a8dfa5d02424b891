/*
 * fuzz_names.c - libFuzzer harness for name transliteration, variants and
 * similarity.  The input is split at the first '|' into two names (the
 * whole input is the first name when there is none).  Checks: no crash or
 * sanitizer report, outputs are A-Z and single spaces, the similarity is in
 * [0, 1], symmetric, and 1 for a name against itself.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/name_match.h"
#include "fuzz/fuzz_pair.h"

static name_ctx *ctx;

/* Is s made of A-Z words separated by single spaces? */
static int
clean_output(const char *s)
{
	size_t		i;

	for (i = 0; s[i]; i++)
	{
		if (s[i] == ' ' && (i == 0 || s[i - 1] == ' ' || s[i + 1] == '\0'))
			return 0;
		if (s[i] != ' ' && (s[i] < 'A' || s[i] > 'Z'))
			return 0;
	}
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char vars[16][NAME_OUT_MAX];
	char		out[NAME_OUT_MAX];
	const char *a,
			   *b;
	size_t		alen,
				blen;
	name_failure f;
	double		s1,
				s2;
	int			n,
				i;

	fuzz_pair(data, size, &a, &alen, &b, &blen);
	if (ctx == NULL)
		ctx = name_ctx_create();
	if (name_translit(ctx, a, alen, out, sizeof(out), &f) == NAME_OK && !clean_output(out))
		abort();
	if (name_variants(ctx, a, alen, vars, 16, &n, &f) == NAME_OK)
		for (i = 0; i < n; i++)
			if (!clean_output(vars[i]))
				abort();
	if (name_similarity(ctx, a, alen, b, blen, &s1, &f) == NAME_OK)
	{
		if (name_similarity(ctx, b, blen, a, alen, &s2, &f) != NAME_OK)
			abort();
		if (!(s1 >= 0.0 && s1 <= 1.0) || s1 != s2)
			abort();
	}
	if (name_similarity(ctx, a, alen, a, alen, &s1, &f) == NAME_OK && s1 != 1.0 &&
		out[0] != '\0')
		abort();
	return 0;
}
