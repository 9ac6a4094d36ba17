import { languageCode } from '../imports/language-names';
import { normaliseText } from '../scoring/text';
import { COUNTRY, namedPlace, REGION, WHOLE_COUNTRY, withoutPlaceNames } from './client-places';
import { clip, Line } from './lines';
import { numbersAsDigits } from './number-words';
import { Paragraph, paragraphs } from './paragraphs';
import { Sections } from './sections';
import { currencyReader, Currency, sentences, spanIn } from './client-tense';
import { countedAccounts } from './client-counts';
import { ProposedFact, TextSpan } from './types';
import type { WorkEntry } from './work';

/*
 * What a candidate says of the clients they hold: how many, the revenue, the
 * segment, whether they deal with the people who decide. Read from the
 * profile and the work history, never from education or course lines. How many
 * is read in client-counts.ts.
 */
/** Sums that are not revenue from clients: loans, budgets, salaries; as a word or a compound's head ("marketingbudget"). */
const NOT_REVENUE =
  /(?<!\p{L})(?:lening|lending|loans?|laen|krediet|credit|hypothe|mortgage|salaris|salary|palk|budget|subsidie|grant|jääk|saldo|balance|outstanding|uitstaand|assets under|aum|(?:beheerd|belegd|toevertrouwd|totaal) vermogen|vermogensbeheer|invested assets|investable assets|varade maht|varad|nende käive|their turnover|their revenue|hun omzet|hun jaaromzet)|(?:budget|krediet|hypotheek|subsidie|portfelli jääk|jääk|saldo)(?!\p{L})|(?<!\p{L})(?:krediidi|laenu|liisingu|lease|leasing)(?:portfell|portefeuille|portfolio|jääk|book)|lending book|loan book/iu;
const MULTIPLIER =
  '(?:mld|miljard\\w*|billion|bn|mln|mio|miljoen\\w*|miljon\\w*|million\\w*|m|k|duizend|tuhat\\w*|tuh\\.?|thousand)';
// Bounded, and starting only where a number starts: an unbounded \\d+ made a long run of digits quadratic.
const NUMBER = '(?<![\\d.,])(?:\\d{1,3}(?:[.,\\s]\\d{3}){1,4}(?:[.,]\\d{1,2})?|\\d{1,9}(?:[.,]\\d{1,2})?)(?![\\d])';
const AMOUNT_BEFORE = new RegExp(`(?:€|eur\\b|euro\\b)\\s?(${NUMBER})\\s?(${MULTIPLIER})?(?![\\p{L}])`, 'giu');
const AMOUNT_AFTER = new RegExp(
  `(${NUMBER})\\s?(${MULTIPLIER})?\\s?(?:€|eur(?:o(?:s|t|ni|st|des)?)?\\b)(?!\\s?\\d)`,
  'giu',
);
/** Provinces, states and regions of other countries CVs name as a territory (South Africa, Canada, Australia, India, Italy, Germany, the US). */
const FOREIGN_REGIONS =
  'western cape|eastern cape|cape winelands|overberg|gauteng|kwazulu natal|free state|ontario|quebec|alberta|british columbia|manitoba|saskatchewan|nova scotia|new brunswick|new south wales|queensland|tasmania|karnataka|tamil nadu|maharashtra|gujarat|kerala|madhya pradesh|uttar pradesh|rajasthan|west bengal|lombardy|lombardia|piedmont|piemonte|veneto|tuscany|toscana|emilia romagna|bavaria|bayern|nordrhein westfalen|midwest|pacific northwest|new england|' +
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|' +
  'kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|' +
  'new hampshire|new jersey|new mexico|new york state|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|' +
  'rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington state|west virginia|wisconsin|wyoming';
const SEGMENTS: [RegExp, 'international' | 'national' | 'regional_smb'][] = [
  [
    /internationa|rahvusvaheli|multinationa|global|wereldwijd|worldwide|europe|europa|euroop|benelux|\bexport|scandinav|nordic|pohjamaa|\bbaltic|baltikum|balti riigi|dach\b|\bemea\b|\bapac\b|\blatam\b|\bcee\b|americas/,
    'international',
  ],
  [
    /landelijk|nationaal|\bnational|heel nederland|door heel|nationwide|countrywide|ule eesti|kogu eesti|ulerii|ule kogu|across (?:the )?(?:uk|united kingdom|country|netherlands|nederland|estonia|eesti|scotland|england|wales|ireland|germany|belgium|finland)|throughout the (?:uk|country)|all over (?:the )?(?:uk|country|netherlands|nederland|estonia|eesti|scotland|england|wales|ireland|belgium|germany)|(?:across|throughout) (?:great )?britain|(?<=^| )(?:in|across) (?:scotland|wales|northern ireland)(?= |$)/,
    'national',
  ],
  [WHOLE_COUNTRY, 'national'],
  [
    new RegExp(
      String.raw`\bmkb|\bsmb\b|\bsme\b|\bvke\b|\bregio\b|\bregions?\b|\bregioon|regionaal|regional|\bdistricts? of|\bprovinc|\bprovincie|\blokaal|\blocal\b|kohalik|piirkon|maakon|independent (?:merchants|retailers|shops|stores)|\b(?:noord|zuid|oost|west|midden) (?:nederland|holland|brabant|limburg|friesland|groningen|gelderland|vlaanderen)|\b(?:louna|pohja|ida|laane|kesk) (?:eesti|viru)|[a-z]{3}maal\b|\b(?:north|south|east|west) of (?:england|scotland)|vaikeettev|vaikefirma|vaike ja keskmise|keskmise suurusega|midden en klein|kleinbedrijf|kleine (?:bedrijven|ondernem|zakelijke)|small (?:business|firms|companies|enterprises)|[a-z]{3,}shire\b|\bthe (?:north|south|east|west|north east|north west|south east|south west|midlands|home counties)\b|\b(?:gelderland|overijssel|flevoland|drenthe|zeeland|friesland|groningen|limburg|brabant|noord holland|zuid holland|achterhoek|twente|randstad)\b` +
        String.raw`|\b(?:${FOREIGN_REGIONS})\b|\b[a-z]+ districts\b|\b(?:north|south|east|west)(?: east| west)? of (?!england|scotland)[a-z]+|\bmetro(?: area)?\b|\bin and around\b`,
    ),
    'regional_smb',
  ],
  [REGION, 'regional_smb'],
];
/** Two places named after "across" or "in" ("across Powys and Ceredigion", "in Mumbai and Pune"). */
const TWO_PLACES =
  /\b(?:across|in|throughout|over|covering)\s+(?:(?:central|northern|southern|eastern|western|the)\s+)?\p{Lu}[\p{L}-]+(?:,\s*\p{Lu}[\p{L}-]+)*\s+(?:and|&|en|ja)\s+\p{Lu}[\p{L}-]+/u;

/** "in English and Italian": two languages, not two places. */
function namesLanguages(text: string): boolean {
  const words = TWO_PLACES.exec(text)![0].split(/\s+/);
  return languageCode(words[words.length - 1]) !== undefined;
}

/** "National accounts" names the clients' reach, whatever else the sentence says of the clients' own brands. */
const NATIONAL_ACCOUNTS =
  /(?<![a-z])national (?:key )?accounts?\b|landelijke (?:key )?(?:accounts|klanten)|ulerii(?:gilis|klik)\w* (?:votme)?klient/;
const INTERNATIONAL_WORD = /internationa|multinationa|rahvusvaheli/;
/** A segment is only read where the sentence speaks of clients, a market or selling, not of an employer or a school. */
const SEGMENT_CONTEXT =
  /klant|klient|kliend|client|customer|account|portefeuille|portfolio|portfel|markt|market|turu|turg|territor|rayon|werkgebied|sales|\bsell|verkoop|hospital|muuk|muugi|dealer|retail|winkel|kauplus|store|shop|chain|keten|kett|distribut|groothandel|wholesal|afnemer|farm|boer|talu|contractor|installat|apteek|apothe|ziekenhu|haigla|praktijk|clinic|kliinik|hotel|restoran|restaurant|reseller|merchant|supermarkt|supermarket|bedrijven|ettevotet|ettevotteid|businesses|companies/;
/** Words that name the people who decide; role words (owners, directors) only count in the profile, a claim of the candidate's. */
const DECISION_MAKERS =
  /beslisser|beslissingsbevoegd|\bdmu\b|c level|c suite|directieniveau|otsustaja|otsustusoigus|decision maker|decision making unit|board level/;
const DECIDING_ROLES =
  /juhtidega|juhtidele|(?:klientide|ettevotete|firmade) juhti|(?<![a-z])(?:hanke|ostu|tegev)juh|eigenaar|eigenaren|owner|directors|directeur|directies|zaakvoerder|juhatus|juhtkon|tippjuht|omanik|\bceo|\bcfo|\bcoo\b|\bcio|bedrijfsleider|principals|headteachers|schoolleiders|direktor|(?<![a-z])(?:head |category |chief |senior )?buyers\b|procurement (?:managers?|leads?|heads?|directors?|officers?|teams?)|purchasing (?:managers?|directors?)|inkoopmanager|inkoopdirecteur|(?<![a-z])inkopers\b/;
/** Words that say the client's people decide or sign: "the buying managers who decide the range", "die zelf beslist", "otsuse teeb omanik". */
const WHO_DECIDES =
  /\bwho (?:decides?|signs?|chooses?|approves?|makes? the)\b|\b(?:decides?|decide) (?:the|on|which|over|what)\b|\bmakes? (?:their own |the |all )?(?:buying |purchasing )?decisions?\b|\bmake (?:their own |the )(?:buying |purchasing )?decisions?\b|\bsigned by\b|\b(?:fd|ceo|cfo|owner|owners) signs?\b|\bdie (?:zelf |ook |er )?(?:beslist|beslissen|tekent|tekenen)\b|\b(?:beslist|beslissen) (?:zelf|over|met|welke|bij)\b|\botsustab\b|\botsustavad\b|\botsuse (?:ise )?tee(?:b|vad)\b|\bostuotsus\w* tee(?:b|vad)\b|\ballkirjasta(?:b|vad)\b|\b(?:awarded|decided|approved|signed off|signed|chosen) by (?:the )?(?:[\w’']+ ){0,4}(?:directors?|heads?|owners?|buyers?|vps?|boards?|ceos?|cfos?|cios?|partners|managers)\b|\b(?:owners?|directors?|ceos?|cfos?|cios?|mds?|gms?|buyers?) (?:\w+ )?(?:decides?|signs?|approves?)\b|\bdie (?:\w+ ){1,4}(?:beslist|beslissen)\b|\b(?:directeur|eigenaar|eigenaren|directie|bestuurders?) (?:beslist|beslissen|tekent|tekenen)\b/;
/** Countries, in the three languages, as word starts (Estonian inflects them: "Eestis", "Soomes"). */
const CLIENT_WORD =
  /klant|klient|kliend|client|customer|account|ketens|keten|chain|kett|keti|markt|market|turg|partner|relatie|relationship|distribut|dealer|edasimuu|importeur|importer|reseller|ettevot|bedrijven|companies|muuk|sales|export/;
/** The people who decide count in the work history when the candidate deals with them ("contact met de eigenaren"). */
const DEALS_WITH =
  /(?<=^| )(?:met|with|contact|gesprek|spreek|spreken|suhtle|suhtlus|deal|talks|meet|koos|kohtu|onderhandel|negotiat|labiraak|keukentafel|gesprekspartner|book|portfolio|portefeuille|portfell)|(?:juhtide|juhi|omanike|omaniku|juhatuse|liikmete)ga\b/;

/**
 * In the work history, owners, directors and buyers who decide count when
 * the candidate deals with them ("met de inkoopdirecteuren", "with buying
 * directors", "klientide juhtidega"), or holds them as clients ("my own book
 * is 60 business owners").
 */
function dealsWithDeciders(norm: string): boolean {
  return DEALS_WITH.test(norm) && DECIDING_ROLES.test(norm);
}

const SEGMENT_RANK = { regional_smb: 1, national: 2, international: 3 };

function euros(number: string, multiplier: string | undefined): number {
  let value: number;
  const compact = number.replace(/\s/g, '');
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(compact) && !multiplier) value = Number(compact.replace(/[.,]/g, ''));
  else if (/^\d{1,3}(?:[.,]\d{3})+[.,]\d{1,2}$/.test(compact))
    value = Number(compact.replace(/[.,](?=\d{3})/g, '').replace(',', '.'));
  else value = Number(compact.replace(',', '.'));
  const m = (multiplier ?? '').toLowerCase();
  if (/^(?:mld|miljard|billion|bn)/.test(m)) value *= 1e9;
  else if (/^(?:m|mln|mio|miljo|miljon|million)/.test(m)) value *= 1e6;
  else if (/^(?:k|duizend|tuh|thousand)/.test(m)) value *= 1e3;
  return Math.round(value);
}

export interface ClientStatement {
  activeAccounts?: number;
  annualRevenueEur?: number;
  segment?: 'regional_smb' | 'national' | 'international';
  decisionMakers?: boolean;
  /** The job the figures were read under ("Key Accountmanager, Zuiderhof Zuivel"). */
  job?: string;
}

function jobName(job: WorkEntry): string {
  return job.employer ? `${job.title}, ${job.employer}` : job.title;
}

/** Sums a company turns over or holds, not what its clients buy from the candidate. */
const COMPANY_TURNOVER_BEFORE =
  /(?:bij|at) [a-z0-9& ]{2,40} (?:met|with) (?:een |a |an )?(?:jaar|annual )?(?:omzet|turnover|revenue)|(?:ettevotte|firma|kontserni|bedrijfs|concern|company s|companys) [a-z]*(?:kaive|omzet|revenue|turnover)|(?:company|companys|company s|firm|firms|employer|employers|bedrijf|bedrijfs|onderneming|concern|concerns|ettevotte|ettevote|firma|kontserni) (?:total |annual |group )?(?:revenue|turnover|omzet|jaaromzet|kaive|aastakaive|kaibega|muugitulu)|(?:omzet|jaaromzet|revenue|turnover|kaive) (?:van|of) (?:het|de|the|our|ons|onze)? ?(?:bedrijf|onderneming|concern|company|firm|group|groep|organisatie|organisation|employer|werkgever)|bedrijfsomzet|concernomzet|groepsomzet|(?:bedrijf|company|business|firm|ettevote|firma|organisatie|organisation) (?:met|with|mille) (?:een |a |an )?(?:jaarlijkse |annual )?(?:omzet|revenue|turnover|kaive|kaibega)/;
const HOLDINGS_AFTER =
  /^ ?(?:in )?(?:aum|assets under|under management|beheerd vermogen|vermogen onder beheer|onder beheer|varade|varasid|varana|halduses)|^ ?(?:annual )?(?:revenue|turnover) (?:company|business|firm|group|manufacturer|distributor)/;
/** A sum in another currency just before ("US$2.6m €2.4m") is not the euro sum that follows it. */
const OTHER_CURRENCY = /(?:\$|£|¥|\b(?:usd|gbp|sek|dkk|nok|pln|chf|us))\s?$/i;

/** Whether the sum at [from, to) is revenue from the candidate's clients, by the words around it. */
function clientRevenue(text: string, from: number, to: number): boolean {
  if (OTHER_CURRENCY.test(text.slice(Math.max(0, from - 4), from))) return false;
  if (COMPANY_TURNOVER_BEFORE.test(normaliseText(text.slice(Math.max(0, from - 50), from)))) return false;
  return !HOLDINGS_AFTER.test(normaliseText(text.slice(to, to + 40)));
}

type Segment = 'regional_smb' | 'national' | 'international';

/** The reach a sentence gives the clients, only when it speaks of clients or figures them. */
function segmentOf(norm: string, figured: boolean): Segment | undefined {
  if (!figured && !SEGMENT_CONTEXT.test(norm)) return undefined;
  // Clients in two countries or more are an international reach.
  const countries = new Set(norm.match(COUNTRY) ?? []);
  if (countries.size >= 2 && (figured || CLIENT_WORD.test(norm))) return 'international';
  if (NATIONAL_ACCOUNTS.test(norm) && !INTERNATIONAL_WORD.test(norm)) return 'national';
  return SEGMENTS.find(([pattern]) => pattern.test(norm))?.[1];
}

/** The words before either end of a range of sums: "tussen de € 2 en", "between €1m and". */
const SIZE_RANGE =
  /\d\s*[–-]\s*$|(?:tussen|between|vahemikus|vahemikku)\s+(?:de\s+|the\s+)?(?:(?:€|eur)\s?[\d.,]+\s*\p{L}*\s+(?:en|and|ja)\s+)?$/iu;

/** "grew it from €1.2m to €2.5m": the sum after "to" is where it stands now. */
const GREW_TO = /(?:^|\s)(?:to|naar|tot|kuni|up to)\s*$/i;

/**
 * Of several sums in one sentence, the candidate's own is the part, not the
 * whole it is part of ("my book brings in €5.4m of the company's €380m",
 * "1,1 miljonit …; kogu kontori maht 9 miljonit"): the smallest, unless the
 * sentence says a sum grew to another.
 */
function clientSum(text: string, sums: { value: number; at: number }[]): number | undefined {
  if (sums.length <= 1) return sums[0]?.value;
  const grown = sums.filter((sum) => GREW_TO.test(text.slice(Math.max(0, sum.at - 12), sum.at)));
  if (grown.length) return grown[grown.length - 1].value;
  return Math.min(...sums.map((sum) => sum.value));
}

/** The figures one line states. */
export function clientStatement(text: string, norm: string, inProfile = false): ClientStatement {
  const found: ClientStatement = {};
  // "20% of the clients" is a share, not a count: normalising would drop the sign.
  // A sum is no count ("kogusummas 860 000 €; kliendid on …"): sums are taken out before counting.
  const unsummed = text.replace(AMOUNT_BEFORE, ' ').replace(AMOUNT_AFTER, ' ');
  const counted = numbersAsDigits(normaliseText(unsummed.replace(/%/g, ' procent')));
  const accounts = countedAccounts(counted);
  if (accounts !== undefined) found.activeAccounts = accounts;
  const sums: { value: number; at: number }[] = [];
  for (const pattern of [AMOUNT_BEFORE, AMOUNT_AFTER]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      // What the few words before a sum say it is: "lending of €30 million" is not revenue.
      if (NOT_REVENUE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
      if (!clientRevenue(text, match.index, match.index + match[0].length)) continue;
      // "met een omzet tussen de € 2 en € 25 miljoen": a range describes the clients' size, not what they bring.
      if (SIZE_RANGE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
      const value = euros(match[1], match[2]);
      if (value >= 1000) sums.push({ value, at: match.index });
    }
  }
  const revenue = clientSum(text, sums);
  if (revenue !== undefined) found.annualRevenueEur = revenue;
  const placed = withoutPlaceNames(text);
  const figured = found.activeAccounts !== undefined || found.annualRevenueEur !== undefined;
  const segment = segmentOf(placed === text ? norm : normaliseText(placed), figured);
  if (segment) found.segment = segment;
  // "300 farming customers across Powys and Ceredigion": counted clients in two named places, no country.
  else if (
    figured &&
    TWO_PLACES.test(text) &&
    !COUNTRY.test(normaliseText(TWO_PLACES.exec(text)![0])) &&
    !namesLanguages(text)
  )
    found.segment = 'regional_smb';
  else if (found.activeAccounts !== undefined && namedPlace(text)) found.segment = 'regional_smb';
  COUNTRY.lastIndex = 0;
  if (
    DECISION_MAKERS.test(norm) ||
    WHO_DECIDES.test(norm) ||
    (inProfile ? DECIDING_ROLES.test(norm) : dealsWithDeciders(norm))
  )
    found.decisionMakers = true;
  return found;
}

const E_MAIL = /[^\s@]@[^\s@]+\.[a-z]{2,}/i;

/** A dated line this long carries duties after its title and employer, and those say something of the clients. */
const LONG_HEADER = 80;

interface Statement {
  found: ClientStatement;
  currency: Currency;
  /** The job the statement was read under, when that is known. */
  job?: WorkEntry;
  span: TextSpan;
}

/**
 * Work-history header lines are read without their title and employer: an
 * employer called "… Baltic OÜ" says nothing of the clients, but "Portfellis
 * 75 aktiivset klienti" after it does. `headerNames` maps each header line to
 * the names read from it. Each sentence is a statement; the figures come from
 * the one that speaks of the portfolio held now (client-tense.ts), and the
 * fact's span covers the sentences they came from.
 */
export function readClientBase(
  lines: Line[],
  sections: Sections,
  headerNames: Map<number, string[]>,
  work: readonly WorkEntry[] = [],
): ProposedFact[] {
  const passages: (Paragraph & { header?: boolean })[] = paragraphs(lines, sections, (line) =>
    headerNames.has(line.index),
  );
  for (const [index, names] of headerNames) {
    const line = lines[index];
    if (line.text.length <= LONG_HEADER) continue;
    let text = names.reduce((rest, name) => (name ? rest.split(name).join(' ') : rest), line.text);
    // A PDF wraps the sentence onto the next lines, which go on in lower case.
    let last = line;
    for (let i = index + 1; i <= index + 3 && /^\p{Ll}/u.test(lines[i]?.text ?? '') && !lines[i].bullet; i++) {
      last = lines[i];
      text += ` ${last.text}`;
    }
    passages.push({ first: line, last, text, norm: normaliseText(text), header: true });
  }
  passages.sort((a, b) => a.first.index - b.first.index);
  const currencyOf = currencyReader(work);
  const statements: Statement[] = [];
  for (const passage of passages) {
    const kinds = sections.kindsOf[passage.first.index];
    // A functional CV states its portfolio under a competence heading ("Kliendihaldus ja müük"): skills count too.
    if (kinds.length && !kinds.includes('work') && !kinds.includes('profile') && !kinds.includes('skills')) continue;
    // The contact line's address ("Leeds, West Yorkshire") is where the candidate lives, not where the clients are.
    // ("Account Manager @ Loopwerk GmbH" is a job, not an address.)
    if (E_MAIL.test(passage.text)) continue;
    for (const sentence of sentences(passage.text)) {
      const norm = normaliseText(sentence.text);
      const found = clientStatement(sentence.text, norm, kinds.includes('profile'));
      if (Object.keys(found).length === 0) continue;
      const span = passage.header
        ? { start: passage.first.start, end: passage.last.end }
        : spanIn(lines, passage.first, passage.last, sentence.at, sentence.text.length);
      statements.push({ found, ...currencyOf(passage.first, norm, kinds.includes('profile')), span });
    }
  }
  return merged(statements);
}

/** One fact: each figure from the first statement of the most current kind that gives it. */
function merged(statements: Statement[]): ProposedFact[] {
  if (!statements.length) return [];
  const ordered = [...statements].sort((a, b) => a.currency - b.currency);
  const data: ClientStatement = {};
  const used = new Set<Statement>();
  for (const key of ['activeAccounts', 'annualRevenueEur'] as const) {
    const from = ordered.find((statement) => statement.found[key] !== undefined);
    if (from) {
      data[key] = from.found[key];
      used.add(from);
    }
  }
  // The widest reach among the most current statements that name one.
  const withSegment = ordered.filter((statement) => statement.found.segment);
  for (const statement of withSegment.filter((s) => s.currency === withSegment[0]?.currency)) {
    const segment = statement.found.segment as Segment;
    if (!data.segment || SEGMENT_RANK[segment] > SEGMENT_RANK[data.segment]) data.segment = segment;
    used.add(statement);
  }
  for (const statement of statements.filter((s) => s.found.decisionMakers)) {
    data.decisionMakers = true;
    used.add(statement);
  }
  // The job the figures came from: the statement that gave the count, else the revenue, else the reach.
  const source = [...used].find((statement) => statement.job);
  if (source?.job) data.job = clip(jobName(source.job), 300);
  const spans = [...used].map((statement) => statement.span);
  const figured = data.activeAccounts !== undefined || data.annualRevenueEur !== undefined;
  return [
    {
      kind: 'client_base',
      data: { ...data },
      span: { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) },
      confidence: figured ? 0.7 : 0.45,
    },
  ];
}
