/*
 * mrz_parse.c - parse and validate an MRZ of any of the five ICAO layouts:
 * format detection, document code, codes, document number (with the TD1/
 * TD2 long-number overflow), dates, sex, optional data and every check
 * digit.  Problems are recorded as issues with their 1-based position in
 * the joined text; the success path formats no strings.
 */
#include "core/mrz_internal.h"
#include "core/countries.h"

#include <string.h>

/* Format from the line shape and the first letter of the document code. */
static mrz_format
detect_format(const mrz_document *doc)
{
	if (doc->nlines == 3)
		return MRZ_TD1;
	if (doc->line_length == 44)
		return doc->text[0] == 'V' ? MRZ_MRVA : MRZ_TD3;
	return doc->text[0] == 'V' ? MRZ_MRVB : MRZ_TD2;
}

/* Compare a printed check digit with the computed one. */
static void
check_digit_at(mrz_document *doc, const char *field, int pos, int computed)
{
	char		c = doc->text[pos];

	if (c - '0' == computed)
		return;
	if (mrz_is_digit(c))
		mrz_add_error(doc, MRZ_ISSUE_CHECK_DIGIT, field, pos + 1,
					  "%s check digit is %c, computed %d", field, c, computed);
	else
		mrz_add_error(doc, MRZ_ISSUE_CHECK_NOT_DIGIT, field, pos + 1,
					  "%s check digit is \"%c\", not a digit (computed %d)",
					  field, c, computed);
}

/* Letters allowed first in the document code of a format. */
static const char *
code_letters(mrz_format f)
{
	switch (f)
	{
		case MRZ_TD1:
		case MRZ_TD2:
			return "ACI";
		case MRZ_TD3:
			return "P";
		default:
			return "V";
	}
}

/* Document code: first letter by format, second a letter or '<'. */
static void
read_document_code(mrz_document *doc)
{
	const char *t = doc->text;
	const char *allowed = code_letters(doc->format);

	doc->document_code[0] = t[0];
	doc->document_code[1] = t[1] == '<' ? '\0' : t[1];
	doc->document_code[2] = '\0';
	if (t[0] == '<' || strchr(allowed, t[0]) == NULL)
		mrz_add_error(doc, MRZ_ISSUE_DOCUMENT_CODE, "document_code", 1,
					  "document code \"%.2s\" does not start with %s%s, as a %s document code must",
					  t, strlen(allowed) > 1 ? "one of " : "", allowed,
					  mrz_format_name(doc->format));
	if (!mrz_is_letter(t[1]) && t[1] != '<')
		mrz_add_error(doc, MRZ_ISSUE_CHAR_CLASS, "document_code", 2,
					  "document code \"%.2s\" has \"%c\" at position 2 where a letter or \"<\" is expected",
					  t, t[1]);
	else if ((doc->format == MRZ_TD1 || doc->format == MRZ_TD2) && t[1] == 'V')
		mrz_add_error(doc, MRZ_ISSUE_DOCUMENT_CODE, "document_code", 2,
					  "document code \"%.2s\": the second letter of a %s code must not be V",
					  t, mrz_format_name(doc->format));
	else if (doc->format == MRZ_TD3 && t[0] == 'P' &&
			 strchr("<PEDORTSLMU", t[1]) == NULL)
		mrz_add_warning(doc, MRZ_ISSUE_DOCUMENT_CODE, "document_code", 2,
						"document code \"%.2s\" is not in the Doc 9303 list (P<, PP, PE, PD, PO, PR, PT, PS, PL, PM, PU)",
						t);
}

/* A country or organization code at text[off..off+3). */
static void
read_country(mrz_document *doc, int off, const char *field, char out[4])
{
	country_kind kind = country_lookup(doc->text + off, 3);

	mrz_copy_stripped(doc->text, off, 3, out);
	if (kind == COUNTRY_ICAO)
		return;
	for (int i = off; i < off + 3; i++)
		if (mrz_is_digit(doc->text[i]))
		{
			mrz_add_error(doc, MRZ_ISSUE_CHAR_CLASS, field, i + 1,
						  "%s \"%.3s\" has \"%c\" at position %d where a letter is expected",
						  field, doc->text + off, doc->text[i], i + 1);
			return;
		}
	if (kind == COUNTRY_NON_ICAO_KNOWN)
	{
		mrz_add_error(doc, MRZ_ISSUE_NON_ICAO_CODE, field, off + 1,
					  "%s \"%s\" is not an ICAO code", field, out);
		mrz_add_warning(doc, MRZ_ISSUE_NON_ICAO_CODE, field, off + 1,
						"%s \"%s\" is a non-ICAO code seen on documents",
						field, out);
	}
	else
		mrz_add_error(doc, MRZ_ISSUE_UNKNOWN_STATE, field, off + 1,
					  "%s \"%.3s\" is not an ICAO country or organization code",
					  field, doc->text + off);
}

/* Check digit of the concatenation of two spans of the text. */
static int
check_two(const char *a, int alen, const char *b, int blen)
{
	char		buf[MRZ_MAX_CHARS];

	memcpy(buf, a, (size_t) alen);
	memcpy(buf + alen, b, (size_t) blen);
	return mrz_check_digit_fast(buf, alen + blen);
}

/*
 * TD1/TD2 long document number: the check-digit slot holds '<' and the
 * optional data starts with the rest of the number and its check digit.
 * Returns the offset where the optional data proper starts.
 */
static int
read_long_number(mrz_document *doc, const mrz_layout *lay)
{
	const char *t = doc->text;
	int			o = lay->optional.off;
	int			olen = lay->optional.len;
	int			r = 0;
	int			cdpos,
				icao;

	while (r < olen && t[o + r] != '<')
		r++;
	mrz_copy_stripped(t, lay->docnum.off, 9, doc->document_number);
	if (r == 0)
	{
		mrz_add_error(doc, MRZ_ISSUE_CHECK_NOT_DIGIT, "document_number",
					  lay->docnum_cd + 1,
					  "document_number check digit is \"<\" and the optional data at position %d holds no long-number continuation",
					  o + 1);
		return o;
	}
	if (r == 1)
	{
		mrz_add_error(doc, MRZ_ISSUE_LONG_NUMBER, "document_number", o + 1,
					  "document_number continuation at position %d has a check digit but no characters",
					  o + 1);
		return o + 2;
	}
	if (memchr(t + lay->docnum.off, '<', 9) != NULL)
		mrz_add_error(doc, MRZ_ISSUE_LONG_NUMBER, "document_number",
					  lay->docnum.off + 1,
					  "long document number has fillers within its first 9 characters");
	if (r == olen)
		mrz_add_warning(doc, MRZ_ISSUE_LONG_NUMBER, "document_number", o + r,
						"long document number continuation fills the optional data with no closing \"<\"");
	cdpos = o + r - 1;
	{
		size_t		n = strlen(doc->document_number);

		memcpy(doc->document_number + n, t + o, (size_t) (r - 1));
		doc->document_number[n + r - 1] = '\0';
	}
	icao = check_two(t + lay->docnum.off, 9, t + o, r - 1);
	if (t[cdpos] - '0' == icao)
		return o + r + 1;
	if (mrz_is_digit(t[cdpos]) &&
		t[cdpos] - '0' == check_two(t + lay->docnum.off, 10, t + o, r - 1))
	{
		/* the slot after the principal characters is the '<' itself */
		mrz_add_error(doc, MRZ_ISSUE_FILLER_INCLUDED, "document_number",
					  cdpos + 1,
					  "document_number check digit is %c, computed %d; %c is the filler-inclusive variant of older Belgian and Portuguese cards",
					  t[cdpos], icao, t[cdpos]);
		mrz_add_warning(doc, MRZ_ISSUE_FILLER_INCLUDED, "document_number",
						cdpos + 1,
						"document_number check digit is computed over the \"<\" at position %d too (older Belgian and Portuguese cards)",
						lay->docnum_cd + 1);
	}
	else
		check_digit_at(doc, "document_number", cdpos, icao);
	return o + r + 1;
}

/* Document number and its check digit; returns where optional data starts. */
static int
read_document_number(mrz_document *doc, const mrz_layout *lay)
{
	const char *t = doc->text;

	if (lay->long_numbers && t[lay->docnum_cd] == '<')
		return read_long_number(doc, lay);
	mrz_copy_stripped(t, lay->docnum.off, 9, doc->document_number);
	check_digit_at(doc, "document_number", lay->docnum_cd,
				   mrz_check_digit_fast(t + lay->docnum.off, 9));
	return lay->optional.off;
}

/* Sex: M, F or '<'; X is reported as both an error and a warning. */
static void
read_sex(mrz_document *doc, int pos)
{
	char		c = doc->text[pos];

	if (c == 'M' || c == 'F')
		doc->sex = c;
	else if (c == '<')
		doc->sex = 0;
	else if (c == 'X')
	{
		doc->sex = 'X';
		mrz_add_error(doc, MRZ_ISSUE_SEX_X, "sex", pos + 1,
					  "sex is \"X\"; the MRZ writes unspecified sex as \"<\" (X is for the visual zone)");
		mrz_add_warning(doc, MRZ_ISSUE_SEX_X, "sex", pos + 1,
						"sex is \"X\", the visual-zone value for unspecified sex");
	}
	else
	{
		doc->sex = 0;
		mrz_add_error(doc, MRZ_ISSUE_BAD_SEX, "sex", pos + 1,
					  "sex is \"%c\", expected M, F or \"<\"", c);
	}
}

/* TD3 personal number check digit: '<' or '0' allowed when all fillers. */
static void
check_personal_number(mrz_document *doc, const mrz_layout *lay)
{
	const char *t = doc->text;
	int			pos = lay->optional_cd;
	bool		empty = true;

	for (int i = 0; i < lay->optional.len; i++)
		if (t[lay->optional.off + i] != '<')
		{
			empty = false;
			break;
		}
	if (empty && (t[pos] == '<' || t[pos] == '0'))
		return;
	if (empty && mrz_is_digit(t[pos]))
		mrz_add_error(doc, MRZ_ISSUE_CHECK_DIGIT, "optional_data", pos + 1,
					  "optional_data check digit is %c; an empty personal number takes \"<\" or 0",
					  t[pos]);
	else
		check_digit_at(doc, "optional_data", pos,
					   mrz_check_digit_fast(t + lay->optional.off,
											lay->optional.len));
}

/* Optional data fields, personal-number and composite check digits. */
static void
read_optional(mrz_document *doc, const mrz_layout *lay, int start)
{
	int			end = lay->optional.off + lay->optional.len;

	if (start < end)
		mrz_copy_stripped(doc->text, start, end - start, doc->optional_data);
	else
		doc->optional_data[0] = '\0';
	if (lay->optional_2.len > 0)
		mrz_copy_stripped(doc->text, lay->optional_2.off, lay->optional_2.len,
						  doc->optional_data_2);
	else
		doc->optional_data_2[0] = '\0';
	if (lay->optional_cd >= 0)
		check_personal_number(doc, lay);
	if (lay->composite >= 0)
		check_digit_at(doc, "composite", lay->composite,
					   mrz_composite_digit(lay, doc->text));
}

/* Parse and validate; see mrz.h. */
mrz_status
mrz_parse(const char *input, size_t len, mrz_date as_of, mrz_document *doc,
		  mrz_failure *fail)
{
	const mrz_layout *lay;
	const char *t = doc->text;
	mrz_status	st;
	int			opt_start;

	st = mrz_split(input, len, doc->text, &doc->nlines, &doc->line_length,
				   fail);
	if (st != MRZ_OK)
		return st;
	doc->nerrors = doc->nwarnings = 0;
	doc->format = detect_format(doc);
	lay = mrz_layout_of(doc->format);

	read_document_code(doc);
	read_country(doc, 2, "issuing_state", doc->issuing_state);
	if (doc->format != MRZ_TD1)
		mrz_read_name(doc, lay->name.off, lay->name.len);
	opt_start = read_document_number(doc, lay);
	if (doc->document_number[0] == '\0')
		mrz_add_error(doc, MRZ_ISSUE_DOCNUM_FORMAT, "document_number",
					  lay->docnum.off + 1, "document_number is empty");
	read_country(doc, lay->nationality, "nationality", doc->nationality);
	mrz_read_date(doc, lay->birth, true, as_of, "birth_date",
				  &doc->birth_date, doc->birth_raw);
	check_digit_at(doc, "birth_date", lay->birth_cd,
				   mrz_check_digit_fast(t + lay->birth, 6));
	read_sex(doc, lay->sex);
	mrz_read_date(doc, lay->expiry, false, as_of, "expiry_date",
				  &doc->expiry_date, doc->expiry_raw);
	check_digit_at(doc, "expiry_date", lay->expiry_cd,
				   mrz_check_digit_fast(t + lay->expiry, 6));
	read_optional(doc, lay, opt_start);
	if (doc->format == MRZ_TD1)
		mrz_read_name(doc, lay->name.off, lay->name.len);	/* line 3 */
	doc->valid = doc->nerrors == 0;
	return MRZ_OK;
}
