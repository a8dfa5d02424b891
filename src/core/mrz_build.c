/*
 * mrz_build.c - build a valid MRZ of any of the five formats from its
 * fields: encoding and truncating names, placing long document numbers,
 * computing every check digit, and checking the result by parsing it.
 */
#include "core/mrz_internal.h"
#include "core/countries.h"

#include <stdio.h>
#include <string.h>

#define NAME_BUF 512

/* A field that cannot go into an MRZ: message and hint. */
#define field_error(fail, hint, ...) \
	mrz_fail((fail), MRZ_ERR_FIELD, 0, NULL, (hint), __VA_ARGS__)

static inline char
upper_ascii(char c)
{
	return (c >= 'a' && c <= 'z') ? (char) (c - 'a' + 'A') : c;
}

/* Printable form of a character for a message (UTF-8 sequences whole). */
static void
show(const char *s, char *buf, size_t size)
{
	unsigned char c = (unsigned char) s[0];
	int			n = 1;

	if (c >= 0x20 && c < 0x7f)
	{
		snprintf(buf, size, "%c", c);
		return;
	}
	if (c >= 0xC2 && c <= 0xF4)
	{
		n = c < 0xE0 ? 2 : (c < 0xF0 ? 3 : 4);
		for (int i = 1; i < n; i++)
			if (((unsigned char) s[i] & 0xC0) != 0x80)
				n = 0;
		if (n > 0)
		{
			snprintf(buf, size, "%.*s", n, s);
			return;
		}
	}
	snprintf(buf, size, "\\x%02X", c);
}

/*
 * A user-supplied string for a message: at most 24 bytes, never ending in
 * the middle of a UTF-8 sequence, "..." appended when cut.
 */
static const char *
quoted(const char *in, char *buf, size_t size)
{
	size_t		n = 0;
	size_t		max = size > 28 ? 24 : size - 4;

	if (in == NULL)
		in = "";
	while (in[n] && n < max)
		n++;
	if (in[n])
	{
		while (n > 0 && ((unsigned char) in[n] & 0xC0) == 0x80)
			n--;				/* back to the start of a sequence */
		snprintf(buf, size, "%.*s...", (int) n, in);
	}
	else
		snprintf(buf, size, "%s", in);
	return buf;
}

/*
 * Upper-case a plain field (document number, optional data) into buf:
 * A-Z and 0-9, plus '<' (and a space as '<') when fillers is true.
 */
static mrz_status
encode_plain(const char *in, const char *field, bool fillers, char *buf,
			 int max, int *len, mrz_failure *fail)
{
	int			n = 0;

	if (in == NULL)
		in = "";
	for (int i = 0; in[i]; i++)
	{
		char		c = upper_ascii(in[i]);
		char		shown[8];

		if (fillers && c == ' ')
			c = '<';
		if (!(mrz_is_letter(c) || mrz_is_digit(c) || (fillers && c == '<')))
		{
			show(in + i, shown, sizeof(shown));
			return field_error(fail, fillers ? "use only A-Z, 0-9 and \"<\"" : "use only A-Z and 0-9",
							   "%s has \"%s\" at position %d, which an MRZ cannot hold",
							   field, shown, i + 1);
		}
		if (n >= max)
			return field_error(fail, NULL, "%s is too long: at most %d characters",
							   field, max);
		buf[n++] = c;
	}
	buf[n] = '\0';
	*len = n;
	return MRZ_OK;
}

/*
 * Encode a name identifier: letters upper-cased, spaces and hyphens become
 * one '<' between components, apostrophes are dropped.  Anything else is
 * an error (names must be transliterated to A-Z first).
 */
static mrz_status
encode_identifier(const char *in, const char *field, char *buf, int *len,
				  mrz_failure *fail)
{
	int			n = 0;

	if (in == NULL)
		in = "";
	for (int i = 0; in[i]; i++)
	{
		char		c = upper_ascii(in[i]);
		char		shown[8];

		if (c == '\'')
			continue;
		if (c == ' ' || c == '-')
		{
			if (n > 0 && buf[n - 1] != '<')
				buf[n++] = '<';
		}
		else if (mrz_is_letter(c))
			buf[n++] = c;
		else
		{
			show(in + i, shown, sizeof(shown));
			return field_error(fail, "transliterate names to A-Z first (for example \xC3\x9C as UE)",
							   "%s has \"%s\" at position %d, which an MRZ name cannot hold",
							   field, shown, i + 1);
		}
		if (n >= NAME_BUF - 1)
			return field_error(fail, NULL, "%s is too long", field);
	}
	while (n > 0 && buf[n - 1] == '<')
		n--;
	buf[n] = '\0';
	*len = n;
	return MRZ_OK;
}

/*
 * Fit the encoded name into a field of width w (Doc 9303-3 §4.6, mrz.md
 * §9).  Rule used here:
 * 1. If the secondary identifier is not empty and the primary leaves no
 *    room for "<<" and the secondary's initial, the primary is cut to w - 3
 *    characters (and any trailing '<' dropped).
 * 2. The whole name is cut to w characters.  If that leaves a letter in
 *    the last position, done.
 * 3. Otherwise the cut fell on a separator: the field is made to end with
 *    the separator and the next component's initial, by shortening the
 *    components before it by one letter each from the end (never below
 *    their initial), so the truncated field always ends with a letter.
 */
static void
fit_name(const char *p, int np, const char *s, int ns, char *field, int w)
{
	char		e[2 * NAME_BUF + 2];
	char		pre[2 * NAME_BUF + 2];
	int			n,
				nx,
				s0,
				seplen,
				need,
				pn;

	memset(field, '<', (size_t) w);
	if (ns > 0 && np + 3 > w)
	{
		np = w - 3;
		while (np > 0 && p[np - 1] == '<')
			np--;
	}
	memcpy(e, p, (size_t) np);
	n = np;
	if (ns > 0)
	{
		e[n++] = '<';
		e[n++] = '<';
		memcpy(e + n, s, (size_t) ns);
		n += ns;
	}
	if (n <= w || mrz_is_letter(e[w - 1]))
	{
		memcpy(field, e, (size_t) (n < w ? n : w));
		return;
	}
	for (nx = w; e[nx] == '<'; nx++)
		;
	for (s0 = w - 1; s0 > 0 && e[s0 - 1] == '<'; s0--)
		;
	seplen = nx - s0;
	need = w - seplen - 1;
	memcpy(pre, e, (size_t) s0);
	pn = s0;
	while (pn > need)
	{
		int			k = pn - 1;

		while (k > 0 && !(mrz_is_letter(pre[k]) && mrz_is_letter(pre[k - 1])))
			k--;
		if (k <= 0)
			break;
		memmove(pre + k, pre + k + 1, (size_t) (pn - k - 1));
		pn--;
	}
	if (pn != need)
	{
		/* only one-letter components left: plain cut ending in the initial */
		memcpy(field, e, (size_t) w);
		field[w - 1] = e[nx];
		return;
	}
	memcpy(field, pre, (size_t) pn);
	memcpy(field + pn, e + s0, (size_t) seplen);
	field[pn + seplen] = e[nx];
}

/* Encode both identifiers into the name field. */
static mrz_status
build_name(const mrz_fields *fl, const mrz_layout *lay, char *t,
		   mrz_failure *fail)
{
	char		p[NAME_BUF],
				s[NAME_BUF];
	int			np,
				ns;
	mrz_status	st;

	st = encode_identifier(fl->primary_identifier, "primary_identifier", p, &np, fail);
	if (st == MRZ_OK)
		st = encode_identifier(fl->secondary_identifier, "secondary_identifier",
							   s, &ns, fail);
	if (st != MRZ_OK)
		return st;
	if (np == 0)
		return field_error(fail, "a name of a single part goes in the primary identifier",
						   "primary_identifier is empty");
	fit_name(p, np, s, ns, t + lay->name.off, lay->name.len);
	return MRZ_OK;
}

/* Document code: 1-2 characters, first letter as the format requires. */
static mrz_status
build_document_code(const mrz_fields *fl, char *t, mrz_failure *fail)
{
	const char *c = fl->document_code ? fl->document_code : "";
	size_t		n = strlen(c);
	const char *allowed = fl->format == MRZ_TD3 ? "P" :
		(fl->format == MRZ_MRVA || fl->format == MRZ_MRVB) ? "V" : "ACI";
	char		c0 = upper_ascii(c[0]),
				c1 = n > 1 ? upper_ascii(c[1]) : '<';
	char		q[32];

	if (n < 1 || n > 2 || !mrz_is_letter(c0) || !strchr(allowed, c0) ||
		!(mrz_is_letter(c1) || c1 == '<'))
		return field_error(fail, "TD3 codes start with P, visas with V, TD1 and TD2 with A, C or I",
						   "document_code \"%s\" is not a %s document code",
						   quoted(c, q, sizeof(q)), mrz_format_name(fl->format));
	if (c1 == 'V' && (fl->format == MRZ_TD1 || fl->format == MRZ_TD2))
		return field_error(fail, NULL,
						   "document_code \"%s\": the second letter of a %s code must not be V",
						   quoted(c, q, sizeof(q)), mrz_format_name(fl->format));
	t[0] = c0;
	t[1] = c1;
	return MRZ_OK;
}

/* A country code: must be an ICAO code ("D" is written "D<<"). */
static mrz_status
build_country(const char *code, const char *field, char *dst,
			  mrz_failure *fail)
{
	char		buf[3] = {'<', '<', '<'};
	char		q[32];
	size_t		n = code ? strlen(code) : 0;

	for (size_t i = 0; i < n && i < 3; i++)
		buf[i] = upper_ascii(code[i]);
	if (n < 1 || n > 3 || country_lookup(buf, 3) != COUNTRY_ICAO)
		return field_error(fail, "use an ISO 3166-1 alpha-3 code or an ICAO code such as D, UNO or XXA",
						   "%s \"%s\" is not an ICAO country or organization code",
						   field, quoted(code, q, sizeof(q)));
	memcpy(dst, buf, 3);
	return MRZ_OK;
}

/* A date as YYMMDD, or fillers when absent and allowed. */
static mrz_status
build_date(mrz_date d, bool allow_absent, const char *field, char *dst,
		   mrz_failure *fail)
{
	if (d.year == 0 && allow_absent)
	{
		memset(dst, '<', 6);
		return MRZ_OK;
	}
	if (!mrz_date_is_valid(d))
		return field_error(fail, NULL, "%s %04d-%02d-%02d is not a valid date",
						   field, d.year, d.month, d.day);
	dst[0] = (char) ('0' + d.year % 100 / 10);
	dst[1] = (char) ('0' + d.year % 10);
	dst[2] = (char) ('0' + d.month / 10);
	dst[3] = (char) ('0' + d.month % 10);
	dst[4] = (char) ('0' + d.day / 10);
	dst[5] = (char) ('0' + d.day % 10);
	return MRZ_OK;
}

/*
 * Document number and optional data.  Numbers of more than 9 characters
 * overflow on TD1/TD2 (Doc 9303-5/6 note j): the check-digit slot gets '<',
 * the optional data starts with the rest, the check digit and a '<'.
 */
static mrz_status
build_number_and_optional(const mrz_fields *fl, const mrz_layout *lay,
						  char *t, mrz_failure *fail)
{
	char		num[MRZ_DOCNUM_MAX + 2],
				opt[MRZ_OPTIONAL_MAX + 2];
	int			nn,
				no,
				max = lay->long_numbers ? 9 + lay->optional.len - 2 : 9;
	int			o = lay->optional.off;
	mrz_status	st;

	st = encode_plain(fl->document_number, "document_number", false, num,
					  MRZ_DOCNUM_MAX + 1, &nn, fail);
	if (st == MRZ_OK)
		st = encode_plain(fl->optional_data, "optional_data", true, opt,
						  MRZ_OPTIONAL_MAX + 1, &no, fail);
	if (st != MRZ_OK)
		return st;
	if (nn == 0)
		return field_error(fail, NULL, "document_number is empty");
	if (nn > max)
		return field_error(fail, lay->long_numbers ? NULL :
						   "TD3 and visa document numbers have at most 9 characters",
						   "document_number \"%s\" has %d characters; %s allows at most %d",
						   num, nn, mrz_format_name(lay->format), max);
	if (nn <= 9)
	{
		memcpy(t + lay->docnum.off, num, (size_t) nn);
		t[lay->docnum_cd] = (char) ('0' + mrz_check_digit_fast(t + lay->docnum.off, 9));
	}
	else
	{
		int			r = nn - 9;

		memcpy(t + lay->docnum.off, num, 9);
		memcpy(t + o, num + 9, (size_t) r);
		t[o + r] = (char) ('0' + mrz_check_digit_fast(num, nn));
		o += r + 2;				/* after the check digit and its '<' */
	}
	if (no > lay->optional.off + lay->optional.len - o)
		return field_error(fail, NULL,
						   "optional_data \"%s\" has %d characters; %d positions are left for it",
						   opt, no, lay->optional.off + lay->optional.len - o);
	memcpy(t + o, opt, (size_t) no);
	return MRZ_OK;
}

/* Sex: M, F, or '<' for unspecified (0, 'X' or '<' given). */
static mrz_status
build_sex(char sex, char *dst, mrz_failure *fail)
{
	char		c = upper_ascii(sex);

	if (c == 'M' || c == 'F')
		*dst = c;
	else if (c == 0 || c == 'X' || c == '<')
		*dst = '<';
	else
	{
		char		shown[8];
		unsigned char u = (unsigned char) sex;

		if (u >= 0x20 && u < 0x7f)
			snprintf(shown, sizeof(shown), "%c", u);
		else
			snprintf(shown, sizeof(shown), "\\x%02X", u);
		return field_error(fail, "use M, F, or X for unspecified",
						   "sex \"%s\" cannot be encoded", shown);
	}
	return MRZ_OK;
}

/* Date check digits, the TD3 personal-number digit and the composite. */
static void
build_check_digits(const mrz_layout *lay, char *t)
{
	t[lay->birth_cd] = (char) ('0' + mrz_check_digit_fast(t + lay->birth, 6));
	t[lay->expiry_cd] = (char) ('0' + mrz_check_digit_fast(t + lay->expiry, 6));
	if (lay->optional_cd >= 0)
	{
		int			cd = mrz_check_digit_fast(t + lay->optional.off,
											  lay->optional.len);
		bool		empty = true;

		for (int i = 0; i < lay->optional.len; i++)
			empty &= t[lay->optional.off + i] == '<';
		t[lay->optional_cd] = empty ? '<' : (char) ('0' + cd);
	}
	if (lay->composite >= 0)
		t[lay->composite] = (char) ('0' + mrz_composite_digit(lay, t));
}

/* Parse the built text: anything but a valid MRZ is a failure. */
static mrz_status
self_check(const char *t, size_t n, mrz_date as_of, mrz_failure *fail)
{
	mrz_document doc;
	mrz_status	st = mrz_parse(t, n, as_of, &doc, fail);

	if (st != MRZ_OK)
		return st;
	for (int i = 0; i < doc.nerrors; i++)
	{
		/* an unknown birth date is encoded as fillers on purpose */
		if (doc.errors[i].code == MRZ_ISSUE_DATE_FILLERS &&
			strcmp(doc.errors[i].field, "birth_date") == 0)
			continue;
		return field_error(fail, NULL, "the built MRZ does not validate: %s",
						   doc.errors[i].message);
	}
	return MRZ_OK;
}

/* Build a valid MRZ from fields; see mrz.h. */
mrz_status
mrz_build(const mrz_fields *fl, char *out, size_t outsize, mrz_failure *fail)
{
	const mrz_layout *lay;
	char		t[MRZ_MAX_CHARS + 1];
	int			n;
	mrz_status	st;

	if (fl == NULL || (int) fl->format < 0 || (int) fl->format > (int) MRZ_MRVB)
		return field_error(fail, NULL, "unknown MRZ format");
	lay = mrz_layout_of(fl->format);
	n = lay->nlines * lay->line_length;
	memset(t, '<', (size_t) n);
	t[n] = '\0';
	st = build_document_code(fl, t, fail);
	if (st == MRZ_OK)
		st = build_country(fl->issuing_state, "issuing_state", t + 2, fail);
	if (st == MRZ_OK)
		st = build_name(fl, lay, t, fail);
	if (st == MRZ_OK)
		st = build_number_and_optional(fl, lay, t, fail);
	if (st == MRZ_OK)
		st = build_country(fl->nationality, "nationality", t + lay->nationality, fail);
	if (st == MRZ_OK)
		st = build_date(fl->birth_date, true, "birth_date", t + lay->birth, fail);
	if (st == MRZ_OK)
		st = build_sex(fl->sex, t + lay->sex, fail);
	if (st == MRZ_OK)
		st = build_date(fl->expiry_date, false, "expiry_date", t + lay->expiry, fail);
	if (st != MRZ_OK)
		return st;
	build_check_digits(lay, t);
	st = self_check(t, (size_t) n, fl->expiry_date, fail);
	if (st != MRZ_OK)
		return st;
	return mrz_emit_lines(t, lay->nlines, lay->line_length, out, outsize, fail);
}
