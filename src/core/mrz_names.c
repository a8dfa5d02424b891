/*
 * mrz_names.c - the name field of an MRZ: primary and secondary
 * identifiers split at the first "<<", fillers turned into spaces, and the
 * deviations worth reporting (empty primary, possible truncation).
 */
#include "core/mrz_internal.h"

#include <string.h>

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
 * Split the name field [off, off+len) into the two identifiers in one pass:
 * the first "<<" separates them, other fillers become single spaces, and
 * leading and trailing fillers are dropped.
 */
void
mrz_read_name(mrz_document *doc, int off, int len)
{
	const unsigned char *p = (const unsigned char *) doc->text + off;
	char	   *dst = doc->primary_identifier;
	int			end = len;
	int			n = 0;
	int			sep = -1,
				dbl = -1;
	int			bad = 0;

	while (end > 0 && p[end - 1] == '<')
		end--;
	for (int i = 0; i < end; i++)
	{
		unsigned char c = p[i];

		bad |= (mrz_class_table[c] & (MRZ_CLASS_LETTER | MRZ_CLASS_FILLER)) == 0;
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
