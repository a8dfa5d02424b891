/*
 * mrz_issue.c - recording the errors and warnings of a parse.  Messages are
 * formatted only here, when an issue is actually found, so that parsing a
 * valid MRZ never formats a string.
 */
#include "core/mrz_internal.h"

#include <stdarg.h>
#include <stdio.h>

/* Append one issue to a list, dropping it when the list is full. */
static void
add_issue(mrz_issue *list, int *n, mrz_issue_code code, const char *field,
		  int position, const char *fmt, va_list ap)
	__attribute__((format(printf, 6, 0)));

static void
add_issue(mrz_issue *list, int *n, mrz_issue_code code, const char *field,
		  int position, const char *fmt, va_list ap)
{
	mrz_issue  *is;

	if (*n >= MRZ_MAX_ISSUES)
		return;
	is = &list[(*n)++];
	is->code = code;
	is->field = field;
	is->position = position;
	vsnprintf(is->message, sizeof(is->message), fmt, ap);
}

/* Record an error: the MRZ is not valid. */
void
mrz_add_error(mrz_document *doc, mrz_issue_code code, const char *field,
			  int position, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	add_issue(doc->errors, &doc->nerrors, code, field, position, fmt, ap);
	va_end(ap);
}

/* Record a warning: a deviation seen on real documents. */
void
mrz_add_warning(mrz_document *doc, mrz_issue_code code, const char *field,
				int position, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	add_issue(doc->warnings, &doc->nwarnings, code, field, position, fmt, ap);
	va_end(ap);
}
