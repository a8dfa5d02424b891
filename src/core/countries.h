/*
 * countries.h - the three-letter codes of issuing states, organizations and
 * nationalities that may appear in an MRZ (ICAO Doc 9303-3 §5 plus
 * ISO 3166-1 alpha-3), and a few codes seen on documents that are not ICAO.
 */
#ifndef TRAVEL_DOCS_COUNTRIES_H
#define TRAVEL_DOCS_COUNTRIES_H

#include <stddef.h>

/* What a code is. */
typedef enum country_kind
{
	COUNTRY_UNKNOWN = 0,		/* not a code we know */
	COUNTRY_ICAO,				/* valid in an MRZ: ISO 3166-1 or Doc 9303-3 §5 */
	COUNTRY_NON_ICAO_KNOWN		/* seen on documents, not valid: XXK, YUG ... */
} country_kind;

/*
 * Classify a code field of len bytes (1..3 letters, right-padded with '<'
 * fillers as in the MRZ: "D<<", "UTO").  Anything else is unknown.
 */
extern country_kind country_lookup(const char *field, size_t len);

/* Number of table entries, and entry i (for tests): code and kind. */
extern int	country_count(void);
extern const char *country_code_at(int i, country_kind *kind);

#endif							/* TRAVEL_DOCS_COUNTRIES_H */
