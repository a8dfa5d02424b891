/*
 * fuzzy_page.c - page helpers of the fuzzy index: page initialisation, new
 * buffers, reading the meta page, bucket mapping, bucket entries and the
 * key tuples with their signatures.
 */
#include "postgres.h"

#include "storage/lmgr.h"
#include "utils/rel.h"

#include "am/fuzzy.h"
#include "core/docnum.h"

/* Initialise a page of the given type. */
void
FuzzyInitPage(Page page, uint16 type)
{
	FuzzyPageOpaque opaque;

	PageInit(page, BLCKSZ, sizeof(FuzzyPageOpaqueData));
	opaque = FuzzyPageGetOpaque(page);
	opaque->next = InvalidBlockNumber;
	opaque->type = type;
	opaque->page_id = FUZZY_PAGE_ID;
}

/* Initialise the meta page of an index with no segment and no key page. */
void
FuzzyInitMetaPage(Page page, int maxDistance)
{
	FuzzyMetaPage meta;

	FuzzyInitPage(page, FUZZY_PAGE_META);
	meta = FuzzyPageGetMeta(page);
	memset(meta, 0, sizeof(FuzzyMetaPageData));
	meta->magic = FUZZY_MAGIC;
	meta->version = FUZZY_VERSION;
	meta->maxDistance = (uint16) maxDistance;
	meta->insertPage = InvalidBlockNumber;
	meta->buildKeyEnd = 0;
	meta->entriesPerKey = maxDistance >= 2 ? 42.0 : 10.0;
	/* pd_lower past the data, so that generic WAL keeps it */
	((PageHeader) page)->pd_lower = ((char *) meta - (char *) page) +
		sizeof(FuzzyMetaPageData);
}

/* Initialise a directory page: every bucket empty. */
void
FuzzyInitDirPage(Page page)
{
	BlockNumber *dir;

	FuzzyInitPage(page, FUZZY_PAGE_DIR);
	dir = FuzzyPageDir(page);
	for (uint32 i = 0; i < FUZZY_DIR_PER_PAGE; i++)
		dir[i] = InvalidBlockNumber;
	((PageHeader) page)->pd_lower = ((char *) dir - (char *) page) +
		FUZZY_DIR_PER_PAGE * sizeof(BlockNumber);
}

/*
 * Extend the index by one page and return it exclusively locked.  The
 * extension lock keeps two backends from getting the same block.
 */
Buffer
FuzzyNewBuffer(Relation index)
{
	bool		needLock = !RELATION_IS_LOCAL(index);
	Buffer		buf;

	if (needLock)
		LockRelationForExtension(index, ExclusiveLock);
	buf = ReadBuffer(index, P_NEW);
	LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
	if (needLock)
		UnlockRelationForExtension(index, ExclusiveLock);
	return buf;
}

/* Copy the meta page under a share lock, checking it is ours. */
void
FuzzyReadMeta(Relation index, FuzzyMetaPageData *meta)
{
	Buffer		buf = ReadBuffer(index, FUZZY_METAPAGE_BLKNO);
	Page		page;

	LockBuffer(buf, BUFFER_LOCK_SHARE);
	page = BufferGetPage(buf);
	memcpy(meta, FuzzyPageGetMeta(page), sizeof(FuzzyMetaPageData));
	UnlockReleaseBuffer(buf);
	if (meta->magic != FUZZY_MAGIC || meta->version != FUZZY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INDEX_CORRUPTED),
				 errmsg("index \"%s\" is not a valid fuzzy index",
						RelationGetRelationName(index)),
				 errhint("REINDEX the index.")));
}

/* Bucket of a signature hash: multiply-shift keeps hash order. */
uint32
FuzzyBucket(uint32 hash, uint32 nbuckets)
{
	return (uint32) (((uint64) hash * nbuckets) >> 32);
}

/* The 6 bytes holding entry i, and its bit shift inside them. */
static unsigned char *
EntryWindow(Page page, int i, int *shift)
{
	Size		bit = (Size) i * FUZZY_ENTRY_BITS;

	*shift = (int) (bit % 8);
	return (unsigned char *) PageGetContents(page) + bit / 8;
}

/* Read entry i of a bucket page. */
void
FuzzyPageGetEntry(Page page, int i, uint32 *residual, uint32 *ordinal)
{
	int			shift;
	unsigned char *w = EntryWindow(page, i, &shift);
	uint64		v = 0;

	for (int b = 5; b >= 0; b--)
		v = (v << 8) | w[b];
	v >>= shift;
	*residual = (uint32) (v & FUZZY_RESIDUAL_MASK);
	*ordinal = (uint32) (v >> FUZZY_RESIDUAL_BITS);
}

/*
 * Index of the first entry at or after from whose residual is residual, or
 * -1: the hot loop of a probe.  Two 44-bit entries fill exactly 11 bytes,
 * so it walks pairs at fixed byte offsets: the even entry's residual is the
 * pair's first 12 bits, the odd one's starts at bit 4 of its sixth byte.
 */
int
FuzzyPageNextResidual(Page page, int from, uint32 residual)
{
	const unsigned char *p;
	int			n = FuzzyPageNEntries(page);
	int			i = from & ~1;

	StaticAssertStmt(FUZZY_ENTRY_BITS == 44 && FUZZY_RESIDUAL_BITS == 12,
					 "FuzzyPageNextResidual assumes 44-bit entries, 12-bit residuals");
	p = (const unsigned char *) PageGetContents(page) + (Size) (i / 2) * 11;
	for (; i < n; i += 2, p += 11)
	{
		uint32		even = (p[0] | ((uint32) p[1] << 8)) & FUZZY_RESIDUAL_MASK;

		if (unlikely(even == residual) && i >= from)
			return i;
		if (i + 1 < n && unlikely(((p[5] >> 4) | ((uint32) p[6] << 4)) == residual))
			return i + 1;
	}
	return -1;
}

/* Write entry i of a bucket page, keeping the neighbours' bits. */
void
FuzzyPageSetEntry(Page page, int i, uint32 residual, uint32 ordinal)
{
	int			shift;
	unsigned char *w = EntryWindow(page, i, &shift);
	uint64		mask = ((UINT64CONST(1) << FUZZY_ENTRY_BITS) - 1) << shift;
	uint64		val = ((((uint64) ordinal) << FUZZY_RESIDUAL_BITS) |
					   (residual & FUZZY_RESIDUAL_MASK)) << shift;
	uint64		v = 0;

	for (int b = 5; b >= 0; b--)
		v = (v << 8) | w[b];
	v = (v & ~mask) | val;
	for (int b = 0; b < 6; b++, v >>= 8)
		w[b] = (unsigned char) (v & 0xFF);
}

/* Set the entry count of a bucket page (through pd_lower). */
void
FuzzyPageSetNEntries(Page page, int n)
{
	((PageHeader) page)->pd_lower = MAXALIGN(SizeOfPageHeaderData) +
		FuzzyEntryBytes(n);
}

/* Can one more entry go on this bucket page? */
bool
FuzzyPageHasRoom(Page page)
{
	return MAXALIGN(SizeOfPageHeaderData) +
		FuzzyEntryBytes(FuzzyPageNEntries(page) + 1) + 1 <=
		((PageHeader) page)->pd_upper;
}

/* Segments scans read: those not flagged FUZZY_SEG_UNUSED. */
int
FuzzyUsedSegments(const FuzzyMetaPageData *meta)
{
	int			used = 0;

	for (int s = 0; s < meta->nsegments; s++)
		used += FuzzySegmentUsed(&meta->segs[s]) ? 1 : 0;
	return used;
}

/* Directory slot of a bucket: first page of its chain or range. */
BlockNumber
FuzzyDirLookup(Relation index, const FuzzySegment *seg, uint32 bucket)
{
	Buffer		buf = ReadBuffer(index, seg->dirStart + bucket / FUZZY_DIR_PER_PAGE);
	BlockNumber blk;

	LockBuffer(buf, BUFFER_LOCK_SHARE);
	blk = FuzzyPageDir(BufferGetPage(buf))[bucket % FUZZY_DIR_PER_PAGE];
	UnlockReleaseBuffer(buf);
	return blk;
}

/*
 * Pages to read for a bucket: its chain head (last = first), or for a
 * packed segment the contiguous range up to where the next bucket starts
 * (both slots read under one pin when they share a directory page).
 */
void
FuzzyBucketRange(Relation index, const FuzzySegment *seg, uint32 bucket,
				 BlockNumber *first, BlockNumber *last)
{
	uint32		slot = bucket % FUZZY_DIR_PER_PAGE;
	bool		nextPage = false;
	Buffer		buf = ReadBuffer(index, seg->dirStart + bucket / FUZZY_DIR_PER_PAGE);
	BlockNumber *dir;

	LockBuffer(buf, BUFFER_LOCK_SHARE);
	dir = FuzzyPageDir(BufferGetPage(buf));
	*first = *last = dir[slot];
	if ((seg->flags & FUZZY_SEG_PACKED) && *first != InvalidBlockNumber)
	{
		if (bucket + 1 >= seg->nbuckets)
			*last = seg->lastBlock;
		else if (slot + 1 < FUZZY_DIR_PER_PAGE)
			*last = dir[slot + 1];
		else
			nextPage = true;
	}
	UnlockReleaseBuffer(buf);
	if (nextPage)
		*last = FuzzyDirLookup(index, seg, bucket + 1);
}

/* Append an entry to a bucket page; false if the page is full. */
bool
FuzzyPageAddEntry(Page page, uint32 hash, uint32 ordinal)
{
	int			n = FuzzyPageNEntries(page);

	if (!FuzzyPageHasRoom(page))
		return false;
	FuzzyPageSetEntry(page, n, hash & FUZZY_RESIDUAL_MASK, ordinal);
	FuzzyPageSetNEntries(page, n + 1);
	return true;
}

/* Signatures of a first-column value for k deletions; returns the count. */
int
FuzzyKeySignatures(Relation index, Datum value, int k, uint32 *out)
{
	DocnumKey	key;
	int			n;

	docnum_key_from_text(DatumGetTextPP(value), &key);
	n = (int) docnum_key_signatures(key.syms, key.n, k, out);
	pfree(key.syms);
	return n;
}

/*
 * Form the key tuple of a heap row, refusing one that cannot fit on a key
 * page (long values are compressed first by index_form_tuple).
 */
IndexTuple
FuzzyFormKey(Relation index, Datum *values, bool *isnull, ItemPointer tid)
{
	IndexTuple	itup = index_form_tuple(RelationGetDescr(index), values, isnull);
	Size		maxsize = MAXALIGN_DOWN(FUZZY_PAGE_ROOM - sizeof(ItemIdData));

	if (IndexTupleSize(itup) > maxsize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("index row size %zu exceeds fuzzy maximum %zu for index \"%s\"",
						(size_t) IndexTupleSize(itup), (size_t) maxsize,
						RelationGetRelationName(index)),
				 errdetail("Values larger than a page cannot be indexed, even after compression."),
				 errhint("Index a prefix of the value or do not index such values.")));
	itup->t_tid = *tid;
	return itup;
}
