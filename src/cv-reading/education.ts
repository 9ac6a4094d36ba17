import { parseEducationLevel } from '../scoring/education-scale';
import { normaliseText as normalise } from '../scoring/text';
import { findPeriod, yearsIn } from './dates';
import { labelOf } from './labels';
import { clip, Line, LONGEST_ITEM } from './lines';
import { Sections } from './sections';
import { ProposedFact } from './types';

/**
 * The forms CVs write levels in, most specific first, each mapped to a name
 * the education scale accepts. Matched on normalised lines. Two-letter
 * abbreviations (WO, BA, MA) count only in capitals: "ma" is also Estonian for "I".
 */
const LEVEL_FORMS: [RegExp, string | ((match: RegExpExecArray) => string)][] = [
  // A level named outright in brackets wins over the school's name: "Sillamäe Gymnasium – basic education (põhiharidus)".
  [/\bpohiharidus\b|\bbasic education\b/, 'põhiharidus'],
  // First degrees as other countries name them: Bacharelado, licență, profesinis bakalauras, insinööri (AMK),
  // the Polish inżynier (first cycle), the Turkish lisans; the Turkish ön lisans is a two-year degree.
  [/\bon lisans\b/, 'associate degree'],
  [/\byuksek lisans\b/, 'master'],
  [
    /\bbacharelado\b|\blicenta\b|\bbakalaur(?:as|s)\b|\bamk\b|\bammattikorkeakoulu\b|(?<!magister )\binzynier\b|\bfirst cycle\b|(?<!yuksek )\blisans\b|\blicence (?:fondamentale|professionnelle)\b/,
    'bachelor',
  ],
  // The Scottish "MA (Hons)" is a first degree, and a line may say so: "(four-year undergraduate degree)".
  [/\bma hons\b|\bundergraduate degree\b/, 'bachelor'],
  [/\b(?:wo|hbo) ?master\b/, 'wo master'],
  // Flanders' engineers (industrieel, burgerlijk, handelsingenieur) hold a master's.
  [/\bindustrieel ingenieur\b|\bburgerlijk ingenieur\b|\bhandelsingenieur\b/, 'master'],
  // Germany's Diplom from a Fachhochschule is a first degree; a university Diplom is a master's.
  [/\bdiplom [a-z]+ fh\b|\bdipl [a-z]+ fh\b|\bfachhochschule\b/, 'bachelor'],
  [/\bdiplom (?:kaufmann|kauffrau|ingenieur|ingenieurin|volkswirt|betriebswirt|informatiker)\b/, 'master'],
  [/\bmaster of business administration\b|\be?mba\b/, 'mba'],
  // India's two-year Post Graduate Diploma in Management is a master's.
  [/\bpgdm\b|\bpost ?graduate diploma in management\b/, 'master'],
  [/\b(?:msc|m sc|llm|meng|mphil)\b/, 'msc'],
  [/\bmasters?\b|\bmaster s\b/, 'master'],
  // Central Europe's magister (Mgr.), the Dutch engineer's title (ir.) and the American M.Ed. are master's degrees.
  [/^(?:mgr|ir)\b|\bm ?ed\b(?= [a-z])/, 'master'],
  [/\bmagist\w*/, 'magister'],
  // The old Dutch "doctoraal" (drs.) is a master's degree, not a doctorate.
  [/\bdoctoraal\b/, 'master'],
  [/\bdoktor\w*|\bphd\b|\bdoctora\w*|\bpromotie\b/, 'phd'],
  // South Africa's matric with a "bachelor's pass" is the school-leaving certificate that opens university.
  [/\bnational senior certificate\b|\bmatric\b.{0,20}\bbachelor s pass\b/, 'high school'],
  [/\b(wo|hbo) ?bachelor\b/, (match) => `${match[1]} bachelor`],
  [/\bbachelors?\b|\bbachelor s\b/, 'bachelor'],
  [/\bbba\b/, 'bba'],
  // The British and American first degrees by their letters: BEng, BCom, B.S., B.Tech, LLB.
  [
    /\bb ?e\b(?= [a-z]*\s*(?:electr|mechan|civil|comput|chem|telecom|textile|industr|product|instrument|automob|aero|metall))|\bb ?eng\b|\bb ?comm?\b|\bb s\b|\bbs in\b|\bb ?tech\b|\bllb\b|\bb ?pharm\b|\bbbs\b|\bb ?bus\b/,
    'bachelor',
  ],
  // The Spanish and Portuguese licenciatura and the Polish licencjat are first degrees.
  [/\blicenciatur\w*|\blicencjat\w*/, 'bachelor'],
  // Italy's laurea and Spain's grado are first degrees; the laurea magistrale is a master's.
  [/\blaurea magistrale\b/, 'master'],
  [/\blaurea\b|\bgrado en\b|\bbms\b|\bbca\b|\bbbm\b/, 'bachelor'],
  [/\blerarenopleiding\b/, 'hbo'],
  [/\b(?:bsc|b sc)\b/, 'bsc'],
  [/\bbakalaureus\w*/, 'bakalaureus'],
  // The teacher's first degree (BEd), and "BS" opening a line as the American Bachelor of Science.
  [/\bb ?ed\b(?= hons| in| [a-z])|^bs\b(?= [a-z])/, 'bachelor'],
  [/\brakenduskorg\w*/, 'rakenduskõrgharidus'],
  [/\bkorgharidus\w*/, 'kõrgharidus'],
  // The American two-year degrees: "Associate of Arts", "Associate of Applied Science", "associate's degree".
  [
    /\bassociate(?: s)? degree\b|\bassociate (?:of|in) (?:applied )?(?:arts|sciences?)\b|\bfd ?(?:sc|a|eng)\b/,
    'associate degree',
  ],
  // The British and Danish short-cycle awards: HND, HNC, a foundation degree, an AP degree.
  [
    /\bhnd\b|\bhnc\b|\bhigher national (?:diploma|certificate)\b|\bfoundation degree\b|\bap degree\b/,
    'associate degree',
  ],
  // Flanders' HBO5 is a short-cycle programme, not a bachelor's.
  [/\bhbo ?5\b/, 'associate degree'],
  // France's BTS, Spain's Técnico Superior (FP grado superior), Denmark's erhvervsakademi (AK) degrees.
  [
    /\bbts\b|\bdut\b|\bdec in\b|(?<!btec[a-z0-9 ]{0,12})\bnational diploma\b|\btecnico superior\b|\bgrado superior\b|\bak\b(?= \()|\berhvervsakademi\b/,
    'associate degree',
  ],
  // A polytechnic's diploma (Singapore, Hong Kong) and Sweden's civilekonom (a master's) by name.
  [/\bdiploma in\b.{0,60}\bpolytechnic\b/, 'associate degree'],
  [/\bcivilekonom\w*/, 'master'],
  // Flanders' graduaat and Québec's DEC (diplôme d'études collégiales) are short-cycle tertiary.
  [/\bgraduaat\b|\bdiplome d etudes collegiales\b|\bdec en\b/, 'associate degree'],
  // Ireland's QQI levels 5 and 6 are post-secondary awards.
  // Ireland's framework levels: 7 and 8 a first degree, 9 a master's, 6 short-cycle, 5 post-secondary.
  [/\bnfq level [78]\b/, 'bachelor'],
  [/\bnfq level 9\b/, 'master'],
  [/\bnfq level 6\b/, 'associate degree'],
  [/\bnfq level 5\b/, 'post-secondary'],
  // Australia's Diploma of … (AQF level 5) and New Zealand's diplomas at levels 5 and 6 are short-cycle tertiary.
  [/\bdiploma of (?!education|vocational|insurance|financ|mortgage|the |agribusiness)\w/, 'associate degree'],
  [/\bnew zealand diploma\b.{0,60}\blevel [56]\b/, 'associate degree'],
  [/\bqqi level [56]\b|\bpostsecundair\w*|\bpost secondary\b|\bpostliceal\w*/, 'post-secondary'],
  [/\bhbo\b|\bheao\b|\bhts\b|\bhlo\b|\bpabo\b/, 'hbo'],
  // Australia's Certificates I to III and an apprenticeship (German, Swiss, British) are vocational training;
  // its Certificate IV is post-secondary, whoever teaches it (TAFE too).
  [/\bcertificate (?:i|ii|iii)\b|\bapprenticeship\b/, 'vocational'],
  [/\bcertificate iv\b/, 'post-secondary'],
  // Québec's baccalauréat en … (BAA) is a first degree, as France's licence is; France's baccalauréat alone is not.
  [/\bbaccalaureat en\b|\bbaa\b|\blicence (?:in|en|de|d)\b/, 'bachelor'],
  // Australian and South African short-cycle awards: a TAFE diploma, a two-year diploma, a Higher Certificate.
  [
    /\btafe\b|\btwo year diploma\b|\bdiploma\b.{0,60}\b(?:two|2) years?\b|\bhigher certificate\b|\badvanced diploma\b/,
    'associate degree',
  ],
  [/\bmbo(?: niveau)? ?([1-4])\b/, (match) => `mbo ${match[1]}`],
  // The old four-year schools (MEAO, MTS, LEAO's successor) are today's mbo 4.
  [/\bmeao\b|\bmts\b/, 'mbo 4'],
  [/\bmbo\b/, 'mbo'],
  // Belgian general and technical secondary education, at an atheneum too ("ASO Wetenschappen, Atheneum Gent").
  [/\baso\b|\btso\b/, 'secondary'],
  [/\bvwo\b|\bgymnasium\b|\batheneum\b/, 'vwo'],
  [/\bhavo\b/, 'havo'],
  [
    /\bvmbo\b|\bmavo\b|\blts\b|\blbo\b|\bgcses?\b|\bgce o level\b|\bsslc\b|\b10th\b|\bssc\b|\bclass x\b|\bmittlere reife\b|\bstandard grades?\b|\bjunior cert\w*|\bo ?levels?\b|\bncea level 1\b|\byear 10\b/,
    'vmbo',
  ],
  [/\bkeskeriharidus\w*|\bkutsekeskharidus\w*/, 'kutsekeskharidus'],
  // Vocational training "keskhariduse baasil" (after secondary school) is vocational, not the school it follows.
  [/\bkutse(?:haridus|ope)\w*.{0,40}\bkeskhariduse baasil\b/, 'kutseharidus'],
  [/\b(?:uld|kutse)?keskharidus\w*|\bgumnaasium\w*|\bkeskkool\w*/, 'keskharidus'],
  [/\bkutseharidus\w*|\bkutseope\w*|\bkutsekool\w*/, 'kutseharidus'],
  [/\bpohiharidus\w*|\bpohikool\w*/, 'põhiharidus'],
  // School-leaving certificates by country: the Irish Leaving Certificate, Scottish Highers, the Abitur.
  [
    /\bhigh school\b|\bsecondary (?:school|education)\b|\ba levels?\b|\bleaving cert\w*|\bhighers\b|\babitur\b|\bmatura\b|\b12th\b|\bclass xii\b|\bhsc\b|\bhigher secondary\b|\bsace\b|\bvce\b|\bqce\b|\bwace\b|\bncea\b|\bossd\b|\bsecondary school diploma\b|\bnational senior certificate\b|\bmatric\b|\bliceo\b|\bmaturita\b|\bpuc\b|\bgymnasieexamen\b|\bsenior school certificate\b|\bwaec\b|\bmatriek\b|\bnasionale senior sertifikaat\b|\bdiplome de fin d etudes secondaires\b|\bgce a level|\bsecundair onderwijs\b|\bdiplome d etudes secondaires\b|\bdes\b(?= diplome)|\bbaccalaureat\b(?! en)|\bbaccalaureate diploma\b|\bensino medio\b|\bbachiller\b|\blise\b|\bsenior certificate\b|\bdogwood\b|\bcertificate of graduation\b|\bhhx\b|\bstx\b|\btasmanian certificate of education\b|\bbachillerato\b|\bbacalaureat\b|\bmatriculation examination\b|\bylioppilastutkinto\b|\bensino secundario\b|\bstudentexamen\b|\beindexamen (?:havo|vwo)\b/,
    'high school',
  ],
  // A British level 3 school award (BTEC Extended Diploma, the old ONC) sits beside A levels; an NVQ is
  // vocational training whatever its level.
  [
    /\bbtec\b.{0,30}\blevel 3\b|\blevel 3\b.{0,30}\bbtec\b|\bbtec national\b|\bonc\b|\bordinary national (?:certificate|diploma)\b/,
    'upper secondary',
  ],
  [
    /\bvocational\b|\bbtec\b|\bnvq\b|\bcity (?:and )?guilds\b|\bausbildung\b|\bberufsschule\b|\bsvq\b|\bfagbrev\b|\bnew zealand certificate\b.{0,60}\blevel [1-3]\b|\b(?:qcf |rqf )?level [1-3] (?:diploma|certificate)\b|\bnational certificate\b.{0,40}\blevel [1-3]\b/,
    'vocational',
  ],
];
const CAPITAL_FORMS: [RegExp, string][] = [
  // AA, AAS (A.A.S.); not AS, which is also an Estonian company ("AS Merko").
  [/\bA\.?A\.?(?:S\.?)?(?![\w.])/, 'associate degree'],
  [/\bWO\b/, 'wo'],
  [/\bBA\b|\bB\.A\.(?![\w])/, 'ba'],
  // Not Massachusetts after its town: "Boston, MA", "Somerville, MA 02144".
  [/\bMA\b(?!\s+\d{5})(?!(?<=,\s?MA)\s*(?:[.;·|]|$))/, 'ma'],
];
const UNFINISHED =
  /\b(?:niet afgerond|onvoltooid|not completed|unfinished|incomplete|pooleli|katkestatud|lopetamata)\b/;
/** Words that name a school or university. */
export const INSTITUTION =
  /hogeschool|universiteit|university|ulikool|\bkool\b|college|academie|academy|school|instituut|institute|\broc\b|lyceum|kolledz|akadeemia|taltech|\bhs\b|\bhva\b|\bhan\b|\btu\b/;
const SEPARATORS = /\s+[|–—-]\s+|\s*\|\s*|\t+|\s{3,}|\s*,\s+|\s*[()]\s*/;

interface Level {
  name: string;
  index: number;
  length: number;
}

/** All forms in one pattern: most lines name no level, and one test tells. */
const ANY_FORM = new RegExp(LEVEL_FORMS.map(([form]) => form.source).join('|'));
const ANY_CAPITAL = new RegExp(CAPITAL_FORMS.map(([form]) => form.source).join('|'));

export function levelIn(line: Line): Level | null {
  if (!ANY_FORM.test(line.norm) && !ANY_CAPITAL.test(line.text)) return null;
  for (const [form, name] of LEVEL_FORMS) {
    const match = form.exec(line.norm);
    if (match)
      return { name: typeof name === 'string' ? name : name(match), index: match.index, length: match[0].length };
  }
  for (const [form, name] of CAPITAL_FORMS) {
    if (form.test(line.text)) return { name, index: -1, length: 0 };
  }
  return null;
}

/** Education entries: a level, and around it the field, the institution and the years. */
export function readEducation(lines: Line[], sections: Sections): ProposedFact[] {
  const inSection = (i: number) => sections.kindsOf[i].includes('education');
  const hasSection = lines.some((line) => inSection(line.index));
  const facts: ProposedFact[] = [];
  const levels = lines.map((line) => {
    if (!line.text || line.text.length > LONGEST_ITEM || (sections.heading[line.index] && !sections.inline[line.index]))
      return null;
    if (hasSection ? !inSection(line.index) : sections.kindsOf[line.index].includes('work')) return null;
    return levelIn(line);
  });
  // A school named by its level ("North Side High School – Fort Wayne") under the line that names the diploma
  // ("High school diploma") is that diploma's school, not a second one.
  for (let i = 1; i < levels.length; i++) {
    const level = levels[i];
    if (level && level.index > 0 && levels[i - 1]?.name === level.name && INSTITUTION.test(lines[i].norm))
      levels[i] = null;
  }
  for (let i = 0; i < lines.length; i++) {
    const level = levels[i];
    if (!level || !parseEducationLevel(level.name)) continue;
    const line = lines[i];
    const region = [line];
    // A form ("Õppeasutus: …", "Eriala: …", "Haridustase: …") is one block around its level line.
    const form = labelOf(line.text) !== null;
    const reach = form ? 6 : 1;
    for (let j = i + 1; j < lines.length && j <= i + (form ? 6 : 2); j++) {
      if (!lines[j].text || levels[j] || sections.heading[j] || !inSection(j)) break;
      region.push(lines[j]);
    }
    // Dates of its own below it: a dates line above is the previous entry's ("2015 to 2017" / "High school diploma").
    const datedBelow = region.slice(1).some((l) => DATES_ONLY.test(l.text));
    for (let j = i - 1; j >= 0 && j >= i - reach; j--) {
      if (!lines[j].text || levels[j] || sections.heading[j] || !(hasSection ? inSection(j) : form)) break;
      if (datedBelow && DATES_ONLY.test(lines[j].text)) break;
      region.unshift(lines[j]);
    }
    if (region.some((l) => UNFINISHED.test(l.norm))) continue;
    const labelled = region.map((l) => labelOf(l.text));
    const field = labelled.find((l) => l?.label === 'field')?.value || fieldOf(line);
    const institution =
      labelled.find((l) => l?.label === 'institution')?.value ||
      region
        .flatMap((l) => withoutDates(l.text).split(SEPARATORS))
        .map((piece) => piece?.trim())
        .find(
          (piece) =>
            piece && INSTITUTION.test(normalise(piece)) && !levelIn({ ...line, text: piece, norm: normalise(piece) }),
        );
    const years = yearsOf(region);
    facts.push({
      kind: 'education',
      data: {
        level: level.name,
        ...(field ? { field: clip(field, 200) } : {}),
        ...(institution ? { institution: clip(institution, 200) } : {}),
        ...years,
      },
      span: { start: region[0].start, end: region[region.length - 1].end },
      confidence: hasSection ? (level.index >= 0 ? 0.9 : 0.7) : 0.5,
    });
  }
  return facts;
}

/** A line that is nothing but a period or a year ("2015 to 2017", "August 2011 to May 2015"). */
const DATES_ONLY =
  /^[\p{L}.]*\s*(?:19|20)\d\d(?:\s*(?:[–—-]|to|tot|kuni)\s*[\p{L}.]*\s*(?:(?:19|20)\d\d|present|heden|praegu))?$/iu;

const DEGREE = /^(?:bakalaureus|magister|bachelor|master|msc|bsc|ma|ba|mba|phd)$/;

/**
 * The words after the level ("HBO Commerciële Economie"), or, for an Estonian
 * degree, the one word before it ("Ärijuhtimise bakalaureusekraad"). Dates
 * are taken out first, so "2010 - 2014  HBO Bedrijfseconomie" reads the same.
 */
function fieldOf(line: Line): string | undefined {
  if (labelOf(line.text)) return undefined;
  const period = findPeriod(line.text);
  const text = (
    period ? line.text.slice(0, period.index) + ' ' + line.text.slice(period.index + period.length) : line.text
  )
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .trim();
  const tokens = text.split(/\s+/);
  const norms = tokens.map((token) => normalise(token));
  const level = levelIn({ ...line, text, norm: norms.filter(Boolean).join(' ') });
  if (!level) return undefined;
  const norm = norms.filter(Boolean).join(' ');
  const at = level.index >= 0 ? level.index : capitalIndex(norm, level.name);
  if (at < 0) return undefined;
  // Norm words map back to written tokens by count; a token may hold several ("MKB-klanten") or none ("–").
  const wordsBefore = norm.slice(0, at).split(' ').filter(Boolean).length;
  const levelWords =
    level.index >= 0
      ? norm
          .slice(at, at + level.length)
          .split(' ')
          .filter(Boolean).length
      : 1;
  let counted = 0;
  let first = -1;
  let afterLevel = tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const words = norms[i] ? norms[i].split(' ').length : 0;
    if (first === -1 && counted + words > wordsBefore) first = i;
    counted += words;
    if (counted >= wordsBefore + levelWords) {
      afterLevel = i + 1;
      break;
    }
  }
  const clean = (part: string) =>
    part
      .split(SEPARATORS)[0]
      ?.replace(/^(?:of science in|of arts in|of science|of arts|of|in|degree in|niveau \d|\d)\s+/i, '')
      .replace(/^[\s:,.–—-]+|[\s:,.–—-]+$/g, '')
      .trim();
  let candidate = clean(tokens.slice(afterLevel).join(' '));
  if (!candidate && first > 0 && DEGREE.test(level.name)) {
    const before = tokens.slice(0, first).join(' ').split(SEPARATORS).pop() ?? '';
    if (before.split(/\s+/).length === 1) candidate = clean(before);
  }
  if (
    !candidate ||
    !/\p{L}{3}/u.test(candidate) ||
    INSTITUTION.test(normalise(candidate)) ||
    levelIn({ ...line, text: candidate, norm: normalise(candidate) })
  )
    return undefined;
  return candidate;
}

function capitalIndex(norm: string, name: string): number {
  return ` ${norm} `.indexOf(` ${name} `);
}

function withoutDates(text: string): string {
  const period = findPeriod(text);
  const rest = period ? text.slice(0, period.index) + ' | ' + text.slice(period.index + period.length) : text;
  return rest.replace(/\(?\b(?:19|20)\d{2}\b\)?/g, ' | ');
}

function yearsOf(region: Line[]): { startYear?: number; endYear?: number } {
  for (const line of region) {
    const period = findPeriod(line.text);
    if (period) {
      const startYear = Number(period.start.slice(0, 4));
      return period.end ? { startYear, endYear: Number(period.end.slice(0, 4)) } : { startYear };
    }
  }
  const years = region.flatMap((line) => yearsIn(line.text));
  if (years.length >= 2) return { startYear: Math.min(years[0], years[1]), endYear: Math.max(years[0], years[1]) };
  if (years.length === 1) return { endYear: years[0] };
  return {};
}
