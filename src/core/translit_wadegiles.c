/*
 * translit_wadegiles.c - Wade-Giles spellings of pinyin syllables, as
 * passports of Taiwan print Chinese names (CHOU CHIEH-LUN for 周杰伦,
 * HSU for 许, TSAI for 蔡): the apostrophes of aspiration and the umlaut of
 * ü left out, as on those documents, so p/b, t/d, k/g, ch/zh/j/q and ts/z/c
 * fall together.  Input is one upper-case pinyin syllable as the Han
 * transform gives it (ü already written YU, as PRC passports do); output is
 * appended to a name_buf.  Read-only tables, no state.
 */
#include <string.h>

#include "core/translit.h"

typedef struct wg_pair
{
	const char *py;
	const char *wg;
} wg_pair;

/* Whole syllables whose Wade-Giles form is not initial + final. */
static const wg_pair wg_whole[] = {
	{"ZHI", "CHIH"}, {"CHI", "CHIH"}, {"SHI", "SHIH"}, {"RI", "JIH"},
	{"ZI", "TZU"}, {"CI", "TZU"}, {"SI", "SSU"}, {"ER", "ERH"}, {"E", "O"},
	{"YI", "I"}, {"YE", "YEH"}, {"YAN", "YEN"}, {"YOU", "YU"}, {"YONG", "YUNG"},
	{"YUE", "YUEH"}, {"YU", "YU"}, {"YUAN", "YUAN"}, {"YUN", "YUN"},
	{"GE", "KO"}, {"KE", "KO"}, {"HE", "HO"},
	{"DUO", "TO"}, {"TUO", "TO"}, {"NUO", "NO"}, {"LUO", "LO"},
	{"ZUO", "TSO"}, {"CUO", "TSO"}, {"SUO", "SO"}, {"ZHUO", "CHO"},
	{"CHUO", "CHO"}, {"RUO", "JO"}, {"GUI", "KUEI"}, {"KUI", "KUEI"},
	{"LYU", "LU"}, {"NYU", "NU"}, {"LYUE", "LUEH"}, {"NYUE", "NUEH"},
	{"LUE", "LUEH"}, {"NUE", "NUEH"},
};

/* Initials, two-letter ones first. */
static const wg_pair wg_initial[] = {
	{"ZH", "CH"}, {"CH", "CH"}, {"SH", "SH"},
	{"B", "P"}, {"P", "P"}, {"D", "T"}, {"T", "T"}, {"G", "K"}, {"K", "K"},
	{"J", "CH"}, {"Q", "CH"}, {"X", "HS"}, {"Z", "TS"}, {"C", "TS"}, {"R", "J"},
};

/* Finals that change (the rest are spelled alike). */
static const wg_pair wg_final[] = {
	{"IONG", "IUNG"}, {"ONG", "UNG"}, {"IAN", "IEN"}, {"IE", "IEH"}, {"UE", "UEH"},
};

/* The entry of table for s (whole string), or NULL. */
static const char *
wg_lookup(const wg_pair *table, int n, const char *s)
{
	int			i;

	for (i = 0; i < n; i++)
		if (strcmp(table[i].py, s) == 0)
			return table[i].wg;
	return NULL;
}

void
translit_wade_giles(const char *py, name_buf *out)
{
	const char *w = wg_lookup(wg_whole, sizeof(wg_whole) / sizeof(wg_whole[0]), py);
	const char *fin = py;
	int			i;

	if (w != NULL)
	{
		name_buf_put(out, w);
		return;
	}
	for (i = 0; i < (int) (sizeof(wg_initial) / sizeof(wg_initial[0])); i++)
	{
		size_t		l = strlen(wg_initial[i].py);

		if (strncmp(py, wg_initial[i].py, l) == 0)
		{
			name_buf_put(out, wg_initial[i].wg);
			fin = py + l;
			break;
		}
	}
	w = wg_lookup(wg_final, sizeof(wg_final) / sizeof(wg_final[0]), fin);
	name_buf_put(out, w != NULL ? w : fin);
}
