/*
 * name_memo.h - scores already computed against one fixed name (see
 * name_memo.c).
 */
#ifndef TRAVEL_DOCS_NAME_MEMO_H
#define TRAVEL_DOCS_NAME_MEMO_H

#include "postgres.h"

typedef struct name_memo name_memo;

/* An empty memo, living in (a child of) mcxt. */
extern name_memo *name_memo_create(MemoryContext mcxt);

/* Forget every score (the fixed name changed). */
extern void name_memo_reset(name_memo *m);

/* The score remembered for the name s[0..len), if any. */
extern bool name_memo_get(name_memo *m, const char *s, size_t len, double *score);

/* Remember the score of s[0..len) (ignored once the memo is full). */
extern void name_memo_put(name_memo *m, const char *s, size_t len, double score);

#endif							/* TRAVEL_DOCS_NAME_MEMO_H */
