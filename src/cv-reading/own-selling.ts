import { normaliseText as normalise } from '../scoring/text';
import { Line } from './lines';
import { ownsBusiness } from './sales-role';
import { ProposedFact } from './types';

/**
 * Saying one does the selling oneself, in the three languages: "do all of its selling myself", "made every sales
 * call myself", "de verkoop aan winkels doe ik zelf", "müügiga tegelen ise", "müün need ise".
 */
const SELLS_ONESELF =
  /(?<=^| )(?:(?:sold|sell|sells|selling|sales calls?)(?: [a-z]+){0,8} myself|verkoop(?: [a-z]+){0,4} doe ik zelf|(?:ik )?verkoop (?:ik )?(?:(?!wat |dat |die )[a-z]+ ){0,4}zelf|doe (?:ik )?zelf de verkoop|muugiga tegelen ise|muun (?:[a-z]+ ){0,4}ise|muugi teen ise|ise muun)(?= |$)/;

/** Whether the CV says, in its profile or under a job, that its writer does the selling themselves. */
export function sellsOneself(lines: Line[]): boolean {
  return lines.some((line) => SELLS_ONESELF.test(line.norm));
}

/**
 * An owner or founder who says they do the selling themselves is in sales, however their business's work reads;
 * one who does not say so runs a business. The saying may stand in the profile rather than under the job.
 */
export function ownersWhoSell(facts: ProposedFact[], lines: Line[]): ProposedFact[] {
  const owned = (fact: ProposedFact) => {
    const { title, nonJob, salesRole } = fact.data;
    return fact.kind === 'work' && !nonJob && !salesRole && ownsBusiness(normalise(String(title)));
  };
  if (!facts.some(owned) || !sellsOneself(lines)) return facts;
  return facts.map((fact) =>
    owned(fact) ? { ...fact, data: { ...fact.data, salesRole: true }, salesRoleConfidence: 0.6 } : fact,
  );
}
