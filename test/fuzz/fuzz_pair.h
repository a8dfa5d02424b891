/*
 * fuzz_pair.h - for the name fuzz harnesses: one input as two names, split
 * at the first '|' (without one, the input is compared with itself).
 */
#ifndef TRAVEL_DOCS_FUZZ_PAIR_H
#define TRAVEL_DOCS_FUZZ_PAIR_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Split data[0..size) into a[0..*alen) and b[0..*blen). */
static inline void
fuzz_pair(const uint8_t *data, size_t size, const char **a, size_t *alen,
		  const char **b, size_t *blen)
{
	const uint8_t *bar = memchr(data, '|', size);

	*a = (const char *) data;
	*alen = bar ? (size_t) (bar - data) : size;
	*b = bar ? (const char *) bar + 1 : *a;
	*blen = bar ? size - *alen - 1 : size;
}

#endif							/* TRAVEL_DOCS_FUZZ_PAIR_H */
