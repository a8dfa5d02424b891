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

/*
 * Copy an identifier: '<' becomes a space, runs of fillers one space,
 * leading and trailing fillers dropped.  Returns the position (0-based in
 * the text) of the first run of two or more fillers inside, or -1.
 */
static int
copy_identifier(const char *s, int b, int e, char *out)
{
	int			n = 0;
	int			double_at = -1;

	while (b < e && s[b] == '<')
		b++;
	while (e > b && s[e - 1] == '<')
		e--;
	for (int i = b; i < e; i++)
	{
		if (s[i] != '<')
			out[n++] = s[i];
		else if (s[i - 1] != '<')
			out[n++] = ' ';
		else if (double_at < 0)
			double_at = i - 1;
	}
	out[n] = '\0';
	return double_at;
}

/* Split the name field [off, off+len) into the two identifiers. */
void
mrz_read_name(mrz_document *doc, int off, int len)
{
	const char *s = doc->text;
	int			end = off + len;
	int			sep = -1;
	int			dbl;

	for (int i = off; i < end; i++)
		if (!mrz_is_letter(s[i]) && s[i] != '<')
		{
			mrz_add_error(doc, MRZ_ISSUE_CHAR_CLASS, "name", i + 1,
						  "name has \"%c\" at position %d where a letter or \"<\" is expected",
						  s[i], i + 1);
			break;
		}
	while (end > off && s[end - 1] == '<')
		end--;
	if (end == off)
	{
		doc->primary_identifier[0] = doc->secondary_identifier[0] = '\0';
		mrz_add_error(doc, MRZ_ISSUE_NAME, "name", off + 1,
					  "name field is empty");
		return;
	}
	for (int i = off; i + 1 < end; i++)
		if (s[i] == '<' && s[i + 1] == '<')
		{
			sep = i;
			break;
		}
	if (sep < 0)
	{
		copy_identifier(s, off, end, doc->primary_identifier);
		doc->secondary_identifier[0] = '\0';
	}
	else
	{
		copy_identifier(s, off, sep, doc->primary_identifier);
		dbl = copy_identifier(s, sep + 2, end, doc->secondary_identifier);
		if (dbl >= 0)
			mrz_add_warning(doc, MRZ_ISSUE_NAME, "secondary_identifier", dbl + 1,
							"secondary_identifier has a second \"<<\" at position %d",
							dbl + 1);
	}
	if (doc->primary_identifier[0] == '\0')
		mrz_add_warning(doc, MRZ_ISSUE_NAME, "primary_identifier", off + 1,
						"primary_identifier is empty: the name field starts with \"<\"");
	if (mrz_is_letter(s[off + len - 1]))
		mrz_add_warning(doc, MRZ_ISSUE_TRUNCATED, "name", off + len,
						"name fills its field to the last position and may be truncated");
}
