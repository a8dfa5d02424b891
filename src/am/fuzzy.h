/*
 * fuzzy.h - the fuzzy index access method: page layout, constants and the
 * prototypes shared by its files.
 *
 * Structure (see README "fuzzy index"): a hash-bucketed symmetric-deletion
 * signature index over OCR-folded document numbers.
 *
 *	block 0			meta page: options, key-page insert target, segments
 *	KEY pages		one index tuple per heap row (all indexed columns, the
 *					heap TID); at most 255 per page so that (block, offset)
 *					packs into a 32-bit ordinal: block << 8 | offset.  The
 *					build writes them first (blocks 1 .. buildKeyEnd); later
 *					ones are linked from meta insertPage through their
 *					opaque's next pointer, so full scans read only keys
 *	FENCE pages		the fence key (docnum_fence_key) of each build KEY page's
 *					first key, and levels above them, so that = goes
 *					meta -> fence levels -> KEY page like a btree descent
 *	DIR pages		per segment, bucket number -> first page of its chain
 *	BUCKET pages	entries packed in 44 bits (12-bit hash residual, 32-bit
 *					ordinal), chained through the page opaque's next pointer
 *
 * Every non-NULL key gets one entry per distinct deletion variant of its
 * folded form (docnum_key_signatures), placed in bucket
 * (hash * nbuckets) >> 32 of the newest segment.  A probe looks up its own
 * variants in every segment and verifies each candidate with the stored key,
 * so rejects never visit the heap.  A segment holds a fixed number of
 * buckets; when the keys inserted since it was made outgrow it, a new one
 * sized for twice the index's keys is added, so probes read O(log3 growth)
 * segments; REINDEX packs everything into one.
 */
#ifndef TRAVEL_DOCS_FUZZY_H
#define TRAVEL_DOCS_FUZZY_H

#include "postgres.h"

#include "access/amapi.h"
#include "access/generic_xlog.h"
#include "access/itup.h"
#include "access/relscan.h"
#include "nodes/execnodes.h"
#include "nodes/pathnodes.h"
#include "storage/bufmgr.h"
#include "storage/bufpage.h"

#include "core/docnum.h"
#include "pg/travel_docs.h"

#define FUZZY_MAGIC			0x46555A59
#define FUZZY_VERSION		3
#define FUZZY_METAPAGE_BLKNO 0

/* Operator strategies of docnum_ops. */
#define FUZZY_EQUAL_STRATEGY	1	/* = */
#define FUZZY_MATCH_STRATEGY	2	/* ~% */
#define FUZZY_DISTANCE_STRATEGY 3	/* <~> (ORDER BY) */
#define FUZZY_NSTRATEGIES		3

/* Page types, kept in the page opaque. */
#define FUZZY_PAGE_META		1
#define FUZZY_PAGE_DIR		2
#define FUZZY_PAGE_KEY		3
#define FUZZY_PAGE_BUCKET	4
#define FUZZY_PAGE_FENCE	5
#define FUZZY_PAGE_ID		0xFD0C

typedef struct FuzzyPageOpaqueData
{
	BlockNumber next;			/* next page of a bucket chain */
	uint16		type;			/* FUZZY_PAGE_* */
	uint16		page_id;		/* FUZZY_PAGE_ID, for tools */
} FuzzyPageOpaqueData;

typedef FuzzyPageOpaqueData *FuzzyPageOpaque;

#define FuzzyPageGetOpaque(page) ((FuzzyPageOpaque) PageGetSpecialPointer(page))
#define FuzzyPageType(page)		(FuzzyPageGetOpaque(page)->type)

/* Usable bytes of a page between header and opaque. */
#define FUZZY_PAGE_ROOM \
	(BLCKSZ - MAXALIGN(SizeOfPageHeaderData) - MAXALIGN(sizeof(FuzzyPageOpaqueData)))

/*
 * A bucket entry is 44 bits: the 12 low bits of the signature hash (the
 * bucket already encodes its high bits) and a 32-bit key ordinal, packed
 * back to back after the page header; pd_lower ends the last entry's byte.
 * At ~1400 entries a bucket, a probe meets ~0.34 false candidates per
 * signature, each rejected with the stored key, against 33% less space
 * than 16-bit residuals in 6 bytes.
 */
#define FUZZY_ENTRY_BITS		44
#define FUZZY_RESIDUAL_BITS		12
#define FUZZY_RESIDUAL_MASK		((1u << FUZZY_RESIDUAL_BITS) - 1)
#define FUZZY_ENTRIES_PER_PAGE	(FUZZY_PAGE_ROOM * 8 / FUZZY_ENTRY_BITS)
#define FuzzyEntryBytes(n)		(((Size) (n) * FUZZY_ENTRY_BITS + 7) / 8)
#define FuzzyPageNEntries(page) \
	((int) (((Size) ((PageHeader) (page))->pd_lower - \
			 MAXALIGN(SizeOfPageHeaderData)) * 8 / FUZZY_ENTRY_BITS))
#define FUZZY_DIR_PER_PAGE		(FUZZY_PAGE_ROOM / sizeof(BlockNumber))

#define FuzzyPageDir(page)		((BlockNumber *) PageGetContents(page))

/* Key ordinals. */
#define FUZZY_MAX_KEYS_PER_PAGE 255
#define FUZZY_MAX_KEY_BLOCK		((BlockNumber) 0xFFFFFF)
#define FuzzyOrdinal(blk, off)	((((uint32) (blk)) << 8) | (uint32) (off))
#define FuzzyOrdBlock(o)		((BlockNumber) ((o) >> 8))
#define FuzzyOrdOffset(o)		((OffsetNumber) ((o) & 0xFF))

/*
 * Fence pages: fixed-size fence keys packed after the page header, pd_lower
 * ending the last.  Level 0 holds one per build KEY page (entry j for block
 * j + 1); level l + 1 holds the first entry of each level-l page.  Each
 * level's pages are contiguous; the top level is a single page.
 */
#define FUZZY_FENCE_PER_PAGE	(FUZZY_PAGE_ROOM / DOCNUM_FENCE_BYTES)
#define FUZZY_MAX_FENCE_LEVELS	4
#define FuzzyPageFences(page)	((uint8 *) PageGetContents(page))
#define FuzzyPageNFences(page) \
	((int) ((((PageHeader) (page))->pd_lower - \
			 MAXALIGN(SizeOfPageHeaderData)) / DOCNUM_FENCE_BYTES))

typedef struct FuzzyFenceLevel
{
	BlockNumber start;			/* first page of the level */
	uint32		count;			/* fence keys on the level */
} FuzzyFenceLevel;

/* Sizing of segments. */
#define FUZZY_BUCKET_FILL		1400	/* target entries per bucket */
#define FUZZY_MIN_BUCKETS		64
#define FUZZY_MAX_SEGMENTS		32

/*
 * Two kinds of segment.  CREATE INDEX writes segment 0 PACKED: its bucket
 * pages are contiguous and full, bucket b's entries lying in blocks
 * dir[b] .. dir[b + 1] (lastBlock for the last bucket), so duplicate-heavy
 * buckets (dense issuance series share deletion variants) waste no page
 * tails; a probe also sees the neighbouring buckets' entries on the shared
 * pages and rejects them by residual and key.  A packed segment only
 * shrinks (VACUUM).  Inserts go to CHAINED segments, where dir[b] is the
 * first page of bucket b's chain, created on first use.
 */
#define FUZZY_SEG_PACKED		0x0001

/*
 * A chained segment no entry has been added to yet.  Scans skip it, which
 * saves a directory page per signature (an index just built has an unused
 * segment waiting for inserts).  An insert clears the flag, WAL-logged,
 * before it adds its first entry there, so a scan that saw the flag set
 * misses only entries added after it read the meta page, as it would in a
 * segment created after that.  An index without the flag is read as it is.
 */
#define FUZZY_SEG_UNUSED		0x0002
#define FuzzySegmentUsed(seg)	(((seg)->flags & FUZZY_SEG_UNUSED) == 0)

typedef struct FuzzySegment
{
	BlockNumber dirStart;		/* first of its contiguous DIR pages */
	uint32		nbuckets;
	uint32		flags;			/* FUZZY_SEG_* */
	BlockNumber lastBlock;		/* packed: last bucket page */
	uint64		keysStart;		/* index keys when it was created */
	uint64		capacityKeys;	/* keys it was sized for */
} FuzzySegment;

typedef struct FuzzyMetaPageData
{
	uint32		magic;
	uint32		version;
	uint16		maxDistance;	/* deletions the signatures cover */
	uint16		nsegments;
	BlockNumber insertPage;		/* KEY page receiving inserts */
	BlockNumber buildKeyEnd;	/* build's KEY pages are 1 .. buildKeyEnd;
								 * inserts never add to them */
	uint64		nkeys;			/* keys on pages no longer inserted into */
	float8		entriesPerKey;	/* measured at build */
	FuzzySegment segs[FUZZY_MAX_SEGMENTS];
	uint32		fenceLevels;	/* 0: no build KEY page */
	FuzzyFenceLevel fences[FUZZY_MAX_FENCE_LEVELS];
} FuzzyMetaPageData;

typedef FuzzyMetaPageData *FuzzyMetaPage;

#define FuzzyPageGetMeta(page)	((FuzzyMetaPage) PageGetContents(page))

/* Reloptions. */
typedef struct FuzzyOptions
{
	int32		vl_len_;
	int			maxDistance;
} FuzzyOptions;

#define FUZZY_DEFAULT_MAX_DISTANCE 2

/* KNN phase 2 covers this many edits beyond the index's reach. */
#define FUZZY_KNN_RING			2
#define FUZZY_KNN_PHASES		3

/* One scan result: heap TID and where its ORDER BY distances are. */
typedef struct FuzzyResult
{
	ItemPointerData tid;
	int			pos;
} FuzzyResult;

typedef struct FuzzyScanOpaqueData
{
	MemoryContext scanCxt;		/* lives across one rescan */
	MemoryContext tupCxt;		/* reset per candidate */
	bool		computed;		/* results of the current phase ready */
	int			phase;			/* KNN: 1, 2 or 3, see fuzzy_search.c */
	int			reach;			/* KNN phase-1 reach in edits, -1 if none */
	FuzzyResult *results;
	int			nresults;
	int			maxresults;
	int			next;
	float4	   *dists;			/* nresults * norderbys */
	bool	   *distnulls;
	DocnumKey  *keyProbe;		/* per scan key: prepared col-1 argument */
	uint32	   *keyUnits;		/* per scan key: allowed units */
	DocnumKey	orderProbe;		/* first ORDER BY argument, if on col 1 */
} FuzzyScanOpaqueData;

typedef FuzzyScanOpaqueData *FuzzyScanOpaque;

/* fuzzy_handler.c */
extern Datum fuzzy_handler(PG_FUNCTION_ARGS);
extern bytea *fuzzyoptions(Datum reloptions, bool validate);
extern bool fuzzyvalidate(Oid opclassoid);
extern int	FuzzyRelMaxDistance(Relation index);

/* fuzzy_page.c */
extern void FuzzyInitPage(Page page, uint16 type);
extern void FuzzyInitMetaPage(Page page, int maxDistance);
extern void FuzzyInitDirPage(Page page);
extern Buffer FuzzyNewBuffer(Relation index);
extern void FuzzyReadMeta(Relation index, FuzzyMetaPageData *meta);
extern uint32 FuzzyBucket(uint32 hash, uint32 nbuckets);
extern BlockNumber FuzzyDirLookup(Relation index, const FuzzySegment *seg,
								  uint32 bucket);
extern int	FuzzyUsedSegments(const FuzzyMetaPageData *meta);
extern void FuzzyBucketRange(Relation index, const FuzzySegment *seg,
							 uint32 bucket, BlockNumber *first,
							 BlockNumber *last);
extern bool FuzzyPageAddEntry(Page page, uint32 hash, uint32 ordinal);
extern int	FuzzyPageNextResidual(Page page, int from, uint32 residual);
extern void FuzzyPageGetEntry(Page page, int i, uint32 *residual,
							  uint32 *ordinal);
extern void FuzzyPageSetEntry(Page page, int i, uint32 residual,
							  uint32 ordinal);
extern void FuzzyPageSetNEntries(Page page, int n);
extern bool FuzzyPageHasRoom(Page page);
extern int	FuzzyKeySignatures(Relation index, Datum value, int k, uint32 *out);
extern IndexTuple FuzzyFormKey(Relation index, Datum *values, bool *isnull,
							   ItemPointer tid);

/* Next datum of a tuplesort, forward; by-reference datums are not copied. */
#if PG_VERSION_NUM >= 160000
#define FuzzySortGetDatum(state, val, isnull) \
	tuplesort_getdatum((state), true, false, (val), (isnull), NULL)
#else
#define FuzzySortGetDatum(state, val, isnull) \
	tuplesort_getdatum((state), true, (val), (isnull), NULL)
#endif

/* fuzzy_fence.c */
extern uint32 FuzzyWriteFences(Relation index, const uint8 *keys,
							   uint32 nkeys, FuzzyFenceLevel *levels);
extern void FuzzyTupleFence(Relation index, IndexTuple itup, uint8 *out);
extern void FuzzyFenceRange(Relation index, const FuzzyMetaPageData *meta,
							const uint8 *probe, BlockNumber *first,
							BlockNumber *last);
extern char *FuzzyCheckFences(Relation index, const FuzzyMetaPageData *meta,
							  int64 *errors);

/* fuzzy_build.c */
extern IndexBuildResult *fuzzybuild(Relation heap, Relation index,
									struct IndexInfo *indexInfo);
extern void fuzzybuildempty(Relation index);

/* fuzzy_insert.c */
extern bool fuzzyinsert(Relation index, Datum *values, bool *isnull,
						ItemPointer ht_ctid, Relation heapRel,
						IndexUniqueCheck checkUnique, bool indexUnchanged,
						struct IndexInfo *indexInfo);
extern void FuzzyAddSegment(Relation index, Buffer metabuf, uint32 nbuckets);

/* fuzzy_scan.c */
extern IndexScanDesc fuzzybeginscan(Relation r, int nkeys, int norderbys);
extern void fuzzyrescan(IndexScanDesc scan, ScanKey scankey, int nscankeys,
						ScanKey orderbys, int norderbys);
extern bool fuzzygettuple(IndexScanDesc scan, ScanDirection dir);
extern int64 fuzzygetbitmap(IndexScanDesc scan, TIDBitmap *tbm);
extern void fuzzyendscan(IndexScanDesc scan);

/* fuzzy_search.c */
extern void FuzzyCollect(IndexScanDesc scan);

/* fuzzy_vacuum.c */
extern IndexBulkDeleteResult *fuzzybulkdelete(IndexVacuumInfo *info,
											  IndexBulkDeleteResult *stats,
											  IndexBulkDeleteCallback callback,
											  void *callback_state);
extern IndexBulkDeleteResult *fuzzyvacuumcleanup(IndexVacuumInfo *info,
												 IndexBulkDeleteResult *stats);

/* fuzzy_cost.c */
extern void fuzzycostestimate(PlannerInfo *root, IndexPath *path,
							  double loop_count, Cost *indexStartupCost,
							  Cost *indexTotalCost,
							  Selectivity *indexSelectivity,
							  double *indexCorrelation, double *indexPages);

#endif							/* TRAVEL_DOCS_FUZZY_H */
