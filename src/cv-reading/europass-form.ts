import { normaliseText } from '../scoring/text';
import { findPeriod } from './dates';
import { Line } from './lines';
import { nonJobOf } from './non-jobs';
import { Sections } from './sections';
import type { WorkEntry } from './work';

/*
 * The older Europass CV labels every value of a job in a column on the left,
 * which its PDF text runs into the value without a colon: "Dates 01/03/2016 –
 * present", "Occupation or position held Key account manager", "Name and
 * address of employer Noordvaart B.V., Rotterdam". The labels are the form's
 * own, in each language it was issued in.
 */
const DATES = /^(?:dates|data|datum|periode|kuupaevad|ajavahemik) /;
const TITLE = /^(?:occupation or position held|functie of positie|beroep of functie|amet voi ametikoht) /;
const EMPLOYER =
  /^(?:name and address of (?:the )?employer|naam en adres van de werkgever|naam en adres werkgever|tooandja nimi ja aadress) /;
/** A job's block ends at its next dates or after this many lines. */
const MOST_LINES = 12;

/** The value after a label of `labelWords` words, as written. */
function valueAfter(line: Line, labelWords: number): string {
  return line.text
    .split(/\s+/)
    .slice(labelWords)
    .join(' ')
    .replace(/^[:|\s]+/, '');
}

function labelWords(match: RegExpExecArray): number {
  return match[0].trim().split(' ').length;
}

/**
 * A title or employer label the PDF's label column wrapped over two lines
 * ("Occupation or position" / "held"), its value on the line below them or,
 * set level with the label's middle, between them; and which line is the value.
 */
function wrappedLabel(lines: Line[], at: number): { label: 'title' | 'employer'; value: number } | null {
  const [first, second, third] = [lines[at], lines[at + 1], lines[at + 2]];
  if (!second?.text || !third?.text) return null;
  for (const [label, value] of [
    [`${first.norm} ${second.norm} `, at + 2],
    [`${first.norm} ${third.norm} `, at + 1],
  ] as const) {
    for (const [pattern, name] of [
      [TITLE, 'title'],
      [EMPLOYER, 'employer'],
    ] as const) {
      const match = pattern.exec(label);
      if (match && match[0].length === label.length) return { label: name, value };
    }
  }
  return null;
}

/**
 * Jobs of the labelled Europass form, under a work heading: a "Dates" line
 * with a period opens a job, whose title and employer are the values of the
 * lines so labelled below it; the employer's name is the value up to its
 * address. Every other line of the block is a duty.
 */
export function readFormJobs(lines: Line[], sections: Sections): WorkEntry[] {
  const entries: WorkEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    // "Dates" alone on its line, as the wrapped label column sets it, with the period on the next.
    const alone = DATES.test(`${lines[i].norm} `) && lines[i].norm.split(' ').length === 1 && lines[i + 1]?.text;
    const opening = DATES.exec(lines[i].norm);
    if ((!opening && !alone) || !sections.kindsOf[i].includes('work')) continue;
    const period = findPeriod(alone ? lines[i + 1].text : valueAfter(lines[i], labelWords(opening!)));
    if (!period) continue;
    let title: string | undefined;
    let employer: string | undefined;
    const header: Line[] = [lines[i]];
    const duties: Line[] = [];
    if (alone) header.push(lines[i + 1]);
    let j = alone ? i + 2 : i + 1;
    for (; j < lines.length && j <= i + MOST_LINES && !DATES.test(lines[j].norm); j++) {
      if (sections.heading[j] && !sections.kindsOf[j].includes('work')) break;
      if (!lines[j].text) continue;
      // The PDF's label column wraps a long label over two lines, its value on the line after them.
      const wrapped = wrappedLabel(lines, j);
      if (wrapped && !(wrapped.label === 'title' ? title : employer)) {
        const value = lines[wrapped.value].text;
        if (wrapped.label === 'title') title = value;
        else employer = value.split(',')[0].trim();
        header.push(lines[j], lines[j + 1], lines[j + 2]);
        j += 2;
        continue;
      }
      const asTitle = TITLE.exec(lines[j].norm);
      const asEmployer = EMPLOYER.exec(lines[j].norm);
      if (asTitle && !title) {
        title = valueAfter(lines[j], labelWords(asTitle));
        header.push(lines[j]);
      } else if (asEmployer && !employer) {
        employer = valueAfter(lines[j], labelWords(asEmployer)).split(',')[0].trim();
        header.push(lines[j]);
      } else duties.push(lines[j]);
    }
    if (!title) continue;
    // "Erasmus exchange student", "Parental leave" in the form's own rows are no jobs either.
    const nonJob = nonJobOf(normaliseText(`${title} ${employer ?? ''}`));
    const last = [...header, ...duties].sort((a, b) => a.index - b.index).at(-1)!;
    entries.push({
      title,
      ...(employer ? { employer } : {}),
      period,
      header,
      duties,
      first: lines[i],
      last,
      underHeading: true,
      ...(nonJob ? { nonJob } : {}),
    });
    i = j - 1;
  }
  return entries;
}
