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

/* Pack three bytes into an integer that sorts like the string. */
#define K(a, b, c) ((uint32_t) (a) << 16 | (uint32_t) (b) << 8 | (uint32_t) (c))

typedef struct country_entry
{
	uint32_t	key;			/* K() of the code, fillers as 0 */
	char		code[4];
	country_kind kind;
} country_entry;

static const country_entry countries[] = {
	{K('A', 'B', 'W'), "ABW", I},
	{K('A', 'F', 'G'), "AFG", I},
	{K('A', 'F', 'I'), "AFI", N},
	{K('A', 'G', 'O'), "AGO", I},
	{K('A', 'I', 'A'), "AIA", I},
	{K('A', 'L', 'A'), "ALA", I},
	{K('A', 'L', 'B'), "ALB", I},
	{K('A', 'N', 'D'), "AND", I},
	{K('A', 'N', 'T'), "ANT", I},
	{K('A', 'R', 'E'), "ARE", I},
	{K('A', 'R', 'G'), "ARG", I},
	{K('A', 'R', 'M'), "ARM", I},
	{K('A', 'S', 'M'), "ASM", I},
	{K('A', 'T', 'A'), "ATA", I},
	{K('A', 'T', 'B'), "ATB", N},
	{K('A', 'T', 'F'), "ATF", I},
	{K('A', 'T', 'G'), "ATG", I},
	{K('A', 'T', 'N'), "ATN", N},
	{K('A', 'U', 'S'), "AUS", I},
	{K('A', 'U', 'T'), "AUT", I},
	{K('A', 'Z', 'E'), "AZE", I},
	{K('B', 'D', 'I'), "BDI", I},
	{K('B', 'E', 'L'), "BEL", I},
	{K('B', 'E', 'N'), "BEN", I},
	{K('B', 'E', 'S'), "BES", I},
	{K('B', 'F', 'A'), "BFA", I},
	{K('B', 'G', 'D'), "BGD", I},
	{K('B', 'G', 'R'), "BGR", I},
	{K('B', 'H', 'R'), "BHR", I},
	{K('B', 'H', 'S'), "BHS", I},
	{K('B', 'I', 'H'), "BIH", I},
	{K('B', 'L', 'M'), "BLM", I},
	{K('B', 'L', 'R'), "BLR", I},
	{K('B', 'L', 'Z'), "BLZ", I},
	{K('B', 'M', 'U'), "BMU", I},
	{K('B', 'O', 'L'), "BOL", I},
	{K('B', 'R', 'A'), "BRA", I},
	{K('B', 'R', 'B'), "BRB", I},
	{K('B', 'R', 'N'), "BRN", I},
	{K('B', 'T', 'N'), "BTN", I},
	{K('B', 'U', 'R'), "BUR", N},
	{K('B', 'V', 'T'), "BVT", I},
	{K('B', 'W', 'A'), "BWA", I},
	{K('B', 'Y', 'S'), "BYS", N},
	{K('C', 'A', 'F'), "CAF", I},
	{K('C', 'A', 'N'), "CAN", I},
	{K('C', 'C', 'K'), "CCK", I},
	{K('C', 'H', 'E'), "CHE", I},
	{K('C', 'H', 'L'), "CHL", I},
	{K('C', 'H', 'N'), "CHN", I},
	{K('C', 'I', 'V'), "CIV", I},
	{K('C', 'M', 'R'), "CMR", I},
	{K('C', 'O', 'D'), "COD", I},
	{K('C', 'O', 'G'), "COG", I},
	{K('C', 'O', 'K'), "COK", I},
	{K('C', 'O', 'L'), "COL", I},
	{K('C', 'O', 'M'), "COM", I},
	{K('C', 'P', 'V'), "CPV", I},
	{K('C', 'R', 'I'), "CRI", I},
	{K('C', 'S', 'K'), "CSK", N},
	{K('C', 'T', 'E'), "CTE", N},
	{K('C', 'U', 'B'), "CUB", I},
	{K('C', 'U', 'W'), "CUW", I},
	{K('C', 'X', 'R'), "CXR", I},
	{K('C', 'Y', 'M'), "CYM", I},
	{K('C', 'Y', 'P'), "CYP", I},
	{K('C', 'Z', 'E'), "CZE", I},
	{K('D', '\0', '\0'), "D", I},
	{K('D', 'D', 'R'), "DDR", N},
	{K('D', 'E', 'U'), "DEU", I},
	{K('D', 'H', 'Y'), "DHY", N},
	{K('D', 'J', 'I'), "DJI", I},
	{K('D', 'M', 'A'), "DMA", I},
	{K('D', 'N', 'K'), "DNK", I},
	{K('D', 'O', 'M'), "DOM", I},
	{K('D', 'Z', 'A'), "DZA", I},
	{K('E', 'C', 'U'), "ECU", I},
	{K('E', 'G', 'Y'), "EGY", I},
	{K('E', 'R', 'I'), "ERI", I},
	{K('E', 'S', 'H'), "ESH", I},
	{K('E', 'S', 'P'), "ESP", I},
	{K('E', 'S', 'T'), "EST", I},
	{K('E', 'T', 'H'), "ETH", I},
	{K('E', 'U', 'E'), "EUE", I},
	{K('F', 'I', 'N'), "FIN", I},
	{K('F', 'J', 'I'), "FJI", I},
	{K('F', 'L', 'K'), "FLK", I},
	{K('F', 'R', 'A'), "FRA", I},
	{K('F', 'R', 'O'), "FRO", I},
	{K('F', 'S', 'M'), "FSM", I},
	{K('F', 'X', 'X'), "FXX", N},
	{K('G', 'A', 'B'), "GAB", I},
	{K('G', 'B', 'D'), "GBD", I},
	{K('G', 'B', 'N'), "GBN", I},
	{K('G', 'B', 'O'), "GBO", I},
	{K('G', 'B', 'P'), "GBP", I},
	{K('G', 'B', 'R'), "GBR", I},
	{K('G', 'B', 'S'), "GBS", I},
	{K('G', 'E', 'L'), "GEL", N},
	{K('G', 'E', 'O'), "GEO", I},
	{K('G', 'G', 'Y'), "GGY", I},
	{K('G', 'H', 'A'), "GHA", I},
	{K('G', 'I', 'B'), "GIB", I},
	{K('G', 'I', 'N'), "GIN", I},
	{K('G', 'L', 'P'), "GLP", I},
	{K('G', 'M', 'B'), "GMB", I},
	{K('G', 'N', 'B'), "GNB", I},
	{K('G', 'N', 'Q'), "GNQ", I},
	{K('G', 'R', 'C'), "GRC", I},
	{K('G', 'R', 'D'), "GRD", I},
	{K('G', 'R', 'L'), "GRL", I},
	{K('G', 'T', 'M'), "GTM", I},
	{K('G', 'U', 'F'), "GUF", I},
	{K('G', 'U', 'M'), "GUM", I},
	{K('G', 'U', 'Y'), "GUY", I},
	{K('H', 'K', 'G'), "HKG", I},
	{K('H', 'M', 'D'), "HMD", I},
	{K('H', 'N', 'D'), "HND", I},
	{K('H', 'R', 'V'), "HRV", I},
	{K('H', 'T', 'I'), "HTI", I},
	{K('H', 'U', 'N'), "HUN", I},
	{K('H', 'V', 'O'), "HVO", N},
	{K('I', 'A', 'O'), "IAO", N},
	{K('I', 'D', 'N'), "IDN", I},
	{K('I', 'M', 'N'), "IMN", I},
	{K('I', 'N', 'D'), "IND", I},
	{K('I', 'O', 'T'), "IOT", I},
	{K('I', 'R', 'L'), "IRL", I},
	{K('I', 'R', 'N'), "IRN", I},
	{K('I', 'R', 'Q'), "IRQ", I},
	{K('I', 'S', 'L'), "ISL", I},
	{K('I', 'S', 'R'), "ISR", I},
	{K('I', 'T', 'A'), "ITA", I},
	{K('J', 'A', 'M'), "JAM", I},
	{K('J', 'E', 'Y'), "JEY", I},
	{K('J', 'O', 'R'), "JOR", I},
	{K('J', 'P', 'N'), "JPN", I},
	{K('J', 'T', 'N'), "JTN", N},
	{K('K', 'A', 'Z'), "KAZ", I},
	{K('K', 'E', 'N'), "KEN", I},
	{K('K', 'G', 'Z'), "KGZ", I},
	{K('K', 'H', 'M'), "KHM", I},
	{K('K', 'I', 'R'), "KIR", I},
	{K('K', 'N', 'A'), "KNA", I},
	{K('K', 'O', 'R'), "KOR", I},
	{K('K', 'W', 'T'), "KWT", I},
	{K('L', 'A', 'O'), "LAO", I},
	{K('L', 'B', 'N'), "LBN", I},
	{K('L', 'B', 'R'), "LBR", I},
	{K('L', 'B', 'Y'), "LBY", I},
	{K('L', 'C', 'A'), "LCA", I},
	{K('L', 'I', 'E'), "LIE", I},
	{K('L', 'K', 'A'), "LKA", I},
	{K('L', 'S', 'O'), "LSO", I},
	{K('L', 'T', 'U'), "LTU", I},
	{K('L', 'U', 'X'), "LUX", I},
	{K('L', 'V', 'A'), "LVA", I},
	{K('M', 'A', 'C'), "MAC", I},
	{K('M', 'A', 'F'), "MAF", I},
	{K('M', 'A', 'R'), "MAR", I},
	{K('M', 'C', 'O'), "MCO", I},
	{K('M', 'D', 'A'), "MDA", I},
	{K('M', 'D', 'G'), "MDG", I},
	{K('M', 'D', 'V'), "MDV", I},
	{K('M', 'E', 'X'), "MEX", I},
	{K('M', 'H', 'L'), "MHL", I},
	{K('M', 'I', 'D'), "MID", N},
	{K('M', 'K', 'D'), "MKD", I},
	{K('M', 'L', 'I'), "MLI", I},
	{K('M', 'L', 'T'), "MLT", I},
	{K('M', 'M', 'R'), "MMR", I},
	{K('M', 'N', 'E'), "MNE", I},
	{K('M', 'N', 'G'), "MNG", I},
	{K('M', 'N', 'P'), "MNP", I},
	{K('M', 'O', 'Z'), "MOZ", I},
	{K('M', 'R', 'T'), "MRT", I},
	{K('M', 'S', 'R'), "MSR", I},
	{K('M', 'T', 'Q'), "MTQ", I},
	{K('M', 'U', 'S'), "MUS", I},
	{K('M', 'W', 'I'), "MWI", I},
	{K('M', 'Y', 'S'), "MYS", I},
	{K('M', 'Y', 'T'), "MYT", I},
	{K('N', 'A', 'M'), "NAM", I},
	{K('N', 'C', 'L'), "NCL", I},
	{K('N', 'E', 'R'), "NER", I},
	{K('N', 'F', 'K'), "NFK", I},
	{K('N', 'G', 'A'), "NGA", I},
	{K('N', 'H', 'B'), "NHB", N},
	{K('N', 'I', 'C'), "NIC", I},
	{K('N', 'I', 'U'), "NIU", I},
	{K('N', 'L', 'D'), "NLD", I},
	{K('N', 'O', 'R'), "NOR", I},
	{K('N', 'P', 'L'), "NPL", I},
	{K('N', 'R', 'U'), "NRU", I},
	{K('N', 'T', 'Z'), "NTZ", I},
	{K('N', 'Z', 'L'), "NZL", I},
	{K('O', 'M', 'N'), "OMN", I},
	{K('P', 'A', 'K'), "PAK", I},
	{K('P', 'A', 'N'), "PAN", I},
	{K('P', 'C', 'I'), "PCI", N},
	{K('P', 'C', 'N'), "PCN", I},
	{K('P', 'C', 'Z'), "PCZ", N},
	{K('P', 'E', 'R'), "PER", I},
	{K('P', 'H', 'L'), "PHL", I},
	{K('P', 'L', 'W'), "PLW", I},
	{K('P', 'N', 'G'), "PNG", I},
	{K('P', 'O', 'L'), "POL", I},
	{K('P', 'R', 'I'), "PRI", I},
	{K('P', 'R', 'K'), "PRK", I},
	{K('P', 'R', 'T'), "PRT", I},
	{K('P', 'R', 'Y'), "PRY", I},
	{K('P', 'S', 'E'), "PSE", I},
	{K('P', 'U', 'S'), "PUS", N},
	{K('P', 'Y', 'F'), "PYF", I},
	{K('Q', 'A', 'T'), "QAT", I},
	{K('R', 'E', 'U'), "REU", I},
	{K('R', 'H', 'O'), "RHO", N},
	{K('R', 'K', 'S'), "RKS", I},
	{K('R', 'O', 'M'), "ROM", N},
	{K('R', 'O', 'U'), "ROU", I},
	{K('R', 'U', 'S'), "RUS", I},
	{K('R', 'W', 'A'), "RWA", I},
	{K('S', 'A', 'U'), "SAU", I},
	{K('S', 'C', 'G'), "SCG", N},
	{K('S', 'D', 'N'), "SDN", I},
	{K('S', 'E', 'N'), "SEN", I},
	{K('S', 'G', 'P'), "SGP", I},
	{K('S', 'G', 'S'), "SGS", I},
	{K('S', 'H', 'N'), "SHN", I},
	{K('S', 'J', 'M'), "SJM", I},
	{K('S', 'K', 'M'), "SKM", N},
	{K('S', 'L', 'B'), "SLB", I},
	{K('S', 'L', 'E'), "SLE", I},
	{K('S', 'L', 'V'), "SLV", I},
	{K('S', 'M', 'R'), "SMR", I},
	{K('S', 'O', 'M'), "SOM", I},
	{K('S', 'P', 'M'), "SPM", I},
	{K('S', 'R', 'B'), "SRB", I},
	{K('S', 'S', 'D'), "SSD", I},
	{K('S', 'T', 'P'), "STP", I},
	{K('S', 'U', 'N'), "SUN", N},
	{K('S', 'U', 'R'), "SUR", I},
	{K('S', 'V', 'K'), "SVK", I},
	{K('S', 'V', 'N'), "SVN", I},
	{K('S', 'W', 'E'), "SWE", I},
	{K('S', 'W', 'Z'), "SWZ", I},
	{K('S', 'X', 'M'), "SXM", I},
	{K('S', 'Y', 'C'), "SYC", I},
	{K('S', 'Y', 'R'), "SYR", I},
	{K('T', 'C', 'A'), "TCA", I},
	{K('T', 'C', 'D'), "TCD", I},
	{K('T', 'G', 'O'), "TGO", I},
	{K('T', 'H', 'A'), "THA", I},
	{K('T', 'J', 'K'), "TJK", I},
	{K('T', 'K', 'L'), "TKL", I},
	{K('T', 'K', 'M'), "TKM", I},
	{K('T', 'L', 'S'), "TLS", I},
	{K('T', 'M', 'P'), "TMP", N},
	{K('T', 'O', 'N'), "TON", I},
	{K('T', 'T', 'O'), "TTO", I},
	{K('T', 'U', 'N'), "TUN", I},
	{K('T', 'U', 'R'), "TUR", I},
	{K('T', 'U', 'V'), "TUV", I},
	{K('T', 'W', 'N'), "TWN", I},
	{K('T', 'Z', 'A'), "TZA", I},
	{K('U', 'G', 'A'), "UGA", I},
	{K('U', 'K', 'R'), "UKR", I},
	{K('U', 'M', 'I'), "UMI", I},
	{K('U', 'N', 'A'), "UNA", I},
	{K('U', 'N', 'K'), "UNK", I},
	{K('U', 'N', 'O'), "UNO", I},
	{K('U', 'R', 'Y'), "URY", I},
	{K('U', 'S', 'A'), "USA", I},
	{K('U', 'T', 'O'), "UTO", I},
	{K('U', 'Z', 'B'), "UZB", I},
	{K('V', 'A', 'T'), "VAT", I},
	{K('V', 'C', 'T'), "VCT", I},
	{K('V', 'D', 'R'), "VDR", N},
	{K('V', 'E', 'N'), "VEN", I},
	{K('V', 'G', 'B'), "VGB", I},
	{K('V', 'I', 'R'), "VIR", I},
	{K('V', 'N', 'M'), "VNM", I},
	{K('V', 'U', 'T'), "VUT", I},
	{K('W', 'A', 'K'), "WAK", N},
	{K('W', 'L', 'F'), "WLF", I},
	{K('W', 'S', 'M'), "WSM", I},
	{K('X', 'B', 'A'), "XBA", I},
	{K('X', 'C', 'C'), "XCC", I},
	{K('X', 'C', 'E'), "XCE", I},
	{K('X', 'C', 'O'), "XCO", I},
	{K('X', 'D', 'C'), "XDC", I},
	{K('X', 'E', 'C'), "XEC", I},
	{K('X', 'E', 'S'), "XES", I},
	{K('X', 'I', 'M'), "XIM", I},
	{K('X', 'K', 'X'), "XKX", N},
	{K('X', 'M', 'P'), "XMP", I},
	{K('X', 'O', 'M'), "XOM", I},
	{K('X', 'P', 'O'), "XPO", I},
	{K('X', 'X', 'A'), "XXA", I},
	{K('X', 'X', 'B'), "XXB", I},
	{K('X', 'X', 'C'), "XXC", I},
	{K('X', 'X', 'K'), "XXK", N},
	{K('X', 'X', 'X'), "XXX", I},
	{K('Y', 'E', 'M'), "YEM", I},
	{K('Y', 'M', 'D'), "YMD", N},
	{K('Y', 'U', 'G'), "YUG", N},
	{K('Z', 'A', 'F'), "ZAF", I},
	{K('Z', 'A', 'R'), "ZAR", N},
	{K('Z', 'I', 'M'), "ZIM", N},
	{K('Z', 'M', 'B'), "ZMB", I},
	{K('Z', 'W', 'E'), "ZWE", I},
};

#undef I
#undef N

#define NCOUNTRIES ((int) (sizeof(countries) / sizeof(countries[0])))

/*
 * Index of the first entry of each initial letter A-Z (27th: the end); a
 * unit test checks that every entry is found through it.
 */
static const short letter_start[27] = {
	0, 21, 44, 67, 76, 84, 91, 115, 122, 133, 138, 146, 157, 182, 196, 197, 214, 215, 222, 249, 265, 275, 283, 286, 303, 306, 311
};

/* Classify a filler-padded code field. */
country_kind
country_lookup(const char *field, size_t len)
{
	const unsigned char *f = (const unsigned char *) field;
	unsigned char c[3] = {0, 0, 0};
	uint32_t	key;
	int			lo,
				hi;

	if (len == 0 || len > 3 || f[0] < 'A' || f[0] > 'Z')
		return COUNTRY_UNKNOWN;
	for (size_t i = 0; i < len; i++)
	{
		if (f[i] >= 'A' && f[i] <= 'Z' && (i == 0 || c[i - 1] != 0))
			c[i] = f[i];
		else if (f[i] != '<')
			return COUNTRY_UNKNOWN;
		else if (i + 1 < len && f[i + 1] != '<')
			return COUNTRY_UNKNOWN;
	}
	key = K(c[0], c[1], c[2]);
	lo = letter_start[f[0] - 'A'];
	hi = letter_start[f[0] - 'A' + 1] - 1;
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (countries[mid].key == key)
			return countries[mid].kind;
		if (countries[mid].key < key)
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
