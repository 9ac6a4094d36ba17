import { ProfileLanguage } from './profile';

const normalised = new Map<string, string>();
/** Enough for every distinct field, industry and name a large pool holds; cleared when full. */
const NORMALISED_CAPACITY = 50_000;

/** Lower case, accents and punctuation gone, single spaces: "Bedrijfs-Economie " → "bedrijfs economie". */
export function normaliseText(text: string): string {
  let result = normalised.get(text);
  if (result === undefined) {
    if (normalised.size >= NORMALISED_CAPACITY) normalised.clear();
    result = normaliseUncached(text);
    normalised.set(text, result);
  }
  return result;
}

/** Letters that carry their mark in themselves, so that taking marks off leaves them: "Satış", "Łódź", "Søren". */
const FOLDED: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
};

function normaliseUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıłŁøØđĐßæÆœŒ]/g, (letter) => FOLDED[letter])
    .toLowerCase()
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

/**
 * A phrase as a matcher that tolerates the endings Dutch, Estonian and
 * English put on one stem: "economics" finds "Bedrijfseconomie", "logistics"
 * finds "logistiek" and "logistika". Every word of the phrase must be found;
 * words of up to three letters ("PR", "law") must stand as whole words.
 */
export function phraseMatcher(phrase: string): (text: string) => boolean {
  const words = normaliseText(phrase).split(' ').filter(Boolean);
  if (words.length === 0) return () => false;
  const tests = words.map((word) =>
    word.length <= 3 ? (text: string) => ` ${text} `.includes(` ${word} `) : wordStemTest(word),
  );
  return (text) => {
    const normalised = normaliseText(text);
    return tests.every((test) => test(normalised));
  };
}

function wordStemTest(word: string): (text: string) => boolean {
  const stem = word.slice(0, Math.max(4, Math.min(word.length - 2, 6)));
  return (text) => text.includes(stem);
}

/** A level of a staged qualification: "Level II", "niveau 2", "tase I", "Part 1". */
const STAGE = /(?<=^| )(?:level|part|niveau|tase|taseme)\s+(iii|ii|iv|i|[1-4])(?= |$)/;
const STAGE_VALUE: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function stageOf(norm: string): number | undefined {
  const match = STAGE.exec(norm);
  return match ? (STAGE_VALUE[match[1]] ?? Number(match[1])) : undefined;
}

/**
 * Whether a held name carries a named one as whole words ("Wft Basis" holds
 * "Wft"). A stage passed ("CFA Level II") is not the qualification itself
 * ("CFA"): it holds a stage asked for up to its own ("CFA Level I"), and the
 * qualification itself holds every stage.
 */
export function holdsName(held: string, wanted: string): boolean {
  const [heldNorm, wantedNorm] = [normaliseText(held), normaliseText(wanted)];
  const base = (norm: string) => norm.replace(STAGE, ' ').replace(/\s+/g, ' ').trim();
  if (!` ${base(heldNorm)} `.includes(` ${base(wantedNorm)} `)) return false;
  const [heldStage, wantedStage] = [stageOf(heldNorm), stageOf(wantedNorm)];
  if (heldStage === undefined) return true;
  return wantedStage !== undefined && heldStage >= wantedStage;
}

/** A figure with at most one decimal, cut rather than rounded so 1.96 years never reads as 2. */
export function formatFigure(value: number, language: ProfileLanguage): string {
  const tenths = Math.floor(value * 10 + 1e-9) / 10;
  const text = Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1);
  return language === 'en' ? text : text.replace('.', ',');
}

/** A sum in euros the way each language writes it: "€ 2.000.000", "2 000 000 €", "€2,000,000". */
export function formatEuros(value: number, language: ProfileLanguage): string {
  const digits = String(Math.round(value));
  const separator = language === 'nl' ? '.' : language === 'et' ? '\u00a0' : ',';
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  if (language === 'nl') return `€ ${grouped}`;
  if (language === 'et') return `${grouped} €`;
  return `€${grouped}`;
}

/** "a, b en c" / "a, b ja c" / "a, b and c"; `or` for alternatives. */
export function joinList(items: readonly string[], language: ProfileLanguage, or = false): string {
  if (items.length <= 1) return items.join('');
  const last = or ? { nl: 'of', et: 'või', en: 'or' }[language] : { nl: 'en', et: 'ja', en: 'and' }[language];
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}
