/*
 * bench_mrz_core.c - C-level speed of mrz_parse on TD3 MRZs.
 *
 * Generates N (default 1,000,000; first argument) varied, valid TD3 MRZs in
 * memory with a fixed seed (mrz_build, untimed), then times one pass of
 * mrz_parse over them on one core, side by side with the baseline of
 * mrz_split alone (trimming, line splitting and character checks: the floor
 * any parse must pay).  Target: at least 3 million TD3 parses per second.
 */
#define _POSIX_C_SOURCE 199309L

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/mrz.h"

#define TD3_TEXT 89				/* 2 x 44 + '\n' */

static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;

/* xorshift64*: deterministic pseudo-random numbers. */
static uint32_t
rnd(uint32_t n)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (uint32_t) ((rng_state * 0x2545F4914F6CDD1DULL) >> 32) % n;
}

/* A random name of 1-3 components built from syllables. */
static void
random_name(char *buf, int parts)
{
	static const char *syl[] = {"AN", "BER", "CHI", "DO", "EL", "FRA", "GU",
		"HAN", "IS", "JO", "KAR", "LU", "MA", "NE", "OL", "PE", "QUI", "RO",
	"SAN", "TA", "UL", "VI", "WEN", "XI", "YA", "ZO"};
	int			n = 0;

	for (int p = 0; p < parts; p++)
	{
		int			k = 1 + (int) rnd(4);

		if (p > 0)
			buf[n++] = ' ';
		for (int i = 0; i < k; i++)
		{
			const char *s = syl[rnd(26)];

			memcpy(buf + n, s, strlen(s));
			n += (int) strlen(s);
		}
	}
	buf[n] = '\0';
}

/* Fill text with n valid TD3 MRZs of TD3_TEXT bytes each. */
static void
generate(char *text, long n)
{
	static const char *codes[] = {"UTO", "D", "DEU", "FRA", "GBR", "USA", "ITA",
	"ESP", "NLD", "BEL", "IND", "CHN", "BRA", "XXA", "GBD", "RKS"};
	static const char *alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	for (long i = 0; i < n; i++)
	{
		char		number[10],
					optional[15],
					primary[64],
					secondary[64];
		char		out[128];
		mrz_failure fail;
		mrz_fields	f;
		int			len = 8 + (int) rnd(2),
					olen = rnd(3) == 0 ? 0 : 1 + (int) rnd(14);

		for (int k = 0; k < len; k++)
			number[k] = alnum[rnd(36)];
		number[len] = '\0';
		for (int k = 0; k < olen; k++)
			optional[k] = alnum[26 + rnd(10)];
		optional[olen] = '\0';
		random_name(primary, 1 + (int) rnd(2));
		random_name(secondary, (int) rnd(4));
		f = (mrz_fields) {MRZ_TD3, rnd(2) ? "P" : "PP", codes[rnd(16)], number,
			primary, secondary, codes[rnd(16)],
			{1930 + (int) rnd(90), 1 + (int) rnd(12), 1 + (int) rnd(28)},
			"MF<"[rnd(3)],
		{2020 + (int) rnd(15), 1 + (int) rnd(12), 1 + (int) rnd(28)}, optional};
		if (mrz_build(&f, out, sizeof(out), &fail) != MRZ_OK)
		{
			fprintf(stderr, "generator: %s\n", fail.message);
			exit(1);
		}
		memcpy(text + i * TD3_TEXT, out, TD3_TEXT);
	}
}

/* Wall-clock and this thread's CPU seconds. */
static void
now(double *wall, double *cpu)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	*wall = (double) ts.tv_sec + ts.tv_nsec / 1e9;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	*cpu = (double) ts.tv_sec + ts.tv_nsec / 1e9;
}

/* One timed pass: split only (baseline) or full parse; returns valid count. */
static long
pass(const char *text, long n, bool parse, double *wall, double *cpu)
{
	static mrz_document doc;
	mrz_date	as_of = {2026, 11, 28};
	mrz_failure fail;
	long		ok = 0;
	double		w0,
				c0,
				w1,
				c1;

	now(&w0, &c0);
	for (long i = 0; i < n; i++)
	{
		const char *m = text + i * TD3_TEXT;

		if (parse)
			ok += mrz_parse(m, TD3_TEXT, as_of, &doc, &fail) == MRZ_OK && doc.valid;
		else
		{
			char		joined[MRZ_MAX_CHARS + 1];
			int			nl,
						ll;

			ok += mrz_split(m, TD3_TEXT, joined, &nl, &ll, &fail) == MRZ_OK;
		}
	}
	now(&w1, &c1);
	*wall = w1 - w0;
	*cpu = c1 - c0;
	return ok;
}

int
main(int argc, char **argv)
{
	long		n = argc > 1 ? atol(argv[1]) : 1000000;
	char	   *text;
	long		valid = 0,
				split = 0;
	double		best[2][2] = {{1e9, 1e9}, {1e9, 1e9}};	/* [parse][wall, cpu] */

	if (n <= 0)
		n = 1000000;
	text = malloc((size_t) n * TD3_TEXT);
	if (text == NULL)
		return 1;
	generate(text, n);

	/* best of 3 passes each: the machine may be shared */
	for (int r = 0; r < 3; r++)
		for (int p = 0; p < 2; p++)
		{
			double		w,
						c;
			long		ok = pass(text, n, p == 1, &w, &c);

			if (p)
				valid = ok;
			else
				split = ok;
			best[p][0] = w < best[p][0] ? w : best[p][0];
			best[p][1] = c < best[p][1] ? c : best[p][1];
		}

	printf("bench_mrz_core: %ld generated TD3 MRZs (seeded), one core, best of 3\n", n);
	printf("  %-34s %12s %12s\n", "", "per s (CPU)", "per s (wall)");
	printf("  %-34s %12.0f %12.0f\n", "baseline: mrz_split (lines, chars)",
		   n / best[0][1], n / best[0][0]);
	printf("  %-34s %12.0f %12.0f\n", "mrz_parse (full validation)",
		   n / best[1][1], n / best[1][0]);
	printf("  mrz_parse / mrz_split time: %.2fx; valid %ld of %ld, split %ld\n",
		   best[1][1] / best[0][1], valid, n, split);
	printf("  target >= 3000000 TD3 parses/s per core (CPU time): %s\n",
		   n / best[1][1] >= 3e6 ? "met" : "NOT met");
	free(text);
	return valid == n ? 0 : 1;
}
