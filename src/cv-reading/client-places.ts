import { languageCode } from '../imports/language-names';
import { normaliseText } from '../scoring/text';
import { hasLegalForm } from './titles';

/*
 * Places a client base is described by, placed on the segment scale: a
 * province, county or state is a regional base; a whole country a national one.
 * Matched on normalised text (no accents, hyphens as spaces).
 */

/** US states whose names are not also common words, first names or countries. */
const US_STATES =
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|iowa|kansas|kentucky|louisiana|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york state|north carolina|south carolina|north dakota|south dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|tennessee|texas|utah|vermont|west virginia|wisconsin|wyoming|washington state';
/** English regions and counties not already named "-shire". */
const UK_REGIONS =
  'the midlands|east midlands|west midlands|east anglia|home counties|kent|sussex|surrey|essex|devon|cornwall|norfolk|suffolk|cumbria|northumberland|merseyside|tyneside';
/** Irish counties, named as "County Cork" or "Co. Kerry", and after a preposition by name. */
const IE_COUNTIES =
  'cork|kerry|kildare|galway|limerick|meath|wicklow|wexford|waterford|donegal|mayo|clare|tipperary|kilkenny|louth|sligo|westmeath|offaly|laois|carlow|cavan|monaghan|roscommon|leitrim|longford';
/** Dutch and Flemish provinces and regions. */
const NL_REGIONS =
  'gelderland|overijssel|flevoland|drenthe|zeeland|friesland|groningen|limburg|noord brabant|brabant|noord holland|zuid holland|achterhoek|twente|randstad|veluwe|west vlaanderen|oost vlaanderen|vlaams brabant';
/** Estonian counties, in any case ending: "Harjumaa", "Tartumaal", "Ida-Virumaale", "Harju- ja Tartumaa". */
const EE_COUNTIES =
  '(?:harju|tartu|viru|parnu|viljandi|rapla|jarva|jogeva|polva|valga|voru|saare|hiiu|laane)maa[a-z]{0,3}';

/**
 * A place named after a preposition or in a list ("in Texas and Oklahoma", "across Kent"), so that a client
 * named after one ("Texas Instruments") is no region. Estonian names the county in its case ending instead.
 */
const PLACE_BEFORE =
  '(?<=(?:^| )(?:in|across|throughout|covering|within|around|and|or|en|of|the|in de|in het|rond|binnen|heel))';

export const REGION = new RegExp(
  `${PLACE_BEFORE} (?:${US_STATES}|${UK_REGIONS}|${NL_REGIONS}|${IE_COUNTIES})(?= |$)|(?<=^| )${EE_COUNTIES}(?= |$)|(?<=^| )(?:county|co) (?:${IE_COUNTIES})(?= |$)`,
);

/** A whole country as the reach: "across the US", "in heel Nederland", "üle kogu Eesti". */
export const WHOLE_COUNTRY =
  /(?<=^| )(?:across|throughout|all over) (?:the )?(?:us|usa|united states|states|uk|united kingdom|country|netherlands|nederland|estonia|eesti|germany|belgium|finland)(?= |$)|coast to coast|heel (?:nederland|belgie|vlaanderen)|kogu eesti|ule eesti/;

/** A place written as the start of a proper name ("Texas Instruments", "Devon Dairies"): followed by a capitalised word. */
const PLACE_IN_NAME = new RegExp(
  `(?<![\\p{L}])(?:${[US_STATES, UK_REGIONS, NL_REGIONS]
    .join('|')
    .split('|')
    .filter((place) => !place.startsWith('the '))
    .map((place) => place.replace(/(?<=^| )\p{L}/gu, (letter) => letter.toUpperCase()).replace(/ /g, '[ -]'))
    .join('|')})(?=[ \\t]\\p{Lu}\\p{Ll})`,
  'gu',
);

/** The text without places that begin a name, so that only places read as places. */
export function withoutPlaceNames(text: string): string {
  return text.replace(PLACE_IN_NAME, ' ');
}

/** Countries, as the reach of a client base. */
export const COUNTRY =
  /(?<=^| )(?:nederland|netherlands|holland|belgi|duitsland|germany|saksamaa|frankrijk|france|prantsusmaa|engeland|england|united kingdom|ierland|ireland|iirimaa|eesti|estonia|soome|finland|lati|latvia|leedu|lithuania|zweden|sweden|rootsi|noorwegen|norway|norra|denemarken|denmark|taani|polen|poland|poola|spanje|spain|hispaania|italie|italy|itaalia|oostenrijk|austria|zwitserland|switzerland|luxemburg|luxembourg|uk(?= |$)|hungary|hongarije|ungari|slovakia|slowakije|slovakkia|czech|tsjechie|tsehhi|romania|roemenie|rumeenia|greece|griekenland|kreeka|portugal|portugali|croatia|kroatie|horvaatia|slovenia|slovenie|sloveenia|bulgaria|bulgarije|ukraine|oekraine|ukraina|united states|usa(?= |$)|verenigde staten|canada|kanada|mexico|mehhiko|china|hiina|singapore|singapur|malaysia|maleisie|malaisia|uae(?= |$)|emirates|emiraten|oman(?= |$)|qatar|saudi|malta(?= |$)|india(?= |$)|australia|australie|austraalia|new zealand|japan|jaapan|brazil|brazilie|brasiilia|nl(?= |$)|be(?= en | and | ja )|vlaanderen|flanders)/g;

/**
 * A place named after "in", "across" or "from" ("25 accounts in the Lower Mainland", "110 salons from Coolangatta to
 * Logan", "accounts across the Hunter"): counted clients there and no country named are a regional base.
 */
const NAMED_PLACE =
  /(?<![\p{L}])(?:in|across|throughout|around|covering|from)\s+(?:(?:central|northern|southern|eastern|western|greater|the|de|het)\s+)*(\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})/u;
/** Capitalised words that name a trade or a kind of client, not a place: "accounts in Retail". */
const NOT_A_PLACE =
  /^(?:retail|food|foodservice|pharma|healthcare|health|finance|education|hospitality|horeca|zorg|industrie|industry|automotive|logistics|construction|energy|agri|agriculture|media|fashion|hotels?|government|overheid|english|dutch|estonian|german|french|excel|salesforce|sales|my|our|total|q[1-4]|january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|maart|mei|juni|juli|augustus|oktober)$/;

/** Countries and regions of the world the country list leaves out, which make a base more than regional. */
const MORE_THAN_A_REGION =
  /(?<=^| )(?:the gulf|gulf|middle east|south africa|north macedonia|macedonia|kosovo|serbia|bosnia|albania|montenegro|kenya|nigeria|egypt|morocco|turkey|israel|philippines|indonesia|thailand|vietnam|korea|hong kong|taiwan|argentina|chile|colombia|peru)(?= |$)/;

export function namedPlace(text: string): boolean {
  const match = NAMED_PLACE.exec(text);
  if (!match || NOT_A_PLACE.test(normaliseText(match[1].split(/\s+/)[0]))) return false;
  if (MORE_THAN_A_REGION.test(normaliseText(text))) return false;
  COUNTRY.lastIndex = 0;
  return (
    !COUNTRY.test(normaliseText(match[1])) &&
    languageCode(match[1].split(/\s+/)[0]) === undefined &&
    !hasLegalForm(match[1])
  );
}
