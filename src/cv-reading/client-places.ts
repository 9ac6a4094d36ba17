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
