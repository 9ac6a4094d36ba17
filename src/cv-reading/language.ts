import { CvLanguage } from './types';

/*
 * Short function words are what tells the three languages apart in a CV:
 * content words (sales, manager) are shared. Estonian also has õ, which
 * neither Dutch nor English writes.
 */
const STOPWORDS: Record<CvLanguage, string[]> = {
  nl: 'de het een en van voor met bij op naar ik heb zijn als werd heden klanten niet ook door tot aan om werkzaamheden opleiding jaar'.split(
    ' ',
  ),
  et: 'ja on ning kui oma ka mis see ei et või ole aastal praegu klientide töö kuni üle koos haridus oskused keel müük uute'.split(
    ' ',
  ),
  en: 'the and of to with for in at a an on by my is was as from present customers clients experience skills education new managed'.split(
    ' ',
  ),
};

const ORDER: CvLanguage[] = ['nl', 'et', 'en'];
/** For each stopword, the indices (in ORDER) of the languages it belongs to. */
const WEIGHT = new Map<string, number[]>();
ORDER.forEach((language, index) => {
  for (const word of STOPWORDS[language]) WEIGHT.set(word, [...(WEIGHT.get(word) ?? []), index]);
});

const WORD = /[\p{L}]+/gu;

/** The CV's language, or null when too few words tell. */
export function detectLanguage(text: string): CvLanguage | null {
  const score = [0, 0, 0];
  let seen = 0;
  // A few hundred words tell the language; a long CV need not be read to the end.
  const sample = text.slice(0, 6000).toLowerCase();
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sample); match && seen < 400; match = WORD.exec(sample)) {
    seen++;
    const word = match[0];
    const weight = WEIGHT.get(word);
    if (weight) for (const index of weight) score[index] += 1;
    if (word.includes('õ')) score[1] += 1;
    else if (word.length > 3 && word.includes('ij')) score[0] += 0.5;
  }
  const ranked = [0, 1, 2].sort((a, b) => score[b] - score[a]);
  const best = score[ranked[0]];
  if (best < 3 || best === score[ranked[1]]) return null;
  return ORDER[ranked[0]];
}
