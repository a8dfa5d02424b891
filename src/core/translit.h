/*
 * translit.h - personal names from any script to the Latin MRZ form.
 *
 * The pure-C (+ ICU C API) interface of name transliteration: a name comes
 * in as UTF-8 free text ("Иванов Сергей Петрович", "Müller, Jörg") or in the
 * MRZ name field form ("IVANOV<<SERGEI<PETROVICH"); it goes out as upper case
 * A-Z words, each word with its name part (family / given / unknown) and a
 * few alternative spellings (the other conformant ICAO options and older
 * national tables), which name_variants() and name_similarity() use.
 *
 * ICU transliterators are expensive to open, so they live in a context
 * (name_ctx) that the caller owns and keeps for as long as it likes: the SQL
 * layer keeps one per backend.  The core itself holds no mutable state.
 */
#ifndef TRAVEL_DOCS_TRANSLIT_H
#define TRAVEL_DOCS_TRANSLIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Limits: input bytes, words per name, letters per word. */
#define NAME_MAX_INPUT 2048
#define NAME_MAX_TOKENS 24
#define NAME_TOKEN_MAX 64
#define NAME_MAX_ALTS 10
#define NAME_OUT_MAX (NAME_MAX_TOKENS * NAME_TOKEN_MAX)
#define NAME_MESSAGE_MAX 160

/* Outcome of a transliteration. */
typedef enum name_status
{
	NAME_OK = 0,
	NAME_ERR_UTF8,				/* the input is not valid UTF-8 */
	NAME_ERR_TOO_LONG,			/* more than NAME_MAX_INPUT bytes */
	NAME_ERR_ICU,				/* ICU failed (out of memory, missing data) */
	NAME_ERR_NOMEM				/* the context could not be allocated */
} name_status;

/* Why a transliteration failed, for ereport(). */
typedef struct name_failure
{
	name_status status;
	int			position;		/* 1-based byte offset in the input; 0 if none */
	char		message[NAME_MESSAGE_MAX];
	char		detail[NAME_MESSAGE_MAX];
} name_failure;

/* The script a word was written in (what decides the rules used). */
typedef enum name_script
{
	NAME_SCRIPT_LATIN = 0,
	NAME_SCRIPT_MRZ,			/* A-Z and '<' only: the MRZ name field */
	NAME_SCRIPT_CYRILLIC,
	NAME_SCRIPT_GREEK,
	NAME_SCRIPT_ARABIC,
	NAME_SCRIPT_KHMER,
	NAME_SCRIPT_HAN,
	NAME_SCRIPT_HANGUL,
	NAME_SCRIPT_KANA,
	NAME_SCRIPT_OTHER			/* anything else, through ICU Any-Latin */
} name_script;

/* Which part of the name a word belongs to. */
typedef enum name_part
{
	NAME_PART_UNKNOWN = 0,		/* free text without a comma */
	NAME_PART_FAMILY,			/* MRZ primary identifier, or before a comma */
	NAME_PART_GIVEN				/* MRZ secondary identifier, or after a comma */
} name_part;

/* Cyrillic language, guessed from letters only some languages use. */
typedef enum name_cyr_lang
{
	NAME_CYR_RU = 0,			/* Russian and the base table */
	NAME_CYR_UK,				/* Є Ї Ґ, or І together with И */
	NAME_CYR_BE,				/* Ў, or І without И */
	NAME_CYR_SR,				/* Ђ Ћ Ј Љ Њ Џ */
	NAME_CYR_MK,				/* Ѓ Ќ Ѕ (with Ј Љ Њ Џ) */
	NAME_CYR_BG					/* not guessed; reachable through variants */
} name_cyr_lang;

/*
 * Spelling options (bit flags).  0 is the primary output: the ICAO table
 * with the first option where Doc 9303 offers two (Ä AE, Ü UE, Ñ N), the
 * language exceptions of Table B, Table C for Arabic, ELOT 743 for Greek.
 */
#define NAME_OPT_LATIN_SHORT	0x0001	/* Ä A, Å A, Ö O, Ü U, Ø O: 2nd option */
#define NAME_OPT_LATIN_XX		0x0002	/* Ü UXX, Ñ NXX: the reversible escapes */
#define NAME_OPT_CYR_BGN		0x0004	/* pre-2013 Russian: Й Y Ю YU Я YA, initial Е YE */
#define NAME_OPT_CYR_BASE		0x0008	/* no language exceptions (Г G, И I) */
#define NAME_OPT_CYR_TC			0x0010	/* Ц TC (Russian passports 2010-2013) */
#define NAME_OPT_GREEK_ALT		0x0020	/* phonetic: initial ΜΠ B, ΝΤ D; Χ H; ΑΙ E; Γ(ι,ε) Y */
#define NAME_OPT_SR_DJ			0x0040	/* Ђ and Đ as DJ (Serbian practice) */
#define NAME_OPT_ARABIC_PLAIN	0x0080	/* Table C with the X escapes decoded */
#define NAME_OPT_CYR_UK			0x0100	/* read Cyrillic as Ukrainian (Олег OLEH) */
#define NAME_OPT_KHMER_A		0x0200	/* Khmer second-series inherent vowel as A */
#define NAME_OPT_HAN_WG			0x0400	/* Han in Wade-Giles as in Taiwan (CHOU CHIEHLUN), 李 LEE */
#define NAME_OPT_KO_ALT			0x0800	/* Hangul in customary spellings (SUNG, SOO, YOUNG), 이 YI */
#define NAME_OPT_CYR_DE			0x1000	/* Cyrillic as German texts spell it (TSCHERNYSCHOW) */
#define NAME_OPT_CYR_FR			0x2000	/* Cyrillic as French texts spell it (TCHERNYCHEV) */

/* One word of a name. */
typedef struct name_token
{
	char		text[NAME_TOKEN_MAX];	/* primary spelling, A-Z */
	char		alt[NAME_MAX_ALTS][NAME_TOKEN_MAX]; /* other spellings, "" if none */
	int			nalt;
	uint8_t		script;			/* name_script */
	uint8_t		part;			/* name_part */
	bool		prefix;			/* possibly truncated (full MRZ field) */
	bool		ocr;			/* came from an MRZ form: OCR errors likely */
} name_token;

/* A whole name, as transliterated. */
typedef struct name_parsed
{
	int			ntokens;
	name_token	tok[NAME_MAX_TOKENS];
	uint8_t		script;			/* script of the first non-Latin word, or Latin */
	uint8_t		cyr_lang;		/* name_cyr_lang guessed for Cyrillic words */
	bool		has_parts;		/* family/given known (MRZ '<<' or a comma) */
	bool		mrz_form;		/* the input was an MRZ name field */
} name_parsed;

typedef struct name_ctx name_ctx;

/* Allocate an empty context (ICU objects are opened on first need). */
extern name_ctx *name_ctx_create(void);

/* Close the context's ICU objects and free it; NULL is accepted. */
extern void name_ctx_free(name_ctx *ctx);

/*
 * Transliterate a name.  input need not be NUL-terminated.  On success
 * fills *out (primary spellings, parts, and the alternatives of the option
 * sets in alt_opts, nalt_opts <= NAME_MAX_ALTS) and returns NAME_OK; on
 * failure fills *fail.  Words past NAME_MAX_TOKENS and letters past
 * NAME_TOKEN_MAX - 1 are dropped.
 */
extern name_status name_analyze(name_ctx *ctx, const char *input, size_t len,
								const unsigned *alt_opts, int nalt_opts,
								name_parsed *out, name_failure *fail);

/*
 * name_translit(): the primary MRZ spelling, words joined by one space, in
 * the order given (MRZ form: primary identifier first).  out must hold
 * NAME_OUT_MAX bytes.
 */
extern name_status name_translit(name_ctx *ctx, const char *input, size_t len,
								 char *out, size_t outsize, name_failure *fail);

/*
 * name_variants(): up to maxv distinct plausible MRZ spellings of the whole
 * name (the primary first), each NUL-terminated in a row of vars, which has
 * NAME_OUT_MAX bytes per row.  Returns the status; *nvars gets the count.
 */
extern name_status name_variants(name_ctx *ctx, const char *input, size_t len,
								 char (*vars)[NAME_OUT_MAX], int maxv, int *nvars,
								 name_failure *fail);

/* ---- internal, shared by translit*.c and name_*.c ---- */

/* Append-only ASCII buffer used by the per-script tables. */
typedef struct name_buf
{
	char	   *s;
	int			len;
	int			cap;
} name_buf;

extern void name_buf_put(name_buf *b, const char *str);

/* Per-script word transliterators: cp[0..n) lower-cased code points. */
extern void translit_cyrillic(const int32_t *cp, int n, int lang, unsigned opts,
							  name_buf *out);
extern void translit_greek(const int32_t *cp, int n, unsigned opts, name_buf *out);
/* translit_cyrillic_west.c: NAME_OPT_CYR_DE, else French */
extern void translit_cyrillic_west(const int32_t *cp, int n, unsigned opts,
								   name_buf *out);
extern void translit_arabic(const int32_t *cp, int n, unsigned opts, name_buf *out);
extern void translit_khmer(const int32_t *cp, int n, unsigned opts, name_buf *out);

/* Latin letters of Doc 9303 Table A; NULL when c is not in the table. */
extern const char *translit_latin_table(int32_t c, unsigned opts);

/* Customary Latin spelling of a Korean surname syllable, or NULL. */
extern const char *translit_korean_surname(int32_t c);

/* Second customary spelling of a Korean surname syllable (이 YI), or NULL. */
extern const char *translit_korean_surname_alt(int32_t c);

/* Customary spelling of a run of Hangul syllables; false if one is not. */
extern bool translit_korean_customary(const int32_t *cp, int n, name_buf *out);

/* Append the Wade-Giles spelling of an upper-case pinyin syllable. */
extern void translit_wade_giles(const char *py, name_buf *out);

/* Is cp[0..n) (lower case) a Chinese compound surname of two characters? */
extern bool translit_han_compound_surname(const int32_t *cp, int n);

#endif							/* TRAVEL_DOCS_TRANSLIT_H */
