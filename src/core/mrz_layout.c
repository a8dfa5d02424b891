/*
 * mrz_layout.c - where each field sits in the five ICAO layouts (Doc 9303
 * Parts 4-7), as offsets into the MRZ lines joined without separators.
 */
#include "core/mrz_internal.h"

static const mrz_layout layouts[] = {
	/* TD1: 3 x 30; composite over 6-30, 31-37, 39-45, 49-59 (joined) */
	{MRZ_TD1, 3, 30, {60, 30}, {5, 9}, 14, 45, 30, 36, 37, 38, 44,
		{15, 15}, {48, 11}, -1, 59,
	{{5, 25}, {30, 7}, {38, 7}, {48, 11}}, 4, true},
	/* TD2: 2 x 36; composite over line 2 pos 1-10, 14-20, 22-35 */
	{MRZ_TD2, 2, 36, {5, 31}, {36, 9}, 45, 46, 49, 55, 56, 57, 63,
		{64, 7}, {0, 0}, -1, 71,
	{{36, 10}, {49, 7}, {57, 14}}, 3, true},
	/* TD3: 2 x 44; composite over line 2 pos 1-10, 14-20, 22-43 */
	{MRZ_TD3, 2, 44, {5, 39}, {44, 9}, 53, 54, 57, 63, 64, 65, 71,
		{72, 14}, {0, 0}, 86, 87,
	{{44, 10}, {57, 7}, {65, 22}}, 3, false},
	/* MRV-A: 2 x 44; optional data line 2 pos 29-44, no composite */
	{MRZ_MRVA, 2, 44, {5, 39}, {44, 9}, 53, 54, 57, 63, 64, 65, 71,
		{72, 16}, {0, 0}, -1, -1, {{0, 0}}, 0, false},
	/* MRV-B: 2 x 36; optional data line 2 pos 29-36, no composite */
	{MRZ_MRVB, 2, 36, {5, 31}, {36, 9}, 45, 46, 49, 55, 56, 57, 63,
		{64, 8}, {0, 0}, -1, -1, {{0, 0}}, 0, false},
};

/* The layout of a format. */
const mrz_layout *
mrz_layout_of(mrz_format format)
{
	if ((int) format < 0 || (int) format > (int) MRZ_MRVB)
		return &layouts[MRZ_TD3];
	return &layouts[format];
}

/* Composite check digit of a text by the layout's spans. */
int
mrz_composite_digit(const mrz_layout *lay, const char *text)
{
	int			sum = 0;
	int			k = 0;

	for (int s = 0; s < lay->ncomposite_spans; s++)
	{
		sum += mrz_weighted_sum(text + lay->composite_spans[s].off,
								lay->composite_spans[s].len, k);
		k += lay->composite_spans[s].len;
	}
	return sum % 10;
}
