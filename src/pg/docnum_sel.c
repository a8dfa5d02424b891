/*
 * docnum_sel.c - planner selectivity of the ~% operator: the share of the
 * column's most common values and histogram entries that match, with a
 * small default when there are no statistics.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/selfuncs.h"

PG_FUNCTION_INFO_V1(docnum_match_sel);

/* Selectivity used when the statistics cannot tell. */
#define DOCNUM_MATCH_DEFAULT_SEL 0.0005

/* docnum_match_sel(internal, oid, internal, integer) returns float8 */
Datum
docnum_match_sel(PG_FUNCTION_ARGS)
{
	PlannerInfo *root = (PlannerInfo *) PG_GETARG_POINTER(0);
	Oid			operator = PG_GETARG_OID(1);
	List	   *args = (List *) PG_GETARG_POINTER(2);
	int			varRelid = PG_GETARG_INT32(3);
	double		sel;

	sel = generic_restriction_selectivity(root, operator, PG_GET_COLLATION(),
										  args, varRelid,
										  DOCNUM_MATCH_DEFAULT_SEL);
	PG_RETURN_FLOAT8(sel);
}
