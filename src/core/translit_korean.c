/*
 * translit_korean.c - customary Latin spellings of Korean names, the
 * alternative to Revised Romanization (NAME_OPT_KO_ALT).
 *
 * Korean passports print the spelling the holder chose, and most given
 * names keep the older customary forms: 성 SUNG (RR seong), 현 HYUN, 영
 * YOUNG, 수 SOO, 준 JOON, 우 WOO, 경 KYUNG, 희 HEE.  Syllables are
 * decomposed arithmetically (U+AC00 + (initial * 21 + vowel) * 28 + final)
 * and spelled from the jamo tables below: ㅓ as U, ㅕ as YU (YOU with no
 * initial consonant), ㅜ as OO, ㅠ as YU (YOO with no initial), initial ㄱ
 * as K.  Surnames get their second customary spelling (이 YI, 정 CHUNG, 최
 * CHOE, 박 PAK ...) where there is a common one.  Read-only tables.
 */
#include <stddef.h>

#include "core/translit.h"

#define HANGUL_FIRST 0xAC00
#define HANGUL_LAST 0xD7A3

static const char *const initials[19] = {
	"K", "KK", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
	"CH", "K", "T", "P", "H"
};

static const char *const vowels[21] = {
	"A", "AE", "YA", "YAE", "U", "E", "YU", "YE", "O", "WA", "WAE", "OE",
	"YO", "OO", "WO", "WE", "WI", "YU", "EU", "UI", "I"
};

static const char *const finals[28] = {
	"", "K", "KK", "K", "N", "N", "N", "T", "L", "K", "M", "P", "L", "L", "P",
	"L", "M", "P", "P", "T", "T", "NG", "T", "T", "K", "T", "P", "T"
};

typedef struct korean_alt
{
	int32_t		cp;
	const char *latin;
} korean_alt;

/* Second customary spellings of frequent surnames. */
static const korean_alt surname_alt[] = {
	{0xC774, "YI"}, {0xC815, "CHUNG"}, {0xCD5C, "CHOE"}, {0xBC15, "PAK"},
	{0xC870, "JO"}, {0xC724, "YUN"}, {0xC7A5, "CHANG"}, {0xC784, "IM"},
	{0xC624, "O"}, {0xC11C, "SUH"}, {0xC2E0, "SIN"}, {0xC548, "AN"},
	{0xB958, "YU"}, {0xC720, "YU"}, {0xC804, "CHUN"}, {0xBB38, "MUN"},
	{0xC190, "SOHN"}, {0xBC30, "PAE"}, {0xBC31, "PAIK"}, {0xD5C8, "HUH"},
	{0xB178, "ROH"}, {0xC131, "SEONG"}, {0xC8FC, "JU"}, {0xAD6C, "KU"},
	{0xC9C4, "CHIN"}, {0xCC9C, "CHEON"}, {0xD604, "HYEON"}, {0xBCC0, "BYEON"},
	{0xC11D, "SUK"}, {0xAE38, "GIL"}, {0xAE08, "GEUM"},
};

const char *
translit_korean_surname_alt(int32_t c)
{
	size_t		i;

	for (i = 0; i < sizeof(surname_alt) / sizeof(surname_alt[0]); i++)
		if (surname_alt[i].cp == c)
			return surname_alt[i].latin;
	return NULL;
}

bool
translit_korean_customary(const int32_t *cp, int n, name_buf *out)
{
	int			i;

	for (i = 0; i < n; i++)
		if (cp[i] < HANGUL_FIRST || cp[i] > HANGUL_LAST)
			return false;
	for (i = 0; i < n; i++)
	{
		int			s = cp[i] - HANGUL_FIRST,
					l = s / (21 * 28),
					v = (s / 28) % 21,
					t = s % 28;

		name_buf_put(out, initials[l]);
		if (l == 11 && v == 4)
			name_buf_put(out, "EO");	/* 어: no initial to lean on */
		else if (l == 11 && (v == 6 || v == 17))
			name_buf_put(out, v == 6 ? "YOU" : "YOO");	/* 영 YOUNG, 윤 YOON */
		else if (l == 11 && v == 13)
			name_buf_put(out, "WOO");	/* 우 */
		else if (l == 18 && v == 19)
			name_buf_put(out, "EE");	/* 희 HEE */
		else
			name_buf_put(out, vowels[v]);
		name_buf_put(out, finals[t]);
	}
	return true;
}
