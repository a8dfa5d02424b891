/*
 * truth_docnum.c - brute-force ground truth for the document-number
 * benchmark: every register row within distance MAX (default 2) of every
 * probe, after normalization, with the distance of bench_docnum.h.
 *
 *   truth_docnum PROBES.tsv [MAX] [THREADS] < register.tsv > truth.tsv
 *
 * register.tsv is "id<TAB>document_number" COPY text (for instance
 * COPY (SELECT id, document_number FROM bench.register) TO STDOUT), so the
 * truth is computed over exactly what the database holds.  PROBES.tsv is
 * the output of "gen_register probes" (probe_id, probe, ...).  Output is
 * "probe_id<TAB>row_id<TAB>distance" COPY text.
 *
 * Method: the symmetric-deletion filter run inside out.  Every string
 * obtained from a folded probe by deleting up to MAX characters goes into a
 * hash table; every register number is folded, its own deletion variants
 * are looked up, and each probe hit that way is verified with the real
 * distance.  Two strings within MAX unit OSA edits always share such a
 * variant (a substitution or a swap costs one deletion on each side), so
 * the filter loses nothing and the result equals a full pairwise scan; it
 * only saves the distance computations that cannot succeed.  Rows are
 * split between THREADS threads (default 2).
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_docnum.h"

typedef struct probe
{
	long		id;
	int			len;
	char		s[BENCH_MAXLEN + 1];	/* normalized */
	char		f[BENCH_MAXLEN + 1];	/* normalized and folded */
} probe;

/* Hash table of probe deletion variants: hash -> list of probe indexes. */
typedef struct vtable
{
	uint64_t   *keys;			/* 0 = empty slot */
	int		   *first;			/* index into postings */
	int		   *count;
	uint64_t	mask;
	int		   *postings;
} vtable;

typedef struct job
{
	const char *begin;			/* register text of this thread */
	const char *end;
	FILE	   *out;			/* this thread's result file */
	long		rows;
	long		verified;
	long		matches;
} job;

static probe *probes;
static int	nprobes;
static int	maxd = 2;
static unsigned char fold[256];
static vtable vt;

/* 64-bit FNV-1a, never 0 (0 marks an empty slot). */
static uint64_t
hash_bytes(const char *s, int n)
{
	uint64_t	h = 1469598103934665603ULL;

	for (int i = 0; i < n; i++)
		h = (h ^ (unsigned char) s[i]) * 1099511628211ULL;
	return h ? h : 1;
}

typedef void (*variant_fn) (const char *v, int n, void *arg);

/* Call fn on s and on every string made by deleting up to d characters. */
static void
deletion_variants(const char *s, int n, int d, variant_fn fn, void *arg)
{
	char		buf[BENCH_MAXLEN];

	fn(s, n, arg);
	if (d == 0)
		return;
	for (int i = 0; i < n; i++)
	{
		/* deleting any one of a run of equal characters gives the same string */
		if (i > 0 && s[i] == s[i - 1])
			continue;
		memcpy(buf, s, i);
		memcpy(buf + i, s + i + 1, n - i - 1);
		if (d == 1)
			fn(buf, n - 1, arg);
		else
			deletion_variants(buf, n - 1, d - 1, fn, arg);
	}
}

/* Pair of (hash, probe index) collected while building the table. */
typedef struct hp
{
	uint64_t	h;
	int			p;
} hp;

typedef struct collect
{
	hp		   *a;
	long		n;
	long		cap;
	int			probe;
} collect;

static void
collect_variant(const char *v, int n, void *arg)
{
	collect    *c = arg;

	if (c->n == c->cap)
	{
		c->cap = c->cap ? c->cap * 2 : 4096;
		c->a = realloc(c->a, c->cap * sizeof(hp));
		if (!c->a)
		{
			fprintf(stderr, "truth_docnum: out of memory\n");
			exit(1);
		}
	}
	c->a[c->n].h = hash_bytes(v, n);
	c->a[c->n++].p = c->probe;
}

static int
cmp_hp(const void *a, const void *b)
{
	const hp   *x = a,
			   *y = b;

	if (x->h != y->h)
		return x->h < y->h ? -1 : 1;
	return x->p - y->p;
}

/* Build the variant table of all probes. */
static void
build_table(void)
{
	collect		c = {0};
	long		distinct = 0;
	uint64_t	size = 1;

	for (int i = 0; i < nprobes; i++)
	{
		c.probe = i;
		deletion_variants(probes[i].f, probes[i].len, maxd, collect_variant, &c);
	}
	qsort(c.a, c.n, sizeof(hp), cmp_hp);
	while (size < (uint64_t) c.n * 2)
		size <<= 1;
	vt.mask = size - 1;
	vt.keys = calloc(size, sizeof(uint64_t));
	vt.first = calloc(size, sizeof(int));
	vt.count = calloc(size, sizeof(int));
	vt.postings = malloc(sizeof(int) * (c.n + 1));
	for (long i = 0; i < c.n; i++)
	{
		uint64_t	slot;

		if (i > 0 && c.a[i].h == c.a[i - 1].h && c.a[i].p == c.a[i - 1].p)
			continue;			/* same probe, same variant */
		slot = c.a[i].h & vt.mask;
		while (vt.keys[slot] && vt.keys[slot] != c.a[i].h)
			slot = (slot + 1) & vt.mask;
		if (!vt.keys[slot])
		{
			vt.keys[slot] = c.a[i].h;
			vt.first[slot] = (int) distinct;
		}
		vt.postings[distinct++] = c.a[i].p;
		vt.count[slot]++;
	}
	free(c.a);
}

/* Per-row state while looking up one register number's variants. */
typedef struct rowctx
{
	int		   *seen;			/* per probe: last row that tested it */
	int		   *cands;
	int			ncands;
	int			rowtag;
} rowctx;

static void
lookup_variant(const char *v, int n, void *arg)
{
	rowctx	   *rc = arg;
	uint64_t	h = hash_bytes(v, n);
	uint64_t	slot = h & vt.mask;

	while (vt.keys[slot])
	{
		if (vt.keys[slot] == h)
		{
			for (int k = 0; k < vt.count[slot]; k++)
			{
				int			p = vt.postings[vt.first[slot] + k];

				if (rc->seen[p] != rc->rowtag)
				{
					rc->seen[p] = rc->rowtag;
					rc->cands[rc->ncands++] = p;
				}
			}
			return;
		}
		slot = (slot + 1) & vt.mask;
	}
}

/* Undo COPY text escapes in place; returns the new length. */
static int
copy_unescape(char *s, int n)
{
	int			o = 0;

	for (int i = 0; i < n; i++)
	{
		if (s[i] == '\\' && i + 1 < n)
		{
			char		c = s[++i];

			s[o++] = c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
		}
		else
			s[o++] = s[i];
	}
	return o;
}

/* Scan this thread's share of the register. */
static void *
scan_rows(void *arg)
{
	job		   *j = arg;
	rowctx		rc;
	const char *p = j->begin;
	char		raw[1024];

	rc.seen = calloc(nprobes, sizeof(int));
	rc.cands = malloc(sizeof(int) * (nprobes + 1));
	rc.rowtag = 0;
	while (p < j->end)
	{
		const char *nl = memchr(p, '\n', j->end - p);
		const char *tab;
		long		id;
		int			rawlen,
					n;
		char		norm[BENCH_MAXLEN + 1],
					folded[BENCH_MAXLEN + 1];

		if (!nl)
			nl = j->end;
		tab = memchr(p, '\t', nl - p);
		if (!tab || ((nl - tab - 1) == 2 && tab[1] == '\\' && tab[2] == 'N'))
		{
			p = nl + 1;
			continue;			/* no number (NULL): matches nothing */
		}
		id = strtol(p, NULL, 10);
		rawlen = (int) (nl - tab - 1);
		if (rawlen > (int) sizeof(raw))
			rawlen = sizeof(raw);
		memcpy(raw, tab + 1, rawlen);
		rawlen = copy_unescape(raw, rawlen);
		n = bench_normalize(raw, rawlen, norm);
		for (int i = 0; i < n; i++)
			folded[i] = (char) fold[(unsigned char) norm[i]];
		rc.ncands = 0;
		rc.rowtag++;
		deletion_variants(folded, n, maxd, lookup_variant, &rc);
		for (int c = 0; c < rc.ncands; c++)
		{
			probe	   *pr = &probes[rc.cands[c]];
			double		d = bench_distance(pr->s, pr->len, norm, n, maxd);

			j->verified++;
			if (d <= maxd)
			{
				fprintf(j->out, "%ld\t%ld\t%g\n", pr->id, id, d);
				j->matches++;
			}
		}
		j->rows++;
		p = nl + 1;
	}
	free(rc.seen);
	free(rc.cands);
	return NULL;
}

/* Read the probes file (gen_register probes output). */
static void
read_probes(const char *path)
{
	FILE	   *f = fopen(path, "r");
	char		line[1024];
	int			cap = 1024;

	if (!f)
	{
		perror(path);
		exit(1);
	}
	probes = malloc(sizeof(probe) * cap);
	while (fgets(line, sizeof line, f))
	{
		char	   *tab = strchr(line, '\t'),
				   *end;
		probe	   *p;

		if (!tab)
			continue;
		end = strchr(tab + 1, '\t');
		if (!end)
			end = tab + 1 + strcspn(tab + 1, "\n");
		if (nprobes == cap)
			probes = realloc(probes, sizeof(probe) * (cap *= 2));
		p = &probes[nprobes++];
		p->id = strtol(line, NULL, 10);
		p->len = copy_unescape(tab + 1, (int) (end - tab - 1));
		p->len = bench_normalize(tab + 1, p->len, p->s);
		p->s[p->len] = '\0';
		for (int i = 0; i <= p->len; i++)
			p->f[i] = (char) fold[(unsigned char) p->s[i]];
	}
	fclose(f);
}

/* Slurp stdin. */
static char *
read_all(size_t *len)
{
	size_t		cap = 1 << 24,
				n = 0,
				got;
	char	   *buf = malloc(cap);

	while (buf && (got = fread(buf + n, 1, cap - n, stdin)) > 0)
	{
		n += got;
		if (n == cap)
			buf = realloc(buf, cap *= 2);
	}
	if (!buf)
	{
		fprintf(stderr, "truth_docnum: out of memory\n");
		exit(1);
	}
	*len = n;
	return buf;
}

int
main(int argc, char **argv)
{
	int			nthreads = argc > 3 ? atoi(argv[3]) : 2;
	job		   *jobs;
	pthread_t  *tids;
	char	   *text;
	size_t		len;
	long		rows = 0,
				verified = 0,
				matches = 0;
	char		buf[65536];

	if (argc < 2)
	{
		fprintf(stderr, "usage: truth_docnum PROBES.tsv [MAX] [THREADS] < register.tsv\n");
		return 2;
	}
	if (argc > 2)
		maxd = atoi(argv[2]);
	if (nthreads < 1)
		nthreads = 1;
	bench_fold_init(fold);
	read_probes(argv[1]);
	build_table();
	text = read_all(&len);
	jobs = calloc(nthreads, sizeof(job));
	tids = calloc(nthreads, sizeof(pthread_t));
	for (int t = 0; t < nthreads; t++)
	{
		size_t		b = len * t / nthreads,
					e = len * (t + 1) / nthreads;

		/* cut at line starts */
		while (b > 0 && b < len && text[b - 1] != '\n')
			b++;
		while (e < len && e > 0 && text[e - 1] != '\n')
			e++;
		jobs[t].begin = text + b;
		jobs[t].end = text + e;
		jobs[t].out = tmpfile();
		pthread_create(&tids[t], NULL, scan_rows, &jobs[t]);
	}
	for (int t = 0; t < nthreads; t++)
	{
		size_t		n;

		pthread_join(tids[t], NULL);
		rewind(jobs[t].out);
		while ((n = fread(buf, 1, sizeof buf, jobs[t].out)) > 0)
			fwrite(buf, 1, n, stdout);
		fclose(jobs[t].out);
		rows += jobs[t].rows;
		verified += jobs[t].verified;
		matches += jobs[t].matches;
	}
	fprintf(stderr, "truth_docnum: %d probes x %ld rows, distance %s <= %d: "
			"%ld candidates verified, %ld matches\n",
			nprobes, rows, BENCH_DISTANCE_NAME, maxd, verified, matches);
	return ferror(stdout) ? 1 : 0;
}
