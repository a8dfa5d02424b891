/*
 * travel_docs.h - declarations shared by the SQL glue in src/pg and src/am.
 */
#ifndef TRAVEL_DOCS_PG_H
#define TRAVEL_DOCS_PG_H

struct mrz_failure;

/* Settings (travel_docs.c). */
extern bool td_audit;

/* Raise the ereport() that a core MRZ failure describes (22P02 or 22023). */
extern void td_report_mrz_failure(const struct mrz_failure *fail) pg_attribute_noreturn();

#endif							/* TRAVEL_DOCS_PG_H */
