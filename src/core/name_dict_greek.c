/*
 * name_dict_greek.c - the formal, everyday and older spellings of frequent
 * Greek given names, as dictionary groups like the Arabic ones of
 * name_dict.c.
 *
 * A Greek passport prints the formal name in ELOT 743 (GEORGIOS, IOANNIS,
 * DIMITRIOS); its holder, registers and foreign documents often use the
 * everyday form (GIORGOS, GIANNIS, DIMITRIS) or an older or English-style
 * spelling (YIORGOS, DEMETRIOS, GEORGE).  No transliteration rule turns one
 * into the other, so they are listed: two spellings of one group are one
 * name (name_match rates them 0.97).  Unlike the Arabic groups, two Greek
 * groups are not declared different names: such words go on to the other
 * rules.  Only forms that belong to one name alone are listed (not TAKIS,
 * VOULA, CHARIS or DINA, each short for several names or a name of its
 * own).  Read-only data; group numbers follow the Arabic and Khmer ones
 * (name_dict.c).
 */
#include <string.h>

#include "core/name_match.h"

#define GR_SPELLINGS 8

static const char *const gr_dict[][GR_SPELLINGS] = {
	{"GEORGIOS", "GIORGOS", "YIORGOS", "YORGOS", "GIORGIOS", "GEORGE", NULL},
	{"IOANNIS", "GIANNIS", "YIANNIS", "YANNIS", "IANNIS", "IOANNES", NULL},
	{"DIMITRIOS", "DIMITRIS", "DEMETRIOS", "DEMETRIS", NULL},
	{"KONSTANTINOS", "KOSTAS", "CONSTANTINOS", "COSTAS", NULL},
	{"NIKOLAOS", "NIKOS", "NICOLAOS", "NIKOLAS", NULL},
	{"PANAGIOTIS", "PANAYIOTIS", "PANAYOTIS", "PANOS", NULL},
	{"EVANGELOS", "EVAGGELOS", "VANGELIS", "VAGGELIS", NULL},
	{"ATHANASIOS", "THANASIS", "THANOS", NULL},
	{"ANASTASIOS", "TASOS", "ANASTASIS", NULL},
	{"VASILEIOS", "VASILIOS", "VASILIS", "VASSILIS", "VASSILIOS", NULL},
	{"ELEFTHERIOS", "LEFTERIS", NULL},
	{"EMMANOUIL", "MANOLIS", NULL},
	{"MICHAIL", "MICHALIS", "MIHALIS", "MIHAIL", NULL},
	{"GRIGORIOS", "GRIGORIS", "GREGORIOS", NULL},
	{"SOTIRIOS", "SOTIRIS", NULL},
	{"APOSTOLOS", "TOLIS", NULL},
	{"CHARALAMPOS", "CHARALAMBOS", "HARALAMBOS", "HARALAMPOS", "BABIS", "BAMPIS", NULL},
	{"SPYRIDON", "SPYROS", "SPIROS", "SPIRIDON", NULL},
	{"STYLIANOS", "STELIOS", "STILIANOS", NULL},
	{"EFSTATHIOS", "EUSTATHIOS", "STATHIS", NULL},
	{"EFSTRATIOS", "EUSTRATIOS", "STRATIS", NULL},
	{"THEODOROS", "THODORIS", "THEODORIS", NULL},
	{"AIKATERINI", "EKATERINI", "KATERINA", "KATINA", NULL},
	{"VASILIKI", "VASO", "VASSO", NULL},
	{"PANAGIOTA", "PANAYIOTA", "GIOTA", "YIOTA", NULL},
	{"KONSTANTINA", "NTINA", NULL},
	{"EVANGELIA", "EVAGGELIA", "VANGELIO", "VAGGELIO", NULL},
	{"STAVROULA", "ROULA", NULL},
};

#define NGR ((int) (sizeof(gr_dict) / sizeof(gr_dict[0])))

/* Entry of a Latin spelling, or -1. */
int
name_dict_greek_latin(const char *latin)
{
	int			e,
				k;

	for (e = 0; e < NGR; e++)
		for (k = 0; k < GR_SPELLINGS && gr_dict[e][k]; k++)
			if (gr_dict[e][k][0] == latin[0] && strcmp(gr_dict[e][k], latin) == 0)
				return e;
	return -1;
}

/* The k-th spelling of entry e (0 = the formal one), or NULL. */
const char *
name_dict_greek_spelling(int e, int k)
{
	if (e < 0 || e >= NGR || k < 0 || k >= GR_SPELLINGS)
		return NULL;
	return gr_dict[e][k];
}

int
name_dict_greek_size(void)
{
	return NGR;
}
