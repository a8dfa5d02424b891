/*
 * name_memo.c - a memo of name_similarity() scores against one fixed name.
 *
 * A search compares one name with many rows, and registers repeat names
 * (MOHAMMED ALI, WANG WEI, NGUYEN VAN ANH): the score of a row name that
 * was already compared with the same fixed name is looked up instead of
 * computed again.  name_similarity() is a pure function of the two names'
 * bytes, so the memo returns exactly what the computation would.  An
 * open-addressing table of MEMO_SLOTS slots, entries marked with the
 * generation they belong to (a reset is a new generation, so it costs
 * nothing); the names' bytes live in a child context emptied on reset.
 * At most MEMO_SLOTS / 2 names per generation are remembered.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "utils/memutils.h"

#include "pg/name_memo.h"

#define MEMO_SLOTS 65536		/* a power of two */

typedef struct memo_slot
{
	uint32		gen;			/* 0: never used */
	uint32		hash;
	uint32		len;
	char	   *bytes;
	double		score;
} memo_slot;

struct name_memo
{
	MemoryContext names;		/* the remembered names' bytes */
	uint32		gen;
	int			n;				/* names remembered in this generation */
	memo_slot	slot[MEMO_SLOTS];
};

name_memo *
name_memo_create(MemoryContext mcxt)
{
	name_memo  *m = MemoryContextAllocZero(mcxt, sizeof(name_memo));

	m->names = AllocSetContextCreate(mcxt, "name similarity memo", ALLOCSET_DEFAULT_SIZES);
	m->gen = 1;
	return m;
}

void
name_memo_reset(name_memo *m)
{
	if (m->n == 0)
		return;
	MemoryContextReset(m->names);
	m->n = 0;
	if (++m->gen == 0)
	{
		/* after 2^32 generations: start over with every slot unused */
		memset(m->slot, 0, sizeof(m->slot));
		m->gen = 1;
	}
}

/* The slot holding s, or the free slot where it would go. */
static memo_slot *
memo_find(name_memo *m, const char *s, size_t len, uint32 h)
{
	uint32		i = h & (MEMO_SLOTS - 1);

	for (;;)
	{
		memo_slot  *e = &m->slot[i];

		if (e->gen != m->gen)
			return e;
		if (e->hash == h && e->len == len && memcmp(e->bytes, s, len) == 0)
			return e;
		i = (i + 1) & (MEMO_SLOTS - 1);
	}
}

bool
name_memo_get(name_memo *m, const char *s, size_t len, double *score)
{
	memo_slot  *e;

	if (m->n == 0)
		return false;
	e = memo_find(m, s, len, hash_bytes((const unsigned char *) s, (int) len));
	if (e->gen != m->gen)
		return false;
	*score = e->score;
	return true;
}

void
name_memo_put(name_memo *m, const char *s, size_t len, double score)
{
	uint32		h;
	memo_slot  *e;

	if (m->n >= MEMO_SLOTS / 2 || len > PG_INT32_MAX)
		return;
	h = hash_bytes((const unsigned char *) s, (int) len);
	e = memo_find(m, s, len, h);
	if (e->gen == m->gen)
		return;
	e->bytes = MemoryContextAlloc(m->names, Max(len, 1));
	memcpy(e->bytes, s, len);
	e->len = (uint32) len;
	e->hash = h;
	e->score = score;
	e->gen = m->gen;
	m->n++;
}
