/*
 * bench_names_core.c - speed of the name core in C: name_translit and
 * name_similarity per second over the names of test/bench/names_eval.tsv,
 * side by side with a baseline that most systems start from: ICU
 * "Any-Latin; Latin-ASCII" on the whole name, and a plain Levenshtein
 * ratio of the two translit outputs.
 *
 *   make build/bench/bench_names_core && ./build/bench/bench_names_core [tsv]
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "core/name_match.h"

#define MAXPAIRS 4096

static char *pa[MAXPAIRS],
		   *pb[MAXPAIRS];
static int	npairs;

/* Seconds since an arbitrary origin. */
static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Read the pairs (columns 4 and 5) of the evaluation file. */
static void
load(const char *path)
{
	FILE	   *f = fopen(path, "r");
	char		line[4096];

	if (f == NULL)
	{
		perror(path);
		exit(1);
	}
	while (fgets(line, sizeof(line), f) && npairs < MAXPAIRS)
	{
		char	   *col[5];
		int			k = 0;
		char	   *p = line;

		if (line[0] == '#')
			continue;
		line[strcspn(line, "\n")] = '\0';
		while (k < 5 && (col[k] = strsep(&p, "\t")) != NULL)
			k++;
		if (k < 5)
			continue;
		pa[npairs] = strdup(col[3]);
		pb[npairs] = strdup(col[4]);
		npairs++;
	}
	fclose(f);
}

/* Plain Levenshtein ratio, the baseline comparison. */
static double
lev_ratio(const char *a, const char *b)
{
	int			la = strlen(a),
				lb = strlen(b),
				i,
				j;
	int		   *prev = malloc(sizeof(int) * (lb + 1)),
			   *row = malloc(sizeof(int) * (lb + 1));
	double		r;

	for (j = 0; j <= lb; j++)
		prev[j] = j;
	for (i = 1; i <= la; i++)
	{
		row[0] = i;
		for (j = 1; j <= lb; j++)
		{
			int			v = prev[j - 1] + (a[i - 1] != b[j - 1]);

			if (prev[j] + 1 < v)
				v = prev[j] + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			row[j] = v;
		}
		memcpy(prev, row, sizeof(int) * (lb + 1));
	}
	r = 1.0 - (double) prev[lb] / (la > lb ? (la ? la : 1) : (lb ? lb : 1));
	free(prev);
	free(row);
	return r;
}

int
main(int argc, char **argv)
{
	name_ctx   *ctx = name_ctx_create();
	UErrorCode	st = U_ZERO_ERROR;
	UTransliterator *any;
	UChar		id[] = u"Any-Latin; Latin-ASCII; Any-Upper";
	char		out[NAME_OUT_MAX],
				o2[NAME_OUT_MAX];
	name_failure f;
	double		t0,
				t,
				s,
				sink = 0;
	int			rounds = 20,
				r,
				i,
				n = 0;

	load(argc > 1 ? argv[1] : "test/bench/names_eval.tsv");
	any = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &st);
	/* warm up: open the ICU transforms once */
	for (i = 0; i < npairs; i++)
		name_translit(ctx, pa[i], strlen(pa[i]), out, sizeof(out), &f);

	t0 = now();
	for (r = 0; r < rounds; r++)
		for (i = 0; i < npairs; i++, n++)
			name_translit(ctx, pa[i], strlen(pa[i]), out, sizeof(out), &f);
	t = now() - t0;
	printf("%-44s %10.0f /s\n", "name_translit", n / t);

	n = 0;
	t0 = now();
	for (r = 0; r < rounds; r++)
		for (i = 0; i < npairs; i++, n++)
		{
			UChar		u[1024];
			int32_t		ul = 0,
						lim;

			st = U_ZERO_ERROR;
			u_strFromUTF8(u, 1024, &ul, pa[i], -1, &st);
			lim = ul;
			utrans_transUChars(any, u, &ul, 1024, 0, &lim, &st);
			sink += ul;
		}
	t = now() - t0;
	printf("%-44s %10.0f /s\n", "baseline: ICU Any-Latin; Latin-ASCII", n / t);

	n = 0;
	t0 = now();
	for (r = 0; r < rounds / 4; r++)
		for (i = 0; i < npairs; i++, n++)
		{
			name_similarity(ctx, pa[i], strlen(pa[i]), pb[i], strlen(pb[i]), &s, &f);
			sink += s;
		}
	t = now() - t0;
	printf("%-44s %10.0f /s\n", "name_similarity", n / t);

	n = 0;
	t0 = now();
	for (r = 0; r < rounds / 4; r++)
		for (i = 0; i < npairs; i++, n++)
		{
			name_translit(ctx, pa[i], strlen(pa[i]), out, sizeof(out), &f);
			name_translit(ctx, pb[i], strlen(pb[i]), o2, sizeof(o2), &f);
			sink += lev_ratio(out, o2);
		}
	t = now() - t0;
	printf("%-44s %10.0f /s\n", "baseline: 2 x name_translit + Levenshtein", n / t);
	printf("(%d pairs x rounds; checksum %.1f)\n", npairs, sink);
	utrans_close(any);
	name_ctx_free(ctx);
	return 0;
}
