/*
 * fuzz_name_keys.c - libFuzzer harness for the name index keys: the input
 * is split at the first '|' into two names; whenever name_similarity()
 * rates them above NAME_KEYS_FLOOR, the query keys of each must hit the
 * row keys of the other (exactly, or as a prefix for partial keys),
 * otherwise an index scan would miss a row a sequential scan returns.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/name_keys.h"
#include "core/name_match.h"

#define MAXK 8192

typedef struct klist
{
	int			n;
	bool		all;
	char		k[MAXK][NAME_KEY_MAX + 1];
	bool		partial[MAXK];
} klist;

static name_ctx *ctx;
static klist qk,
			rk;

/* name_key_emit into a klist (keys past MAXK are dropped: checked below). */
static void
collect(void *arg, const char *key, size_t len, bool partial)
{
	klist	   *l = arg;

	if (len == 0 || len > NAME_KEY_MAX)
		abort();
	if (l->n < MAXK)
	{
		memcpy(l->k[l->n], key, len);
		l->k[l->n][len] = '\0';
		l->partial[l->n] = partial;
	}
	l->n++;
}

/* Does the query q find the row r through the keys? -1 when not decidable here. */
static int
finds(const char *q, size_t ql, const char *r, size_t rl)
{
	name_failure f;
	int			i,
				j;

	qk.n = rk.n = 0;
	if (name_keys(ctx, q, ql, NAME_KEYS_QUERY, collect, &qk, &qk.all, &f) != NAME_OK ||
		name_keys(ctx, r, rl, NAME_KEYS_ROW, collect, &rk, &rk.all, &f) != NAME_OK)
		return -1;
	if (qk.all)
		return 1;
	if (qk.n > MAXK || rk.n > MAXK)
		return -1;
	for (i = 0; i < qk.n; i++)
		for (j = 0; j < rk.n; j++)
			if (qk.partial[i] ? strncmp(rk.k[j], qk.k[i], strlen(qk.k[i])) == 0
				: strcmp(rk.k[j], qk.k[i]) == 0)
				return 1;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *a = (const char *) data;
	const uint8_t *bar = memchr(data, '|', size);
	size_t		alen = bar ? (size_t) (bar - data) : size;
	const char *b = bar ? (const char *) bar + 1 : a;
	size_t		blen = bar ? size - alen - 1 : size;
	name_failure f;
	double		s;

	if (ctx == NULL)
		ctx = name_ctx_create();
	if (name_similarity(ctx, a, alen, b, blen, &s, &f) != NAME_OK)
		return 0;
	if ((float) s > (float) NAME_KEYS_FLOOR &&
		(finds(a, alen, b, blen) == 0 || finds(b, blen, a, alen) == 0))
		abort();
	return 0;
}
