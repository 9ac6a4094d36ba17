import { normaliseText as normalise } from '../scoring/text';
import { findPeriod, Period } from './dates';
import { employmentTypeIn } from './job-header';
import { isPlace } from './places';
import { Line } from './lines';
import { Sections } from './sections';
import { titleScore } from './titles';
import type { WorkEntry } from './work';

/*
 * The LinkedIn profile export writes each role as "Title" / "Month Year -
 * Month Year (n years m months)" / an optional place, under its company's
 * name. A company with several roles stands once, with the total time there
 * on the line below it, and its roles follow without the name: those later
 * roles are the company's, and the place under the role before them is not
 * an employer.
 */

const YEAR_WORDS = new Set(['year', 'years', 'yr', 'yrs', 'jaar', 'jaren', 'aasta', 'aastat', 'a']);
const MONTH_WORDS = new Set(['month', 'months', 'mo', 'mos', 'maand', 'maanden', 'mnd', 'kuu', 'kuud', 'k']);
/** The export's page footer, which may fall between a company and its role: "Page 2 of 3", "Lehekülg 2 / 3". */
const PAGE_FOOTER = /^(?:page|pagina|lehekulg) \d{1,3} (?:of |van )?\d{1,3}$/;
/** A tolerance on LinkedIn's rounding of its totals, in months. */
const SLACK = 2;

/** Months in a LinkedIn duration ("3 years 10 months", "1 jaar", "5 kuud"); undefined when the text is not only one. */
export function durationMonths(norm: string): number | undefined {
  const words = norm.split(' ');
  if (words.length !== 2 && words.length !== 4) return undefined;
  let months = 0;
  let lastUnit = 0;
  for (let i = 0; i < words.length; i += 2) {
    const count = /^\d{1,2}$/.test(words[i]) ? Number(words[i]) : NaN;
    const unit = YEAR_WORDS.has(words[i + 1]) ? 12 : MONTH_WORDS.has(words[i + 1]) ? 1 : 0;
    // Years before months, each once.
    if (Number.isNaN(count) || !unit || (lastUnit && unit >= lastUnit)) return undefined;
    months += count * unit;
    lastUnit = unit;
  }
  return months;
}

/** A role's dates line: a period and its length in brackets or after a dot, and nothing else. */
export function roleDates(line: Line): { period: Period; months: number } | undefined {
  if (line.text.length > 80) return undefined;
  const period = findPeriod(line.text);
  if (!period || line.text.slice(0, period.index).trim()) return undefined;
  const rest = line.text.slice(period.index + period.length).trim();
  if (!/^(?:\(.*\)|·.*)$/u.test(rest)) return undefined;
  const months = durationMonths(normalise(rest));
  return months === undefined ? undefined : { period, months };
}

function monthIndex(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

export interface LinkedInRole {
  title: Line;
  /** The company's line, above this role or above the first role of its group. */
  company?: Line;
  /** The lines above the dates that belong to this role: its own company line and total, if any, and its title. */
  header: Line[];
}

/**
 * The title and company of every role in a LinkedIn export, by the dates
 * lines' indices. A company line with a total below it opens a group; the
 * group's roles take its name until they cover the total, and only then is
 * the line above a title read as a new company.
 */
export function linkedInRoles(
  lines: Line[],
  anchors: number[],
  isHeading: (index: number) => boolean,
): Map<number, LinkedInRole> {
  const roles = new Map<number, LinkedInRole>();
  let group: { company: Line; from: number } | undefined;
  let groupTotal: number | undefined;
  let previous = -1;
  for (const at of anchors) {
    const dates = roleDates(lines[at]);
    const above = filledBefore(lines, at, previous, 4, isHeading);
    previous = at;
    if (!dates || !above.length) continue;
    // A role of a group has its kind of employment alone under its title ("Full-time"): no title, no company.
    if (above.length >= 2 && employmentTypeIn(above[above.length - 1].text) === 'alone') above.pop();
    if (above.length > 3) above.shift();
    // The export puts the title right above the dates; a hand-made copy may put the company there instead, and
    // a company line carries the kind of employment after it ("Self-employed · Freelance").
    const swapped =
      above.length >= 2 &&
      (employmentTypeIn(above[above.length - 1].text) === 'after' ||
        (titleScore(above[above.length - 1].norm) === 0 && titleScore(above[above.length - 2].norm) > 0));
    if (swapped) above.push(...above.splice(above.length - 2, 1));
    const title = above[above.length - 1];
    const start = monthIndex(dates.period.start);
    const end = start + dates.months - 1;
    let company: Line | undefined;
    let header = [title];
    const over = above[above.length - 2];
    const total = over && !roleDates(over) ? durationMonths(over.norm) : undefined;
    if (total !== undefined && above.length === 3) {
      company = above[0];
      header = above;
      group = { company, from: Number.MAX_SAFE_INTEGER };
      groupTotal = total;
    } else if (group) {
      company = group.company;
    } else if (over && !roleDates(over) && nameLike(over)) {
      company = over;
      header = [over, title];
    }
    if (group && groupTotal !== undefined) {
      // The group starts its total before the end of its latest role, which LinkedIn lists first.
      if (group.from === Number.MAX_SAFE_INTEGER) group.from = end - groupTotal + 1;
      if (start <= group.from + SLACK) group = undefined;
    }
    header.sort((a, b) => a.index - b.index);
    roles.set(at, { title, header, ...(company ? { company } : {}) });
  }
  return roles;
}

/** A company's line: a short name, not a sentence of the role before. */
function nameLike(line: Line): boolean {
  return (
    line.text.length <= 60 && line.text.split(' ').length <= 6 && !/[.!?:;]$/.test(line.text) && !isPlace(line.text)
  );
}

/** Up to `most` non-empty lines right above `at`, after `stop` and below any heading, in reading order. */
function filledBefore(
  lines: Line[],
  at: number,
  stop: number,
  most: number,
  isHeading: (index: number) => boolean,
): Line[] {
  const found: Line[] = [];
  for (let i = at - 1; i > stop && found.length < most && !isHeading(i); i--)
    if (lines[i].text && !PAGE_FOOTER.test(lines[i].norm)) found.unshift(lines[i]);
  return found;
}

/**
 * When most dates lines carry LinkedIn's "(n years m months)", each role's
 * title and company are read as that export lays them out; only for roles
 * whose title line the header above the dates already holds.
 */
export function readAsLinkedIn(lines: Line[], sections: Sections, entries: WorkEntry[]): void {
  const found = entries.map((entry) => entry.header.find((line) => periodLine(line, entry.period))?.index);
  // An entry whose dates no header line gives alone (a role's dates within its employer's) is no LinkedIn export's.
  if (found.some((at) => at === undefined)) return;
  const anchors = found as number[];
  if (anchors.filter((at) => roleDates(lines[at])).length * 2 < Math.max(2, anchors.length)) return;
  const roles = linkedInRoles(lines, anchors, (i) => sections.heading[i]);
  entries.forEach((entry, k) => {
    const role = roles.get(anchors[k]);
    if (!role || !entry.header.includes(role.title)) return;
    // A note in brackets that starts in lower case ("Lektor (tunnitasuline)") is no part of the title.
    entry.title = role.title.text.replace(/\s*\((?=\p{Ll})[^()]*\)/gu, '').trim() || role.title.text;
    // "Lone Star Community Bank · Full-time": the kind of employment after the dot is no part of the name.
    if (role.company) entry.employer = role.company.text.replace(/\s+·\s+[^·]*$/, '');
    else delete entry.employer;
    entry.header = [...role.header, lines[anchors[k]]];
    entry.first = entry.header[0];
  });
}

function periodLine(line: Line, period: Period): boolean {
  return line.text.length >= period.index + period.length && findPeriod(line.text)?.start === period.start;
}
