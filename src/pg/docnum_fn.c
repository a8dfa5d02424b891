/*
 * docnum_fn.c - SQL functions and operators on document numbers:
 * docnum_normalize, docnum_distance (<~>), the ~% match and the
 * travel_docs.docnum_max_distance setting; plus the text-to-symbols helpers
 * the fuzzy index shares.
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/guc.h"

#include "core/docnum.h"
#include "pg/travel_docs.h"

PG_FUNCTION_INFO_V1(docnum_normalize_sql);
PG_FUNCTION_INFO_V1(docnum_distance_sql);
PG_FUNCTION_INFO_V1(docnum_match_sql);

double		docnum_max_distance = 2.0;

/* Define travel_docs.docnum_max_distance. */
void
docnum_define_gucs(void)
{
	DefineCustomRealVariable("travel_docs.docnum_max_distance",
							 "Largest document-number distance the ~% operator accepts.",
							 "Plain edits count 1, OCR confusions 0.5; 0 means equal after normalisation.",
							 &docnum_max_distance, 2.0, 0.0, 2.0,
							 PGC_USERSET, 0, NULL, NULL, NULL);
}

/* Normalise a text value into symbols. */
void
docnum_key_from_text(text *t, DocnumKey *key)
{
	size_t		len = VARSIZE_ANY_EXHDR(t);
	char	   *norm = palloc(len + 1);
	size_t		nlen = docnum_normalize(VARDATA_ANY(t), len, norm);

	key->syms = palloc((nlen + 1) * sizeof(uint32));
	key->n = (int) docnum_symbols(norm, nlen,
								  GetDatabaseEncoding() == PG_UTF8, key->syms);
	pfree(norm);
}

/* Units of the largest distance a threshold allows. */
uint32
docnum_threshold_units(double threshold)
{
	if (threshold < 0)
		return 0;
	return (uint32) floor(threshold * DOCNUM_UNITS_PER_EDIT + 1e-9);
}

/* Bounded distance in units, with a work area sized for b. */
uint32
docnum_key_units(const DocnumKey *a, const DocnumKey *b, uint32 max_units)
{
	uint32		stackwork[3 * 65];
	uint32	   *work = stackwork;
	uint32		d;

	if (b->n > 64)
		work = palloc(3 * (b->n + 1) * sizeof(uint32));
	d = docnum_distance_units(a->syms, a->n, b->syms, b->n, max_units, work);
	if (work != stackwork)
		pfree(work);
	return d;
}

/*
 * Exact distance: widen the bound until the answer fits, so the cost is
 * O(n * d) and long strings can be cancelled between rounds.
 */
uint32
docnum_key_distance(const DocnumKey *a, const DocnumKey *b)
{
	uint32		bound = 8;

	for (;;)
	{
		uint32		d = docnum_key_units(a, b, bound);

		if (d != DOCNUM_BEYOND)
			return d;
		CHECK_FOR_INTERRUPTS();
		bound *= 2;
	}
}

/* docnum_normalize(text) returns text */
Datum
docnum_normalize_sql(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	size_t		len = VARSIZE_ANY_EXHDR(t);
	text	   *res = palloc(VARHDRSZ + len);
	size_t		n = docnum_normalize(VARDATA_ANY(t), len, VARDATA(res));

	SET_VARSIZE(res, VARHDRSZ + n);
	PG_RETURN_TEXT_P(res);
}

/* docnum_distance(text, text) returns real; also the <~> operator */
Datum
docnum_distance_sql(PG_FUNCTION_ARGS)
{
	DocnumKey	a,
				b;

	docnum_key_from_text(PG_GETARG_TEXT_PP(0), &a);
	docnum_key_from_text(PG_GETARG_TEXT_PP(1), &b);
	PG_RETURN_FLOAT4((float4) docnum_key_distance(&a, &b) /
					 DOCNUM_UNITS_PER_EDIT);
}

/* The ~% operator: distance within travel_docs.docnum_max_distance. */
Datum
docnum_match_sql(PG_FUNCTION_ARGS)
{
	DocnumKey	a,
				b;
	uint32		max = docnum_threshold_units(docnum_max_distance);

	docnum_key_from_text(PG_GETARG_TEXT_PP(0), &a);
	docnum_key_from_text(PG_GETARG_TEXT_PP(1), &b);
	PG_RETURN_BOOL(docnum_key_units(&a, &b, max) != DOCNUM_BEYOND);
}
