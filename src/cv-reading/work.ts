import { normaliseText as normalise } from '../scoring/text';
import { findPeriod, Period } from './dates';
import { levelIn } from './education';
import { labelOf } from './labels';
import { clip, Line, LONGEST_ITEM } from './lines';
import { classifySalesRole } from './sales-role';
import { SectionKind, Sections } from './sections';
import { hasLegalForm, isCompanyLike, titleScore } from './titles';
import { ProposedFact } from './types';
import { COLUMN_NAMES, headerLinesAfter, headerLinesBefore, pieces, wrappedTitleBefore } from './job-header';

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
const LONG_HEADER = 100;
const CAREER_BREAK =
  /loopbaanonderbreking|career break|sabbatical|lapsehoolduspuhkus|vanemapuhkus|ouderschapsverlof|zwangerschapsverlof|mantelzorg|werkloos|unemploy|tussenjaar|gap year|wereldreis|parental leave|maternity leave|caring for|reisimine|lapsehooldus|\b(?:opingud|studies|vabatahtlik|vrijwilligerswerk|volunteer)/;
/**
 * Reads dated jobs. A period anchors each entry; the title and employer
 * stand on the same line, on the lines before it or on the lines after it,
 * and which of these a CV does is decided from its first entry; an entry
 * whose own line names title and employer, or whose title cell wrapped above
 * it, is read in its own shape.
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
        // A full stop right after the dates ends the header: what follows is duties.
        anchor.text
          .slice(period.index + period.length)
          .replace(/^\s*[)\]]/, '')
          .replace(/^\s*\.\s.*$/, ''),
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
