/*
 * name_dict_forms.c - forms of one given name that no transliteration rule
 * links, as dictionary groups like the Arabic ones of name_dict.c.
 *
 * Greek: a Greek passport prints the formal name in ELOT 743 (GEORGIOS,
 * IOANNIS, DIMITRIOS); its holder, registers and foreign documents often
 * use the everyday form (GIORGOS, GIANNIS, DIMITRIS) or an older or
 * English-style spelling (YIORGOS, DEMETRIOS, GEORGE).  East Slavic: one
 * person's given name in its Ukrainian, Russian and Belarusian forms
 * (OLEKSANDR, ALEKSANDR, ALIAKSANDR; SERHII, SERGEI, SIARHEI), each in the
 * ICAO spelling and the older ones, as Soviet-era and later documents,
 * registers and foreign texts give it, and the Russian reading of the
 * Ukrainian letters (MIKOLA, DMITRO) for names written without і, ї or є.  Two spellings of one group are one
 * name (name_match rates them 0.97).  Unlike the Arabic groups, two of
 * these groups are not declared different names: such words go on to the
 * other rules.  Only forms that belong to one name alone are listed (not
 * TAKIS, VOULA, CHARIS, DINA or HANNA, each short for several names or a
 * name of its own).  Read-only data; group numbers follow the Arabic and
 * Khmer ones (name_dict.c).
 */
#include "core/name_match.h"

#define FORM_SPELLINGS 9

static const char *const form_dict[][FORM_SPELLINGS] = {
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
	/* Catherine: Greek, Ukrainian, Russian, Belarusian */
	{"AIKATERINI", "EKATERINI", "KATERINA", "KATINA", "KATERYNA", "EKATERINA", "YEKATERINA", "KATSIARYNA", NULL},
	{"VASILIKI", "VASO", "VASSO", NULL},
	{"PANAGIOTA", "PANAYIOTA", "GIOTA", "YIOTA", NULL},
	{"KONSTANTINA", "NTINA", NULL},
	{"EVANGELIA", "EVAGGELIA", "VANGELIO", "VAGGELIO", NULL},
	{"STAVROULA", "ROULA", NULL},
	/* East Slavic: Ukrainian, Russian, Belarusian forms */
	{"OLEKSANDR", "ALEKSANDR", "ALEXANDR", "ALEXANDER", "OLEXANDR", "ALIAKSANDR", NULL},
	{"OLEKSII", "OLEKSIY", "ALEKSEI", "ALEKSEY", "ALEXEI", "ALEXEY", "ALIAKSEI", NULL},
	{"MYKOLA", "MIKOLA", "NIKOLAI", "NIKOLAY", "MIKALAI", NULL},
	{"DMYTRO", "DMITRO", "DMITRII", "DMITRIY", "DMITRY", "DMITRI", "DZMITRY", NULL},
	{"SERHII", "SERHIY", "SERGEI", "SERGEY", "SERGII", "SIARHEI", NULL},
	{"ANDRII", "ANDRIY", "ANDREI", "ANDREY", NULL},
	{"VOLODYMYR", "VOLODIMIR", "VLADIMIR", "ULADZIMIR", NULL},
	{"OLEH", "OLEG", "ALEH", NULL},
	{"IHOR", "IGOR", NULL},
	{"HRYHORII", "HRYHORIY", "GRIGORII", "GRIGORIY", "GRIGORY", "RYHOR", NULL},
	{"MYKHAILO", "MYKHAYLO", "MIKHAIL", "MIKHAILO", "MIKHAYLO", NULL},
	{"YEVHEN", "YEVHENII", "EVGENII", "EVGENIY", "EVGENY", "YEVGENIY", "YEVGENY", "IEVGEN", NULL},
	{"PAVLO", "PAVEL", NULL},
	{"PETRO", "PETR", "PYOTR", "PIOTR", "PIATRO", NULL},
	{"VASYL", "VASILII", "VASILIY", "VASILY", "VASIL", NULL},
	{"MAKSYM", "MAKSIM", "MAXIM", NULL},
	{"KOSTIANTYN", "KOSTYANTYN", "KOSTIANTIN", "KONSTANTIN", "KANSTANTSIN", NULL},
	{"HENNADII", "HENNADIY", "GENNADII", "GENNADIY", "GENNADY", NULL},
	{"HALYNA", "GALINA", NULL},
	{"OLHA", "OLGA", "VOLHA", NULL},
	{"TETIANA", "TETYANA", "TATIANA", "TATYANA", "TATSIANA", NULL},
	{"IRYNA", "IRINA", NULL},
	{"SVITLANA", "SVETLANA", "SVIATLANA", NULL},
	{"OLENA", "ELENA", "YELENA", "ALENA", NULL},
	{"LIUDMYLA", "LYUDMYLA", "LIUDMILA", "LYUDMILA", "LUDMILA", NULL},
};

#define NFORMS ((int) (sizeof(form_dict) / sizeof(form_dict[0])))

/* Entry of a Latin spelling, or -1. */
int
name_dict_forms_latin(const char *latin)
{
	return name_dict_find_row(&form_dict[0][0], NFORMS, FORM_SPELLINGS, latin);
}

/* The k-th spelling of entry e (0 = the formal one), or NULL. */
const char *
name_dict_forms_spelling(int e, int k)
{
	if (e < 0 || e >= NFORMS || k < 0 || k >= FORM_SPELLINGS)
		return NULL;
	return form_dict[e][k];
}

int
name_dict_forms_size(void)
{
	return NFORMS;
}
