/*
 * fuzzy_vacuum.c - VACUUM for the fuzzy index.
 *
 * ambulkdelete works in three passes over the index: (1) find the key
 * tuples whose heap rows are dead, (2) remove the bucket entries pointing at
 * them, (3) remove the key tuples.  Entries go before their keys so that no
 * entry ever points at a key slot that a later insert could reuse.  Each
 * changed page is one generic WAL record; pages are compacted in place and
 * never unlinked, so concurrent scans can walk chains without coupling.
 */
#include "postgres.h"

#include "commands/vacuum.h"
#include "miscadmin.h"
#include "storage/bufmgr.h"

#include "am/fuzzy.h"

/* Sorted ordinals of dead key tuples. */
typedef struct DeadKeys
{
	uint32	   *ords;
	int64		n;
	int64		max;
} DeadKeys;

static void
DeadAdd(DeadKeys *d, uint32 ord)
{
	if (d->n >= d->max)
	{
		d->max = Max(1024, d->max * 2);
		d->ords = d->ords ? repalloc_huge(d->ords, d->max * sizeof(uint32)) :
			palloc_extended(d->max * sizeof(uint32), MCXT_ALLOC_HUGE);
	}
	d->ords[d->n++] = ord;
}

static bool
DeadContains(const DeadKeys *d, uint32 ord)
{
	int64		lo = 0,
				hi = d->n - 1;

	while (lo <= hi)
	{
		int64		mid = (lo + hi) / 2;

		if (d->ords[mid] == ord)
			return true;
		if (d->ords[mid] < ord)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return false;
}

/* Read block blk for VACUUM with the given lock. */
static Buffer
VacuumBuffer(IndexVacuumInfo *info, BlockNumber blk, int mode)
{
	Buffer		buf = ReadBufferExtended(info->index, MAIN_FORKNUM, blk,
										 RBM_NORMAL, info->strategy);

	LockBuffer(buf, mode);
	return buf;
}

/* Pass 1: collect dead keys (in ordinal order) and count the live ones. */
static void
FindDeadKeys(IndexVacuumInfo *info, IndexBulkDeleteCallback callback,
			 void *cb_state, BlockNumber nblocks, DeadKeys *dead, double *live)
{
	for (BlockNumber blk = 1; blk < nblocks; blk++)
	{
		Buffer		buf = VacuumBuffer(info, blk, BUFFER_LOCK_SHARE);
		Page		page = BufferGetPage(buf);

		if (!PageIsNew(page) && FuzzyPageType(page) == FUZZY_PAGE_KEY)
		{
			OffsetNumber maxoff = PageGetMaxOffsetNumber(page);

			for (OffsetNumber off = FirstOffsetNumber; off <= maxoff; off++)
			{
				ItemId		iid = PageGetItemId(page, off);
				IndexTuple	itup;

				if (!ItemIdIsNormal(iid))
					continue;
				itup = (IndexTuple) PageGetItem(page, iid);
				if (callback(&itup->t_tid, cb_state))
					DeadAdd(dead, FuzzyOrdinal(blk, off));
				else
					*live += 1;
			}
		}
		UnlockReleaseBuffer(buf);
		vacuum_delay_point();
	}
}

/* Pass 2: drop the entries of dead keys from one bucket page. */
static void
CleanBucketPage(IndexVacuumInfo *info, Buffer buf, const DeadKeys *dead)
{
	Page		page = BufferGetPage(buf);
	int			n = FuzzyPageNEntries(page);
	int			first = 0;
	GenericXLogState *state;
	uint32		r,
				ord;
	int			kept;

	for (; first < n; first++)
	{
		FuzzyPageGetEntry(page, first, &r, &ord);
		if (DeadContains(dead, ord))
			break;
	}
	if (first == n)
		return;
	state = GenericXLogStart(info->index);
	page = GenericXLogRegisterBuffer(state, buf, 0);
	kept = first;
	for (int i = first + 1; i < n; i++)
	{
		FuzzyPageGetEntry(page, i, &r, &ord);
		if (!DeadContains(dead, ord))
			FuzzyPageSetEntry(page, kept++, r, ord);
	}
	FuzzyPageSetNEntries(page, kept);
	GenericXLogFinish(state);
}

/* Pass 3: remove the dead key tuples of one key page. */
static void
CleanKeyPage(IndexVacuumInfo *info, BlockNumber blk, const DeadKeys *dead,
			 int64 *pos)
{
	Buffer		buf = VacuumBuffer(info, blk, BUFFER_LOCK_EXCLUSIVE);
	GenericXLogState *state = GenericXLogStart(info->index);
	Page		page = GenericXLogRegisterBuffer(state, buf, 0);
	int64		i = *pos;

	while (i < dead->n && FuzzyOrdBlock(dead->ords[i]) == blk)
		i++;
	/* highest offset first, so that lower offsets keep their numbers */
	for (int64 j = i - 1; j >= *pos; j--)
		PageIndexTupleDeleteNoCompact(page, FuzzyOrdOffset(dead->ords[j]));
	GenericXLogFinish(state);
	UnlockReleaseBuffer(buf);
	*pos = i;
}

/* ambulkdelete */
IndexBulkDeleteResult *
fuzzybulkdelete(IndexVacuumInfo *info, IndexBulkDeleteResult *stats,
				IndexBulkDeleteCallback callback, void *callback_state)
{
	BlockNumber nblocks = RelationGetNumberOfBlocks(info->index);
	DeadKeys	dead = {NULL, 0, 0};
	double		live = 0;
	int64		pos = 0;

	if (stats == NULL)
		stats = (IndexBulkDeleteResult *) palloc0(sizeof(IndexBulkDeleteResult));
	FindDeadKeys(info, callback, callback_state, nblocks, &dead, &live);
	if (dead.n > 0)
	{
		for (BlockNumber blk = 1; blk < nblocks; blk++)
		{
			Buffer		buf = VacuumBuffer(info, blk, BUFFER_LOCK_EXCLUSIVE);
			Page		page = BufferGetPage(buf);

			if (!PageIsNew(page) && FuzzyPageType(page) == FUZZY_PAGE_BUCKET)
				CleanBucketPage(info, buf, &dead);
			UnlockReleaseBuffer(buf);
			vacuum_delay_point();
		}
		while (pos < dead.n)
			CleanKeyPage(info, FuzzyOrdBlock(dead.ords[pos]), &dead, &pos);
		pfree(dead.ords);
	}
	stats->tuples_removed += dead.n;
	stats->num_index_tuples = live;
	stats->num_pages = nblocks;
	return stats;
}

/* Count the live key tuples. */
static double
CountKeys(IndexVacuumInfo *info, BlockNumber nblocks)
{
	double		n = 0;

	for (BlockNumber blk = 1; blk < nblocks; blk++)
	{
		Buffer		buf = VacuumBuffer(info, blk, BUFFER_LOCK_SHARE);
		Page		page = BufferGetPage(buf);

		if (!PageIsNew(page) && FuzzyPageType(page) == FUZZY_PAGE_KEY)
		{
			OffsetNumber maxoff = PageGetMaxOffsetNumber(page);

			for (OffsetNumber off = FirstOffsetNumber; off <= maxoff; off++)
				if (ItemIdIsNormal(PageGetItemId(page, off)))
					n++;
		}
		UnlockReleaseBuffer(buf);
		vacuum_delay_point();
	}
	return n;
}

/* amvacuumcleanup: report pages and live keys. */
IndexBulkDeleteResult *
fuzzyvacuumcleanup(IndexVacuumInfo *info, IndexBulkDeleteResult *stats)
{
	BlockNumber nblocks;

	if (info->analyze_only)
		return stats;
	nblocks = RelationGetNumberOfBlocks(info->index);
	if (stats == NULL)
	{
		stats = (IndexBulkDeleteResult *) palloc0(sizeof(IndexBulkDeleteResult));
		stats->num_index_tuples = CountKeys(info, nblocks);
	}
	stats->num_pages = nblocks;
	stats->estimated_count = false;
	return stats;
}
