/*
 * fuzz_name_keys.c - libFuzzer harness for the name index keys: the input
 * is split at the first '|' into two names; whenever name_similarity()
 * rates them above NAME_KEYS_FLOOR, the query keys of each must hit the
 * row keys of the other (exactly, or as a prefix for partial keys),
 * otherwise an index scan would miss a row a sequential scan returns; from
 * NAME_KEYS_PAIR on, the keys in common must also satisfy the two-run
 * condition (name_keys_two_runs) the consistent function applies.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/name_keys.h"
#include "core/name_match.h"
#include "name_key_oracle.h"
#include "fuzz/fuzz_pair.h"

static name_ctx *ctx;
static oracle_keys qk,
			rk;

/* name_key_emit into oracle keys. */
static void
collect(void *arg, const char *key, size_t len, bool partial, name_key_kind kind,
		uint32_t run)
{
	if (len == 0 || len > NAME_KEY_MAX || (kind == NAME_KEY_NAME) != (run == 0))
		abort();
	oracle_add(arg, key, len, partial, kind, run);
}

/*
 * Does the query q find the row r through the keys (pair: with the
 * two-run condition)?  -1 when not decidable here.
 */
static int
finds(const char *q, size_t ql, const char *r, size_t rl, bool pair)
{
	name_failure f;

	qk.n = rk.n = 0;
	if (name_keys(ctx, q, ql, NAME_KEYS_QUERY, collect, &qk, &qk.all, &f) != NAME_OK ||
		name_keys(ctx, r, rl, NAME_KEYS_ROW, collect, &rk, &rk.all, &f) != NAME_OK)
		return -1;
	if (!qk.all && (qk.n > ORACLE_MAXKEYS || rk.n > ORACLE_MAXKEYS))
		return -1;
	return oracle_found(&qk, &rk, pair);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *a,
			   *b;
	size_t		alen,
				blen;
	name_failure f;
	double		s;

	fuzz_pair(data, size, &a, &alen, &b, &blen);
	if (ctx == NULL)
		ctx = name_ctx_create();
	if (name_similarity(ctx, a, alen, b, blen, &s, &f) != NAME_OK)
		return 0;
	if ((float) s > (float) NAME_KEYS_FLOOR &&
		(finds(a, alen, b, blen, false) == 0 || finds(b, blen, a, alen, false) == 0))
		abort();
	if ((float) s >= (float) NAME_KEYS_PAIR &&
		(finds(a, alen, b, blen, true) == 0 || finds(b, blen, a, alen, true) == 0))
		abort();
	return 0;
}
