/*
 * fuzzy_handler.c - the fuzzy access method's handler, its reloption
 * (max_distance) and operator-class validation.
 */
#include "postgres.h"

#include "access/amvalidate.h"
#include "access/htup_details.h"
#include "access/reloptions.h"
#include "catalog/pg_amop.h"
#include "catalog/pg_opclass.h"
#include "catalog/pg_type.h"
#include "commands/vacuum.h"
#include "utils/syscache.h"

#include "am/fuzzy.h"

PG_FUNCTION_INFO_V1(fuzzy_handler);

static relopt_kind fuzzy_relopt_kind;

/* Register the max_distance reloption (called from _PG_init). */
void
fuzzy_register_reloptions(void)
{
	fuzzy_relopt_kind = add_reloption_kind();
	add_int_reloption(fuzzy_relopt_kind, "max_distance",
					  "Largest distance (in edits) the index can answer: 1 or 2",
					  FUZZY_DEFAULT_MAX_DISTANCE, 1, 2, AccessExclusiveLock);
}

/* Parse WITH (max_distance = n). */
bytea *
fuzzyoptions(Datum reloptions, bool validate)
{
	static const relopt_parse_elt tab[] = {
		{"max_distance", RELOPT_TYPE_INT, offsetof(FuzzyOptions, maxDistance)}
	};

	return (bytea *) build_reloptions(reloptions, validate, fuzzy_relopt_kind,
									  sizeof(FuzzyOptions), tab, lengthof(tab));
}

/* The max_distance an index was (or is being) built with. */
int
FuzzyRelMaxDistance(Relation index)
{
	FuzzyOptions *opts = (FuzzyOptions *) index->rd_options;

	return opts ? opts->maxDistance : FUZZY_DEFAULT_MAX_DISTANCE;
}

/* Check that an opclass has only text operators of the three strategies. */
bool
fuzzyvalidate(Oid opclassoid)
{
	HeapTuple	tup = SearchSysCache1(CLAOID, ObjectIdGetDatum(opclassoid));
	Form_pg_opclass opclass;
	CatCList   *oprlist;
	bool		ok = true;

	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for operator class %u", opclassoid);
	opclass = (Form_pg_opclass) GETSTRUCT(tup);
	oprlist = SearchSysCacheList1(AMOPSTRATEGY,
								  ObjectIdGetDatum(opclass->opcfamily));
	for (int i = 0; i < oprlist->n_members; i++)
	{
		Form_pg_amop op = (Form_pg_amop) GETSTRUCT(&oprlist->members[i]->tuple);
		bool		ordering = op->amoppurpose == AMOP_ORDER;

		if (op->amopstrategy < 1 || op->amopstrategy > FUZZY_NSTRATEGIES ||
			op->amoplefttype != TEXTOID || op->amoprighttype != TEXTOID ||
			ordering != (op->amopstrategy == FUZZY_DISTANCE_STRATEGY))
		{
			ereport(INFO,
					(errcode(ERRCODE_INVALID_OBJECT_DEFINITION),
					 errmsg("fuzzy operator family contains invalid operator %u at strategy %d",
							op->amopopr, op->amopstrategy)));
			ok = false;
		}
	}
	ReleaseCatCacheList(oprlist);
	ReleaseSysCache(tup);
	return ok;
}

/* The index access method handler. */
Datum
fuzzy_handler(PG_FUNCTION_ARGS)
{
	IndexAmRoutine *am = makeNode(IndexAmRoutine);

	am->amstrategies = FUZZY_NSTRATEGIES;
	am->amsupport = 0;
	am->amoptsprocnum = 0;
	am->amcanorder = false;
	am->amcanorderbyop = true;
	am->amcanbackward = false;
	am->amcanunique = false;
	am->amcanmulticol = true;
	am->amoptionalkey = true;
	am->amsearcharray = false;
	am->amsearchnulls = false;
	am->amstorage = false;
	am->amclusterable = false;
	am->ampredlocks = false;
	am->amcanparallel = false;
	am->amcaninclude = false;
	am->amusemaintenanceworkmem = false;
	am->amparallelvacuumoptions = VACUUM_OPTION_PARALLEL_BULKDEL;
	am->amkeytype = InvalidOid;

	am->ambuild = fuzzybuild;
	am->ambuildempty = fuzzybuildempty;
	am->aminsert = fuzzyinsert;
	am->ambulkdelete = fuzzybulkdelete;
	am->amvacuumcleanup = fuzzyvacuumcleanup;
	am->amcanreturn = NULL;
	am->amcostestimate = fuzzycostestimate;
	am->amoptions = fuzzyoptions;
	am->amproperty = NULL;
	am->ambuildphasename = NULL;
	am->amvalidate = fuzzyvalidate;
	am->amadjustmembers = NULL;
	am->ambeginscan = fuzzybeginscan;
	am->amrescan = fuzzyrescan;
	am->amgettuple = fuzzygettuple;
	am->amgetbitmap = fuzzygetbitmap;
	am->amendscan = fuzzyendscan;
	am->ammarkpos = NULL;
	am->amrestrpos = NULL;
	am->amestimateparallelscan = NULL;
	am->aminitparallelscan = NULL;
	am->amparallelrescan = NULL;

	PG_RETURN_POINTER(am);
}
