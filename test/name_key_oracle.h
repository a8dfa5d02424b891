/*
 * name_key_oracle.h - shared by the unit test and the fuzz harness of the
 * name index keys (test/unit/test_name_keys.c, test/fuzz/fuzz_name_keys.c):
 * a list of the keys name_keys() emits for one name, and whether an index
 * scan would find a row for a query, decided as name_gin.c's consistent
 * function decides, so that both tests check one rule.
 */
#ifndef TRAVEL_DOCS_NAME_KEY_ORACLE_H
#define TRAVEL_DOCS_NAME_KEY_ORACLE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "core/name_keys.h"

#define ORACLE_MAXKEYS 20000

/* The keys of one name; n counts every key, even past ORACLE_MAXKEYS. */
typedef struct oracle_keys
{
	int			n;
	bool		all;
	char		key[ORACLE_MAXKEYS][NAME_KEY_MAX + 1];
	bool		partial[ORACLE_MAXKEYS];
	name_key_kind kind[ORACLE_MAXKEYS];
	uint32_t	run[ORACLE_MAXKEYS];
} oracle_keys;

/* Append one emitted key (len <= NAME_KEY_MAX, checked by the caller). */
static inline void
oracle_add(oracle_keys *l, const char *key, size_t len, bool partial,
		   name_key_kind kind, uint32_t run)
{
	if (l->n < ORACLE_MAXKEYS)
	{
		memcpy(l->key[l->n], key, len);
		l->key[l->n][len] = '\0';
		l->partial[l->n] = partial;
		l->kind[l->n] = kind;
		l->run[l->n] = run;
	}
	l->n++;
}

/* Does the row have query key i (exactly, or as a prefix if partial)? */
static inline bool
oracle_row_has(const oracle_keys *q, const oracle_keys *row, int i)
{
	for (int j = 0; j < row->n; j++)
		if (q->partial[i] ? strncmp(row->key[j], q->key[i], strlen(q->key[i])) == 0
			: strcmp(row->key[j], q->key[i]) == 0)
			return true;
	return false;
}

/*
 * Would an index find the row for query q?  Below NAME_KEYS_PAIR (pair
 * false): some WORD or NAME key of the query in common; from it on (pair
 * true): a NAME key, or the two-run condition of name_keys_two_runs() on
 * the keys in common.  A query with more runs than the glue tracks falls
 * back to any WORD key, as name_gin.c does.
 */
static inline bool
oracle_found(const oracle_keys *q, const oracle_keys *row, bool pair)
{
	name_key_runs runs;
	uint64_t	word = 0,
				any = 0;

	if (q->all)
		return true;
	memset(&runs, 0, sizeof(runs));
	for (int i = 0; i < q->n; i++)
		if (q->kind[i] != NAME_KEY_NAME && name_key_runs_add(&runs, q->run[i]) < 0)
			pair = false;
	name_key_runs_finish(&runs);
	for (int i = 0; i < q->n; i++)
	{
		uint64_t	bit;

		if ((!pair && q->kind[i] == NAME_KEY_NEAR) || !oracle_row_has(q, row, i))
			continue;
		if (q->kind[i] == NAME_KEY_NAME || !pair)
			return true;
		bit = UINT64_C(1) << name_key_runs_add(&runs, q->run[i]);
		if (q->kind[i] == NAME_KEY_WORD)
			word |= bit;
		any |= bit;
	}
	return pair && name_keys_two_runs(&runs, word, any);
}

#endif							/* TRAVEL_DOCS_NAME_KEY_ORACLE_H */
