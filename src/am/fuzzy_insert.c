/*
 * fuzzy_insert.c - aminsert for the fuzzy index: store the key tuple on the
 * current KEY page, then one entry per signature in the newest segment.
 *
 * Every page change is one generic WAL record.  Lock order: meta page,
 * then directory page, then bucket or key pages; a backend never waits for
 * a lock on a page while holding a lock on a page later in that order,
 * except on pages it has just created.  Pages are never unlinked, so a scan
 * can follow a chain page by page without lock coupling.
 */
#include "postgres.h"

#include "miscadmin.h"
#include "nodes/execnodes.h"
#include "storage/lmgr.h"
#include "utils/memutils.h"
#include "utils/rel.h"

#include "am/fuzzy.h"
#include "core/docnum.h"

/* Try to add itup to page blkno; the ordinal, or 0 if it does not fit. */
static uint32
AddToKeyPage(Relation index, BlockNumber blkno, IndexTuple itup, int *count)
{
	Buffer		buf = ReadBuffer(index, blkno);
	Page		page;
	uint32		ordinal = 0;

	LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
	page = BufferGetPage(buf);
	*count = PageGetMaxOffsetNumber(page);
	if (FuzzyPageType(page) == FUZZY_PAGE_KEY &&
		*count < FUZZY_MAX_KEYS_PER_PAGE &&
		PageGetFreeSpace(page) >= MAXALIGN(IndexTupleSize(itup)))
	{
		GenericXLogState *state = GenericXLogStart(index);
		Page		gpage = GenericXLogRegisterBuffer(state, buf, 0);
		OffsetNumber off = PageAddItem(gpage, (Item) itup, IndexTupleSize(itup),
									   *count + 1, false, false);

		if (off == InvalidOffsetNumber)
			elog(ERROR, "failed to add key tuple to fuzzy index \"%s\"",
				 RelationGetRelationName(index));
		GenericXLogFinish(state);
		ordinal = FuzzyOrdinal(blkno, off);
	}
	UnlockReleaseBuffer(buf);
	return ordinal;
}

/*
 * Start a new KEY page holding itup and make it the insert target, unless
 * another backend changed the target since we looked (then return 0).
 */
static uint32
AddToNewKeyPage(Relation index, BlockNumber seen, int seenCount,
				IndexTuple itup)
{
	Buffer		metabuf = ReadBuffer(index, FUZZY_METAPAGE_BLKNO);
	uint32		ordinal = 0;
	bool		grow = false;

	LockBuffer(metabuf, BUFFER_LOCK_EXCLUSIVE);
	if (FuzzyPageGetMeta(BufferGetPage(metabuf))->insertPage == seen)
	{
		Buffer		buf = FuzzyNewBuffer(index);
		BlockNumber blkno = BufferGetBlockNumber(buf);
		GenericXLogState *state;
		FuzzyMetaPage meta;
		Page		page;
		FuzzySegment *seg;

		if (blkno > FUZZY_MAX_KEY_BLOCK)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("fuzzy index \"%s\" has too many key pages",
							RelationGetRelationName(index))));
		state = GenericXLogStart(index);
		meta = FuzzyPageGetMeta(GenericXLogRegisterBuffer(state, metabuf, 0));
		page = GenericXLogRegisterBuffer(state, buf, GENERIC_XLOG_FULL_IMAGE);
		FuzzyInitPage(page, FUZZY_PAGE_KEY);
		FuzzyPageGetOpaque(page)->next = seen;
		if (PageAddItem(page, (Item) itup, IndexTupleSize(itup),
						FirstOffsetNumber, false, false) == InvalidOffsetNumber)
			elog(ERROR, "failed to add key tuple to fuzzy index \"%s\"",
				 RelationGetRelationName(index));
		meta->insertPage = blkno;
		meta->nkeys += seenCount;
		seg = &meta->segs[meta->nsegments - 1];
		grow = meta->nkeys - seg->keysStart > seg->capacityKeys &&
			meta->nsegments < FUZZY_MAX_SEGMENTS;
		GenericXLogFinish(state);
		UnlockReleaseBuffer(buf);
		ordinal = FuzzyOrdinal(blkno, FirstOffsetNumber);
	}
	if (grow)
		FuzzyAddSegment(index, metabuf, 0);
	UnlockReleaseBuffer(metabuf);
	return ordinal;
}

/* Store a key tuple; returns its ordinal. */
static uint32
AddKey(Relation index, IndexTuple itup)
{
	for (;;)
	{
		FuzzyMetaPageData meta;
		uint32		ordinal;
		int			count = 0;

		FuzzyReadMeta(index, &meta);
		if (meta.insertPage != InvalidBlockNumber)
		{
			ordinal = AddToKeyPage(index, meta.insertPage, itup, &count);
			if (ordinal != 0)
				return ordinal;
		}
		ordinal = AddToNewKeyPage(index, meta.insertPage, count, itup);
		if (ordinal != 0)
			return ordinal;
		CHECK_FOR_INTERRUPTS();
	}
}

/* Create the first page of a bucket chain, unless someone just did. */
static BlockNumber
StartChain(Relation index, BlockNumber dirblk, uint32 slot, uint32 hash,
		   uint32 ordinal)
{
	Buffer		dirbuf = ReadBuffer(index, dirblk);
	BlockNumber head;

	LockBuffer(dirbuf, BUFFER_LOCK_EXCLUSIVE);
	head = FuzzyPageDir(BufferGetPage(dirbuf))[slot];
	if (head == InvalidBlockNumber)
	{
		Buffer		buf = FuzzyNewBuffer(index);
		GenericXLogState *state = GenericXLogStart(index);
		Page		dpage = GenericXLogRegisterBuffer(state, dirbuf, 0);
		Page		page = GenericXLogRegisterBuffer(state, buf,
													 GENERIC_XLOG_FULL_IMAGE);

		FuzzyInitPage(page, FUZZY_PAGE_BUCKET);
		FuzzyPageAddEntry(page, hash, ordinal);
		FuzzyPageDir(dpage)[slot] = BufferGetBlockNumber(buf);
		GenericXLogFinish(state);
		UnlockReleaseBuffer(buf);
	}
	UnlockReleaseBuffer(dirbuf);
	return head;
}

/* Append to the first chain page with room, extending the chain if none. */
static void
AppendToChain(Relation index, BlockNumber blkno, uint32 hash, uint32 ordinal)
{
	for (;;)
	{
		Buffer		buf = ReadBuffer(index, blkno);
		GenericXLogState *state;
		Page		page;
		BlockNumber next;

		LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
		page = BufferGetPage(buf);
		next = FuzzyPageGetOpaque(page)->next;
		if (FuzzyPageHasRoom(page) ||
			next == InvalidBlockNumber)
		{
			state = GenericXLogStart(index);
			page = GenericXLogRegisterBuffer(state, buf, 0);
			if (!FuzzyPageAddEntry(page, hash, ordinal))
			{
				Buffer		nbuf = FuzzyNewBuffer(index);
				Page		npage = GenericXLogRegisterBuffer(state, nbuf,
															  GENERIC_XLOG_FULL_IMAGE);

				FuzzyInitPage(npage, FUZZY_PAGE_BUCKET);
				FuzzyPageAddEntry(npage, hash, ordinal);
				FuzzyPageGetOpaque(page)->next = BufferGetBlockNumber(nbuf);
				GenericXLogFinish(state);
				UnlockReleaseBuffer(nbuf);
			}
			else
				GenericXLogFinish(state);
			UnlockReleaseBuffer(buf);
			return;
		}
		UnlockReleaseBuffer(buf);
		blkno = next;
	}
}

/* Add one signature entry to its bucket in segment seg. */
static void
AddEntry(Relation index, const FuzzySegment *seg, uint32 hash, uint32 ordinal)
{
	uint32		b = FuzzyBucket(hash, seg->nbuckets);
	BlockNumber dirblk = seg->dirStart + b / FUZZY_DIR_PER_PAGE;
	uint32		slot = b % FUZZY_DIR_PER_PAGE;
	Buffer		dirbuf = ReadBuffer(index, dirblk);
	BlockNumber head;

	LockBuffer(dirbuf, BUFFER_LOCK_SHARE);
	head = FuzzyPageDir(BufferGetPage(dirbuf))[slot];
	UnlockReleaseBuffer(dirbuf);
	if (head == InvalidBlockNumber)
		head = StartChain(index, dirblk, slot, hash, ordinal);
	if (head != InvalidBlockNumber)
		AppendToChain(index, head, hash, ordinal);
}

/*
 * Add a segment sized for twice the keys of the whole index, so the index
 * can triple before the next one and a probe reads O(log3 growth)
 * segments; buckets get pages only when first used.  Called with
 * the meta page exclusively locked; its directory pages are made contiguous
 * by holding the extension lock, each logged as a full image, and the meta
 * page is updated last, so a crash in between only leaves unused pages.
 */
void
FuzzyAddSegment(Relation index, Buffer metabuf, uint32 nbuckets)
{
	FuzzyMetaPage meta = FuzzyPageGetMeta(BufferGetPage(metabuf));
	double		entries = 2.0 * meta->nkeys * meta->entriesPerKey;
	uint32		ndir;
	BlockNumber first = InvalidBlockNumber;
	bool		needLock = !RELATION_IS_LOCAL(index);
	GenericXLogState *state;
	FuzzySegment *seg;

	if (nbuckets == 0)
		nbuckets = (uint32) Min(Max(FUZZY_MIN_BUCKETS, entries / FUZZY_BUCKET_FILL),
								(double) PG_INT32_MAX);
	ndir = (nbuckets + FUZZY_DIR_PER_PAGE - 1) / FUZZY_DIR_PER_PAGE;
	if (needLock)
		LockRelationForExtension(index, ExclusiveLock);
	for (uint32 i = 0; i < ndir; i++)
	{
		Buffer		buf = ReadBuffer(index, P_NEW);

		LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
		if (i == 0)
			first = BufferGetBlockNumber(buf);
		state = GenericXLogStart(index);
		FuzzyInitDirPage(GenericXLogRegisterBuffer(state, buf,
												   GENERIC_XLOG_FULL_IMAGE));
		GenericXLogFinish(state);
		UnlockReleaseBuffer(buf);
	}
	if (needLock)
		UnlockRelationForExtension(index, ExclusiveLock);

	state = GenericXLogStart(index);
	meta = FuzzyPageGetMeta(GenericXLogRegisterBuffer(state, metabuf, 0));
	seg = &meta->segs[meta->nsegments];
	seg->dirStart = first;
	seg->nbuckets = nbuckets;
	seg->flags = FUZZY_SEG_UNUSED;
	seg->lastBlock = InvalidBlockNumber;
	seg->keysStart = meta->nkeys;
	seg->capacityKeys = (uint64) (nbuckets * (double) FUZZY_BUCKET_FILL /
								  meta->entriesPerKey);
	meta->nsegments++;
	GenericXLogFinish(state);
}

/*
 * Clear segment s's FUZZY_SEG_UNUSED flag before its first entry is added
 * (meta page first in the lock order; no other page lock is held here).
 */
static void
FuzzyUseSegment(Relation index, uint32 s)
{
	Buffer		metabuf = ReadBuffer(index, FUZZY_METAPAGE_BLKNO);
	FuzzyMetaPage meta;

	LockBuffer(metabuf, BUFFER_LOCK_EXCLUSIVE);
	meta = FuzzyPageGetMeta(BufferGetPage(metabuf));
	if (meta->segs[s].flags & FUZZY_SEG_UNUSED)
	{
		GenericXLogState *state = GenericXLogStart(index);

		meta = FuzzyPageGetMeta(GenericXLogRegisterBuffer(state, metabuf, 0));
		meta->segs[s].flags &= ~FUZZY_SEG_UNUSED;
		GenericXLogFinish(state);
	}
	UnlockReleaseBuffer(metabuf);
}

/* aminsert: index one heap row. */
bool
fuzzyinsert(Relation index, Datum *values, bool *isnull, ItemPointer ht_ctid,
			Relation heapRel, IndexUniqueCheck checkUnique,
			bool indexUnchanged, IndexInfo *indexInfo)
{
	MemoryContext cxt = AllocSetContextCreate(CurrentMemoryContext,
											  "fuzzy insert",
											  ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(cxt);
	IndexTuple	itup = FuzzyFormKey(index, values, isnull, ht_ctid);
	uint32		ordinal = AddKey(index, itup);

	if (!isnull[0])
	{
		uint32		sigs[DOCNUM_MAX_SIGNATURES];
		FuzzyMetaPageData meta;
		int			n;
		uint32		s;

		FuzzyReadMeta(index, &meta);
		s = meta.nsegments - 1;
		if (!FuzzySegmentUsed(&meta.segs[s]))
			FuzzyUseSegment(index, s);
		n = FuzzyKeySignatures(index, values[0], meta.maxDistance, sigs);
		for (int i = 0; i < n; i++)
			AddEntry(index, &meta.segs[s], sigs[i], ordinal);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(cxt);
	return false;
}
