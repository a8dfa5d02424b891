/*
 * mrz_correct.c - repair OCR confusions in an MRZ, guided by check digits.
 *
 * Two steps.  (1) The class rule: a letter where only a digit may stand
 * (dates, check digits) is replaced by its look-alike digit (O, Q, D -> 0,
 * I, L -> 1, Z -> 2, A -> 4, S -> 5, G -> 6, T -> 7, B -> 8), and a digit
 * where only a letter may stand (codes, names) by its look-alike letter;
 * each such character has a single candidate (the sex field has no
 * look-alikes and is left alone).  (2) For every check
 * digit that still fails, substitutions within confusion pairs are tried on
 * the alphanumeric positions it covers (document number, optional data):
 * first one substitution, and only if none makes that check digit pass,
 * two.  Pairs whose values are equal modulo 10 (6/G, 1/L, 0/K/<, ...) are
 * never tried: no check digit can tell them apart (mrz.md §1).  Positions
 * covered only by the composite check digit are searched the same way.
 * Every combination of the per-field repairs is then parsed, and the
 * repair succeeds only if exactly one distinct text comes out with all
 * check digits valid and no character in the wrong class.
 */
#include "core/mrz_internal.h"

#include <stdio.h>
#include <string.h>

enum
{
	CLS_ALNUM = 0,
	CLS_NUMERIC,
	CLS_ALPHA,
	CLS_FIXED					/* sex: no look-alike of M, F or '<' */
};

#define MAX_CANDIDATES 64		/* per check field */
#define MAX_COMBINATIONS 4096
#define MAX_POSITIONS 32

/* One repair of one field: up to two substitutions. */
typedef struct repair
{
	int			n;
	short		pos[2];
	char		ch[2];
} repair;

/* The data a check digit covers. */
typedef struct check_field
{
	int			npos;
	short		pos[MAX_POSITIONS];
	int			cd;				/* position of the check digit */
	bool		personal;		/* TD3 personal number: empty may take '<' */
} check_field;

/* Look-alike digit of a letter in a numeric position, or 0. */
static char
digit_for(char c)
{
	switch (c)
	{
		case 'O':
		case 'Q':
		case 'D':
			return '0';
		case 'I':
		case 'L':
			return '1';
		case 'Z':
			return '2';
		case 'A':
			return '4';
		case 'S':
			return '5';
		case 'G':
			return '6';
		case 'T':
			return '7';
		case 'B':
			return '8';
		default:
			return 0;
	}
}

/* Look-alike letter of a digit in an alphabetic position, or 0. */
static char
letter_for(char c)
{
	static const char map[] = "OIZ\0ASGTB\0";

	return mrz_is_digit(c) ? map[c - '0'] : 0;
}

/* Confusion pairs tried in alphanumeric positions. */
static const char pairs[][2] = {
	{'0', 'O'}, {'0', 'D'}, {'0', 'Q'}, {'1', 'I'}, {'1', 'L'}, {'2', 'Z'},
	{'4', 'A'}, {'5', 'S'}, {'6', 'G'}, {'7', 'T'}, {'8', 'B'}
};

/* Alternatives of c in an alphanumeric position that a check digit can see. */
static int
alternatives(char c, char out[4])
{
	int			n = 0;

	for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++)
	{
		char		other;

		if (pairs[i][0] == c)
			other = pairs[i][1];
		else if (pairs[i][1] == c)
			other = pairs[i][0];
		else
			continue;
		if ((mrz_char_value((unsigned char) c) -
			 mrz_char_value((unsigned char) other)) % 10 == 0)
			continue;			/* same-checksum class: invisible */
		if (n < 4)
			out[n++] = other;
	}
	return n;
}

/* Character class of every position of a layout. */
static void
position_classes(const mrz_layout *lay, char *cls)
{
	int			numeric[] = {lay->birth_cd, lay->expiry_cd, lay->docnum_cd,
	lay->optional_cd, lay->composite};

	memset(cls, CLS_ALNUM, MRZ_MAX_CHARS);
	memset(cls, CLS_ALPHA, 5);
	memset(cls + lay->nationality, CLS_ALPHA, 3);
	memset(cls + lay->name.off, CLS_ALPHA, (size_t) lay->name.len);
	cls[lay->sex] = CLS_FIXED;
	memset(cls + lay->birth, CLS_NUMERIC, 6);
	memset(cls + lay->expiry, CLS_NUMERIC, 6);
	for (size_t i = 0; i < sizeof(numeric) / sizeof(numeric[0]); i++)
		if (numeric[i] >= 0)
			cls[numeric[i]] = CLS_NUMERIC;
}

/* Apply the class rule; returns the number of characters changed. */
static int
apply_class_rule(char *t, int n, const char *cls)
{
	int			changed = 0;

	for (int i = 0; i < n; i++)
	{
		char		r = 0;

		if (cls[i] == CLS_NUMERIC && mrz_is_letter(t[i]))
			r = digit_for(t[i]);
		else if (cls[i] == CLS_ALPHA && mrz_is_digit(t[i]))
			r = letter_for(t[i]);
		if (r)
		{
			t[i] = r;
			changed++;
		}
	}
	return changed;
}

/* Add positions [off, off+len) to a check field. */
static void
add_span(check_field *f, int off, int len)
{
	for (int i = 0; i < len && f->npos < MAX_POSITIONS; i++)
		f->pos[f->npos++] = (short) (off + i);
}

/* Whether a field's check digit matches its data. */
static bool
field_ok(const char *t, const check_field *f)
{
	char		buf[MAX_POSITIONS];
	bool		empty = true;

	for (int i = 0; i < f->npos; i++)
	{
		buf[i] = t[f->pos[i]];
		if (buf[i] != '<')
			empty = false;
	}
	if (f->personal && empty && (t[f->cd] == '<' || t[f->cd] == '0'))
		return true;
	return t[f->cd] - '0' == mrz_check_digit_fast(buf, f->npos);
}

/*
 * The check fields of a text (document number, dates, personal number)
 * and the positions only the composite covers.  Returns the field count.
 */
static int
check_fields(const char *t, const mrz_layout *lay, check_field *f,
			 check_field *comp_only)
{
	int			n = 0;
	int			opt_start = lay->optional.off;
	int			opt_end = lay->optional.off + lay->optional.len;

	memset(f, 0, 4 * sizeof(*f));
	memset(comp_only, 0, sizeof(*comp_only));
	add_span(&f[n], lay->docnum.off, 9);
	f[n].cd = lay->docnum_cd;
	if (lay->long_numbers && t[lay->docnum_cd] == '<')
	{
		int			r = 0;

		while (r < lay->optional.len && t[opt_start + r] != '<')
			r++;
		if (r >= 2)
		{
			add_span(&f[n], opt_start, r - 1);
			f[n].cd = opt_start + r - 1;
			opt_start += r;
		}
	}
	n++;
	add_span(&f[n], lay->birth, 6);
	f[n++].cd = lay->birth_cd;
	add_span(&f[n], lay->expiry, 6);
	f[n++].cd = lay->expiry_cd;
	if (lay->optional_cd >= 0)
	{
		add_span(&f[n], lay->optional.off, lay->optional.len);
		f[n].cd = lay->optional_cd;
		f[n++].personal = true;
	}
	else if (lay->composite >= 0)
	{
		add_span(comp_only, opt_start, opt_end - opt_start);
		add_span(comp_only, lay->optional_2.off, lay->optional_2.len);
	}
	comp_only->cd = lay->composite;
	return n;
}

/* Whether a text passes a check: a field, or the composite if f is NULL. */
static bool
passes(const char *t, const mrz_layout *lay, const check_field *f)
{
	if (f)
		return field_ok(t, f);
	return lay->composite < 0 ||
		t[lay->composite] - '0' == mrz_composite_digit(lay, t);
}

/* Searchable positions of a field: its data, and its check digit if alnum. */
static int
search_positions(const check_field *f, const char *cls, short *sp)
{
	int			n = 0;

	for (int i = 0; i < f->npos; i++)
		if (cls[f->pos[i]] == CLS_ALNUM)
			sp[n++] = f->pos[i];
	if (f->cd >= 0 && cls[f->cd] == CLS_ALNUM)
		sp[n++] = (short) f->cd;
	return n;
}

/*
 * Repairs of one field with the fewest substitutions (1, else 2) on its
 * alphanumeric positions that make check (field f, or the composite when
 * check is NULL) pass.  Returns the count, MAX_CANDIDATES + 1 if too many.
 */
static int
search_field(char *t, const mrz_layout *lay, const char *cls,
			 const check_field *f, const check_field *check, repair *out)
{
	short		sp[MAX_POSITIONS + 1];
	int			np = search_positions(f, cls, sp);
	int			n = 0;

	for (int k = 1; k <= 2 && n == 0; k++)
		for (int a = 0; a < np; a++)
		{
			char		alt_a[4],
						orig_a = t[sp[a]];
			int			na = alternatives(orig_a, alt_a);

			for (int i = 0; i < na; i++)
			{
				t[sp[a]] = alt_a[i];
				if (k == 1 && passes(t, lay, check))
				{
					if (n == MAX_CANDIDATES)
						n++;
					if (n > MAX_CANDIDATES)
						break;
					out[n++] = (repair) {1, {sp[a], 0}, {alt_a[i], 0}};
				}
				for (int b = a + 1; k == 2 && b < np && n <= MAX_CANDIDATES; b++)
				{
					char		alt_b[4],
								orig_b = t[sp[b]];
					int			nb = alternatives(orig_b, alt_b);

					for (int j = 0; j < nb; j++)
					{
						t[sp[b]] = alt_b[j];
						if (passes(t, lay, check))
						{
							if (n == MAX_CANDIDATES)
							{
								n++;
								break;
							}
							out[n++] = (repair) {2, {sp[a], sp[b]}, {alt_a[i], alt_b[j]}};
						}
					}
					t[sp[b]] = orig_b;
				}
			}
			t[sp[a]] = orig_a;
			if (n > MAX_CANDIDATES)
				return n;
		}
	return n;
}

/* Whether a parse has errors a repair could remove. */
static bool
needs_repair(const mrz_document *doc)
{
	for (int i = 0; i < doc->nerrors; i++)
		switch (doc->errors[i].code)
		{
			case MRZ_ISSUE_CHECK_DIGIT:
			case MRZ_ISSUE_CHECK_NOT_DIGIT:
			case MRZ_ISSUE_CHAR_CLASS:
			case MRZ_ISSUE_BAD_DATE:
				return true;
			default:
				break;
		}
	return false;
}

/* State of the search for a unique repaired text. */
typedef struct repair_search
{
	const mrz_layout *lay;
	const char *cls;
	int			n;				/* characters in the text */
	mrz_date	as_of;
	int			found;			/* distinct valid texts */
	char		result[MRZ_MAX_CHARS + 1];
	mrz_document doc;			/* scratch for verification */
} repair_search;

/* Parse a candidate; remember it if it is valid and new. */
static void
verify(repair_search *rs, const char *u)
{
	mrz_failure fail;

	if (mrz_parse(u, (size_t) rs->n, rs->as_of, &rs->doc, &fail) != MRZ_OK ||
		needs_repair(&rs->doc))
		return;
	if (rs->found == 0)
		memcpy(rs->result, u, (size_t) rs->n + 1);
	else if (memcmp(rs->result, u, (size_t) rs->n) == 0)
		return;
	rs->found++;
}

/* A combination of field repairs: fix the composite-only data if needed. */
static void
try_combination(repair_search *rs, char *u, const check_field *comp)
{
	repair		crep[MAX_CANDIDATES + 1];
	int			nc;

	if (passes(u, rs->lay, NULL))
	{
		verify(rs, u);
		return;
	}
	nc = search_field(u, rs->lay, rs->cls, comp, NULL, crep);
	if (nc > MAX_CANDIDATES)
	{
		rs->found += 2;			/* too many: ambiguous */
		return;
	}
	for (int i = 0; i < nc; i++)
	{
		char		v[MRZ_MAX_CHARS + 1];

		memcpy(v, u, (size_t) rs->n + 1);
		for (int k = 0; k < crep[i].n; k++)
			v[crep[i].pos[k]] = crep[i].ch[k];
		verify(rs, v);
	}
}

/* No unique repair: the message, with the same detail and hint for all. */
#define no_repair(fail, ...) \
	mrz_fail((fail), MRZ_ERR_NO_REPAIR, 0, \
			 "repairs are tried only for OCR look-alikes that a check digit can confirm", \
			 "compare the MRZ with the document; look-alikes such as 6/G or 8/S pass every check digit", \
			 __VA_ARGS__)

/* Count of characters that differ between two texts. */
static int
count_changes(const char *a, const char *b, int n)
{
	int			c = 0;

	for (int i = 0; i < n; i++)
		c += a[i] != b[i];
	return c;
}

/* Repair OCR confusions guided by the check digits; see mrz.h. */
mrz_status
mrz_correct(const char *input, size_t len, mrz_date as_of, char *out,
			size_t outsize, int *changes, mrz_failure *fail)
{
	repair_search *rs;
	mrz_document doc;
	char		cls[MRZ_MAX_CHARS];
	char		t[MRZ_MAX_CHARS + 1];
	check_field f[4],
				comp;
	repair		cand[4][MAX_CANDIDATES + 1];
	int			ncand[4] = {0},
				nf,
				L;
	long		combos = 1;
	mrz_status	st = mrz_parse(input, len, as_of, &doc, fail);
	repair_search rsbuf;

	if (st != MRZ_OK)
		return st;
	if (changes)
		*changes = 0;
	if (!needs_repair(&doc))
		return mrz_emit_lines(doc.text, doc.nlines, doc.line_length, out, outsize, fail);
	rs = &rsbuf;
	rs->found = 0;
	rs->lay = mrz_layout_of(doc.format);
	rs->cls = cls;
	L = rs->n = doc.nlines * doc.line_length;
	rs->as_of = as_of;
	position_classes(rs->lay, cls);
	memcpy(t, doc.text, (size_t) L + 1);
	apply_class_rule(t, L, cls);
	nf = check_fields(t, rs->lay, f, &comp);
	for (int i = 0; i < nf; i++)
	{
		if (field_ok(t, &f[i]))
			continue;
		ncand[i] = search_field(t, rs->lay, cls, &f[i], &f[i], cand[i]);
		if (ncand[i] == 0)
			return no_repair(fail, "no repair makes the check digit at position %d valid",
							 f[i].cd + 1);
		combos *= ncand[i];
		if (ncand[i] > MAX_CANDIDATES || combos > MAX_COMBINATIONS)
			return no_repair(fail, "too many repairs make the check digit at position %d valid",
							 f[i].cd + 1);
	}
	for (long c = 0; c < combos; c++)
	{
		char		u[MRZ_MAX_CHARS + 1];
		long		rest = c;

		memcpy(u, t, (size_t) L + 1);
		for (int i = 0; i < nf; i++)
		{
			const repair *r;

			if (ncand[i] == 0)
				continue;
			r = &cand[i][rest % ncand[i]];
			rest /= ncand[i];
			for (int k = 0; k < r->n; k++)
				u[r->pos[k]] = r->ch[k];
		}
		try_combination(rs, u, &comp);
	}
	if (rs->found == 0)
		return no_repair(fail, "no repair makes every check digit valid");
	if (rs->found > 1)
		return no_repair(fail, "more than one repair makes every check digit valid");
	if (changes)
		*changes = count_changes(doc.text, rs->result, L);
	return mrz_emit_lines(rs->result, doc.nlines, doc.line_length, out, outsize, fail);
}
