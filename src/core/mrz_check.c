/*
 * mrz_check.c - the first gate of every MRZ operation: 7-3-1 check digits,
 * splitting raw input into lines (rejecting what is not an MRZ at all with a
 * message that says what and where), and the names of the formats.
 */
#include "core/mrz_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Check digit of data[0..len) with weights 7, 3, 1; -1 on a bad character. */
int
mrz_check_digit(const char *data, size_t len)
{
	static const int weights[3] = {7, 3, 1};
	int			sum = 0;

	for (size_t i = 0; i < len; i++)
	{
		int			v = mrz_char_value((unsigned char) data[i]);

		if (v < 0)
			return -1;
		sum += v * weights[i % 3];
	}
	return sum % 10;
}

/*
 * Fill *fail (when not NULL) and return status: the one way every part of
 * the MRZ core reports a rejected input.
 */
mrz_status
mrz_fail(mrz_failure *fail, mrz_status status, int position,
		 const char *detail, const char *hint, const char *fmt,...)
{
	va_list		ap;

	if (fail == NULL)
		return status;
	memset(fail, 0, sizeof(*fail));
	fail->status = status;
	fail->position = position;
	va_start(ap, fmt);
	vsnprintf(fail->message, sizeof(fail->message), fmt, ap);
	va_end(ap);
	snprintf(fail->detail, sizeof(fail->detail), "%s", detail ? detail : "");
	snprintf(fail->hint, sizeof(fail->hint), "%s", hint ? hint : "");
	return status;
}

static inline bool
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
		c == '\f';
}

static inline bool
is_mrz_char(unsigned char c)
{
	return mrz_class_table[c] != 0;
}

/*
 * Printable form of the bad character at s (at most avail bytes): a whole
 * well-formed UTF-8 sequence as is, printable ASCII as is, anything else
 * as \xNN.
 */
static void
show_char(const unsigned char *s, size_t avail, char *buf, size_t bufsize)
{
	int			n = 0;

	if (s[0] >= 0x20 && s[0] < 0x7f)
	{
		snprintf(buf, bufsize, "%c", s[0]);
		return;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		n = 2;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		n = 3;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		n = 4;
	if (n > 0 && (size_t) n <= avail)
	{
		for (int i = 1; i < n; i++)
			if ((s[i] & 0xC0) != 0x80)
				n = 0;
		if (n > 0)
		{
			snprintf(buf, bufsize, "%.*s", n, (const char *) s);
			return;
		}
	}
	snprintf(buf, bufsize, "\\x%02X", s[0]);
}

/*
 * Whether p[0..len) holds only A-Z 0-9 <.  With SSE2, 16 bytes per step
 * (the last step overlaps the previous one); otherwise a branch-free loop.
 */
static bool
all_mrz_chars(const unsigned char *p, size_t len)
{
	unsigned char ok = 1;
	size_t		i = 0;

#ifdef __SSE2__
	if (len >= 16)
	{
		const __m128i lo_d = _mm_set1_epi8('0' - 1),
					hi_d = _mm_set1_epi8('9' + 1),
					lo_l = _mm_set1_epi8('A' - 1),
					hi_l = _mm_set1_epi8('Z' + 1),
					fill = _mm_set1_epi8('<');

		for (;;)
		{
			size_t		at = i + 16 <= len ? i : len - 16;
			__m128i		c = _mm_loadu_si128((const __m128i *) (p + at));
			__m128i		d = _mm_and_si128(_mm_cmpgt_epi8(c, lo_d),
										  _mm_cmplt_epi8(c, hi_d));
			__m128i		a = _mm_and_si128(_mm_cmpgt_epi8(c, lo_l),
										  _mm_cmplt_epi8(c, hi_l));
			__m128i		v = _mm_or_si128(_mm_or_si128(d, a),
										 _mm_cmpeq_epi8(c, fill));

			if (_mm_movemask_epi8(v) != 0xFFFF)
				return false;
			i = at + 16;
			if (i >= len)
				return true;
		}
	}
#endif
	for (; i < len; i++)
	{
		unsigned char c = p[i];

		ok &= ((unsigned char) (c - '0') < 10) |
			((unsigned char) (c - 'A') < 26) | (c == '<');
	}
	return ok;
}

/* Reject the first character outside A-Z 0-9 < of one line. */
static mrz_status
bad_character(const char *line, size_t len, size_t i, int lineno,
			  int joined_offset, mrz_failure *fail)
{
	unsigned char c = (unsigned char) line[i];
	char		shown[16];
	const char *hint;

	show_char((const unsigned char *) line + i, len - i, shown, sizeof(shown));
	if (c >= 'a' && c <= 'z')
		hint = "MRZ letters are upper case: use upper() if the text was read in lower case";
	else if (c == ' ' || c == '\t' || c == '\r')
		hint = "fillers are written as \"<\", not as spaces, and lines are separated by line feeds";
	else if (c >= 0x80)
		hint = "names in an MRZ are transliterated to A-Z (for example \xC3\x9C as UE)";
	else
		hint = "remove anything that is not part of the MRZ";
	return mrz_fail(fail, MRZ_ERR_CHARACTER, joined_offset + (int) i + 1,
					 "an MRZ contains only the upper-case letters A-Z, the digits 0-9 and the filler \"<\"",
					 hint, "invalid character \"%s\" at line %d, position %d",
					 shown, lineno, (int) i + 1);
}

/* Check the characters of every line. */
static mrz_status
check_characters(const char **lines, const size_t *lens, int n,
				 mrz_failure *fail)
{
	int			offset = 0;

	for (int l = 0; l < n; l++)
	{
		const unsigned char *p = (const unsigned char *) lines[l];
		if (!all_mrz_chars(p, lens[l]))
			for (size_t i = 0; i < lens[l]; i++)
				if (!is_mrz_char(p[i]))
					return bad_character(lines[l], lens[l], i, l + 1, offset, fail);
		offset += (int) lens[l];
	}
	return MRZ_OK;
}

/* Check line count and lengths of a multi-line input. */
static mrz_status
check_shape(const size_t *lens, int n, mrz_failure *fail)
{
	const char *hint = "an MRZ line has a fixed length: check for missing or extra fillers \"<\"";

	if (n == 3)
	{
		for (int l = 0; l < 3; l++)
			if (lens[l] != 30)
				return mrz_fail(fail, MRZ_ERR_SHAPE, 0,
								 "a 3-line MRZ (TD1) needs lines of 30 characters",
								 hint, "MRZ line %d has %zu character%s",
								 l + 1, lens[l], lens[l] == 1 ? "" : "s");
		return MRZ_OK;
	}
	for (int l = 0; l < 2; l++)
		if (lens[l] != 36 && lens[l] != 44)
			return mrz_fail(fail, MRZ_ERR_SHAPE, 0,
							 "a 2-line MRZ needs lines of 36 (TD2, MRV-B) or 44 (TD3, MRV-A) characters",
							 hint, "MRZ line %d has %zu character%s",
							 l + 1, lens[l], lens[l] == 1 ? "" : "s");
	if (lens[0] != lens[1])
		return mrz_fail(fail, MRZ_ERR_SHAPE, 0,
						 "both lines of a 2-line MRZ have 36 (TD2, MRV-B) or both 44 (TD3, MRV-A) characters",
						 hint, "MRZ lines have different lengths (%zu and %zu)",
						 lens[0], lens[1]);
	return MRZ_OK;
}

/* Split raw input into MRZ lines; see mrz.h. */
mrz_status
mrz_split(const char *input, size_t len, char out[MRZ_MAX_CHARS + 1],
		  int *nlines, int *line_length, mrz_failure *fail)
{
	const char *s = input;
	const char *e = input + len;
	const char *lines[MRZ_MAX_LINES];
	size_t		lens[MRZ_MAX_LINES];
	int			n = 0;
	mrz_status	st;

	if (input == NULL)
		len = 0, s = e = "";
	while (s < e && is_space((unsigned char) *s))
		s++;
	while (e > s && is_space((unsigned char) e[-1]))
		e--;
	if (s == e)
		return mrz_fail(fail, MRZ_ERR_EMPTY, 0,
						 "an MRZ has 2 or 3 lines of 30 to 44 characters", "",
						 "MRZ is empty");

	/* lines separated by LF, with an optional CR before it */
	for (const char *p = s; p <= e;)
	{
		const char *nl = memchr(p, '\n', (size_t) (e - p));
		const char *end = nl ? nl : e;
		size_t		l = (size_t) (end - p);

		if (nl && l > 0 && end[-1] == '\r')
			l--;
		if (n < MRZ_MAX_LINES)
		{
			lines[n] = p;
			lens[n] = l;
		}
		n++;
		if (!nl)
			break;
		p = nl + 1;
	}
	if (n > MRZ_MAX_LINES)
		return mrz_fail(fail, MRZ_ERR_SHAPE, 0,
						 "an MRZ has 3 lines of 30 characters (TD1) or 2 lines of 36 (TD2, MRV-B) or 44 (TD3, MRV-A)",
						 "remove anything that is not part of the MRZ",
						 "MRZ has %d lines", n);
	st = check_characters(lines, lens, n, fail);
	if (st != MRZ_OK)
		return st;

	if (n == 1)
	{
		size_t		l = lens[0];

		if (l != 90 && l != 88 && l != 72)
			return mrz_fail(fail, MRZ_ERR_SHAPE, 0,
							 "an MRZ given as one string needs exactly 90 (TD1), 88 (TD3, MRV-A) or 72 (TD2, MRV-B) characters",
							 "separate the lines with line feeds",
							 "MRZ is a single line of %zu character%s", l,
							 l == 1 ? "" : "s");
		*nlines = l == 90 ? 3 : 2;
		*line_length = (int) l / *nlines;
		memcpy(out, lines[0], l);
		out[l] = '\0';
		return MRZ_OK;
	}
	st = check_shape(lens, n, fail);
	if (st != MRZ_OK)
		return st;
	*nlines = n;
	*line_length = (int) lens[0];
	for (int l = 0; l < n; l++)
		memcpy(out + l * lens[0], lines[l], lens[0]);
	out[n * lens[0]] = '\0';
	return MRZ_OK;
}

static const char *const format_names[] = {"TD1", "TD2", "TD3", "MRVA", "MRVB"};

/* "TD1", "TD2", "TD3", "MRVA", "MRVB". */
const char *
mrz_format_name(mrz_format format)
{
	if ((int) format < 0 || (int) format > (int) MRZ_MRVB)
		return "unknown";
	return format_names[format];
}

/* Case-insensitive comparison of a NUL-terminated name with an upper-case one. */
static bool
name_equals(const char *name, const char *upper)
{
	for (; *name && *upper; name++, upper++)
	{
		char		c = *name;

		if (c >= 'a' && c <= 'z')
			c = (char) (c - 'a' + 'A');
		if (c != *upper)
			return false;
	}
	return *name == '\0' && *upper == '\0';
}

/* Parse a format name ("MRV-A" and "MRV-B" accepted too). */
bool
mrz_format_from_name(const char *name, mrz_format *format)
{
	if (name == NULL)
		return false;
	for (int i = 0; i <= (int) MRZ_MRVB; i++)
		if (name_equals(name, format_names[i]))
		{
			*format = (mrz_format) i;
			return true;
		}
	if (name_equals(name, "MRV-A"))
		*format = MRZ_MRVA;
	else if (name_equals(name, "MRV-B"))
		*format = MRZ_MRVB;
	else
		return false;
	return true;
}

/*
 * Write nlines lines of len characters from t to out, joined with '\n' and
 * NUL-terminated (the form mrz_correct and mrz_build return).
 */
mrz_status
mrz_emit_lines(const char *t, int nlines, int len, char *out, size_t outsize,
			   mrz_failure *fail)
{
	size_t		need = (size_t) (nlines * (len + 1));
	char	   *p = out;

	if (out == NULL || outsize < need)
	{
		if (fail)
		{
			memset(fail, 0, sizeof(*fail));
			fail->status = MRZ_ERR_BUFFER;
			snprintf(fail->message, sizeof(fail->message),
					 "output buffer of %zu bytes is too small for %zu", outsize, need);
		}
		return MRZ_ERR_BUFFER;
	}
	for (int l = 0; l < nlines; l++)
	{
		memcpy(p, t + l * len, (size_t) len);
		p += len;
		*p++ = l + 1 < nlines ? '\n' : '\0';
	}
	return MRZ_OK;
}
