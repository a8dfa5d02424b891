/*
 * translit_tables.c - the fixed transliteration tables: Doc 9303 Part 3
 * Table A (Latin letters with diacritics), Table B (Cyrillic, with the
 * language exceptions), Table C (Arabic), Greek after ELOT 743, and the
 * customary spellings of Korean surnames.  Read-only data and the small
 * word transliterators that walk it; no ICU here.
 *
 * Primary choices (documented in the README):
 *  - Table A: where the Doc gives two options the first is primary
 *    (Ä AE, Å AA, Ö OE, Ü UE, Ñ N); NAME_OPT_LATIN_SHORT gives A, AA->A,
 *    O, U (and Ø O, seen on real documents), NAME_OPT_LATIN_XX gives the
 *    reversible UXX / NXX escapes.  Ə (not in the Doc) is A.
 *  - Table B: base table plus the Doc's language exceptions, except that
 *    Serbian Г stays G (the Serbian Latin alphabet, which Serbian passports
 *    print, writes G; the Doc's H for Serbian reads as a slip) and Һ is H
 *    (the transcribed "C" is a slip as well).  Ь and the apostrophe are
 *    dropped.  Options: BGN (pre-2013 Russian passports), BASE (no language
 *    exceptions), TC (Ц as TC, 2010-2013).
 *  - Table C: consonantal with X escapes; ة is XAH at the end of a word and
 *    XTA elsewhere; shadda doubles; harakat are not written.
 *  - Greek: ELOT 743 as used on Greek passports (ΟΥ OU, ΑΥ/ΕΥ/ΗΥ AV/EV/IV
 *    or AF/EF/IF, ΓΓ NG, ΓΚ GK, ΓΞ NX, ΓΧ NCH, ΜΠ MP, ΝΤ NT, Η I, Υ Y,
 *    Χ CH, Θ TH, Φ F, Ψ PS, Ξ X).
 */
#include <string.h>

#include "core/translit.h"

/* Append a C string to an ASCII buffer (silently stops when full). */
void
name_buf_put(name_buf *b, const char *str)
{
	while (*str && b->len < b->cap - 1)
		b->s[b->len++] = *str++;
	b->s[b->len] = '\0';
}

/* ------------------------------------------------------------------ */
/* Table A */

typedef struct latin_entry
{
	int32_t		cp;				/* lower case */
	const char *primary;
	const char *shortform;		/* NAME_OPT_LATIN_SHORT, NULL = primary */
	const char *xx;				/* NAME_OPT_LATIN_XX, NULL = primary */
} latin_entry;

static const latin_entry latin_table[] = {
	{0x00E4, "AE", "A", NULL},	/* ä */
	{0x00E5, "AA", "A", NULL},	/* å */
	{0x00E6, "AE", NULL, NULL}, /* æ */
	{0x00F6, "OE", "O", NULL},	/* ö */
	{0x00F8, "OE", "O", NULL},	/* ø: Doc OE only; O seen in practice */
	{0x0153, "OE", NULL, NULL}, /* œ */
	{0x00FC, "UE", "U", "UXX"}, /* ü */
	{0x00F1, "N", NULL, "NXX"}, /* ñ */
	{0x00FE, "TH", NULL, NULL}, /* þ */
	{0x00DF, "SS", NULL, NULL}, /* ß (ẞ lower-cases to it) */
	{0x0133, "IJ", NULL, NULL}, /* ĳ */
	{0x00F0, "D", NULL, NULL},	/* ð */
	{0x0111, "D", NULL, NULL},	/* đ (DJ with NAME_OPT_SR_DJ) */
	{0x0142, "L", NULL, NULL},	/* ł */
	{0x0140, "L", NULL, NULL},	/* ŀ */
	{0x0127, "H", NULL, NULL},	/* ħ */
	{0x0167, "T", NULL, NULL},	/* ŧ */
	{0x014B, "N", NULL, NULL},	/* ŋ */
	{0x0131, "I", NULL, NULL},	/* ı */
	{0x0259, "A", NULL, NULL},	/* ə (Azerbaijani practice) */
	{0x0138, "K", NULL, NULL},	/* ĸ */
};

/* Look a lower-case Latin letter up in Table A. */
const char *
translit_latin_table(int32_t c, unsigned opts)
{
	size_t		i;

	if (c == 0x0111 && (opts & NAME_OPT_SR_DJ))
		return "DJ";
	for (i = 0; i < sizeof(latin_table) / sizeof(latin_table[0]); i++)
	{
		const latin_entry *e = &latin_table[i];

		if (e->cp != c)
			continue;
		if ((opts & NAME_OPT_LATIN_XX) && e->xx)
			return e->xx;
		if ((opts & NAME_OPT_LATIN_SHORT) && e->shortform)
			return e->shortform;
		return e->primary;
	}
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Table B */

/* Base Table B for lower-case Cyrillic U+0430..U+045F; NULL = not mapped. */
static const char *const cyr_base[0x30] = {
	/* а б в г д е ж з */
	"A", "B", "V", "G", "D", "E", "ZH", "Z",
	/* и й к л м н о п */
	"I", "I", "K", "L", "M", "N", "O", "P",
	/* р с т у ф х ц ч */
	"R", "S", "T", "U", "F", "KH", "TS", "CH",
	/* ш щ ъ ы ь э ю я */
	"SH", "SHCH", "IE", "Y", "", "E", "IU", "IA",
	/* ѐ ё ђ ѓ є ѕ і ї */
	"E", "E", "D", "G", "IE", "DZ", "I", "I",
	/* ј љ њ ћ ќ ѝ ў џ */
	"J", "LJ", "NJ", "C", "K", "I", "U", "DZ",
};

/* Is c a Cyrillic vowel letter (lower case)? */
static bool
cyr_is_vowel(int32_t c)
{
	static const int32_t v[] = {0x0430, 0x0435, 0x0451, 0x0438, 0x043E, 0x0443,
		0x044B, 0x044D, 0x044E, 0x044F, 0x0456, 0x0457, 0x0454, 0x045E};
	size_t		i;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		if (v[i] == c)
			return true;
	return false;
}

/* Letters outside U+0430..U+045F that names use. */
static const char *
cyr_extra(int32_t c)
{
	switch (c)
	{
		case 0x0491: return "G";	/* ґ */
		case 0x0493: return "G";	/* ғ */
		case 0x046B: return "U";	/* ѫ */
		case 0x0475: return "Y";	/* ѵ */
		case 0x04BB: return "H";	/* һ */
		case 0x049B: return "K";	/* қ */
		case 0x04A3: return "N";	/* ң */
		case 0x04AF: return "U";	/* ү */
		case 0x04B1: return "U";	/* ұ */
		case 0x04D9: return "A";	/* ә */
		case 0x04E9: return "O";	/* ө */
		case 0x04B3: return "H";	/* ҳ */
		case 0x0497: return "ZH";	/* җ */
		default: return NULL;
	}
}

/* The language exceptions of Table B (and BGN) for one letter. */
static const char *
cyr_exception(int32_t c, int lang, unsigned opts, bool initial)
{
	bool		national = !(opts & NAME_OPT_CYR_BASE);

	if (opts & NAME_OPT_CYR_UK)
		lang = NAME_CYR_UK;

	if (national && lang == NAME_CYR_UK)
	{
		switch (c)
		{
			case 0x0433: return "H";	/* г */
			case 0x0438: return "Y";	/* и */
			case 0x0439: return initial ? "Y" : "I";
			case 0x0454: return initial ? "YE" : "IE";
			case 0x0457: return initial ? "YI" : "I";
			case 0x044E: return initial ? "YU" : "IU";
			case 0x044F: return initial ? "YA" : "IA";
		}
	}
	if (national && lang == NAME_CYR_BE)
	{
		if (c == 0x0433) return "H";
		if (c == 0x0451) return "IO";
	}
	if (national && lang == NAME_CYR_SR)
	{
		switch (c)
		{
			case 0x0436: return "Z";
			case 0x0445: return "H";
			case 0x0446: return "C";
			case 0x0447: return "C";
			case 0x0448: return "S";
			case 0x0452: return (opts & NAME_OPT_SR_DJ) ? "DJ" : "D";
			case 0x045B: return "C";
		}
	}
	if (national && lang == NAME_CYR_MK)
	{
		switch (c)
		{
			case 0x0445: return "H";
			case 0x0446: return "C";
			case 0x045C: return "KJ";
			case 0x0453: return "GJ";
			case 0x045F: return "DJ";
		}
	}
	if (national && lang == NAME_CYR_BG)
	{
		if (c == 0x0449) return "SHT";
		if (c == 0x044A) return "A";
	}
	if (opts & NAME_OPT_CYR_BGN)
	{
		switch (c)
		{
			case 0x0439: return "Y";
			case 0x044E: return "YU";
			case 0x044F: return "YA";
			case 0x044A: return "";
			case 0x0451: return initial ? "YO" : "E";
			case 0x0435: return initial ? "YE" : "E";
		}
	}
	if ((opts & NAME_OPT_CYR_TC) && c == 0x0446)
		return "TC";
	return NULL;
}

/* Transliterate one lower-case Cyrillic word. */
void
translit_cyrillic(const int32_t *cp, int n, int lang, unsigned opts, name_buf *out)
{
	int			i;

	for (i = 0; i < n; i++)
	{
		int32_t		c = cp[i];
		bool		initial = (i == 0);
		const char *s;

		/* BGN: Е after a vowel, Ь or Ъ is YE as well */
		if ((opts & NAME_OPT_CYR_BGN) && c == 0x0435 && i > 0 &&
			(cyr_is_vowel(cp[i - 1]) || cp[i - 1] == 0x044C || cp[i - 1] == 0x044A))
			initial = true;
		s = cyr_exception(c, lang, opts, initial);
		if (s == NULL && c >= 0x0430 && c < 0x0460)
			s = cyr_base[c - 0x0430];
		if (s == NULL)
			s = cyr_extra(c);
		if (s == NULL && c >= 'a' && c <= 'z')
		{
			char		one[2] = {(char) (c - 'a' + 'A'), 0};

			name_buf_put(out, one);
			continue;
		}
		if (s)
			name_buf_put(out, s);
	}
}

/* ------------------------------------------------------------------ */
/* Greek, ELOT 743 */

/* Fold accented lower-case Greek to the base letter; report a diaeresis. */
static int32_t
greek_base(int32_t c, bool *diaeresis)
{
	*diaeresis = false;
	switch (c)
	{
		case 0x03AC: return 0x03B1;
		case 0x03AD: return 0x03B5;
		case 0x03AE: return 0x03B7;
		case 0x03AF: return 0x03B9;
		case 0x03CC: return 0x03BF;
		case 0x03CD: return 0x03C5;
		case 0x03CE: return 0x03C9;
		case 0x03C2: return 0x03C3;
		case 0x03CA: *diaeresis = true; return 0x03B9;
		case 0x0390: *diaeresis = true; return 0x03B9;
		case 0x03CB: *diaeresis = true; return 0x03C5;
		case 0x03B0: *diaeresis = true; return 0x03C5;
	}
	return c;
}

/* Single-letter ELOT values for α..ω (U+03B1..U+03C9). */
static const char *const greek_single[25] = {
	"A", "V", "G", "D", "E", "Z", "I", "TH", "I", "K", "L", "M", "N",
	"X", "O", "P", "R", "S", "S", "T", "Y", "F", "CH", "PS", "O"
};

/* Voiceless consonants after which ΑΥ/ΕΥ/ΗΥ are AF/EF/IF. */
static bool
greek_voiceless(int32_t c)
{
	return c == 0x03B8 || c == 0x03BA || c == 0x03BE || c == 0x03C0 ||
		c == 0x03C3 || c == 0x03C4 || c == 0x03C6 || c == 0x03C7 || c == 0x03C8;
}

/* Transliterate one lower-case Greek word. */
void
translit_greek(const int32_t *cp, int n, unsigned opts, name_buf *out)
{
	int32_t		b[NAME_TOKEN_MAX];
	bool		di[NAME_TOKEN_MAX];
	int			i,
				m = n < NAME_TOKEN_MAX ? n : NAME_TOKEN_MAX;

	for (i = 0; i < m; i++)
		b[i] = greek_base(cp[i], &di[i]);
	for (i = 0; i < m; i++)
	{
		int32_t		c = b[i],
					nx = (i + 1 < m) ? b[i + 1] : 0;
		bool		nd = (i + 1 < m) ? di[i + 1] : false;

		if (c < 0x03B1 || c > 0x03C9)
			continue;
		/* ΟΥ -> OU; ΑΥ ΕΥ ΗΥ -> V/F */
		if (nx == 0x03C5 && !nd && (c == 0x03BF || c == 0x03B1 || c == 0x03B5 || c == 0x03B7))
		{
			if (c == 0x03BF)
				name_buf_put(out, "OU");
			else
			{
				int32_t		after = (i + 2 < m) ? b[i + 2] : 0;

				name_buf_put(out, c == 0x03B1 ? "A" : (c == 0x03B5 ? "E" : "I"));
				name_buf_put(out, (after == 0 || greek_voiceless(after)) ? "F" : "V");
			}
			i++;
			continue;
		}
		if (c == 0x03B3 && (nx == 0x03B3 || nx == 0x03BE || nx == 0x03C7))
		{
			name_buf_put(out, "N");		/* ΓΓ NG, ΓΞ NX, ΓΧ NCH */
			continue;
		}
		if (c == 0x03BC && nx == 0x03C0 && i == 0 && (opts & NAME_OPT_GREEK_ALT))
		{
			name_buf_put(out, "B");
			i++;
			continue;
		}
		if (c == 0x03BD && nx == 0x03C4 && i == 0 && (opts & NAME_OPT_GREEK_ALT))
		{
			name_buf_put(out, "D");
			i++;
			continue;
		}
		/* phonetic spellings: ΑΙ E (EKATERINI), Γ before Ι/Ε/Η Y (YIANNIS) */
		if ((opts & NAME_OPT_GREEK_ALT) && c == 0x03B1 && nx == 0x03B9 && !nd)
		{
			name_buf_put(out, "E");
			i++;
			continue;
		}
		if ((opts & NAME_OPT_GREEK_ALT) && c == 0x03B3 &&
			(nx == 0x03B9 || nx == 0x03B5 || nx == 0x03B7))
		{
			name_buf_put(out, "Y");
			continue;
		}
		if ((opts & NAME_OPT_GREEK_ALT) && c == 0x03C7)
			name_buf_put(out, "H");
		else
			name_buf_put(out, greek_single[c - 0x03B1]);
	}
}

/* ------------------------------------------------------------------ */
/* Table C */

typedef struct arabic_entry
{
	int32_t		cp;
	const char *icao;			/* Table C */
	const char *plain;			/* with the X escapes decoded */
} arabic_entry;

static const arabic_entry arabic_table[] = {
	{0x0621, "XE", ""}, {0x0622, "XAA", "A"}, {0x0623, "XAE", "A"},
	{0x0624, "U", "U"}, {0x0625, "I", "I"}, {0x0626, "XI", "I"},
	{0x0627, "A", "A"}, {0x0628, "B", "B"}, {0x0629, "XTA", "A"},
	{0x062A, "T", "T"}, {0x062B, "XTH", "TH"}, {0x062C, "J", "J"},
	{0x062D, "XH", "H"}, {0x062E, "XKH", "KH"}, {0x062F, "D", "D"},
	{0x0630, "XDH", "DH"}, {0x0631, "R", "R"}, {0x0632, "Z", "Z"},
	{0x0633, "S", "S"}, {0x0634, "XSH", "SH"}, {0x0635, "XSS", "S"},
	{0x0636, "XDZ", "D"}, {0x0637, "XTT", "T"}, {0x0638, "XZZ", "Z"},
	{0x0639, "E", "A"}, {0x063A, "G", "GH"}, {0x0641, "F", "F"},
	{0x0642, "Q", "Q"}, {0x0643, "K", "K"}, {0x0644, "L", "L"},
	{0x0645, "M", "M"}, {0x0646, "N", "N"}, {0x0647, "H", "H"},
	{0x0648, "W", "W"}, {0x0649, "XAY", "A"}, {0x064A, "Y", "Y"},
	{0x0671, "XXA", "A"}, {0x067E, "P", "P"}, {0x0686, "XC", "CH"},
	{0x0698, "XJ", "ZH"}, {0x06A9, "XKK", "K"}, {0x06AF, "XGG", "G"},
	{0x06CC, "XYA", "Y"}, {0x06BE, "XDO", "H"}, {0x06C1, "XXG", "H"},
	{0x0679, "XXT", "T"}, {0x0688, "XXD", "D"}, {0x0691, "XXR", "R"},
	{0x06BA, "XNN", "N"}, {0x06D2, "XYB", "E"},
};

/* Table C entry of one Arabic letter, or NULL (harakat, tatweel, others). */
static const arabic_entry *
arabic_lookup(int32_t c)
{
	size_t		i;

	for (i = 0; i < sizeof(arabic_table) / sizeof(arabic_table[0]); i++)
		if (arabic_table[i].cp == c)
			return &arabic_table[i];
	return NULL;
}

/* Transliterate one Arabic-script word with Table C (or its plain form). */
void
translit_arabic(const int32_t *cp, int n, unsigned opts, name_buf *out)
{
	int			i;
	const char *last = NULL;
	bool		plain = (opts & NAME_OPT_ARABIC_PLAIN) != 0;

	for (i = 0; i < n; i++)
	{
		const arabic_entry *e;

		if (cp[i] == 0x0651)	/* shadda: double the previous letter */
		{
			if (last)
				name_buf_put(out, last);
			continue;
		}
		e = arabic_lookup(cp[i]);
		if (e == NULL)
			continue;
		if (e->cp == 0x0629 && !plain)
		{
			int			j = i + 1;

			/* ة at the end of the word (ignoring harakat) is XAH */
			while (j < n && arabic_lookup(cp[j]) == NULL)
				j++;
			last = (j >= n) ? "XAH" : "XTA";
		}
		else
			last = plain ? e->plain : e->icao;
		name_buf_put(out, last);
	}
}

/* ------------------------------------------------------------------ */
/* Korean surnames and Chinese compound surnames */

typedef struct korean_surname
{
	int32_t		cp;
	const char *latin;
	const char *alt;			/* a second customary spelling, or NULL */
} korean_surname;

/*
 * The customary passport spellings of frequent Korean surnames, and the
 * second one where it is common (이 LEE or YI, 정 JUNG or CHUNG).
 */
static const korean_surname korean_surnames[] = {
	{0xAE40, "KIM", NULL}, {0xC774, "LEE", "YI"}, {0xBC15, "PARK", "PAK"},
	{0xCD5C, "CHOI", "CHOE"}, {0xC815, "JUNG", "CHUNG"}, {0xAC15, "KANG", NULL},
	{0xC870, "CHO", "JO"}, {0xC724, "YOON", "YUN"}, {0xC7A5, "JANG", "CHANG"},
	{0xC784, "LIM", "IM"}, {0xD55C, "HAN", NULL}, {0xC624, "OH", "O"},
	{0xC11C, "SEO", "SUH"}, {0xC2E0, "SHIN", "SIN"}, {0xAD8C, "KWON", NULL},
	{0xD669, "HWANG", NULL}, {0xC548, "AHN", "AN"}, {0xC1A1, "SONG", NULL},
	{0xB958, "RYU", "YU"}, {0xC720, "YOO", "YU"}, {0xD64D, "HONG", NULL},
	{0xC804, "JEON", "CHUN"}, {0xACE0, "KO", NULL}, {0xBB38, "MOON", "MUN"},
	{0xC591, "YANG", NULL}, {0xC190, "SON", "SOHN"}, {0xBC30, "BAE", "PAE"},
	{0xBC31, "BAEK", "PAIK"}, {0xD5C8, "HEO", "HUH"}, {0xB178, "NOH", "ROH"},
	{0xB0A8, "NAM", NULL}, {0xC2EC, "SIM", NULL}, {0xD558, "HA", NULL},
	{0xACFD, "KWAK", NULL}, {0xC131, "SUNG", "SEONG"}, {0xCC28, "CHA", NULL},
	{0xC8FC, "JOO", "JU"}, {0xC6B0, "WOO", NULL}, {0xAD6C, "KOO", "KU"},
	{0xBBFC, "MIN", NULL}, {0xB098, "NA", NULL}, {0xC9C4, "JIN", "CHIN"},
	{0xC9C0, "JI", NULL}, {0xC5C4, "UM", NULL}, {0xCC44, "CHAE", NULL},
	{0xC6D0, "WON", NULL}, {0xCC9C, "CHUN", "CHEON"}, {0xBC29, "BANG", NULL},
	{0xACF5, "KONG", NULL}, {0xD604, "HYUN", "HYEON"}, {0xD568, "HAM", NULL},
	{0xBCC0, "BYUN", "BYEON"}, {0xC5FC, "YEOM", NULL}, {0xC5EC, "YEO", NULL},
	{0xCD94, "CHOO", NULL}, {0xB3C4, "DO", NULL}, {0xC18C, "SO", NULL},
	{0xC11D, "SEOK", "SUK"}, {0xC120, "SUN", NULL}, {0xC124, "SEOL", NULL},
	{0xB9C8, "MA", NULL}, {0xAE38, "KIL", "GIL"}, {0xC5F0, "YEON", NULL},
	{0xC704, "WI", NULL}, {0xD45C, "PYO", NULL}, {0xBA85, "MYUNG", NULL},
	{0xAE30, "KI", NULL}, {0xBC18, "BAN", NULL}, {0xC655, "WANG", NULL},
	{0xAE08, "KEUM", "GEUM"}, {0xC625, "OK", NULL}, {0xC721, "YUK", NULL},
	{0xC778, "IN", NULL}, {0xBAA8, "MO", NULL}, {0xD0C1, "TAK", NULL},
	{0xAD6D, "KUK", NULL},
};

/* The entry of a Korean surname syllable, or NULL. */
static const korean_surname *
korean_surname_entry(int32_t c)
{
	size_t		i;

	for (i = 0; i < sizeof(korean_surnames) / sizeof(korean_surnames[0]); i++)
		if (korean_surnames[i].cp == c)
			return &korean_surnames[i];
	return NULL;
}

/* Customary spelling of a Korean surname syllable, or NULL. */
const char *
translit_korean_surname(int32_t c)
{
	const korean_surname *k = korean_surname_entry(c);

	return k ? k->latin : NULL;
}

/* Second customary spelling of a Korean surname syllable, or NULL. */
const char *
translit_korean_surname_alt(int32_t c)
{
	const korean_surname *k = korean_surname_entry(c);

	return k ? k->alt : NULL;
}

/* Chinese two-character surnames, simplified and traditional. */
static const int32_t han_compound[][2] = {
	{0x6B27, 0x9633}, {0x6B50, 0x967D},	/* 欧阳 歐陽 */
	{0x53F8, 0x9A6C}, {0x53F8, 0x99AC},	/* 司马 司馬 */
	{0x8BF8, 0x845B}, {0x8AF8, 0x845B},	/* 诸葛 諸葛 */
	{0x4E0A, 0x5B98},					/* 上官 */
	{0x4E1C, 0x65B9}, {0x6771, 0x65B9},	/* 东方 東方 */
	{0x7687, 0x752B},					/* 皇甫 */
	{0x516C, 0x5B59}, {0x516C, 0x5B6B},	/* 公孙 公孫 */
	{0x6155, 0x5BB9},					/* 慕容 */
	{0x4EE4, 0x72D0},					/* 令狐 */
	{0x590F, 0x4FAF},					/* 夏侯 */
	{0x957F, 0x5B59}, {0x9577, 0x5B6B},	/* 长孙 長孫 */
	{0x5B87, 0x6587},					/* 宇文 */
	{0x53F8, 0x5F92},					/* 司徒 */
	{0x7AEF, 0x6728},					/* 端木 */
};

/* Does the Han run cp[0..n) start with a compound surname? */
bool
translit_han_compound_surname(const int32_t *cp, int n)
{
	size_t		i;

	if (n < 3)
		return false;
	for (i = 0; i < sizeof(han_compound) / sizeof(han_compound[0]); i++)
		if (cp[0] == han_compound[i][0] && cp[1] == han_compound[i][1])
			return true;
	return false;
}
