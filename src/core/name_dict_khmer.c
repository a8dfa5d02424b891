/*
 * name_dict_khmer.c - customary Latin spellings of frequent Khmer names.
 *
 * Cambodian documents print customary, often French-influenced spellings
 * that no rule set reproduces: RATHANA for រតនា (rules: ROTNEA), REAKSMEY
 * for រស្មី, NORODOM for នរោត្តម, RAINSY for រង្ស៊ី.  Each entry is one
 * name: its spellings in Khmer script (orthographic variants of the same
 * name, such as ចាន់ថា and ចន្ថា) and the Latin spellings Cambodians use
 * for it, most common first.  Like the Arabic dictionary (name_dict.c),
 * two spellings of one entry are the same name and spellings of two
 * entries are different names (SOKHA is not SOKHOM, PISEY is not PISAL)
 * when a side is written in Khmer, so a Latin spelling that two names
 * share is left out of both; between two Latin spellings of different
 * entries the other rules decide (Korean 임 is IM, LIM and YIM).  A Khmer
 * word is looked up by its rule romanization (translit_khmer.c), stored
 * in kh_key[] and recomputed by name_dict_khmer_check_keys().  Read-only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/name_match.h"

#define KH_SCRIPT 3				/* Khmer spellings per entry, with the NULL */
#define KH_LATIN 7				/* Latin spellings per entry, with the NULL */

typedef struct kh_entry
{
	const char *khmer[KH_SCRIPT];
	const char *latin[KH_LATIN];
} kh_entry;

static const kh_entry kh_dict[] = {
	/* family names */
	{{"សុខ"}, {"SOK"}},
	{{"ជា"}, {"CHEA"}},
	{{"ហ៊ុន"}, {"HUN"}},
	{{"ចាន់"}, {"CHAN"}},
	{{"កែវ"}, {"KEO", "KEV"}},
	{{"លី"}, {"LY", "LI"}},
	{{"ហេង"}, {"HENG"}},
	{{"គឹម"}, {"KIM"}},
	{{"កឹម"}, {"KEM"}},
	{{"ម៉ម"}, {"MAM", "MOM"}},
	{{"ម៉ៅ"}, {"MAO"}},
	{{"សៀង"}, {"SIENG", "SEANG"}},
	{{"ស៊ុន"}, {"SUN"}},
	{{"សេង"}, {"SENG"}},
	{{"ទេព"}, {"TEP"}},
	{{"ញឹម"}, {"NHIM"}},
	{{"យឹម"}, {"YIM"}},
	{{"ងួន"}, {"NGUON", "NGOUN"}},
	{{"ប៊ុន"}, {"BUN"}},
	{{"ព្រំ"}, {"PRUM", "PROM"}},
	{{"មាស"}, {"MEAS"}},
	{{"ឈឹម"}, {"CHHIM", "CHIM"}},
	{{"ខៀវ"}, {"KHIEU", "KHIEV"}},
	{{"អ៊ុក"}, {"OUK"}},
	{{"ឡុង"}, {"LONG"}},
	{{"សាយ"}, {"SAY"}},
	{{"ហែម"}, {"HEM"}},
	{{"អ៊ឹម"}, {"IM"}},
	{{"ពេជ្រ"}, {"PICH", "PECH"}},
	{{"ជួន"}, {"CHUON", "CHOUN"}},
	{{"សួន"}, {"SUON", "SOUN"}},
	{{"នួន"}, {"NUON"}},
	{{"ឈុន"}, {"CHHUN"}},
	{{"ឈួន"}, {"CHHUON", "CHHOUN"}},
	{{"ឡាយ"}, {"LAY"}},
	{{"អ៊ាង"}, {"ANG"}},
	{{"ទូច"}, {"TOUCH"}},
	{{"ហួត"}, {"HOUT", "HUOT"}},
	{{"ឆាយ"}, {"CHHAY", "CHAY"}},
	{{"ហោ"}, {"HOR"}},
	{{"រស់"}, {"ROS"}},
	{{"សៅ"}, {"SAO"}},
	{{"ហុង"}, {"HONG"}},
	{{"គុយ"}, {"KUY"}},
	{{"អ៊ុង"}, {"UNG", "OUNG"}},
	{{"ថាច់"}, {"THACH"}},
	{{"ឯក"}, {"EK"}},
	{{"លឹម"}, {"LIM"}},
	{{"គង់"}, {"KONG"}},
	{{"ម៉េង"}, {"MENG"}},
	{{"ប៉ែន"}, {"PEN"}},
	{{"អៀង"}, {"IENG"}},
	{{"ទុំ"}, {"TUM", "TOUM"}},
	{{"ឆន"}, {"CHHORN", "CHHON"}},
	{{"ស"}, {"SAR"}},
	{{"ប្រាក់"}, {"PRAK"}},
	{{"ទៀ"}, {"TEA"}},
	{{"ប៉ុល"}, {"POL"}},
	{{"ពត"}, {"POT"}},
	{{"ម៉ុក"}, {"MOK"}},
	{{"ស៊ីម"}, {"SIM"}},
	{{"សម"}, {"SAM"}},
	{{"វង្ស"}, {"VONG"}},
	{{"ស្វាយ"}, {"SVAY"}},
	{{"នរោត្តម"}, {"NORODOM"}},
	/* given names */
	{{"សែន", "សេន"}, {"SEN"}},
	{{"សុភាព"}, {"SOPHEAP", "SOPHEAB"}},
	{{"សុភា"}, {"SOPHEA"}},
	{{"សុផល"}, {"SOPHAL"}},
	{{"សុខា"}, {"SOKHA"}},
	{{"សុខុម"}, {"SOKHOM"}},
	{{"សុខុន"}, {"SOKHON", "SOKHONN"}},
	{{"សុវណ្ណ"}, {"SOVANN", "SOVAN"}},
	{{"សុវណ្ណា"}, {"SOVANNA"}},
	{{"សុវណ្ណារី"}, {"SOVANNARY"}},
	{{"វណ្ណា"}, {"VANNA"}},
	{{"វណ្ណ"}, {"VANN"}},
	{{"វណ្ណៈ"}, {"VANNAK", "VANNAKH"}},
	{{"ដារ៉ា", "ដារា"}, {"DARA", "DARRA"}},
	{{"ដាវី"}, {"DAVY"}},
	{{"ដាលីន"}, {"DALIN"}},
	{{"ចាន់ថា", "ចន្ថា"}, {"CHANTHA"}},
	{{"ចាន់ធូ"}, {"CHANTHOU", "CHANTOU"}},
	{{"ចាន់ថុល"}, {"CHANTHOL"}},
	{{"ចាន់ណា"}, {"CHANNA"}},
	{{"ចាន់ណារី"}, {"CHANNARY", "CHANNARI"}},
	{{"ចាន់ធី"}, {"CHANTHY"}},
	{{"ចាន់ដារ៉ា"}, {"CHANDARA"}},
	{{"ពិសិដ្ឋ"}, {"PISETH", "PISITH", "PISET"}},
	{{"ពិសី"}, {"PISEY", "PISEI"}},
	{{"ពិសាល"}, {"PISAL"}},
	{{"រតនា"}, {"RATHANA", "RATANA", "ROTHANA", "RATTANA"}},
	{{"រតនៈ"}, {"RATANAK", "RATHANAK", "ROTANAK", "RATTANAK"}},
	{{"រស្មី"}, {"REAKSMEY", "RASMEY", "REAKSMEI", "RAKSMEY", "REASMEY"}},
	{{"វាសនា"}, {"VEASNA", "VEASANA"}},
	{{"សុជាតា"}, {"SOCHEATA"}},
	{{"សុជាតិ"}, {"SOCHEAT", "SOCHEATH"}},
	{{"សុជា"}, {"SOCHEA"}},
	{{"បុប្ផា"}, {"BOPHA"}},
	{{"ស្រី"}, {"SREY", "SREI"}},
	{{"ស្រីមុំ"}, {"SREYMOM", "SREIMOM"}},
	{{"ស្រីពៅ"}, {"SREYPOV", "SREYPEOU"}},
	{{"ស្រីល័ក្ខ"}, {"SREYLEAK"}},
	{{"ពៅ"}, {"POV", "PEOU"}},
	{{"សំណាង"}, {"SAMNANG"}},
	{{"សម្បត្តិ"}, {"SAMBATH", "SAMBAT"}},
	{{"សុធារី"}, {"SOTHEARY", "SOTHARY"}},
	{{"សុធី"}, {"SOTHY", "SOTHI"}},
	{{"សុធា"}, {"SOTHEA"}},
	{{"វិបុល"}, {"VIBOL", "VIBUL"}},
	{{"វិចិត្រ"}, {"VICHETH", "VICHET"}},
	{{"វុទ្ធី"}, {"VUTHY", "VUTHI"}},
	{{"វឌ្ឍនា"}, {"VATHANA", "VATTANA", "VADHANA"}},
	{{"វិសាល"}, {"VISAL"}},
	{{"ធារី"}, {"THEARY"}},
	{{"ធីតា"}, {"THIDA"}},
	{{"នារី"}, {"NARY", "NEARY"}},
	{{"ម៉ាណែត"}, {"MANET"}},
	{{"ម៉ានី"}, {"MANY"}},
	{{"ម៉ាលី"}, {"MALY"}},
	{{"មករា"}, {"MAKARA"}},
	{{"សុម៉ាលី"}, {"SOMALY"}},
	{{"បញ្ញា"}, {"PANHA", "PANHAR"}},
	{{"ពន្លក"}, {"PONLOK"}},
	{{"ភីរុណ"}, {"PHIRUN", "PHIRON"}},
	{{"ភក្តី"}, {"PHEAKDEY", "PHEAKDY", "PHEAKDEI"}},
	{{"ភារម្យ"}, {"PHEARUM", "PHEAROM"}},
	{{"រដ្ឋា"}, {"RATHA", "RATTHA"}},
	{{"រិទ្ធី"}, {"RITHY", "RITHI"}},
	{{"ឧត្តម"}, {"ODOM", "OUDOM", "UDOM"}},
	{{"សីហនុ"}, {"SIHANOUK", "SIHANUK"}},
	{{"សីហមុនី"}, {"SIHAMONI", "SIHAMONY"}},
	{{"រណឫទ្ធិ"}, {"RANARIDDH", "RANARIDH"}},
	{{"រង្ស៊ី"}, {"RAINSY", "RANGSEY", "RANGSY", "RANGSEI"}},
	{{"មុនី"}, {"MONY", "MUNY", "MONI"}},
	{{"សេដ្ឋា"}, {"SETHA"}},
	{{"ស៊ីថា"}, {"SITHA", "SYTHA"}},
	{{"ខេង"}, {"KHENG"}},
	{{"សំរិន"}, {"SAMRIN"}},
	{{"សំផន"}, {"SAMPHAN"}},
	{{"សារី"}, {"SARY", "SARI"}},
	{{"ធីរិទ្ធ"}, {"THIRITH"}},
	{{"ចិន្តា"}, {"CHENDA", "CHINDA"}},
	{{"ផល្លា"}, {"PHALLA", "PHALA"}},
	{{"កញ្ញា"}, {"KANHA"}},
	{{"កុសល"}, {"KOSAL"}},
	{{"បូរ៉ា"}, {"BORA"}},
	{{"អរុណ"}, {"ARUN", "AROUN"}},
	{{"ចំរើន"}, {"CHAMROEUN", "CHAMREUN", "CHAMROEURN"}},
	{{"ធឿន"}, {"THOEUN", "THOEURN"}},
	{{"សារឿន"}, {"SAROEUN", "SAROEURN"}},
	{{"ណាំហុង"}, {"NAMHONG"}},
	{{"វិច្ឆិកា"}, {"VICHHEKA", "VICHEKA"}},
	{{"ធារ៉ា"}, {"THEARA"}},
	{{"សុភារ៉ា"}, {"SOPHEARA"}},
	{{"ចរិយា"}, {"CHARIYA"}},
	{{"សុគន្ធា"}, {"SOKUNTHEA"}},
	{{"គន្ធា"}, {"KUNTHEA"}},
	{{"លក្ខិណា"}, {"LEAKHENA", "LEAKHANA"}},
	{{"កល្យាណ"}, {"KALYAN", "KALYANN"}},
	{{"ពុទ្ធី"}, {"PUTHY", "PUTHI"}},
};

#define NKH ((int) (sizeof(kh_dict) / sizeof(kh_dict[0])))

/*
 * The rule romanization (translit_khmer(), primary spellings) of each
 * Khmer spelling, in kh_dict[]'s order; name_dict_khmer_check_keys()
 * recomputes them (unit-tested).
 */
static const char *const kh_key[][KH_SCRIPT] = {
	{"SOK", NULL},	/* SOK */
	{"CHEA", NULL},	/* CHEA */
	{"HUN", NULL},	/* HUN */
	{"CHAN", NULL},	/* CHAN */
	{"KEO", NULL},	/* KEO */
	{"LI", NULL},	/* LY */
	{"HENG", NULL},	/* HENG */
	{"KIM", NULL},	/* KIM */
	{"KEM", NULL},	/* KEM */
	{"MAM", NULL},	/* MAM */
	{"MAU", NULL},	/* MAO */
	{"SIENG", NULL},	/* SIENG */
	{"SUN", NULL},	/* SUN */
	{"SENG", NULL},	/* SENG */
	{"TEP", NULL},	/* TEP */
	{"NHIM", NULL},	/* NHIM */
	{"YIM", NULL},	/* YIM */
	{"NGUON", NULL},	/* NGUON */
	{"BUN", NULL},	/* BUN */
	{"PRUM", NULL},	/* PRUM */
	{"MEAS", NULL},	/* MEAS */
	{"CHHIM", NULL},	/* CHHIM */
	{"KHIEU", NULL},	/* KHIEU */
	{"UK", NULL},	/* OUK */
	{"LONG", NULL},	/* LONG */
	{"SAY", NULL},	/* SAY */
	{"HEM", NULL},	/* HEM */
	{"IM", NULL},	/* IM */
	{"PECH", NULL},	/* PICH */
	{"CHUON", NULL},	/* CHUON */
	{"SUON", NULL},	/* SUON */
	{"NUON", NULL},	/* NUON */
	{"CHHUN", NULL},	/* CHHUN */
	{"CHHUON", NULL},	/* CHHUON */
	{"LAY", NULL},	/* LAY */
	{"EANG", NULL},	/* ANG */
	{"TOUCH", NULL},	/* TOUCH */
	{"HUOT", NULL},	/* HOUT */
	{"CHHAY", NULL},	/* CHHAY */
	{"HAO", NULL},	/* HOR */
	{"ROS", NULL},	/* ROS */
	{"SAU", NULL},	/* SAO */
	{"HONG", NULL},	/* HONG */
	{"KUY", NULL},	/* KUY */
	{"UNG", NULL},	/* UNG */
	{"THACH", NULL},	/* THACH */
	{"AEK", NULL},	/* EK */
	{"LIM", NULL},	/* LIM */
	{"KONG", NULL},	/* KONG */
	{"MENG", NULL},	/* MENG */
	{"PEN", NULL},	/* PEN */
	{"IENG", NULL},	/* IENG */
	{"TUM", NULL},	/* TUM */
	{"CHHAN", NULL},	/* CHHORN */
	{"SA", NULL},	/* SAR */
	{"PRAK", NULL},	/* PRAK */
	{"TEA", NULL},	/* TEA */
	{"POL", NULL},	/* POL */
	{"POT", NULL},	/* POT */
	{"MOK", NULL},	/* MOK */
	{"SIM", NULL},	/* SIM */
	{"SAM", NULL},	/* SAM */
	{"VONG", NULL},	/* VONG */
	{"SVAY", NULL},	/* SVAY */
	{"NOROUTTAM", NULL},	/* NORODOM */
	{"SEN", "SEN", NULL},	/* SEN */
	{"SOPHEAP", NULL},	/* SOPHEAP */
	{"SOPHEA", NULL},	/* SOPHEA */
	{"SOPHAL", NULL},	/* SOPHAL */
	{"SOKHA", NULL},	/* SOKHA */
	{"SOKHOM", NULL},	/* SOKHOM */
	{"SOKHON", NULL},	/* SOKHON */
	{"SOVON", NULL},	/* SOVANN */
	{"SOVNNA", NULL},	/* SOVANNA */
	{"SOVNNARI", NULL},	/* SOVANNARY */
	{"VONNA", NULL},	/* VANNA */
	{"VON", NULL},	/* VANN */
	{"VONNAH", NULL},	/* VANNAK */
	{"DARA", "DAREA", NULL},	/* DARA */
	{"DAVI", NULL},	/* DAVY */
	{"DALIN", NULL},	/* DALIN */
	{"CHANTHA", "CHANTHA", NULL},	/* CHANTHA */
	{"CHANTHOU", NULL},	/* CHANTHOU */
	{"CHANTHOL", NULL},	/* CHANTHOL */
	{"CHANNA", NULL},	/* CHANNA */
	{"CHANNARI", NULL},	/* CHANNARY */
	{"CHANTHI", NULL},	/* CHANTHY */
	{"CHANDARA", NULL},	/* CHANDARA */
	{"PISET", NULL},	/* PISETH */
	{"PISEI", NULL},	/* PISEY */
	{"PISAL", NULL},	/* PISAL */
	{"ROTNEA", NULL},	/* RATHANA */
	{"ROTNOH", NULL},	/* RATANAK */
	{"ROSMEI", NULL},	/* REAKSMEY */
	{"VEASNEA", NULL},	/* VEASNA */
	{"SOCHEATA", NULL},	/* SOCHEATA */
	{"SOCHEATE", NULL},	/* SOCHEAT */
	{"SOCHEA", NULL},	/* SOCHEA */
	{"BOPPHA", NULL},	/* BOPHA */
	{"SREI", NULL},	/* SREY */
	{"SREIMUM", NULL},	/* SREYMOM */
	{"SREIPOU", NULL},	/* SREYPOV */
	{"SREILOK", NULL},	/* SREYLEAK */
	{"POU", NULL},	/* POV */
	{"SAMNANG", NULL},	/* SAMNANG */
	{"SAMTTE", NULL},	/* SAMBATH */
	{"SOTHEARI", NULL},	/* SOTHEARY */
	{"SOTHI", NULL},	/* SOTHY */
	{"SOTHEA", NULL},	/* SOTHEA */
	{"VIBOL", NULL},	/* VIBOL */
	{"VICHET", NULL},	/* VICHETH */
	{"VUTTHI", NULL},	/* VUTHY */
	{"VOTNEA", NULL},	/* VATHANA */
	{"VISAL", NULL},	/* VISAL */
	{"THEARI", NULL},	/* THEARY */
	{"THITA", NULL},	/* THIDA */
	{"NEARI", NULL},	/* NARY */
	{"MANET", NULL},	/* MANET */
	{"MANI", NULL},	/* MANY */
	{"MALI", NULL},	/* MALY */
	{"MOKREA", NULL},	/* MAKARA */
	{"SOMALI", NULL},	/* SOMALY */
	{"BANHNHEA", NULL},	/* PANHA */
	{"PONKA", NULL},	/* PONLOK */
	{"PHIRUN", NULL},	/* PHIRUN */
	{"PHOKTEI", NULL},	/* PHEAKDEY */
	{"PHEAROM", NULL},	/* PHEARUM */
	{"RODTHA", NULL},	/* RATHA */
	{"RITTHI", NULL},	/* RITHY */
	{"OTTAM", NULL},	/* ODOM */
	{"SEIHNU", NULL},	/* SIHANOUK */
	{"SEIHMUNI", NULL},	/* SIHAMONI */
	{"RONREUTTHI", NULL},	/* RANARIDDH */
	{"RONGSI", NULL},	/* RAINSY */
	{"MUNI", NULL},	/* MONY */
	{"SEDTHA", NULL},	/* SETHA */
	{"SITHA", NULL},	/* SITHA */
	{"KHENG", NULL},	/* KHENG */
	{"SAMRIN", NULL},	/* SAMRIN */
	{"SAMPHAN", NULL},	/* SAMPHAN */
	{"SARI", NULL},	/* SARY */
	{"THIRIT", NULL},	/* THIRITH */
	{"CHENTA", NULL},	/* CHENDA */
	{"PHALLEA", NULL},	/* PHALLA */
	{"KANHNHEA", NULL},	/* KANHA */
	{"KOSAL", NULL},	/* KOSAL */
	{"BOURA", NULL},	/* BORA */
	{"ARUN", NULL},	/* ARUN */
	{"CHAMREUN", NULL},	/* CHAMROEUN */
	{"THOEAN", NULL},	/* THOEUN */
	{"SAROEAN", NULL},	/* SAROEUN */
	{"NAMHONG", NULL},	/* NAMHONG */
	{"VICHCHHEKA", NULL},	/* VICHHEKA */
	{"THEARA", NULL},	/* THEARA */
	{"SOPHEARA", NULL},	/* SOPHEARA */
	{"CHARIYEA", NULL},	/* CHARIYA */
	{"SOKNTHEA", NULL},	/* SOKUNTHEA */
	{"KONTHEA", NULL},	/* KUNTHEA */
	{"LOKKHENA", NULL},	/* LEAKHENA */
	{"KALYEAN", NULL},	/* KALYAN */
	{"PUTTHI", NULL},	/* PUTHY */
};

_Static_assert(sizeof(kh_key) / sizeof(kh_key[0]) == sizeof(kh_dict) / sizeof(kh_dict[0]),
			   "one row of look-up keys per dictionary entry");

int
name_dict_khmer_size(void)
{
	return NKH;
}

/* Entry of a Khmer word given by its rule romanization, or -1. */
int
name_dict_khmer_entry(const char *romanized)
{
	return name_dict_find_row(&kh_key[0][0], NKH, KH_SCRIPT, romanized);
}

/* A Latin spelling and its entry. */
typedef struct kh_latin_entry
{
	const char *latin;
	int			entry;
} kh_latin_entry;

/*
 * Every Latin spelling of kh_dict[] with its entry, in strcmp() order for
 * a binary search; name_dict_khmer_check_keys() checks it against
 * kh_dict[] (unit-tested).
 */
static const kh_latin_entry kh_latin[] = {
	{"ANG", 35}, {"AROUN", 147}, {"ARUN", 147}, {"BOPHA", 98}, {"BORA", 146}, {"BUN", 18},
	{"CHAMREUN", 148}, {"CHAMROEUN", 148}, {"CHAMROEURN", 148}, {"CHAN", 3},
	{"CHANDARA", 87}, {"CHANNA", 84}, {"CHANNARI", 85}, {"CHANNARY", 85}, {"CHANTHA", 81},
	{"CHANTHOL", 83}, {"CHANTHOU", 82}, {"CHANTHY", 86}, {"CHANTOU", 82}, {"CHARIYA", 155},
	{"CHAY", 38}, {"CHEA", 1}, {"CHENDA", 142}, {"CHHAY", 38}, {"CHHIM", 21},
	{"CHHON", 53}, {"CHHORN", 53}, {"CHHOUN", 33}, {"CHHUN", 32}, {"CHHUON", 33},
	{"CHIM", 21}, {"CHINDA", 142}, {"CHOUN", 29}, {"CHUON", 29}, {"DALIN", 80},
	{"DARA", 78}, {"DARRA", 78}, {"DAVY", 79}, {"EK", 46}, {"HEM", 26}, {"HENG", 6},
	{"HONG", 42}, {"HOR", 39}, {"HOUT", 37}, {"HUN", 2}, {"HUOT", 37}, {"IENG", 51},
	{"IM", 27}, {"KALYAN", 159}, {"KALYANN", 159}, {"KANHA", 144}, {"KEM", 8}, {"KEO", 4},
	{"KEV", 4}, {"KHENG", 137}, {"KHIEU", 22}, {"KHIEV", 22}, {"KIM", 7}, {"KONG", 48},
	{"KOSAL", 145}, {"KUNTHEA", 157}, {"KUY", 43}, {"LAY", 34}, {"LEAKHANA", 158},
	{"LEAKHENA", 158}, {"LI", 5}, {"LIM", 47}, {"LONG", 24}, {"LY", 5}, {"MAKARA", 120},
	{"MALY", 119}, {"MAM", 9}, {"MANET", 117}, {"MANY", 118}, {"MAO", 10}, {"MEAS", 20},
	{"MENG", 49}, {"MOK", 59}, {"MOM", 9}, {"MONI", 134}, {"MONY", 134}, {"MUNY", 134},
	{"NAMHONG", 151}, {"NARY", 116}, {"NEARY", 116}, {"NGOUN", 17}, {"NGUON", 17},
	{"NHIM", 15}, {"NORODOM", 64}, {"NUON", 31}, {"ODOM", 129}, {"OUDOM", 129},
	{"OUK", 23}, {"OUNG", 44}, {"PANHA", 122}, {"PANHAR", 122}, {"PECH", 28}, {"PEN", 50},
	{"PEOU", 103}, {"PHALA", 143}, {"PHALLA", 143}, {"PHEAKDEI", 125}, {"PHEAKDEY", 125},
	{"PHEAKDY", 125}, {"PHEAROM", 126}, {"PHEARUM", 126}, {"PHIRON", 124}, {"PHIRUN", 124},
	{"PICH", 28}, {"PISAL", 90}, {"PISEI", 89}, {"PISET", 88}, {"PISETH", 88},
	{"PISEY", 89}, {"PISITH", 88}, {"POL", 57}, {"PONLOK", 123}, {"POT", 58}, {"POV", 103},
	{"PRAK", 55}, {"PROM", 19}, {"PRUM", 19}, {"PUTHI", 160}, {"PUTHY", 160},
	{"RAINSY", 133}, {"RAKSMEY", 93}, {"RANARIDDH", 132}, {"RANARIDH", 132},
	{"RANGSEI", 133}, {"RANGSEY", 133}, {"RANGSY", 133}, {"RASMEY", 93}, {"RATANA", 91},
	{"RATANAK", 92}, {"RATHA", 127}, {"RATHANA", 91}, {"RATHANAK", 92}, {"RATTANA", 91},
	{"RATTANAK", 92}, {"RATTHA", 127}, {"REAKSMEI", 93}, {"REAKSMEY", 93}, {"REASMEY", 93},
	{"RITHI", 128}, {"RITHY", 128}, {"ROS", 40}, {"ROTANAK", 92}, {"ROTHANA", 91},
	{"SAM", 61}, {"SAMBAT", 105}, {"SAMBATH", 105}, {"SAMNANG", 104}, {"SAMPHAN", 139},
	{"SAMRIN", 138}, {"SAO", 41}, {"SAR", 54}, {"SARI", 140}, {"SAROEUN", 150},
	{"SAROEURN", 150}, {"SARY", 140}, {"SAY", 25}, {"SEANG", 11}, {"SEN", 65},
	{"SENG", 13}, {"SETHA", 135}, {"SIENG", 11}, {"SIHAMONI", 131}, {"SIHAMONY", 131},
	{"SIHANOUK", 130}, {"SIHANUK", 130}, {"SIM", 60}, {"SITHA", 136}, {"SOCHEA", 97},
	{"SOCHEAT", 96}, {"SOCHEATA", 95}, {"SOCHEATH", 96}, {"SOK", 0}, {"SOKHA", 69},
	{"SOKHOM", 70}, {"SOKHON", 71}, {"SOKHONN", 71}, {"SOKUNTHEA", 156}, {"SOMALY", 121},
	{"SOPHAL", 68}, {"SOPHEA", 67}, {"SOPHEAB", 66}, {"SOPHEAP", 66}, {"SOPHEARA", 154},
	{"SOTHARY", 106}, {"SOTHEA", 108}, {"SOTHEARY", 106}, {"SOTHI", 107}, {"SOTHY", 107},
	{"SOUN", 30}, {"SOVAN", 72}, {"SOVANN", 72}, {"SOVANNA", 73}, {"SOVANNARY", 74},
	{"SREI", 99}, {"SREIMOM", 100}, {"SREY", 99}, {"SREYLEAK", 102}, {"SREYMOM", 100},
	{"SREYPEOU", 101}, {"SREYPOV", 101}, {"SUN", 12}, {"SUON", 30}, {"SVAY", 63},
	{"SYTHA", 136}, {"TEA", 56}, {"TEP", 14}, {"THACH", 45}, {"THEARA", 153},
	{"THEARY", 114}, {"THIDA", 115}, {"THIRITH", 141}, {"THOEUN", 149}, {"THOEURN", 149},
	{"TOUCH", 36}, {"TOUM", 52}, {"TUM", 52}, {"UDOM", 129}, {"UNG", 44}, {"VADHANA", 112},
	{"VANN", 76}, {"VANNA", 75}, {"VANNAK", 77}, {"VANNAKH", 77}, {"VATHANA", 112},
	{"VATTANA", 112}, {"VEASANA", 94}, {"VEASNA", 94}, {"VIBOL", 109}, {"VIBUL", 109},
	{"VICHEKA", 152}, {"VICHET", 110}, {"VICHETH", 110}, {"VICHHEKA", 152}, {"VISAL", 113},
	{"VONG", 62}, {"VUTHI", 111}, {"VUTHY", 111}, {"YIM", 16}
};

#define NKH_LATIN ((int) (sizeof(kh_latin) / sizeof(kh_latin[0])))

/* Order of two kh_latin_entry by spelling (for bsearch). */
static int
kh_latin_cmp(const void *a, const void *b)
{
	return strcmp(((const kh_latin_entry *) a)->latin, ((const kh_latin_entry *) b)->latin);
}

/* Entry of a customary Latin spelling, or -1. */
int
name_dict_khmer_latin(const char *latin)
{
	kh_latin_entry key = {latin, 0};
	const kh_latin_entry *hit = bsearch(&key, kh_latin, NKH_LATIN, sizeof(kh_latin[0]),
										kh_latin_cmp);

	return hit ? hit->entry : -1;
}

/* -1 if kh_latin[] is sorted and lists exactly kh_dict[]'s spellings, else an entry. */
static int
check_latin_index(void)
{
	int			e,
				k,
				n = 0;

	for (e = 1; e < NKH_LATIN; e++)
		if (strcmp(kh_latin[e - 1].latin, kh_latin[e].latin) >= 0)
			return kh_latin[e].entry;
	for (e = 0; e < NKH; e++)
		for (k = 0; k < KH_LATIN && kh_dict[e].latin[k]; k++, n++)
			if (name_dict_khmer_latin(kh_dict[e].latin[k]) != e)
				return e;
	return n == NKH_LATIN ? -1 : 0;
}

/* The k-th Latin spelling of entry e (0 = most common), or NULL. */
const char *
name_dict_khmer_spelling(int e, int k)
{
	if (e < 0 || e >= NKH || k < 0 || k >= KH_LATIN)
		return NULL;
	return kh_dict[e].latin[k];
}

/* The k-th Khmer spelling of entry e, or NULL. */
const char *
name_dict_khmer_script(int e, int k)
{
	if (e < 0 || e >= NKH || k < 0 || k >= KH_SCRIPT)
		return NULL;
	return kh_dict[e].khmer[k];
}

int
name_dict_khmer_check_keys(void)
{
	int			e,
				k;

	if (check_latin_index() >= 0)
		return check_latin_index();
	for (e = 0; e < NKH; e++)
		for (k = 0; k < KH_SCRIPT; k++)
		{
			char		tl[NAME_TOKEN_MAX * 2];
			int32_t		cp[32];
			name_buf	b = {tl, 0, (int) sizeof(tl)};
			const char *s = kh_dict[e].khmer[k];

			if ((s == NULL) != (kh_key[e][k] == NULL))
				return e;
			if (s == NULL)
				break;
			tl[0] = '\0';
			translit_khmer(cp, name_dict_utf8_cps(s, cp, 32), 0, &b);
			if (strcmp(tl, kh_key[e][k]) != 0 || name_dict_khmer_entry(tl) != e)
				return e;
		}
	return -1;
}
