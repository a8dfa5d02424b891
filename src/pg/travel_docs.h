/*
 * travel_docs.h - declarations shared by the SQL glue in src/pg and src/am.
 */
#ifndef TRAVEL_DOCS_PG_H
#define TRAVEL_DOCS_PG_H

/* name_fn.c: define travel_docs.name_threshold */
extern void name_define_gucs(void);

#endif							/* TRAVEL_DOCS_PG_H */
