/*
 * mrz.h - machine readable zones of ICAO Doc 9303 travel documents.
 *
 * The pure-C interface of the MRZ core: parse and validate the five ICAO
 * layouts (TD1, TD2, TD3, MRV-A, MRV-B), compute 7-3-1 check digits, repair
 * OCR confusions with the help of the check digits, and build an MRZ from its
 * fields.  Nothing here includes postgres.h or allocates: callers hand in
 * buffers, results come back in plain structs, and problems come back as
 * data (an issue list) or as a status code with a message.  The SQL layer
 * (src/pg/mrz_fn.c) turns those into composite values and ereport()s.
 */
#ifndef TRAVEL_DOCS_MRZ_H
#define TRAVEL_DOCS_MRZ_H

#include <stdbool.h>
#include <stddef.h>

/* The five ICAO layouts. */
typedef enum mrz_format
{
	MRZ_TD1 = 0,				/* 3 lines x 30, ID-1 cards */
	MRZ_TD2,					/* 2 lines x 36, ID-2 cards */
	MRZ_TD3,					/* 2 lines x 44, passports */
	MRZ_MRVA,					/* 2 lines x 44, visas */
	MRZ_MRVB					/* 2 lines x 36, visas */
} mrz_format;

/* The longest MRZ is TD1 (90 characters); TD3 and MRV-A are 88. */
#define MRZ_MAX_CHARS 90
#define MRZ_MAX_LINES 3

/* Longest values of the variable fields, without the terminating NUL. */
#define MRZ_DOCNUM_MAX 23		/* TD1 long number: 9 principal + 13, 14 when
								 * the continuation lacks its closing filler */
#define MRZ_NAME_MAX 39			/* TD3 / MRV-A name field */
#define MRZ_OPTIONAL_MAX 16		/* MRV-A optional data */

#define MRZ_MAX_ISSUES 24
#define MRZ_MESSAGE_MAX 160

/*
 * What a reported issue is about.  Errors make an MRZ invalid; warnings
 * name deviations seen on real documents.  Some deviations are both (an
 * error because Doc 9303 forbids them, and a warning that names them), so
 * a caller can accept an MRZ whose only errors are known deviations: such
 * an error carries the deviation's own code (NON_ICAO_CODE, SEX_X,
 * FILLER_INCLUDED), the same code as its warning.
 */
typedef enum mrz_issue_code
{
	MRZ_ISSUE_CHECK_DIGIT = 1,	/* a check digit does not match */
	MRZ_ISSUE_CHECK_NOT_DIGIT,	/* a check-digit position holds no digit */
	MRZ_ISSUE_DOCUMENT_CODE,	/* first letters not a known document code */
	MRZ_ISSUE_UNKNOWN_STATE,	/* issuing state / nationality not ICAO */
	MRZ_ISSUE_NON_ICAO_CODE,	/* warning: a code seen on documents (XXK) */
	MRZ_ISSUE_BAD_DATE,			/* not a calendar date */
	MRZ_ISSUE_DATE_FILLERS,		/* unknown parts of a date as '<' */
	MRZ_ISSUE_BAD_SEX,			/* not M, F or '<' */
	MRZ_ISSUE_SEX_X,			/* 'X' in the sex field (VIZ value) */
	MRZ_ISSUE_CHAR_CLASS,		/* a letter in a numeric field, etc. */
	MRZ_ISSUE_NAME,				/* malformed name field */
	MRZ_ISSUE_TRUNCATED,		/* warning: name fills its field */
	MRZ_ISSUE_FILLER_INCLUDED,	/* long-number digit over the '<' too */
	MRZ_ISSUE_LONG_NUMBER,		/* long-number overflow malformed */
	MRZ_ISSUE_DOCNUM_FORMAT		/* document number field malformed */
} mrz_issue_code;

/* One problem found in one field. */
typedef struct mrz_issue
{
	mrz_issue_code code;
	const char *field;			/* static: "document_number", ... */
	int			position;		/* 1-based offset in the joined MRZ; 0 if none */
	char		message[MRZ_MESSAGE_MAX];
} mrz_issue;

/* A calendar date; year 0 means "absent" (fillers or invalid). */
typedef struct mrz_date
{
	int			year;
	int			month;
	int			day;
} mrz_date;

/* Everything parse() learns from an MRZ. Text fields have fillers stripped. */
typedef struct mrz_document
{
	mrz_format	format;
	char		text[MRZ_MAX_CHARS + 1];	/* the lines joined, no separators */
	int			nlines;
	int			line_length;

	char		document_code[3];
	char		issuing_state[4];
	char		document_number[MRZ_DOCNUM_MAX + 1];
	char		primary_identifier[MRZ_NAME_MAX + 1];
	char		secondary_identifier[MRZ_NAME_MAX + 1];
	char		nationality[4];
	mrz_date	birth_date;
	char		birth_raw[7];
	char		sex;			/* 'M', 'F', 'X' (an error, still reported),
								 * or 0 for '<' and for anything invalid */
	mrz_date	expiry_date;
	char		expiry_raw[7];
	char		optional_data[MRZ_OPTIONAL_MAX + 1];
	char		optional_data_2[MRZ_OPTIONAL_MAX + 1];	/* TD1 line 2 only */

	bool		valid;			/* strict ICAO validity: no errors */
	int			nerrors;
	mrz_issue	errors[MRZ_MAX_ISSUES];
	int			nwarnings;
	mrz_issue	warnings[MRZ_MAX_ISSUES];
} mrz_document;

/* Outcome of the operations that can reject their input outright. */
typedef enum mrz_status
{
	MRZ_OK = 0,
	MRZ_ERR_SHAPE,				/* wrong number of lines or line lengths */
	MRZ_ERR_CHARACTER,			/* a character outside A-Z 0-9 < */
	MRZ_ERR_EMPTY,				/* nothing but whitespace */
	MRZ_ERR_FIELD,				/* build: a field cannot be encoded */
	MRZ_ERR_NO_REPAIR,			/* correct: no unique repair */
	MRZ_ERR_BUFFER				/* output buffer too small */
} mrz_status;

/* Why an input was rejected: message, detail and hint for ereport(). */
typedef struct mrz_failure
{
	mrz_status	status;
	int			position;		/* bad character: 1-based offset in the trimmed
								 * input's lines joined without separators;
								 * 0 if none */
	char		message[MRZ_MESSAGE_MAX];
	char		detail[MRZ_MESSAGE_MAX];
	char		hint[MRZ_MESSAGE_MAX];
} mrz_failure;

/*
 * Check digit of data[0..len) with weights 7, 3, 1: digits count their
 * value, A-Z 10-35, '<' 0.  Returns -1 if a character is outside A-Z 0-9 <.
 */
extern int	mrz_check_digit(const char *data, size_t len);

/*
 * Split raw input into MRZ lines: trims surrounding whitespace, accepts
 * lines separated by LF or CRLF, or one string of exactly 90, 88 or 72
 * characters.  On success writes the joined text (NUL-terminated) to out,
 * the line count and line length, and returns MRZ_OK; otherwise fills
 * *fail.  Nothing else is guessed: lower case is an error, not folded.
 */
extern mrz_status mrz_split(const char *input, size_t len,
							char out[MRZ_MAX_CHARS + 1], int *nlines,
							int *line_length, mrz_failure *fail);

/*
 * Parse and validate.  as_of is the reference date for the century of
 * two-digit years: birth dates take the latest century not after as_of;
 * expiry dates the century that puts them nearest to as_of (a window of
 * 50 years either side).  Returns MRZ_OK and fills *doc (per-field problems
 * are in doc->errors / doc->warnings), or a failure status and *fail when
 * the input is not an MRZ at all.
 */
extern mrz_status mrz_parse(const char *input, size_t len, mrz_date as_of,
							mrz_document *doc, mrz_failure *fail);

/*
 * Repair OCR confusions guided by the check digits.  Tries substitutions
 * (O/0, I/1, B/8, S/5, Z/2, G/6, D/0, Q/0, L/1 ...) only where the
 * field's character class allows the replacement, and succeeds when
 * exactly one repaired text makes every check digit valid (an already
 * valid MRZ is its own repair).  out receives the repaired lines joined
 * with '\n'; *changes (if not NULL) the number of characters changed.
 * Returns MRZ_OK, MRZ_ERR_NO_REPAIR, or a split failure.
 */
extern mrz_status mrz_correct(const char *input, size_t len, mrz_date as_of,
							  char *out, size_t outsize, int *changes,
							  mrz_failure *fail);

/* The fields mrz_build() encodes.  Strings are NUL-terminated, may be "". */
typedef struct mrz_fields
{
	mrz_format	format;
	const char *document_code;	/* "P", "PP", "I", "ID", "V", ... */
	const char *issuing_state;
	const char *document_number;
	const char *primary_identifier; /* words separated by spaces or hyphens */
	const char *secondary_identifier;
	const char *nationality;
	mrz_date	birth_date;		/* year 0: unknown, encoded as fillers */
	char		sex;			/* 'M', 'F', or 0 / 'X' / '<' for unspecified */
	mrz_date	expiry_date;
	const char *optional_data;
} mrz_fields;

/*
 * Build a valid MRZ from fields: names are encoded (spaces and hyphens to
 * '<', apostrophes dropped) and truncated per Doc 9303 when too long; long
 * document numbers overflow into the optional data on TD1/TD2; all check
 * digits are computed.  out receives the lines joined with '\n'.
 */
extern mrz_status mrz_build(const mrz_fields *fields, char *out, size_t outsize,
							mrz_failure *fail);

/* "TD1", "TD2", "TD3", "MRVA", "MRVB". */
extern const char *mrz_format_name(mrz_format format);

/* Parse a format name as above (case-insensitive; "MRV-A" also accepted). */
extern bool mrz_format_from_name(const char *name, mrz_format *format);

#endif							/* TRAVEL_DOCS_MRZ_H */
