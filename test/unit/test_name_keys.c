/*
 * test_name_keys.c - unit tests of the name index keys (src/core/name_keys.c):
 * for every pair of names that name_similarity() rates above the floor,
 * the query keys of one must hit the row keys of the other, both ways, and
 * from the cut-off NAME_KEYS_PAIR on satisfy the two-run condition the
 * consistent function applies.
 * Pairs: hand-picked cases of each matching rule, every Khmer dictionary
 * spelling against its customary Latin ones, every pair of the
 * evaluation sets in test/bench, and mutations of their names (OCR digits,
 * truncation, dropped and changed letters, swapped and joined words).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/name_keys.h"
#include "core/name_match.h"
#include "name_key_oracle.h"

static name_ctx *ctx;

/* name_key_emit into oracle keys. */
static void
collect(void *arg, const char *key, size_t len, bool partial, name_key_kind kind,
		uint32_t run)
{
	assert_true(len >= 1 && len <= NAME_KEY_MAX);
	assert_true(kind == NAME_KEY_NAME ? run == 0 : run != 0);
	oracle_add(arg, key, len, partial, kind, run);
}

static oracle_keys rowk,
			qk;

/* Fill l with the keys of s. */
static void
keys_of(const char *s, name_keys_mode mode, oracle_keys *l)
{
	name_failure f;

	l->n = 0;
	assert_int_equal(name_keys(ctx, s, strlen(s), mode, collect, l, &l->all, &f), NAME_OK);
	assert_true(l->n < ORACLE_MAXKEYS);
}

/* Would an index on row find it for query q (see oracle_found)? */
static bool
found_mode(const char *q, const char *row, bool pair)
{
	keys_of(q, NAME_KEYS_QUERY, &qk);
	keys_of(row, NAME_KEYS_ROW, &rowk);
	return oracle_found(&qk, &rowk, pair);
}

/* found_mode() at the default threshold (0.8: the two-run condition). */
static bool
found(const char *q, const char *row)
{
	return found_mode(q, row, true);
}

/* Similarity of two names. */
static double
sim(const char *a, const char *b)
{
	double		s = -1;
	name_failure f;

	assert_int_equal(name_similarity(ctx, a, strlen(a), b, strlen(b), &s, &f), NAME_OK);
	return s;
}

static int	npairs,
			nchecked,
			npaired,
			nmissed;

/* If a and b match above the floor, each must find the other. */
static void
check_pair(const char *a, const char *b)
{
	double		s = sim(a, b);

	bool		pair = (float) s >= (float) NAME_KEYS_PAIR;

	npairs++;
	if ((float) s <= (float) NAME_KEYS_FLOOR)
		return;
	nchecked++;
	if (pair)
		npaired++;
	/* below the cut-off any WORD key finds it; above, the two-run condition too */
	if (!found_mode(a, b, false) || (pair && !found_mode(a, b, true)))
	{
		nmissed++;
		print_message("missed: query [%s] row [%s] sim %.4f\n", a, b, s);
	}
	if (!found_mode(b, a, false) || (pair && !found_mode(b, a, true)))
	{
		nmissed++;
		print_message("missed: query [%s] row [%s] sim %.4f\n", b, a, s);
	}
}

/* Each rule of the matcher, with a pair it rates above 0.9. */
static void
test_rules(void **state)
{
	static const char *const pairs[][2] = {
		{"Иванов Сергей Петрович", "IVANOV<<SERGEI<PETROVICH"},
		{"Müller, Jörg", "MUELLER<<JOERG"},
		{"Müller, Jörg", "MULLER JORG"},
		{"MOHAMMED ALI", "MUHAMMAD ALY"},
		{"محمد علي", "MOHAMED ALI"},
		{"SCHWARZENEGGER<<ARNOLD<ALOIS", "SCHWARZENEGGER ARNOLD"},
		/* a full 30-character field: every component possibly truncated */
		{"VANDERSTRAATENBERGHOF<<MAXIMI", "Van der Straatenberghof, Maximilian"},
		{"ABDULLAYEV<<ABDULLAKHMAD<MUHAM", "ABDULLAYEV ABDULLAKHMAD MUHAMMADJON"},
		/* OCR digits and look-alikes in an MRZ */
		{"K0VALENK0<<DM1TR1Y", "KOVALENKO DMITRIY"},
		{"KOVAIENKO<<DMITRIY", "KOVALENKO DMITRIY"},
		{"SMITH JONES", "SMITHJONES"},
		{"ABD EL NASSER", "عبد الناصر"},
		/* only the consonant skeletons agree (not in the dictionary) */
		{"حسني مبارك", "HOSNI MUBARAK"},
		{"NGUYEN VAN ANH", "ANH NGUYEN"},
		{"Nguyễn Văn Anh", "NGUYEN VAN ANH"},
		{"SOLEIMANI QASSEM", "SULEIMANI QASEM"},
		{"ហ៊ុន សែន", "HUN SEN"},
		{"ស សារ", "SA SAR"},
		/* customary Khmer spellings (dictionary), a compound written apart */
		{"កែវ រតនា", "KEO<<RATHANA"},
		{"ចាន់ ស្រីមុំ", "CHAN<<SREY<MOM"},
		{"KEO RATHANA", "ROTHANA KEO"},
		{"김정은", "KIM JONG UN"},
		{"Παπαδόπουλος Γεώργιος", "PAPADOPOULOS GEORGIOS"},
		{"ALEKSANDROVSKAYAKONSTANTINOVNA", "ALEKSANDROVSKAIAKONSTANTINOVNO"},
		{"ALEKSANDROVSKAYAKONSTANTINOVNAVLADIMIROVNA", "ALEKSANDROVSKAYAKONSTANTINOVNAVLADIMIROVN"},
		{"", ""},
		{"--", "..."},
	};
	size_t		i;

	(void) state;
	npairs = nchecked = npaired = nmissed = 0;
	for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++)
		check_pair(pairs[i][0], pairs[i][1]);
	assert_int_equal(nmissed, 0);
	assert_true(nchecked >= 18);
}

/* Every Khmer dictionary spelling against each customary Latin one, in names. */
static void
test_khmer_dictionary(void **state)
{
	int			e,
				k,
				j;
	const char *kh,
			   *la;
	char		a[128],
				b[128];

	(void) state;
	npairs = nchecked = npaired = nmissed = 0;
	for (e = 0; e < name_dict_khmer_size(); e++)
		for (k = 0; (kh = name_dict_khmer_script(e, k)) != NULL; k++)
			for (j = 0; (la = name_dict_khmer_spelling(e, j)) != NULL; j++)
			{
				check_pair(kh, la);
				snprintf(a, sizeof(a), "សុខ %s", kh);
				snprintf(b, sizeof(b), "SOK<<%s", la);
				check_pair(a, b);
			}
	assert_int_equal(nmissed, 0);
	assert_true(nchecked >= 300);
}

/* Names that do not match are not found through every key either. */
static void
test_selective(void **state)
{
	(void) state;
	assert_false(found("IVANOV SERGEI", "PETROV PAVEL"));
	assert_false(found("MOHAMMED ALI", "SMITH JOHN"));
	/* one strong word is enough below the cut-off, two are needed from it on */
	assert_true(found_mode("MOHAMMED ALI", "ALI HASSAN", false));
	assert_false(found("MOHAMMED ALI", "ALI HASSAN"));
	assert_false(found("MOHAMMED ALI", "MOHAMMED HASSAN"));
	assert_true(found("MOHAMMED ALI", "ALI MOHAMED"));
	assert_true(found("MOHAMMED ALI", "MUHAMMAD<<ALY"));
	/* a second word only near: an initial, one edit in a long word */
	assert_true(found("MOHAMMED A", "MOHAMMED ALI"));
	assert_true(found("JOHANNESBURGER PETER", "JOHANESBURGER PETER"));
	/* a one-word query and one word on both sides */
	assert_true(found("SMITHJONES", "SMITH JONES"));
	assert_true(found("MOHAMMED", "MOHAMMED ALI"));
	/* an empty name finds only empty names */
	assert_false(found("", "SMITH"));
	assert_true(found("", "--"));
	/* an unreadable row is always returned, to fail in name_match() as a scan would */
	assert_true(found("SMITH", "\xff\xfe"));
}

/* Mutations of a name, written into out[]; returns the count. */
static int
mutations(const char *s, char out[][256], int max)
{
	int			n = 0;
	size_t		l = strlen(s),
				i;
	char		b[256];

	if (l < 3 || l > 200)
		return 0;
	/* drop, double and change one letter at a few places */
	for (i = 1; i + 1 < l && n + 3 < max; i += 3)
	{
		if ((unsigned char) s[i] >= 0x80 || s[i] == ' ' || s[i] == '<')
			continue;
		snprintf(out[n++], 256, "%.*s%s", (int) i, s, s + i + 1);
		snprintf(out[n++], 256, "%.*s%c%s", (int) i, s, s[i], s + i);
		snprintf(b, sizeof(b), "%s", s);
		b[i] = (b[i] == 'O') ? '0' : (b[i] == 'I' ? '1' : (b[i] == 'E' ? 'A' : 'O'));
		snprintf(out[n++], 256, "%s", b);
	}
	/* words swapped around the first space, joined, and the name cut */
	if (strchr(s, ' ') && n + 3 < max)
	{
		const char *sp = strchr(s, ' ');

		snprintf(out[n++], 256, "%s %.*s", sp + 1, (int) (sp - s), s);
		snprintf(out[n++], 256, "%.*s%s", (int) (sp - s), s, sp + 1);
		snprintf(out[n++], 256, "%.*s", (int) (sp - s), s);
	}
	/* a full MRZ field: the name cut to 30 characters */
	if (strstr(s, "<<") && n < max)
	{
		snprintf(b, sizeof(b), "%s<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", s);
		b[30] = '\0';
		if (b[29] == '<')
			b[29] = 'X';
		snprintf(out[n++], 256, "%s", b);
	}
	return n;
}

/* Every pair of the evaluation sets, and mutations against the originals. */
static void
test_eval_sets(void **state)
{
	static const char *const files[] = {
		"test/bench/names_eval.tsv", "test/bench/names_holdout.tsv",
		"test/bench/names_holdout2.tsv", NULL
	};
	int			fi,
				nfiles = 0;

	(void) state;
	npairs = nchecked = npaired = nmissed = 0;
	for (fi = 0; files[fi]; fi++)
	{
		FILE	   *fp = fopen(files[fi], "r");
		char		line[2048];

		if (fp == NULL)
			continue;
		nfiles++;
		while (fgets(line, sizeof(line), fp))
		{
			char	   *col[5],
					   *p = line;
			int			c;
			static char mut[64][256];
			int			nm,
						m;

			if (line[0] == '#')
				continue;
			line[strcspn(line, "\n")] = '\0';
			for (c = 0; c < 5 && p; c++)
			{
				col[c] = p;
				p = strchr(p, '\t');
				if (p)
					*p++ = '\0';
			}
			if (c < 5)
				continue;
			check_pair(col[3], col[4]);
			check_pair(col[4], col[4]);
			nm = mutations(col[4], mut, 64);
			for (m = 0; m < nm; m++)
			{
				check_pair(col[3], mut[m]);
				check_pair(col[4], mut[m]);
			}
		}
		fclose(fp);
	}
	print_message("eval sets: %d pairs, %d above the floor, %d of them from the cut-off on, %d missed\n",
				  npairs, nchecked, npaired, nmissed);
	assert_int_equal(nfiles, 3);
	assert_true(nchecked > 2000);
	assert_int_equal(nmissed, 0);
}

static int
setup(void **state)
{
	ctx = name_ctx_create();
	return ctx ? 0 : -1;
}

static int
teardown(void **state)
{
	name_ctx_free(ctx);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rules),
		cmocka_unit_test(test_khmer_dictionary),
		cmocka_unit_test(test_selective),
		cmocka_unit_test(test_eval_sets),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
