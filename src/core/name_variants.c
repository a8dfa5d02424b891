/*
 * name_variants.c - the plausible MRZ spellings of one name.
 *
 * Principle: a variant is what a real issuer prints under a documented
 * convention, never a guess.  The sources, in order:
 *  1. the primary ICAO spelling (translit.c);
 *  2. the same name under each alternative table of translit.h, applied to
 *     the whole name: the second Doc 9303 option for Latin letters (Ä A,
 *     Ö O, Ü U, Å A, Ø O) and the UXX/NXX escapes; pre-2013 Russian (BGN:
 *     Й Y, Ю YU, Я YA, initial Е YE); the base Table B without the language
 *     exceptions (Ukrainian HALYNA vs GALINA); Ц TC (2010-2013); Greek
 *     B/D for initial ΜΠ/ΝΤ, H for Χ, E for Η; Serbian DJ for Ђ/Đ; Table C
 *     with its X escapes decoded;
 *  3. for MRZ input, the escapes undone (MUXXLLER -> MULLER, MUELLER);
 *  4. for words in the Arabic-name dictionary (name_dict.c) or the Khmer
 *     one (name_dict_khmer.c), their attested spellings (MOHAMMED, MOHAMED,
 *     MUHAMMAD, ...; RATHANA, RATANA, ...), applied to every such word at
 *     once, with the other Arabic words in their decoded form.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/name_match.h"

/* The whole-name alternative tables, primary (0) first. */
static const unsigned variant_opts[] = {
	0, NAME_OPT_LATIN_SHORT, NAME_OPT_LATIN_XX, NAME_OPT_CYR_BGN,
	NAME_OPT_CYR_BASE, NAME_OPT_CYR_BASE | NAME_OPT_CYR_BGN, NAME_OPT_CYR_TC,
	NAME_OPT_CYR_BGN | NAME_OPT_CYR_TC, NAME_OPT_GREEK_ALT, NAME_OPT_SR_DJ,
	NAME_OPT_ARABIC_PLAIN, NAME_OPT_KHMER_A, NAME_OPT_HAN_WG, NAME_OPT_KO_ALT
};

#define DICT_SPELLINGS 6

/* Append v to the list unless it is empty or already there. */
static void
push(char (*vars)[NAME_OUT_MAX], int maxv, int *n, const char *v)
{
	int			i;

	if (v[0] == '\0' || *n >= maxv)
		return;
	for (i = 0; i < *n; i++)
		if (strcmp(vars[i], v) == 0)
			return;
	snprintf(vars[(*n)++], NAME_OUT_MAX, "%s", v);
}

/* Join words (one string per token) with single spaces. */
static void
join_words(char (*w)[NAME_TOKEN_MAX * 2], int n, char *out)
{
	size_t		o = 0;
	int			i;

	out[0] = '\0';
	for (i = 0; i < n; i++)
	{
		size_t		l = strlen(w[i]);

		if (l == 0 || o + l + 2 >= NAME_OUT_MAX)
			continue;
		if (o > 0)
			out[o++] = ' ';
		memcpy(out + o, w[i], l);
		o += l;
		out[o] = '\0';
	}
}

/* MRZ escapes undone: UXX -> U and UE, NXX -> N (whole name). */
static void
mrz_unescape(const name_parsed *p, char (*vars)[NAME_OUT_MAX], int maxv, int *n)
{
	char		w[NAME_MAX_TOKENS][NAME_TOKEN_MAX * 2];
	int			pass,
				i;

	for (pass = 0; pass < 2; pass++)
	{
		bool		any = false;
		char		joined_out[NAME_OUT_MAX];

		for (i = 0; i < p->ntokens; i++)
		{
			const char *s = p->tok[i].text;
			size_t		o = 0;

			while (*s && o + 3 < sizeof(w[i]))
			{
				if ((s[0] == 'U' || s[0] == 'N') && s[1] == 'X' && s[2] == 'X')
				{
					w[i][o++] = s[0];
					if (s[0] == 'U' && pass == 1)
						w[i][o++] = 'E';
					s += 3;
					any = true;
				}
				else
					w[i][o++] = *s++;
			}
			w[i][o] = '\0';
		}
		if (!any)
			return;
		join_words(w, p->ntokens, joined_out);
		push(vars, maxv, n, joined_out);
	}
}

/* Dictionary spellings for the Arabic and Khmer names among the words. */
static void
dict_variants(const name_parsed *p, char (*vars)[NAME_OUT_MAX], int maxv, int *n)
{
	int			groups[NAME_MAX_TOKENS];
	char		w[NAME_MAX_TOKENS][NAME_TOKEN_MAX * 2];
	int			i,
				k;
	bool		any = false;

	for (i = 0; i < p->ntokens; i++)
	{
		const name_token *t = &p->tok[i];

		groups[i] = name_dict_group(t->text, t->script == NAME_SCRIPT_ARABIC,
									t->script == NAME_SCRIPT_KHMER);
		any |= groups[i] >= 0;
	}
	if (!any)
		return;
	for (k = 0; k < DICT_SPELLINGS; k++)
	{
		char		out[NAME_OUT_MAX];
		bool		some = false;

		for (i = 0; i < p->ntokens; i++)
		{
			const char *sp = name_dict_spelling(groups[i], k);

			if (sp)
				some = true;
			else
				sp = name_dict_spelling(groups[i], 0);
			if (sp == NULL && !name_tablec_decode(p->tok[i].text, w[i], sizeof(w[i])))
				snprintf(w[i], sizeof(w[i]), "%s", p->tok[i].text);
			else if (sp)
				snprintf(w[i], sizeof(w[i]), "%s", sp);
		}
		if (!some)
			break;
		join_words(w, p->ntokens, out);
		push(vars, maxv, n, out);
	}
}

name_status
name_variants(name_ctx *ctx, const char *input, size_t len,
			  char (*vars)[NAME_OUT_MAX], int maxv, int *nvars,
			  name_failure *fail)
{
	name_parsed *p = malloc(sizeof(name_parsed));
	name_status st = NAME_OK;
	size_t		o;
	int			v,
				i;

	*nvars = 0;
	if (p == NULL)
		return NAME_ERR_NOMEM;
	for (v = 0; st == NAME_OK && v < (int) (sizeof(variant_opts) / sizeof(variant_opts[0])); v++)
	{
		char		out[NAME_OUT_MAX];

		st = name_analyze(ctx, input, len, &variant_opts[v], v > 0 ? 1 : 0, p, fail);
		o = 0;
		out[0] = '\0';
		for (i = 0; st == NAME_OK && i < p->ntokens; i++)
		{
			const char *s = (v > 0 && p->tok[i].nalt > 0) ? p->tok[i].alt[0] : p->tok[i].text;
			size_t		l = strlen(s);

			if (o + l + 2 >= NAME_OUT_MAX)
				break;
			if (o > 0)
				out[o++] = ' ';
			memcpy(out + o, s, l + 1);
			o += l;
		}
		if (st == NAME_OK && (v == 0 || p->ntokens > 0))
			push(vars, maxv, nvars, out);
	}
	if (st == NAME_OK)
	{
		st = name_analyze(ctx, input, len, NULL, 0, p, fail);
		if (st == NAME_OK)
		{
			mrz_unescape(p, vars, maxv, nvars);
			dict_variants(p, vars, maxv, nvars);
		}
	}
	free(p);
	return st;
}
