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
 *
 * From NAME_KEYS_PAIR on, a match between names of two or more words
 * needs two pairs (see name_keys.c): keys say which run of words they come
 * from, and NAME_KEY_NEAR keys (stored for rows, looked up only from the
 * cut-off on) cover the second pair; name_keys_two_runs() is the test.
 */
#ifndef TRAVEL_DOCS_NAME_KEYS_H
#define TRAVEL_DOCS_NAME_KEYS_H

#include <stdint.h>

#include "core/translit.h"

/* Above this threshold the keys are complete; at or below it, scan all rows. */
#define NAME_KEYS_FLOOR 0.6

/*
 * From this threshold on (compared as float4, as name_match() compares),
 * a row needs the two-run condition of name_keys_need_two() (see
 * name_keys.c for the proof); below it, any one key of the query.
 */
#define NAME_KEYS_PAIR 0.8

/* NAME_KEY_NEAR keys are complete for word similarities at or above this. */
#define NAME_KEYS_NEAR_SIM 0.79

/* Longest key name_keys() emits (bytes, without a terminator). */
#define NAME_KEY_MAX 130

typedef enum name_keys_mode
{
	NAME_KEYS_ROW = 0,			/* keys stored for an indexed name */
	NAME_KEYS_QUERY				/* keys looked up for a searched name */
} name_keys_mode;

/* What a key stands for. */
typedef enum name_key_kind
{
	NAME_KEY_WORD = 0,			/* shared by two words rated above 0.9 */
	NAME_KEY_NEAR,				/* shared by two words rated >= NAME_KEYS_NEAR_SIM */
	NAME_KEY_NAME				/* the whole name: X (unreadable) and E (no words) */
} name_key_kind;

/*
 * Receives one key; partial: match every stored key that starts with it.
 * run: the name's words (bit i for word i of the matcher's prepared
 * words) that the key's word is made of; 0 for NAME_KEY_NAME keys.
 */
typedef void (*name_key_emit) (void *arg, const char *key, size_t len, bool partial,
							   name_key_kind kind, uint32_t run);

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

/* The runs (word sets) of a query's keys, for the two-run condition. */
#define NAME_KEY_RUNS_MAX 64

typedef struct name_key_runs
{
	int			n;
	uint32_t	run[NAME_KEY_RUNS_MAX];
	uint64_t	disjoint[NAME_KEY_RUNS_MAX];	/* runs sharing no word with run[i] */
	uint64_t	whole;			/* runs made of every word of the name */
} name_key_runs;

/* Index of run in r (added if new), or -1 when r is full. */
extern int	name_key_runs_add(name_key_runs *r, uint32_t run);

/* Fill r->disjoint and r->whole once every run is added. */
extern void name_key_runs_finish(name_key_runs *r);

/*
 * The two-run condition, given the runs (bits of r's indexes) of the
 * query's NAME_KEY_WORD keys a row has (word) and of its WORD or NEAR keys
 * (any): a WORD key of a run that is the whole name, or a WORD key of one
 * run and a key of a run sharing no word with it.
 */
extern bool name_keys_two_runs(const name_key_runs *r, uint64_t word, uint64_t any);

#endif							/* TRAVEL_DOCS_NAME_KEYS_H */
