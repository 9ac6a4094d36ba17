import { normaliseText as normalise } from '../scoring/text';
import { Period } from './dates';
import { levelIn } from './education';
import { clip, Line, LONGEST_ITEM } from './lines';
import { classifySalesRole } from './sales-role';
import { SectionKind, Sections } from './sections';
import { hasLegalForm, titleScore } from './titles';
import { ProposedFact } from './types';
import { markSidePositions, NonJob, nonJobOf, sideActivity, underSideWork } from './non-jobs';
import { heldNowUnlisted, ProseJob, readProseJobs } from './work-prose';
import { readAsLinkedIn } from './linkedin';
import { isPlace } from './places';
import { readFormJobs } from './europass-form';
import {
  bulletHeaderBefore,
  cellsNamedByHeader,
  headerLinesAfter,
  headerLinesBefore,
  labelBefore,
  nameEntry,
  pieces,
  formJobAt,
  wrappedTitleBefore,
} from './job-header';
import { noJobLine, oneSpan, paragraphPeriod, roleWithin, sinceInDuty, textAfterDates, wrappedHead } from './job-dates';

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
  /** A career break, volunteering or a side position: shown in the history, never a sales job. */
  nonJob?: NonJob;
  /** The sentence a job told in prose came from: what it says of the work, as duties do. */
  told?: string;
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
/** A note in brackets with a year: an employer's years before the role's ("B.V. (2004 – heden): …"), a leave within. */
const YEARS_IN_BRACKETS = /\s*\([^()]*(?:19|20)\d\d[^()]*\)\s*:?\s*/g;
const SCHOOL = /universit|college|hogeschool|ulikool|kolledz|academ|akadeemia|instituu?t|business school/;
/**
 * Reads dated jobs. A period anchors each entry; the title and employer
 * stand on the same line, on the lines before it or on the lines after it,
 * and which of these a CV does is decided from its first entry; an entry
 * whose own line names title and employer, or whose title cell wrapped above
 * it, is read in its own shape.
 */
export function readWork(lines: Line[], sections: Sections): WorkEntry[] {
  const told = readProseJobs(lines, sections);
  const toldLines = new Set<number>();
  for (const job of told) for (let i = job.paragraph.first.index; i <= job.paragraph.last.index; i++) toldLines.add(i);
  const form = readFormJobs(lines, sections);
  for (const entry of form) for (let i = entry.first.index; i <= entry.last.index; i++) toldLines.add(i);
  const sideOf = new Map<number, NonJob>();
  const periods: (Period | null)[] = lines.map((line, i) => {
    if (!line.text || sections.inline[i] || toldLines.has(i) || noJobLine(line.text)) return null;
    const kinds = sections.kindsOf[i];
    // A form's labelled job ("Aeg | 09.2018 – praegu", "Ametikoht | …") is a job wherever a PDF's sidebar left it.
    const outside = kinds.length && !kinds.includes('work') && kinds.some((kind) => NOT_WORK.includes(kind));
    if (outside && !formJobAt(lines, i)) {
      // Under "Nevenactiviteiten" or "Volunteering", a dated seat or volunteer post is shown, marked.
      // A paid selling job there ("Business developer (freelance, één dag per week)") is a job.
      const side = kinds.includes('other') ? sideActivity(lines, sections, i) : undefined;
      if (side) sideOf.set(i, side);
      else if (!underSideWork(lines, sections, i) || !classifySalesRole(line.norm, '')?.salesRole) return null;
    }
    // Without a work heading to go by, a dated line naming a degree is a study, not a job; under one, when it names
    // a school too ("2015 – 2017 | MBA (evening program) | University of Houston", a timeline of both).
    if (levelIn(line) && (!kinds.includes('work') || SCHOOL.test(line.norm))) return null;
    const period =
      line.text.length > LONGEST_ITEM
        ? paragraphPeriod(line.text)
        : (roleWithin(line.text) ?? (kinds.includes('work') ? oneSpan(line.text) : null));
    return period && sinceInDuty(line, period) ? null : period;
  });
  const anchors = lines.filter((_, i) => periods[i] !== null);
  const entries: WorkEntry[] = [];
  let before = -1;
  for (let k = 0; k < anchors.length; k++) {
    const anchor = anchors[k];
    const period = periods[anchor.index]!;
    const previous = k > 0 ? anchors[k - 1].index : -1;
    const next = k + 1 < anchors.length ? anchors[k + 1].index : lines.length;
    // A paragraph a PDF wrapped keeps its header on the line before the one its closing dates stand on.
    const wrapped = wrappedHead(lines, sections, anchor, period, periods);
    const text = wrapped ? `${wrapped.text} ${anchor.text}` : anchor.text;
    const at = wrapped ? period.index + wrapped.text.length + 1 : period.index;
    // A dated paragraph keeps its header near its dates: what lies further off is duties, and is not split here.
    const headerText = text.slice(0, at + period.length + LONGEST_ITEM);
    const inlinePieces = pieces(
      // Dates at the end of a paragraph leave its header at its start ("Title, Employer. Duties … (04.2018 – praegu)").
      // A period's label before it ("From – To | 01/03/2018 – present") names nothing of the job.
      // Europass sets the place before the dates ("Antwerpen, België – 01/02/2021 – HUIDIG"): no title, no employer.
      // "Periode | van 07/2012 tot 03/2014": the word that opens the period belongs to it.
      placeAfter(
        labelBefore(
          text
            .slice(0, Math.min(at, LONGEST_ITEM))
            .replace(YEARS_IN_BRACKETS, ' | ')
            .replace(/(?<=^|[\s|:])(?:van|vanaf|from|since|sinds|sedert|per|alates|seit|depuis)\s*$/iu, '')
            // "talvehooajad 2020–2026", "zomers 2016 – 2018": seasons name the period, not the job.
            .replace(
              /(?<=^|[\s|:•])(?:\p{L}*hooaj\p{L}*|seasons?|seizoenen|zomers|summers|winters|suved|talved)\s*$/iu,
              '',
            ),
        )
          // An unclosed bracket the dates stand in, with its note: "Town Council (co-opted 2023 – present)".
          .replace(/\s*[([][^)\]]*$/, ''),
      ) +
        ' | ' +
        placeAfter(
          // A full stop right after the dates ends the header: what follows is duties.
          textAfterDates(headerText.slice(at + period.length), text.slice(0, Math.min(at, LONGEST_ITEM))),
        ),
    );
    // A table whose header row names its columns says which cell is the title and which the employer.
    const columns = cellsNamedByHeader(lines, sections, anchor.index);
    if (columns?.length) inlinePieces.splice(0, inlinePieces.length, ...columns);
    const underHeading = sections.kindsOf[anchor.index].includes('work');
    if (before === -1 || !sameBlock(sections, anchor.index, previous)) {
      // Outside a work heading the lines above a date may be anything: a name, an address.
      before = underHeading ? headerLinesBefore(lines, sections, anchor.index, previous).length : 0;
    }
    // A line that names title and employer beside its dates is a header by itself, whatever the CV's other entries do.
    // … unless the CV sets its titles on the line above and that line names a title as surely
    // ("Müügispetsialist" above "Medtehnika Baltic OÜ, Tartu | Q3 2021 – praegu").
    const above = before > 0 ? headerLinesBefore(lines, sections, anchor.index, previous).slice(-before) : [];
    const inlineScore = Math.max(
      0,
      ...inlinePieces.filter((piece) => !hasLegalForm(piece)).map((piece) => titleScore(normalise(piece))),
    );
    const aboveScore = Math.max(0, ...above.map((line) => titleScore(line.norm)));
    const inlineTitled = inlinePieces.length >= 2 && inlineScore > 0 && !(aboveScore > 0 && aboveScore >= inlineScore);
    let header = before > 0 && !inlineTitled && !wrapped ? above : [];
    // The CV's first entry set its title above "Employer, Place | dates"; one with its dates on a line of their own
    // sets the title a line higher ("Ingénieur technico-commercial" / "Hydraulique du Nord SAS – Lille" / dates).
    if (header.length && !inlinePieces.length && aboveScore === 0) {
      const wider = headerLinesBefore(lines, sections, anchor.index, previous).slice(-(before + 1));
      if (wider.length === before + 1 && titleScore(wider[0].norm) > 0 && !hasLegalForm(wider[0].text)) header = wider;
    }
    // A title cell that wrapped above its row ("Verkoper agrarische" / "winkel" / "Coöperatie … | 1991 – 1994").
    // … not a line the job before took for its header.
    const taken = entries.length ? entries[entries.length - 1].header.at(-1)!.index : -1;
    if (!header.length && inlinePieces.length && !inlinePieces.some((piece) => titleScore(normalise(piece)) > 0))
      header = wrappedTitleBefore(lines, sections, anchor.index, Math.max(previous, taken));
    let after: Line[] = [];
    if (before === 0 && header.length === 0 && inlinePieces.length < 2 && !sideOf.has(anchor.index))
      after = headerLinesAfter(lines, sections, anchor.index, next, 2 - inlinePieces.length);
    // Dates alone under a list item that names the job ("• Account Manager — Northwind Ltd").
    if (header.length === 0 && after.length === 0 && inlinePieces.length === 0)
      header = bulletHeaderBefore(lines, sections, anchor.index, previous);
    // Dates above the title and the others' below: the header is above (under no heading, if that line names a title).
    if (header.length === 0 && after.length === 0 && inlinePieces.length === 0) {
      const above = headerLinesBefore(lines, sections, anchor.index, Math.max(previous, taken));
      if (underHeading || (above.length && titleScore(above[above.length - 1].norm) > 0)) header = above;
    }
    // In reading order, so that of two pieces as title-like the first is the title.
    const groups = [
      ...(header.length > 1 && /^\p{Ll}/u.test(header[header.length - 1].text)
        ? [[header.map((line) => line.text).join(' ')]]
        : header.map((line) => pieces(line.text))),
      inlinePieces,
      ...after.map((line) => pieces(line.text)),
    ];
    const named = nameEntry(groups, header.length ? pieces(header[0].text)[0] : undefined);
    if (!named) continue;
    // A side activity's second piece is as often a note ("unpaid", what was done) as an organisation.
    if (sideOf.has(anchor.index) && named.employer && !/^\p{Lu}/u.test(named.employer)) delete named.employer;
    // The header decides, not the duties a long line carries after it ("… Nijmegen. Drie maanden ouderschapsverlof …").
    // … nor a leave within the job's period, in brackets after it ("03.2016 – praegu (2018 – 2020 lapsehoolduspuhkusel)").
    const headOnly = normalise(
      headerText.slice(0, at + period.length) +
        headerText
          .slice(at + period.length)
          .replace(/\.\s.*$/, '')
          .replace(YEARS_IN_BRACKETS, ' '),
    );
    const nonJob = sideOf.get(anchor.index) ?? nonJobOf(headOnly + ' ' + normalise(named.title));
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
    const first = wrapped ?? header[0] ?? anchor;
    const last = duties.length ? duties[duties.length - 1] : after.length ? after[after.length - 1] : anchor;
    entries.push({
      ...named,
      period,
      header: [...(wrapped ? [wrapped] : []), ...header, anchor, ...after],
      duties,
      first,
      last,
      underHeading,
      ...(nonJob ? { nonJob } : {}),
    });
  }
  readAsLinkedIn(lines, sections, entries);
  markSidePositions(entries);
  reattachDuties(entries);
  dropOthersHeaders(entries);
  // A title said again outside any heading (a tagline under the name, "Erapangandur · finantsvaldkonnas alates 1991")
  // is the listed job's, not one of its own.
  const listed = new Set(entries.filter((entry) => entry.underHeading).map((entry) => normalise(entry.title)));
  const firstHeading = sections.heading.indexOf(true);
  const tagline = (e: WorkEntry) => !e.underHeading && e.first.index < firstHeading && listed.has(normalise(e.title));
  entries.splice(0, entries.length, ...entries.filter((entry) => !tagline(entry)));
  if (told.length || form.length) {
    const history = [...entries, ...form, ...told.filter((job) => !job.inProfile).map((job) => proseEntry(lines, job))];
    const kept = told.filter((job) => !job.inProfile || heldNowUnlisted(job, history));
    entries.push(...kept.map((job) => proseEntry(lines, job)), ...form);
    entries.sort((a, b) => a.first.index - b.first.index);
  }
  return entries;
}

/** Europass sets the place beside the dates ("01/03/2016 – Current Rotterdam, Netherlands"): it names no job. */
function placeAfter(text: string): string {
  return isPlace(text.trim().replace(/^[–—|:-]\s*|\s*[–—|:-]$/g, '')) ? '' : text;
}

/** What a sentence says first happened before the job ("After a year of parental leave I came back …"). */
const LEAD_BEFORE = /^(?:after|following|na|pärast|peale)\s.*?(?=\s(?:I|ik|ma|mina)\s)/iu;

function proseEntry(lines: Line[], job: ProseJob): WorkEntry {
  const { first, last } = job.paragraph;
  // What the sentence goes on to say after its job ("… müüjana Kodukaubad OÜ-s ja õppisin seal …") is not the job.
  const after = job.sentence.slice(job.period.index + job.period.length);
  const clauseEnd = /[;,]\s|\s(?:ja|and|en|und)\s/.exec(after);
  const told = job.sentence.slice(
    0,
    job.period.index + job.period.length + (clauseEnd ? clauseEnd.index : after.length),
  );
  const nonJob = nonJobOf(normalise(told.replace(LEAD_BEFORE, '')));
  return {
    title: job.title,
    ...(job.employer ? { employer: job.employer } : {}),
    period: job.period,
    header: lines.slice(first.index, last.index + 1),
    duties: [],
    first,
    last,
    underHeading: true,
    told: job.context,
    ...(nonJob ? { nonJob } : {}),
  };
}

/** A job's duties run to the next dates, which may pass the next job's header above them: that line is not a duty. */
function dropOthersHeaders(entries: WorkEntry[]): void {
  const owner = new Map<number, WorkEntry>();
  for (const entry of entries) for (const line of entry.header) owner.set(line.index, entry);
  for (const entry of entries) {
    const kept = entry.duties.filter((line) => (owner.get(line.index) ?? entry) === entry);
    if (kept.length === entry.duties.length) continue;
    entry.duties = kept;
    entry.last = kept.length ? kept[kept.length - 1] : entry.header[entry.header.length - 1];
  }
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
    const duties = [...entry.duties.map((line) => line.norm), ...(entry.told ? [normalise(entry.told)] : [])].join(' ');
    // A break, volunteering or a side seat adds no years in sales, whatever its words.
    const verdict = entry.nonJob
      ? { salesRole: false, confidence: 0.9 }
      : classifySalesRole(normalise(entry.title), duties);
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
        ...(entry.nonJob ? { nonJob: entry.nonJob } : {}),
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
