/*
 * name_match.h - comparing personal names across scripts and spellings.
 *
 * name_similarity() transliterates both names (translit.h), then aligns
 * their words: variant-folded keys (ICAO vs national spellings),
 * dictionaries of common Arabic given-name renderings and of customary
 * spellings of Khmer names, consonant skeletons for Arabic-script words
 * (checked against the long vowels they write), OCR-tolerant edit
 * distance for MRZ input, initials, truncated MRZ components, particles
 * (AL, BIN, VAN, ...) and compounds written with or without spaces.  Unmatched words cost little
 * when only one side has them (a missing middle name) and much when both
 * sides have one (a contradicting given name or patronymic).
 */
#ifndef TRAVEL_DOCS_NAME_MATCH_H
#define TRAVEL_DOCS_NAME_MATCH_H

#include "core/translit.h"

/* The spelling options name_similarity() adds as word alternatives. */
extern const unsigned name_match_alt_opts[];
extern const int name_match_nalt_opts;

/*
 * Similarity in [0, 1] of two names given as UTF-8 (free text or MRZ
 * form); symmetric.  Returns NAME_OK and *score, or a failure (invalid
 * UTF-8 on either side) in *fail.
 */
extern name_status name_similarity(name_ctx *ctx, const char *a, size_t alen,
								   const char *b, size_t blen, double *score,
								   name_failure *fail);

/* The same on names already analysed with name_match_alt_opts. */
extern double name_similarity_parsed(const name_parsed *a, const name_parsed *b);

/*
 * Variant fold of an A-Z word: the key under which the usual
 * transliteration variants coincide (MUELLER/MULLER, SHCHUKIN/SCHUKIN,
 * YURIY/IURII/JURIJ, ZAITSEV/ZAITCEV, YOUSSEF/YUSUF ...).
 */
extern void name_fold(const char *s, char *out, size_t outsize);

/* Consonant skeleton used for Arabic-derived words (vowels dropped). */
extern void name_arabic_skeleton(const char *s, char *out, size_t outsize);

/* Consonant skeleton of a Korean name (RR and customary spellings agree). */
extern void name_korean_skeleton(const char *s, char *out, size_t outsize);

/* Does s carry an unmistakable Table C escape (XH, XKH, XSH, XTA ...)? */
extern bool name_tablec_detect(const char *s);

/* Decode Doc 9303 Table C X escapes (MXHMD -> MHMD); false if none found. */
extern bool name_tablec_decode(const char *s, char *out, size_t outsize);

/*
 * Dictionaries of name spellings: common Arabic names (name_dict.c) and
 * customary Latin spellings of frequent Khmer names (name_dict_khmer.c).
 * A group is one name; group numbers are shared by both dictionaries.
 */
extern int	name_dict_group_latin(const char *latin);
extern int	name_dict_group_arabic(const char *tablec);
extern int	name_dict_group_khmer(const char *romanized);
extern int	name_dict_group(const char *text, bool arabic, bool khmer);
extern bool name_dict_group_is_arabic(int group);
extern const char *name_dict_spelling(int group, int k);

/* Decode a short UTF-8 string (dictionary data) to code points; returns the count. */
extern int	name_dict_utf8_cps(const char *s, int32_t *cp, int max);

/*
 * Row of a table of nrows rows of width strings each (NULL-terminated
 * rows) holding s, or -1: the look-up the dictionaries share.
 */
extern int	name_dict_find_row(const char *const *table, int nrows, int width,
							   const char *s);

/* -1 if the stored look-up keys of the dictionary are right, else a wrong entry. */
extern int	name_dict_check_keys(void);

/* -1 if no Latin spelling belongs to two groups, else the first such group. */
extern int	name_dict_check_unique(void);

/* The Khmer dictionary by entry (name_dict_khmer.c). */
extern int	name_dict_khmer_size(void);
extern int	name_dict_khmer_entry(const char *romanized);
extern int	name_dict_khmer_latin(const char *latin);
extern const char *name_dict_khmer_spelling(int e, int k);

/* Forms of one given name (name_dict_forms.c): Greek, East Slavic; entries from 0. */
extern int	name_dict_forms_size(void);
extern int	name_dict_forms_latin(const char *latin);
extern const char *name_dict_forms_spelling(int e, int k);
extern const char *name_dict_khmer_script(int e, int k);

/*
 * -1 if the stored rule romanizations of the Khmer entries and the sorted
 * index of their Latin spellings are right, else a wrong entry.
 */
extern int	name_dict_khmer_check_keys(void);

/*
 * Arabic long vowels as evidence (name_vowels.c): with equal consonant
 * skeletons, does the Latin spelling lack a long vowel (ا و ي, ة) that
 * the Arabic-script or Table C spelling writes, or end in a vowel the
 * Arabic word does not write (KARIMA for كريم)?
 */
extern bool name_arabic_vowels_contradict(const char *arabic, const char *latin);

/*
 * Consonant skeleton as name_arabic_skeleton(), and in gaps[0..len] the
 * NAME_GAP_* letters seen before each skeleton letter and after the last;
 * returns the skeleton length (gaps past maxgaps are not recorded).
 */
extern int	name_arabic_gaps(const char *s, char *skel, size_t skelsize,
							 unsigned *gaps, int maxgaps);

#define NAME_GAP_A		0x001
#define NAME_GAP_E		0x002
#define NAME_GAP_I		0x004
#define NAME_GAP_O		0x008
#define NAME_GAP_U		0x010
#define NAME_GAP_Y		0x020
#define NAME_GAP_W		0x040
#define NAME_GAP_TA		0x080	/* Table C XTA / XAH: ة */
#define NAME_GAP_AY		0x100	/* Table C XAY: ى */
#define NAME_GAP_HAMZA	0x200	/* Table C XE XAE XAA XI: hamza (XI with Y) */
#define NAME_GAP_H		0x400	/* a silent final H after a vowel */
#define NAME_GAP_DIPH	0x800	/* AI EI AY EY EE II IY: a long I or a diphthong */

/* Is this word a name particle (AL, BIN, VAN, DE, ...)? */
extern bool name_is_particle(const char *s);

#endif							/* TRAVEL_DOCS_NAME_MATCH_H */
