/*
 * fuzzy_scan.c - index scans of the fuzzy index: begin, rescan, gettuple
 * (with ORDER BY <~>), getbitmap, end.  The matching rows are collected by
 * fuzzy_search.c when the scan first asks for a row.
 *
 * Results are exact: xs_recheck and xs_recheckorderby stay false.  No
 * buffer pin is kept between calls; this is safe for MVCC snapshots, the
 * only ones the planner uses with this AM (it cannot be used for unique or
 * exclusion constraints).
 */
#include "postgres.h"

#include "access/genam.h"
#include "nodes/tidbitmap.h"
#include "utils/memutils.h"

#include "am/fuzzy.h"

/* ambeginscan */
IndexScanDesc
fuzzybeginscan(Relation r, int nkeys, int norderbys)
{
	IndexScanDesc scan = RelationGetIndexScan(r, nkeys, norderbys);
	FuzzyScanOpaque so = palloc0(sizeof(FuzzyScanOpaqueData));

	so->scanCxt = AllocSetContextCreate(CurrentMemoryContext, "fuzzy scan",
										ALLOCSET_DEFAULT_SIZES);
	so->tupCxt = AllocSetContextCreate(CurrentMemoryContext, "fuzzy tuple",
									   ALLOCSET_SMALL_SIZES);
	if (norderbys > 0)
	{
		scan->xs_orderbyvals = palloc0(sizeof(Datum) * norderbys);
		scan->xs_orderbynulls = palloc(sizeof(bool) * norderbys);
	}
	scan->opaque = so;
	return scan;
}

/* amrescan: take the new keys; results are collected lazily. */
void
fuzzyrescan(IndexScanDesc scan, ScanKey scankey, int nscankeys,
			ScanKey orderbys, int norderbys)
{
	FuzzyScanOpaque so = (FuzzyScanOpaque) scan->opaque;

	if (scankey && scan->numberOfKeys > 0)
		memmove(scan->keyData, scankey, scan->numberOfKeys * sizeof(ScanKeyData));
	if (orderbys && scan->numberOfOrderBys > 0)
		memmove(scan->orderByData, orderbys,
				scan->numberOfOrderBys * sizeof(ScanKeyData));
	MemoryContextReset(so->scanCxt);
	so->computed = false;
	so->phase = 1;
	so->reach = -1;
	so->results = NULL;
	so->nresults = so->maxresults = so->next = 0;
	so->dists = NULL;
	so->distnulls = NULL;
	so->keyProbe = NULL;
	so->keyUnits = NULL;
	so->orderProbe.syms = NULL;
	so->orderProbe.n = 0;
}

/* Hand out result i of the current phase. */
static void
ReturnResult(IndexScanDesc scan, FuzzyScanOpaque so, int i)
{
	FuzzyResult *r = &so->results[i];

	scan->xs_heaptid = r->tid;
	scan->xs_recheck = false;
	scan->xs_recheckorderby = false;
	for (int j = 0; j < scan->numberOfOrderBys; j++)
	{
		int			p = r->pos * scan->numberOfOrderBys + j;

		scan->xs_orderbynulls[j] = so->distnulls[p];
		scan->xs_orderbyvals[j] = so->distnulls[p] ? (Datum) 0 :
			Float4GetDatum(so->dists[p]);
	}
}

/* amgettuple: the next row, in distance order when ORDER BY is asked. */
bool
fuzzygettuple(IndexScanDesc scan, ScanDirection dir)
{
	FuzzyScanOpaque so = (FuzzyScanOpaque) scan->opaque;

	for (;;)
	{
		if (!so->computed)
		{
			FuzzyCollect(scan);
			so->computed = true;
			so->next = 0;
		}
		if (so->next < so->nresults)
		{
			ReturnResult(scan, so, so->next++);
			return true;
		}
		if (so->reach >= 0 && so->phase < FUZZY_KNN_PHASES)
		{
			/* rows further away, computed only if needed */
			so->phase++;
			so->computed = false;
			continue;
		}
		return false;
	}
}

/* amgetbitmap: every matching row. */
int64
fuzzygetbitmap(IndexScanDesc scan, TIDBitmap *tbm)
{
	FuzzyScanOpaque so = (FuzzyScanOpaque) scan->opaque;
	int64		n = 0;

	/* bitmap scans have no ORDER BY, so one phase finds every row */
	FuzzyCollect(scan);
	for (int i = 0; i < so->nresults; i++)
		tbm_add_tuples(tbm, &so->results[i].tid, 1, false);
	n = so->nresults;
	so->computed = true;
	so->nresults = 0;
	return n;
}

/* amendscan */
void
fuzzyendscan(IndexScanDesc scan)
{
	FuzzyScanOpaque so = (FuzzyScanOpaque) scan->opaque;

	MemoryContextDelete(so->scanCxt);
	MemoryContextDelete(so->tupCxt);
	pfree(so);
}
