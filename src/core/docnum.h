/*
 * docnum.h - document numbers: normalisation, the OCR-weighted distance and
 * the deletion signatures the fuzzy index stores.
 *
 * Pure C (no postgres.h, no allocation): callers hand in buffers whose sizes
 * are given next to each function.
 *
 * Normalisation: ASCII letters are upper-cased; space, '-', '/', '.' and '<'
 * are dropped; every other byte is kept as it is.
 *
 * Symbols: the distance works on characters.  With utf8 = true a valid UTF-8
 * sequence is one symbol (its code point); any other byte is a symbol of its
 * own, so arbitrary bytes are always handled.
 *
 * Distance: restricted Damerau-Levenshtein (optimal string alignment):
 * insert, delete, substitute, swap two adjacent characters, each costing 1,
 * except that a substitution inside one OCR confusion class costs 0.5
 * (DOCNUM_OCR_WEIGHT).  The classes (docnum_fold maps each to its first
 * member):
 *
 *		0 O Q D		1 I L		2 Z		4 A		5 S		6 G		7 T		8 B
 *
 * Internally costs are integers in half-edits ("units"): a plain edit is 2
 * units, an OCR substitution 1 unit, so every distance is a multiple of 0.5.
 *
 * Signatures: a key is folded (each symbol to its class representative) and
 * every distinct string obtained by deleting at most k symbols is hashed.
 * Because an OCR substitution costs > 0 but is free after folding and every
 * other edit costs a full unit pair, two strings at weighted distance <= d
 * have folded OSA distance <= floor(d), hence share a signature when
 * floor(d) <= k: the filter never loses a match.  Keys longer than
 * DOCNUM_SIG_MAXLEN symbols get the single signature DOCNUM_LONG_SIGNATURE.
 */
#ifndef TRAVEL_DOCS_DOCNUM_H
#define TRAVEL_DOCS_DOCNUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define DOCNUM_OCR_WEIGHT 0.5
#define DOCNUM_UNITS_PER_EDIT 2		/* units of a plain edit */
#define DOCNUM_OCR_UNITS 1			/* units of an OCR substitution */
#define DOCNUM_BEYOND UINT32_MAX	/* "more than the bound" */

#define DOCNUM_MAX_K 2				/* deletions a signature set covers */
#define DOCNUM_SIG_MAXLEN 32		/* longer keys share one signature */
#define DOCNUM_LONG_SIGNATURE 0x4c4f4e47u
/* variants of a probe of DOCNUM_SIG_MAXLEN + 2 symbols, plus the long one */
#define DOCNUM_MAX_SIGNATURES 600

/* Normalise len bytes of in into out (room for len bytes); returns length. */
extern size_t docnum_normalize(const char *in, size_t len, char *out);

/* Split len bytes into symbols (out has room for len); returns the count. */
extern size_t docnum_symbols(const char *in, size_t len, bool utf8,
							 uint32_t *out);

/* The OCR class representative of a symbol (itself if in no class). */
extern uint32_t docnum_fold(uint32_t sym);

/* Cost in units of substituting a by b (0, DOCNUM_OCR_UNITS or 2). */
extern uint32_t docnum_sub_units(uint32_t a, uint32_t b);

/*
 * Weighted OSA distance in units, or DOCNUM_BEYOND when it exceeds
 * max_units.  work needs 3 * (nb + 1) elements.  Time O(na * min(nb, band))
 * with band = max_units / 2.
 */
extern uint32_t docnum_distance_units(const uint32_t *a, size_t na,
									  const uint32_t *b, size_t nb,
									  uint32_t max_units, uint32_t *work);

/* The unbounded distance in units (no early exit). */
extern uint32_t docnum_distance_full(const uint32_t *a, size_t na,
									 const uint32_t *b, size_t nb,
									 uint32_t *work);

/* Stable 32-bit hash of a symbol string. */
extern uint32_t docnum_hash(const uint32_t *syms, size_t n);

/*
 * Signatures of a stored key of n symbols (not yet folded) for k <= 2
 * deletions: sorted, distinct, at most DOCNUM_MAX_SIGNATURES; returns count.
 */
extern size_t docnum_key_signatures(const uint32_t *syms, size_t n, int k,
									uint32_t *out);

/*
 * Signatures to probe for a query string of n symbols searched within k
 * folded edits: sorted, distinct, at most DOCNUM_MAX_SIGNATURES.
 */
extern size_t docnum_probe_signatures(const uint32_t *syms, size_t n, int k,
									  uint32_t *out);

/*
 * Fence key of a stored or probed key: its folded symbols in an
 * order-preserving, prefix-free byte code (a symbol below 0x80 in one byte,
 * below 0x4000 in two, below 0x400000 in three; a larger one ends the key),
 * cut or zero-padded to DOCNUM_FENCE_BYTES.  If the folded symbol strings
 * compare a <= b (lexicographically, a prefix first), then
 * memcmp(fence(a), fence(b)) <= 0, and keys equal after folding have equal
 * fences.  The fuzzy index keeps the fence of each KEY page's first key, so
 * an exact probe goes straight to the pages that can hold it.
 */
#define DOCNUM_FENCE_BYTES 16
extern void docnum_fence_key(const uint32_t *syms, size_t n, uint8_t *out);

#endif							/* TRAVEL_DOCS_DOCNUM_H */
