/*
 * name_keys.h - index keys for name matching (the GIN operator class
 * name_ops for =~).
 *
 * name_similarity() >= T with T above NAME_KEYS_FLOOR needs one pair of
 * words, one from each name, with word similarity above 0.9 (otherwise
 * the score carries the 0.6 "no full word agrees" factor).  A word here is
 * one of the matcher's prepared words or a run of up to four adjacent
 * words joined as the matcher joins compounds.  Every way the matcher can
 * rate two words above 0.9 makes them share a key of name_keys(): the row
 * side (NAME_KEYS_ROW, stored in the index) and the query side
 * (NAME_KEYS_QUERY, looked up) are generated so that any such pair has a
 * row key equal to a query key, or a row key starting with a query key
 * emitted as a partial (prefix) key.  See name_keys.c for the cases.
 */
#ifndef TRAVEL_DOCS_NAME_KEYS_H
#define TRAVEL_DOCS_NAME_KEYS_H

#include "core/translit.h"

/* Above this threshold the keys are complete; at or below it, scan all rows. */
#define NAME_KEYS_FLOOR 0.6

/* Longest key name_keys() emits (bytes, without a terminator). */
#define NAME_KEY_MAX 130

typedef enum name_keys_mode
{
	NAME_KEYS_ROW = 0,			/* keys stored for an indexed name */
	NAME_KEYS_QUERY				/* keys looked up for a searched name */
} name_keys_mode;

/* Receives one key; partial: match every stored key that starts with it. */
typedef void (*name_key_emit) (void *arg, const char *key, size_t len, bool partial);

/*
 * Emit the keys of a name (UTF-8, free text or MRZ form), possibly with
 * repeats.  *all is set when the query keys cannot bound the matches (then
 * every row must be checked).  A name that cannot be analysed (invalid
 * UTF-8, too long) gets the single key "X", which every query also looks
 * up, so that such rows reach name_match() and fail there as in a scan;
 * the status is still NAME_OK in that case.  Other failures (out of
 * memory, ICU) return their status and fill *fail.
 */
extern name_status name_keys(name_ctx *ctx, const char *input, size_t len,
							 name_keys_mode mode, name_key_emit emit, void *arg,
							 bool *all, name_failure *fail);

#endif							/* TRAVEL_DOCS_NAME_KEYS_H */
