import { normaliseText } from '../scoring/text';

/** Language names CVs use, in the three languages and as ISO 639-1 codes. */
const NAMES: Record<string, string[]> = {
  nl: ['dutch', 'nederlands', 'hollandi', 'hollandi keel', 'flemish', 'vlaams', 'niederlandisch', 'neerlandais'],
  et: ['estonian', 'eesti', 'eesti keel', 'ests', 'estisch', 'estnisch', 'estonien'],
  en: ['english', 'engels', 'inglise', 'inglise keel', 'englisch', 'anglais'],
  de: ['german', 'duits', 'deutsch', 'saksa', 'saksa keel', 'allemand'],
  fr: ['french', 'frans', 'francais', 'prantsuse', 'prantsuse keel', 'franzosisch'],
  ru: ['russian', 'russisch', 'vene', 'vene keel', 'russe'],
  fi: ['finnish', 'fins', 'soome', 'soome keel', 'suomi', 'finnisch', 'finnois'],
  sv: ['swedish', 'zweeds', 'rootsi', 'rootsi keel', 'svenska', 'schwedisch', 'suedois'],
  es: ['spanish', 'spaans', 'hispaania', 'hispaania keel', 'espanol', 'spanisch', 'espagnol'],
  it: ['italian', 'italiaans', 'itaalia', 'itaalia keel', 'italiano', 'italienisch', 'italien'],
  pl: ['polish', 'pools', 'poola', 'poola keel', 'polski', 'polnisch', 'polonais'],
  lv: ['latvian', 'lets', 'lati', 'lati keel'],
  lt: ['lithuanian', 'litouws', 'leedu', 'leedu keel'],
  fy: ['frisian', 'fries', 'friis', 'friisi', 'friisi keel', 'frysk'],
  li: ['limburgish', 'limburgs', 'limburgisch', 'limburgi', 'limburgi keel'],
  tr: ['turkish', 'turks', 'turgi', 'turgi keel', 'turkce'],
  ar: ['arabic', 'arabisch', 'araabia', 'araabia keel'],
  pt: ['portuguese', 'portugees', 'portugali', 'portugali keel', 'portugues'],
  zh: ['chinese', 'chinees', 'mandarin', 'hiina', 'hiina keel'],
  uk: ['ukrainian', 'oekraiens', 'ukraina', 'ukraina keel'],
  da: ['danish', 'deens', 'taani', 'taani keel', 'dansk'],
  no: ['norwegian', 'noors', 'norra', 'norra keel', 'norsk'],
  pa: ['punjabi', 'pandzjabi'],
  hi: ['hindi'],
  ga: ['irish', 'iers', 'iiri', 'iiri keel', 'gaelic'],
  cy: ['welsh', 'wels', 'kymri', 'kymri keel'],
  ja: ['japanese', 'japans', 'jaapani', 'jaapani keel'],
  // South Africa's languages as their speakers write them, with the noun class prefix.
  zu: ['zulu', 'isizulu'],
  xh: ['xhosa', 'isixhosa'],
  st: ['sesotho', 'sotho', 'southern sotho'],
  tn: ['setswana', 'tswana'],
  ts: ['xitsonga', 'tsonga'],
  // The runtime names it Filipino; its speakers as often write Tagalog.
  tl: ['tagalog', 'filipino', 'pilipino'],
  ca: ['catalan', 'catalaans', 'valencian', 'valenciaans', 'catala'],
};

/**
 * The ISO 639-1 codes of living languages people list on a CV, beyond those
 * above: their names in English, Dutch and Estonian come from the runtime's
 * own ICU data (Intl.DisplayNames), so "Urdu", "Tamil", "tamili keel" and
 * "Swahili" are read without a list of our own to keep.
 */
const MORE_CODES =
  'af am as az be bg bn bo bs ca cs el eo eu fa fo gd gl gu ha he hr ht hu hy id ig is jv ka kk km kn ko ku ky lb lo mg mi mk ml mn mr ms mt my ne ny om or ps qu rm rn ro rw sa sd si sk sl sm sn so sq sr st su sw ta te tg th ti tk tl tn ts tt ug ur uz vi wo xh yi yo zu';

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(NAMES)) {
  BY_NAME.set(code, code);
  for (const name of names) BY_NAME.set(normaliseText(name), code);
}
// German and French names too: CVs of people who worked there keep them ("Niederländisch – Muttersprache").
// Polish, Spanish, Italian and Portuguese names only come from the runtime, for every code ("angielski – C1").
const LOCALES: [string, string[]][] = [
  ...['en', 'nl', 'et', 'de', 'fr'].map((locale): [string, string[]] => [locale, MORE_CODES.split(' ')]),
  ...['pl', 'es', 'it', 'pt'].map((locale): [string, string[]] => [
    locale,
    [...Object.keys(NAMES), ...MORE_CODES.split(' ')],
  ]),
];
for (const [locale, codes] of LOCALES) {
  const display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
  for (const code of codes) {
    const name = display.of(code);
    // A name the runtime lacks, or one short enough to be a word of its own, is left out.
    if (!name || name.length < 4) continue;
    const norm = normaliseText(name);
    if (!BY_NAME.has(norm)) BY_NAME.set(norm, code);
    // Estonian says "tamili keel" as readily as "tamili".
    if (locale === 'et' && !BY_NAME.has(`${norm} keel`)) BY_NAME.set(`${norm} keel`, code);
  }
}

export function languageCode(name: string): string | undefined {
  return BY_NAME.get(normaliseText(name));
}

/** JSON Resume's free-text fluency as a CEFR level; undefined when it says nothing we can read. */
export function cefrFromFluency(fluency: string): 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2' | 'native' | undefined {
  const text = normaliseText(fluency);
  const code = /\b([abc][12])\b/.exec(text)?.[1];
  if (code) return code.toUpperCase() as 'A1';
  if (/native|moedertaal|emakeel|bilingual|tweetalig/.test(text)) return 'native';
  if (/fluent|vloeiend|full professional|proficient|vaba/.test(text)) return 'C1';
  if (/professional working|goed|good|hea/.test(text)) return 'B2';
  if (/intermediate|redelijk|limited working|kesk/.test(text)) return 'B1';
  if (/elementary|basic|basis|beginner|algtase/.test(text)) return 'A2';
  return undefined;
}
