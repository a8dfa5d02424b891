/*
 * mrz_fn.c - SQL functions over machine readable zones.
 *
 * Thin glue around src/core/mrz.h: text in, core call, composite / array /
 * set out.  Per-field problems stay data (errors and warnings arrays, rows of
 * mrz_errors()); input that is not an MRZ at all raises 22P02 here.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/tuplestore.h"

#include "core/mrz.h"
#include "pg/travel_docs.h"

PG_FUNCTION_INFO_V1(mrz_parse_sql);
PG_FUNCTION_INFO_V1(mrz_valid_sql);
PG_FUNCTION_INFO_V1(mrz_errors_sql);
PG_FUNCTION_INFO_V1(mrz_check_digit_sql);
PG_FUNCTION_INFO_V1(mrz_correct_sql);
PG_FUNCTION_INFO_V1(mrz_build_sql);

/* Number of columns of the composite type mrz_document. */
#define MRZ_DOCUMENT_NATTS 15

/*
 * Reference date used where a function takes none (mrz_valid, mrz_errors,
 * mrz_correct).  Validity does not depend on it: the century of a two-digit
 * year changes no check digit, and the calendar is checked on the two-digit
 * year.  A fixed date keeps those functions immutable.
 */
static const mrz_date fixed_as_of = {2000, 1, 1};

/*
 * A core detail or hint as PostgreSQL writes them: a sentence with a capital
 * letter and a period.  The core keeps plain fragments; the style of the
 * server's messages is the glue's business.
 */
static char *
as_sentence(const char *fragment)
{
	size_t		len = strlen(fragment);
	char	   *s = palloc(len + 2);

	memcpy(s, fragment, len + 1);
	if (s[0] >= 'a' && s[0] <= 'z')
		s[0] += 'A' - 'a';
	if (len > 0 && s[len - 1] != '.')
		strcat(s, ".");
	return s;
}

/* Raise the error a core failure describes. */
void
td_report_mrz_failure(const mrz_failure *fail)
{
	int			code = (fail->status == MRZ_ERR_FIELD) ?
		ERRCODE_INVALID_PARAMETER_VALUE : ERRCODE_INVALID_TEXT_REPRESENTATION;

	ereport(ERROR,
			(errcode(code),
			 errmsg("%s", fail->message),
			 fail->detail[0] ? errdetail("%s", as_sentence(fail->detail)) : 0,
			 fail->hint[0] ? errhint("%s", as_sentence(fail->hint)) : 0));
}

/* Convert a SQL date to the core's calendar date. */
static mrz_date
date_to_mrz(DateADT d)
{
	mrz_date	m;

	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("as_of must be a finite date")));
	j2date(d + POSTGRES_EPOCH_JDATE, &m.year, &m.month, &m.day);
	return m;
}

/* Parse text with the core, raising 22P02 when it is not an MRZ. */
static void
parse_or_error(text *input, mrz_date as_of, mrz_document *doc)
{
	mrz_failure fail;

	if (mrz_parse(VARDATA_ANY(input), VARSIZE_ANY_EXHDR(input), as_of,
				  doc, &fail) != MRZ_OK)
		td_report_mrz_failure(&fail);
}

/* A text Datum, or NULL for an empty string. */
static Datum
text_or_null(const char *s, bool *isnull)
{
	*isnull = (s[0] == '\0');
	return *isnull ? (Datum) 0 : CStringGetTextDatum(s);
}

/* A date Datum, or NULL when the core found none. */
static Datum
date_or_null(mrz_date d, bool *isnull)
{
	*isnull = (d.year == 0);
	if (*isnull)
		return (Datum) 0;
	return DateADTGetDatum(date2j(d.year, d.month, d.day) - POSTGRES_EPOCH_JDATE);
}

/* A text[] of the issues' messages (empty array when there are none). */
static Datum
issue_array(const mrz_issue *issues, int n)
{
	Datum	   *elems = palloc(sizeof(Datum) * Max(n, 1));

	for (int i = 0; i < n; i++)
		elems[i] = CStringGetTextDatum(issues[i].message);
	return PointerGetDatum(construct_array(elems, n, TEXTOID, -1, false,
										   TYPALIGN_INT));
}

/*
 * The blessed descriptor of mrz_document, looked up once per call site and
 * kept in fn_extra: the catalog look-up would otherwise dominate a parse.
 */
static TupleDesc
result_tupdesc(FunctionCallInfo fcinfo)
{
	TupleDesc	tupdesc = (TupleDesc) fcinfo->flinfo->fn_extra;

	if (tupdesc == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "mrz_parse must return a composite type");
		tupdesc = BlessTupleDesc(CreateTupleDescCopy(tupdesc));
		MemoryContextSwitchTo(old);
		fcinfo->flinfo->fn_extra = tupdesc;
	}
	return tupdesc;
}

/* mrz_parse(mrz text, as_of date) RETURNS mrz_document */
Datum
mrz_parse_sql(PG_FUNCTION_ARGS)
{
	text	   *input = PG_GETARG_TEXT_PP(0);
	mrz_date	as_of = date_to_mrz(PG_GETARG_DATEADT(1));
	mrz_document doc;
	TupleDesc	tupdesc;
	Datum		values[MRZ_DOCUMENT_NATTS];
	bool		nulls[MRZ_DOCUMENT_NATTS] = {false};
	char		sex[2] = {0, 0};

	tupdesc = result_tupdesc(fcinfo);
	parse_or_error(input, as_of, &doc);
	sex[0] = doc.sex;

	values[0] = CStringGetTextDatum(mrz_format_name(doc.format));
	values[1] = text_or_null(doc.document_code, &nulls[1]);
	values[2] = text_or_null(doc.issuing_state, &nulls[2]);
	values[3] = text_or_null(doc.document_number, &nulls[3]);
	values[4] = text_or_null(doc.primary_identifier, &nulls[4]);
	values[5] = text_or_null(doc.secondary_identifier, &nulls[5]);
	values[6] = text_or_null(doc.nationality, &nulls[6]);
	values[7] = date_or_null(doc.birth_date, &nulls[7]);
	values[8] = text_or_null(sex, &nulls[8]);
	values[9] = date_or_null(doc.expiry_date, &nulls[9]);
	values[10] = text_or_null(doc.optional_data, &nulls[10]);
	values[11] = text_or_null(doc.optional_data_2, &nulls[11]);
	values[12] = BoolGetDatum(doc.valid);
	values[13] = issue_array(doc.errors, doc.nerrors);
	values[14] = issue_array(doc.warnings, doc.nwarnings);

	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/* mrz_valid(mrz text) RETURNS boolean */
Datum
mrz_valid_sql(PG_FUNCTION_ARGS)
{
	text	   *input = PG_GETARG_TEXT_PP(0);
	mrz_document doc;

	parse_or_error(input, fixed_as_of, &doc);
	PG_RETURN_BOOL(doc.valid);
}

/* mrz_errors(mrz text) RETURNS TABLE(field text, position int, message text) */
Datum
mrz_errors_sql(PG_FUNCTION_ARGS)
{
	text	   *input = PG_GETARG_TEXT_PP(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	mrz_document doc;

	parse_or_error(input, fixed_as_of, &doc);
	InitMaterializedSRF(fcinfo, 0);

	for (int i = 0; i < doc.nerrors; i++)
	{
		const mrz_issue *issue = &doc.errors[i];
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		values[0] = CStringGetTextDatum(issue->field);
		values[1] = Int32GetDatum(issue->position);
		nulls[1] = (issue->position == 0);
		values[2] = CStringGetTextDatum(issue->message);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* mrz_check_digit(data text) RETURNS int */
Datum
mrz_check_digit_sql(PG_FUNCTION_ARGS)
{
	text	   *data = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(data);
	int			len = VARSIZE_ANY_EXHDR(data);
	int			digit = mrz_check_digit(s, len);

	if (digit < 0)
	{
		int			pos = 0;

		while (pos < len && ((s[pos] >= 'A' && s[pos] <= 'Z') ||
							 (s[pos] >= '0' && s[pos] <= '9') || s[pos] == '<'))
			pos++;
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid character at position %d of check-digit input", pos + 1),
				 errhint("MRZ characters are A-Z, 0-9 and the filler \"<\".")));
	}
	PG_RETURN_INT32(digit);
}

/* mrz_correct(mrz text) RETURNS text: the input itself when already valid. */
Datum
mrz_correct_sql(PG_FUNCTION_ARGS)
{
	text	   *input = PG_GETARG_TEXT_PP(0);
	char		out[MRZ_MAX_CHARS + MRZ_MAX_LINES + 1];
	int			changes = 0;
	mrz_failure fail;
	mrz_status	status;

	status = mrz_correct(VARDATA_ANY(input), VARSIZE_ANY_EXHDR(input),
						 fixed_as_of, out, sizeof(out), &changes, &fail);
	if (status == MRZ_ERR_NO_REPAIR)
		PG_RETURN_NULL();
	if (status != MRZ_OK)
		td_report_mrz_failure(&fail);
	if (changes == 0)
		PG_RETURN_TEXT_P(input);
	PG_RETURN_TEXT_P(cstring_to_text(out));
}

/* The C string of text argument n, or "" when it is NULL. */
static const char *
arg_cstring(FunctionCallInfo fcinfo, int n)
{
	return PG_ARGISNULL(n) ? "" : text_to_cstring(PG_GETARG_TEXT_PP(n));
}

/* The calendar date of date argument n; year 0 when NULL. */
static mrz_date
arg_date(FunctionCallInfo fcinfo, int n)
{
	mrz_date	none = {0, 0, 0};

	return PG_ARGISNULL(n) ? none : date_to_mrz(PG_GETARG_DATEADT(n));
}

/*
 * mrz_build(format, document_code, issuing_state, document_number,
 *           primary_identifier, secondary_identifier, nationality,
 *           birth_date, sex, expiry_date, optional_data) RETURNS text
 *
 * NULL where a field is required (format, code, state, number, primary
 * identifier, nationality, expiry) gives NULL; a NULL birth date, sex,
 * secondary identifier or optional data is encoded as fillers.
 */
Datum
mrz_build_sql(PG_FUNCTION_ARGS)
{
	static const int required[] = {0, 1, 2, 3, 4, 6, 9};
	mrz_fields	f;
	const char *format_name;
	const char *sex;
	char		out[MRZ_MAX_CHARS + MRZ_MAX_LINES + 1];
	mrz_failure fail;

	for (size_t i = 0; i < lengthof(required); i++)
		if (PG_ARGISNULL(required[i]))
			PG_RETURN_NULL();

	format_name = arg_cstring(fcinfo, 0);
	if (!mrz_format_from_name(format_name, &f.format))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown MRZ format \"%s\"", format_name),
				 errhint("Use one of TD1, TD2, TD3, MRVA, MRVB.")));
	f.document_code = arg_cstring(fcinfo, 1);
	f.issuing_state = arg_cstring(fcinfo, 2);
	f.document_number = arg_cstring(fcinfo, 3);
	f.primary_identifier = arg_cstring(fcinfo, 4);
	f.secondary_identifier = arg_cstring(fcinfo, 5);
	f.nationality = arg_cstring(fcinfo, 6);
	f.birth_date = arg_date(fcinfo, 7);
	sex = arg_cstring(fcinfo, 8);
	if (strlen(sex) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("sex must be one character, not \"%s\"", sex),
				 errhint("Use M, F, or NULL, X or < for unspecified.")));
	f.sex = sex[0];
	f.expiry_date = arg_date(fcinfo, 9);
	f.optional_data = arg_cstring(fcinfo, 10);

	if (mrz_build(&f, out, sizeof(out), &fail) != MRZ_OK)
		td_report_mrz_failure(&fail);
	PG_RETURN_TEXT_P(cstring_to_text(out));
}
