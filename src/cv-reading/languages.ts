import { languageCode } from '../imports/language-names';
import { readLanguageGrid } from './language-grid';
import { normaliseText } from '../scoring/text';
import { Line } from './lines';
import { Sections } from './sections';
import { ProposedFact } from './types';

type Level = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2' | 'native';

/** Level words, most specific first ("zeer goed" before "goed", "väga hea" before "hea"); matched on normalised text. */
const LEVEL_WORDS: [RegExp, Level][] = [
  [
    /\b(?:moedertaal\w*|moedertalen|emakeel\w*|native|mother tongues?|tweetalig|bilingual|moedertaalspreker|first languages?|eerste taal|ojczysty|lengua materna|madrelingua|lingua materna|esimene keel|home language|thuistaal|kodukeel|muttersprache|langue maternelle)\b/,
    'native',
  ],
  [/\b(?:near native|bijna moedertaal)\b/, 'C2'],
  [
    /\b(?:vloeiend|fluent\w*|korgtase\w*|vaga hea|zeer goed|uitstekend|excellent|full professional|volledige professionele|proficient|advanced|vabalt|vaba|taielik tooalane|verhandlungssicher|fliessend|courant)\b/,
    'C1',
  ],
  [
    /\b(?:upper intermediate|professional working|professionele (?:praktische )?werkvaardigheid|goed|good|gut|hea|hasti|heal tasemel|(?<!piiratud )tooalane keeleoskus)\b/,
    'B2',
  ],
  [
    /\b(?:redelijk|(?<!pre )intermediate|suhtlustase\w*|conversational|kesktase\w*|limited working|beperkte (?:praktische )?werkvaardigheid|piiratud tooalane|voldoende|keskmine|keskmisel)\b/,
    'B1',
  ],
  [
    /\b(?:basis\w*|basic|algtase\w*|elementary|elementaire|beginner|beperkt|algajate|passief|passive|schoolniveau|school level|schools|(?:to )?get by|mij redden|pre intermediate|a bit of|a little|een beetje|een klein beetje|some \w+ from school|natuke)\b/,
    'A2',
  ],
];
const CEFR = /\b([ABC][12])\b/i;
const BRACKETED_CEFR = /\(\s?([ABC][12])\s?\)/gi;

/** The language names a normalised line holds, with where each stands. */
function namesIn(norm: string): { code: string; at: number; length: number }[] {
  const words = norm.split(' ');
  const found: { code: string; at: number; length: number }[] = [];
  let offset = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const pair = i + 1 < words.length ? `${word} ${words[i + 1]}` : '';
    // Two-letter codes are left to capital "EN", "NL": "en" is also Dutch for "and".
    const code = (pair && languageCode(pair)) || (word.length > 2 ? languageCode(word) : undefined);
    if (code && !found.some((name) => name.code === code)) found.push({ code, at: offset, length: word.length });
    offset += word.length + 1;
  }
  return found;
}

export function levelOf(norm: string, raw: string): Level | undefined {
  const cefr = CEFR.exec(raw);
  if (cefr) return cefr[1].toUpperCase() as Level;
  for (const [pattern, level] of LEVEL_WORDS) if (pattern.test(norm)) return level;
  return undefined;
}

/** Sections where a CV without a languages heading lists its languages. */
const ELSEWHERE = ['skills', 'personal', 'other'];
/** Clauses of a line: "Ik spreek vloeiend Engels en redelijk Duits; Nederlands is mijn moedertaal." */
const CLAUSE = /[,;.|/()]|\s(?:en|and|ja|und|sowie)\s/i;
/**
 * In a profile's prose only a line that speaks of speaking is read for
 * languages: "my mother tongue is Dutch and I speak German fluently" is, but
 * "excellent results in the German market" is not.
 */
const SPEAKING =
  /\b(?:speak\w*|spoken|spreek\w*|beheers\w*|mother tongue|moedertaal\w*|native|tweetalig|bilingual|emakeel\w*|keel|keelt|keeli|valda\w*|raagi\w*|languages?|talen|taal)\b/;
/** A clause that is a language's name and nothing more ("Fries", "vene keel"). */
const KEEL = /^(?:\S+ )?(?:keel|keelt)$/;

interface Clause {
  text: string;
  norm: string;
  names: { code: string; at: number; length: number }[];
  level: Level | undefined;
  /** The level's word stands before the first name ("Moedertaal: Nederlands"), so it may go on to a bare name after. */
  levelFirst: boolean;
  /** Only a language's name. */
  bare: boolean;
}

function clauseOf(text: string): Clause {
  const norm = normaliseText(text);
  const names = namesIn(norm);
  const level = levelOf(norm, text);
  const before = names.length ? norm.slice(0, names[0].at) : '';
  const bare =
    names.length === 1 && (norm === norm.slice(names[0].at, names[0].at + names[0].length) || KEEL.test(norm));
  return { text, norm, names, level, levelFirst: !!level && !!before && !!levelOf(before, before), bare };
}

/**
 * Languages with a level, from lines under a languages heading or an inline
 * "Talen: …" line, from lines that open with a language name in skills or
 * personal details, and from a profile's sentences about speaking. Each clause
 * names one language and its level, in either order: "Engels – vloeiend",
 * "vloeiend Engels", "inglise keelt suhtlustasemel". A bare name takes the
 * level of a list it stands in: "Moedertaal: Nederlands en Fries" (both
 * native), "Engels, Duits: vloeiend" (both fluent).
 */
/** Two-letter codes a languages list may use for names: "NL – moedertaal", "EN: vloeiend". */
const CODE_NAMES: Record<string, string> = {
  NL: 'Dutch',
  EN: 'English',
  DE: 'German',
  FR: 'French',
  ET: 'Estonian',
  EE: 'Estonian',
  RU: 'Russian',
  FI: 'Finnish',
  SV: 'Swedish',
  ES: 'Spanish',
  IT: 'Italian',
  PL: 'Polish',
  LV: 'Latvian',
  LT: 'Lithuanian',
  PT: 'Portuguese',
};
const CODE_FIRST = /^([A-Z]{2})(?=\s*[–—:-]|\s*\(|\s+[\p{L}\d])/u;

/** A short line that opens with a language's name and gives its level: "English (native)", "Duits goed". */
function languageLine(line: Line | undefined): boolean {
  if (!line?.text || line.text.length > 60) return false;
  const names = namesIn(line.norm);
  return names[0]?.at === 0 && levelOf(line.norm, line.text) !== undefined;
}

/** A line of two languages or more, each with its level, wherever it stands: "Nederlands (moedertaal), Duits goed". */
function languageList(text: string): boolean {
  const clauses = text
    .split(CLAUSE)
    .filter((clause) => clause.trim())
    .map(clauseOf);
  const named = clauses.filter((clause) => clause.names.length === 1 && clause.level);
  return named.length >= 2 && clauses[0].names[0]?.at === 0;
}

export function readLanguages(lines: Line[], sections: Sections, cvLanguage?: string): ProposedFact[] {
  // A Europass grid says more than its rows' first level: its languages are read first.
  const facts: ProposedFact[] = readLanguageGrid(lines);
  const seen = new Set<string>(facts.map((fact) => String(fact.data.language)));
  for (const line of lines) {
    if (!line.text) continue;
    const kinds = sections.kindsOf[line.index];
    const underHeading = kinds.includes('languages');
    const prose = !underHeading && kinds.includes('profile') && SPEAKING.test(line.norm);
    // Languages listed under no heading of theirs: a run of "Language (level)" lines, or one line of several.
    const listed =
      (languageLine(line) && (languageLine(lines[line.index - 1]) || languageLine(lines[line.index + 1]))) ||
      (line.text.length <= 200 && languageList(line.text));
    if (!underHeading && !prose && !listed && !kinds.some((kind) => ELSEWHERE.includes(kind))) continue;
    if (sections.heading[line.index] && !sections.inline[line.index]) continue;
    // Outside a languages heading and prose, only a line that opens with a language name ("Engels – vloeiend") is one.
    if (!underHeading && !prose && namesIn(line.norm)[0]?.at !== 0) continue;
    let text = sections.inline[line.index] ? line.text.replace(/^[^:]+:\s*/, '') : line.text;
    const code = underHeading ? CODE_FIRST.exec(text) : null;
    if (code && CODE_NAMES[code[1]]) text = CODE_NAMES[code[1]] + text.slice(2);
    // A CEFR code in brackets stays with its clause and wins over the level word: "suhtlustasemel (B2)" is B2.
    const clauses = text.replace(BRACKETED_CEFR, ' $1').split(CLAUSE).map(clauseOf);
    // One language and one CEFR level on the line: the level, whatever words stand beside it ("intermediate (DELF B2)").
    const codes = text.match(/\b[ABC][12]\b/g) ?? [];
    const lineLevel = namesIn(line.norm).length === 1 && codes.length === 1 ? (codes[0] as Level) : undefined;
    for (let c = 0; c < clauses.length; c++) {
      const { norm, names, level: own } = clauses[c];
      // "Engels spreek en schrijf ik goed": the verbs split off the level into a clause that names no language.
      const next = clauses[c + 1];
      const carried =
        names.length === 1 && !own && next && next.names.length === 0 ? levelAfter(clauses, c) : undefined;
      const listed = clauses[c].bare && !own ? levelOfList(clauses, c) : undefined;
      const referred = own ? undefined : levelReferredBack(clauses, c);
      // LinkedIn sets the level on the line under the name: "English" / "Native or bilingual proficiency".
      const below = clauses.length === 1 && clauses[0].bare && !own ? levelBelow(lines, line.index) : undefined;
      names.forEach((name, i) => {
        if (seen.has(name.code)) return;
        // With several names in a clause, each takes the words up to the next one.
        const segment =
          names.length === 1
            ? norm
            : norm.slice(name.at + name.length, i + 1 < names.length ? names[i + 1].at : norm.length);
        // The CV's own language first in a list and bare ("Nederlands, Engels redelijk, Duits redelijk") is the
        // writer's mother tongue: a level at the list's end is the others'.
        const ownFirst =
          c === 0 &&
          i === 0 &&
          clauses.length > 1 &&
          clauses[0].bare &&
          name.code === cvLanguage &&
          underHeading &&
          !clauses.slice(1).some((clause) => clause.names.some((other) => other.code === name.code));
        let level =
          lineLevel ??
          levelOf(segment, names.length === 1 ? clauses[c].text : segment) ??
          carried ??
          referred ??
          below ??
          (ownFirst ? 'native' : undefined) ??
          listed;
        // The CV's own language listed bare, first in its list, is the writer's mother tongue ("Nederlands").
        const own = !level && underHeading && clauses.length === 1 && clauses[0].bare && name.code === cvLanguage;
        if (own && !facts.some((fact) => fact.kind === 'language')) level = 'native';
        if (!level) return;
        seen.add(name.code);
        facts.push({
          kind: 'language',
          data: { language: name.code, level },
          span: { start: line.start, end: line.end },
          confidence: prose || !underHeading ? 0.6 : clauses.length === 1 ? 0.9 : 0.75,
        });
      });
    }
  }
  return facts;
}

/** The level the next line gives when it names no language and states nothing else. */
function levelBelow(lines: Line[], at: number): Level | undefined {
  const next = lines[at + 1];
  if (!next?.text || next.bullet || next.text.length > 60 || namesIn(next.norm).length) return undefined;
  return levelOf(next.norm, next.text);
}

/** The first level in the clauses after one that name no language ("Urdu with my family (spoken only, roughly B1)"). */
function levelAfter(clauses: Clause[], at: number): Level | undefined {
  for (let c = at + 1; c < clauses.length && clauses[c].names.length === 0; c++) {
    if (clauses[c].level) return clauses[c].level;
  }
  return undefined;
}

/** Words that give one level to the languages named before: "so both are my mother tongues", "allebei", "mõlemad". */
const BOTH = /\b(?:both|each|all three|beide|beiden|allebei|alle drie|molemad|molema|koik kolm)\b/;

/**
 * The level a later clause gives back to the names before it: "I grew up
 * speaking English and Italian at home, so both are my mother tongues".
 */
function levelReferredBack(clauses: Clause[], at: number): Level | undefined {
  for (let c = at + 1; c < clauses.length; c++) {
    const { names, level, norm } = clauses[c];
    if (names.length === 0 && level && BOTH.test(norm)) return level;
    if (level) return undefined;
  }
  return undefined;
}

/**
 * The level a bare name takes from the list it stands in: the clause before
 * it when that one's level came first ("Moedertaal: Nederlands, Fries"), or
 * from words before it that name no language ("tweetalig (Nederlands en
 * Turks)"), or else the first clause after a run of bare names whose level
 * comes after its name ("Engels, Duits: vloeiend").
 */
function levelOfList(clauses: Clause[], at: number): Level | undefined {
  for (let c = at - 1; c >= 0; c--) {
    if (clauses[c].bare && !clauses[c].level) continue;
    if (clauses[c].levelFirst && clauses[c].names.length === 1) return clauses[c].level;
    // "Ik ben tweetalig opgevoed (Nederlands en Turks)": a level in words that name no language.
    if (clauses[c].names.length === 0 && clauses[c].level) return clauses[c].level;
    break;
  }
  for (let c = at + 1; c < clauses.length; c++) {
    if (clauses[c].bare && !clauses[c].level) continue;
    const { names, level, levelFirst } = clauses[c];
    if (names.length === 1 && level && !levelFirst) return level;
    break;
  }
  return rowLevel(clauses, at);
}

/**
 * A table row that names the language, then a level per skill ("Frans | goed | redelijk | goed"): the level
 * most of its cells give, the first of them on a tie.
 */
function rowLevel(clauses: Clause[], at: number): Level | undefined {
  const cells = clauses.slice(at + 1);
  if (!cells.length || cells.some((cell) => cell.names.length > 0 || !cell.level)) return undefined;
  const counts = new Map<Level, number>();
  for (const cell of cells) counts.set(cell.level!, (counts.get(cell.level!) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
