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
 * CHOE, 박 PAK ...) from the surname table (translit_tables.c) instead.
 * Read-only tables.
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
