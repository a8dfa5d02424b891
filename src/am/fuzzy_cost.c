/*
 * fuzzy_cost.c - amcostestimate for the fuzzy index.
 *
 * A first-column = (or ~% at distance 0) costs a descent of the fence
 * pages and a KEY page; a ~% within the index's max_distance costs one
 * bucket page per signature and used segment plus a key-page visit per
 * candidate.
 * Any other scan reads the whole index, which is larger than the table, so
 * the planner only picks it when nothing else works.  A ~% wider than the
 * index's max_distance (travel_docs.docnum_max_distance > max_distance) gets
 * disable_cost: the index could only answer it by reading every key.  The
 * scan itself reads every key in that case, so a plan made under a smaller
 * setting and run under a larger one is slow but still exact.
 */
#include "postgres.h"

#include <math.h>

#include "access/relation.h"
#include "optimizer/cost.h"
#include "optimizer/optimizer.h"
#include "optimizer/paths.h"
#include "utils/lsyscache.h"
#include "utils/selfuncs.h"

#include "am/fuzzy.h"
#include "core/docnum.h"

/* Rows expected within max_distance of an ORDER BY argument. */
#define FUZZY_KNN_CANDIDATES 50.0

/* Smallest reach in edits of the first-column clauses, -1 if none. */
static int
DrivingReach(IndexPath *path)
{
	IndexOptInfo *index = path->indexinfo;
	int			reach = -1;
	ListCell   *lc;

	foreach(lc, path->indexclauses)
	{
		IndexClause *ic = lfirst_node(IndexClause, lc);
		ListCell   *lc2;

		if (ic->indexcol != 0)
			continue;
		foreach(lc2, ic->indexquals)
		{
			RestrictInfo *ri = lfirst_node(RestrictInfo, lc2);
			int			k = 0;

			if (IsA(ri->clause, OpExpr) &&
				get_op_opfamily_strategy(((OpExpr *) ri->clause)->opno,
										 index->opfamily[0]) == FUZZY_MATCH_STRATEGY)
				k = docnum_threshold_units(docnum_max_distance) / DOCNUM_UNITS_PER_EDIT;
			if (reach < 0 || k < reach)
				reach = k;
		}
	}
	return reach;
}

/* Signatures a probe of about 9 characters looks up for reach k. */
static double
SignaturesFor(int k)
{
	return k <= 0 ? 1.0 : (k == 1 ? 10.0 : 46.0);
}

/*
 * Cost of a signature search: bucket pages plus a key visit for each of
 * the expected candidates.
 */
static Cost
SignatureCost(GenericCosts *costs, const FuzzyMetaPageData *meta, int k,
			  double candidates)
{
	double		buckets = SignaturesFor(k) * Max(1, FuzzyUsedSegments(meta));
	double		perBucket = costs->spc_random_page_cost +
		FUZZY_BUCKET_FILL * cpu_operator_cost * 0.1;
	double		perCandidate = costs->spc_random_page_cost +
		cpu_index_tuple_cost + 10 * cpu_operator_cost;

	return buckets * perBucket + Max(1.0, candidates) * perCandidate;
}

/*
 * Cost of an exact probe through the fences: one page per fence level and
 * a KEY page holding the candidates, plus a bucket page in each chained
 * segment in use.
 */
static Cost
ExactCost(GenericCosts *costs, const FuzzyMetaPageData *meta, double candidates)
{
	int			chained = FuzzyUsedSegments(meta) -
		(meta->nsegments > 0 && (meta->segs[0].flags & FUZZY_SEG_PACKED) ? 1 : 0);
	double		pages = meta->fenceLevels + 1 + 2.0 * Max(0, chained);

	return pages * costs->spc_random_page_cost +
		Max(1.0, candidates) * (cpu_index_tuple_cost + 10 * cpu_operator_cost);
}

/*
 * Cost of checking every key of the index: every page is read, and each
 * key is normalised and compared through the operators' functions.
 */
static Cost
FullCost(IndexOptInfo *index)
{
	return index->pages * seq_page_cost +
		index->tuples * (cpu_index_tuple_cost + 20 * cpu_operator_cost);
}

/* amcostestimate */
void
fuzzycostestimate(PlannerInfo *root, IndexPath *path, double loop_count,
				  Cost *indexStartupCost, Cost *indexTotalCost,
				  Selectivity *indexSelectivity, double *indexCorrelation,
				  double *indexPages)
{
	IndexOptInfo *index = path->indexinfo;
	GenericCosts costs;
	FuzzyMetaPageData meta;
	Relation	rel = relation_open(index->indexoid, NoLock);
	int			reach = DrivingReach(path);

	FuzzyReadMeta(rel, &meta);
	relation_close(rel, NoLock);
	MemSet(&costs, 0, sizeof(costs));
	genericcostestimate(root, path, loop_count, &costs);

	if (reach == 0 && meta.fenceLevels > 0)
		*indexStartupCost = *indexTotalCost =
			ExactCost(&costs, &meta, costs.numIndexTuples);
	else if (reach >= 0 && reach <= meta.maxDistance)
		*indexStartupCost = *indexTotalCost =
			SignatureCost(&costs, &meta, reach, costs.numIndexTuples);
	else if (reach > meta.maxDistance)
		*indexStartupCost = *indexTotalCost = disable_cost + FullCost(index);
	else if (path->indexorderbys != NIL &&
			 linitial_int(path->indexorderbycols) == 0)
	{
		/*
		 * KNN: the rows within reach (a few dozen in a dense register) come
		 * first, the rest only if the consumer wants more.
		 */
		*indexStartupCost = SignatureCost(&costs, &meta, meta.maxDistance,
										  Min(index->tuples, FUZZY_KNN_CANDIDATES));
		*indexTotalCost = *indexStartupCost + FullCost(index) +
			2.0 * cpu_operator_cost * index->tuples * log2(Max(2.0, index->tuples));
	}
	else
		*indexStartupCost = *indexTotalCost = FullCost(index);

	*indexSelectivity = costs.indexSelectivity;
	*indexCorrelation = 0;
	*indexPages = costs.numIndexPages;
}
