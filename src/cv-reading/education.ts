import { parseEducationLevel } from '../scoring/education-scale';
import { normaliseText as normalise } from '../scoring/text';
import { findPeriod, yearsIn } from './dates';
import { CAPITAL_FORMS, LEVEL_FORMS } from './education-forms';
import { labelOf } from './labels';
import { clip, Line, LONGEST_ITEM } from './lines';
import { Sections } from './sections';
import { ProposedFact } from './types';

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
