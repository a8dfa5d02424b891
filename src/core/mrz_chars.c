/*
 * mrz_chars.c - read-only tables of the MRZ character set: the check-digit
 * value of every byte (0-9, A-Z 10-35, '<' and anything else 0) and its
 * class (digit, letter, filler, or none), so that hot loops index instead
 * of branching.
 */
#include "core/mrz_internal.h"

const unsigned char mrz_value_table[256] = {
	['0'] = 0, ['1'] = 1, ['2'] = 2, ['3'] = 3, ['4'] = 4, ['5'] = 5, ['6'] = 6,
	['7'] = 7, ['8'] = 8, ['9'] = 9, ['A'] = 10, ['B'] = 11, ['C'] = 12,
	['D'] = 13, ['E'] = 14, ['F'] = 15, ['G'] = 16, ['H'] = 17, ['I'] = 18,
	['J'] = 19, ['K'] = 20, ['L'] = 21, ['M'] = 22, ['N'] = 23, ['O'] = 24,
	['P'] = 25, ['Q'] = 26, ['R'] = 27, ['S'] = 28, ['T'] = 29, ['U'] = 30,
	['V'] = 31, ['W'] = 32, ['X'] = 33, ['Y'] = 34, ['Z'] = 35,
};

const unsigned char mrz_class_table[256] = {
	['0'] = MRZ_CLASS_DIGIT, ['1'] = MRZ_CLASS_DIGIT, ['2'] = MRZ_CLASS_DIGIT,
	['3'] = MRZ_CLASS_DIGIT, ['4'] = MRZ_CLASS_DIGIT, ['5'] = MRZ_CLASS_DIGIT,
	['6'] = MRZ_CLASS_DIGIT, ['7'] = MRZ_CLASS_DIGIT, ['8'] = MRZ_CLASS_DIGIT,
	['9'] = MRZ_CLASS_DIGIT, ['<'] = MRZ_CLASS_FILLER, ['A'] = MRZ_CLASS_LETTER,
	['B'] = MRZ_CLASS_LETTER, ['C'] = MRZ_CLASS_LETTER,
	['D'] = MRZ_CLASS_LETTER, ['E'] = MRZ_CLASS_LETTER,
	['F'] = MRZ_CLASS_LETTER, ['G'] = MRZ_CLASS_LETTER,
	['H'] = MRZ_CLASS_LETTER, ['I'] = MRZ_CLASS_LETTER,
	['J'] = MRZ_CLASS_LETTER, ['K'] = MRZ_CLASS_LETTER,
	['L'] = MRZ_CLASS_LETTER, ['M'] = MRZ_CLASS_LETTER,
	['N'] = MRZ_CLASS_LETTER, ['O'] = MRZ_CLASS_LETTER,
	['P'] = MRZ_CLASS_LETTER, ['Q'] = MRZ_CLASS_LETTER,
	['R'] = MRZ_CLASS_LETTER, ['S'] = MRZ_CLASS_LETTER,
	['T'] = MRZ_CLASS_LETTER, ['U'] = MRZ_CLASS_LETTER,
	['V'] = MRZ_CLASS_LETTER, ['W'] = MRZ_CLASS_LETTER,
	['X'] = MRZ_CLASS_LETTER, ['Y'] = MRZ_CLASS_LETTER,
	['Z'] = MRZ_CLASS_LETTER,
};
