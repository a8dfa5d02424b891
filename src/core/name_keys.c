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
 *  - same dictionary group, Arabic, Khmer or Greek (0.97, 1): "G" + group;
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
 *  - equal Arabic consonant skeletons, one side Arabic (0.92, unless the
 *    long vowels disagree: name_vowels.c only lowers scores): Arabic
 *    words store "A" + skeleton, others "K" + skeleton, and the query
 *    looks up the other kind; a skeleton edit distance above 0.9 needs 39
 *    consonants ("L").
 * Initials (0.95) and Korean skeletons (0.9) never make the > 0.9 pair.
 * A name without words matches only another one ("E").
 * These are the NAME_KEY_WORD keys; every key carries its run (the words
 * its word is made of).
 *
 * Two runs from NAME_KEYS_PAIR (0.8) on: with k word pairs paired, the
 * score is at most 0.75 when k <= 1 and a name has two or more (final)
 * words, and at most each paired similarity.  So a score >= 0.8 (as
 * float4: > 0.79) has either one word on each side (both names one run,
 * one pair, above 0.9: a WORD key of a run that is the whole query), or
 * k >= 2: a pair above 0.9 (a WORD key) and another pair, of a different
 * final word on each side, so of a run sharing no word with the first,
 * rated at least 0.79.  NAME_KEY_NEAR keys make every pair rated >= 0.79
 * share a key, beyond the WORD keys:
 *  - initials (0.95): rows store "I" + first letter, and "J" + it for an
 *    initial; a query initial looks up "I", other query words "J";
 *  - fold edit distance with 1 - 2d/L >= 0.79: in OCR space (O D Q as O,
 *    I L as I at every length) the distance e <= d <= 21 L / 200, and
 *    L <= m + e for the length m of either fold, so e <= 21 m / 179.  For
 *    e = 0 the OCR folds are equal ("O" + it below 7 letters, the "F" key
 *    above).  For e >= 1 the row's first 4 (e + 1) letters split into
 *    e + 1 pieces of 4 (m >= 4 (e + 1) holds), one of which no edit
 *    touches: the row stores its first and last 4 letters ("P<", "P>")
 *    and the piece at 4i ("P" + i), the query looks up its own first and
 *    last 4 and its 4 letters at every 4i + s, |s| <= e (edits before a
 *    piece shift it by at most e);
 *  - skeleton edit distance, one side Arabic, 0.95 (1 - 2e/SL) >= 0.79:
 *    e <= 8 SL / 95, the same pieces on the skeletons ("B" or "C" by the
 *    side's script, as "A" and "K"); e = 0 is the "A"/"K" key;
 *  - Korean skeletons, one side Hangul (0.9): "Y" + script + skeleton.
 * Group pairs rate 1, 0.97 or 0.3, feminine pairs 0.4: nothing else can
 * rate >= 0.79.  The consistent function (name_keys_two_runs) accepts a
 * row with a WORD key of a whole-query run, or a WORD key of one run and
 * a WORD or NEAR key of a run sharing no word with it.
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
#define PIECE 4					/* letters per piece of NAME_KEY_NEAR keys */

/* Where keys go, and what the caller asked for. */
typedef struct keyer
{
	name_keys_mode mode;
	name_key_emit emit;
	void	   *arg;
	bool		all;
	name_key_kind kind;			/* of the keys being emitted */
	uint32_t	run;			/* the words of the word being keyed */
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
	k->emit(k->arg, key, n + 1, partial, k->kind, k->kind == NAME_KEY_NAME ? 0 : k->run);
}

/* Emit tag + sub + s[0..n). */
static void
put2(keyer *k, char tag, char sub, const char *s, size_t n)
{
	char		v[NAME_KEY_MAX];

	if (n > sizeof(v) - 2)
		n = sizeof(v) - 2;
	v[0] = sub;
	memcpy(v + 1, s, n);
	put(k, tag, v, n + 1, false);
}

/* A fold with O D Q as O and I L as I, from min letters on (else unchanged). */
static void
ocr_fold(const char *fold, size_t min, char *out, size_t outsize)
{
	size_t		i,
				n = strlen(fold),
				o = 0;

	for (i = 0; i < n && o + 1 < outsize; i++)
	{
		char		c = fold[i];

		if (n >= min)
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

/* The "F" key text of a fold: OCR look-alikes merged from KEY_OCR_MIN letters. */
static void
key_fold(const char *fold, char *out, size_t outsize)
{
	ocr_fold(fold, KEY_OCR_MIN, out, outsize);
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

/*
 * Pieces of s for edit distances e with 1 <= e <= max_e: the first and
 * the last PIECE letters and, for a row, the PIECE letters at 4i for
 * 1 <= i < max_e (i = piece index), for a query the PIECE letters at every
 * offset 4i + shift, |shift| <= max_e.  Distance e splits the row's first
 * 4(e + 1) <= its length letters into e + 1 pieces, one of which no edit
 * touches: the query has it at its start, its end or shifted by at most e.
 */
static void
put_pieces(keyer *k, char tag, const char *s, int max_e)
{
	int			m = (int) strlen(s),
				i,
				d;

	if (max_e < 1 || m < PIECE * (max_e + 1))
		return;
	put2(k, tag, '<', s, PIECE);
	put2(k, tag, '>', s + m - PIECE, PIECE);
	for (i = 1; i < max_e; i++)
	{
		if (k->mode == NAME_KEYS_ROW)
		{
			put2(k, tag, (char) ('a' + i), s + PIECE * i, PIECE);
			continue;
		}
		for (d = -max_e; d <= max_e; d++)
			if (PIECE * i + d >= 0 && PIECE * i + d + PIECE <= m)
				put2(k, tag, (char) ('a' + i), s + PIECE * i + d, PIECE);
	}
}

/* NAME_KEY_NEAR keys of one spelling (see the comment at the top). */
static void
form_near_keys(keyer *k, const mtok *t, int f)
{
	char		v[MT_LEN * 2];
	size_t		n;
	bool		row = k->mode == NAME_KEYS_ROW;

	/* fold distance in OCR space: e <= 21 L / 200 with L <= m + e */
	ocr_fold(t->fold[f], 0, v, sizeof(v));
	n = strlen(v);
	if (n < KEY_OCR_MIN)
		put(k, 'O', v, n, false);
	put_pieces(k, 'P', v, (int) (21 * n / 179));
	/* skeleton distance, one side Arabic: e <= 8 SL / 95 with SL <= m + e */
	n = strlen(t->skel[f]);
	if (n >= 3)
		put_pieces(k, (t->arabic == row) ? 'B' : 'C', t->skel[f], (int) (8 * n / 87));
	/* Korean skeletons, one side Hangul (0.9) */
	name_korean_skeleton(t->form[f], v, sizeof(v));
	n = strlen(v);
	if (n >= 2)
		put2(k, 'Y', (t->hangul == row) ? 'h' : 'n', v, n);
}

/* NAME_KEY_NEAR keys of one word: initials, then every spelling. */
static void
word_near_keys(keyer *k, const mtok *t)
{
	int			f;
	bool		initial = strlen(t->form[0]) == 1;

	if (t->nforms == 0)
		return;
	k->kind = NAME_KEY_NEAR;
	/* initials (0.95): rows store "I" + first letter, initials "J" too */
	if (k->mode == NAME_KEYS_ROW || initial)
		put(k, 'I', t->form[0], 1, false);
	if (k->mode == NAME_KEYS_ROW ? initial : !initial)
		put(k, 'J', t->form[0], 1, false);
	for (f = 0; f < t->nforms; f++)
		form_near_keys(k, t, f);
	k->kind = NAME_KEY_WORD;
}

/* Keys of one word (prepared or joined), made of the words in run. */
static void
word_keys(keyer *k, const mtok *t, uint32_t run)
{
	int			f;

	k->run = run;
	k->kind = NAME_KEY_WORD;
	if (t->group >= 0)
	{
		char		g[16];

		snprintf(g, sizeof(g), "%d", t->group);
		put(k, 'G', g, strlen(g), false);
	}
	for (f = 0; f < t->nforms; f++)
		form_keys(k, t, f);
	word_near_keys(k, t);
}

/* Keys of every run of one to four adjacent words, joined as the matcher joins them. */
static void
run_keys(keyer *k, const mname *m, mname *tmp)
{
	int			i;
	mtok	   *c = &tmp->t[2];

	for (i = 0; i < m->n; i++)
	{
		word_keys(k, &m->t[i], 1u << i);
		if (i + 1 >= m->n)
			continue;
		mname_joined(m, i, c);
		word_keys(k, c, 3u << i);
		if (i + 2 >= m->n)
			continue;
		/* (w0 w1) w2 and w0 (w1 w2) */
		mname_joined(m, i, &tmp->t[0]);
		tmp->t[1] = m->t[i + 2];
		mname_joined(tmp, 0, c);
		word_keys(k, c, 7u << i);
		tmp->t[0] = m->t[i];
		mname_joined(m, i + 1, &tmp->t[1]);
		mname_joined(tmp, 0, c);
		word_keys(k, c, 7u << i);
		if (i + 3 >= m->n)
			continue;
		/* (w0 w1) (w2 w3) */
		mname_joined(m, i, &tmp->t[0]);
		mname_joined(m, i + 2, &tmp->t[1]);
		mname_joined(tmp, 0, c);
		word_keys(k, c, 15u << i);
	}
}

name_status
name_keys(name_ctx *ctx, const char *input, size_t len, name_keys_mode mode,
		  name_key_emit emit, void *arg, bool *all, name_failure *fail)
{
	name_parsed *p = malloc(sizeof(name_parsed));
	mname	   *m = malloc(sizeof(mname));
	mname	   *tmp = malloc(sizeof(mname));
	keyer		k = {mode, emit, arg, false, NAME_KEY_NAME, 0};
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
				k.kind = NAME_KEY_WORD;
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

int
name_key_runs_add(name_key_runs *r, uint32_t run)
{
	int			i;

	for (i = 0; i < r->n; i++)
		if (r->run[i] == run)
			return i;
	if (r->n == NAME_KEY_RUNS_MAX)
		return -1;
	r->run[r->n] = run;
	return r->n++;
}

void
name_key_runs_finish(name_key_runs *r)
{
	uint32_t	all = 0;
	int			i,
				j;

	for (i = 0; i < r->n; i++)
		all |= r->run[i];
	r->whole = 0;
	for (i = 0; i < r->n; i++)
	{
		r->disjoint[i] = 0;
		for (j = 0; j < r->n; j++)
			if ((r->run[i] & r->run[j]) == 0)
				r->disjoint[i] |= UINT64_C(1) << j;
		if (r->run[i] == all)
			r->whole |= UINT64_C(1) << i;
	}
}

bool
name_keys_two_runs(const name_key_runs *r, uint64_t word, uint64_t any)
{
	int			i;

	if (word & r->whole)
		return true;
	for (i = 0; i < r->n; i++)
		if ((word & (UINT64_C(1) << i)) && (any & r->disjoint[i]))
			return true;
	return false;
}
