/*
 * fuzz_mrz.c - libFuzzer harness for the MRZ core: the input is parsed and
 * repaired as an MRZ, and also cut into the fields of an mrz_build() call.
 * Besides the sanitizers' checks it traps on broken invariants: valid means
 * no errors, a valid MRZ is its own repair, a repair parses with all check
 * digits valid, and whatever mrz_build() produces parses as valid.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "core/mrz.h"

static const mrz_date AS_OF = {2026, 11, 28};

#define CHECK(cond) do { if (!(cond)) __builtin_trap(); } while (0)

/* Invariants of any parse result. */
static void
check_document(const mrz_document *doc)
{
	CHECK(doc->valid == (doc->nerrors == 0));
	CHECK(doc->nerrors >= 0 && doc->nerrors <= MRZ_MAX_ISSUES);
	CHECK(doc->nwarnings >= 0 && doc->nwarnings <= MRZ_MAX_ISSUES);
	CHECK(strlen(doc->text) == (size_t) (doc->nlines * doc->line_length));
	CHECK(strlen(doc->document_number) <= MRZ_DOCNUM_MAX);
	CHECK(strlen(doc->primary_identifier) <= MRZ_NAME_MAX);
	CHECK(strlen(doc->secondary_identifier) <= MRZ_NAME_MAX);
	CHECK(strlen(doc->optional_data) <= MRZ_OPTIONAL_MAX);
	for (int i = 0; i < doc->nerrors; i++)
	{
		CHECK(doc->errors[i].field != NULL);
		CHECK(doc->errors[i].position >= 0 &&
			  doc->errors[i].position <= MRZ_MAX_CHARS);
		CHECK(memchr(doc->errors[i].message, 0, MRZ_MESSAGE_MAX) != NULL);
	}
	for (int i = 0; i < doc->nwarnings; i++)
		CHECK(doc->warnings[i].position >= 0 &&
			  doc->warnings[i].position <= MRZ_MAX_CHARS);
}

/* Parse and repair the input itself. */
static void
fuzz_parse_correct(const char *s, size_t n)
{
	static mrz_document doc;
	static mrz_document again;
	mrz_failure fail;
	char		out[128];
	int			changes = -1;
	mrz_status	st = mrz_parse(s, n, AS_OF, &doc, &fail);
	mrz_status	cst = mrz_correct(s, n, AS_OF, out, sizeof(out), &changes, &fail);

	if (st != MRZ_OK)
	{
		CHECK(cst == st);		/* same rejection */
		CHECK(memchr(fail.message, 0, sizeof(fail.message)) != NULL);
		return;
	}
	check_document(&doc);
	if (doc.valid)
		CHECK(cst == MRZ_OK && changes == 0);
	if (cst == MRZ_OK)
	{
		CHECK(mrz_parse(out, strlen(out), AS_OF, &again, &fail) == MRZ_OK);
		check_document(&again);
		for (int i = 0; i < again.nerrors; i++)
			CHECK(again.errors[i].code != MRZ_ISSUE_CHECK_DIGIT &&
				  again.errors[i].code != MRZ_ISSUE_CHECK_NOT_DIGIT);
	}
	else
		CHECK(cst == MRZ_ERR_NO_REPAIR);
}

/* Take the next '|'-separated piece of the input as a C string. */
static const char *
next_piece(const char **p, const char *end, char *buf, size_t size)
{
	size_t		k = 0;

	while (*p < end && **p != '|')
	{
		if (k + 1 < size)
			buf[k++] = **p;
		(*p)++;
	}
	if (*p < end)
		(*p)++;
	buf[k] = '\0';
	return buf;
}

/* A date from three bytes (any values, valid or not). */
static mrz_date
date_from(const uint8_t *b)
{
	mrz_date	d = {1900 + b[0] % 160, b[1] % 14, b[2] % 33};

	if (b[0] >= 250)
		d.year = 0;
	return d;
}

/* Cut the input into mrz_build() fields and build. */
static void
fuzz_build(const uint8_t *data, size_t n)
{
	static mrz_document doc;
	char		bufs[8][64];
	const char *p,
			   *end;
	mrz_fields	f;
	mrz_failure fail;
	char		out[128];

	if (n < 8)
		return;
	f.format = (mrz_format) (data[0] % 5);
	f.birth_date = date_from(data + 1);
	f.expiry_date = date_from(data + 4);
	f.sex = (char) data[7];
	p = (const char *) data + 8;
	end = (const char *) data + n;
	f.document_code = next_piece(&p, end, bufs[0], sizeof(bufs[0]));
	f.issuing_state = next_piece(&p, end, bufs[1], sizeof(bufs[1]));
	f.document_number = next_piece(&p, end, bufs[2], sizeof(bufs[2]));
	f.primary_identifier = next_piece(&p, end, bufs[3], sizeof(bufs[3]));
	f.secondary_identifier = next_piece(&p, end, bufs[4], sizeof(bufs[4]));
	f.nationality = next_piece(&p, end, bufs[5], sizeof(bufs[5]));
	f.optional_data = next_piece(&p, end, bufs[6], sizeof(bufs[6]));
	if (mrz_build(&f, out, sizeof(out), &fail) != MRZ_OK)
	{
		CHECK(memchr(fail.message, 0, sizeof(fail.message)) != NULL);
		return;
	}
	CHECK(mrz_parse(out, strlen(out), f.expiry_date, &doc, &fail) == MRZ_OK);
	check_document(&doc);
	CHECK((int) doc.format == (int) f.format);
	for (int i = 0; i < doc.nerrors; i++)
		CHECK(doc.errors[i].code == MRZ_ISSUE_DATE_FILLERS);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t		cd_input[64];

	fuzz_parse_correct((const char *) data, size);
	fuzz_build(data, size);
	if (size <= sizeof(cd_input))
	{
		memcpy(cd_input, data, size);
		(void) mrz_check_digit((const char *) cd_input, size);
	}
	return 0;
}
