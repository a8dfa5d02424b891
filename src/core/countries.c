/*
 * countries.c - the table of MRZ country and organization codes.
 *
 * ICAO codes (kind I): the 249 ISO 3166-1 alpha-3 codes (as in Debian's
 * iso-codes 3166-1 list) plus Doc 9303-3 §5: D (Germany, written "D<<"),
 * GBD GBN GBO GBP GBS, RKS (Kosovo), EUE, UNO UNA UNK, XBA XIM XCC XCE XCO
 * XEC XPO XES XMP XOM XDC, XXA XXB XXC XXX, ANT NTZ (deprecated in ISO 3166,
 * kept by ICAO) and UTO (Utopia, the specimen state).
 *
 * Known non-ICAO codes (kind N), accepted by parsers as deviations (an error
 * plus a NON_ICAO_CODE warning): XXK (Kosovo on German residence permits),
 * XKX (EU user-assigned Kosovo code), ZIM (old Zimbabwe printing), ROM (old
 * Romanian code), the withdrawn ISO 3166-3 codes (YUG, SCG, SUN, ZAR, TMP,
 * BUR, CSK, DDR, ...), and IAO: Doc 9303-3 reserves it for ICAO signing a
 * master list, never for a document, so on a document it is a deviation.
 *
 * The table is sorted by code (a unit test checks it); lookups are a binary
 * search over codes packed into integers.
 */
#include "core/countries.h"

#include <stdint.h>

#define I COUNTRY_ICAO
#define N COUNTRY_NON_ICAO_KNOWN

typedef struct country_entry
{
	char		code[4];
	country_kind kind;
} country_entry;

static const country_entry countries[] = {
	{"ABW", I},
	{"AFG", I},
	{"AFI", N},
	{"AGO", I},
	{"AIA", I},
	{"ALA", I},
	{"ALB", I},
	{"AND", I},
	{"ANT", I},
	{"ARE", I},
	{"ARG", I},
	{"ARM", I},
	{"ASM", I},
	{"ATA", I},
	{"ATB", N},
	{"ATF", I},
	{"ATG", I},
	{"ATN", N},
	{"AUS", I},
	{"AUT", I},
	{"AZE", I},
	{"BDI", I},
	{"BEL", I},
	{"BEN", I},
	{"BES", I},
	{"BFA", I},
	{"BGD", I},
	{"BGR", I},
	{"BHR", I},
	{"BHS", I},
	{"BIH", I},
	{"BLM", I},
	{"BLR", I},
	{"BLZ", I},
	{"BMU", I},
	{"BOL", I},
	{"BRA", I},
	{"BRB", I},
	{"BRN", I},
	{"BTN", I},
	{"BUR", N},
	{"BVT", I},
	{"BWA", I},
	{"BYS", N},
	{"CAF", I},
	{"CAN", I},
	{"CCK", I},
	{"CHE", I},
	{"CHL", I},
	{"CHN", I},
	{"CIV", I},
	{"CMR", I},
	{"COD", I},
	{"COG", I},
	{"COK", I},
	{"COL", I},
	{"COM", I},
	{"CPV", I},
	{"CRI", I},
	{"CSK", N},
	{"CTE", N},
	{"CUB", I},
	{"CUW", I},
	{"CXR", I},
	{"CYM", I},
	{"CYP", I},
	{"CZE", I},
	{"D", I},
	{"DDR", N},
	{"DEU", I},
	{"DHY", N},
	{"DJI", I},
	{"DMA", I},
	{"DNK", I},
	{"DOM", I},
	{"DZA", I},
	{"ECU", I},
	{"EGY", I},
	{"ERI", I},
	{"ESH", I},
	{"ESP", I},
	{"EST", I},
	{"ETH", I},
	{"EUE", I},
	{"FIN", I},
	{"FJI", I},
	{"FLK", I},
	{"FRA", I},
	{"FRO", I},
	{"FSM", I},
	{"FXX", N},
	{"GAB", I},
	{"GBD", I},
	{"GBN", I},
	{"GBO", I},
	{"GBP", I},
	{"GBR", I},
	{"GBS", I},
	{"GEL", N},
	{"GEO", I},
	{"GGY", I},
	{"GHA", I},
	{"GIB", I},
	{"GIN", I},
	{"GLP", I},
	{"GMB", I},
	{"GNB", I},
	{"GNQ", I},
	{"GRC", I},
	{"GRD", I},
	{"GRL", I},
	{"GTM", I},
	{"GUF", I},
	{"GUM", I},
	{"GUY", I},
	{"HKG", I},
	{"HMD", I},
	{"HND", I},
	{"HRV", I},
	{"HTI", I},
	{"HUN", I},
	{"HVO", N},
	{"IAO", N},
	{"IDN", I},
	{"IMN", I},
	{"IND", I},
	{"IOT", I},
	{"IRL", I},
	{"IRN", I},
	{"IRQ", I},
	{"ISL", I},
	{"ISR", I},
	{"ITA", I},
	{"JAM", I},
	{"JEY", I},
	{"JOR", I},
	{"JPN", I},
	{"JTN", N},
	{"KAZ", I},
	{"KEN", I},
	{"KGZ", I},
	{"KHM", I},
	{"KIR", I},
	{"KNA", I},
	{"KOR", I},
	{"KWT", I},
	{"LAO", I},
	{"LBN", I},
	{"LBR", I},
	{"LBY", I},
	{"LCA", I},
	{"LIE", I},
	{"LKA", I},
	{"LSO", I},
	{"LTU", I},
	{"LUX", I},
	{"LVA", I},
	{"MAC", I},
	{"MAF", I},
	{"MAR", I},
	{"MCO", I},
	{"MDA", I},
	{"MDG", I},
	{"MDV", I},
	{"MEX", I},
	{"MHL", I},
	{"MID", N},
	{"MKD", I},
	{"MLI", I},
	{"MLT", I},
	{"MMR", I},
	{"MNE", I},
	{"MNG", I},
	{"MNP", I},
	{"MOZ", I},
	{"MRT", I},
	{"MSR", I},
	{"MTQ", I},
	{"MUS", I},
	{"MWI", I},
	{"MYS", I},
	{"MYT", I},
	{"NAM", I},
	{"NCL", I},
	{"NER", I},
	{"NFK", I},
	{"NGA", I},
	{"NHB", N},
	{"NIC", I},
	{"NIU", I},
	{"NLD", I},
	{"NOR", I},
	{"NPL", I},
	{"NRU", I},
	{"NTZ", I},
	{"NZL", I},
	{"OMN", I},
	{"PAK", I},
	{"PAN", I},
	{"PCI", N},
	{"PCN", I},
	{"PCZ", N},
	{"PER", I},
	{"PHL", I},
	{"PLW", I},
	{"PNG", I},
	{"POL", I},
	{"PRI", I},
	{"PRK", I},
	{"PRT", I},
	{"PRY", I},
	{"PSE", I},
	{"PUS", N},
	{"PYF", I},
	{"QAT", I},
	{"REU", I},
	{"RHO", N},
	{"RKS", I},
	{"ROM", N},
	{"ROU", I},
	{"RUS", I},
	{"RWA", I},
	{"SAU", I},
	{"SCG", N},
	{"SDN", I},
	{"SEN", I},
	{"SGP", I},
	{"SGS", I},
	{"SHN", I},
	{"SJM", I},
	{"SKM", N},
	{"SLB", I},
	{"SLE", I},
	{"SLV", I},
	{"SMR", I},
	{"SOM", I},
	{"SPM", I},
	{"SRB", I},
	{"SSD", I},
	{"STP", I},
	{"SUN", N},
	{"SUR", I},
	{"SVK", I},
	{"SVN", I},
	{"SWE", I},
	{"SWZ", I},
	{"SXM", I},
	{"SYC", I},
	{"SYR", I},
	{"TCA", I},
	{"TCD", I},
	{"TGO", I},
	{"THA", I},
	{"TJK", I},
	{"TKL", I},
	{"TKM", I},
	{"TLS", I},
	{"TMP", N},
	{"TON", I},
	{"TTO", I},
	{"TUN", I},
	{"TUR", I},
	{"TUV", I},
	{"TWN", I},
	{"TZA", I},
	{"UGA", I},
	{"UKR", I},
	{"UMI", I},
	{"UNA", I},
	{"UNK", I},
	{"UNO", I},
	{"URY", I},
	{"USA", I},
	{"UTO", I},
	{"UZB", I},
	{"VAT", I},
	{"VCT", I},
	{"VDR", N},
	{"VEN", I},
	{"VGB", I},
	{"VIR", I},
	{"VNM", I},
	{"VUT", I},
	{"WAK", N},
	{"WLF", I},
	{"WSM", I},
	{"XBA", I},
	{"XCC", I},
	{"XCE", I},
	{"XCO", I},
	{"XDC", I},
	{"XEC", I},
	{"XES", I},
	{"XIM", I},
	{"XKX", N},
	{"XMP", I},
	{"XOM", I},
	{"XPO", I},
	{"XXA", I},
	{"XXB", I},
	{"XXC", I},
	{"XXK", N},
	{"XXX", I},
	{"YEM", I},
	{"YMD", N},
	{"YUG", N},
	{"ZAF", I},
	{"ZAR", N},
	{"ZIM", N},
	{"ZMB", I},
	{"ZWE", I},
};

#undef I
#undef N

#define NCOUNTRIES ((int) (sizeof(countries) / sizeof(countries[0])))

/* Pack up to three letters into an integer that sorts like the string. */
static inline uint32_t
pack_code(const char *s, size_t len)
{
	uint32_t	key = 0;

	for (size_t i = 0; i < 3; i++)
	{
		unsigned char c = i < len ? (unsigned char) s[i] : 0;

		key = (key << 8) | c;
	}
	return key;
}

/* Classify a filler-padded code field. */
country_kind
country_lookup(const char *field, size_t len)
{
	size_t		n = 0;
	uint32_t	key;
	int			lo = 0,
				hi = NCOUNTRIES - 1;

	if (len == 0 || len > 3)
		return COUNTRY_UNKNOWN;
	while (n < len && field[n] >= 'A' && field[n] <= 'Z')
		n++;
	if (n == 0)
		return COUNTRY_UNKNOWN;
	for (size_t i = n; i < len; i++)
		if (field[i] != '<')
			return COUNTRY_UNKNOWN;
	key = pack_code(field, n);
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		const char *c = countries[mid].code;
		uint32_t	k = pack_code(c, c[1] ? (c[2] ? 3 : 2) : 1);

		if (k == key)
			return countries[mid].kind;
		if (k < key)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return COUNTRY_UNKNOWN;
}

/* Number of entries in the table. */
int
country_count(void)
{
	return NCOUNTRIES;
}

/* Entry i of the table, for tests. */
const char *
country_code_at(int i, country_kind *kind)
{
	if (i < 0 || i >= NCOUNTRIES)
		return NULL;
	if (kind)
		*kind = countries[i].kind;
	return countries[i].code;
}
