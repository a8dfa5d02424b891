/*
 * translit_cyrillic_west.c - Russian names as German and French texts
 * spell them: alternative spellings (NAME_OPT_CYR_DE, NAME_OPT_CYR_FR) for
 * registers, visas and watch lists written in those languages, where the
 * passport's ICAO form differs (Чернышёв: CHERNYSHEV in the MRZ,
 * TSCHERNYSCHOW in German, TCHERNYCHEV in French).
 *
 * German follows the Duden rules: В W, Ж SCH, З S, Х CH, Ц Z, Ч TSCH,
 * Ш SCH, Щ SCHTSCH, Ю JU, Я JA, Е JE where a word starts or a vowel, Ь or
 * Ъ precedes, Ё JO (O after Ж Ч Ш Щ), Й J before a vowel and I elsewhere,
 * Ь J before И and О.  French: В V, Ж J, Х KH, Ц TS, Ч TCH, Ш CH, Щ CHTCH,
 * У OU, Ю IOU, Я IA, Е and Ё E (IE after a vowel, Ь or Ъ), Г GU before
 * Е И Ы, Й I.  In both, КС is X, С between vowels SS, Й after И is
 * dropped (-ИЙ I), and Ъ and Ь are otherwise silent.
 */
#include "core/translit.h"

#include <stdbool.h>

/* Lower-case Russian vowel letters. */
static bool
ru_vowel(int32_t c)
{
	return c == 0x0430 || c == 0x0435 || c == 0x0451 || c == 0x0438 ||
		c == 0x043E || c == 0x0443 || c == 0x044B || c == 0x044D ||
		c == 0x044E || c == 0x044F;
}

/* Ж Ч Ш Щ, after which Ё is written O. */
static bool
ru_hushing(int32_t c)
{
	return c == 0x0436 || c == 0x0447 || c == 0x0448 || c == 0x0449;
}

/* Letters with the same value in both (а..я from U+0430), or NULL. */
static const char *const west_common[0x20] = {
	/* а б в г д е ж з */
	"A", "B", NULL, "G", "D", NULL, NULL, NULL,
	/* и й к л м н о п */
	"I", NULL, "K", "L", "M", "N", "O", "P",
	/* р с т у ф х ц ч */
	"R", NULL, "T", NULL, "F", NULL, NULL, NULL,
	/* ш щ ъ ы ь э ю я */
	NULL, NULL, "", "Y", NULL, "E", NULL, NULL,
};

/* German value of letter i of a word (lower case), in context. */
static const char *
german(const int32_t *cp, int n, int i)
{
	int32_t		c = cp[i];
	bool		start = i == 0 || ru_vowel(cp[i - 1]) || cp[i - 1] == 0x044C || cp[i - 1] == 0x044A;
	bool		before_vowel = i + 1 < n && ru_vowel(cp[i + 1]);
	int32_t		next = i + 1 < n ? cp[i + 1] : 0;

	switch (c)
	{
		case 0x043A: return next == 0x0441 ? "X" : "K";
		case 0x0432: return "W";
		case 0x0435: return start ? "JE" : "E";
		case 0x0451: return i > 0 && ru_hushing(cp[i - 1]) ? "O" : "JO";
		case 0x0436: return "SCH";
		case 0x0437: return "S";
		case 0x0439: return before_vowel ? "J" : (i > 0 && cp[i - 1] == 0x0438 ? "" : "I");
		case 0x0441: return i > 0 && cp[i - 1] == 0x043A ? "" :
			(i > 0 && before_vowel && ru_vowel(cp[i - 1]) ? "SS" : "S");
		case 0x0443: return "U";
		case 0x0445: return "CH";
		case 0x0446: return "Z";
		case 0x0447: return "TSCH";
		case 0x0448: return "SCH";
		case 0x0449: return "SCHTSCH";
		case 0x044C: return next == 0x0438 || next == 0x043E ? "J" : "";
		case 0x044E: return "JU";
		case 0x044F: return "JA";
	}
	return c >= 0x0430 && c < 0x0450 ? west_common[c - 0x0430] : NULL;
}

/* French value of letter i of a word (lower case), in context. */
static const char *
french(const int32_t *cp, int n, int i)
{
	int32_t		c = cp[i];
	bool		after_vowel = i > 0 && (ru_vowel(cp[i - 1]) || cp[i - 1] == 0x044C || cp[i - 1] == 0x044A);
	bool		before_vowel = i + 1 < n && ru_vowel(cp[i + 1]);
	int32_t		next = i + 1 < n ? cp[i + 1] : 0;

	switch (c)
	{
		case 0x043A: return next == 0x0441 ? "X" : "K";
		case 0x0432: return "V";
		case 0x0433: return next == 0x0435 || next == 0x0438 || next == 0x044B ? "GU" : "G";
		case 0x0435: return after_vowel ? "IE" : "E";
		case 0x0451: return after_vowel ? "IE" : "E";
		case 0x0436: return "J";
		case 0x0437: return "Z";
		case 0x0439: return i > 0 && cp[i - 1] == 0x0438 ? "" : "I";
		case 0x0441: return i > 0 && cp[i - 1] == 0x043A ? "" :
			(i > 0 && before_vowel && ru_vowel(cp[i - 1]) ? "SS" : "S");
		case 0x0443: return "OU";
		case 0x0445: return "KH";
		case 0x0446: return "TS";
		case 0x0447: return "TCH";
		case 0x0448: return "CH";
		case 0x0449: return "CHTCH";
		case 0x044C: return "";
		case 0x044E: return "IOU";
		case 0x044F: return "IA";
	}
	return c >= 0x0430 && c < 0x0450 ? west_common[c - 0x0430] : NULL;
}

/*
 * A lower-case Cyrillic word in German (NAME_OPT_CYR_DE) or else French
 * spelling; letters outside Russian's alphabet are left out.
 */
void
translit_cyrillic_west(const int32_t *cp, int n, unsigned opts, name_buf *out)
{
	int			i;

	for (i = 0; i < n; i++)
	{
		const char *s = (opts & NAME_OPT_CYR_DE) ? german(cp, n, i) : french(cp, n, i);

		if (s)
			name_buf_put(out, s);
	}
}
