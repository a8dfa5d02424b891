/*
 * fuzzy_verify.c - fuzzy_index_verify(index regclass): check a fuzzy index
 * against itself and its table, like amcheck.
 *
 * Rows returned (check, passed, detail):
 *	meta		the meta page is a fuzzy meta page of this version
 *	signatures	every key's signatures are in its bucket, every entry
 *				points at a key that has that signature
 *	heap		every live heap row has a key tuple with its TID and the
 *				same column values
 *	fences		the fence levels are sorted and consistent, and every key
 *				on a build KEY page lies within its page's fences
 * The table is locked in SHARE mode for the duration.
 */
#include "postgres.h"

#include "access/table.h"
#include "access/xlog.h"
#include "access/tableam.h"
#include "catalog/index.h"
#include "catalog/pg_class.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

#include "am/fuzzy.h"
#include "core/docnum.h"

PG_FUNCTION_INFO_V1(fuzzy_index_verify);

/*
 * A bucket entry as found by walking the directories: where is its bucket
 * in a chained segment, its block in a packed one.
 */
typedef struct VEntry
{
	uint32		ord;
	uint32		seg;
	uint32		where;
	uint32		residual;
} VEntry;

/* A key tuple, its ordinal and whether a live heap row points at it. */
typedef struct VKey
{
	IndexTuple	itup;
	uint32		ord;
	bool		live;
} VKey;

typedef struct VerifyState
{
	Relation	index;
	FuzzyMetaPageData meta;
	VKey	   *keys;			/* copies, sorted by heap TID */
	int64		nkeys;
	VEntry	   *entries;		/* sorted */
	int64		nentries;
	int64		maxentries;
	int64		missing;
	int64		found;
	int64		heapLive;
	int64		heapMissing;
	int64		heapWrong;
} VerifyState;

static int
cmp_ventry(const void *a, const void *b)
{
	const VEntry *x = a;
	const VEntry *y = b;

	if (x->ord != y->ord)
		return x->ord < y->ord ? -1 : 1;
	if (x->seg != y->seg)
		return x->seg < y->seg ? -1 : 1;
	if (x->where != y->where)
		return x->where < y->where ? -1 : 1;
	return (x->residual > y->residual) - (x->residual < y->residual);
}

static bool HasEntry(VerifyState *vs, VEntry *v);

/* Collect the entries of a chain starting at blk. */
static void
CollectChain(VerifyState *vs, uint32 s, uint32 where, BlockNumber blk)
{
	while (blk != InvalidBlockNumber)
	{
		Buffer		buf = ReadBuffer(vs->index, blk);
		Page		page;

		LockBuffer(buf, BUFFER_LOCK_SHARE);
		page = BufferGetPage(buf);
		if (FuzzyPageType(page) != FUZZY_PAGE_BUCKET)
			elog(ERROR, "block %u of index \"%s\" is not a bucket page",
				 blk, RelationGetRelationName(vs->index));
		for (int i = 0; i < FuzzyPageNEntries(page); i++)
		{
			VEntry		v = {0, s, where, 0};

			FuzzyPageGetEntry(page, i, &v.residual, &v.ord);
			if (vs->nentries >= vs->maxentries)
			{
				vs->maxentries = Max(1024, vs->maxentries * 2);
				vs->entries = repalloc_huge(vs->entries,
											vs->maxentries * sizeof(VEntry));
			}
			vs->entries[vs->nentries++] = v;
		}
		blk = FuzzyPageGetOpaque(page)->next;
		UnlockReleaseBuffer(buf);
	}
}

/* Collect every entry reachable from the segments' directories. */
static void
CollectEntries(VerifyState *vs)
{
	for (uint32 s = 0; s < vs->meta.nsegments; s++)
	{
		const FuzzySegment *seg = &vs->meta.segs[s];

		if (seg->flags & FUZZY_SEG_PACKED)
		{
			BlockNumber first = FuzzyDirLookup(vs->index, seg, 0);

			for (BlockNumber blk = first; blk <= seg->lastBlock; blk++)
				CollectChain(vs, s, blk, blk);
			continue;
		}
		for (uint32 b = 0; b < seg->nbuckets; b++)
		{
			CollectChain(vs, s, b, FuzzyDirLookup(vs->index, seg, b));
			CHECK_FOR_INTERRUPTS();
		}
	}
	qsort(vs->entries, vs->nentries, sizeof(VEntry), cmp_ventry);
}

/* Is key ordinal ord's signature hash in segment s? */
static bool
SignatureIn(VerifyState *vs, uint32 s, uint32 ord, uint32 hash)
{
	const FuzzySegment *seg = &vs->meta.segs[s];
	uint32		b = FuzzyBucket(hash, seg->nbuckets);
	VEntry		v = {ord, s, b, hash & FUZZY_RESIDUAL_MASK};
	BlockNumber first,
				last;

	if (!FuzzySegmentUsed(seg))
		return false;			/* scans skip it */
	if (!(seg->flags & FUZZY_SEG_PACKED))
		return HasEntry(vs, &v);
	FuzzyBucketRange(vs->index, seg, b, &first, &last);
	for (v.where = first; v.where <= last; v.where++)
		if (HasEntry(vs, &v))
			return true;
	return false;
}

/* Copy every live key tuple. */
static void
CollectKeys(VerifyState *vs)
{
	BlockNumber nblocks = RelationGetNumberOfBlocks(vs->index);
	int64		max = 1024;

	vs->keys = palloc_extended(max * sizeof(VKey), MCXT_ALLOC_HUGE);
	for (BlockNumber blk = 1; blk < nblocks; blk++)
	{
		Buffer		buf = ReadBuffer(vs->index, blk);
		Page		page;

		LockBuffer(buf, BUFFER_LOCK_SHARE);
		page = BufferGetPage(buf);
		if (!PageIsNew(page) && FuzzyPageType(page) == FUZZY_PAGE_KEY)
		{
			for (OffsetNumber off = FirstOffsetNumber;
				 off <= PageGetMaxOffsetNumber(page); off++)
			{
				ItemId		iid = PageGetItemId(page, off);

				if (!ItemIdIsNormal(iid))
					continue;
				if (vs->nkeys >= max)
				{
					max *= 2;
					vs->keys = repalloc_huge(vs->keys, max * sizeof(VKey));
				}
				vs->keys[vs->nkeys].itup = CopyIndexTuple((IndexTuple) PageGetItem(page, iid));
				vs->keys[vs->nkeys].ord = FuzzyOrdinal(blk, off);
				vs->keys[vs->nkeys++].live = false;
			}
		}
		UnlockReleaseBuffer(buf);
	}
}

/* Is (ord, seg, bucket, residual) among the entries? */
static bool
HasEntry(VerifyState *vs, VEntry *v)
{
	return bsearch(v, vs->entries, vs->nentries, sizeof(VEntry), cmp_ventry) != NULL;
}

/*
 * Check that the signatures of each key of a live row are present in some
 * segment.  Keys of dead rows may lack some: a crash can interrupt an
 * insert between its key and its last signature; VACUUM removes them.
 */
static void
CheckSignatures(VerifyState *vs)
{
	uint32		sigs[DOCNUM_MAX_SIGNATURES];

	for (int64 i = 0; i < vs->nkeys; i++)
	{
		bool		isnull;
		Datum		d = index_getattr(vs->keys[i].itup, 1, RelationGetDescr(vs->index), &isnull);
		int			n;

		if (isnull)
			continue;
		n = FuzzyKeySignatures(vs->index, d, vs->meta.maxDistance, sigs);
		for (int j = 0; j < n; j++)
		{
			bool		ok = false;

			for (uint32 s = 0; s < vs->meta.nsegments && !ok; s++)
				ok = SignatureIn(vs, s, vs->keys[i].ord, sigs[j]);
			if (ok)
				vs->found++;
			else if (vs->keys[i].live)
				vs->missing++;
		}
	}
}

static int
cmp_key_tid(const void *a, const void *b)
{
	return ItemPointerCompare(&((const VKey *) a)->itup->t_tid,
							  &((const VKey *) b)->itup->t_tid);
}

/* Heap scan callback: a live row must have an equal key tuple. */
static void
HeapCallback(Relation index, ItemPointer tid, Datum *values, bool *isnull,
			 bool tupleIsAlive, void *state)
{
	VerifyState *vs = (VerifyState *) state;
	IndexTuple	probe;
	VKey	   *hit;
	IndexTupleData key;
	VKey		k = {&key, 0, false};

	if (!tupleIsAlive)
		return;
	vs->heapLive++;
	key.t_tid = *tid;
	hit = bsearch(&k, vs->keys, vs->nkeys, sizeof(VKey), cmp_key_tid);
	if (hit == NULL)
	{
		vs->heapMissing++;
		return;
	}
	hit->live = true;
	probe = index_form_tuple(RelationGetDescr(index), values, isnull);
	if (IndexTupleSize(probe) != IndexTupleSize(hit->itup) ||
		memcmp((char *) probe + sizeof(IndexTupleData),
			   (char *) hit->itup + sizeof(IndexTupleData),
			   IndexTupleSize(probe) - sizeof(IndexTupleData)) != 0)
		vs->heapWrong++;
	pfree(probe);
}

/* Emit one result row. */
static void
EmitRow(ReturnSetInfo *rsinfo, const char *check, bool passed, char *detail)
{
	Datum		values[3];
	bool		nulls[3] = {false, false, false};

	values[0] = CStringGetTextDatum(check);
	values[1] = BoolGetDatum(passed);
	values[2] = CStringGetTextDatum(detail);
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
}

/* fuzzy_index_verify(regclass) returns table(check text, passed bool, detail text) */
Datum
fuzzy_index_verify(PG_FUNCTION_ARGS)
{
	Oid			indexoid = PG_GETARG_OID(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	LOCKMODE	lockmode = RecoveryInProgress() ? AccessShareLock : ShareLock;
	Relation	heap;
	VerifyState vs;

	if (get_rel_relkind(indexoid) != RELKIND_INDEX)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is not an index", get_rel_name(indexoid)),
				 errhint("Pass a fuzzy index, for example 'my_index'::regclass.")));
	heap = table_open(IndexGetRelation(indexoid, false), lockmode);

	memset(&vs, 0, sizeof(vs));
	vs.index = index_open(indexoid, lockmode);
	if (vs.index->rd_indam->ambuild != fuzzybuild)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is not a fuzzy index",
						RelationGetRelationName(vs.index))));
	InitMaterializedSRF(fcinfo, 0);
	FuzzyReadMeta(vs.index, &vs.meta);
	EmitRow(rsinfo, "meta", true,
			psprintf("max_distance %d, %d segment(s) (%d unused), %u pages",
					 vs.meta.maxDistance, vs.meta.nsegments,
					 vs.meta.nsegments - FuzzyUsedSegments(&vs.meta),
					 RelationGetNumberOfBlocks(vs.index)));

	vs.entries = palloc_extended(1024 * sizeof(VEntry), MCXT_ALLOC_HUGE);
	vs.maxentries = 1024;
	CollectEntries(&vs);
	CollectKeys(&vs);
	qsort(vs.keys, vs.nkeys, sizeof(VKey), cmp_key_tid);
	table_index_build_scan(heap, vs.index, BuildIndexInfo(vs.index), true, false,
						   HeapCallback, &vs, NULL);
	CheckSignatures(&vs);
	EmitRow(rsinfo, "signatures", vs.missing == 0 && vs.found == vs.nentries,
			psprintf("%lld keys, %lld entries, %lld missing, %lld unexplained",
					 (long long) vs.nkeys, (long long) vs.nentries,
					 (long long) vs.missing, (long long) (vs.nentries - vs.found)));
	EmitRow(rsinfo, "heap", vs.heapMissing == 0 && vs.heapWrong == 0,
			psprintf("%lld live rows, %lld not indexed, %lld with a different key, %lld keys of dead rows",
					 (long long) vs.heapLive, (long long) vs.heapMissing,
					 (long long) vs.heapWrong,
					 (long long) (vs.nkeys - vs.heapLive + vs.heapMissing)));

	{
		int64		errors = 0;
		char	   *detail = FuzzyCheckFences(vs.index, &vs.meta, &errors);

		EmitRow(rsinfo, "fences", errors == 0, detail);
	}

	index_close(vs.index, lockmode);
	table_close(heap, lockmode);
	return (Datum) 0;
}
