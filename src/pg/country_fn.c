/*
 * country_fn.c - SQL access to the ICAO table of state and organization
 * codes that the MRZ core validates against.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "core/countries.h"

PG_FUNCTION_INFO_V1(mrz_country_kind_sql);

/*
 * mrz_country_kind(code text) RETURNS text: 'icao' for a code valid in an
 * MRZ (ISO 3166-1 alpha-3 or Doc 9303-3 section 5, "D" and "D<<" included),
 * 'non_icao' for a code seen on documents but not valid (XXK ...), and
 * 'unknown' for anything else.
 */
Datum
mrz_country_kind_sql(PG_FUNCTION_ARGS)
{
	text	   *code = PG_GETARG_TEXT_PP(0);
	const char *kind;

	switch (country_lookup(VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code)))
	{
		case COUNTRY_ICAO:
			kind = "icao";
			break;
		case COUNTRY_NON_ICAO_KNOWN:
			kind = "non_icao";
			break;
		default:
			kind = "unknown";
			break;
	}
	PG_RETURN_TEXT_P(cstring_to_text(kind));
}
