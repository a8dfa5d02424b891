/*
 * name_fold.c - spelling keys of A-Z words: the variant fold, the Arabic
 * consonant skeleton, Table C escape decoding, and the particle list.
 *
 * The fold is a small rewrite system chosen from the documented sources
 * of variation, applied identically to both sides of a comparison:
 *  - Doc 9303 alternatives: AE/A, OE/O, UE/U, AA/A, UXX/U, NXX/N;
 *  - Cyrillic tables (ICAO 2013, BGN/pre-2013, 2010-2013, German- and
 *    French-style): Й I/Y/J, Ю IU/YU/JU, Я IA/YA/JA, initial Е E/YE,
 *    Ё E/IO/YO, Х KH/H, Щ SHCH/SCH/SHTCH, Ц TS/TC/TZ, Ч CH/TCH/TSCH,
 *    KS/X, V/W, -II/-IY/-IJ/-I, DJ/D (Serbian Ђ);
 *  - Greek and Arabic renderings: PH/F, TH/T, DH/D, GH/G, Q/K, CK/K,
 *    OU/U, OO/U, a final H after a vowel (ABDULLAH/ABDULLA, FATIMAH);
 *  - doubled letters (shadda, Dutch and Scandinavian doubles).
 * Letters the fold keeps apart on purpose: ZH/Z (Жуков, Зуков), SH/S,
 * CH/SH, G/H (Ukrainian H is reached through the Cyrillic alternatives).
 */
#include <stdio.h>
#include <string.h>

#include "core/name_match.h"

/* A rewrite: from -> to, optionally only at the start of a word. */
typedef struct fold_rule
{
	const char *from;
	const char *to;
	bool		initial;
} fold_rule;

/* First pass: MRZ escapes and multi-letter spellings, longest first. */
static const fold_rule fold_rules[] = {
	{"SHTCH", "Q", false}, {"SHCH", "Q", false}, {"TSCH", "CH", false},
	{"SCH", "Q", false}, {"TCH", "CH", false}, {"UXX", "U", false},
	{"NXX", "N", false}, {"KH", "H", false}, {"TS", "C", false},
	{"TC", "C", false}, {"TZ", "C", false}, {"PH", "F", false},
	{"TH", "T", false}, {"DH", "D", false}, {"GH", "G", false},
	{"CK", "K", false}, {"DJ", "D", false}, {"AE", "A", false},
	{"OE", "O", false}, {"UE", "U", false}, {"OU", "U", false},
	{"OO", "U", false}, {"YE", "E", true}, {"JE", "E", true},
	{"IE", "E", true}, {"YO", "E", false}, {"IO", "E", false},
	{"YU", "U", false}, {"IU", "U", false},
	{"X", "KS", false}, {"Q", "K", false}, {"W", "V", false},
	{"Y", "I", false}, {"J", "I", false},
};

/* Apply fold_rules once, left to right, longest rule first at each position. */
static void
fold_pass(const char *s, char *out, size_t outsize)
{
	size_t		o = 0,
				i = 0,
				n = strlen(s);

	while (i < n && o + 3 < outsize)
	{
		size_t		r;
		bool		done = false;

		for (r = 0; r < sizeof(fold_rules) / sizeof(fold_rules[0]); r++)
		{
			const fold_rule *f = &fold_rules[r];
			size_t		fl;

			if (f->from[0] != s[i] || (f->initial && i != 0))
				continue;
			fl = strlen(f->from);
			/*
			 * Ё as IO/YO and Ю as IU/YU/U only after a consonant (keeps
			 * IOANNIS, YOLANDA, YURI; PLIUSHCHENKO/PLUSHCHENKO)
			 */
			if (fl == 2 && (f->from[0] == 'I' || f->from[0] == 'Y') &&
				(f->from[1] == 'O' || f->from[1] == 'U') &&
				(i == 0 || strchr("AEIOUY", s[i - 1])))
				continue;
			if (strncmp(s + i, f->from, fl) == 0)
			{
				size_t		tl = strlen(f->to);

				if (o + tl + 1 >= outsize)
					break;
				memcpy(out + o, f->to, tl);
				o += tl;
				i += fl;
				done = true;
				break;
			}
		}
		if (!done)
		{
			/* C before A O U, a consonant or the end is K (NICOS, MARCO) */
			if (s[i] == 'C' && (s[i + 1] == '\0' || !strchr("EIYH", s[i + 1])))
				out[o++] = 'K', i++;
			else
				out[o++] = s[i++];
		}
	}
	out[o] = '\0';
}

/* Word-final spellings that vary: -ULLAH/-ALLAH/-ELLAH (-ULLA, -ALLA) and -YEH for ة. */
static void
fold_suffix(char *s)
{
	static const char *const allah[] = {"ULLAH", "ALLAH", "ELLAH", "OLLAH", "ULLA", "ALLA", NULL};
	size_t		n = strlen(s);
	int			k;

	for (k = 0; allah[k]; k++)
	{
		size_t		l = strlen(allah[k]);

		if (n > l + 1 && strcmp(s + n - l, allah[k]) == 0)
		{
			strcpy(s + n - l, "ALA");
			return;
		}
	}
	/* ة after ي: HANIYEH / HANIYA, SOMAYEH / SOMAYA (SALEH keeps its ح) */
	if (n > 4 && strcmp(s + n - 2, "EH") == 0 && (s[n - 3] == 'Y' || s[n - 3] == 'I'))
		strcpy(s + n - 2, "A");
}

/* The variant fold of an A-Z word (see the file comment). */
void
name_fold(const char *s, char *out, size_t outsize)
{
	char		tmp[NAME_TOKEN_MAX * 2];
	size_t		i,
				o = 0,
				n;

	fold_pass(s, tmp, sizeof(tmp));
	fold_suffix(tmp);
	n = strlen(tmp);
	/* a final H after a vowel is silent */
	if (n > 2 && tmp[n - 1] == 'H' && strchr("AEIOU", tmp[n - 2]))
		tmp[--n] = '\0';
	for (i = 0; i < n && o + 1 < outsize; i++)
	{
		if (o > 0 && out[o - 1] == tmp[i])
			continue;			/* doubles, including II from -IY/-IJ */
		out[o++] = tmp[i];
	}
	out[o] = '\0';
}

/*
 * Skeleton letter of a Table C escape at s (s[0] == 'X'): sets *k (0 for
 * escapes that stand for vowels or hamza) and returns the letters used; a
 * plain X (not an escape) is K and uses one letter.
 */
static int
skeleton_escape(const char *s, char *k)
{
	static const char *const esc[][2] = {
		{"XKH", "X"}, {"XTH", "T"}, {"XDH", "D"}, {"XSH", "$"}, {"XSS", "S"},
		{"XDZ", "D"}, {"XTT", "T"}, {"XZZ", "Z"}, {"XTA", ""}, {"XAH", ""},
		{"XAY", ""}, {"XAA", ""}, {"XAE", ""}, {"XKK", "K"}, {"XGG", "J"},
		{"XYA", ""}, {"XH", "H"}, {"XE", ""}, {"XI", ""}, {"XC", "$"}, {"XJ", "J"},
	};
	size_t		e;

	for (e = 0; e < sizeof(esc) / sizeof(esc[0]); e++)
		if (strncmp(s, esc[e][0], strlen(esc[e][0])) == 0)
		{
			*k = esc[e][1][0];
			return (int) strlen(esc[e][0]);
		}
	*k = 'K';
	return 1;
}

/* NAME_GAP_* letter of a vowel letter (A E I O U Y W). */
static unsigned
gap_vowel(char c)
{
	static const char letters[] = "AEIOUYW";
	static const unsigned bits[] = {NAME_GAP_A, NAME_GAP_E, NAME_GAP_I, NAME_GAP_O,
	NAME_GAP_U, NAME_GAP_Y, NAME_GAP_W};
	const char *p = strchr(letters, c);

	return p ? bits[p - letters] : 0;
}

/* NAME_GAP_* letter of a Table C escape that has no skeleton letter. */
static unsigned
gap_escape(const char *s)
{
	if (strncmp(s, "XTA", 3) == 0 || strncmp(s, "XAH", 3) == 0)
		return NAME_GAP_TA;
	if (strncmp(s, "XAY", 3) == 0)
		return NAME_GAP_AY;
	if (strncmp(s, "XYA", 3) == 0)
		return NAME_GAP_Y;
	if (strncmp(s, "XAA", 3) == 0)
		return NAME_GAP_A | NAME_GAP_HAMZA;
	if (strncmp(s, "XI", 2) == 0)
		return NAME_GAP_Y | NAME_GAP_HAMZA;	/* ئ: a hamza on a yeh */
	return NAME_GAP_HAMZA;		/* XAE, XE */
}

/* Do two adjacent vowel letters spell a long I or a diphthong (AI EI AY EY EE II IY)? */
static bool
gap_diphthong(char prev, char c)
{
	return (c == 'I' || c == 'Y' || c == 'E') && prev && strchr("AEI", prev) &&
		!(prev == 'A' && c == 'E') && !(c == 'E' && prev != 'E');
}

/*
 * Consonant skeleton of an Arabic name, from a Latin spelling or from its
 * Table C form: KH X, SH/CH $, TH T, DH D, GH G, DJ J, Q/C/K K, G J (the
 * Egyptian G for ج), vowels and W/Y dropped, a final H after a vowel
 * dropped; a letter written twice in a row (shadda) counts once, but the
 * same consonant on both sides of a vowel counts twice (AZIZ ZZ).  Table C
 * escapes map to the same classes (XTH T, XKH X, XSH $, XH H, XE and the
 * other hamza/alif escapes nothing, E for ع nothing).  The dropped letters
 * go to gaps[] (see name_match.h).
 */
int
name_arabic_gaps(const char *s, char *out, size_t outsize, unsigned *gaps, int maxgaps)
{
	size_t		i,
				o = 0,
				n = strlen(s);
	bool		adjacent = false;	/* the last kept letter came just before */
	unsigned	gap = 0;

	for (i = 0; i < n && o + 1 < outsize; i++)
	{
		char		c = s[i],
					nx = (i + 1 < n) ? s[i + 1] : 0,
					k = 0;

		if (c == 'X' && i + 1 < n)
		{
			int			used = skeleton_escape(s + i, &k);

			if (k == 0)
				gap |= gap_escape(s + i);
			i += used - 1;
			if (k == 0)
			{
				adjacent = false;
				continue;
			}
		}
		else if (c == 'K' && nx == 'H')
			k = 'X', i++;
		else if ((c == 'S' || c == 'C') && nx == 'H')
			k = '$', i++;
		else if ((c == 'T' || c == 'D' || c == 'G') && nx == 'H')
			k = (c == 'G') ? 'G' : c, i++;
		else if (c == 'D' && nx == 'J')
			k = 'J', i++;
		else if (c == 'Q' || c == 'C')
			k = 'K';
		else if (c == 'G')
			k = 'J';
		else if (strchr("AEIOUYW", c))
		{
			gap |= gap_vowel(c);
			if (i > 0 && gap_diphthong(s[i - 1], c))
				gap |= NAME_GAP_DIPH;
			adjacent = false;
			continue;
		}
		else if (c == 'H' && i + 1 == n && i > 0 && strchr("AEIOUY", s[i - 1]))
		{
			gap |= NAME_GAP_H;
			continue;
		}
		else
			k = c;
		if (adjacent && o > 0 && out[o - 1] == k)
			continue;
		if (gaps && (int) o < maxgaps)
			gaps[o] = gap;
		gap = 0;
		out[o++] = k;
		adjacent = true;
	}
	if (gaps && (int) o < maxgaps)
		gaps[o] = gap;
	out[o] = '\0';
	return (int) o;
}

/* The consonant skeleton alone (see name_arabic_gaps()). */
void
name_arabic_skeleton(const char *s, char *out, size_t outsize)
{
	name_arabic_gaps(s, out, outsize, NULL, 0);
}

/*
 * Consonant skeleton of a Korean name: Revised Romanization (JEONGEUN,
 * SEOGYEOL) and the customary spellings (JONG UN, SUK YEOL) differ in
 * vowels and in the voicing of K/G, T/D, P/B, L/R, CH/J; both reduce to
 * the same consonants once vowels, Y and W are dropped and those pairs
 * are merged.
 */
void
name_korean_skeleton(const char *s, char *out, size_t outsize)
{
	size_t		i,
				o = 0;

	for (i = 0; s[i] && o + 1 < outsize; i++)
	{
		char		c = s[i];

		if (strchr("AEIOUYW", c))
			continue;
		if (c == 'C' && s[i + 1] == 'H')
			c = 'J', i++;
		else if (c == 'G')
			c = 'K';
		else if (c == 'D')
			c = 'T';
		else if (c == 'B')
			c = 'P';
		else if (c == 'R')
			c = 'L';
		else if (c == 'H' && i > 0 && strchr("KTPJCG", s[i - 1]))
			continue;			/* aspiration right after a stop: KH, TH, PH */
		if (o > 0 && out[o - 1] == c)
			continue;
		out[o++] = c;
	}
	out[o] = '\0';
}

/* Table C escapes and their plain letters. */
static const fold_rule tablec_rules[] = {
	{"XKH", "KH", false}, {"XTH", "TH", false}, {"XDH", "DH", false},
	{"XSH", "SH", false}, {"XSS", "S", false}, {"XDZ", "D", false},
	{"XTT", "T", false}, {"XZZ", "Z", false}, {"XTA", "A", false},
	{"XAH", "A", false}, {"XAY", "A", false}, {"XAA", "A", false},
	{"XAE", "A", false}, {"XKK", "K", false}, {"XGG", "G", false},
	{"XYA", "Y", false}, {"XH", "H", false}, {"XE", "", false},
	{"XI", "I", false}, {"XC", "CH", false}, {"XJ", "ZH", false},
};

/*
 * Does s carry a Table C escape that Latin names do not (XH, XKH, XSH, XTH,
 * XDH, XSS, XDZ, XTT, XZZ, XTA, XAH, XAY)?  ALEXEI and ALEXANDER do not.
 */
bool
name_tablec_detect(const char *s)
{
	static const char *const marks[] = {"XH", "XKH", "XSH", "XTH", "XDH", "XSS",
	"XDZ", "XTT", "XZZ", "XTA", "XAH", "XAY", NULL};
	int			k;

	for (k = 0; marks[k]; k++)
		if (strstr(s, marks[k]))
			return true;
	return false;
}

/* Decode Table C X escapes; false when s has none (then out = s). */
bool
name_tablec_decode(const char *s, char *out, size_t outsize)
{
	size_t		o = 0,
				i = 0,
				n = strlen(s);
	bool		found = false;

	while (i < n && o + 3 < outsize)
	{
		size_t		r;
		bool		done = false;

		if (s[i] == 'X')
			for (r = 0; r < sizeof(tablec_rules) / sizeof(tablec_rules[0]); r++)
			{
				size_t		fl = strlen(tablec_rules[r].from);

				if (strncmp(s + i, tablec_rules[r].from, fl) == 0)
				{
					memcpy(out + o, tablec_rules[r].to, strlen(tablec_rules[r].to));
					o += strlen(tablec_rules[r].to);
					i += fl;
					found = done = true;
					break;
				}
			}
		if (!done)
			out[o++] = s[i++];
	}
	out[o] = '\0';
	return found;
}

/* Particles: articles, patronymic links and nobiliary prefixes. */
static const char *const particles[] = {
	"AL", "EL", "BIN", "IBN", "BEN", "BINT", "BINTI", "BT", "BN",
	"VAN", "VON", "DE", "DER", "DEN", "DI", "DA", "DOS", "DAS", "DEL",
	"DELLA", "LA", "LE", "DU", "ZU", "TER", "TEN", "Y", "E", "OGLU", "KYZY",
	NULL
};

/* Is s one of the particles? */
bool
name_is_particle(const char *s)
{
	int			i;

	for (i = 0; particles[i]; i++)
		if (strcmp(particles[i], s) == 0)
			return true;
	return false;
}
