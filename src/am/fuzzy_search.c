/*
 * fuzzy_search.c - collecting the rows of a fuzzy index scan.
 *
 * The driving key is the first-column = or ~% with the smallest reach.
 * An exact one (= or ~% at distance 0) descends the fence pages to the
 * build's KEY pages that can hold its number, as a btree would, and looks
 * up its signature only in the chained segments of later inserts.  When
 * the index's signatures cover the reach (max_distance), its deletion
 * signatures are looked up in every segment and each candidate key tuple is
 * checked against all scan keys; otherwise (no first-column key, or a ~%
 * wider than the index was built for) every key tuple is checked, which is
 * slow but still exact: the planner avoids that path (fuzzy_cost.c).
 *
 * ORDER BY <~> on the first column without a driving key runs in phases,
 * each started only if the consumer wants more rows: (1) rows within
 * max_distance of the ORDER BY argument, found through the signatures;
 * (2) rows up to FUZZY_KNN_RING edits further, by a full pass with the
 * bounded distance, so only a few rows are kept and sorted; (3) all the
 * others (and NULLs), with the exact distance.
 */
#include "postgres.h"

#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/rel.h"

#include "am/fuzzy.h"
#include "core/docnum.h"

/* Read every scan key and ORDER BY argument; false if nothing can match. */
static bool
PrepareKeys(IndexScanDesc scan, int *driving)
{
	FuzzyScanOpaque so = (FuzzyScanOpaque) scan->opaque;
	uint32		best = UINT32_MAX;

	so->keyProbe = palloc0(sizeof(DocnumKey) * Max(1, scan->numberOfKeys));
	so->keyUnits = palloc0(sizeof(uint32) * Max(1, scan->numberOfKeys));
	*driving = -1;
	for (int i = 0; i < scan->numberOfKeys; i++)
	{
		ScanKey		key = &scan->keyData[i];

		if (key->sk_flags & SK_ISNULL)
			return false;		/* all our operators are strict */
		if (key->sk_attno != 1)
			continue;
		docnum_key_from_text(DatumGetTextPP(key->sk_argument), &so->keyProbe[i]);
		so->keyUnits[i] = key->sk_strategy == FUZZY_MATCH_STRATEGY ?
			docnum_threshold_units(docnum_max_distance) : 0;
		if (so->keyUnits[i] < best)
		{
			best = so->keyUnits[i];
			*driving = i;
		}
	}
	if (scan->numberOfOrderBys > 0 && scan->orderByData[0].sk_attno == 1 &&
		!(scan->orderByData[0].sk_flags & SK_ISNULL))
		docnum_key_from_text(DatumGetTextPP(scan->orderByData[0].sk_argument),
							 &so->orderProbe);
	return true;
}

/* Does a key tuple satisfy every scan key? */
static bool
KeysMatch(IndexScanDesc scan, IndexTuple itup, DocnumKey *stored)
{
	FuzzyScanOpaque so = (FuzzyScanOpaque) scan->opaque;
	TupleDesc	desc = RelationGetDescr(scan->indexRelation);

	for (int i = 0; i < scan->numberOfKeys; i++)
	{
		ScanKey		key = &scan->keyData[i];
		bool		isnull;
		Datum		d = index_getattr(itup, key->sk_attno, desc, &isnull);

		if (isnull)
			return false;
		if (key->sk_attno == 1 && key->sk_strategy == FUZZY_MATCH_STRATEGY)
		{
			if (docnum_key_units(stored, &so->keyProbe[i],
								 so->keyUnits[i]) == DOCNUM_BEYOND)
				return false;
		}
		else if (!DatumGetBool(FunctionCall2Coll(&key->sk_func,
												 key->sk_collation, d,
												 key->sk_argument)))
			return false;
	}
	return true;
}

/* Largest distance in units the current KNN phase accepts. */
static uint32
PhaseHigh(FuzzyScanOpaque so)
{
	uint32		r1 = (uint32) so->reach * DOCNUM_UNITS_PER_EDIT;

	if (so->phase == 1)
		return r1;
	if (so->phase == 2)
		return r1 + FUZZY_KNN_RING * DOCNUM_UNITS_PER_EDIT;
	return DOCNUM_BEYOND;
}

/* Does a first ORDER BY distance (units0) belong to the current phase? */
static bool
InPhase(FuzzyScanOpaque so, uint32 units0)
{
	uint32		low;

	if (so->reach < 0)
		return true;
	if (so->phase == 1)
		return units0 <= PhaseHigh(so);
	so->phase--;
	low = PhaseHigh(so);
	so->phase++;
	return units0 > low && (so->phase == FUZZY_KNN_PHASES ||
							units0 <= PhaseHigh(so));
}

/* Compute the ORDER BY distances of a tuple into dists/nulls. */
static void
OrderByDistances(IndexScanDesc scan, IndexTuple itup, DocnumKey *stored,
				 float4 *dists, bool *nulls, uint32 *units0)
{
	FuzzyScanOpaque so = (FuzzyScanOpaque) scan->opaque;
	TupleDesc	desc = RelationGetDescr(scan->indexRelation);

	*units0 = DOCNUM_BEYOND;
	for (int j = 0; j < scan->numberOfOrderBys; j++)
	{
		ScanKey		key = &scan->orderByData[j];
		bool		isnull;
		Datum		d = index_getattr(itup, key->sk_attno, desc, &isnull);

		nulls[j] = isnull || (key->sk_flags & SK_ISNULL);
		dists[j] = 0;
		if (nulls[j])
			continue;
		if (j == 0 && so->orderProbe.syms != NULL)
		{
			if (so->reach >= 0 && so->phase < FUZZY_KNN_PHASES)
				*units0 = docnum_key_units(stored, &so->orderProbe, PhaseHigh(so));
			else
				*units0 = docnum_key_distance(stored, &so->orderProbe);
			dists[j] = (float4) *units0 / DOCNUM_UNITS_PER_EDIT;
		}
		else
			dists[j] = DatumGetFloat4(FunctionCall2Coll(&key->sk_func,
														key->sk_collation, d,
														key->sk_argument));
	}
}

/* Append a result with its distances. */
static void
AddResult(FuzzyScanOpaque so, int norderbys, ItemPointer tid,
		  const float4 *dists, const bool *nulls)
{
	MemoryContext old = MemoryContextSwitchTo(so->scanCxt);

	if (so->nresults >= so->maxresults)
	{
		int			newmax = Max(64, so->maxresults * 2);
		Size		ds = sizeof(float4) * Max(1, norderbys);

		if (so->results == NULL)
		{
			so->results = palloc_extended(newmax * sizeof(FuzzyResult), MCXT_ALLOC_HUGE);
			so->dists = palloc_extended(newmax * ds, MCXT_ALLOC_HUGE);
			so->distnulls = palloc_extended(newmax * Max(1, norderbys), MCXT_ALLOC_HUGE);
		}
		else
		{
			so->results = repalloc_huge(so->results, newmax * sizeof(FuzzyResult));
			so->dists = repalloc_huge(so->dists, newmax * ds);
			so->distnulls = repalloc_huge(so->distnulls, newmax * Max(1, norderbys));
		}
		so->maxresults = newmax;
	}
	so->results[so->nresults].tid = *tid;
	so->results[so->nresults].pos = so->nresults;
	for (int j = 0; j < norderbys; j++)
	{
		so->dists[so->nresults * norderbys + j] = dists[j];
		so->distnulls[so->nresults * norderbys + j] = nulls[j];
	}
	so->nresults++;
	MemoryContextSwitchTo(old);
}

/* Check one key tuple and keep it if it belongs to the current phase. */
static void
ConsiderTuple(IndexScanDesc scan, IndexTuple itup)
{
	FuzzyScanOpaque so = (FuzzyScanOpaque) scan->opaque;
	int			norderbys = scan->numberOfOrderBys;
	float4		dists[INDEX_MAX_KEYS];
	bool		nulls[INDEX_MAX_KEYS];
	DocnumKey	stored = {NULL, 0};
	uint32		units0;
	bool		isnull;
	Datum		d;
	MemoryContext old = MemoryContextSwitchTo(so->tupCxt);

	d = index_getattr(itup, 1, RelationGetDescr(scan->indexRelation), &isnull);
	if (!isnull)
		docnum_key_from_text(DatumGetTextPP(d), &stored);
	if (KeysMatch(scan, itup, &stored))
	{
		OrderByDistances(scan, itup, &stored, dists, nulls, &units0);
		if (InPhase(so, units0))
			AddResult(so, norderbys, &itup->t_tid, dists, nulls);
	}
	MemoryContextSwitchTo(old);
	MemoryContextReset(so->tupCxt);
}

/* Check every key tuple of one key page; returns the page's next link. */
static BlockNumber
SearchKeyPage(IndexScanDesc scan, BlockNumber blk)
{
	Buffer		buf = ReadBuffer(scan->indexRelation, blk);
	Page		page;
	BlockNumber next = InvalidBlockNumber;

	LockBuffer(buf, BUFFER_LOCK_SHARE);
	page = BufferGetPage(buf);
	if (!PageIsNew(page) && FuzzyPageType(page) == FUZZY_PAGE_KEY)
	{
		OffsetNumber maxoff = PageGetMaxOffsetNumber(page);

		for (OffsetNumber off = FirstOffsetNumber; off <= maxoff; off++)
		{
			ItemId		iid = PageGetItemId(page, off);

			if (ItemIdIsNormal(iid))
				ConsiderTuple(scan, (IndexTuple) PageGetItem(page, iid));
		}
		next = FuzzyPageGetOpaque(page)->next;
	}
	UnlockReleaseBuffer(buf);
	CHECK_FOR_INTERRUPTS();
	return next;
}

/* Check every key tuple of the index. */
static void
FullSearch(IndexScanDesc scan, const FuzzyMetaPageData *meta)
{
	BlockNumber blk = meta->insertPage;

	/* key pages added after the build, newest first */
	while (blk != InvalidBlockNumber && blk > meta->buildKeyEnd)
		blk = SearchKeyPage(scan, blk);
	for (blk = 1; blk <= meta->buildKeyEnd; blk++)
		SearchKeyPage(scan, blk);
}

/* Growing array of candidate ordinals. */
typedef struct OrdinalList
{
	uint32	   *ords;
	int			n;
	int			max;
} OrdinalList;

static void
OrdinalAdd(OrdinalList *l, uint32 ord)
{
	if (l->n >= l->max)
	{
		l->max = Max(256, l->max * 2);
		l->ords = l->ords ? repalloc_huge(l->ords, l->max * sizeof(uint32)) :
			palloc_extended(l->max * sizeof(uint32), MCXT_ALLOC_HUGE);
	}
	l->ords[l->n++] = ord;
}

/* Collect the ordinals of a bucket chain whose residual matches hash. */
static void
ScanChain(Relation index, BlockNumber blkno, uint32 hash, OrdinalList *l)
{
	uint32		residual = hash & FUZZY_RESIDUAL_MASK;

	while (blkno != InvalidBlockNumber)
	{
		Buffer		buf = ReadBuffer(index, blkno);
		Page		page;

		LockBuffer(buf, BUFFER_LOCK_SHARE);
		page = BufferGetPage(buf);
		blkno = InvalidBlockNumber;
		if (!PageIsNew(page) && FuzzyPageType(page) == FUZZY_PAGE_BUCKET)
		{
			for (int i = FuzzyPageNextResidual(page, 0, residual); i >= 0;
				 i = FuzzyPageNextResidual(page, i + 1, residual))
			{
				uint32		r,
							ord;

				FuzzyPageGetEntry(page, i, &r, &ord);
				OrdinalAdd(l, ord);
			}
			blkno = FuzzyPageGetOpaque(page)->next;
		}
		UnlockReleaseBuffer(buf);
	}
}

/* Collect the matching ordinals of hash's bucket in one segment. */
static void
ScanBucket(Relation index, const FuzzySegment *seg, uint32 hash,
		   OrdinalList *l)
{
	BlockNumber first,
				last;

	FuzzyBucketRange(index, seg, FuzzyBucket(hash, seg->nbuckets), &first, &last);
	if (first == InvalidBlockNumber)
		return;
	for (BlockNumber blk = first; blk <= last; blk++)
		ScanChain(index, blk, hash, l);
}

static int
cmp_ordinal(const void *a, const void *b)
{
	uint32		x = *(const uint32 *) a;
	uint32		y = *(const uint32 *) b;

	return (x > y) - (x < y);
}

/* Visit the candidate key tuples, one lock per key page. */
static void
VisitCandidates(IndexScanDesc scan, OrdinalList *l)
{
	Relation	index = scan->indexRelation;
	int			i = 0;

	while (i < l->n)
	{
		BlockNumber blk = FuzzyOrdBlock(l->ords[i]);
		Buffer		buf = ReadBuffer(index, blk);
		Page		page;

		LockBuffer(buf, BUFFER_LOCK_SHARE);
		page = BufferGetPage(buf);
		for (; i < l->n && FuzzyOrdBlock(l->ords[i]) == blk; i++)
		{
			OffsetNumber off = FuzzyOrdOffset(l->ords[i]);
			ItemId		iid;

			if (PageIsNew(page) || FuzzyPageType(page) != FUZZY_PAGE_KEY ||
				off > PageGetMaxOffsetNumber(page) ||
				(i > 0 && l->ords[i] == l->ords[i - 1]))
				continue;
			iid = PageGetItemId(page, off);
			if (ItemIdIsNormal(iid))
				ConsiderTuple(scan, (IndexTuple) PageGetItem(page, iid));
		}
		UnlockReleaseBuffer(buf);
	}
}

/*
 * Look up the signatures of probe within k edits in every used segment
 * (only the chained ones when chainedOnly).
 */
static void
SignatureSearch(IndexScanDesc scan, const FuzzyMetaPageData *meta,
				const DocnumKey *probe, int k, bool chainedOnly)
{
	uint32		sigs[DOCNUM_MAX_SIGNATURES];
	int			nsigs = (int) docnum_probe_signatures(probe->syms, probe->n, k, sigs);
	OrdinalList l = {NULL, 0, 0};

	for (int s = 0; s < meta->nsegments; s++)
	{
		const FuzzySegment *seg = &meta->segs[s];

		if (!FuzzySegmentUsed(seg) || (chainedOnly && (seg->flags & FUZZY_SEG_PACKED)))
			continue;
		for (int i = 0; i < nsigs; i++)
			ScanBucket(scan->indexRelation, seg, sigs[i], &l);
	}
	if (l.n == 0)
		return;
	qsort(l.ords, l.n, sizeof(uint32), cmp_ordinal);
	VisitCandidates(scan, &l);
	pfree(l.ords);
}

/* Fence key of the key at off into out; false if off holds no key. */
static bool
KeyFence(IndexScanDesc scan, Page page, OffsetNumber off, uint8 *out)
{
	FuzzyScanOpaque so = (FuzzyScanOpaque) scan->opaque;
	ItemId		iid = PageGetItemId(page, off);
	MemoryContext old;

	if (!ItemIdIsNormal(iid))
		return false;
	old = MemoryContextSwitchTo(so->tupCxt);
	FuzzyTupleFence(scan->indexRelation, (IndexTuple) PageGetItem(page, iid), out);
	MemoryContextSwitchTo(old);
	MemoryContextReset(so->tupCxt);
	return true;
}

/*
 * First offset of a build KEY page (keys in folded-number order, some
 * slots emptied by VACUUM) from which no key's fence key is below probe.
 */
static OffsetNumber
FirstNotBelow(IndexScanDesc scan, Page page, const uint8 *probe)
{
	OffsetNumber lo = FirstOffsetNumber,
				hi = PageGetMaxOffsetNumber(page) + 1;

	/* keys before lo are below the probe, keys from hi on are not */
	while (lo < hi)
	{
		OffsetNumber mid = lo + (hi - lo) / 2,
					m = mid;
		uint8		f[DOCNUM_FENCE_BYTES];

		while (m < hi && !KeyFence(scan, page, m, f))
			m++;
		if (m < hi && memcmp(f, probe, DOCNUM_FENCE_BYTES) < 0)
			lo = m + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Check the keys of build KEY page blk whose fence key is probe's. */
static void
SearchKeyRange(IndexScanDesc scan, BlockNumber blk, const uint8 *probe)
{
	Buffer		buf = ReadBuffer(scan->indexRelation, blk);
	Page		page;

	LockBuffer(buf, BUFFER_LOCK_SHARE);
	page = BufferGetPage(buf);
	if (!PageIsNew(page) && FuzzyPageType(page) == FUZZY_PAGE_KEY)
	{
		OffsetNumber maxoff = PageGetMaxOffsetNumber(page);

		for (OffsetNumber off = FirstNotBelow(scan, page, probe); off <= maxoff; off++)
		{
			uint8		f[DOCNUM_FENCE_BYTES];

			if (!KeyFence(scan, page, off, f))
				continue;
			if (memcmp(f, probe, DOCNUM_FENCE_BYTES) > 0)
				break;
			ConsiderTuple(scan, (IndexTuple) PageGetItem(page, PageGetItemId(page, off)));
		}
	}
	UnlockReleaseBuffer(buf);
}

/*
 * An exact probe (= or ~% at distance 0): the build's keys through the
 * fences (fuzzy_fence.c), keys inserted since through the signatures of the
 * chained segments.  The two never meet: inserts do not add keys to the
 * build's KEY pages, and the chained segments index only later keys.
 */
static void
ExactSearch(IndexScanDesc scan, const FuzzyMetaPageData *meta,
			const DocnumKey *probe)
{
	uint8		fence[DOCNUM_FENCE_BYTES];
	BlockNumber first,
				last;

	docnum_fence_key(probe->syms, probe->n, fence);
	FuzzyFenceRange(scan->indexRelation, meta, fence, &first, &last);
	for (BlockNumber blk = first; blk != InvalidBlockNumber && blk <= last; blk++)
	{
		SearchKeyRange(scan, blk, fence);
		CHECK_FOR_INTERRUPTS();
	}
	SignatureSearch(scan, meta, probe, 0, true);
}

/* Order results by their ORDER BY distances (NULLs last), then TID. */
static int
cmp_result(const void *a, const void *b, void *arg)
{
	IndexScanDesc scan = (IndexScanDesc) arg;
	FuzzyScanOpaque so = (FuzzyScanOpaque) scan->opaque;
	const FuzzyResult *x = a;
	const FuzzyResult *y = b;
	int			n = scan->numberOfOrderBys;

	for (int j = 0; j < n; j++)
	{
		bool		xn = so->distnulls[x->pos * n + j];
		bool		yn = so->distnulls[y->pos * n + j];
		float4		xd = so->dists[x->pos * n + j];
		float4		yd = so->dists[y->pos * n + j];

		if (xn != yn)
			return xn ? 1 : -1;
		if (!xn && xd != yd)
			return xd < yd ? -1 : 1;
	}
	return ItemPointerCompare((ItemPointer) &x->tid, (ItemPointer) &y->tid);
}

/* Collect the results of the current phase into the scan opaque. */
void
FuzzyCollect(IndexScanDesc scan)
{
	FuzzyScanOpaque so = (FuzzyScanOpaque) scan->opaque;
	MemoryContext old = MemoryContextSwitchTo(so->scanCxt);
	FuzzyMetaPageData meta;
	int			driving = -1;

	so->nresults = 0;
	if (so->phase == 1 && !PrepareKeys(scan, &driving))
	{
		MemoryContextSwitchTo(old);
		return;
	}
	FuzzyReadMeta(scan->indexRelation, &meta);
	if (so->phase > 1)
		FullSearch(scan, &meta);
	else if (driving >= 0 && so->keyUnits[driving] == 0 && meta.fenceLevels > 0)
		ExactSearch(scan, &meta, &so->keyProbe[driving]);
	else if (driving >= 0 &&
			 so->keyUnits[driving] / DOCNUM_UNITS_PER_EDIT <= meta.maxDistance)
		SignatureSearch(scan, &meta, &so->keyProbe[driving],
						so->keyUnits[driving] / DOCNUM_UNITS_PER_EDIT, false);
	else if (driving < 0 && so->orderProbe.syms != NULL)
	{
		so->reach = meta.maxDistance;
		SignatureSearch(scan, &meta, &so->orderProbe, so->reach, false);
	}
	else
		FullSearch(scan, &meta);
	if (scan->numberOfOrderBys > 0 && so->nresults > 1)
		qsort_arg(so->results, so->nresults, sizeof(FuzzyResult), cmp_result, scan);
	MemoryContextSwitchTo(old);
}
