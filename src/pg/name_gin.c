/*
 * name_gin.c - the GIN operator class name_ops for =~ on text: keys from
 * src/core/name_keys.c, always rechecked with name_match() itself, so the
 * index returns exactly what a sequential scan returns.
 *
 * The keys are complete for travel_docs.name_threshold above
 * NAME_KEYS_FLOOR (0.6); at or below it the query asks GIN for every row
 * (GIN_SEARCH_MODE_ALL) and the recheck decides.  From NAME_KEYS_PAIR
 * (0.8) on, the query also looks up the NAME_KEY_NEAR keys and the
 * consistent functions require two runs of the query's words to be present
 * (name_keys_two_runs(): a row sharing only one word with a multi-word
 * query cannot reach the threshold).  Keys are byte strings
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

/* Keys being collected (palloc'd text values), with what each stands for. */
typedef struct key_acc
{
	Datum	   *keys;
	bool	   *partial;
	uint8	   *kind;			/* name_key_kind */
	int8	   *run;			/* index in runs, -1 for NAME_KEY_NAME keys */
	int			n;
	int			cap;
	name_key_runs runs;			/* the query's runs */
	bool		overflow;		/* more runs than NAME_KEY_RUNS_MAX */
} key_acc;

/*
 * What the consistent functions need for the two-run condition: for each
 * query key, the runs it is a WORD key of, the runs it is any key of, and
 * whether it is a NAME_KEY_NAME key (enough alone).  extra_data[i] of every
 * key points here.
 */
typedef struct pair_query
{
	name_key_runs runs;
	uint64	   *word;
	uint64	   *any;
	bool	   *name;
} pair_query;

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
key_collect(void *arg, const char *key, size_t len, bool partial,
			name_key_kind kind, uint32_t run)
{
	key_acc    *acc = arg;
	int			r = -1;

	if (acc->n == acc->cap)
	{
		acc->cap *= 2;
		acc->keys = repalloc(acc->keys, sizeof(Datum) * acc->cap);
		acc->partial = repalloc(acc->partial, sizeof(bool) * acc->cap);
		acc->kind = repalloc(acc->kind, sizeof(uint8) * acc->cap);
		acc->run = repalloc(acc->run, sizeof(int8) * acc->cap);
	}
	if (kind != NAME_KEY_NAME)
	{
		r = name_key_runs_add(&acc->runs, run);
		if (r < 0)
			acc->overflow = true;
	}
	acc->keys[acc->n] = PointerGetDatum(cstring_to_text_with_len(key, (int) len));
	acc->kind[acc->n] = (uint8) kind;
	acc->run[acc->n] = (int8) r;
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

/*
 * The keys of a name, sorted and without repeats; *all as name_keys().
 * NAME_KEY_NEAR keys are left out unless near; with pq, fill it for the
 * kept keys (a key's runs and kinds merged over its repeats).
 */
static void
collect_keys(text *name, name_keys_mode mode, bool near, key_acc *acc,
			 pair_query *pq, bool *all)
{
	size_t		len;
	const char *s = name_text_utf8(name, &len);
	name_failure f;
	int		   *ord,
				i,
				n = 0;
	Datum	   *keys;
	bool	   *partial;

	memset(acc, 0, sizeof(*acc));
	acc->cap = 64;
	acc->keys = palloc(sizeof(Datum) * acc->cap);
	acc->partial = palloc(sizeof(bool) * acc->cap);
	acc->kind = palloc(sizeof(uint8) * acc->cap);
	acc->run = palloc(sizeof(int8) * acc->cap);
	if (name_keys(name_backend_ctx(), s, len, mode, key_collect, acc, all, &f) != NAME_OK)
		name_raise_failure(&f);
	ord = palloc(sizeof(int) * Max(acc->n, 1));
	for (i = 0; i < acc->n; i++)
		ord[i] = i;
	qsort_arg(ord, acc->n, sizeof(int), key_qsort_cmp, acc);
	keys = palloc(sizeof(Datum) * Max(acc->n, 1));
	partial = palloc(sizeof(bool) * Max(acc->n, 1));
	if (pq)
	{
		pq->word = palloc0(sizeof(uint64) * Max(acc->n, 1));
		pq->any = palloc0(sizeof(uint64) * Max(acc->n, 1));
		pq->name = palloc0(sizeof(bool) * Max(acc->n, 1));
	}
	for (i = 0; i < acc->n; i++)
	{
		int			o = ord[i];

		if (acc->kind[o] == NAME_KEY_NEAR && !near)
			continue;
		if (n == 0 || partial[n - 1] != acc->partial[o] ||
			key_cmp(DatumGetTextPP(keys[n - 1]), DatumGetTextPP(acc->keys[o])) != 0)
		{
			keys[n] = acc->keys[o];
			partial[n++] = acc->partial[o];
		}
		if (pq == NULL)
			continue;
		if (acc->kind[o] == NAME_KEY_NAME)
			pq->name[n - 1] = true;
		else
		{
			uint64		bit = UINT64CONST(1) << acc->run[o];

			if (acc->kind[o] == NAME_KEY_WORD)
				pq->word[n - 1] |= bit;
			pq->any[n - 1] |= bit;
		}
	}
	acc->keys = keys;
	acc->partial = partial;
	acc->n = n;
	if (pq)
	{
		pq->runs = acc->runs;
		name_key_runs_finish(&pq->runs);
	}
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

	collect_keys(name, NAME_KEYS_ROW, true, &acc, NULL, &all);
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
	Pointer   **extra_data = (Pointer **) PG_GETARG_POINTER(4);
	int32	   *searchMode = (int32 *) PG_GETARG_POINTER(6);
	key_acc		acc;
	bool		all = false;
	bool		pair;
	pair_query *pq;

	if (strategy != NAME_MATCH_STRATEGY)
		elog(ERROR, "unrecognized strategy number: %d", strategy);
	*nkeys = 0;
	if ((float4) name_current_threshold() <= (float4) NAME_KEYS_FLOOR)
	{
		*searchMode = GIN_SEARCH_MODE_ALL;
		PG_RETURN_POINTER(NULL);
	}
	pair = (float4) name_current_threshold() >= (float4) NAME_KEYS_PAIR;
	pq = pair ? palloc0(sizeof(pair_query)) : NULL;
	collect_keys(query, NAME_KEYS_QUERY, pair, &acc, pq, &all);
	if (all)
	{
		*searchMode = GIN_SEARCH_MODE_ALL;
		PG_RETURN_POINTER(NULL);
	}
	if (pair && acc.overflow)
	{
		/* too many runs to track: any WORD key, as below the cut-off */
		pq = NULL;
		collect_keys(query, NAME_KEYS_QUERY, false, &acc, NULL, &all);
	}
	*nkeys = acc.n;
	*pmatch = acc.partial;
	if (pq && acc.n > 0)
	{
		Pointer    *extra = palloc(sizeof(Pointer) * acc.n);
		int			i;

		for (i = 0; i < acc.n; i++)
			extra[i] = (Pointer) pq;
		*extra_data = extra;
	}
	PG_RETURN_POINTER(acc.keys);
}

/* The two-run condition on the keys a row has (MAYBE counted as present). */
static bool
pair_consistent(const pair_query *pq, const bool *check, const GinTernaryValue *tri,
				int32 nkeys)
{
	uint64		word = 0,
				any = 0;
	int32		i;

	for (i = 0; i < nkeys; i++)
	{
		if (check ? !check[i] : tri[i] == GIN_FALSE)
			continue;
		if (pq->name[i])
			return true;
		word |= pq->word[i];
		any |= pq->any[i];
	}
	return name_keys_two_runs(&pq->runs, word, any);
}

/* consistent: a row with any key of the query may match; recheck decides */
Datum
name_gin_consistent(PG_FUNCTION_ARGS)
{
	bool	   *check = (bool *) PG_GETARG_POINTER(0);
	int32		nkeys = PG_GETARG_INT32(3);
	Pointer    *extra_data = (Pointer *) PG_GETARG_POINTER(4);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(5);
	int32		i;

	*recheck = true;
	if (nkeys == 0)
		PG_RETURN_BOOL(true);	/* GIN_SEARCH_MODE_ALL */
	if (extra_data)
		PG_RETURN_BOOL(pair_consistent((pair_query *) extra_data[0], check, NULL, nkeys));
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
	Pointer    *extra_data = (Pointer *) PG_GETARG_POINTER(4);
	int32		i;

	if (nkeys == 0)
		PG_RETURN_GIN_TERNARY_VALUE(GIN_MAYBE);
	if (extra_data)
		PG_RETURN_GIN_TERNARY_VALUE(pair_consistent((pair_query *) extra_data[0], NULL,
													check, nkeys) ? GIN_MAYBE : GIN_FALSE);
	for (i = 0; i < nkeys; i++)
		if (check[i] != GIN_FALSE)
			PG_RETURN_GIN_TERNARY_VALUE(GIN_MAYBE);
	PG_RETURN_GIN_TERNARY_VALUE(GIN_FALSE);
}

/*
 * comparePartial: 0 for keys that are longer than the partial key and start
 * with it, -1 (skip) for the key equal to it, 1 past them.  The only partial
 * keys are the "S" keys of a possibly truncated query word, asking for row
 * words that extend it; a row word equal to it shares its "F" key of the
 * same run (name_keys.c), so the equal key, the name itself and often one of
 * the most frequent (every MUHAMMAD of the table for a full MRZ field
 * ending in MUHAMMAD...), adds no row, and leaving it out keeps the partial
 * match's bitmap small: a bitmap beyond work_mem turns lossy, and a lossy
 * page makes every row on it a candidate to recheck.
 */
Datum
name_gin_compare_partial(PG_FUNCTION_ARGS)
{
	text	   *part = PG_GETARG_TEXT_PP(0);
	text	   *key = PG_GETARG_TEXT_PP(1);
	int			lp = VARSIZE_ANY_EXHDR(part),
				lk = VARSIZE_ANY_EXHDR(key);

	if (lk < lp || memcmp(VARDATA_ANY(part), VARDATA_ANY(key), lp) != 0)
		PG_RETURN_INT32(1);
	PG_RETURN_INT32(lk == lp ? -1 : 0);
}
