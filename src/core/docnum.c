/*
 * docnum.c - document-number normalisation, OCR-weighted restricted
 * Damerau-Levenshtein distance and the deletion signatures of the fuzzy
 * index.  See docnum.h for the definitions.
 */
#include "core/docnum.h"

#include <stdlib.h>
#include <string.h>

#define DOCNUM_INF (UINT32_MAX / 4)

/* Bytes dropped by normalisation. */
static bool
is_separator(unsigned char c)
{
	return c == ' ' || c == '-' || c == '/' || c == '.' || c == '<';
}

/* Normalise: upper-case ASCII letters, drop separators, keep the rest. */
size_t
docnum_normalize(const char *in, size_t len, char *out)
{
	size_t		n = 0;

	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) in[i];

		if (is_separator(c))
			continue;
		if (c >= 'a' && c <= 'z')
			c = (unsigned char) (c - 'a' + 'A');
		out[n++] = (char) c;
	}
	return n;
}

/* Length of the valid UTF-8 sequence at s (avail bytes), 0 if invalid. */
static size_t
utf8_sequence(const unsigned char *s, size_t avail, uint32_t *cp)
{
	size_t		len;
	uint32_t	v;

	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		len = 2, v = s[0] & 0x1F;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		len = 3, v = s[0] & 0x0F;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		len = 4, v = s[0] & 0x07;
	else
		return 0;
	if (len > avail)
		return 0;
	for (size_t i = 1; i < len; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && v < 0x800) || (len == 4 && (v < 0x10000 || v > 0x10FFFF)))
		return 0;
	*cp = v;
	return len;
}

/* Split bytes into symbols: UTF-8 code points if utf8, else single bytes. */
size_t
docnum_symbols(const char *in, size_t len, bool utf8, uint32_t *out)
{
	const unsigned char *s = (const unsigned char *) in;
	size_t		n = 0;
	size_t		i = 0;

	while (i < len)
	{
		uint32_t	cp;
		size_t		step = 0;

		if (utf8 && s[i] >= 0x80)
			step = utf8_sequence(s + i, len - i, &cp);
		if (step == 0)
		{
			cp = s[i];
			step = 1;
		}
		out[n++] = cp;
		i += step;
	}
	return n;
}

/*
 * OCR confusion classes, each mapped to its first member (the digit):
 * 0 O Q D, 1 I L, 2 Z, 4 A, 5 S, 6 G, 7 T, 8 B.  Only upper-case ASCII
 * appears: symbols are folded after normalisation.  Zero means "itself".
 */
static const unsigned char ocr_fold[128] = {
	['O'] = '0', ['Q'] = '0', ['D'] = '0',
	['I'] = '1', ['L'] = '1',
	['Z'] = '2',
	['A'] = '4',
	['S'] = '5',
	['G'] = '6',
	['T'] = '7',
	['B'] = '8',
};

/* Class representative of a symbol, or the symbol itself. */
uint32_t
docnum_fold(uint32_t sym)
{
	if (sym < 128 && ocr_fold[sym] != 0)
		return ocr_fold[sym];
	return sym;
}

/* Code of one folded symbol into out (room for 3); its length, 0 if none. */
static size_t
fence_code(uint32_t s, uint8_t *out)
{
	if (s < 0x80)
	{
		out[0] = (uint8_t) s;
		return 1;
	}
	if (s < 0x4000)
	{
		out[0] = (uint8_t) (0x80 | (s >> 8));
		out[1] = (uint8_t) s;
		return 2;
	}
	if (s < 0x400000)
	{
		out[0] = (uint8_t) (0xC0 | (s >> 16));
		out[1] = (uint8_t) (s >> 8);
		out[2] = (uint8_t) s;
		return 3;
	}
	return 0;
}

/* Fence key: folded symbols coded in order, cut or zero-padded. */
void
docnum_fence_key(const uint32_t *syms, size_t n, uint8_t *out)
{
	size_t		len = 0;

	memset(out, 0, DOCNUM_FENCE_BYTES);
	for (size_t i = 0; i < n && len < DOCNUM_FENCE_BYTES; i++)
	{
		uint8_t		code[3];
		size_t		c = fence_code(docnum_fold(syms[i]), code);

		if (c == 0)
		{
			/* beyond the code: every such symbol sorts last and alike */
			memset(out + len, 0xFF, DOCNUM_FENCE_BYTES - len);
			return;
		}
		for (size_t j = 0; j < c && len < DOCNUM_FENCE_BYTES; j++)
			out[len++] = code[j];
	}
}

/* Units of substituting a by b. */
uint32_t
docnum_sub_units(uint32_t a, uint32_t b)
{
	if (a == b)
		return 0;
	if (docnum_fold(a) == docnum_fold(b))
		return DOCNUM_OCR_UNITS;
	return DOCNUM_UNITS_PER_EDIT;
}

static inline uint32_t
min2(uint32_t x, uint32_t y)
{
	return x < y ? x : y;
}

/* One cell of the OSA recurrence at (i, j), both >= 1. */
static inline uint32_t
osa_cell(const uint32_t *a, const uint32_t *b, size_t i, size_t j,
		 const uint32_t *prev2, const uint32_t *prev, const uint32_t *cur)
{
	uint32_t	v;

	v = min2(prev[j] + DOCNUM_UNITS_PER_EDIT, cur[j - 1] + DOCNUM_UNITS_PER_EDIT);
	v = min2(v, prev[j - 1] + docnum_sub_units(a[i - 1], b[j - 1]));
	if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
		v = min2(v, prev2[j - 2] + DOCNUM_UNITS_PER_EDIT);
	return v;
}

/*
 * Fill row i inside the band [lo, hi], marking the neighbours outside it as
 * unreachable; returns the row minimum.
 */
static uint32_t
osa_row(const uint32_t *a, const uint32_t *b, size_t nb, size_t i,
		size_t lo, size_t hi, const uint32_t *prev2, const uint32_t *prev,
		uint32_t *cur)
{
	uint32_t	rowmin = DOCNUM_INF;

	if (lo > 0)
		cur[lo - 1] = DOCNUM_INF;
	if (hi < nb)
		cur[hi + 1] = DOCNUM_INF;
	for (size_t j = lo; j <= hi; j++)
	{
		cur[j] = (j == 0) ? (uint32_t) (i * DOCNUM_UNITS_PER_EDIT) :
			osa_cell(a, b, i, j, prev2, prev, cur);
		rowmin = min2(rowmin, cur[j]);
	}
	return rowmin;
}

/* Weighted OSA distance in units, DOCNUM_BEYOND above max_units. */
uint32_t
docnum_distance_units(const uint32_t *a, size_t na, const uint32_t *b,
					  size_t nb, uint32_t max_units, uint32_t *work)
{
	uint32_t   *prev2 = work;
	uint32_t   *prev = work + nb + 1;
	uint32_t   *cur = work + 2 * (nb + 1);
	size_t		band;
	size_t		diff = na > nb ? na - nb : nb - na;

	if ((uint64_t) max_units > (uint64_t) (na + nb) * DOCNUM_UNITS_PER_EDIT)
		max_units = (uint32_t) ((na + nb) * DOCNUM_UNITS_PER_EDIT);
	band = max_units / DOCNUM_UNITS_PER_EDIT;
	if (diff > band)
		return DOCNUM_BEYOND;
	for (size_t j = 0; j <= nb; j++)
		prev[j] = prev2[j] = (j <= band) ? (uint32_t) (j * DOCNUM_UNITS_PER_EDIT) : DOCNUM_INF;
	for (size_t i = 1; i <= na; i++)
	{
		size_t		lo = i > band ? i - band : 0;
		size_t		hi = i + band < nb ? i + band : nb;
		uint32_t   *t;

		if (osa_row(a, b, nb, i, lo, hi, prev2, prev, cur) > max_units)
			return DOCNUM_BEYOND;
		t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[nb] <= max_units ? prev[nb] : DOCNUM_BEYOND;
}

/* Unbounded distance: the band covers the whole matrix. */
uint32_t
docnum_distance_full(const uint32_t *a, size_t na, const uint32_t *b,
					 size_t nb, uint32_t *work)
{
	return docnum_distance_units(a, na, b, nb, DOCNUM_INF, work);
}

/* FNV-1a over the symbols followed by a murmur3 finaliser. */
uint32_t
docnum_hash(const uint32_t *syms, size_t n)
{
	uint32_t	h = 2166136261u;

	for (size_t i = 0; i < n; i++)
	{
		uint32_t	s = syms[i];

		for (int b = 0; b < 4; b++)
		{
			h ^= (s >> (8 * b)) & 0xFF;
			h *= 16777619u;
		}
	}
	h ^= (uint32_t) n;
	h ^= h >> 16;
	h *= 0x85ebca6bu;
	h ^= h >> 13;
	h *= 0xc2b2ae35u;
	h ^= h >> 16;
	return h;
}

/* Hash of s with positions i and j removed (j == n: only i; i == n: none). */
static uint32_t
hash_without(const uint32_t *s, size_t n, size_t i, size_t j)
{
	uint32_t	buf[DOCNUM_SIG_MAXLEN + DOCNUM_MAX_K];
	size_t		m = 0;

	if (n == 0)
		return docnum_hash(s, 0);

	for (size_t p = 0; p < n; p++)
	{
		if (p != i && p != j)
			buf[m++] = s[p];
	}
	return docnum_hash(buf, m);
}

static int
cmp_u32(const void *x, const void *y)
{
	uint32_t	a = *(const uint32_t *) x;
	uint32_t	b = *(const uint32_t *) y;

	return (a > b) - (a < b);
}

/* Sort and deduplicate n hashes in place; returns the new count. */
static size_t
sort_unique(uint32_t *h, size_t n)
{
	size_t		m = 0;

	qsort(h, n, sizeof(uint32_t), cmp_u32);
	for (size_t i = 0; i < n; i++)
	{
		if (m == 0 || h[m - 1] != h[i])
			h[m++] = h[i];
	}
	return m;
}

/*
 * Hashes of every deletion variant (<= k deletions) of a folded string of
 * n <= DOCNUM_SIG_MAXLEN + DOCNUM_MAX_K symbols, appended at out[count].
 */
static size_t
deletion_variants(const uint32_t *f, size_t n, int k, uint32_t *out,
				  size_t count)
{
	out[count++] = hash_without(f, n, n, n);
	for (size_t i = 0; k >= 1 && i < n; i++)
	{
		out[count++] = hash_without(f, n, i, n);
		for (size_t j = i + 1; k >= 2 && j < n; j++)
			out[count++] = hash_without(f, n, i, j);
	}
	return count;
}

/* Fold n symbols into out. */
static void
fold_all(const uint32_t *syms, size_t n, uint32_t *out)
{
	for (size_t i = 0; i < n; i++)
		out[i] = docnum_fold(syms[i]);
}

/* Signatures stored for a key. */
size_t
docnum_key_signatures(const uint32_t *syms, size_t n, int k, uint32_t *out)
{
	uint32_t	f[DOCNUM_SIG_MAXLEN];

	if (k < 0)
		k = 0;
	if (k > DOCNUM_MAX_K)
		k = DOCNUM_MAX_K;
	if (n > DOCNUM_SIG_MAXLEN)
	{
		out[0] = DOCNUM_LONG_SIGNATURE;
		return 1;
	}
	fold_all(syms, n, f);
	return sort_unique(out, deletion_variants(f, n, k, out, 0));
}

/*
 * Signatures probed for a query: the deletion variants when a key of at
 * most DOCNUM_SIG_MAXLEN symbols can be within k edits, and the long
 * signature when a longer key can.
 */
size_t
docnum_probe_signatures(const uint32_t *syms, size_t n, int k, uint32_t *out)
{
	uint32_t	f[DOCNUM_SIG_MAXLEN + DOCNUM_MAX_K];
	size_t		count = 0;

	if (k < 0)
		k = 0;
	if (k > DOCNUM_MAX_K)
		k = DOCNUM_MAX_K;
	if (n <= DOCNUM_SIG_MAXLEN + (size_t) k)
	{
		fold_all(syms, n, f);
		count = deletion_variants(f, n, k, out, 0);
	}
	if (n + (size_t) k > DOCNUM_SIG_MAXLEN)
		out[count++] = DOCNUM_LONG_SIGNATURE;
	return sort_unique(out, count);
}
