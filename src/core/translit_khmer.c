/*
 * translit_khmer.c - Khmer personal names to Latin letters.
 *
 * ICU has no Khmer transform, so this is a rule set of our own, based on
 * the UNGEGN / BGN-PCGN 1972 system (the Service Géographique Khmère
 * table) with its diacritics dropped, which is close to the spellings
 * Cambodian documents carry (SOK, CHEA, SOPHEAP, HUN SEN).
 *
 * A word is split into units: a base consonant or independent vowel, its
 * subscript consonants (COENG + consonant), a register shifter, dependent
 * vowel signs, NIKAHIT / REAHMUK, and the silencing sign.  Each consonant
 * belongs to the first (a) or second (o) series; the series, possibly
 * changed by MUUSIKATOAN / TRIISAP, picks the value of the vowel.  A unit
 * without a vowel sign either closes the previous syllable (final
 * consonant) or opens a syllable with the inherent vowel (A / O):
 * after a vowelled syllable an odd run of bare units starts with a final,
 * the rest pair up as onset + final; a leftover bare unit is an open
 * syllable.  Customary spellings that no rule gives (NORODOM for នរោត្តម)
 * are out of reach: name_similarity() compares Khmer-derived words through
 * a vowel-class fold instead.
 */
#include <string.h>

#include "core/translit.h"

#define KH_FIRST 0x1780
#define KH_LAST_CONS 0x17A2

/* Initial value, final value, series (1 or 2) of U+1780..U+17A2. */
typedef struct kh_cons
{
	const char *initial;
	const char *final;
	int			series;
} kh_cons;

static const kh_cons kh_consonants[KH_LAST_CONS - KH_FIRST + 1] = {
	{"K", "K", 1}, {"KH", "K", 1}, {"K", "K", 2}, {"KH", "K", 2},	/* ក ខ គ ឃ */
	{"NG", "NG", 2}, {"CH", "CH", 1}, {"CHH", "CH", 1}, {"CH", "CH", 2},	/* ង ច ឆ ជ */
	{"CHH", "CH", 2}, {"NH", "NH", 2}, {"D", "T", 1}, {"TH", "T", 1},	/* ឈ ញ ដ ឋ */
	{"D", "T", 2}, {"TH", "T", 2}, {"N", "N", 1}, {"T", "T", 1},	/* ឌ ឍ ណ ត */
	{"TH", "T", 1}, {"T", "T", 2}, {"TH", "T", 2}, {"N", "N", 2},	/* ថ ទ ធ ន */
	{"B", "P", 1}, {"PH", "P", 1}, {"P", "P", 2}, {"PH", "P", 2},	/* ប ផ ព ភ */
	{"M", "M", 2}, {"Y", "Y", 2}, {"R", "R", 2}, {"L", "L", 2},	/* ម យ រ ល */
	{"V", "V", 2}, {"S", "S", 1}, {"S", "S", 1}, {"S", "S", 1},	/* វ ឝ ឞ ស */
	{"H", "H", 1}, {"L", "L", 1}, {"", "", 1},	/* ហ ឡ អ */
};

/* Independent vowels U+17A3..U+17B3. */
static const char *const kh_independent[17] = {
	"A", "A", "E", "EI", "O", "O", "OU", "OV", "REU", "REU", "LEU", "LEU",
	"AE", "AI", "AO", "AO", "AU"
};

/* Dependent vowels U+17B6..U+17C5 by series: {first, second}. */
static const char *const kh_vowels[16][2] = {
	{"A", "EA"},				/* ា */
	{"E", "I"},					/* ិ */
	{"EI", "I"},				/* ី */
	{"E", "I"},					/* ឹ */
	{"EU", "EU"},				/* ឺ */
	{"O", "U"},					/* ុ */
	{"OU", "OU"},				/* ូ */
	{"UO", "UO"},				/* ួ */
	{"AE", "EU"},				/* ើ */
	{"OEA", "OEA"},				/* ឿ */
	{"IE", "IE"},				/* ៀ */
	{"E", "E"},					/* េ */
	{"E", "E"},					/* ែ */
	{"AI", "EY"},				/* ៃ */
	{"AO", "OU"},				/* ោ */
	{"AU", "OU"},				/* ៅ */
};

#define KH_MAX_UNITS 32
#define KH_MAX_SUBS 3

/* One orthographic unit of a Khmer word. */
typedef struct kh_unit
{
	int32_t		base;
	int32_t		subs[KH_MAX_SUBS];
	int			nsubs;
	int			series;
	int32_t		vowel;			/* dependent vowel sign, 0 if none */
	bool		nikahit;
	bool		reahmuk;
	bool		silent;
	bool		robat;
	bool		shifted1;		/* MUUSIKATOAN: ប៉ is read p */
} kh_unit;

/* Is c a Khmer consonant? */
static bool
kh_is_cons(int32_t c)
{
	return c >= KH_FIRST && c <= KH_LAST_CONS;
}

/* Is c one of the second-series sonorants ង ញ ន ម យ រ ល វ? */
static bool
kh_sonorant(int32_t c)
{
	return c == 0x1784 || c == 0x1789 || c == 0x1793 || c == 0x1798 ||
		c == 0x1799 || c == 0x179A || c == 0x179B || c == 0x179C;
}

/* Does the unit carry a vowel of its own (so it is not a bare consonant)? */
static bool
kh_vowelled(const kh_unit *u)
{
	return u->vowel || u->nikahit || u->reahmuk || !kh_is_cons(u->base);
}

/* Split a word into units; returns their number. */
static int
kh_units(const int32_t *cp, int n, kh_unit *u)
{
	int			nu = 0,
				i;

	for (i = 0; i < n; i++)
	{
		int32_t		c = cp[i];
		kh_unit    *cur = nu > 0 ? &u[nu - 1] : NULL;

		if (c == 0x17D2 && i + 1 < n && kh_is_cons(cp[i + 1]))
		{
			if (cur && cur->nsubs < KH_MAX_SUBS)
			{
				/* a second-series sonorant over a first-series subscript reads first series */
				if (cur->nsubs == 0 && kh_sonorant(cur->base) &&
					kh_consonants[cp[i + 1] - KH_FIRST].series == 1)
					cur->series = 1;
				cur->subs[cur->nsubs++] = cp[i + 1];
			}
			i++;
		}
		else if ((kh_is_cons(c) || (c >= 0x17A3 && c <= 0x17B3)) && nu < KH_MAX_UNITS)
		{
			memset(&u[nu], 0, sizeof(kh_unit));
			u[nu].base = c;
			u[nu].series = kh_is_cons(c) ? kh_consonants[c - KH_FIRST].series : 1;
			nu++;
		}
		else if (cur == NULL)
			continue;
		else if (c >= 0x17B6 && c <= 0x17C5 && cur->vowel == 0)
			cur->vowel = c;
		else if (c == 0x17C6)
			cur->nikahit = true;
		else if (c == 0x17C7 || c == 0x17C8)
			cur->reahmuk = true;
		else if (c == 0x17C9)
		{
			cur->series = 1;
			cur->shifted1 = true;
		}
		else if (c == 0x17CA)
			cur->series = 2;
		else if (c == 0x17CD)
			cur->silent = true;
		else if (c == 0x17CC)
			cur->robat = true;
	}
	return nu;
}

/* Emit a unit's onset: base consonant plus subscripts. */
static void
kh_onset(const kh_unit *u, name_buf *out)
{
	int			k;

	if (!kh_is_cons(u->base))
	{
		name_buf_put(out, kh_independent[u->base - 0x17A3]);
		return;
	}
	/* ប before a subscript is read p (ប្រាក់ PRAK) */
	if (u->base == 0x1794 && (u->nsubs > 0 || u->shifted1))
		name_buf_put(out, "P");
	else
		name_buf_put(out, kh_consonants[u->base - KH_FIRST].initial);
	for (k = 0; k < u->nsubs; k++)
		name_buf_put(out, kh_consonants[u->subs[k] - KH_FIRST].initial);
	if (u->robat)
		name_buf_put(out, "R");
}

/*
 * Emit the vowel of a unit (inherent when it has none); at_end: the word
 * ends with this open syllable (final ៀ is written EA: ទៀ TEA).
 */
static void
kh_vowel(const kh_unit *u, bool at_end, unsigned opts, name_buf *out)
{
	int			s = u->series == 2 ? 1 : 0;

	if (!kh_is_cons(u->base))
		return;
	if (u->vowel)
	{
		int			v = u->vowel - 0x17B6;

		if (u->nikahit && u->vowel == 0x17B6)
			name_buf_put(out, s ? "EAM" : "AM");
		else if (u->nikahit && u->vowel == 0x17BB)
			name_buf_put(out, s ? "UM" : "OM");
		else if (u->vowel == 0x17C0 && at_end && !u->reahmuk)
			name_buf_put(out, "EA");
		else
		{
			name_buf_put(out, kh_vowels[v][s]);
			if (u->nikahit)
				name_buf_put(out, "M");
		}
	}
	else if (u->nikahit)
		name_buf_put(out, s ? "UM" : "AM");
	else
		name_buf_put(out, (s && !(opts & NAME_OPT_KHMER_A)) ? "O" : "A");
	if (u->reahmuk)
		name_buf_put(out, "H");
}

/*
 * Emit a bare unit as a final consonant (subscripts of a final are
 * silent).  A final វ after ៀ ិ ី is written U (ខៀវ KHIEU), after េ ែ O
 * (កែវ KEO), as customary spellings do.
 */
static void
kh_final(const kh_unit *u, int32_t prev_vowel, name_buf *out)
{
	if (!kh_is_cons(u->base) || u->silent)
		return;
	if (u->base == 0x179C && (prev_vowel == 0x17C0 || prev_vowel == 0x17B7 || prev_vowel == 0x17B8))
		name_buf_put(out, "U");
	else if (u->base == 0x179C && (prev_vowel == 0x17C1 || prev_vowel == 0x17C2))
		name_buf_put(out, "O");
	else
		name_buf_put(out, kh_consonants[u->base - KH_FIRST].final);
}

/* Transliterate one Khmer word. */
void
translit_khmer(const int32_t *cp, int n, unsigned opts, name_buf *out)
{
	kh_unit		u[KH_MAX_UNITS];
	int			nu = kh_units(cp, n, u);
	int			i = 0;
	bool		after_vowel = false;
	int32_t		last_vowel = 0;

	while (i < nu)
	{
		int			k = 0;

		if (u[i].silent)
		{
			i++;
			continue;
		}
		if (kh_vowelled(&u[i]))
		{
			kh_onset(&u[i], out);
			kh_vowel(&u[i], i + 1 == nu, opts, out);
			after_vowel = true;
			last_vowel = u[i].vowel;
			i++;
			continue;
		}
		/* a run of k bare units */
		while (i + k < nu && !kh_vowelled(&u[i + k]) && !u[i + k].silent)
			k++;
		if (after_vowel && (k % 2 == 1 || i + k < nu))
		{
			kh_final(&u[i], last_vowel, out);
			i++;
			k--;
		}
		while (k >= 2)
		{
			kh_onset(&u[i], out);
			kh_vowel(&u[i], false, opts, out);
			kh_final(&u[i + 1], 0, out);
			i += 2;
			k -= 2;
		}
		if (k == 1)
		{
			kh_onset(&u[i], out);
			kh_vowel(&u[i], false, opts, out);
			i++;
		}
		after_vowel = false;
	}
}
