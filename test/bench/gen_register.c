/*
 * gen_register.c - seeded synthetic stolen/lost travel-document register and
 * probe set for the document-number benchmark (see test/bench/README.md).
 *
 *   gen_register register ROWS [SEED]          register as COPY text
 *   gen_register probes ROWS NPROBES [SEED]    probe set as COPY text
 *
 * Register columns: id, document_number, issuing_state, document_type,
 * status, reported_by, event_date, report_date.  Document numbers follow
 * per-country formats of 7-12 characters and are drawn from dense issuance
 * series (a fixed set of series per format whose serial parts are sampled),
 * so numbers share prefixes and have near neighbours as real ones do; a
 * small share is written the way national feeds send them (lower case,
 * separators).
 *
 * Probe columns: probe_id, probe, class (exact, edit1, edit2, absent),
 * source_id, edits.  Probes are the normalized source number with 1 or 2
 * edits from an OCR/keying error model (exactly that many unit OSA edits
 * away from the source), or a plausible number from the same formats that
 * is not in the register.  Probe order is shuffled, so any prefix of the
 * probe set is a representative sample.
 *
 * The same ROWS and SEED always give the same output; the probes mode
 * regenerates the register internally (without printing it).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_docnum.h"

/* Series per format are fixed (not scaled with ROWS): density grows with N. */
#define TOTAL_SERIES 1000
#define SERIAL_SLOTS 8
#define SERIAL_SPACE_MAX 3000000
#define DIRTY_RATE 0.01
#define MAX_FORMATS 64
#define MAX_SERIES 4096

/* splitmix64: small, fast, good enough for test data. */
typedef struct rng
{
	uint64_t	s;
} rng;

static uint64_t
rng_next(rng *r)
{
	uint64_t	z = (r->s += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* Uniform integer in [0, n). */
static uint64_t
rng_below(rng *r, uint64_t n)
{
	return n ? rng_next(r) % n : 0;
}

/* Uniform double in [0, 1). */
static double
rng_unit(rng *r)
{
	return (rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

/*
 * A number format: pattern characters are classes (d digit, a letter A-Z,
 * x letter or digit, g the German alphabet, n letters without O and digits);
 * upper-case letters and digits stand for themselves.
 */
typedef struct fmt
{
	const char *state;
	const char *type;
	const char *pattern;
	double		weight;			/* share of all rows */
} fmt;

/* Countries: ICAO code, share of the register, formats (type, pattern, share). */
typedef struct country
{
	const char *state;
	double		weight;
	struct
	{
		const char *type;
		const char *pattern;
		double		share;
	}			f[4];
} country;

static const country countries[] = {
	{"USA", 12.0, {{"P", "ddddddddd", 0.55}, {"P", "adddddddd", 0.40}, {"V", "dddddddd", 0.05}}},
	{"FRA", 8.0, {{"P", "ddaaddddd", 0.55}, {"ID", "dddddddddddd", 0.28}, {"ID", "xxxxxxxxx", 0.12}, {"V", "FRAddddddddd", 0.05}}},
	{"GBR", 7.0, {{"P", "ddddddddd", 0.85}, {"I", "aaddddddd", 0.15}}},
	{"DEU", 7.0, {{"P", "ggggggggg", 0.55}, {"ID", "ggggggggg", 0.40}, {"V", "DEUddddddddd", 0.05}}},
	{"RUS", 6.0, {{"P", "ddddddddd", 0.50}, {"ID", "dddddddddd", 0.50}}},
	{"CHN", 5.0, {{"P", "Edddddddd", 0.70}, {"P", "Eaddddddd", 0.30}}},
	{"ITA", 4.5, {{"P", "aaddddddd", 0.60}, {"ID", "aadddddaa", 0.40}}},
	{"ESP", 4.5, {{"P", "aaadddddd", 0.50}, {"ID", "dddddddda", 0.45}, {"V", "ESPddddddddd", 0.05}}},
	{"IND", 4.5, {{"P", "addddddd", 1.0}}},
	{"CAN", 3.0, {{"P", "aadddddd", 1.0}}},
	{"BRA", 3.0, {{"P", "aadddddd", 1.0}}},
	{"UKR", 2.5, {{"P", "aadddddd", 0.50}, {"ID", "ddddddddd", 0.50}}},
	{"AUS", 2.5, {{"P", "addddddd", 0.50}, {"P", "aaddddddd", 0.50}}},
	{"MEX", 2.5, {{"P", "adddddddd", 1.0}}},
	{"NLD", 2.5, {{"P", "aannnnnnd", 0.60}, {"ID", "aannnnnnd", 0.40}}},
	{"POL", 2.0, {{"P", "aaddddddd", 0.60}, {"ID", "aaadddddd", 0.40}}},
	{"TUR", 2.0, {{"P", "Udddddddd", 0.70}, {"ID", "addaddddd", 0.30}}},
	{"NGA", 2.0, {{"P", "adddddddd", 1.0}}},
	{"JPN", 2.0, {{"P", "aaddddddd", 1.0}}},
	{"ZAF", 1.5, {{"P", "adddddddd", 1.0}}},
	{"PHL", 1.5, {{"P", "Pddddddda", 1.0}}},
	{"ARG", 1.5, {{"P", "aaadddddd", 0.60}, {"ID", "dddddddd", 0.40}}},
	{"IDN", 1.5, {{"P", "addddddd", 1.0}}},
	{"PAK", 1.5, {{"P", "aaddddddd", 1.0}}},
	{"BEL", 1.0, {{"P", "aadddddd", 0.40}, {"ID", "dddddddddddd", 0.60}}},
	{"SWE", 1.0, {{"P", "dddddddd", 1.0}}},
	{"EGY", 1.0, {{"P", "adddddddd", 1.0}}},
	{"VNM", 1.0, {{"P", "addddddd", 1.0}}},
	{"COL", 1.0, {{"P", "aadddddd", 1.0}}},
	{"KEN", 1.0, {{"P", "aaddddddd", 1.0}}},
	{"GRC", 1.0, {{"P", "aaddddddd", 0.50}, {"ID", "adddddd", 0.50}}},
};
#define NCOUNTRIES (sizeof(countries) / sizeof(countries[0]))

static const char DIGITS[] = "0123456789";
static const char LETTERS[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
static const char ALNUM[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
static const char GERMAN[] = "CFGHJKLMNPRTVWXYZ0123456789";
static const char NOO[] = "0123456789ABCDEFGHIJKLMNPQRSTUVWXYZ";

/* The alphabet of a pattern class, or NULL for a literal character. */
static const char *
class_alphabet(char c)
{
	switch (c)
	{
		case 'd':
			return DIGITS;
		case 'a':
			return LETTERS;
		case 'x':
			return ALNUM;
		case 'g':
			return GERMAN;
		case 'n':
			return NOO;
		default:
			return NULL;
	}
}

/* An issuance series: fixed characters everywhere but in the serial slots. */
typedef struct series
{
	int			fmt;
	char		fixed[BENCH_MAXLEN + 1];	/* the number with serial slots zeroed */
	int			serial_pos[SERIAL_SLOTS];	/* positions of serial slots, low last */
	int			nserial;
	uint64_t	base;			/* first serial value issued */
	uint64_t	span;			/* serial values issued */
} series;

typedef struct model
{
	fmt			fmts[MAX_FORMATS];
	int			nfmts;
	series		ser[MAX_SERIES];
	int			nser;
	double		cum[MAX_SERIES];	/* cumulative row share per series */
	const char *states[NCOUNTRIES];
	int			epoch_end;		/* last event day (days since 1970-01-01) */
} model;

/* Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
static int
days_from_civil(int y, int m, int d)
{
	int			era,
				yoe,
				doy,
				doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* Write the civil date of a day number as YYYY-MM-DD. */
static void
civil_from_days(int z, char *out)
{
	int			era,
				doe,
				yoe,
				y,
				doy,
				mp,
				d,
				m;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = doy - (153 * mp + 2) / 5 + 1;
	m = mp + (mp < 10 ? 3 : -9);
	sprintf(out, "%04d-%02d-%02d", y + (m <= 2), m, d);
}

/* Set up one series of format f: random fixed part, serial range. */
static void
series_init(series *s, const fmt *f, int fi, rng *r)
{
	int			len = (int) strlen(f->pattern);
	uint64_t	radix = 1;

	s->fmt = fi;
	s->nserial = 0;

	/*
	 * Serial slots: the last class positions, as many as keep the serial
	 * space within SERIAL_SPACE_MAX (6 digits; 4 alphanumerics), so series
	 * of all formats have a similar size.
	 */
	for (int i = len - 1; i >= 0 && s->nserial < SERIAL_SLOTS; i--)
	{
		const char *al = class_alphabet(f->pattern[i]);

		if (!al)
			continue;
		if (radix * strlen(al) > SERIAL_SPACE_MAX)
			break;
		radix *= strlen(al);
		s->nserial++;
	}
	for (int i = len - 1, k = s->nserial - 1; i >= 0 && k >= 0; i--)
		if (class_alphabet(f->pattern[i]))
			s->serial_pos[k--] = i;
	for (int i = 0; i < len; i++)
	{
		const char *al = class_alphabet(f->pattern[i]);

		s->fixed[i] = al ? al[rng_below(r, strlen(al))] : f->pattern[i];
	}
	s->fixed[len] = '\0';
	/* a series has issued between 30% and 100% of its serial range */
	s->span = (uint64_t) (radix * (0.3 + 0.7 * rng_unit(r)));
	if (s->span < 1)
		s->span = 1;
	s->base = rng_below(r, radix - s->span + 1);
}

/* Build formats and series from the seed (independent of ROWS). */
static void
model_init(model *m, uint64_t seed)
{
	rng			r = {seed * 0x2545F4914F6CDD1DULL + 1};
	double		total = 0,
				acc = 0;

	m->nfmts = 0;
	for (size_t c = 0; c < NCOUNTRIES; c++)
	{
		m->states[c] = countries[c].state;
		total += countries[c].weight;
	}
	for (size_t c = 0; c < NCOUNTRIES; c++)
		for (int k = 0; k < 4 && countries[c].f[k].pattern; k++)
		{
			fmt		   *f = &m->fmts[m->nfmts++];

			f->state = countries[c].state;
			f->type = countries[c].f[k].type;
			f->pattern = countries[c].f[k].pattern;
			f->weight = countries[c].weight / total * countries[c].f[k].share;
		}
	m->nser = 0;
	for (int fi = 0; fi < m->nfmts; fi++)
	{
		int			n = (int) (m->fmts[fi].weight * TOTAL_SERIES + 0.5);

		if (n < 2)
			n = 2;
		for (int k = 0; k < n && m->nser < MAX_SERIES; k++)
		{
			series_init(&m->ser[m->nser], &m->fmts[fi], fi, &r);
			acc += m->fmts[fi].weight / n;
			m->cum[m->nser++] = acc;
		}
	}
	for (int i = 0; i < m->nser; i++)
		m->cum[i] /= acc;
	m->epoch_end = days_from_civil(2026, 10, 31);
}

/* Pick a series with probability equal to its row share. */
static int
pick_series(const model *m, rng *r)
{
	double		u = rng_unit(r);
	int			lo = 0,
				hi = m->nser - 1;

	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (m->cum[mid] < u)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Write the number with serial value v of series s into out. */
static void
render_number(const model *m, const series *s, uint64_t v, char *out)
{
	const char *pat = m->fmts[s->fmt].pattern;

	strcpy(out, s->fixed);
	for (int k = s->nserial - 1; k >= 0; k--)
	{
		const char *al = class_alphabet(pat[s->serial_pos[k]]);
		uint64_t	rad = strlen(al);

		out[s->serial_pos[k]] = al[v % rad];
		v /= rad;
	}
}

/* One register row. */
typedef struct row
{
	char		number[BENCH_MAXLEN + 8];
	const char *state;
	const char *type;
	const char *status;
	const char *reported_by;
	int			event_day;
	int			report_day;
} row;

/* Make a number the way a national feed may send it: lower case or separators. */
static void
dirty_number(char *num, rng *r)
{
	int			len = (int) strlen(num);
	int			kind = (int) rng_below(r, 3);

	if (kind == 0)
	{
		for (int i = 0; i < len; i++)
			if (num[i] >= 'A' && num[i] <= 'Z')
				num[i] = num[i] - 'A' + 'a';
	}
	else
	{
		int			pos = 2 + (int) rng_below(r, len - 3);

		memmove(num + pos + 1, num + pos, len - pos + 1);
		num[pos] = kind == 1 ? '-' : ' ';
	}
}

/* Generate row number i (rows are generated in order from one stream). */
static void
gen_row(const model *m, rng *r, row *out)
{
	const series *s = &m->ser[pick_series(m, r)];
	const fmt  *f = &m->fmts[s->fmt];
	double		u;
	int			delay;

	render_number(m, s, s->base + rng_below(r, s->span), out->number);
	out->state = f->state;
	out->type = f->type;
	u = rng_unit(r);
	out->status = u < 0.50 ? "lost" : u < 0.85 ? "stolen" : u < 0.92 ? "revoked" :
		u < 0.97 ? "invalid" : "stolen_blank";
	out->reported_by = f->state;
	if (rng_unit(r) < 0.02)
		out->reported_by = m->states[rng_below(r, NCOUNTRIES)];
	/* events over the 10-year retention window, more of them recently */
	u = rng_unit(r);
	out->event_day = m->epoch_end - (int) (3652 * u * u);
	/* reported after a delay: mostly days, sometimes months */
	u = rng_unit(r);
	delay = u < 0.7 ? (int) rng_below(r, 8) : u < 0.95 ? (int) rng_below(r, 60) :
		(int) rng_below(r, 400);
	out->report_day = out->event_day + delay;
	if (out->report_day > m->epoch_end + 30)
		out->report_day = m->epoch_end + 30;
	if (rng_unit(r) < DIRTY_RATE)
		dirty_number(out->number, r);
}

/* Print the register as COPY text. */
static void
print_register(const model *m, long rows, uint64_t seed)
{
	rng			r = {seed};
	row			x;
	char		d1[16],
				d2[16];

	for (long i = 1; i <= rows; i++)
	{
		gen_row(m, &r, &x);
		civil_from_days(x.event_day, d1);
		civil_from_days(x.report_day, d2);
		printf("%ld\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", i, x.number, x.state, x.type,
			   x.status, x.reported_by, d1, d2);
	}
}

/* FNV-1a of a string, for the set of register numbers. */
static uint64_t
hash_str(const char *s, int n)
{
	uint64_t	h = 1469598103934665603ULL;

	for (int i = 0; i < n; i++)
		h = (h ^ (unsigned char) s[i]) * 1099511628211ULL;
	return h;
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t	x = *(const uint64_t *) a,
				y = *(const uint64_t *) b;

	return x < y ? -1 : x > y;
}

/* Is h in the sorted array? */
static int
u64_member(const uint64_t *a, long n, uint64_t h)
{
	long		lo = 0,
				hi = n - 1;

	while (lo <= hi)
	{
		long		mid = (lo + hi) / 2;

		if (a[mid] == h)
			return 1;
		if (a[mid] < h)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return 0;
}

/* OCR confusion partners of a character (both directions), or NULL. */
static const char *
ocr_partners(char c)
{
	switch (c)
	{
		case '0':
			return "OQD";
		case 'O':
			return "0QD";
		case 'Q':
			return "0O";
		case 'D':
			return "0O";
		case '1':
			return "IL";
		case 'I':
			return "1L";
		case 'L':
			return "1I";
		case '8':
			return "B";
		case 'B':
			return "8";
		case '5':
			return "S";
		case 'S':
			return "5";
		case '2':
			return "Z";
		case 'Z':
			return "2";
		case '6':
			return "G";
		case 'G':
			return "6";
		default:
			return NULL;
	}
}

/* A random character as keyed by mistake: mostly digits, as numbers are. */
static char
random_char(rng *r)
{
	return rng_unit(r) < 0.7 ? DIGITS[rng_below(r, 10)] : LETTERS[rng_below(r, 26)];
}

/*
 * Apply one edit from the error model to s (length *n) and append its
 * description to desc.  Returns 0 if the chosen edit was impossible.
 */
static int
apply_edit(char *s, int *n, rng *r, char *desc)
{
	double		u = rng_unit(r);
	int			len = *n;
	int			i;
	char		buf[32];

	if (u < 0.35)
	{							/* OCR confusion */
		int			cand[BENCH_MAXLEN],
					nc = 0;
		const char *p;

		for (i = 0; i < len; i++)
			if (ocr_partners(s[i]))
				cand[nc++] = i;
		if (nc == 0)
			return 0;
		i = cand[rng_below(r, nc)];
		p = ocr_partners(s[i]);
		snprintf(buf, sizeof buf, "ocr@%d:%c>", i + 1, s[i]);
		s[i] = p[rng_below(r, strlen(p))];
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%c", s[i]);
	}
	else if (u < 0.55)
	{							/* adjacent transposition */
		char		t;

		i = (int) rng_below(r, len - 1);
		if (s[i] == s[i + 1])
			return 0;
		t = s[i];
		s[i] = s[i + 1];
		s[i + 1] = t;
		snprintf(buf, sizeof buf, "swap@%d", i + 1);
	}
	else if (u < 0.70)
	{							/* dropped character */
		if (len <= 5)
			return 0;
		i = (int) rng_below(r, len);
		snprintf(buf, sizeof buf, "del@%d:%c", i + 1, s[i]);
		memmove(s + i, s + i + 1, len - i);
		(*n)--;
	}
	else if (u < 0.85)
	{							/* inserted character: a repeat or a stray */
		char		c;

		if (len >= BENCH_MAXLEN - 1)
			return 0;
		i = (int) rng_below(r, len + 1);
		c = (i > 0 && rng_unit(r) < 0.5) ? s[i - 1] : random_char(r);
		memmove(s + i + 1, s + i, len - i + 1);
		s[i] = c;
		(*n)++;
		snprintf(buf, sizeof buf, "ins@%d:%c", i + 1, c);
	}
	else
	{							/* random substitution, same class mostly */
		char		c;

		i = (int) rng_below(r, len);
		c = (s[i] >= '0' && s[i] <= '9') ? DIGITS[rng_below(r, 10)] : random_char(r);
		if (c == s[i])
			return 0;
		snprintf(buf, sizeof buf, "sub@%d:%c>%c", i + 1, s[i], c);
		s[i] = c;
	}
	if (desc[0])
		strcat(desc, ",");
	strcat(desc, buf);
	return 1;
}

/* Make probe p from source src with exactly k unit OSA edits. */
static void
make_edited(const char *src, int k, rng *r, char *out, char *desc)
{
	int			srclen = (int) strlen(src);

	for (int attempt = 0; attempt < 1000; attempt++)
	{
		int			n = srclen,
					done = 0;

		memcpy(out, src, srclen + 1);
		desc[0] = '\0';
		while (done < k)
			done += apply_edit(out, &n, r, desc);
		out[n] = '\0';
		if (bench_osa(out, n, src, srclen, k) == k)
			return;
	}
	fprintf(stderr, "gen_register: could not edit %s\n", src);
	exit(1);
}

typedef struct probe
{
	long		source_id;		/* 0 for absent */
	int			k;				/* edits, or -1 for absent */
	char		probe[BENCH_MAXLEN + 1];
	char		edits[160];
} probe;

static int
cmp_probe_source(const void *a, const void *b)
{
	long		x = ((const probe *) a)->source_id,
				y = ((const probe *) b)->source_id;

	return x < y ? -1 : x > y;
}

/*
 * Print the probe set: 25% exact, 30% one edit, 30% two edits, 15% absent,
 * sources drawn uniformly from the register, in shuffled order.
 */
static void
print_probes(const model *m, long rows, long nprobes, uint64_t seed)
{
	rng			r = {seed},
				pr = {seed ^ 0x5EED0F9B0BE5ULL};
	long		nexact = nprobes / 4,
				ne1 = nprobes * 3 / 10,
				ne2 = nprobes * 3 / 10,
				nabsent = nprobes - nexact - ne1 - ne2,
				nsrc = nexact + ne1 + ne2,
				next = 0;
	probe	   *p = calloc(nprobes, sizeof(probe));
	uint64_t   *hashes = malloc(sizeof(uint64_t) * rows);
	row			x;
	char		norm[BENCH_MAXLEN + 1];

	if (!p || !hashes || nsrc > rows)
	{
		fprintf(stderr, "gen_register: out of memory or more probes than rows\n");
		exit(1);
	}
	/* distinct source ids */
	for (long i = 0; i < nsrc; i++)
	{
		long		id;
		int			dup;

		do
		{
			id = 1 + (long) rng_below(&pr, rows);
			dup = 0;
			for (long j = 0; j < i && !dup; j++)
				dup = p[j].source_id == id;
		} while (dup);
		p[i].source_id = id;
		p[i].k = i < nexact ? 0 : i < nexact + ne1 ? 1 : 2;
	}
	qsort(p, nsrc, sizeof(probe), cmp_probe_source);
	/* regenerate the register: remember sources, hash every number */
	for (long i = 1; i <= rows; i++)
	{
		int			n;

		gen_row(m, &r, &x);
		n = bench_normalize(x.number, strlen(x.number), norm);
		norm[n] = '\0';
		hashes[i - 1] = hash_str(norm, n);
		while (next < nsrc && p[next].source_id == i)
			strcpy(p[next++].probe, norm);
	}
	qsort(hashes, rows, sizeof(uint64_t), cmp_u64);
	for (long i = 0; i < nsrc; i++)
	{
		char		src[BENCH_MAXLEN + 1];

		strcpy(src, p[i].probe);
		if (p[i].k > 0)
			make_edited(src, p[i].k, &pr, p[i].probe, p[i].edits);
		else
			strcpy(p[i].edits, "none");
	}
	/* absent: a plausible number of a real series, not in the register */
	for (long i = nsrc; i < nsrc + nabsent; i++)
	{
		const series *s;

		do
		{
			s = &m->ser[pick_series(m, &pr)];
			render_number(m, s, s->base + rng_below(&pr, s->span), p[i].probe);
		} while (u64_member(hashes, rows, hash_str(p[i].probe, strlen(p[i].probe))));
		p[i].k = -1;
		p[i].source_id = 0;
		strcpy(p[i].edits, "none");
	}
	/* shuffle (Fisher-Yates) and print */
	for (long i = nprobes - 1; i > 0; i--)
	{
		long		j = (long) rng_below(&pr, i + 1);
		probe		t = p[i];

		p[i] = p[j];
		p[j] = t;
	}
	for (long i = 0; i < nprobes; i++)
	{
		static const char *cls[] = {"absent", "exact", "edit1", "edit2"};

		if (p[i].source_id)
			printf("%ld\t%s\t%s\t%ld\t%s\n", i + 1, p[i].probe, cls[p[i].k + 1],
				   p[i].source_id, p[i].edits);
		else
			printf("%ld\t%s\t%s\t\\N\t%s\n", i + 1, p[i].probe, cls[0], p[i].edits);
	}
	free(p);
	free(hashes);
}

int
main(int argc, char **argv)
{
	static model m;
	long		rows;
	uint64_t	seed;

	if (argc >= 3 && strcmp(argv[1], "register") == 0)
	{
		rows = atol(argv[2]);
		seed = argc > 3 ? strtoull(argv[3], NULL, 10) : 42;
		model_init(&m, seed);
		print_register(&m, rows, seed);
	}
	else if (argc >= 4 && strcmp(argv[1], "probes") == 0)
	{
		rows = atol(argv[2]);
		seed = argc > 4 ? strtoull(argv[4], NULL, 10) : 42;
		model_init(&m, seed);
		print_probes(&m, rows, atol(argv[3]), seed);
	}
	else
	{
		fprintf(stderr, "usage: gen_register register ROWS [SEED]\n"
				"       gen_register probes ROWS NPROBES [SEED]\n");
		return 2;
	}
	return ferror(stdout) ? 1 : 0;
}
