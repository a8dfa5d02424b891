/*
 * travel_docs.h - declarations shared by the SQL glue in src/pg and src/am.
 */
#ifndef TRAVEL_DOCS_PG_H
#define TRAVEL_DOCS_PG_H

#include "postgres.h"

/* travel_docs.docnum_max_distance: the reach of the ~% operator. */
extern double docnum_max_distance;

/* Define the document-number settings (called from _PG_init). */
extern void docnum_define_gucs(void);

/* Register the fuzzy index reloptions (called from _PG_init). */
extern void fuzzy_register_reloptions(void);

/* A document number prepared for comparison: normalised symbols. */
typedef struct DocnumKey
{
	uint32	   *syms;
	int			n;
} DocnumKey;

/* Normalise a text value into symbols (palloc'd in the current context). */
extern void docnum_key_from_text(text *t, DocnumKey *key);

/* Units (half-edits) of the largest distance a threshold allows. */
extern uint32 docnum_threshold_units(double threshold);

/* Distance in units, or DOCNUM_BEYOND above max_units. */
extern uint32 docnum_key_units(const DocnumKey *a, const DocnumKey *b,
							   uint32 max_units);

/* The exact distance in units, however long the strings. */
extern uint32 docnum_key_distance(const DocnumKey *a, const DocnumKey *b);

struct mrz_failure;

/* Settings (travel_docs.c). */
extern bool td_audit;

/* Raise the ereport() that a core MRZ failure describes (22P02 or 22023). */
extern void td_report_mrz_failure(const struct mrz_failure *fail) pg_attribute_noreturn();

/* name_fn.c: define travel_docs.name_threshold */
extern void name_define_gucs(void);

struct name_ctx;
struct name_failure;

/* name_fn.c: the backend's name context, the threshold, UTF-8 text, errors */
extern struct name_ctx *name_backend_ctx(void);
extern double name_current_threshold(void);
extern const char *name_text_utf8(text *t, size_t *len);
extern void name_raise_failure(const struct name_failure *f) pg_attribute_noreturn();

#endif							/* TRAVEL_DOCS_PG_H */
