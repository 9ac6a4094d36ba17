import { normaliseText as normalise } from '../scoring/text';
import { Period } from './dates';
import { titleScore } from './titles';
import type { WorkEntry } from './work';

/*
 * An employer set above the roles held there, with its own years in brackets
 * ("Põhjaranna Joogid AS, Tallinn (2006 – praegu)", then "Võtmekliendijuht,
 * 03.2015 – praegu", "Müügiesindaja, 05.2006 – 12.2009"): the line is a
 * heading of the roles below it, not a job of its own, and its name is their
 * employer's.
 */

/** Years in brackets closing a header line: the employer's own. */
const YEARS_CLOSING = /\([^()]*(?:19|20)\d\d[^()]*\)\s*:?\s*$/;

function within(inner: Period, outer: Period): boolean {
  if (inner.start < outer.start) return false;
  if (outer.end === null) return true;
  return inner.end !== null && inner.end <= outer.end;
}

export function foldEmployerHeadings(entries: WorkEntry[]): WorkEntry[] {
  const kept: WorkEntry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    // The roles below are only looked for under a line that can head them: thousands of dated lines stay linear.
    const roles: WorkEntry[] = [];
    if (YEARS_CLOSING.test(entry.first.text) && titleScore(normalise(entry.title)) === 0)
      for (let j = i + 1; j < entries.length && within(entries[j].period, entry.period); j++) roles.push(entries[j]);
    const heading = roles.length > 0 && roles.every((role) => role.first.index > entry.first.index);
    if (!heading) {
      kept.push(entry);
      continue;
    }
    const employer = entry.employer ?? entry.title;
    for (const role of roles) if (!role.employer) role.employer = employer;
  }
  return kept;
}

/**
 * A dated line among the contact details or particulars is no job: an e-mail address, the candidate's name or
 * a "Born 1987" the reader took for a title when a date stood near them.
 */
const PARTICULAR =
  /^(?:born|geboren|sundinud|nationality|nationaliteit|nationalite|kodakondsus|date of birth|geboortedatum|synniaeg|candidate|kandidaat)\b/;

export function withoutContactLines(entries: WorkEntry[]): WorkEntry[] {
  return entries.filter((entry) => !entry.title.includes('@') && !PARTICULAR.test(normalise(entry.title)));
}
