/*
 * name_keys.c - index keys that no pair of matching names can miss.
 *
 * Why the keys are complete (rules of name_match.c, threshold T > 0.6):
 * the score is a product of factors <= 1, one of them 0.6 unless a pair
 * of words with similarity > 0.9 (neither an initial) was paired.  The
 * matcher's words are the prepared words of mname_build() or runs of two
 * to four adjacent ones joined by mname_joined() (merge_compounds() joins
 * pairs, merge_both() may join two such compounds), so keys are emitted
 * for every run of one to four words, exactly as the matcher builds them.
 * tok_sim() > 0.9 between two such words x (query) and y (row) happens
 * only as follows, each with its key:
 *  - same dictionary group (0.97, 1): "G" + group;
 *  - equal spellings or folds (1, 0.97), or edit distance on the folds
 *    with 1 - 2d/L > 0.9 (d < L/20): in "OCR fold" space (O D Q as O,
 *    I L as I) the distance is at most the number of non-OCR edits, so
 *    for L <= 20 the OCR folds are equal ("F" + fold, OCR-folded when the
 *    fold has 7 letters or more: below that an OCR substitution already
 *    costs 0.3 > L/20); for 20 < L <= 40 one edit is left and both folds
 *    have 20 letters or more, so the first or the last eight letters
 *    agree ("<" and ">" anchors); beyond, both folds have 39 letters or
 *    more ("L", a catch-all for such rare words);
 *  - a truncated MRZ component that is a prefix (0.95): a truncated row
 *    word stores "T" + form and the query looks up "T" + every prefix of
 *    its forms; a truncated query word looks up "S" + form as a prefix
 *    of the "S" + form keys every row word stores;
 *  - Khmer against Latin with an extra final H, R or S (0.95): Khmer row
 *    words store "H" + fold, Latin query words look up "H" + fold less
 *    that letter; Khmer query words look up the three "F" keys;
 *  - O against U in a name with an Arabic word (0.95): rows of such names
 *    store "U" + fold with O as U, every query looks that up, and a query
 *    of such a name also looks up the "F" key of each O/U spelling;
 *  - equal Arabic consonant skeletons, one side Arabic (0.92): Arabic
 *    words store "A" + skeleton, others "K" + skeleton, and the query
 *    looks up the other kind; a skeleton edit distance above 0.9 needs 39
 *    consonants ("L").
 * Initials (0.95) and Korean skeletons (0.9) never make the > 0.9 pair.
 * A name without words matches only another one ("E").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/name_keys.h"
#include "core/name_match_int.h"

#define KEY_OCR_MIN 7			/* fold length from which OCR folds are keyed */
#define KEY_ANCHOR_MIN 20		/* fold length from which anchors are keyed */
#define KEY_ANCHOR 8			/* letters per anchor */
#define KEY_LONG_FOLD 39		/* fold length of the catch-all */
#define KEY_LONG_SKEL 38		/* skeleton length of the catch-all */
#define KEY_OU_MAX 10			/* O/U letters expanded at most (2^10 keys) */

/* Where keys go, and what the caller asked for. */
typedef struct keyer
{
	name_keys_mode mode;
	name_key_emit emit;
	void	   *arg;
	bool		all;
} keyer;

/* Emit tag + s[0..n). */
static void
put(keyer *k, char tag, const char *s, size_t n, bool partial)
{
	char		key[NAME_KEY_MAX + 1];

	if (n > NAME_KEY_MAX - 1)
		n = NAME_KEY_MAX - 1;
	key[0] = tag;
	memcpy(key + 1, s, n);
	k->emit(k->arg, key, n + 1, partial);
}

/* The "F" key text of a fold: OCR look-alikes merged from KEY_OCR_MIN letters. */
static void
key_fold(const char *fold, char *out, size_t outsize)
{
	size_t		i,
				n = strlen(fold),
				o = 0;

	for (i = 0; i < n && o + 1 < outsize; i++)
	{
		char		c = fold[i];

		if (n >= KEY_OCR_MIN)
		{
			if (c == 'D' || c == 'Q')
				c = 'O';
			else if (c == 'L')
				c = 'I';
		}
		out[o++] = c;
	}
	out[o] = '\0';
}

/* Emit "F" + key_fold(fold), and the anchors and catch-all of long folds. */
static void
put_fold(keyer *k, const char *fold)
{
	char		kf[MT_LEN * 2];
	size_t		n;

	key_fold(fold, kf, sizeof(kf));
	n = strlen(kf);
	put(k, 'F', kf, n, false);
	if (n >= KEY_ANCHOR_MIN)
	{
		put(k, '<', kf, KEY_ANCHOR, false);
		put(k, '>', kf + n - KEY_ANCHOR, KEY_ANCHOR, false);
	}
	if (n >= KEY_LONG_FOLD)
		put(k, 'L', "", 0, false);
}

/* A query of an Arabic name: the "F" keys of every O/U spelling of fold. */
static void
put_ou_spellings(keyer *k, const char *fold)
{
	int			pos[KEY_OU_MAX],
				m = 0;
	size_t		i,
				n = strlen(fold);
	unsigned	mask;
	char		v[MT_LEN];

	if (n >= sizeof(v))
		n = sizeof(v) - 1;
	for (i = 0; i < n; i++)
		if (fold[i] == 'O' || fold[i] == 'U')
		{
			if (m == KEY_OU_MAX)
			{
				k->all = true;
				return;
			}
			pos[m++] = (int) i;
		}
	memcpy(v, fold, n);
	v[n] = '\0';
	for (mask = 0; mask < (1u << m); mask++)
	{
		int			b;

		for (b = 0; b < m; b++)
			v[pos[b]] = (mask & (1u << b)) ? 'U' : 'O';
		put_fold(k, v);
	}
}

/* Keys of one spelling (form f) of a word. */
static void
form_keys(keyer *k, const mtok *t, int f)
{
	const char *form = t->form[f],
			   *fold = t->fold[f],
			   *skel = t->skel[f];
	size_t		fl = strlen(form),
				dl = strlen(fold),
				sl = strlen(skel),
				i;
	bool		row = k->mode == NAME_KEYS_ROW;

	put_fold(k, fold);
	if (sl >= KEY_LONG_SKEL)
		put(k, 'L', "", 0, false);
	/* truncated MRZ components */
	if (row)
	{
		put(k, 'S', form, fl, false);
		if (t->prefix)
			put(k, 'T', form, fl, false);
	}
	else
	{
		for (i = 1; i <= fl; i++)
			put(k, 'T', form, i, false);
		if (t->prefix)
			put(k, 'S', form, fl, true);
	}
	/* Khmer against Latin with a final H, R or S */
	if (row && t->khmer)
		put(k, 'H', fold, dl, false);
	else if (!row && t->khmer)
	{
		char		v[MT_LEN + 2];
		const char *c;

		for (c = "HRS"; *c && dl + 1 > 2 && dl + 2 < sizeof(v); c++)
		{
			snprintf(v, sizeof(v), "%s%c", fold, *c);
			put_fold(k, v);
		}
	}
	else if (!row && dl > 2 && strchr("HRS", fold[dl - 1]))
		put(k, 'H', fold, dl - 1, false);
	/* O against U in Arabic names */
	if (strpbrk(fold, "OU"))
	{
		char		u[MT_LEN];

		for (i = 0; i <= dl && i < sizeof(u); i++)
			u[i] = fold[i] == 'O' ? 'U' : fold[i];
		u[sizeof(u) - 1] = '\0';
		if (!row || t->arabic_name)
			put(k, 'U', u, strlen(u), false);
		if (!row && t->arabic_name)
			put_ou_spellings(k, fold);
	}
	/* Arabic consonant skeletons across scripts */
	if (sl >= 2)
		put(k, (t->arabic == row) ? 'A' : 'K', skel, sl, false);
}

/* Keys of one word (prepared or joined). */
static void
word_keys(keyer *k, const mtok *t)
{
	int			f;

	if (t->group >= 0)
	{
		char		g[16];

		snprintf(g, sizeof(g), "%d", t->group);
		put(k, 'G', g, strlen(g), false);
	}
	for (f = 0; f < t->nforms; f++)
		form_keys(k, t, f);
}

/* Keys of every run of one to four adjacent words, joined as the matcher joins them. */
static void
run_keys(keyer *k, const mname *m, mname *tmp)
{
	int			i;
	mtok	   *c = &tmp->t[2];

	for (i = 0; i < m->n; i++)
	{
		word_keys(k, &m->t[i]);
		if (i + 1 >= m->n)
			continue;
		mname_joined(m, i, c);
		word_keys(k, c);
		if (i + 2 >= m->n)
			continue;
		/* (w0 w1) w2 and w0 (w1 w2) */
		mname_joined(m, i, &tmp->t[0]);
		tmp->t[1] = m->t[i + 2];
		mname_joined(tmp, 0, c);
		word_keys(k, c);
		tmp->t[0] = m->t[i];
		mname_joined(m, i + 1, &tmp->t[1]);
		mname_joined(tmp, 0, c);
		word_keys(k, c);
		if (i + 3 >= m->n)
			continue;
		/* (w0 w1) (w2 w3) */
		mname_joined(m, i, &tmp->t[0]);
		mname_joined(m, i + 2, &tmp->t[1]);
		mname_joined(tmp, 0, c);
		word_keys(k, c);
	}
}

name_status
name_keys(name_ctx *ctx, const char *input, size_t len, name_keys_mode mode,
		  name_key_emit emit, void *arg, bool *all, name_failure *fail)
{
	name_parsed *p = malloc(sizeof(name_parsed));
	mname	   *m = malloc(sizeof(mname));
	mname	   *tmp = malloc(sizeof(mname));
	keyer		k = {mode, emit, arg, false};
	name_status st = NAME_ERR_NOMEM;

	*all = false;
	if (p && m && tmp)
	{
		st = name_analyze(ctx, input, len, name_match_alt_opts,
						  name_match_nalt_opts, p, fail);
		if (st == NAME_ERR_UTF8 || st == NAME_ERR_TOO_LONG)
		{
			put(&k, 'X', "", 0, false);
			st = NAME_OK;
		}
		else if (st == NAME_OK)
		{
			if (mode == NAME_KEYS_QUERY)
				put(&k, 'X', "", 0, false);
			if (p->ntokens == 0)
				put(&k, 'E', "", 0, false);
			else
			{
				mname_build(p, m);
				tmp->n = 3;
				run_keys(&k, m, tmp);
			}
		}
	}
	else if (fail)
	{
		fail->status = st;
		snprintf(fail->message, sizeof(fail->message), "out of memory");
	}
	*all = k.all;
	free(p);
	free(m);
	free(tmp);
	return st;
}
