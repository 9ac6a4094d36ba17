import { languageCode } from '../imports/language-names';
import { normaliseText } from '../scoring/text';
import { Line } from './lines';
import { Sections } from './sections';
import { ProposedFact } from './types';

type Level = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2' | 'native';

/** Level words, most specific first ("zeer goed" before "goed", "väga hea" before "hea"); matched on normalised text. */
const LEVEL_WORDS: [RegExp, Level][] = [
  [
    /\b(?:moedertaal\w*|emakeel\w*|native|mother tongue|tweetalig|bilingual|moedertaalspreker|first language|eerste taal|esimene keel)\b/,
    'native',
  ],
  [/\b(?:near native|bijna moedertaal)\b/, 'C2'],
  [
    /\b(?:vloeiend|fluent\w*|korgtase\w*|vaga hea|zeer goed|uitstekend|excellent|full professional|proficient|advanced|vabalt|vaba)\b/,
    'C1',
  ],
  [/\b(?:upper intermediate|professional working|goed|good|hea|heal tasemel)\b/, 'B2'],
  [
    /\b(?:redelijk|intermediate|suhtlustase\w*|conversational|kesktase\w*|limited working|voldoende|keskmine|keskmisel)\b/,
    'B1',
  ],
  [
    /\b(?:basis\w*|basic|algtase\w*|elementary|beginner|beperkt|algajate|passief|passive|schoolniveau|school level|schools)\b/,
    'A2',
  ],
];
const CEFR = /\b([ABC][12])\b/i;

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
const CLAUSE = /[,;.|/]|\s(?:en|and|ja|und|sowie)\s/i;

/**
 * Languages with a level, from lines under a languages heading or an inline
 * "Talen: …" line. Each clause names one language and its level, in either
 * order: "Engels – vloeiend", "vloeiend Engels", "inglise keelt suhtlustasemel".
 */
export function readLanguages(lines: Line[], sections: Sections): ProposedFact[] {
  const facts: ProposedFact[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (!line.text) continue;
    const kinds = sections.kindsOf[line.index];
    const underHeading = kinds.includes('languages');
    if (!underHeading && !kinds.some((kind) => ELSEWHERE.includes(kind))) continue;
    if (sections.heading[line.index] && !sections.inline[line.index]) continue;
    // Outside a languages heading, only a line that opens with a language name ("Engels – vloeiend") is one.
    if (!underHeading && namesIn(line.norm)[0]?.at !== 0) continue;
    const text = sections.inline[line.index] ? line.text.replace(/^[^:]+:\s*/, '') : line.text;
    const clauses = text.split(CLAUSE);
    for (let c = 0; c < clauses.length; c++) {
      const clause = clauses[c];
      const norm = normaliseText(clause);
      const names = namesIn(norm);
      // "Engels spreek en schrijf ik goed": the verbs split off the level into a clause that names no language.
      const next = clauses[c + 1] === undefined ? '' : normaliseText(clauses[c + 1]);
      const carried =
        names.length === 1 && !levelOf(norm, clause) && next && namesIn(next).length === 0
          ? levelOf(next, clauses[c + 1])
          : undefined;
      names.forEach((name, i) => {
        if (seen.has(name.code)) return;
        // With several names in a clause, each takes the words up to the next one.
        const segment =
          names.length === 1
            ? norm
            : norm.slice(name.at + name.length, i + 1 < names.length ? names[i + 1].at : norm.length);
        const level = levelOf(segment, names.length === 1 ? clause : segment) ?? carried;
        if (!level) return;
        seen.add(name.code);
        facts.push({
          kind: 'language',
          data: { language: name.code, level },
          span: { start: line.start, end: line.end },
          confidence: !underHeading ? 0.6 : clauses.length === 1 ? 0.9 : 0.75,
        });
      });
    }
  }
  return facts;
}
