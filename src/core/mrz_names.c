/*
 * mrz_names.c - the name field of an MRZ: primary and secondary
 * identifiers split at the first "<<", fillers turned into spaces, and the
 * deviations worth reporting (empty primary, possible truncation).
 */
#include "core/mrz_internal.h"

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Copy text[off..off+len) to out with leading/trailing fillers stripped. */
void
mrz_copy_stripped(const char *text, int off, int len, char *out)
{
	const char *s = text + off;
	int			b = 0,
				e = len;

	while (b < e && s[b] == '<')
		b++;
	while (e > b && s[e - 1] == '<')
		e--;
	memcpy(out, s + b, (size_t) (e - b));
	out[e - b] = '\0';
}

/* Report the first character of the name field that is not A-Z or '<'. */
static void
report_name_class(mrz_document *doc, int off, int end)
{
	const char *s = doc->text;

	for (int i = off; i < end; i++)
		if (!mrz_is_letter(s[i]) && s[i] != '<')
		{
			mrz_add_error(doc, MRZ_ISSUE_CHAR_CLASS, "name", i + 1,
						  "name has \"%c\" at position %d where a letter or \"<\" is expected",
						  s[i], i + 1);
			return;
		}
}

/*
 * Length of p[0..len) without its trailing fillers, and whether that part
 * holds a digit (the only wrong class left after mrz_split).  With SSE2,
 * 16 bytes per step from the end.
 */
static int
name_extent(const unsigned char *p, int len, bool *digit)
{
	int			end = len;

#ifdef __SSE2__
	const __m128i fill = _mm_set1_epi8('<'),
				lo = _mm_set1_epi8('0' - 1),
				hi = _mm_set1_epi8('9' + 1);
	int			at = len;

	while (at >= 16)
	{
		int			m = _mm_movemask_epi8(_mm_cmpeq_epi8(
														_mm_loadu_si128((const __m128i *) (p + at - 16)), fill));

		if (m != 0xFFFF)
		{
			end = at - 16 + 32 - __builtin_clz((unsigned) (~m & 0xFFFF));
			break;
		}
		at -= 16;
	}
	if (at < 16)
#endif
		while (end > 0 && p[end - 1] == '<')
			end--;
	*digit = false;
#ifdef __SSE2__
	for (int i = 0; i + 16 <= end; i += 16)
	{
		__m128i		c = _mm_loadu_si128((const __m128i *) (p + i));

		if (_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(c, lo),
											_mm_cmplt_epi8(c, hi))))
			*digit = true;
	}
	for (int i = end & ~15; i < end; i++)
#else
	for (int i = 0; i < end; i++)
#endif
		*digit |= mrz_is_digit((char) p[i]);
	return end;
}

/*
 * Split the name field [off, off+len) into the two identifiers in one pass:
 * the first "<<" separates them, other fillers become single spaces, and
 * leading and trailing fillers are dropped.
 */
void
mrz_read_name(mrz_document *doc, int off, int len)
{
	const unsigned char *p = (const unsigned char *) doc->text + off;
	char	   *dst = doc->primary_identifier;
	bool		bad;
	int			end = name_extent(p, len, &bad);
	int			n = 0;
	int			sep = -1,
				dbl = -1;

	for (int i = 0; i < end; i++)
	{
		unsigned char c = p[i];

		if (c != '<')
		{
			dst[n++] = (char) c;
			continue;
		}
		/* p[i] is a filler before the last letter, so p[i + 1] exists */
		if (p[i + 1] != '<')
		{
			if (n > 0)
				dst[n++] = ' ';
			continue;
		}
		if (sep < 0)
		{
			dst[n] = '\0';
			sep = i;
			dst = doc->secondary_identifier;
			n = 0;
		}
		else if (dbl < 0 && n > 0)
			dbl = i;
		while (p[i + 1] == '<')
			i++;
		if (n > 0)
			dst[n++] = ' ';
	}
	dst[n] = '\0';
	if (sep < 0)
		doc->secondary_identifier[0] = '\0';
	if (bad)
		report_name_class(doc, off, off + end);
	if (end == 0)
	{
		mrz_add_error(doc, MRZ_ISSUE_NAME, "name", off + 1,
					  "name field is empty");
		return;
	}
	if (dbl >= 0)
		mrz_add_warning(doc, MRZ_ISSUE_NAME, "secondary_identifier", off + dbl + 1,
						"secondary_identifier has a second \"<<\" at position %d",
						off + dbl + 1);
	if (doc->primary_identifier[0] == '\0')
		mrz_add_warning(doc, MRZ_ISSUE_NAME, "primary_identifier", off + 1,
						"primary_identifier is empty: the name field starts with \"<\"");
	if (mrz_is_letter((char) p[len - 1]))
		mrz_add_warning(doc, MRZ_ISSUE_TRUNCATED, "name", off + len,
						"name fills its field to the last position and may be truncated");
}
