/*
 * name_vowels.c - Arabic long vowels as evidence against a Latin spelling.
 *
 * Unvowelled Arabic writes consonants and long vowels: ا (A in Table C),
 * و (W), ي (Y), ى (XAY), and ة (XTA, XAH) as a feminine ending; short
 * vowels are not written.  Different names with one consonant skeleton
 * differ in those letters (أمين AMIN / أيمن AYMAN, سعيد SAID / سعد SAAD,
 * كريم KARIM / KARIMA), and Latin spellings keep them: a long vowel shows
 * as a vowel letter of its class in the same gap between consonants.
 * With equal skeletons the gaps align one to one, and the Latin spelling
 * contradicts the Arabic one when
 *  - a gap where the Arabic writes ي has no I, E or Y (AYMAN for أمين);
 *  - a gap where it writes و has no O, U or W;
 *  - a gap after the first consonant where it writes ا has no A, E, O or
 *    U (JAMIL for جمال; U covers the article's alif in ABDULRAHMAN);
 *  - the last gap where it writes ة has no A or E, or ى no vowel;
 *  - the Latin spells a long I or a diphthong (AI EI AY EY EE II IY) in a
 *    gap where the Arabic writes no ي, ى or ئ (HUSSEIN for حسن);
 *  - the Latin word ends in A, I, O, U or Y where the Arabic word writes
 *    nothing after its last consonant (KARIMA for كريم, HASSANI for حسن),
 *    unless that consonant is ه or ح (the skeleton does not tell them
 *    apart; ه ends TAHA and ABDULLA); a final E is French and mute
 *    (AMINE for أمين).
 * An initial alif or hamza and ع carry no vowel quality and are not used.
 */
#include <string.h>

#include "core/name_match.h"

#define GAPS_MAX (NAME_TOKEN_MAX * 2)

/* Letters the Arabic word may write in a gap. */
#define ARABIC_LETTERS (NAME_GAP_A | NAME_GAP_E | NAME_GAP_I | NAME_GAP_U | \
						NAME_GAP_Y | NAME_GAP_W | NAME_GAP_TA | NAME_GAP_AY | \
						NAME_GAP_HAMZA | NAME_GAP_H)
#define LATIN_VOWELS (NAME_GAP_A | NAME_GAP_E | NAME_GAP_I | NAME_GAP_O | \
					  NAME_GAP_U | NAME_GAP_Y)

/* Does Latin gap l lack the vowel of a long vowel in Arabic gap a (gap i)? */
static bool
gap_contradicts(unsigned a, unsigned l, int i)
{
	if ((a & NAME_GAP_Y) && !(l & (NAME_GAP_I | NAME_GAP_E | NAME_GAP_Y)))
		return true;
	if ((a & NAME_GAP_W) && !(l & (NAME_GAP_O | NAME_GAP_U | NAME_GAP_W)))
		return true;
	if (i > 0 && (a & NAME_GAP_A) &&
		!(l & (NAME_GAP_A | NAME_GAP_E | NAME_GAP_O | NAME_GAP_U)))
		return true;
	if ((a & NAME_GAP_TA) && !(l & (NAME_GAP_A | NAME_GAP_E)))
		return true;
	if ((l & NAME_GAP_DIPH) && !(a & (NAME_GAP_Y | NAME_GAP_AY | NAME_GAP_I)))
		return true;
	return (a & NAME_GAP_AY) && !(l & LATIN_VOWELS);
}

bool
name_arabic_vowels_contradict(const char *arabic, const char *latin)
{
	char		sa[GAPS_MAX],
				sl[GAPS_MAX];
	unsigned	ga[GAPS_MAX],
				gl[GAPS_MAX];
	int			n = name_arabic_gaps(arabic, sa, sizeof(sa), ga, GAPS_MAX),
				i;

	if (name_arabic_gaps(latin, sl, sizeof(sl), gl, GAPS_MAX) != n ||
		strcmp(sa, sl) != 0 || n == 0 || n >= GAPS_MAX)
		return false;
	for (i = 0; i <= n; i++)
		if (gap_contradicts(ga[i], gl[i], i))
			return true;
	/* a final vowel the Arabic does not write */
	return !(ga[n] & ARABIC_LETTERS) && sa[n - 1] != 'H' &&
		(gl[n] & (NAME_GAP_A | NAME_GAP_I | NAME_GAP_O | NAME_GAP_U | NAME_GAP_Y));
}
