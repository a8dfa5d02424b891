/*
 * name_match_int.h - the matcher's prepared words, shared by name_match.c
 * and name_keys.c (index keys must see exactly the words the matcher
 * compares).  Internal to src/core.
 */
#ifndef TRAVEL_DOCS_NAME_MATCH_INT_H
#define TRAVEL_DOCS_NAME_MATCH_INT_H

#include "core/name_match.h"

#define MT_FORMS (NAME_MAX_ALTS + 4)
#define MT_LEN (NAME_TOKEN_MAX * 2)

/* A word prepared for comparison. */
typedef struct mtok
{
	char		form[MT_FORMS][MT_LEN];
	char		fold[MT_FORMS][MT_LEN];
	char		skel[MT_FORMS][MT_LEN];
	int			nforms;
	int			group;			/* dictionary group, -1 if none */
	bool		arabic;			/* written in Arabic script or Table C */
	bool		prefix;
	bool		ocr;
	bool		particle;
	bool		khmer;			/* written in Khmer script */
	bool		hangul;			/* written in Hangul */
	bool		arabic_name;	/* the name has an Arabic word (script, Table C, dictionary) */
} mtok;

typedef struct mname
{
	mtok		t[NAME_MAX_TOKENS];
	int			n;
} mname;

/* Build the comparison words of a parsed name (particles glued). */
extern void mname_build(const name_parsed *p, mname *out);

/* The word made of x->t[i] and x->t[i+1] written together. */
extern void mname_joined(const mname *x, int i, mtok *out);

#endif							/* TRAVEL_DOCS_NAME_MATCH_INT_H */
