/*
 * bench_docnum.h - the one place where the document-number benchmark tools
 * (gen_register.c, truth_docnum.c) define normalization, OCR folding and
 * the distance that decides what counts as a true match.
 *
 * The truth distance is the project's own docnum distance (OCR-weighted
 * restricted Damerau-Levenshtein, src/core/docnum.h) whenever that header is
 * in the tree: the Makefile's build/bench/% rule links every src/core .c file,
 * so the switch is automatic once the docnum core is merged.  Without it,
 * or when compiled with -DBENCH_PLAIN_OSA, the truth is plain OSA with unit
 * costs.  BENCH_DISTANCE_NAME says which one a binary uses; the benchmark
 * report prints it.
 *
 * The truth program's candidate filter (deletion variants of folded
 * strings) is exact for any distance where only substitutions inside a fold
 * class cost less than 1, which holds for both.
 *
 * bench_osa() is always unit OSA: the probe generator uses it to make a
 * probe exactly k plain edits away from its source.
 */
#ifndef BENCH_DOCNUM_H
#define BENCH_DOCNUM_H

#include <stddef.h>
#include <string.h>

/* Longest normalized number the tools handle; longer ones are cut. */
#define BENCH_MAXLEN 64

#if defined(__has_include) && !defined(BENCH_PLAIN_OSA)
#if __has_include("core/docnum.h")
#define BENCH_USE_DOCNUM 1
#include "core/docnum.h"
#endif
#endif

/* Name of the distance, printed in the truth output and the results. */
#ifdef BENCH_USE_DOCNUM
#define BENCH_DISTANCE_NAME "docnum_distance (OCR-weighted OSA, src/core/docnum.c)"
#else
#define BENCH_DISTANCE_NAME "OSA, unit costs"
#endif

/*
 * Normalize like docnum_normalize(): ASCII upper case, drop space - / . <.
 * Writes at most BENCH_MAXLEN bytes to out, returns the length.
 */
static inline int
bench_normalize(const char *in, size_t len, char *out)
{
	int			n = 0;

	for (size_t i = 0; i < len && n < BENCH_MAXLEN; i++)
	{
		unsigned char c = (unsigned char) in[i];

		if (c == ' ' || c == '-' || c == '/' || c == '.' || c == '<')
			continue;
		if (c >= 'a' && c <= 'z')
			c = c - 'a' + 'A';
		out[n++] = (char) c;
	}
	return n;
}

/*
 * Fill fold[256]: the character each character is mapped to before the
 * deletion-variant candidate filter.  Must map both characters of every
 * substitution that costs less than 1 to the same value (an equivalence
 * class), so that a pair within distance 2 is within 2 unit edits after
 * folding.  With unit OSA nothing is cheaper than 1: identity.
 */
static inline void
bench_fold_init(unsigned char fold[256])
{
	for (int i = 0; i < 256; i++)
		fold[i] = (unsigned char) i;
#ifdef BENCH_USE_DOCNUM
	/* the OCR classes of docnum.h are ASCII: fold bytes below 128 */
	for (int i = 0; i < 128; i++)
		fold[i] = (unsigned char) docnum_fold((uint32_t) i);
#endif
}

/*
 * Restricted Damerau-Levenshtein (OSA) distance with unit costs between two
 * normalized numbers; returns max + 1 as soon as the distance is known to
 * exceed max.
 */
static inline double
bench_osa(const char *a, int la, const char *b, int lb, double max)
{
	int			rows[3][BENCH_MAXLEN + 1];
	int			kmax = (int) max;
	int		   *prev2 = rows[0],
			   *prev = rows[1],
			   *cur = rows[2];

	if (la - lb > kmax || lb - la > kmax)
		return max + 1;
	for (int j = 0; j <= lb; j++)
		prev[j] = j;
	for (int i = 1; i <= la; i++)
	{
		int			rowmin;
		int		   *t;

		cur[0] = i;
		rowmin = i;
		for (int j = 1; j <= lb; j++)
		{
			int			cost = a[i - 1] == b[j - 1] ? 0 : 1;
			int			v = prev[j - 1] + cost;

			if (prev[j] + 1 < v)
				v = prev[j] + 1;
			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
				prev2[j - 2] + 1 < v)
				v = prev2[j - 2] + 1;
			cur[j] = v;
			if (v < rowmin)
				rowmin = v;
		}
		if (rowmin > kmax)
			return max + 1;
		t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[lb];
}

/*
 * The truth distance between two normalized numbers: docnum's weighted
 * distance when available, else unit OSA.  Returns a value > max when the
 * distance exceeds max.
 */
static inline double
bench_distance(const char *a, int la, const char *b, int lb, double max)
{
#ifdef BENCH_USE_DOCNUM
	uint32_t	sa[BENCH_MAXLEN],
				sb[BENCH_MAXLEN],
				work[3 * (BENCH_MAXLEN + 1)];
	size_t		na = docnum_symbols(a, (size_t) la, true, sa),
				nb = docnum_symbols(b, (size_t) lb, true, sb);
	uint32_t	units = docnum_distance_units(sa, na, sb, nb,
											  (uint32_t) (max * DOCNUM_UNITS_PER_EDIT),
											  work);

	if (units == DOCNUM_BEYOND)
		return max + 1;
	return (double) units / DOCNUM_UNITS_PER_EDIT;
#else
	return bench_osa(a, la, b, lb, max);
#endif
}

#endif							/* BENCH_DOCNUM_H */
