/*
 * name_dict.c - common Latin renderings of frequent Arabic given names.
 *
 * Doc 9303 Table C is consonantal, and Arabic-script states mostly print
 * phonetic spellings that differ by country (Gulf MOHAMMED, Maghreb
 * MOHAMED, South Asian MUHAMMAD, Turkish MEHMET; Egyptian G for ج).  No
 * rule recovers the vowels, so the frequent names carry their attested
 * spellings here, most common first.  A group is one Arabic name: two
 * spellings in one group are the same name; spellings of two different
 * groups are different names (MOHAMMED is not MAHMOUD).  Names that are
 * distinct although their consonants agree (HAMID, HAMED, HAMAD) are
 * deliberately absent.  Read-only data.
 *
 * Group numbers cover this dictionary (0 .. NDICT - 1), the Khmer one
 * (name_dict_khmer.c, from NDICT on) and the given-name forms
 * (name_dict_forms.c, after the Khmer entries): name_dict_group() and
 * name_dict_group_latin() answer for all three, and no Latin spelling may
 * belong to two groups (name_dict_check_unique()).
 */
#include <stdio.h>
#include <string.h>

#include "core/name_match.h"

typedef struct dict_entry
{
	const char *arabic;			/* UTF-8, without harakat */
	const char *latin[12];		/* NULL-terminated */
} dict_entry;

static const dict_entry dict[] = {
	{"محمد", {"MOHAMMED", "MOHAMED", "MUHAMMAD", "MOHAMMAD", "MUHAMMED", "MOHAMAD", "MUHAMAD", "MEHMET", "MAHOMED", "MOHAMMEDE", NULL}},
	{"أحمد", {"AHMED", "AHMAD", "AHMET", "AHMEED", NULL}},
	{"محمود", {"MAHMOUD", "MAHMUD", "MAHMOOD", "MEHMOOD", "MAHMOD", NULL}},
	{"علي", {"ALI", "ALY", "ALEE", NULL}},
	{"عمر", {"OMAR", "UMAR", "OMER", NULL}},
	{"عثمان", {"OTHMAN", "OSMAN", "USMAN", "UTHMAN", "OTHMANE", "OSMANE", NULL}},
	{"يوسف", {"YOUSSEF", "YUSUF", "YOUSEF", "YOUSIF", "YOUSSOUF", "YUSSUF", "YOSEF", "JUSUF", NULL}},
	{"إبراهيم", {"IBRAHIM", "EBRAHIM", "IBRAHEEM", "BRAHIM", "IBRAGIM", NULL}},
	{"حسن", {"HASSAN", "HASAN", "HASSEN", NULL}},
	{"حسين", {"HUSSEIN", "HUSSAIN", "HUSEIN", "HOSSEIN", "HUSAIN", "HOCINE", "HUSEYIN", NULL}},
	{"عبدالله", {"ABDULLAH", "ABDALLAH", "ABDULLA", "ABDELLAH", "ABDALLA", "ABDOULLAH", NULL}},
	{"خالد", {"KHALED", "KHALID", "KHALEED", "HALED", NULL}},
	{"مصطفى", {"MUSTAFA", "MOSTAFA", "MOUSTAFA", "MUSTAPHA", "MUSTAFFA", NULL}},
	{"فاطمة", {"FATIMA", "FATMA", "FATIMAH", "FATEMA", "FATIMAT", NULL}},
	{"عائشة", {"AISHA", "AICHA", "AYESHA", "AYSHA", "AISHAH", "AICHATOU", NULL}},
	{"خديجة", {"KHADIJA", "KHADIJAH", "KHADIDJA", "KHADIGA", "HATICE", NULL}},
	{"سعيد", {"SAID", "SAEED", "SAEID", "SAIID", NULL}},
	{"جمال", {"JAMAL", "GAMAL", "DJAMEL", "JAMEL", "CEMAL", NULL}},
	{"ياسين", {"YASSIN", "YASIN", "YACINE", "YASSINE", "YASEEN", NULL}},
	{"عبدالرحمن", {"ABDULRAHMAN", "ABDELRAHMAN", "ABDURRAHMAN", "ABDERRAHMANE", "ABDERRAHMAN", "ABDALRAHMAN", "ABDURAHMAN", NULL}},
	{"صالح", {"SALEH", "SALIH", NULL}},
	{"طارق", {"TARIQ", "TAREK", "TARIK", "TAREQ", NULL}},
	{"كريم", {"KARIM", "KAREEM", "KERIM", NULL}},
	{"رشيد", {"RASHID", "RACHID", "RASHEED", "RESHID", NULL}},
	{"زينب", {"ZAINAB", "ZEINAB", "ZAYNAB", "ZINEB", "ZEYNEP", NULL}},
	{"مريم", {"MARYAM", "MARIAM", "MERIEM", "MERYEM", NULL}},
	{"ليلى", {"LEILA", "LAILA", "LAYLA", "LEYLA", NULL}},
	{"أمين", {"AMIN", "AMINE", "AMEEN", NULL}},
	{"سليمان", {"SULEIMAN", "SULAIMAN", "SOLIMAN", "SLIMANE", "SULEYMAN", "SOULEYMANE", NULL}},
	{"إسماعيل", {"ISMAIL", "ISMAEL", "SMAIL", "ESMAIL", "ISMAIEL", NULL}},
	{"عبدالعزيز", {"ABDULAZIZ", "ABDELAZIZ", "ABDALAZIZ", "ABDULAZEEZ", NULL}},
	{"منصور", {"MANSOUR", "MANSUR", "MANSOOR", NULL}},
	{"ناصر", {"NASSER", "NASER", "NASIR", "NACER", NULL}},
	{"فيصل", {"FAISAL", "FAYSAL", "FEISAL", "FAYCAL", NULL}},
	{"وليد", {"WALID", "WALEED", "OUALID", NULL}},
	{"بشير", {"BASHIR", "BACHIR", "BASHEER", "BESHIR", NULL}},
	{"حمزة", {"HAMZA", "HAMZAH", NULL}},
	{"قاسم", {"QASIM", "KASSEM", "QASEM", "KACEM", "KASIM", "QASSIM", NULL}},
	{"جعفر", {"JAFAR", "JAAFAR", "GAAFAR", "DJAFAR", "CAFER", NULL}},
	{"يحيى", {"YAHYA", "YAHIA", "YEHIA", "YAHIAOUI", NULL}},
	{"زكريا", {"ZAKARIA", "ZAKARIYA", "ZAKARIYYA", "ZAKARIAH", "ZACHARIA", NULL}},
	{"عادل", {"ADEL", "ADIL", NULL}},
	{"سمير", {"SAMIR", "SAMEER", NULL}},
	{"هشام", {"HISHAM", "HICHAM", "HESHAM", NULL}},
	{"مراد", {"MURAD", "MOURAD", NULL}},
	{"رضا", {"REDA", "RIDA", "RIDHA", "REZA", NULL}},
	{"عيسى", {"ISSA", "ISA", "EISSA", NULL}},
	{"موسى", {"MUSA", "MOUSSA", "MOUSA", "MOOSA", NULL}},
	{"نور", {"NOUR", "NOOR", "NUR", NULL}},
	{"عبدالقادر", {"ABDULKADIR", "ABDELKADER", "ABDULQADIR", "ABDELKADIR", NULL}},
	{"أسامة", {"OSAMA", "USAMA", "OUSSAMA", NULL}},
	{"الشريف", {"ALSHARIF", "ELCHERIF", "ALSHERIF", "CHERIF", "SHARIF", NULL}},
	{"عمرو", {"AMR", "AMRO", "AMROU", NULL}},
	{"أيمن", {"AYMAN", "AIMAN", "AYMEN", "EYMEN", NULL}},
	{"سعد", {"SAAD", "SAD", NULL}},
};

#define NDICT ((int) (sizeof(dict) / sizeof(dict[0])))

/*
 * The look-up key of each entry's Arabic spelling (its Table C form through
 * arabic_key()), in dict[]'s order, so that a look-up need not
 * transliterate the dictionary again; name_dict_check_keys() recomputes
 * them (unit-tested).
 */
static const char *const dict_key[] = {
	"MHMD", "HMD", "MHMWD", "LY", "MR", "THMN",
	"YWSF", "BRHYM", "HSN", "HSYN", "BDLH", "KHLD",
	"MSTF", "FTM", "SH", "KHDYJ", "SYD", "JML",
	"YSYN", "BDLRHMN", "SLH", "TRQ", "KRYM", "RSHYD",
	"ZYNB", "MRYM", "LYL", "MYN", "SLYMN", "SMYL",
	"BDLZYZ", "MNSWR", "NSR", "FYSL", "WLYD", "BSHYR",
	"HMZ", "QSM", "JFR", "YHY", "ZKRY", "DL",
	"SMYR", "HSHM", "MRD", "RD", "YS", "MWS",
	"NWR", "BDLQDR", "SM", "LSHRYF", "MRW", "YMN",
	"SD"
};

_Static_assert(sizeof(dict_key) / sizeof(dict_key[0]) == sizeof(dict) / sizeof(dict[0]),
			   "one look-up key per dictionary entry");

/* Decode a short UTF-8 string to code points; returns the count. */
int
name_dict_utf8_cps(const char *s, int32_t *cp, int max)
{
	const unsigned char *p = (const unsigned char *) s;
	int			n = 0;

	while (*p && n < max)
	{
		if (*p < 0x80)
			cp[n++] = *p++;
		else if ((*p & 0xE0) == 0xC0 && p[1])
		{
			cp[n++] = ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
			p += 2;
		}
		else if ((*p & 0xF0) == 0xE0 && p[1] && p[2])
		{
			cp[n++] = ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
			p += 3;
		}
		else
			p++;
	}
	return n;
}

/*
 * Key of a Table C spelling for dictionary look-ups: X escapes decoded,
 * the letters written for alif, hamza carriers and ع (A E I U) dropped,
 * W and Y kept (they tell محمود from محمد), doubles collapsed.
 */
static void
arabic_key(const char *tablec, char *out, size_t outsize)
{
	char		dec[NAME_TOKEN_MAX * 2];
	size_t		i,
				o = 0;

	if (!name_tablec_decode(tablec, dec, sizeof(dec)))
		snprintf(dec, sizeof(dec), "%s", tablec);
	for (i = 0; dec[i] && o + 1 < outsize; i++)
	{
		char		c = dec[i];

		if (c == 'A' || c == 'E' || c == 'I' || c == 'U' || c == 'O')
			continue;
		if (o > 0 && out[o - 1] == c)
			continue;
		out[o++] = c;
	}
	out[o] = '\0';
}

/* Row of a table holding s, or -1 (see name_match.h). */
int
name_dict_find_row(const char *const *table, int nrows, int width, const char *s)
{
	int			r,
				k;

	for (r = 0; r < nrows; r++)
		for (k = 0; k < width && table[r * width + k]; k++)
			if (table[r * width + k][0] == s[0] && strcmp(table[r * width + k], s) == 0)
				return r;
	return -1;
}

/* Group of a Latin spelling (either dictionary), or -1. */
int
name_dict_group_latin(const char *latin)
{
	int			g,
				k;

	for (g = 0; g < NDICT; g++)
		for (k = 0; dict[g].latin[k]; k++)
			if (dict[g].latin[k][0] == latin[0] && strcmp(dict[g].latin[k], latin) == 0)
				return g;
	g = name_dict_khmer_latin(latin);
	if (g >= 0)
		return NDICT + g;
	g = name_dict_forms_latin(latin);
	return g < 0 ? -1 : NDICT + name_dict_khmer_size() + g;
}

/* Group of a Khmer word given by its rule romanization, or -1. */
int
name_dict_group_khmer(const char *romanized)
{
	int			e = name_dict_khmer_entry(romanized);

	return e < 0 ? -1 : NDICT + e;
}

/* Group of a word by the script it was written in (see name_match.h). */
int
name_dict_group(const char *text, bool arabic, bool khmer)
{
	if (arabic)
		return name_dict_group_arabic(text);
	return khmer ? name_dict_group_khmer(text) : name_dict_group_latin(text);
}

/* Is the group one of the Arabic dictionary's? */
bool
name_dict_group_is_arabic(int group)
{
	return group >= 0 && group < NDICT;
}

/* The look-up key of group g's Arabic spelling, computed (see dict_key). */
static void
entry_key(int g, char *out, size_t outsize)
{
	char		tc[NAME_TOKEN_MAX * 2];
	int32_t		cp[32];
	int			n = name_dict_utf8_cps(dict[g].arabic, cp, 32);
	name_buf	b = {tc, 0, (int) sizeof(tc)};

	tc[0] = '\0';
	translit_arabic(cp, n, 0, &b);
	arabic_key(tc, out, outsize);
}

/* Group of an Arabic-script word given by its Table C spelling, or -1. */
int
name_dict_group_arabic(const char *tablec)
{
	char		key[NAME_TOKEN_MAX * 2];
	int			g;

	arabic_key(tablec, key, sizeof(key));
	for (g = 0; g < NDICT; g++)
		if (dict_key[g][0] == key[0] && strcmp(dict_key[g], key) == 0)
			return g;
	return -1;
}

int
name_dict_check_keys(void)
{
	char		ek[NAME_TOKEN_MAX * 2];
	int			g;

	for (g = 0; g < NDICT; g++)
	{
		entry_key(g, ek, sizeof(ek));
		if (strcmp(ek, dict_key[g]) != 0)
			return g;
	}
	return -1;
}

/* The k-th spelling of a group (0 = most common), or NULL. */
const char *
name_dict_spelling(int group, int k)
{
	if (group >= NDICT + name_dict_khmer_size())
		return name_dict_forms_spelling(group - NDICT - name_dict_khmer_size(), k);
	if (group >= NDICT)
		return name_dict_khmer_spelling(group - NDICT, k);
	if (group < 0 || k < 0 || k >= 12)
		return NULL;
	return dict[group].latin[k];
}

int
name_dict_check_unique(void)
{
	int			g,
				k;
	const char *s;

	for (g = 0; g < NDICT + name_dict_khmer_size() + name_dict_forms_size(); g++)
		for (k = 0; (s = name_dict_spelling(g, k)) != NULL; k++)
			if (name_dict_group_latin(s) != g)
				return g;
	return -1;
}
