import { normaliseText as normalise } from '../scoring/text';
import { findPeriod, Period } from './dates';
import { levelIn } from './education';
import { labelOf } from './labels';
import { clip, Line, LONGEST_ITEM } from './lines';
import { classifySalesRole } from './sales-role';
import { SectionKind, Sections } from './sections';
import { hasLegalForm, isCompanyLike, titleScore } from './titles';
import { ProposedFact } from './types';

/** A dated job as read, with the lines it came from: its header (title, employer, dates) and its duties. */
export interface WorkEntry {
  title: string;
  employer?: string;
  period: Period;
  header: Line[];
  duties: Line[];
  first: Line;
  last: Line;
  /** Whether it stood under a work-experience heading. */
  underHeading: boolean;
}

const NOT_WORK: SectionKind[] = [
  'profile',
  'education',
  'courses',
  'certifications',
  'languages',
  'skills',
  'other',
  'personal',
];
/** Where a header line splits into title, employer and place; also after a legal form ("… B.V. Key Accountmanager"). */
const PIECE_SEPARATOR =
  /\s+[|–—·-]\s+|\s*\|\s*|\t+|\s{3,}|\s*,\s+|\s+(?:bij|at|@|in)\s+(?=\p{Lu})|(?<=\b(?:B\.V\.|BV|N\.V\.|NV|OÜ|Ltd\.?|GmbH|Inc\.?))\s+(?=\p{Lu})/u;
const MAX_HEADER_LINES = 3;
/** Words that lead into a title in prose-like headers ("2018 – 2021 werkzaam als Accountmanager"). */
const LEAD_IN =
  /^(?:[Ww]erkzaam als|[Ii]n dienst als|[Ii]n de functie van|[Ww]orking as|[Ww]orked as|[Ee]mployed as|[Tt]öötasin|[Aa]ls|[Aa]s)\s+(?=\p{Lu})/u;
const LONG_HEADER = 100;
/** Where a header's own words end and a sentence of duties begins: a full stop after a word or a bracket. */
const SENTENCE_END = /(?:\p{Ll}{4}|\)|\.)\.\s+(?=\p{Lu})/u;
const CAREER_BREAK =
  /loopbaanonderbreking|career break|sabbatical|lapsehoolduspuhkus|vanemapuhkus|ouderschapsverlof|zwangerschapsverlof|mantelzorg|werkloos|unemploy|tussenjaar|gap year|wereldreis|parental leave|maternity leave|caring for|reisimine|lapsehooldus|\b(?:opingud|studies|vabatahtlik|vrijwilligerswerk|volunteer)/;
/** Column names of a table's first row ("Periode | Werkgever | Functie"): not a job. */
const COLUMN_NAMES =
  /^(?:(?:periode|period|periood|ajavahemik|dates?|datum|aeg|werkgever|employer|company|bedrijf|organisatie|organisation|organization|organisatie|tooandja|ettevote|asutus|jaren|years|aastad|functie|function|role|position|title|job title|ametikoht|amet|positsioon)\s*)+$/;

/**
 * Reads dated jobs. A period anchors each entry; the title and employer
 * stand on the same line, on the lines before it or on the lines after it,
 * and which of these a CV does is decided once, from its first entry.
 */
export function readWork(lines: Line[], sections: Sections): WorkEntry[] {
  const periods: (Period | null)[] = lines.map((line, i) => {
    if (!line.text || sections.inline[i] || line.text.length > LONGEST_ITEM) return null;
    const kinds = sections.kindsOf[i];
    if (kinds.length && !kinds.includes('work') && kinds.some((kind) => NOT_WORK.includes(kind))) return null;
    // Without a work heading to go by, a dated line naming a degree is a study, not a job.
    if (!kinds.includes('work') && levelIn(line)) return null;
    return findPeriod(line.text);
  });
  const anchors = lines.filter((_, i) => periods[i] !== null);
  const entries: WorkEntry[] = [];
  let before = -1;
  for (let k = 0; k < anchors.length; k++) {
    const anchor = anchors[k];
    const period = periods[anchor.index]!;
    const previous = k > 0 ? anchors[k - 1].index : -1;
    const next = k + 1 < anchors.length ? anchors[k + 1].index : lines.length;
    const inlinePieces = pieces(
      anchor.text.slice(0, period.index).replace(/[([]\s*$/, '') +
        ' | ' +
        anchor.text.slice(period.index + period.length).replace(/^\s*[)\]]/, ''),
    );
    const underHeading = sections.kindsOf[anchor.index].includes('work');
    if (before === -1 || !sameBlock(sections, anchor.index, previous)) {
      // Outside a work heading the lines above a date may be anything: a name, an address.
      before = underHeading ? headerLinesBefore(lines, sections, anchor.index, previous).length : 0;
    }
    // A line that names title and employer beside its dates is a header by itself, whatever the CV's other entries do.
    const inlineTitled = inlinePieces.length >= 2 && inlinePieces.some((piece) => titleScore(normalise(piece)) > 0);
    let header =
      before > 0 && !inlineTitled ? headerLinesBefore(lines, sections, anchor.index, previous).slice(-before) : [];
    if (before === 0 && inlinePieces.length > 0 && !inlinePieces.some((piece) => titleScore(normalise(piece)) > 0))
      header = wrappedTitleBefore(lines, sections, anchor.index, previous);
    let after: Line[] = [];
    if (before === 0 && header.length === 0 && inlinePieces.length < 2)
      after = headerLinesAfter(lines, sections, anchor.index, next, 2 - inlinePieces.length);
    // In reading order, so that of two pieces as title-like the first is the title.
    const groups = [
      ...(header.length > 1 && /^\p{Ll}/u.test(header[header.length - 1].text)
        ? [[header.map((line) => line.text).join(' ')]]
        : header.map((line) => pieces(line.text))),
      inlinePieces,
      ...after.map((line) => pieces(line.text)),
    ];
    const named = nameEntry(groups, header.length ? pieces(header[0].text)[0] : undefined);
    if (!named || CAREER_BREAK.test(anchor.norm + ' ' + normalise(named.title))) continue;
    const dutiesFrom = (after.length ? after[after.length - 1].index : anchor.index) + 1;
    let dutiesTo = next;
    if (next < lines.length && before > 0)
      dutiesTo = Math.max(
        dutiesFrom,
        next - headerLinesBefore(lines, sections, next, anchor.index).slice(-before).length,
      );
    // A long dated line carries its duties after the header ("2022 – present — Title, Employer. Opened 11 …").
    const duties: Line[] = anchor.text.length > LONG_HEADER ? [anchor] : [];
    for (let i = dutiesFrom; i < dutiesTo; i++) {
      if (sections.heading[i] && !sections.kindsOf[i].includes('work')) break;
      if (lines[i].text) duties.push(lines[i]);
    }
    const first = header[0] ?? anchor;
    const last = duties.length ? duties[duties.length - 1] : after.length ? after[after.length - 1] : anchor;
    entries.push({ ...named, period, header: [...header, anchor, ...after], duties, first, last, underHeading });
  }
  reattachDuties(entries);
  return entries;
}

/**
 * Tables often list the jobs first and their duties after, each block under
 * a label line ("Accountmanager, Flexpunt Noord:"). Those blocks belong to
 * the job the label names, not to the last row they happen to follow.
 */
function reattachDuties(entries: WorkEntry[]): void {
  for (const holder of entries) {
    let owner: WorkEntry | null = null;
    const kept: Line[] = [];
    for (const line of holder.duties) {
      if (!line.bullet && line.text.endsWith(':')) {
        owner = labelledEntry(entries, line);
        if (owner) continue;
      }
      if (owner && owner !== holder) owner.duties.push(line);
      else kept.push(line);
    }
    holder.duties = kept;
  }
}

function labelledEntry(entries: WorkEntry[], label: Line): WorkEntry | null {
  const matching = entries.filter((entry) => label.norm.includes(normalise(entry.title)));
  if (matching.length <= 1) return matching[0] ?? null;
  return matching.find((entry) => entry.employer && label.norm.includes(normalise(entry.employer))) ?? matching[0];
}

/** A job that starts after the reference date is a slip of the pen or a job not yet begun: proposed, but doubted. */
export function workFacts(entries: WorkEntry[], referenceDate = '9999-12-31'): ProposedFact[] {
  return entries.map((entry) => {
    const duties = entry.duties.map((line) => line.norm).join(' ');
    const verdict = classifySalesRole(normalise(entry.title), duties);
    let confidence = entry.underHeading ? 0.85 : 0.55;
    // A title with no title word in it ("IJsselbeton") may well be the employer read in its place.
    if (titleScore(normalise(entry.title)) === 0) confidence -= 0.2;
    if (entry.period.precision === 'year') confidence -= 0.05;
    if (verdict) confidence = Math.min(confidence, 0.5 + verdict.confidence / 2);
    if (entry.period.start > referenceDate) confidence = 0.3;
    return {
      kind: 'work' as const,
      data: {
        title: clip(entry.title, 200),
        ...(entry.employer ? { employer: clip(entry.employer, 200) } : {}),
        start: entry.period.start,
        end: entry.period.end,
        ...(verdict ? { salesRole: verdict.salesRole } : {}),
      },
      span: { start: entry.first.start, end: entry.last.end },
      confidence: round(confidence),
      ...(verdict ? { salesRoleConfidence: round(verdict.confidence) } : {}),
    };
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function sameBlock(sections: Sections, a: number, b: number): boolean {
  return b >= 0 && sections.kindsOf[a] === sections.kindsOf[b];
}

/** A duration beside the dates ("(2 jaar)", "· 3 yrs 2 mos", "(4 a)") says nothing of title or employer. */
const DURATION =
  /[(·]?\s*\d+\s*(?:yrs?|years?|jaar|jaren|aastat?|a|mos?|months?|maanden|mnd|kuud?)\b(?:\s*\d+\s*(?:mos?|months?|maanden|mnd|kuud?)\b)?\s*\)?/giu;

function pieces(text: string): string[] {
  const end = SENTENCE_END.exec(text);
  return (end ? text.slice(0, end.index + end[0].indexOf('.', 1)) : text)
    .replace(DURATION, ' ')
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .split(PIECE_SEPARATOR)
    .map((piece) => piece?.replace(/^[\s:;,.|–—·)-]+|[\s:;,|–—·(-]+$/g, '').replace(LEAD_IN, ''))
    .filter((piece): piece is string => !!piece && /\p{L}{2}/u.test(piece) && !COLUMN_NAMES.test(normalise(piece)))
    .flatMap(titleBeforeCompany);
}

const TITLE_MODIFIERS = new Set(['senior', 'junior', 'medior', 'key', 'chief', 'hoofd', 'vanem', 'noorem', 'area']);

/**
 * A table cell run together with the next ("Accountmanager Dataflux ICT
 * B.V."): the title words before a company with a legal form are the title.
 */
function titleBeforeCompany(piece: string): string[] {
  if (!hasLegalForm(piece)) return [piece];
  const words = piece.split(/\s+/);
  let titleEnd = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const norm = normalise(words[i]);
    if (titleScore(norm) > 0) titleEnd = i + 1;
    else if (!TITLE_MODIFIERS.has(norm)) break;
  }
  const company = words.slice(titleEnd);
  // The company keeps a name beside its legal form: "Kontoritehnika OÜ" is one name, not a title and "OÜ".
  if (titleEnd === 0 || company.filter((word) => !hasLegalForm(word)).length === 0) return [piece];
  return [words.slice(0, titleEnd).join(' '), company.join(' ')];
}

/** A line that can be a title or an employer: short, not a list item, not a sentence. */
function headerLike(line: Line): boolean {
  const text = line.text;
  // A full stop ends a sentence, unless it ends a legal form ("Dataflux ICT B.V.").
  if (
    !text ||
    line.bullet ||
    text.length > 80 ||
    (/[.!?;:]$/.test(text) && !(text.endsWith('.') && hasLegalForm(text.slice(-6))))
  )
    return false;
  if (COLUMN_NAMES.test(line.norm) || labelOf(text)?.label === 'duties') return false;
  if (!/^[\p{Lu}\d"'(]/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 9) return false;
  const capitalised = words.filter((word) => /^[\p{Lu}\d&]/u.test(word)).length;
  // A duty written without its bullet ("Afstemming met de specialisten lease en private banking") is a sentence.
  if (words.length > 4 && capitalised / words.length < 0.4) return false;
  if (titleScore(line.norm) > 0 || isCompanyLike(text)) return true;
  return capitalised / words.length >= 0.5;
}

function headerLinesBefore(lines: Line[], sections: Sections, at: number, stop: number): Line[] {
  const found: Line[] = [];
  for (let i = at - 1; i > stop && found.length < MAX_HEADER_LINES; i--) {
    if (sections.heading[i]) break;
    if (!lines[i].text) {
      if (found.length) break;
      continue;
    }
    if (!headerLike(lines[i])) break;
    found.unshift(lines[i]);
  }
  return found;
}

/**
 * A table row whose dates stand beside the employer alone: its title cell
 * wrapped onto the lines above ("Servicedesk" / "medewerker"). Taken only
 * when those short lines, joined, name a job.
 */
function wrappedTitleBefore(lines: Line[], sections: Sections, at: number, stop: number): Line[] {
  const found: Line[] = [];
  for (let i = at - 1; i > stop && found.length < 2; i--) {
    const line = lines[i];
    if (!line.text || line.bullet || sections.heading[i] || line.text.length > 40 || /[.!?;:,]$/.test(line.text)) break;
    found.unshift(line);
    if (/^\p{Lu}/u.test(line.text)) break;
  }
  if (!found.length || !/^\p{Lu}/u.test(found[0].text)) return [];
  return titleScore(normalise(found.map((line) => line.text).join(' '))) > 0 ? found : [];
}

function headerLinesAfter(lines: Line[], sections: Sections, at: number, stop: number, most: number): Line[] {
  const found: Line[] = [];
  for (let i = at + 1; i < stop && found.length < most; i++) {
    if (sections.heading[i] || !lines[i].text) break;
    if (COLUMN_NAMES.test(lines[i].norm)) continue;
    if (!headerLike(lines[i])) break;
    found.push(lines[i]);
  }
  return found;
}

/**
 * The title is the piece with the most title words; the employer the first
 * company-like piece, else another piece of the title's own line, else the
 * next piece there is.
 */
function nameEntry(
  labelledGroups: string[][],
  firstHeader: string | undefined,
): { title: string; employer?: string } | null {
  let labelledTitle: string | undefined;
  let labelledEmployer: string | undefined;
  const groups = labelledGroups.map((group) =>
    group
      .map((part) => {
        const labelled = labelOf(part);
        if (!labelled) return part;
        if (labelled.label === 'title') labelledTitle ??= labelled.value;
        if (labelled.label === 'employer') labelledEmployer ??= labelled.value;
        return labelled.label === 'period' ? '' : labelled.value;
      })
      .filter((part) => part && !COLUMN_NAMES.test(normalise(part))),
  );
  const parts = groups.flat();
  if (labelledTitle) {
    const employer = labelledEmployer ?? parts.find((part) => part !== labelledTitle && isCompanyLike(part));
    return { title: labelledTitle, ...(employer ? { employer } : {}) };
  }
  if (parts.length === 0) return null;
  let best = -1;
  let bestScore = 0;
  parts.forEach((part, i) => {
    // A legal form makes a piece the employer whatever compound it holds ("Kontoritehnika OÜ"); a title is a few words.
    const company = hasLegalForm(part) ? 2 : isCompanyLike(part) ? 0.5 : 0;
    const score = titleScore(normalise(part)) - company - (part.split(/\s+/).length > 7 ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  // Without a title word, the layout tells: a line of its own above the dates is the title.
  if (best === -1 && firstHeader && !isCompanyLike(firstHeader)) best = parts.indexOf(firstHeader);
  if (best === -1) best = parts.findIndex((part) => !isCompanyLike(part));
  if (best === -1) best = 0;
  const title = parts[best];
  const rest = parts.filter((_, i) => i !== best);
  const ownLine = groups.find((group) => group.includes(title))!.filter((part) => part !== title);
  const employer = rest.find(isCompanyLike) ?? ownLine[0] ?? rest[0];
  return { title, ...(employer ? { employer } : {}) };
}
