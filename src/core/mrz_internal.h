/*
 * mrz_internal.h - what the MRZ core files share and callers do not need:
 * character values, the field layout of each format, issue recording, and
 * the date and name helpers of the parser.
 */
#ifndef TRAVEL_DOCS_MRZ_INTERNAL_H
#define TRAVEL_DOCS_MRZ_INTERNAL_H

#include "core/mrz.h"

/* Character classes of mrz_class_table (bits). */
#define MRZ_CLASS_DIGIT 1
#define MRZ_CLASS_LETTER 2
#define MRZ_CLASS_FILLER 4

/* Read-only tables of mrz_chars.c, indexed by byte. */
extern const unsigned char mrz_value_table[256];
extern const unsigned char mrz_class_table[256];

/* Value of an MRZ character for check digits: 0-9, A-Z 10-35, '<' 0; -1 else. */
static inline int
mrz_char_value(unsigned char c)
{
	return mrz_class_table[c] ? mrz_value_table[c] : -1;
}

static inline bool
mrz_is_digit(char c)
{
	return mrz_class_table[(unsigned char) c] == MRZ_CLASS_DIGIT;
}

static inline bool
mrz_is_letter(char c)
{
	return mrz_class_table[(unsigned char) c] == MRZ_CLASS_LETTER;
}

/* A range [off, off + len) of the joined text. */
typedef struct mrz_span
{
	short		off;
	short		len;
} mrz_span;

/*
 * Offsets (0-based, in the joined text) of every field of one format.
 * Absent fields have offset -1.  Document code is always [0,2), issuing
 * state [2,5).
 */
typedef struct mrz_layout
{
	mrz_format	format;
	int			nlines;
	int			line_length;
	mrz_span	name;
	mrz_span	docnum;			/* the 9 principal characters */
	int			docnum_cd;
	int			nationality;
	int			birth;
	int			birth_cd;
	int			sex;
	int			expiry;
	int			expiry_cd;
	mrz_span	optional;		/* TD1 line 1; TD2/TD3 line 2; visas */
	mrz_span	optional_2;		/* TD1 line 2; len 0 elsewhere */
	int			optional_cd;	/* TD3 personal number check; -1 else */
	int			composite;		/* -1 for visas */
	mrz_span	composite_spans[4];
	int			ncomposite_spans;
	bool		long_numbers;	/* TD1/TD2 overflow rule applies */
} mrz_layout;

extern const mrz_layout *mrz_layout_of(mrz_format format);

/*
 * Weighted sum of a span whose first character has weight index phase
 * (0: 7, 1: 3, 2: 1); characters outside the MRZ set count 0.
 */
static inline int
mrz_weighted_sum(const char *s, int len, int phase)
{
	const unsigned char *p = (const unsigned char *) s;
	int			sum[3] = {0, 0, 0};
	int			i = 0;

	for (; i + 3 <= len; i += 3)
	{
		sum[0] += mrz_value_table[p[i]];
		sum[1] += mrz_value_table[p[i + 1]];
		sum[2] += mrz_value_table[p[i + 2]];
	}
	if (i < len)
		sum[0] += mrz_value_table[p[i]];
	if (i + 1 < len)
		sum[1] += mrz_value_table[p[i + 1]];
	/* position j of the span has weight index (phase + j) % 3 */
	switch (phase % 3)
	{
		case 0:
			return 7 * sum[0] + 3 * sum[1] + sum[2];
		case 1:
			return 3 * sum[0] + sum[1] + 7 * sum[2];
		default:
			return sum[0] + 7 * sum[1] + 3 * sum[2];
	}
}

/* Check digit of a span known to hold only A-Z 0-9 <. */
static inline int
mrz_check_digit_fast(const char *s, int len)
{
	return mrz_weighted_sum(s, len, 0) % 10;
}

/* Composite check digit of a text by the layout's spans. */
extern int	mrz_composite_digit(const mrz_layout *lay, const char *text);

/* Record an error or a warning (message formatted only now). */
extern void mrz_add_error(mrz_document *doc, mrz_issue_code code,
						  const char *field, int position,
						  const char *fmt,...)
			__attribute__((format(printf, 5, 6)));
extern void mrz_add_warning(mrz_document *doc, mrz_issue_code code,
							const char *field, int position,
							const char *fmt,...)
			__attribute__((format(printf, 5, 6)));

/* Days in a month of a year (Gregorian). */
extern int	mrz_days_in_month(int year, int month);

/* Whether y-m-d is a calendar date. */
extern bool mrz_date_is_valid(mrz_date d);

/*
 * Read a YYMMDD date field at text[off..off+6) into *out, expanding the
 * century as a birth date (is_birth) or an expiry date, checking the
 * calendar; records issues on doc under field.
 */
extern void mrz_read_date(mrz_document *doc, int off, bool is_birth,
						  mrz_date as_of, const char *field, mrz_date *out,
						  char raw[7]);

/* Split the name field [off, off+len) into the two identifiers. */
extern void mrz_read_name(mrz_document *doc, int off, int len);

/* Copy text[off..off+len) to out with leading/trailing fillers stripped. */
extern void mrz_copy_stripped(const char *text, int off, int len, char *out);

/*
 * Fill *fail (when not NULL) with status, 1-based position (0: none) and the
 * formatted message, detail and hint (NULL: empty); return status
 * (mrz_check.c).
 */
extern mrz_status mrz_fail(mrz_failure *fail, mrz_status status, int position,
						   const char *detail, const char *hint, const char *fmt,...)
			__attribute__((format(printf, 6, 7)));

/* Lines of t joined with '\n' into out (mrz_check.c). */
extern mrz_status mrz_emit_lines(const char *t, int nlines, int len, char *out,
								 size_t outsize, mrz_failure *fail);

#endif							/* TRAVEL_DOCS_MRZ_INTERNAL_H */
