/*
 * fuzzy_fence.c - fence pages of the fuzzy index: how an exact probe (= or
 * ~% at distance 0) reaches the build KEY pages that can hold its number
 * without going through the signature buckets.
 *
 * CREATE INDEX writes its KEY pages in folded-number order (fuzzy_build.c),
 * so the fence key (docnum_fence_key) of each page's first key bounds the
 * page: every key on build KEY page j + 1 has a fence key between fence[j]
 * and fence[j + 1].  Level 0 holds these, level l + 1 the first fence of
 * each level-l page, up to a single top page; a probe descends from the top
 * as in a btree, one page per level, to the few KEY pages whose range holds
 * its fence key (one, unless many keys share the first 16 bytes of code).
 * At 10M rows: ~39k KEY pages, 77 level-0 pages and a top page, where the
 * signature path for = reads a directory page and one of ~290k bucket pages.
 *
 * Inserts never add keys to the build KEY pages (the build leaves no insert
 * page) and VACUUM only removes keys, so the fences stay true for the life of
 * the index; keys inserted later are found through the chained segments'
 * signatures.  Fence pages are written once, by the build, and never change.
 */
#include "postgres.h"

#include "miscadmin.h"
#include "utils/rel.h"

#include "am/fuzzy.h"
#include "core/docnum.h"

#define FenceAt(base, i)	((base) + (Size) (i) * DOCNUM_FENCE_BYTES)

/* Write one level's fence keys onto new contiguous pages; the first page. */
static BlockNumber
WriteLevel(Relation index, const uint8 *keys, uint32 n)
{
	BlockNumber start = InvalidBlockNumber;

	for (uint32 i = 0; i < n; i += FUZZY_FENCE_PER_PAGE)
	{
		Buffer		buf = FuzzyNewBuffer(index);
		Page		page = BufferGetPage(buf);
		uint32		m = Min(FUZZY_FENCE_PER_PAGE, n - i);

		if (i == 0)
			start = BufferGetBlockNumber(buf);
		else if (BufferGetBlockNumber(buf) != start + i / FUZZY_FENCE_PER_PAGE)
			elog(ERROR, "fence pages of index \"%s\" are not contiguous",
				 RelationGetRelationName(index));
		FuzzyInitPage(page, FUZZY_PAGE_FENCE);
		memcpy(FuzzyPageFences(page), FenceAt(keys, i), (Size) m * DOCNUM_FENCE_BYTES);
		((PageHeader) page)->pd_lower += m * DOCNUM_FENCE_BYTES;
		MarkBufferDirty(buf);
		UnlockReleaseBuffer(buf);
	}
	return start;
}

/*
 * Write the fence levels over the build's nkeys KEY pages (keys: their
 * first keys' fence keys, in block order); fill levels, return their count.
 * Used by the build only, whose pages are WAL-logged at its end.
 */
uint32
FuzzyWriteFences(Relation index, const uint8 *keys, uint32 nkeys,
				 FuzzyFenceLevel *levels)
{
	const uint8 *level = keys;
	uint32		n = nkeys;
	uint32		nlevels = 0;

	while (n > 0)
	{
		uint32		up = (n + FUZZY_FENCE_PER_PAGE - 1) / FUZZY_FENCE_PER_PAGE;
		uint8	   *next;

		if (nlevels >= FUZZY_MAX_FENCE_LEVELS)
			elog(ERROR, "too many fence levels in index \"%s\"",
				 RelationGetRelationName(index));
		levels[nlevels].start = WriteLevel(index, level, n);
		levels[nlevels++].count = n;
		if (up == 1)
			break;
		next = palloc((Size) up * DOCNUM_FENCE_BYTES);
		for (uint32 i = 0; i < up; i++)
			memcpy(FenceAt(next, i), FenceAt(level, (Size) i * FUZZY_FENCE_PER_PAGE),
				   DOCNUM_FENCE_BYTES);
		if (level != keys)
			pfree((void *) level);
		level = next;
		n = up;
	}
	if (level != keys)
		pfree((void *) level);
	return nlevels;
}

/* Read-lock the page of a level holding entry i. */
static Buffer
ReadFencePage(Relation index, const FuzzyFenceLevel *level, uint32 i)
{
	Buffer		buf = ReadBuffer(index, level->start + i / FUZZY_FENCE_PER_PAGE);
	Page		page;

	LockBuffer(buf, BUFFER_LOCK_SHARE);
	page = BufferGetPage(buf);
	if (PageIsNew(page) || FuzzyPageType(page) != FUZZY_PAGE_FENCE)
		ereport(ERROR,
				(errcode(ERRCODE_INDEX_CORRUPTED),
				 errmsg("block %u of index \"%s\" is not a fence page",
						BufferGetBlockNumber(buf), RelationGetRelationName(index)),
				 errhint("REINDEX the index.")));
	return buf;
}

/* Fence key i of a level, on its page (already read). */
static const uint8 *
FenceOnPage(Page page, uint32 i)
{
	return FenceAt(FuzzyPageFences(page), i % FUZZY_FENCE_PER_PAGE);
}

/*
 * The last entry in lo .. hi (one page, read) whose fence key is below
 * probe, or lo if none is.
 */
static uint32
LastBelow(Page page, uint32 lo, uint32 hi, const uint8 *probe)
{
	uint32		l = lo,
				h = hi + 1;		/* answer in [l, h) */

	if (memcmp(FenceOnPage(page, lo), probe, DOCNUM_FENCE_BYTES) >= 0)
		return lo;
	while (h - l > 1)
	{
		uint32		mid = l + (h - l) / 2;

		if (memcmp(FenceOnPage(page, mid), probe, DOCNUM_FENCE_BYTES) < 0)
			l = mid;
		else
			h = mid;
	}
	return l;
}

/*
 * The build KEY pages first .. last that can hold a key whose fence key is
 * probe: from the last page whose first key is below the probe, through the
 * pages whose first key equals it.  first is InvalidBlockNumber when the
 * index has no fences.
 */
void
FuzzyFenceRange(Relation index, const FuzzyMetaPageData *meta,
				const uint8 *probe, BlockNumber *first, BlockNumber *last)
{
	const FuzzyFenceLevel *bottom = &meta->fences[0];
	uint32		lo = 0,
				hi,
				j = 0;
	Buffer		buf = InvalidBuffer;

	*first = *last = InvalidBlockNumber;
	if (meta->fenceLevels == 0)
		return;
	hi = meta->fences[meta->fenceLevels - 1].count - 1;
	for (int l = (int) meta->fenceLevels - 1; l >= 0; l--)
	{
		buf = ReadFencePage(index, &meta->fences[l], lo);
		j = LastBelow(BufferGetPage(buf), lo, hi, probe);
		if (l > 0)
		{
			UnlockReleaseBuffer(buf);
			lo = j * FUZZY_FENCE_PER_PAGE;
			hi = Min(lo + FUZZY_FENCE_PER_PAGE, meta->fences[l - 1].count) - 1;
		}
	}
	*first = j + 1;
	/* then every following page whose first key equals the probe's */
	while (j + 1 < bottom->count)
	{
		if ((j + 1) % FUZZY_FENCE_PER_PAGE == 0)
		{
			UnlockReleaseBuffer(buf);
			buf = ReadFencePage(index, bottom, j + 1);
		}
		if (memcmp(FenceOnPage(BufferGetPage(buf), j + 1), probe,
				   DOCNUM_FENCE_BYTES) > 0)
			break;
		j++;
	}
	UnlockReleaseBuffer(buf);
	*last = j + 1;
}

/* Fence key of a key tuple's first column (NULL: after every number). */
void
FuzzyTupleFence(Relation index, IndexTuple itup, uint8 *out)
{
	bool		isnull;
	Datum		d = index_getattr(itup, 1, RelationGetDescr(index), &isnull);
	DocnumKey	key;

	if (isnull)
	{
		memset(out, 0xFF, DOCNUM_FENCE_BYTES);
		return;
	}
	docnum_key_from_text(DatumGetTextPP(d), &key);
	docnum_fence_key(key.syms, key.n, out);
	pfree(key.syms);
}

/* Copy a whole level's fence keys; counts misplaced pages in *errors. */
static uint8 *
ReadLevel(Relation index, const FuzzyFenceLevel *level, int64 *errors)
{
	uint8	   *keys = palloc_extended((Size) level->count * DOCNUM_FENCE_BYTES,
									   MCXT_ALLOC_HUGE);

	for (uint32 i = 0; i < level->count; i += FUZZY_FENCE_PER_PAGE)
	{
		Buffer		buf = ReadFencePage(index, level, i);
		Page		page = BufferGetPage(buf);
		uint32		m = Min(FUZZY_FENCE_PER_PAGE, level->count - i);

		if (FuzzyPageNFences(page) != (int) m)
			(*errors)++;
		memcpy(FenceAt(keys, i), FuzzyPageFences(page),
			   (Size) Min(m, (uint32) FuzzyPageNFences(page)) * DOCNUM_FENCE_BYTES);
		UnlockReleaseBuffer(buf);
	}
	return keys;
}

/*
 * Errors in the fence levels: level 0 not sorted or not one per build KEY
 * page, an upper level not the first keys of the level below.
 */
static int64
CheckLevels(Relation index, const FuzzyMetaPageData *meta, uint8 **bottom)
{
	int64		errors = 0;
	uint8	   *below = NULL;

	if (meta->fenceLevels == 0)
		return meta->buildKeyEnd != 0;
	if (meta->fenceLevels > FUZZY_MAX_FENCE_LEVELS ||
		meta->fences[0].count != meta->buildKeyEnd ||
		meta->fences[meta->fenceLevels - 1].count > FUZZY_FENCE_PER_PAGE)
		return 1;
	/* the levels are read whole; the SRF's memory context frees them */
	for (uint32 l = 0; l < meta->fenceLevels; l++)
	{
		uint8	   *keys = ReadLevel(index, &meta->fences[l], &errors);

		if (l == 0)
		{
			for (uint32 i = 0; i + 1 < meta->fences[0].count; i++)
				if (memcmp(FenceAt(keys, i), FenceAt(keys, i + 1), DOCNUM_FENCE_BYTES) > 0)
					errors++;
			*bottom = keys;
		}
		else
		{
			for (uint32 i = 0; i < meta->fences[l].count; i++)
				if (memcmp(FenceAt(keys, i), FenceAt(below, (Size) i * FUZZY_FENCE_PER_PAGE),
						   DOCNUM_FENCE_BYTES) != 0)
					errors++;
		}
		below = keys;
	}
	return errors;
}

/* Live keys of build KEY page blk whose fence key is outside its range. */
static int64
CheckKeyPage(Relation index, BlockNumber blk, const uint8 *low,
			 const uint8 *high)
{
	Buffer		buf = ReadBuffer(index, blk);
	Page		page;
	int64		outside = 0;

	LockBuffer(buf, BUFFER_LOCK_SHARE);
	page = BufferGetPage(buf);
	if (PageIsNew(page) || FuzzyPageType(page) != FUZZY_PAGE_KEY)
		outside++;
	else
	{
		for (OffsetNumber off = FirstOffsetNumber;
			 off <= PageGetMaxOffsetNumber(page); off++)
		{
			ItemId		iid = PageGetItemId(page, off);
			uint8		f[DOCNUM_FENCE_BYTES];

			if (!ItemIdIsNormal(iid))
				continue;
			FuzzyTupleFence(index, (IndexTuple) PageGetItem(page, iid), f);
			if (memcmp(f, low, DOCNUM_FENCE_BYTES) < 0 ||
				(high != NULL && memcmp(f, high, DOCNUM_FENCE_BYTES) > 0))
				outside++;
		}
	}
	UnlockReleaseBuffer(buf);
	return outside;
}

/*
 * Check the fences against themselves and the build KEY pages; returns a
 * description and adds the number of errors to *errors.
 */
char *
FuzzyCheckFences(Relation index, const FuzzyMetaPageData *meta, int64 *errors)
{
	uint8	   *bottom = NULL;
	int64		levelErrors = CheckLevels(index, meta, &bottom);
	int64		outside = 0;

	for (uint32 j = 0; bottom != NULL && j < meta->fences[0].count; j++)
	{
		outside += CheckKeyPage(index, j + 1, FenceAt(bottom, j),
								j + 1 < meta->fences[0].count ?
								FenceAt(bottom, j + 1) : NULL);
		CHECK_FOR_INTERRUPTS();
	}
	*errors += levelErrors + outside;
	return psprintf("%u build key pages, %u fence level(s), %lld fence errors, %lld keys outside their page's fences",
					meta->buildKeyEnd, meta->fenceLevels,
					(long long) levelErrors, (long long) outside);
}
