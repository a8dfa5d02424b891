/*
 * sorted_share.h - for the document-number unit test and fuzz harness:
 * whether two sorted arrays of signature hashes have an element in common.
 */
#ifndef TRAVEL_DOCS_SORTED_SHARE_H
#define TRAVEL_DOCS_SORTED_SHARE_H

#include <stddef.h>
#include <stdint.h>

/* Do sorted arrays x and y share an element?  1 or 0. */
static inline int
share(const uint32_t *x, size_t nx, const uint32_t *y, size_t ny)
{
	size_t		i = 0,
				j = 0;

	while (i < nx && j < ny)
	{
		if (x[i] == y[j])
			return 1;
		if (x[i] < y[j])
			i++;
		else
			j++;
	}
	return 0;
}

#endif							/* TRAVEL_DOCS_SORTED_SHARE_H */
