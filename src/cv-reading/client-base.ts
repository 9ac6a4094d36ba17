import { normaliseText } from '../scoring/text';
import { Line } from './lines';
import { numbersAsDigits } from './number-words';
import { Paragraph, paragraphs } from './paragraphs';
import { Sections } from './sections';
import { ProposedFact } from './types';

/*
 * What a candidate says of the clients they hold: how many, the revenue, the
 * segment, whether they deal with the people who decide. Read from the
 * profile and the work history, never from education or course lines.
 */
const ACCOUNT_NOUN =
  'klant|klient|kliend|account|client|customer|relatie|dealer|apteek|apothe|winkel|kauplus|store|shop|bedrij|ettevot|firma|organisat|partner|distribut|groothandel|installateur|praktijk|ziekenhu|haigla|hotel|restoran|restaurant|school|gemeent|vennoot|retailer|merchant|kett|keti|chain|keten|asutus|institution|instelling|omavalitsus|municipal|leping|contract|opdrachtgever|reseller|wederverkoper|houder|boer|farm|talu|teler|kweker|grower|contractor|ondernemer|praktik|clinic|kliinik|dentist|tandarts|huisarts|garage';
const ACCOUNTS = new RegExp(
  `(?<![\\d.,])(\\d{1,3}(?:[.\\s]\\d{3})?|\\d{1,6})\\+?\\s+((?:(?:vaike ja keskmise suurusega|midden en klein|small and medium sized|small and mid sized|[a-z]+)\\s+){0,4}?)([a-z]*(?:${ACCOUNT_NOUN})[a-z]*)(?: ([a-z]+))?`,
  'g',
);
/** Words between a number and its noun that show it counts something else ("8 jaar", "12 klantbezoeken"). */
const NOT_COUNTED =
  /^(?:jaar|jaren|aasta|years?|maand|kuud|months?|uur|tundi|hours?|procent|protsent|percent|medewerker|werknemer|tootaja|employees?|people|mensen|inimes|per |keer|times)/;
/** "A team of 12" counts colleagues, whatever noun follows. */
const TEAM_BEFORE = /(?:team|teams|meeskond|meeskonna|tiim|tiimi)(?: van| of)?(?: een| a)? $/;
const NOT_ACCOUNTS = /bezoek|visit|kulastus|gesprek|call|kone|afspra|meeting|kohtumis|jaar|aasta|year|manag/;
/** Sums that are not revenue from clients: loans, budgets, salaries; as a word or a compound's head ("marketingbudget"). */
const NOT_REVENUE =
  /(?<!\p{L})(?:lening|lending|loans?|laen|krediet|credit|hypothe|mortgage|salaris|salary|palk|budget|subsidie|grant|jääk|saldo|balance|outstanding|uitstaand|assets under|aum|beheerd vermogen|vermogensbeheer|varade maht|varad)|(?:budget|krediet|hypotheek|subsidie|portfelli jääk)(?!\p{L})/iu;
const MULTIPLIER =
  '(?:mld|miljard\\w*|billion|bn|mln|mio|miljoen\\w*|miljon\\w*|million\\w*|m|k|duizend|tuhat\\w*|thousand)';
// Bounded, and starting only where a number starts: an unbounded \\d+ made a long run of digits quadratic.
const NUMBER = '(?<![\\d.,])(?:\\d{1,3}(?:[.,\\s]\\d{3}){1,4}(?:[.,]\\d{1,2})?|\\d{1,9}(?:[.,]\\d{1,2})?)(?![\\d])';
const AMOUNT_BEFORE = new RegExp(`(?:€|eur\\b|euro\\b)\\s?(${NUMBER})\\s?(${MULTIPLIER})?(?![\\p{L}])`, 'giu');
const AMOUNT_AFTER = new RegExp(`(${NUMBER})\\s?(${MULTIPLIER})?\\s?(?:€|eur(?:o|os|ot|ot)?\\b)`, 'giu');
const SEGMENTS: [RegExp, 'international' | 'national' | 'regional_smb'][] = [
  [
    /internationa|rahvusvaheli|multinationa|global|wereldwijd|worldwide|europe|europa|euroop|benelux|\bexport|scandinav|nordic|pohjamaa|\bbaltic|baltikum|dach\b/,
    'international',
  ],
  [
    /landelijk|nationaal|\bnational|heel nederland|door heel|nationwide|countrywide|ule eesti|kogu eesti|ulerii|ule kogu|across (?:the )?(?:uk|united kingdom|country|netherlands|nederland|estonia|eesti|scotland|england|wales|ireland|germany|belgium|finland)|throughout the (?:uk|country)/,
    'national',
  ],
  [
    /\bmkb|\bsmb\b|\bsme\b|\bvke\b|\bregio\b|regionaal|regional|\blokaal|\blocal\b|kohalik|piirkon|maakon|independent (?:merchants|retailers|shops|stores)|\b(?:noord|zuid|oost|west|midden) (?:nederland|holland|brabant|limburg|friesland|groningen|gelderland|vlaanderen)|\b(?:louna|pohja|ida|laane|kesk) (?:eesti|viru)|[a-z]{3}maal\b|\b(?:north|south|east|west) of (?:england|scotland)|vaikeettev|vaike ja keskmise|keskmise suurusega|midden en klein|kleinbedrijf|small business|[a-z]{3,}shire\b|\bthe (?:north|south|east|west|north east|north west|south east|south west|midlands|home counties)\b|\b(?:gelderland|overijssel|flevoland|drenthe|zeeland|friesland|groningen|limburg|brabant|noord holland|zuid holland|achterhoek|twente|randstad)\b/,
    'regional_smb',
  ],
];
/** Words that name the people who decide; role words (owners, directors) only count in the profile, a claim of the candidate's. */
const DECISION_MAKERS =
  /beslisser|beslissingsbevoegd|\bdmu\b|c level|c suite|directieniveau|otsustaja|otsustusoigus|decision maker|decision making unit|board level/;
const DECIDING_ROLES =
  /juhtidega|juhtidele|eigenaren|eigenaars|owner|directors|directeuren|directies|juhatus|juhtkon|tippjuht|omanik|\bceo|\bcfo|\bcoo\b|directeur eigenaar/;
/** Countries, in the three languages, as word starts (Estonian inflects them: "Eestis", "Soomes"). */
const COUNTRY =
  /(?<=^| )(?:nederland|netherlands|holland|belgi|duitsland|germany|saksamaa|frankrijk|france|prantsusmaa|engeland|england|united kingdom|ierland|ireland|iirimaa|eesti|estonia|soome|finland|lati|latvia|leedu|lithuania|zweden|sweden|rootsi|noorwegen|norway|norra|denemarken|denmark|taani|polen|poland|poola|spanje|spain|hispaania|italie|italy|itaalia|oostenrijk|austria|zwitserland|switzerland|luxemburg|luxembourg)/g;
const CLIENT_WORD = /klant|klient|kliend|client|customer|account|ketens|keten|chain|kett|markt|market|turg/;
/** The people who decide count in the work history when the candidate deals with them ("contact met de eigenaren"). */
const DEALS_WITH =
  /(?<=^| )(?:met|with|contact|gesprek|suhtle|suhtlus|deal|talks|meet|koos|kohtu|onderhandel|negotiat|labiraak|keukentafel|gesprekspartner)/;
const BUYER = /^(?:inkoop|ostu|buying|purchas|procure|hanke)/;

/**
 * In the work history, owners and directors count when the candidate deals
 * with them, and not when they are the buyers ("inkoopdirecteuren", "buying
 * directors", "ostujuhtidega"), whom any account manager meets.
 */
function dealsWithDeciders(norm: string): boolean {
  if (!DEALS_WITH.test(norm)) return false;
  const roles = new RegExp(DECIDING_ROLES.source, 'g');
  for (let match = roles.exec(norm); match; match = roles.exec(norm)) {
    const wordStart = norm.lastIndexOf(' ', match.index) + 1;
    const before =
      norm
        .slice(Math.max(0, wordStart - 16), wordStart)
        .trim()
        .split(' ')
        .pop() ?? '';
    if (!BUYER.test(norm.slice(wordStart)) && !BUYER.test(before)) return true;
  }
  return false;
}

/** "vijf ketens in Nederland en twee in België": the second number counts the same clients. */
const AND_MORE = /^ (?:(?:in|op|across|in the) )?[a-z]+ (?:en|and) (\d{1,4}) (?:in|op|across)(?= )/;
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
  else if (/^(?:k|duizend|tuhat|thousand)/.test(m)) value *= 1e3;
  return Math.round(value);
}

export interface ClientStatement {
  activeAccounts?: number;
  annualRevenueEur?: number;
  segment?: 'regional_smb' | 'national' | 'international';
  decisionMakers?: boolean;
}

/** The figures one line states. */
export function clientStatement(text: string, norm: string, inProfile = false): ClientStatement {
  const found: ClientStatement = {};
  // "20% of the clients" is a share, not a count: normalising would drop the sign.
  const counted = numbersAsDigits(text.includes('%') ? normaliseText(text.replace(/%/g, ' procent')) : norm);
  ACCOUNTS.lastIndex = 0;
  for (let match = ACCOUNTS.exec(counted); match; match = ACCOUNTS.exec(counted)) {
    if (NOT_COUNTED.test(match[2]) || NOT_ACCOUNTS.test(match[3]) || /^manag/.test(match[4] ?? '')) continue;
    if (TEAM_BEFORE.test(counted.slice(Math.max(0, match.index - 16), match.index))) continue;
    const count = Number(match[1].replace(/[.\s]/g, ''));
    if (count >= 2 && count <= 1_000_000 && !(count >= 1950 && count <= 2049)) {
      const more = AND_MORE.exec(counted.slice(match.index + match[0].length, match.index + match[0].length + 60));
      found.activeAccounts = Math.max(found.activeAccounts ?? 0, count + (more ? Number(more[1]) : 0));
    }
  }
  for (const pattern of [AMOUNT_BEFORE, AMOUNT_AFTER]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      // What the few words before a sum say it is: "lending of €30 million" is not revenue.
      if (NOT_REVENUE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
      const value = euros(match[1], match[2]);
      if (value >= 1000) found.annualRevenueEur = Math.max(found.annualRevenueEur ?? 0, value);
    }
  }
  for (const [pattern, segment] of SEGMENTS) {
    if (pattern.test(norm)) {
      found.segment = segment;
      break;
    }
  }
  if (!found.segment || found.segment !== 'international') {
    // Clients in two countries or more are an international reach.
    const countries = new Set(norm.match(COUNTRY) ?? []);
    if (countries.size >= 2 && CLIENT_WORD.test(norm)) found.segment = 'international';
  }
  if (DECISION_MAKERS.test(norm) || (inProfile ? DECIDING_ROLES.test(norm) : dealsWithDeciders(norm)))
    found.decisionMakers = true;
  return found;
}

/** A dated line this long carries duties after its title and employer, and those say something of the clients. */
const LONG_HEADER = 80;

/**
 * Work-history header lines are read without their title and employer: an
 * employer called "… Baltic OÜ" says nothing of the clients, but "Portfellis
 * 75 aktiivset klienti" after it does. `headerNames` maps each header line to
 * the names read from it.
 */
export function readClientBase(lines: Line[], sections: Sections, headerNames: Map<number, string[]>): ProposedFact[] {
  const passages: Paragraph[] = paragraphs(lines, sections, (line) => headerNames.has(line.index));
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
    passages.push({ first: line, last, text, norm: normaliseText(text) });
  }
  passages.sort((a, b) => a.first.index - b.first.index);
  const merged: ClientStatement = {};
  let first: Line | null = null;
  let last: Line | null = null;
  let figures = 0;
  for (const passage of passages) {
    const kinds = sections.kindsOf[passage.first.index];
    if (kinds.length && !kinds.includes('work') && !kinds.includes('profile')) continue;
    // The contact line's address ("Leeds, West Yorkshire") is where the candidate lives, not where the clients are.
    if (passage.text.includes('@')) continue;
    const found = clientStatement(passage.text, passage.norm, kinds.includes('profile'));
    if (Object.keys(found).length === 0) continue;
    if (found.activeAccounts !== undefined && merged.activeAccounts === undefined)
      merged.activeAccounts = found.activeAccounts;
    if (found.annualRevenueEur !== undefined && merged.annualRevenueEur === undefined)
      merged.annualRevenueEur = found.annualRevenueEur;
    if (found.segment && (!merged.segment || SEGMENT_RANK[found.segment] > SEGMENT_RANK[merged.segment]))
      merged.segment = found.segment;
    if (found.decisionMakers) merged.decisionMakers = true;
    if (found.activeAccounts !== undefined || found.annualRevenueEur !== undefined) figures++;
    first ??= passage.first;
    last = passage.last;
  }
  if (!first || !last) return [];
  return [
    {
      kind: 'client_base',
      data: { ...merged },
      span: { start: first.start, end: last.end },
      confidence: figures > 0 ? 0.7 : 0.45,
    },
  ];
}
