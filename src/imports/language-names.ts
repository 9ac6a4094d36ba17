import { normaliseText } from '../scoring/text';

/** Language names CVs use, in the three languages and as ISO 639-1 codes. */
const NAMES: Record<string, string[]> = {
  nl: ['dutch', 'nederlands', 'hollandi', 'hollandi keel', 'flemish', 'vlaams'],
  et: ['estonian', 'eesti', 'eesti keel', 'ests', 'estisch'],
  en: ['english', 'engels', 'inglise', 'inglise keel'],
  de: ['german', 'duits', 'deutsch', 'saksa', 'saksa keel'],
  fr: ['french', 'frans', 'francais', 'prantsuse', 'prantsuse keel'],
  ru: ['russian', 'russisch', 'vene', 'vene keel'],
  fi: ['finnish', 'fins', 'soome', 'soome keel', 'suomi'],
  sv: ['swedish', 'zweeds', 'rootsi', 'rootsi keel', 'svenska'],
  es: ['spanish', 'spaans', 'hispaania', 'hispaania keel', 'espanol'],
  it: ['italian', 'italiaans', 'itaalia', 'itaalia keel', 'italiano'],
  pl: ['polish', 'pools', 'poola', 'poola keel', 'polski'],
  lv: ['latvian', 'lets', 'lati', 'lati keel'],
  lt: ['lithuanian', 'litouws', 'leedu', 'leedu keel'],
  fy: ['frisian', 'fries', 'friis', 'friisi', 'friisi keel', 'frysk'],
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
};

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(NAMES)) {
  BY_NAME.set(code, code);
  for (const name of names) BY_NAME.set(normaliseText(name), code);
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
