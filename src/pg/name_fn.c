/*
 * name_fn.c - SQL functions on personal names: name_translit,
 * name_variants, name_similarity, name_match, name_distance, and the
 * travel_docs.name_threshold setting.  Thin glue over src/core/translit.c
 * and name_match.c: text in, core call, ereport on failure.
 *
 * The ICU transliterators live in one name_ctx per backend, created on
 * first use and kept until the backend exits (ICU allocates it outside
 * PostgreSQL's memory contexts; it is never freed per call).
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"

#include "core/name_match.h"
#include "pg/name_memo.h"
#include "pg/travel_docs.h"

PG_FUNCTION_INFO_V1(name_translit_sql);
PG_FUNCTION_INFO_V1(name_variants_sql);
PG_FUNCTION_INFO_V1(name_similarity_sql);
PG_FUNCTION_INFO_V1(name_distance_sql);
PG_FUNCTION_INFO_V1(name_match_sql);

#define NAME_VARIANTS_MAX 32

/* travel_docs.name_threshold: name_match() and =~ accept at or above it. */
static double name_threshold = 0.8;

/* The backend's transliteration context. */
static name_ctx *backend_ctx = NULL;

/* Define the settings of the names part (called from _PG_init). */
void
name_define_gucs(void)
{
	DefineCustomRealVariable("travel_docs.name_threshold",
							 "Similarity at or above which name_match() and =~ report a match.",
							 "name_similarity() is in [0, 1]; the default 0.8 was chosen on the evaluation set in test/bench.",
							 &name_threshold,
							 0.8, 0.0, 1.0,
							 PGC_USERSET, 0,
							 NULL, NULL, NULL);
}

/* The backend's context, created on first use. */
static name_ctx *
get_ctx(void)
{
	if (backend_ctx == NULL)
	{
		backend_ctx = name_ctx_create();
		if (backend_ctx == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory")));
	}
	return backend_ctx;
}

/*
 * The bytes of a text argument as UTF-8.  In a UTF8 database they are
 * already; other encodings are converted; in SQL_ASCII nothing is known
 * about them, so they go to the core as they are, which rejects invalid
 * UTF-8 with its position.
 */
static const char *
utf8_arg(text *t, size_t *len)
{
	const char *s = VARDATA_ANY(t);
	int			l = VARSIZE_ANY_EXHDR(t);
	int			enc = GetDatabaseEncoding();

	if (enc != PG_UTF8 && enc != PG_SQL_ASCII)
	{
		s = pg_server_to_any(s, l, PG_UTF8);
		l = strlen(s);
	}
	*len = (size_t) l;
	return s;
}

/* Turn a core failure into an error: bad input is 22P02. */
static void
report_failure(const name_failure *f)
{
	if (f->status == NAME_ERR_UTF8 || f->status == NAME_ERR_TOO_LONG)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("%s", f->message),
				 f->detail[0] ? errdetail("%s", f->detail) : 0,
				 errhint("Pass a name in UTF-8 free text (\"Иванов Сергей\") or in the MRZ form (\"IVANOV<<SERGEI\").")));
	ereport(ERROR,
			(errcode(f->status == NAME_ERR_NOMEM ? ERRCODE_OUT_OF_MEMORY : ERRCODE_INTERNAL_ERROR),
			 errmsg("%s", f->message),
			 f->detail[0] ? errdetail("%s", f->detail) : 0));
}

/* name_translit(text) returns text */
Datum
name_translit_sql(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *in = utf8_arg(PG_GETARG_TEXT_PP(0), &len);
	char		out[NAME_OUT_MAX];
	name_failure f;

	if (name_translit(get_ctx(), in, len, out, sizeof(out), &f) != NAME_OK)
		report_failure(&f);
	PG_RETURN_TEXT_P(cstring_to_text(out));
}

/* name_variants(text) returns text[] */
Datum
name_variants_sql(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *in = utf8_arg(PG_GETARG_TEXT_PP(0), &len);
	char		(*vars)[NAME_OUT_MAX] = palloc(sizeof(char[NAME_OUT_MAX]) * NAME_VARIANTS_MAX);
	Datum	   *elems;
	int			n = 0,
				i;
	name_failure f;

	if (name_variants(get_ctx(), in, len, vars, NAME_VARIANTS_MAX, &n, &f) != NAME_OK)
		report_failure(&f);
	elems = palloc(sizeof(Datum) * (n > 0 ? n : 1));
	for (i = 0; i < n; i++)
		elems[i] = PointerGetDatum(cstring_to_text(vars[i]));
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT));
}

/*
 * The last analysed value of each argument of a call site, kept in
 * fn_extra: a search compares one constant name with many rows, and the
 * constant side need not be analysed again for every row.
 */
typedef struct name_arg_cache
{
	char	   *bytes[2];		/* UTF-8 input, NULL if none yet */
	size_t		len[2];
	name_parsed parsed[2];
	int			fixed;			/* argument the memo's scores are against, -1 if none */
	name_memo  *memo;			/* scores against bytes[fixed], by the other argument */
} name_arg_cache;

/* Is s[0..len) the cached bytes of argument i? */
static bool
same_arg(const name_arg_cache *cache, int i, const char *s, size_t len)
{
	return cache->bytes[i] && cache->len[i] == len && memcmp(cache->bytes[i], s, len) == 0;
}

/* Analysed argument i (0 or 1) of the call, from the cache when unchanged. */
static const name_parsed *
analysed_arg(FunctionCallInfo fcinfo, name_arg_cache *cache, int i,
			 const char *s, size_t len)
{
	name_failure f;

	if (same_arg(cache, i, s, len))
		return &cache->parsed[i];
	if (cache->bytes[i])
		pfree(cache->bytes[i]);
	cache->bytes[i] = NULL;
	if (name_analyze(get_ctx(), s, len, name_match_alt_opts, name_match_nalt_opts,
					 &cache->parsed[i], &f) != NAME_OK)
		report_failure(&f);
	cache->bytes[i] = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, Max(len, 1));
	memcpy(cache->bytes[i], s, len);
	cache->len[i] = len;
	return &cache->parsed[i];
}

/*
 * Similarity of the two text arguments of a call.  When an argument is
 * the same as in the previous call (the searched name of a scan), scores
 * are memoised by the other argument (name_memo.c: same results, computed
 * once per distinct row name).
 */
static double
similarity_args(FunctionCallInfo fcinfo)
{
	name_arg_cache *cache = fcinfo->flinfo->fn_extra;
	size_t		len[2];
	const char *s[2];
	int			fixed;
	double		score;
	const name_parsed *a,
			   *b;

	if (cache == NULL)
	{
		cache = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(name_arg_cache));
		cache->fixed = -1;
		fcinfo->flinfo->fn_extra = cache;
	}
	s[0] = utf8_arg(PG_GETARG_TEXT_PP(0), &len[0]);
	s[1] = utf8_arg(PG_GETARG_TEXT_PP(1), &len[1]);
	fixed = same_arg(cache, 1, s[1], len[1]) ? 1 : (same_arg(cache, 0, s[0], len[0]) ? 0 : -1);
	if (fixed != cache->fixed || fixed < 0)
	{
		if (cache->memo)
			name_memo_reset(cache->memo);
		cache->fixed = fixed;
	}
	if (fixed >= 0)
	{
		if (cache->memo == NULL)
			cache->memo = name_memo_create(fcinfo->flinfo->fn_mcxt);
		else if (name_memo_get(cache->memo, s[1 - fixed], len[1 - fixed], &score))
			return score;
	}
	a = analysed_arg(fcinfo, cache, 0, s[0], len[0]);
	b = analysed_arg(fcinfo, cache, 1, s[1], len[1]);
	score = name_similarity_parsed(a, b);
	if (fixed >= 0)
		name_memo_put(cache->memo, s[1 - fixed], len[1 - fixed], score);
	return score;
}

/* name_similarity(text, text) returns real */
Datum
name_similarity_sql(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT4((float4) similarity_args(fcinfo));
}

/* name_distance(text, text) returns real: 1 - similarity, for ORDER BY <=~> */
Datum
name_distance_sql(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT4((float4) (1.0 - similarity_args(fcinfo)));
}

/* name_match(text, text) returns boolean: similarity >= travel_docs.name_threshold */
Datum
name_match_sql(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL((float4) similarity_args(fcinfo) >= (float4) name_threshold);
}

/* The backend's transliteration context, for the index support (name_gin.c). */
name_ctx *
name_backend_ctx(void)
{
	return get_ctx();
}

/* The current travel_docs.name_threshold. */
double
name_current_threshold(void)
{
	return name_threshold;
}

/* A text value as UTF-8 bytes (see utf8_arg). */
const char *
name_text_utf8(text *t, size_t *len)
{
	return utf8_arg(t, len);
}

/* Raise the error a core failure describes. */
void
name_raise_failure(const name_failure *f)
{
	report_failure(f);
	pg_unreachable();
}
