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

/* Define the settings of every part of the extension. */
void
_PG_init(void)
{
	name_define_gucs();
#if PG_VERSION_NUM >= 150000
	MarkGUCPrefixReserved("travel_docs");
#else
	EmitWarningsOnPlaceholders("travel_docs");
#endif
}
