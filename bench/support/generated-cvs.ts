/**
 * Two-page CVs for the CV intake benchmark, varied per index from a fixed
 * seed: language, name, employers, dates, titles, and enough duties to fill
 * a second page. Built as corpus sources, so the corpus renderers make the
 * files and the expected facts come with them.
 */
import { composeBlocks, expectedOf } from '../../test/support/cv-corpus/compose';
import { renderDocx } from '../../test/support/cv-corpus/render-docx';
import { renderPdf } from '../../test/support/cv-corpus/render-pdf';
import { CorpusLanguage, CvSource, ExpectedCv, SourceJob } from '../../test/support/cv-corpus/types';
import { seededRandom } from './generated-facts';

const ONES = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve'];
const TEENS = ['Thirteen', 'Fourteen', 'Fifteen', 'Sixteen', 'Seventeen', 'Eighteen', 'Nineteen'];
const TENS = ['', '', 'Twenty', 'Thirty', 'Forty', 'Fifty', 'Sixty', 'Seventy', 'Eighty', 'Ninety'];

/** 1 to 9999 in English words: names carry no digits. */
export function numberWords(n: number): string {
  const below100 = (x: number) =>
    x <= 12 ? ONES[x] : x < 20 ? TEENS[x - 13] : [TENS[Math.floor(x / 10)], ONES[x % 10]].filter(Boolean).join(' ');
  const parts: string[] = [];
  if (n >= 1000) parts.push(`${below100(Math.floor(n / 1000))} Thousand`);
  if (n % 1000 >= 100) parts.push(`${ONES[Math.floor((n % 1000) / 100)]} Hundred`);
  if (n % 100) parts.push(below100(n % 100));
  return parts.join(' ');
}

const MONTHS: Record<CorpusLanguage, string[]> = {
  nl: ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  et: ['jaan', 'veebr', 'märts', 'apr', 'mai', 'juuni', 'juuli', 'aug', 'sept', 'okt', 'nov', 'dets'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
const ONGOING: Record<CorpusLanguage, string> = { nl: 'heden', et: 'praegu', en: 'Present' };

const TITLES: Record<CorpusLanguage, [string, boolean][]> = {
  nl: [
    ['Accountmanager', true],
    ['Key Accountmanager', true],
    ['Relatiebeheerder', true],
    ['Vertegenwoordiger', true],
    ['Boekhouder', false],
    ['Logistiek medewerker', false],
  ],
  et: [
    ['Müügijuht', true],
    ['Kliendihaldur', true],
    ['Müügiesindaja', true],
    ['Võtmekliendihaldur', true],
    ['Raamatupidaja', false],
    ['Laotöötaja', false],
  ],
  en: [
    ['Account Manager', true],
    ['Key Account Manager', true],
    ['Sales Representative', true],
    ['Relationship Manager', true],
    ['Accounts Assistant', false],
    ['Warehouse Operative', false],
  ],
};

const DUTIES: Record<CorpusLanguage, string[]> = {
  nl: [
    'Uitbouwen van bestaande klantrelaties en werven van nieuwe klanten in de regio',
    'Opstellen van offertes, jaarafspraken en prijsvoorstellen in overleg met de binnendienst',
    'Voorbereiden en voeren van kwartaalgesprekken met inkopers en directies',
    'Bijhouden van de pijplijn en klantgegevens in het CRM-systeem',
    'Organiseren van klantdagen, beurzen en productdemonstraties',
  ],
  et: [
    'Olemasolevate kliendisuhete arendamine ja uute klientide leidmine piirkonnas',
    'Hinnapakkumiste ja aastalepingute koostamine koostöös müügitoega',
    'Kvartaalsete kohtumiste ettevalmistamine ja läbiviimine ostujuhtidega',
    'Müügitoru ja kliendiandmete haldamine CRM-süsteemis',
    'Kliendipäevade, messide ja tootetutvustuste korraldamine',
  ],
  en: [
    'Growing existing customer relationships and winning new customers in the region',
    'Preparing quotes, annual agreements and price proposals with the inside sales team',
    'Preparing and running quarterly reviews with buyers and directors',
    'Keeping the pipeline and customer records up to date in the CRM',
    'Organising customer days, trade fairs and product demonstrations',
  ],
};

/** Duties of the non-sales jobs: a bookkeeper's CV does not talk about winning customers. */
const OTHER_DUTIES: Record<CorpusLanguage, string[]> = {
  nl: [
    'Verwerken van inkoop- en verkoopfacturen en bankmutaties',
    'Voorbereiden van de btw-aangifte en de maandafsluiting',
    'Beheren van de voorraad en tellen bij de jaarlijkse inventarisatie',
    'Plannen van inkomende en uitgaande zendingen',
    'Bijhouden van procedures en werkinstructies',
  ],
  et: [
    'Ostu- ja müügiarvete ning pangakannete töötlemine',
    'Käibedeklaratsiooni ja kuu lõpetamise ettevalmistamine',
    'Laovarude haldamine ja iga-aastane inventuur',
    'Sissetulevate ja väljaminevate saadetiste planeerimine',
    'Protseduuride ja tööjuhendite ajakohastamine',
  ],
  en: [
    'Processing purchase and sales invoices and bank entries',
    'Preparing the VAT return and the month-end close',
    'Managing stock and counting at the yearly stocktake',
    'Planning inbound and outbound shipments',
    'Keeping procedures and work instructions up to date',
  ],
};

const EMPLOYERS = ['Verdant', 'Noordlicht', 'Kivi', 'Harbour', 'Meridian', 'Polder', 'Läänemere', 'Ridgeway'];
const SUFFIX: Record<CorpusLanguage, string[]> = {
  nl: ['B.V.', 'Groep', 'Handel B.V.'],
  et: ['OÜ', 'AS', 'Grupp AS'],
  en: ['Ltd', 'Group', 'Trading Ltd'],
};

const EDUCATION: Record<CorpusLanguage, { level: string; written: (y: number) => string }> = {
  nl: { level: 'hbo', written: (y) => `HBO Commerciële Economie, Hogeschool Utrecht, ${y - 4} – ${y}` },
  et: { level: 'bakalaureus', written: (y) => `Bakalaureus, majandusteadus, Tartu Ülikool, ${y - 3}–${y}` },
  en: {
    level: 'bachelor',
    written: (y) => `Bachelor of Business Administration, University of Leeds, ${y - 3} – ${y}`,
  },
};

const LANGUAGE_LINES: Record<CorpusLanguage, CvSource['languages']> = {
  nl: [
    { value: { language: 'nl', level: 'native' }, written: 'Nederlands – moedertaal' },
    { value: { language: 'en', level: 'C1' }, written: 'Engels – C1' },
  ],
  et: [
    { value: { language: 'et', level: 'native' }, written: 'Eesti keel – emakeel' },
    { value: { language: 'en', level: 'B2' }, written: 'Inglise keel – B2' },
  ],
  en: [
    { value: { language: 'en', level: 'native' }, written: 'English – native' },
    { value: { language: 'de', level: 'B1' }, written: 'German – B1' },
  ],
};

export interface GeneratedCv {
  format: 'pdf' | 'docx';
  bytes: Buffer;
  fileName: string;
  expected: ExpectedCv;
}

/** CV number `index` (from 1): PDF for odd, DOCX for even, languages in turn. */
export function generateSource(index: number): CvSource {
  const random = seededRandom(index * 7919);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const language = (['nl', 'et', 'en'] as const)[index % 3];
  const format = index % 2 === 1 ? 'pdf' : 'docx';
  const words = numberWords(index);
  const name = `${language === 'en' ? 'Candidate' : 'Kandidaat'} ${words}`;
  const layout = index % 4 === 1 ? 'two-column' : 'one-column';
  // As many jobs as make two pages in each layout: the sidebar narrows the main column.
  const jobCount = layout === 'two-column' ? 6 : 8;
  const jobs: SourceJob[] = [];
  // Backwards from an ongoing job: each 1–4 years, starting in a random month.
  let endYear = 2026;
  let endMonth = 1 + Math.floor(random() * 10);
  for (let j = 0; j < jobCount; j++) {
    const years = 1 + Math.floor(random() * 3);
    const startMonth = 1 + Math.floor(random() * 12);
    const startYear = endYear - years;
    const [title, salesRole] = j < 3 ? pick(TITLES[language].slice(0, 4)) : pick(TITLES[language]);
    const month = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
    const written = (y: number, m: number) => `${MONTHS[language][m - 1]} ${y}`;
    const ongoing = j === 0;
    jobs.push({
      title,
      employer: `${pick(EMPLOYERS)} ${pick(SUFFIX[language])}`,
      start: month(startYear, startMonth),
      end: ongoing ? null : month(endYear, endMonth),
      salesRole,
      period: `${written(startYear, startMonth)} – ${ongoing ? ONGOING[language] : written(endYear, endMonth)}`,
      bullets: Array.from({ length: 5 }, (_, k) => (salesRole ? DUTIES : OTHER_DUTIES)[language][(j + k) % 5]),
    });
    [endYear, endMonth] = startMonth === 1 ? [startYear - 1, 12] : [startYear, startMonth - 1];
  }
  const graduated = endYear;
  return {
    id: `bench-${index}`,
    format,
    language,
    layout,
    name,
    // Short enough for the sidebar: a longer address wraps there, as it would in a real one.
    email: `cv.${index}@example.com`,
    phone: `+31 6 ${String(10_000_000 + index * 7).slice(0, 8)}`,
    profile: [DUTIES[language].join('. ') + '.', DUTIES[language].slice().reverse().join('. ') + '.'],
    jobStyle: 'stacked',
    jobs,
    education: [{ level: EDUCATION[language].level, written: EDUCATION[language].written(graduated) }],
    courses: [],
    certifications: [],
    languages: LANGUAGE_LINES[language],
    skills: [],
    clientBase: null,
    competencies: [],
  };
}

export async function generateCv(index: number): Promise<GeneratedCv> {
  const source = generateSource(index);
  const blocks = composeBlocks(source);
  const twoColumns = source.layout === 'two-column';
  const bytes =
    source.format === 'pdf'
      ? await renderPdf(blocks, { twoColumns })
      : await renderDocx(blocks, { columns: twoColumns ? 'table' : 'none' });
  return {
    format: source.format as 'pdf' | 'docx',
    bytes,
    fileName: `${source.id}.${source.format}`,
    expected: expectedOf(source),
  };
}
