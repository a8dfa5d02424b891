/*
 * translit.c - name transliteration: the driver.
 *
 * Validates the UTF-8 input, applies NFKC, recognises the MRZ name field
 * form (IVANOV<<SERGEI<PETROVICH), splits free text into words (a comma
 * separates the family name from the given names), and sends every run of
 * one script to its rules: Doc 9303 Table A for Latin (then NFD mark
 * stripping, then ICU Latin-ASCII for what the table does not list), the
 * tables of translit_tables.c for Cyrillic, Greek and Arabic,
 * translit_khmer.c for Khmer, and ICU transforms for Han (Han-Latin/Names
 * for the surname), Hangul (with customary surname spellings), kana and
 * every other script (Any-Latin; Latin-ASCII).
 *
 * ICU transliterators are opened on first use and kept in the caller's
 * name_ctx, never in a global: the core stays free of mutable state and
 * the SQL layer decides the context's lifetime (one per backend).
 */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "core/translit.h"

/* The ICU transforms a context may open. */
enum
{
	TR_ANY_LATIN = 0,			/* Any-Latin; Latin-ASCII */
	TR_LATIN_ASCII,				/* Latin-ASCII */
	TR_HAN_NAMES,				/* Han-Latin/Names; Latin-ASCII */
	TR_HAN,						/* Han-Latin; Latin-ASCII */
	TR_COUNT
};

static const char *const tr_ids[TR_COUNT] = {
	"Any-Latin; Latin-ASCII",
	"Latin-ASCII",
	"Han-Latin/Names; NFD",
	"Han-Latin; NFD",
};

struct name_ctx
{
	UTransliterator *tr[TR_COUNT];
};

/* One word of the input before transliteration. */
typedef struct word
{
	int			start;			/* offset in the code point array */
	int			len;
	uint8_t		part;
	uint8_t		script;
	bool		prefix;
	bool		ocr;
	uint8_t		han_role;		/* 0, 1 = surname, 2 = given name */
	bool		glue;			/* continues the previous word in another script */
} word;

/* Working state of one analysis. */
typedef struct analysis
{
	int32_t		cp[NAME_MAX_INPUT];
	int			ncp;
	word		w[NAME_MAX_TOKENS];
	int			nw;
	int			cyr_lang;
} analysis;

/* ------------------------------------------------------------------ */

name_ctx *
name_ctx_create(void)
{
	return calloc(1, sizeof(name_ctx));
}

void
name_ctx_free(name_ctx *ctx)
{
	int			i;

	if (ctx == NULL)
		return;
	for (i = 0; i < TR_COUNT; i++)
		if (ctx->tr[i])
			utrans_close(ctx->tr[i]);
	free(ctx);
}

/* The context's transliterator `which`, opened on first use; NULL on failure. */
static UTransliterator *
ctx_trans(name_ctx *ctx, int which)
{
	if (ctx->tr[which] == NULL)
	{
		UErrorCode	status = U_ZERO_ERROR;
		UChar		id[64];
		int32_t		idlen = 0;

		u_strFromUTF8(id, 64, &idlen, tr_ids[which], -1, &status);
		if (U_FAILURE(status))
			return NULL;
		ctx->tr[which] = utrans_openU(id, idlen, UTRANS_FORWARD, NULL, 0,
									  NULL, &status);
		if (U_FAILURE(status))
		{
			ctx->tr[which] = NULL;
			return NULL;
		}
	}
	return ctx->tr[which];
}

/* Fill *fail and return its status. */
static name_status
fail_with(name_failure *fail, name_status st, int pos, const char *msg,
		  const char *detail)
{
	if (fail)
	{
		fail->status = st;
		fail->position = pos;
		snprintf(fail->message, sizeof(fail->message), "%s", msg);
		snprintf(fail->detail, sizeof(fail->detail), "%s", detail ? detail : "");
	}
	return st;
}

/*
 * Offset of the first byte that breaks UTF-8 well-formedness (overlongs,
 * surrogates and code points above U+10FFFF included), or -1 if none.
 */
static int
utf8_invalid_at(const unsigned char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		unsigned char c = s[i];
		int			n;
		uint32_t	cp;
		size_t		k;

		if (c < 0x80)
		{
			if (c == 0)
				return (int) i;
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			n = 1, cp = c & 0x1F;
		else if (c >= 0xE0 && c <= 0xEF)
			n = 2, cp = c & 0x0F;
		else if (c >= 0xF0 && c <= 0xF4)
			n = 3, cp = c & 0x07;
		else
			return (int) i;
		for (k = 1; k <= (size_t) n; k++)
		{
			if (i + k >= len || (s[i + k] & 0xC0) != 0x80)
				return (int) i;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
			(cp >= 0xD800 && cp <= 0xDFFF))
			return (int) i;
		i += n + 1;
	}
	return -1;
}

/* ------------------------------------------------------------------ */
/* Script classification */

/* The script class of one code point; -1 for non-letters (separators). */
static int
classify(int32_t c)
{
	UErrorCode	st = U_ZERO_ERROR;
	UScriptCode sc;

	if (!u_isalpha(c) && !(u_charType(c) == U_NON_SPACING_MARK) &&
		!(u_charType(c) == U_COMBINING_SPACING_MARK))
		return -1;
	sc = uscript_getScript(c, &st);
	switch (sc)
	{
		case USCRIPT_LATIN: return NAME_SCRIPT_LATIN;
		case USCRIPT_CYRILLIC: return NAME_SCRIPT_CYRILLIC;
		case USCRIPT_GREEK: return NAME_SCRIPT_GREEK;
		case USCRIPT_ARABIC: return NAME_SCRIPT_ARABIC;
		case USCRIPT_KHMER: return NAME_SCRIPT_KHMER;
		case USCRIPT_HAN: return NAME_SCRIPT_HAN;
		case USCRIPT_HANGUL: return NAME_SCRIPT_HANGUL;
		case USCRIPT_HIRAGANA:
		case USCRIPT_KATAKANA: return NAME_SCRIPT_KANA;
		case USCRIPT_INHERITED:
		case USCRIPT_COMMON: return -2;	/* marks: belong to the current run */
		default: return NAME_SCRIPT_OTHER;
	}
}

/* Guess the Cyrillic language of a whole name from its letters. */
static int
guess_cyr_lang(const int32_t *cp, int n)
{
	bool		i_dec = false,
				i_ru = false,
				uk = false,
				be = false,
				sr = false,
				mk = false,
				uk_sk = false;
	int			k;

	for (k = 0; k < n; k++)
	{
		int32_t		c = u_tolower(cp[k]);

		if (c == 0x0454 || c == 0x0457 || c == 0x0491)
			uk = true;
		else if (c == 0x0456)
			i_dec = true;
		else if (c == 0x044B || c == 0x044D || c == 0x0451 || c == 0x044A)
			i_ru = true;		/* ы э ё ъ: not Ukrainian */
		else if (c == 0x045E)
			be = true;
		else if (c == 0x044C && k > 0 && k + 1 < n && u_tolower(cp[k + 1]) == 0x043A &&
				 (u_tolower(cp[k - 1]) == 0x0441 || u_tolower(cp[k - 1]) == 0x0446))
			uk_sk = true;		/* -ський, -цький: Ukrainian adjectival surnames */
		else if (c == 0x0453 || c == 0x045C || c == 0x0455)
			mk = true;
		else if (c == 0x0452 || c == 0x045B || c == 0x0458 || c == 0x0459 ||
				 c == 0x045A || c == 0x045F)
			sr = true;
	}
	if (mk)
		return NAME_CYR_MK;
	if (sr)
		return NAME_CYR_SR;
	if (uk)
		return NAME_CYR_UK;
	if (be)
		return NAME_CYR_BE;
	if (uk_sk && !i_ru)
		return NAME_CYR_UK;
	if (i_dec)
	{
		/* і with и: Ukrainian; і with ы э ё (and no и): Belarusian */
		for (k = 0; k < n; k++)
			if (u_tolower(cp[k]) == 0x0438)
				return NAME_CYR_UK;
		return i_ru ? NAME_CYR_BE : NAME_CYR_UK;
	}
	return NAME_CYR_RU;
}

/* ------------------------------------------------------------------ */
/* Per-script conversion of one run */

/*
 * Keep the A-Z letters of an ICU result (upper-cased) in out.  For pinyin
 * in NFD, u + diaeresis (ü) is written YU, as PRC passports do (LYU, NYU).
 */
static void
put_ascii_letters(const UChar *u, int32_t n, name_buf *out)
{
	int32_t		i;

	for (i = 0; i < n; i++)
	{
		UChar		c = u[i];
		char		one[2] = {0, 0};

		if ((c == 'u' || c == 'U') && i + 1 < n && u[i + 1] == 0x0308)
		{
			name_buf_put(out, "YU");
			continue;
		}

		if (c >= 'a' && c <= 'z')
			c = c - 'a' + 'A';
		if (c >= 'A' && c <= 'Z')
		{
			one[0] = (char) c;
			name_buf_put(out, one);
		}
	}
}

/* Run cp[0..n) through ICU transform `which`; false if ICU failed. */
static bool
icu_run(name_ctx *ctx, int which, const int32_t *cp, int n, name_buf *out)
{
	UTransliterator *tr = ctx_trans(ctx, which);
	UChar		buf[NAME_TOKEN_MAX * 16];
	int32_t		ulen = 0,
				limit;
	UErrorCode	st = U_ZERO_ERROR;
	int			i;

	if (tr == NULL)
		return false;
	for (i = 0; i < n && ulen < (int32_t) (sizeof(buf) / sizeof(UChar)) / 4; i++)
		U16_APPEND_UNSAFE(buf, ulen, cp[i]);
	limit = ulen;
	utrans_transUChars(tr, buf, &ulen, (int32_t) (sizeof(buf) / sizeof(UChar)),
					   0, &limit, &st);
	if (U_FAILURE(st))
		return false;
	put_ascii_letters(buf, ulen, out);
	return true;
}

/*
 * One Han character (role 1: of a surname) in pinyin, or with
 * NAME_OPT_HAN_WG in Wade-Giles, the surname 李 as LEE as Taiwan prints it.
 */
static bool
han_syllable(name_ctx *ctx, int32_t c, int role, unsigned opts, name_buf *out)
{
	char		py[32];
	name_buf	b = {py, 0, sizeof(py)};

	if (!(opts & NAME_OPT_HAN_WG))
		return icu_run(ctx, role == 1 ? TR_HAN_NAMES : TR_HAN, &c, 1, out);
	py[0] = '\0';
	if (!icu_run(ctx, role == 1 ? TR_HAN_NAMES : TR_HAN, &c, 1, &b))
		return false;
	if (role == 1 && strcmp(py, "LI") == 0)
		name_buf_put(out, "LEE");
	else
		translit_wade_giles(py, out);
	return true;
}

/*
 * A Hangul word: a surname (role 1) in its customary spelling, a given name
 * in Revised Romanization; with NAME_OPT_KO_ALT the second customary
 * surname spelling and customary given-name syllables (translit_korean.c).
 */
static bool
hangul_word(name_ctx *ctx, const int32_t *cp, int n, int role, unsigned opts,
			name_buf *out)
{
	const char *s = NULL;

	if (role == 1 && n == 1 && (opts & NAME_OPT_KO_ALT))
		s = translit_korean_surname_alt(cp[0]);
	if (s == NULL && role == 1 && n == 1)
		s = translit_korean_surname(cp[0]);
	if (s != NULL)
	{
		name_buf_put(out, s);
		return true;
	}
	if ((opts & NAME_OPT_KO_ALT) && translit_korean_customary(cp, n, out))
		return true;
	return icu_run(ctx, TR_ANY_LATIN, cp, n, out);
}

/* One Latin letter: Table A, else NFD base letter, else ICU Latin-ASCII. */
static bool
latin_letter(name_ctx *ctx, int32_t c, unsigned opts, name_buf *out)
{
	int32_t		lc = u_tolower(c);
	const char *t;
	UErrorCode	st = U_ZERO_ERROR;
	const UNormalizer2 *nfd;
	UChar		dec[8];
	int32_t		dlen;

	if (lc >= 'a' && lc <= 'z')
	{
		char		one[2] = {(char) (lc - 'a' + 'A'), 0};

		name_buf_put(out, one);
		return true;
	}
	if (u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_COMBINING_SPACING_MARK)
		return true;			/* a stray combining mark: dropped */
	t = translit_latin_table(lc, opts);
	if (t)
	{
		name_buf_put(out, t);
		return true;
	}
	nfd = unorm2_getNFDInstance(&st);
	if (U_SUCCESS(st))
	{
		dlen = unorm2_getDecomposition(nfd, lc, dec, 8, &st);
		if (U_SUCCESS(st) && dlen > 0 && dec[0] < 0x80)
		{
			put_ascii_letters(dec, 1, out);
			return true;
		}
	}
	return icu_run(ctx, TR_LATIN_ASCII, &lc, 1, out);
}

/* Japanese passports drop long vowels: OU, OO, UU, EI stay single. */
static void
kana_hepburn(name_buf *b, int from)
{
	int			i,
				j = from;

	for (i = from; i < b->len; i++)
	{
		char		c = b->s[i];

		if (j > from && ((c == 'U' && (b->s[j - 1] == 'O' || b->s[j - 1] == 'U')) ||
						 (c == 'O' && b->s[j - 1] == 'O')))
			continue;
		b->s[j++] = c;
	}
	b->len = j;
	b->s[j] = '\0';
}

/* Convert one word (one script) under opts; false when ICU failed. */
static bool
convert_run(name_ctx *ctx, const analysis *a, const word *w, unsigned opts,
			name_buf *out)
{
	int32_t		lc[NAME_MAX_INPUT];
	const int32_t *cp = a->cp + w->start;
	int			i,
				n = w->len,
				from = out->len;

	for (i = 0; i < n; i++)
		lc[i] = u_tolower(cp[i]);
	switch (w->script)
	{
		case NAME_SCRIPT_LATIN:
		case NAME_SCRIPT_MRZ:
			for (i = 0; i < n; i++)
				if (!latin_letter(ctx, cp[i], opts, out))
					return false;
			return true;
		case NAME_SCRIPT_CYRILLIC:
			if (opts & (NAME_OPT_CYR_DE | NAME_OPT_CYR_FR))
				translit_cyrillic_west(lc, n, opts, out);
			else
				translit_cyrillic(lc, n, a->cyr_lang, opts, out);
			return true;
		case NAME_SCRIPT_GREEK:
			translit_greek(lc, n, opts, out);
			return true;
		case NAME_SCRIPT_ARABIC:
			translit_arabic(lc, n, opts, out);
			return true;
		case NAME_SCRIPT_KHMER:
			translit_khmer(lc, n, opts, out);
			return true;
		case NAME_SCRIPT_HAN:
			for (i = 0; i < n; i++)
				if (!han_syllable(ctx, cp[i], w->han_role, opts, out))
					return false;
			return true;
		case NAME_SCRIPT_HANGUL:
			return hangul_word(ctx, cp, n, w->han_role, opts, out);
		case NAME_SCRIPT_KANA:
			if (!icu_run(ctx, TR_ANY_LATIN, cp, n, out))
				return false;
			kana_hepburn(out, from);
			return true;
		default:
			return icu_run(ctx, TR_ANY_LATIN, cp, n, out);
	}
}

/* Map the digits OCR puts into MRZ names back to the letters they stand for. */
static int32_t
ocr_digit(int32_t c)
{
	switch (c)
	{
		case '0': return 'O';
		case '1': return 'I';
		case '2': return 'Z';
		case '4': return 'A';
		case '5': return 'S';
		case '6': return 'G';
		case '8': return 'B';
		default: return 0;
	}
}

/* ------------------------------------------------------------------ */
/* Segmentation */

/* Add a word (ignored when the name already has NAME_MAX_TOKENS words). */
static void
add_word(analysis *a, int start, int len, int part, int script, bool ocr)
{
	word	   *w;

	if (len <= 0 || a->nw >= NAME_MAX_TOKENS)
		return;
	w = &a->w[a->nw++];
	memset(w, 0, sizeof(*w));
	w->start = start;
	w->len = len;
	w->part = (uint8_t) part;
	w->script = (uint8_t) script;
	w->ocr = ocr;
}

/* Is cp[0..n) an MRZ name field: A-Z, digits (OCR) and at least one '<'? */
static bool
is_mrz_form(const int32_t *cp, int n)
{
	int			i;
	bool		filler = false;

	for (i = 0; i < n; i++)
	{
		if (cp[i] == '<')
			filler = true;
		else if (!((cp[i] >= 'A' && cp[i] <= 'Z') || (cp[i] >= '0' && cp[i] <= '9')))
			return false;
	}
	return filler;
}

/* Split an MRZ name field: primary '<<' secondary, components by '<'. */
static void
split_mrz(analysis *a, int from, int n, name_parsed *out)
{
	int32_t    *cp = a->cp + from;
	int			i,
				end = n,
				part = NAME_PART_FAMILY,
				start = -1;
	bool		full = (n == 30 || n == 31 || n == 39) && cp[n - 1] != '<';

	while (end > 0 && cp[end - 1] == '<')
		end--;
	for (i = 0; i < end; i++)
		if (cp[i] >= '0' && cp[i] <= '9')
			cp[i] = ocr_digit(cp[i]) ? ocr_digit(cp[i]) : '<';
	for (i = 0; i <= end; i++)
	{
		if (i < end && cp[i] != '<')
		{
			if (start < 0)
				start = i;
			continue;
		}
		if (start >= 0)
			add_word(a, from + start, i - start, part, NAME_SCRIPT_MRZ, true);
		start = -1;
		if (i + 1 < end && cp[i] == '<' && cp[i + 1] == '<' && part == NAME_PART_FAMILY)
		{
			part = NAME_PART_GIVEN;
			i++;
		}
	}
	/* a full field may have any component cut (Doc 9303 Part 3 4.6) */
	for (i = 0; full && i < a->nw; i++)
		a->w[i].prefix = true;
	out->has_parts = true;
	out->mrz_form = true;
}

/* Is c an apostrophe-like mark that joins the letters around it? */
static bool
is_apostrophe(int32_t c)
{
	return c == 0x27 || c == 0x2019 || c == 0x2018 || c == 0x02BC ||
		c == 0x02BB || c == 0x0060 || c == 0x00B4 || c == 0x02B9;
}

/* Split a Han or Hangul word into surname and given name. */
static void
split_cjk(analysis *a, int wi, bool first_word)
{
	word	   *w = &a->w[wi];
	int			fam;

	if (w->script != NAME_SCRIPT_HAN && w->script != NAME_SCRIPT_HANGUL)
		return;
	if (w->len == 1)
	{
		if (first_word && a->nw > 1)
			w->han_role = 1;
		return;
	}
	if (w->len > 4 || a->nw >= NAME_MAX_TOKENS)
		return;
	fam = (w->script == NAME_SCRIPT_HAN &&
		   translit_han_compound_surname(a->cp + w->start, w->len)) ? 2 : 1;
	memmove(&a->w[wi + 1], &a->w[wi], sizeof(word) * (a->nw - wi));
	a->nw++;
	a->w[wi].len = fam;
	a->w[wi].han_role = 1;
	a->w[wi].part = NAME_PART_FAMILY;
	a->w[wi + 1].start += fam;
	a->w[wi + 1].len -= fam;
	a->w[wi + 1].han_role = 2;
	a->w[wi + 1].part = NAME_PART_GIVEN;
}

/* Split free text into words of one script each; a comma ends the family part. */
static void
split_free(analysis *a, int from, int n, name_parsed *out)
{
	int			i,
				start = -1,
				script = -1,
				k;
	bool		comma = false,
				glue_next = false;
	int32_t    *cp = a->cp;
	int			wr = from;		/* write position: apostrophes are squeezed out */

	for (i = from; i <= from + n; i++)
	{
		int32_t		c = (i < from + n) ? cp[i] : ' ';
		int			cls = (i < from + n) ? classify(c) : -1;

		if (i < from + n && is_apostrophe(c) && start >= 0)
			continue;
		if (cls == -2 && start >= 0)
			cls = script;
		if (cls < 0 || (start >= 0 && cls != script))
		{
			if (start >= 0)
			{
				add_word(a, start, wr - start, comma ? NAME_PART_GIVEN : NAME_PART_UNKNOWN,
						 script, false);
				if (glue_next && a->nw > 1)
					a->w[a->nw - 1].glue = true;
				glue_next = (cls >= 0);
			}
			else
				glue_next = false;
			start = -1;
			if (c == ',' && !comma && a->nw > 0)
			{
				comma = true;
				for (k = 0; k < a->nw; k++)
					a->w[k].part = NAME_PART_FAMILY;
				out->has_parts = true;
			}
			if (cls < 0)
				continue;
		}
		if (start < 0)
		{
			start = wr;
			script = cls;
		}
		cp[wr++] = c;
	}
	for (k = 0; k < a->nw && k < NAME_MAX_TOKENS; k++)
	{
		int			before = a->nw;

		split_cjk(a, k, k == 0);
		if (a->nw > before)
		{
			out->has_parts = true;
			k++;
		}
	}
}

/* ------------------------------------------------------------------ */
/* The public entry points */

/* Decode, normalise and segment the input into a->w; fills out's flags. */
static name_status
prepare(const char *input, size_t len, analysis *a, name_parsed *out,
		name_failure *fail)
{
	UChar		u16[NAME_MAX_INPUT + 1],
				nf[NAME_MAX_INPUT * 2];
	int32_t		u16len = 0,
				nflen,
				i = 0;
	UErrorCode	st = U_ZERO_ERROR;
	const UNormalizer2 *nfkc;
	int			bad,
				from,
				to;

	memset(out, 0, sizeof(*out));
	a->nw = 0;
	a->ncp = 0;
	if (len > NAME_MAX_INPUT)
		return fail_with(fail, NAME_ERR_TOO_LONG, 0, "name is too long",
						 "A name may have at most 2048 bytes.");
	bad = utf8_invalid_at((const unsigned char *) input, len);
	if (bad >= 0)
	{
		char		msg[NAME_MESSAGE_MAX],
					det[NAME_MESSAGE_MAX];

		snprintf(msg, sizeof(msg), "invalid UTF-8 in name at byte %d", bad + 1);
		snprintf(det, sizeof(det), "Byte 0x%02x starts an invalid or incomplete UTF-8 sequence.",
				 (unsigned char) input[bad]);
		return fail_with(fail, NAME_ERR_UTF8, bad + 1, msg, det);
	}
	u_strFromUTF8(u16, NAME_MAX_INPUT + 1, &u16len, input, (int32_t) len, &st);
	nfkc = unorm2_getNFKCInstance(&st);
	if (U_FAILURE(st))
		return fail_with(fail, NAME_ERR_ICU, 0, "could not normalize name", u_errorName(st));
	nflen = unorm2_normalize(nfkc, u16, u16len, nf, NAME_MAX_INPUT * 2, &st);
	if (st == U_BUFFER_OVERFLOW_ERROR)
		return fail_with(fail, NAME_ERR_TOO_LONG, 0, "name is too long",
						 "The name is too long after NFKC normalization.");
	if (U_FAILURE(st))
		return fail_with(fail, NAME_ERR_ICU, 0, "could not normalize name", u_errorName(st));
	while (i < nflen && a->ncp < NAME_MAX_INPUT)
	{
		UChar32		c;

		U16_NEXT(nf, i, nflen, c);
		a->cp[a->ncp++] = c;
	}
	from = 0;
	to = a->ncp;
	while (from < to && u_isUWhiteSpace(a->cp[from]))
		from++;
	while (to > from && u_isUWhiteSpace(a->cp[to - 1]))
		to--;
	if (is_mrz_form(a->cp + from, to - from))
		split_mrz(a, from, to - from, out);
	else
		split_free(a, from, to - from, out);
	a->cyr_lang = guess_cyr_lang(a->cp + from, to - from);
	return NAME_OK;
}

/* Can any option of opts change a word of this script? */
static bool
opts_apply(unsigned opts, int script)
{
	switch (script)
	{
		case NAME_SCRIPT_LATIN:
			return (opts & (NAME_OPT_LATIN_SHORT | NAME_OPT_LATIN_XX | NAME_OPT_SR_DJ)) != 0;
		case NAME_SCRIPT_CYRILLIC:
			return (opts & (NAME_OPT_CYR_BGN | NAME_OPT_CYR_BASE | NAME_OPT_CYR_TC |
							NAME_OPT_CYR_UK | NAME_OPT_SR_DJ | NAME_OPT_CYR_DE |
							NAME_OPT_CYR_FR)) != 0;
		case NAME_SCRIPT_GREEK:
			return (opts & NAME_OPT_GREEK_ALT) != 0;
		case NAME_SCRIPT_ARABIC:
			return (opts & NAME_OPT_ARABIC_PLAIN) != 0;
		case NAME_SCRIPT_KHMER:
			return (opts & NAME_OPT_KHMER_A) != 0;
		case NAME_SCRIPT_HAN:
			return (opts & NAME_OPT_HAN_WG) != 0;
		case NAME_SCRIPT_HANGUL:
			return (opts & NAME_OPT_KO_ALT) != 0;
		default:
			return false;		/* MRZ words and ICU scripts have no options */
	}
}

/* Add s as an alternative of t unless it is empty or already there. */
static void
add_alt(name_token *t, const char *s)
{
	int			k;

	if (s[0] == '\0' || strcmp(s, t->text) == 0)
		return;
	for (k = 0; k < t->nalt; k++)
		if (strcmp(s, t->alt[k]) == 0)
			return;
	if (t->nalt < NAME_MAX_ALTS)
		snprintf(t->alt[t->nalt++], NAME_TOKEN_MAX, "%s", s);
}

name_status
name_analyze(name_ctx *ctx, const char *input, size_t len,
			 const unsigned *alt_opts, int nalt_opts,
			 name_parsed *out, name_failure *fail)
{
	analysis   *a = malloc(sizeof(analysis));
	name_status st;
	int			i,
				k;

	if (a == NULL)
		return fail_with(fail, NAME_ERR_NOMEM, 0, "out of memory", NULL);
	st = prepare(input, len, a, out, fail);
	for (i = 0; st == NAME_OK && i < a->nw; i++)
	{
		name_token *t = &out->tok[out->ntokens];
		name_buf	b = {t->text, 0, NAME_TOKEN_MAX};

		if (a->w[i].glue && out->ntokens > 0)
		{
			/* another script inside one word: append to the previous word */
			name_token *prev = &out->tok[out->ntokens - 1];
			name_buf	pb = {prev->text, (int) strlen(prev->text), NAME_TOKEN_MAX};

			if (!convert_run(ctx, a, &a->w[i], 0, &pb))
				st = fail_with(fail, NAME_ERR_ICU, 0, "could not transliterate name",
							   "An ICU transliterator could not be opened or run.");
			continue;
		}
		memset(t, 0, sizeof(*t));
		if (!convert_run(ctx, a, &a->w[i], 0, &b))
			st = fail_with(fail, NAME_ERR_ICU, 0, "could not transliterate name",
						   "An ICU transliterator could not be opened or run.");
		if (st != NAME_OK || b.len == 0)
			continue;
		t->script = a->w[i].script;
		t->part = a->w[i].part;
		t->prefix = a->w[i].prefix;
		t->ocr = a->w[i].ocr;
		for (k = 0; k < nalt_opts && k < NAME_MAX_ALTS; k++)
		{
			char		alt[NAME_TOKEN_MAX];
			name_buf	ab = {alt, 0, NAME_TOKEN_MAX};

			alt[0] = '\0';
			if (!opts_apply(alt_opts[k], a->w[i].script))
				continue;
			if (convert_run(ctx, a, &a->w[i], alt_opts[k], &ab))
				add_alt(t, alt);
		}
		if (out->script == NAME_SCRIPT_LATIN && t->script != NAME_SCRIPT_MRZ)
			out->script = t->script;
		out->ntokens++;
	}
	if (out->script == NAME_SCRIPT_LATIN && out->mrz_form)
		out->script = NAME_SCRIPT_MRZ;
	out->cyr_lang = (uint8_t) a->cyr_lang;
	free(a);
	return st;
}

name_status
name_translit(name_ctx *ctx, const char *input, size_t len,
			  char *out, size_t outsize, name_failure *fail)
{
	name_parsed *p = malloc(sizeof(name_parsed));
	name_status st;
	size_t		o = 0;
	int			i;

	if (p == NULL)
		return fail_with(fail, NAME_ERR_NOMEM, 0, "out of memory", NULL);
	st = name_analyze(ctx, input, len, NULL, 0, p, fail);
	if (outsize > 0)
		out[0] = '\0';
	for (i = 0; st == NAME_OK && i < p->ntokens; i++)
	{
		size_t		l = strlen(p->tok[i].text);

		if (o + l + 2 > outsize)
			break;
		if (o > 0)
			out[o++] = ' ';
		memcpy(out + o, p->tok[i].text, l);
		o += l;
		out[o] = '\0';
	}
	free(p);
	return st;
}
