import { CvLanguage } from './types';

/*
 * Short function words are what tells the three languages apart in a CV:
 * content words (sales, manager) are shared. Estonian also has õ, which
 * neither Dutch nor English writes.
 */
const STOPWORDS: Record<CvLanguage, string[]> = {
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'voor',
    'met',
    'bij',
    'op',
    'naar',
    'ik',
    'heb',
    'zijn',
    'als',
    'werd',
    'heden',
    'klanten',
    'niet',
    'ook',
    'door',
    'tot',
    'aan',
    'om',
    'werkzaamheden',
    'opleiding',
    'jaar',
  ],
  et: [
    'ja',
    'on',
    'ning',
    'kui',
    'oma',
    'ka',
    'mis',
    'see',
    'ei',
    'et',
    'või',
    'ole',
    'aastal',
    'praegu',
    'klientide',
    'töö',
    'kuni',
    'üle',
    'koos',
    'haridus',
    'oskused',
    'keel',
    'müük',
    'uute',
  ],
  en: [
    'the',
    'and',
    'of',
    'to',
    'with',
    'for',
    'in',
    'at',
    'a',
    'an',
    'on',
    'by',
    'my',
    'is',
    'was',
    'as',
    'from',
    'present',
    'customers',
    'clients',
    'experience',
    'skills',
    'education',
    'new',
    'managed',
  ],
};

const WEIGHT = new Map<string, Partial<Record<CvLanguage, number>>>();
for (const [language, words] of Object.entries(STOPWORDS) as [CvLanguage, string[]][]) {
  for (const word of words) {
    const entry = WEIGHT.get(word) ?? {};
    entry[language] = 1;
    WEIGHT.set(word, entry);
  }
}

const WORD = /[\p{L}]+/gu;

/** The CV's language, or null when too few words tell. */
export function detectLanguage(text: string): CvLanguage | null {
  const score: Record<CvLanguage, number> = { nl: 0, et: 0, en: 0 };
  let seen = 0;
  // A few hundred words tell the language; a long CV need not be read to the end.
  const sample = text.slice(0, 6000).toLowerCase();
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sample); match && seen < 400; match = WORD.exec(sample)) {
    seen++;
    const word = match[0];
    const weight = WEIGHT.get(word);
    if (weight) for (const language in weight) score[language as CvLanguage] += 1;
    if (word.includes('õ')) score.et += 1;
    else if (word.includes('ij') && word.length > 3) score.nl += 0.5;
  }
  const ranked = (Object.keys(score) as CvLanguage[]).sort((a, b) => score[b] - score[a]);
  const best = score[ranked[0]];
  if (best < 3 || best === score[ranked[1]]) return null;
  return ranked[0];
}
