/*
 * travel_docs.c - module entry point: the magic block and _PG_init, where the
 * extension's settings (GUCs named travel_docs.*) are defined.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/guc.h"

#include "pg/travel_docs.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/* travel_docs.audit: log every register check to sltd_audit. */
bool		td_audit = false;

/* Define the settings of every part of the extension. */
void
_PG_init(void)
{
	DefineCustomBoolVariable("travel_docs.audit",
							 "Appends every register check to the search log sltd_audit.",
							 "Only superusers can change it, so that searchers cannot turn it off.",
							 &td_audit,
							 false,
							 PGC_SUSET,
							 0,
							 NULL, NULL, NULL);

	docnum_define_gucs();
	fuzzy_register_reloptions();
	name_define_gucs();
#if PG_VERSION_NUM >= 150000
	MarkGUCPrefixReserved("travel_docs");
#else
	EmitWarningsOnPlaceholders("travel_docs");
#endif
}
