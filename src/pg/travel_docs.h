/*
 * travel_docs.h - declarations shared by the SQL glue in src/pg and src/am.
 */
#ifndef TRAVEL_DOCS_PG_H
#define TRAVEL_DOCS_PG_H

#endif							/* TRAVEL_DOCS_PG_H */
