/*
 * name_gin.c - the GIN operator class name_ops for =~ on text: keys from
 * src/core/name_keys.c, always rechecked with name_match() itself, so the
 * index returns exactly what a sequential scan returns.
 *
 * The keys are complete for travel_docs.name_threshold above
 * NAME_KEYS_FLOOR (0.6); at or below it the query asks GIN for every row
 * (GIN_SEARCH_MODE_ALL) and the recheck decides.  Keys are byte strings
 * ordered by memcmp (name_gin_compare), independent of the collation, so
 * that prefix (partial) matches cover one contiguous range.
 */
#include "postgres.h"

#include "access/gin.h"
#include "access/stratnum.h"
#include "fmgr.h"
#include "utils/builtins.h"

#include "core/name_keys.h"
#include "pg/travel_docs.h"

PG_FUNCTION_INFO_V1(name_gin_compare);
PG_FUNCTION_INFO_V1(name_gin_extract_value);
PG_FUNCTION_INFO_V1(name_gin_extract_query);
PG_FUNCTION_INFO_V1(name_gin_consistent);
PG_FUNCTION_INFO_V1(name_gin_triconsistent);
PG_FUNCTION_INFO_V1(name_gin_compare_partial);

#define NAME_MATCH_STRATEGY 1

/* Keys being collected (palloc'd text values). */
typedef struct key_acc
{
	Datum	   *keys;
	bool	   *partial;
	int			n;
	int			cap;
} key_acc;

/* memcmp order of two keys, the shorter first on a tie. */
static int
key_cmp(const text *a, const text *b)
{
	int			la = VARSIZE_ANY_EXHDR(a),
				lb = VARSIZE_ANY_EXHDR(b);
	int			c = memcmp(VARDATA_ANY(a), VARDATA_ANY(b), Min(la, lb));

	if (c != 0)
		return c;
	return (la > lb) - (la < lb);
}

/* name_key_emit: append a key to a key_acc. */
static void
key_collect(void *arg, const char *key, size_t len, bool partial)
{
	key_acc    *acc = arg;

	if (acc->n == acc->cap)
	{
		acc->cap *= 2;
		acc->keys = repalloc(acc->keys, sizeof(Datum) * acc->cap);
		acc->partial = repalloc(acc->partial, sizeof(bool) * acc->cap);
	}
	acc->keys[acc->n] = PointerGetDatum(cstring_to_text_with_len(key, (int) len));
	acc->partial[acc->n++] = partial;
}

/* Order for qsort: by key, exact before partial. */
static int
key_qsort_cmp(const void *a, const void *b, void *arg)
{
	int			ia = *(const int *) a,
				ib = *(const int *) b;
	key_acc    *acc = arg;
	int			c = key_cmp(DatumGetTextPP(acc->keys[ia]), DatumGetTextPP(acc->keys[ib]));

	return c != 0 ? c : (int) acc->partial[ia] - (int) acc->partial[ib];
}

/* The keys of a name, sorted and without repeats; *all as name_keys(). */
static void
collect_keys(text *name, name_keys_mode mode, key_acc *acc, bool *all)
{
	size_t		len;
	const char *s = name_text_utf8(name, &len);
	name_failure f;
	int		   *ord,
				i,
				n = 0;
	Datum	   *keys;
	bool	   *partial;

	acc->cap = 64;
	acc->n = 0;
	acc->keys = palloc(sizeof(Datum) * acc->cap);
	acc->partial = palloc(sizeof(bool) * acc->cap);
	if (name_keys(name_backend_ctx(), s, len, mode, key_collect, acc, all, &f) != NAME_OK)
		name_raise_failure(&f);
	ord = palloc(sizeof(int) * Max(acc->n, 1));
	for (i = 0; i < acc->n; i++)
		ord[i] = i;
	qsort_arg(ord, acc->n, sizeof(int), key_qsort_cmp, acc);
	keys = palloc(sizeof(Datum) * Max(acc->n, 1));
	partial = palloc(sizeof(bool) * Max(acc->n, 1));
	for (i = 0; i < acc->n; i++)
	{
		if (n > 0 && partial[n - 1] == acc->partial[ord[i]] &&
			key_cmp(DatumGetTextPP(keys[n - 1]), DatumGetTextPP(acc->keys[ord[i]])) == 0)
			continue;
		keys[n] = acc->keys[ord[i]];
		partial[n++] = acc->partial[ord[i]];
	}
	acc->keys = keys;
	acc->partial = partial;
	acc->n = n;
}

/* name_gin_compare(text, text) returns int4: byte order of keys */
Datum
name_gin_compare(PG_FUNCTION_ARGS)
{
	text	   *a = PG_GETARG_TEXT_PP(0);
	text	   *b = PG_GETARG_TEXT_PP(1);

	PG_RETURN_INT32(key_cmp(a, b));
}

/* extractValue: the row keys of a stored name */
Datum
name_gin_extract_value(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	key_acc		acc;
	bool		all;

	collect_keys(name, NAME_KEYS_ROW, &acc, &all);
	*nkeys = acc.n;
	PG_RETURN_POINTER(acc.keys);
}

/* extractQuery: the keys a search looks up, or every row below the floor */
Datum
name_gin_extract_query(PG_FUNCTION_ARGS)
{
	text	   *query = PG_GETARG_TEXT_PP(0);
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	StrategyNumber strategy = PG_GETARG_UINT16(2);
	bool	  **pmatch = (bool **) PG_GETARG_POINTER(3);
	int32	   *searchMode = (int32 *) PG_GETARG_POINTER(6);
	key_acc		acc;
	bool		all = false;

	if (strategy != NAME_MATCH_STRATEGY)
		elog(ERROR, "unrecognized strategy number: %d", strategy);
	*nkeys = 0;
	if ((float4) name_current_threshold() <= (float4) NAME_KEYS_FLOOR)
	{
		*searchMode = GIN_SEARCH_MODE_ALL;
		PG_RETURN_POINTER(NULL);
	}
	collect_keys(query, NAME_KEYS_QUERY, &acc, &all);
	if (all)
	{
		*searchMode = GIN_SEARCH_MODE_ALL;
		PG_RETURN_POINTER(NULL);
	}
	*nkeys = acc.n;
	*pmatch = acc.partial;
	PG_RETURN_POINTER(acc.keys);
}

/* consistent: a row with any key of the query may match; recheck decides */
Datum
name_gin_consistent(PG_FUNCTION_ARGS)
{
	bool	   *check = (bool *) PG_GETARG_POINTER(0);
	int32		nkeys = PG_GETARG_INT32(3);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(5);
	int32		i;

	*recheck = true;
	if (nkeys == 0)
		PG_RETURN_BOOL(true);	/* GIN_SEARCH_MODE_ALL */
	for (i = 0; i < nkeys; i++)
		if (check[i])
			PG_RETURN_BOOL(true);
	PG_RETURN_BOOL(false);
}

/* triConsistent: MAYBE when some key may be there (never TRUE: recheck) */
Datum
name_gin_triconsistent(PG_FUNCTION_ARGS)
{
	GinTernaryValue *check = (GinTernaryValue *) PG_GETARG_POINTER(0);
	int32		nkeys = PG_GETARG_INT32(3);
	int32		i;

	if (nkeys == 0)
		PG_RETURN_GIN_TERNARY_VALUE(GIN_MAYBE);
	for (i = 0; i < nkeys; i++)
		if (check[i] != GIN_FALSE)
			PG_RETURN_GIN_TERNARY_VALUE(GIN_MAYBE);
	PG_RETURN_GIN_TERNARY_VALUE(GIN_FALSE);
}

/* comparePartial: 0 for keys that start with the partial key, 1 past them */
Datum
name_gin_compare_partial(PG_FUNCTION_ARGS)
{
	text	   *part = PG_GETARG_TEXT_PP(0);
	text	   *key = PG_GETARG_TEXT_PP(1);
	int			lp = VARSIZE_ANY_EXHDR(part),
				lk = VARSIZE_ANY_EXHDR(key);

	if (lk >= lp && memcmp(VARDATA_ANY(part), VARDATA_ANY(key), lp) == 0)
		PG_RETURN_INT32(0);
	PG_RETURN_INT32(1);
}
