/*
 * name_match.c - name similarity: word comparison and alignment.
 *
 * Both names are analysed (translit.c) with the alternatives of
 * name_match_alt_opts.  Each word becomes a set of forms (its spellings,
 * Table C escapes decoded, particles glued to it), each with its variant
 * fold (name_fold.c).  Word similarity is 1 for equal spellings, 0.97 for
 * equal folds or one dictionary group, 0.95 for a truncated MRZ component
 * that is a prefix, 0.95 for an initial, 0.92 for equal Arabic consonant
 * skeletons when one side was written in Arabic script (unless the long
 * vowels the Arabic writes contradict the Latin vowels), 0.4 for a
 * feminine/masculine pair, otherwise 1 - 2 d / L on the folds
 * (d a Levenshtein distance in which OCR-B look-alikes cost 0.3 when a side
 * came from an MRZ).  Adjacent words may be joined to match a compound.
 * Words are paired greedily, best first; the score is the product of the
 * paired similarities, times 0.55 for each contradiction (a word left on
 * both sides), 0.93 for each word only one side has (a missing middle
 * name), and 0.75 when a single word carries a multi-word name.  The two
 * names are put in a canonical order first, so the score is symmetric.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/name_match.h"
#include "core/name_match_int.h"

const unsigned name_match_alt_opts[] = {
	NAME_OPT_CYR_BASE, NAME_OPT_GREEK_ALT, NAME_OPT_SR_DJ, NAME_OPT_CYR_BGN,
	NAME_OPT_CYR_UK, NAME_OPT_KHMER_A, NAME_OPT_HAN_WG, NAME_OPT_KO_ALT,
	NAME_OPT_CYR_DE, NAME_OPT_CYR_FR
};
const int	name_match_nalt_opts = 10;

/* Add a spelling to a word (with its fold and skeleton) unless present. */
static void
mt_add_form(mtok *m, const char *s)
{
	int			k;

	if (s[0] == '\0' || m->nforms >= MT_FORMS)
		return;
	for (k = 0; k < m->nforms; k++)
		if (strcmp(m->form[k], s) == 0)
			return;
	snprintf(m->form[m->nforms], MT_LEN, "%s", s);
	name_fold(s, m->fold[m->nforms], MT_LEN);
	name_arabic_skeleton(s, m->skel[m->nforms], MT_LEN);
	m->nforms++;
}

/* Build the comparison words of a name: particles glued to the next word. */
void
mname_build(const name_parsed *p, mname *out)
{
	int			i,
				k,
				nonpart = 0;
	char		glue[MT_LEN] = "";
	bool		tablec = false;

	for (i = 0; i < p->ntokens; i++)
	{
		if (!name_is_particle(p->tok[i].text))
			nonpart++;
		/* one unmistakable escape makes the whole MRZ name Table C */
		if (p->tok[i].script == NAME_SCRIPT_MRZ && name_tablec_detect(p->tok[i].text))
			tablec = true;
	}
	out->n = 0;
	for (i = 0; i < p->ntokens; i++)
	{
		const name_token *t = &p->tok[i];
		mtok	   *m = &out->t[out->n];
		char		dec[MT_LEN];
		bool		particle = nonpart > 0 && name_is_particle(t->text);

		memset(m, 0, sizeof(*m));
		m->particle = particle;
		m->prefix = t->prefix;
		m->ocr = t->ocr;
		m->arabic = (t->script == NAME_SCRIPT_ARABIC) || tablec;
		m->khmer = (t->script == NAME_SCRIPT_KHMER);
		m->hangul = (t->script == NAME_SCRIPT_HANGUL);
		mt_add_form(m, t->text);
		for (k = 0; k < t->nalt; k++)
			mt_add_form(m, t->alt[k]);
		if (m->arabic && name_tablec_decode(t->text, dec, sizeof(dec)))
			mt_add_form(m, dec);
		if (particle)
		{
			if (strlen(glue) + strlen(t->text) + 1 < MT_LEN / 2)
				strcat(glue, t->text);
		}
		else if (glue[0])
		{
			char		g[MT_LEN];

			snprintf(g, sizeof(g), "%s%s", glue, t->text);
			mt_add_form(m, g);
			glue[0] = '\0';
		}
		/* an attached Arabic article: ALHASANI also as HASANI */
		if (strlen(t->text) >= 6 && (strncmp(t->text, "AL", 2) == 0 ||
									 strncmp(t->text, "EL", 2) == 0))
			mt_add_form(m, t->text + 2);
		m->group = name_dict_group(t->text, m->arabic, m->khmer);
		out->n++;
	}
	for (i = 0; i < out->n; i++)
		if (out->t[i].arabic || name_dict_group_is_arabic(out->t[i].group))
			break;
	for (k = 0; i < out->n && k < out->n; k++)
		out->t[k].arabic_name = true;
}

/* Are a and b OCR-B look-alike letters (O D Q, I L; digits are mapped earlier)? */
static bool
ocr_pair(char a, char b)
{
	static const char *const pairs[] = {"OD", "OQ", "DQ", "IL", NULL};
	int			i;

	for (i = 0; pairs[i]; i++)
		if ((pairs[i][0] == a && pairs[i][1] == b) || (pairs[i][0] == b && pairs[i][1] == a))
			return true;
	return false;
}

/*
 * Levenshtein distance; substitutions of look-alikes cost 0.3 when ocr.
 * Once every cell of a row exceeds max, so does the distance (a row's
 * smallest cell never decreases): it stops there and returns that cell,
 * a value above max, for callers that only need distances up to max.
 */
static double
wlev(const char *a, const char *b, bool ocr, double max)
{
	int			la = (int) strlen(a),
				lb = (int) strlen(b),
				i,
				j;
	double		buf[2][MT_LEN + 1],
			   *prev = buf[0],
			   *row = buf[1];

	if (la > MT_LEN - 1)
		la = MT_LEN - 1;
	if (lb > MT_LEN - 1)
		lb = MT_LEN - 1;
	for (j = 0; j <= lb; j++)
		prev[j] = j;
	for (i = 1; i <= la; i++)
	{
		double	   *t,
					least;

		least = row[0] = i;
		for (j = 1; j <= lb; j++)
		{
			double		sub = (a[i - 1] == b[j - 1]) ? 0 :
				((ocr && ocr_pair(a[i - 1], b[j - 1])) ? 0.3 : 1);
			double		v = prev[j - 1] + sub;

			if (prev[j] + 1 < v)
				v = prev[j] + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			row[j] = v;
			if (v < least)
				least = v;
		}
		if (least > max)
			return least;
		/* this row is the next one's previous */
		t = prev;
		prev = row;
		row = t;
	}
	return prev[lb];
}

/*
 * Is (a, b) a masculine/feminine pair of one name: Slavic, Baltic and Greek
 * surname forms (IVANOV/IVANOVA, KOWALSKI/KOWALSKA, PAPADOPOULOS/
 * PAPADOPOULOU) and given names that add an A (ALEKSANDR/ALEKSANDRA,
 * KARIM/KARIMA, MARIO/MARIA)?
 */
static bool
feminine_pair(const char *a, const char *b)
{
	static const char *const sfx[][2] = {
		{"", "A"}, {"I", "A"}, {"II", "AIA"}, {"IY", "AYA"}, {"Y", "AYA"},
		{"Y", "A"}, {"IJ", "AJA"}, {"OS", "OU"}, {"IS", "I"}, {"AS", "A"},
		{"ES", "I"}, {"", "OVA"}, {"AS", "IENE"}, {"AS", "AITE"},
		{"IS", "IENE"}, {"US", "IENE"}, {"S", "A"}, {"OV", "OVA"}, {"O", "A"},
		{NULL, NULL}
	};
	size_t		p = 0,
				la,
				lb;
	int			i;

	/* every pair below shares at least its first three letters */
	if (strncmp(a, b, 3) != 0)
		return false;
	la = strlen(a);
	lb = strlen(b);

	while (a[p] && a[p] == b[p])
		p++;
	/* back off so that the suffix pair can start inside the common part */
	for (i = 0; sfx[i][0]; i++)
	{
		size_t		l0 = strlen(sfx[i][0]),
					l1 = strlen(sfx[i][1]);
		int			s;

		for (s = 0; s < 2; s++)
		{
			const char *x = s ? b : a,
					   *y = s ? a : b;
			size_t		lx = s ? lb : la,
						ly = s ? la : lb;

			if (lx < l0 + 3 || ly < l1 + 3 || lx - l0 != ly - l1)
				continue;
			if (strcmp(x + lx - l0, sfx[i][0]) == 0 && strcmp(y + ly - l1, sfx[i][1]) == 0 &&
				strncmp(x, y, lx - l0) == 0 && (l0 > 0 || !strchr("AEIOUY", x[lx - 1])))
				return true;
		}
	}
	return false;
}

/*
 * Do a and b differ only in O against U?  Arabic and Persian names written
 * in Latin swap them freely (SOLEIMANI/SULEIMANI, OTHMAN/UTHMAN); used only
 * for names with an Arabic word, since elsewhere O/U tells names apart
 * (Vietnamese TRONG/TRUNG).
 */
static bool
same_but_ou(const char *a, const char *b)
{
	size_t		i;

	if (strlen(a) != strlen(b))
		return false;
	for (i = 0; a[i]; i++)
		if (a[i] != b[i] && !((a[i] == 'O' && b[i] == 'U') || (a[i] == 'U' && b[i] == 'O')))
			return false;
	return true;
}

/*
 * Khmer against Latin: customary spellings add a final H, R or S that
 * marks vowel length or aspiration (SAR for ស).  Equal folds once the
 * Latin side drops it?
 */
static bool
khmer_final_mark(const mtok *a, int i, const mtok *b, int j)
{
	const char *kf = a->khmer ? a->fold[i] : b->fold[j],
			   *lf = a->khmer ? b->fold[j] : a->fold[i];
	size_t		n = strlen(lf);

	return n > 2 && strchr("HRS", lf[n - 1]) && strlen(kf) == n - 1 &&
		strncmp(kf, lf, n - 1) == 0;
}

/*
 * Similarity of two spellings with their folds and skeletons; a value at or
 * below floor (the best of the words' other spellings so far) may be
 * returned lower than it is, the edit distances being cut there.
 */
static double
form_sim(const mtok *a, int i, const mtok *b, int j, double floor)
{
	const char *fa = a->form[i],
			   *fb = b->form[j];
	size_t		la = strlen(a->fold[i]),
				lb = strlen(b->fold[j]),
				L = la > lb ? la : lb;
	double		s,
				d;

	if (strcmp(fa, fb) == 0)
		return 1.0;
	if (strcmp(a->fold[i], b->fold[j]) == 0)
		return 0.97;
	if ((a->prefix && strlen(fa) >= 1 && strncmp(fa, fb, strlen(fa)) == 0) ||
		(b->prefix && strlen(fb) >= 1 && strncmp(fb, fa, strlen(fb)) == 0))
		return 0.95;
	if (feminine_pair(fa, fb))
		return 0.4;
	if (a->khmer != b->khmer && khmer_final_mark(a, i, b, j))
		return 0.95;
	if ((a->arabic_name || b->arabic_name) && same_but_ou(a->fold[i], b->fold[j]))
		return 0.95;
	if (a->hangul != b->hangul)
	{
		char		ka[MT_LEN],
					kb[MT_LEN];

		name_korean_skeleton(fa, ka, sizeof(ka));
		name_korean_skeleton(fb, kb, sizeof(kb));
		if (strlen(ka) >= 2 && strcmp(ka, kb) == 0)
			return 0.9;
	}
	/* s = 1 - 2d/L only matters above floor */
	d = wlev(a->fold[i], b->fold[j], a->ocr || b->ocr, (1.0 - floor) * L / 2.0);
	s = L ? 1.0 - 2.0 * d / (double) L : 0;
	if (a->arabic != b->arabic)
	{
		size_t		sa = strlen(a->skel[i]),
					sb = strlen(b->skel[j]),
					SL = sa > sb ? sa : sb;

		if (SL >= 2 && strcmp(a->skel[i], b->skel[j]) == 0)
		{
			/* unless the long vowels the Arabic writes say otherwise (name_vowels.c) */
			if (!name_arabic_vowels_contradict(a->arabic ? fa : fb, a->arabic ? fb : fa))
				return 0.92;
		}
		else if (SL >= 3)
		{
			double		above = s > floor ? s : floor;
			double		s2 = 0.95 * (1.0 - 2.0 * wlev(a->skel[i], b->skel[j], false,
													(1.0 - above / 0.95) * SL / 2.0) / (double) SL);

			if (s2 > s)
				s = s2;
		}
	}
	return s < 0 ? 0 : s;
}

/*
 * Are two words of different dictionary groups different names?  Always
 * for an Arabic group; for two Khmer groups only when a side is written
 * in Khmer: Latin spellings of Khmer names are also other peoples' names
 * (Korean 임 is IM, LIM and YIM), which the other rules compare.
 */
static bool
dict_apart(const mtok *a, const mtok *b)
{
	return name_dict_group_is_arabic(a->group) || name_dict_group_is_arabic(b->group) ||
		a->khmer || b->khmer;
}

/* Are two words of different dictionary groups different names? */
static bool
groups_apart(const mtok *a, const mtok *b)
{
	return a->group >= 0 && b->group >= 0 && a->group != b->group && dict_apart(a, b);
}

/*
 * Words rated below PAIR_MIN are never paired (score_names), and every other
 * use of a word similarity compares it with one of 0.9 or more (compounds),
 * so values below PAIR_MIN are all alike: tok_sim() may return them lower
 * than they are, which lets the edit distances stop early (form_sim(),
 * wlev()).  PAIR_FLOOR keeps a margin below PAIR_MIN.
 */
#define PAIR_MIN 0.5
#define PAIR_FLOOR (PAIR_MIN - 1e-6)

/* Do two words share a spelling (any of their forms)? */
static bool
same_spelling(const mtok *a, const mtok *b)
{
	int			i,
				j;

	for (i = 0; i < a->nforms; i++)
		for (j = 0; j < b->nforms; j++)
			if (strcmp(a->form[i], b->form[j]) == 0)
				return true;
	return false;
}

/* Similarity of two words: best over their spellings. */
static double
tok_sim(const mtok *a, const mtok *b)
{
	double		best = 0;
	int			i,
				j;
	bool		gender = false;

	if (strlen(a->form[0]) == 1 || strlen(b->form[0]) == 1)
		return (a->form[0][0] == b->form[0][0]) ? 0.95 : 0;
	if (a->group >= 0 && a->group == b->group)
		return same_spelling(a, b) ? 1.0 : 0.97;
	if (groups_apart(a, b))
		return 0.3;
	for (i = 0; i < a->nforms; i++)
		for (j = 0; j < b->nforms; j++)
		{
			/* below PAIR_MIN a value only has to stay below it */
			double		s = form_sim(a, i, b, j, best > PAIR_FLOOR ? best : PAIR_FLOOR);

			if (s > best)
				best = s;
			if (best >= 1.0)
				return 1.0;
			if (feminine_pair(a->fold[i], b->fold[j]))
				gender = true;
		}
	/* a masculine/feminine pair under any spelling is one, unless some spelling is equal */
	return (gender || best == 0.4) && best < 0.97 ? 0.4 : best;
}

/* The word made of x->t[i] and x->t[i+1] written together. */
void
mname_joined(const mname *x, int i, mtok *out)
{
	char		s[MT_LEN];
	int			k;

	memset(out, 0, sizeof(*out));
	out->prefix = x->t[i + 1].prefix;
	out->ocr = x->t[i].ocr || x->t[i + 1].ocr;
	out->arabic = x->t[i].arabic || x->t[i + 1].arabic;
	out->arabic_name = x->t[i].arabic_name;
	out->khmer = x->t[i].khmer;
	out->hangul = x->t[i].hangul;
	out->group = -1;
	for (k = 0; k < x->t[i].nforms && k < 2; k++)
	{
		snprintf(s, sizeof(s), "%.60s%.60s", x->t[i].form[k], x->t[i + 1].form[0]);
		mt_add_form(out, s);
	}
	/* ABD AL RAHMAN, عبد الله, SREY MOM: compounds of the dictionaries */
	out->group = name_dict_group(out->form[0], out->arabic, out->khmer);
}

/* Join adjacent words of x that together match one word of y. */
static void
merge_compounds(mname *x, const mname *y)
{
	int			i,
				j;

	for (i = 0; i + 1 < x->n; i++)
	{
		mtok		c;

		mname_joined(x, i, &c);
		for (j = 0; j < y->n; j++)
		{
			double		sc = tok_sim(&c, &y->t[j]);

			if (sc >= 0.9 && sc > tok_sim(&x->t[i], &y->t[j]) &&
				sc > tok_sim(&x->t[i + 1], &y->t[j]))
			{
				x->t[i] = c;
				memmove(&x->t[i + 1], &x->t[i + 2], sizeof(mtok) * (x->n - i - 2));
				x->n--;
				break;
			}
		}
	}
}

/*
 * Number of particles left unpaired: they cost nothing when missing.  VAN
 * is not counted: it is also the Vietnamese middle name Văn, which a Thị
 * on the other side contradicts.
 */
static int
unmatched_particles(const mname *x, const bool *used)
{
	int			i,
				n = 0;

	for (i = 0; i < x->n; i++)
		if (!used[i] && x->t[i].particle && strcmp(x->t[i].form[0], "VAN") != 0)
			n++;
	return n;
}

/*
 * Join adjacent words on both sides when the two joined forms match (ABD EL
 * NASSER / عبد الناصر), unless the dictionary tells two of their parts
 * apart (عمر فاروق is not AMR FAROUK, although the skeletons agree).
 */
static void
merge_both(mname *a, mname *b)
{
	int			i,
				j;

	for (i = 0; i + 1 < a->n; i++)
	{
		mtok		ca;

		mname_joined(a, i, &ca);
		for (j = 0; j + 1 < b->n; j++)
		{
			mtok		cb;
			double		s;

			/* parts the dictionary tells apart are no compound of one name */
			if (groups_apart(&a->t[i], &b->t[j]) || groups_apart(&a->t[i + 1], &b->t[j + 1]))
				continue;
			mname_joined(b, j, &cb);
			s = tok_sim(&ca, &cb);
			if (s >= 0.9 && s > tok_sim(&a->t[i], &b->t[j]) * tok_sim(&a->t[i + 1], &b->t[j + 1]))
			{
				a->t[i] = ca;
				memmove(&a->t[i + 1], &a->t[i + 2], sizeof(mtok) * (a->n - i - 2));
				a->n--;
				b->t[j] = cb;
				memmove(&b->t[j + 1], &b->t[j + 2], sizeof(mtok) * (b->n - j - 2));
				b->n--;
				return;
			}
		}
	}
}

/* Align and score two prepared names. */
static double
score_names(mname *a, mname *b)
{
	double		sim[NAME_MAX_TOKENS][NAME_MAX_TOKENS];
	bool		ua[NAME_MAX_TOKENS] = {0},
				ub[NAME_MAX_TOKENS] = {0};
	int			i,
				j,
				k = 0,
				contra,
				extra;
	double		score = 1.0;
	bool		solid = false;

	if (a->n == 0 || b->n == 0)
		return (a->n == 0 && b->n == 0) ? 1.0 : 0.0;
	merge_compounds(a, b);
	merge_compounds(b, a);
	merge_both(a, b);
	for (i = 0; i < a->n; i++)
		for (j = 0; j < b->n; j++)
			sim[i][j] = tok_sim(&a->t[i], &b->t[j]);
	for (;;)
	{
		int			bi = -1,
					bj = -1;
		double		bs = PAIR_MIN;

		for (i = 0; i < a->n; i++)
			for (j = 0; j < b->n; j++)
				if (!ua[i] && !ub[j] && sim[i][j] >= bs && (bi < 0 || sim[i][j] > bs))
					bi = i, bj = j, bs = sim[i][j];
		if (bi < 0)
			break;
		ua[bi] = ub[bj] = true;
		score *= bs;
		if (bs > 0.9 && strlen(a->t[bi].form[0]) > 1 && strlen(b->t[bj].form[0]) > 1 &&
			!a->t[bi].particle)
			solid = true;
		k++;
	}
	if (k == 0)
		return 0.0;
	{
		int			ca = a->n - k - unmatched_particles(a, ua),
					cb = b->n - k - unmatched_particles(b, ub);

		contra = ca < cb ? ca : cb;
		extra = (ca > cb ? ca : cb) - contra;
	}
	score *= pow(0.55, contra) * pow(0.93, extra);
	if (k <= 1 && (a->n > 1 || b->n > 1))
		score *= 0.75;
	if (!solid)
		score *= 0.6;
	return score < 0 ? 0 : (score > 1 ? 1 : score);
}

/* The primary spellings joined, to put two names in a canonical order. */
static void
order_key(const name_parsed *p, char *out, size_t outsize)
{
	int			i;
	size_t		o = 0;

	out[0] = '\0';
	for (i = 0; i < p->ntokens && o + NAME_TOKEN_MAX + 2 < outsize; i++)
		o += snprintf(out + o, outsize - o, "%s<", p->tok[i].text);
}

double
name_similarity_parsed(const name_parsed *a, const name_parsed *b)
{
	mname	   *ma = malloc(sizeof(mname)),
			   *mb = malloc(sizeof(mname));
	char		ka[NAME_OUT_MAX + NAME_MAX_TOKENS],
				kb[NAME_OUT_MAX + NAME_MAX_TOKENS];
	double		s = 0;
	int			c;

	if (ma == NULL || mb == NULL)
	{
		free(ma);
		free(mb);
		return 0;
	}
	order_key(a, ka, sizeof(ka));
	order_key(b, kb, sizeof(kb));
	c = strcmp(ka, kb);
	if (c == 0 && a->ntokens > 0)
		s = 1.0;
	else
	{
		mname_build(c < 0 ? a : b, ma);
		mname_build(c < 0 ? b : a, mb);
		s = score_names(ma, mb);
	}
	free(ma);
	free(mb);
	return s;
}

name_status
name_similarity(name_ctx *ctx, const char *a, size_t alen, const char *b,
				size_t blen, double *score, name_failure *fail)
{
	name_parsed *pa = malloc(sizeof(name_parsed)),
			   *pb = malloc(sizeof(name_parsed));
	name_status st = NAME_ERR_NOMEM;

	if (pa && pb)
	{
		st = name_analyze(ctx, a, alen, name_match_alt_opts, name_match_nalt_opts, pa, fail);
		if (st == NAME_OK)
			st = name_analyze(ctx, b, blen, name_match_alt_opts, name_match_nalt_opts, pb, fail);
		if (st == NAME_OK)
			*score = name_similarity_parsed(pa, pb);
	}
	else if (fail)
	{
		fail->status = st;
		snprintf(fail->message, sizeof(fail->message), "out of memory");
	}
	free(pa);
	free(pb);
	return st;
}
