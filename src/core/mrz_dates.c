/*
 * mrz_dates.c - YYMMDD dates of an MRZ: character classes, fillers for
 * unknown parts, century expansion and calendar checks.
 *
 * Centuries (Doc 9303 leaves them open, mrz.md §8): a birth date takes the
 * latest century that does not put it after as_of; an expiry date the
 * century that puts it in the window (as_of - 50 years, as_of + 50 years].
 */
#include "core/mrz_internal.h"

#include <string.h>

/* Days in a month of a year (Gregorian); 0 for a month outside 1-12. */
int
mrz_days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month < 1 || month > 12)
		return 0;
	if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
		return 29;
	return days[month - 1];
}

/* Whether y-m-d is a calendar date (year 1-9999). */
bool
mrz_date_is_valid(mrz_date d)
{
	return d.year >= 1 && d.year <= 9999 && d.day >= 1 &&
		d.day <= mrz_days_in_month(d.year, d.month);
}

/* Century expansion of a birth date: the latest not after as_of. */
static int
birth_year(int yy, int mm, int dd, mrz_date as_of)
{
	int			y = as_of.year - as_of.year % 100 + yy;

	if (y > as_of.year ||
		(y == as_of.year && mm * 100 + dd > as_of.month * 100 + as_of.day))
		y -= 100;
	return y;
}

/* Century expansion of an expiry date: within 50 years of as_of. */
static int
expiry_year(int yy, int mm, int dd, mrz_date as_of)
{
	int			y = as_of.year - as_of.year % 100 + yy;
	long		diff = (long) (y - as_of.year) * 10000 +
		(mm * 100 + dd) - (as_of.month * 100 + as_of.day);

	if (diff > 500000)
		y -= 100;
	else if (diff <= -500000)
		y += 100;
	return y;
}

/* Classify the three 2-character parts: -1 bad, 0 digits, 1 fillers, 2 mixed. */
static int
date_parts(const char *s, mrz_document *doc, int off, const char *field)
{
	int			fillers = 0;

	for (int i = 0; i < 6; i++)
		if (!mrz_is_digit(s[i]) && s[i] != '<')
		{
			mrz_add_error(doc, MRZ_ISSUE_CHAR_CLASS, field, off + i + 1,
						  "%s has \"%c\" at position %d where a digit is expected",
						  field, s[i], off + i + 1);
			return -1;
		}
	for (int p = 0; p < 6; p += 2)
	{
		int			f = (s[p] == '<') + (s[p + 1] == '<');

		if (f == 1)
			return 2;
		if (f == 2)
			fillers = 1;
	}
	return fillers;
}

/* Read a YYMMDD field at text[off..off+6); see mrz_internal.h. */
void
mrz_read_date(mrz_document *doc, int off, bool is_birth, mrz_date as_of,
			  const char *field, mrz_date *out, char raw[7])
{
	const char *s = doc->text + off;
	int			kind,
				yy,
				mm,
				dd;

	memcpy(raw, s, 6);
	raw[6] = '\0';
	out->year = out->month = out->day = 0;
	if ((mrz_class_table[(unsigned char) s[0]] & mrz_class_table[(unsigned char) s[1]] &
		 mrz_class_table[(unsigned char) s[2]] & mrz_class_table[(unsigned char) s[3]] &
		 mrz_class_table[(unsigned char) s[4]] & mrz_class_table[(unsigned char) s[5]]) ==
		MRZ_CLASS_DIGIT)
		kind = 0;				/* fast path: six digits */
	else
		kind = date_parts(s, doc, off, field);
	if (kind == 2)
		mrz_add_error(doc, MRZ_ISSUE_BAD_DATE, field, off + 1,
					  "%s \"%s\" mixes digits and fillers within one part",
					  field, raw);
	else if (kind == 1 && is_birth)
		mrz_add_error(doc, MRZ_ISSUE_DATE_FILLERS, field, off + 1,
					  "%s \"%s\" has fillers for unknown parts, so the date is unknown",
					  field, raw);
	else if (kind == 1)
		mrz_add_error(doc, MRZ_ISSUE_DATE_FILLERS, field, off + 1,
					  "%s \"%s\" has fillers, which Doc 9303 allows only in the date of birth",
					  field, raw);
	if (kind != 0)
		return;
	yy = (s[0] - '0') * 10 + (s[1] - '0');
	mm = (s[2] - '0') * 10 + (s[3] - '0');
	dd = (s[4] - '0') * 10 + (s[5] - '0');
	out->year = is_birth ? birth_year(yy, mm, dd, as_of) :
		expiry_year(yy, mm, dd, as_of);
	out->month = mm;
	out->day = dd;
	if (!mrz_date_is_valid(*out))
	{
		mrz_add_error(doc, MRZ_ISSUE_BAD_DATE, field, off + 1,
					  "%s \"%s\" is not a calendar date", field, raw);
		out->year = out->month = out->day = 0;
	}
}
