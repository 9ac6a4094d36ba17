import { classifySalesRole } from '../cv-reading/sales-role';
import { normaliseText } from '../scoring/text';

/**
 * Whether a job title alone names a sales role, by the same rules the CV
 * reader uses (Dutch, Estonian and English titles): true for a sales title,
 * false for one that clearly is another trade, undefined when the title does
 * not tell (an adviser, a manager); a recruiter decides those.
 */
export function looksLikeSalesTitle(title: string): boolean | undefined {
  return classifySalesRole(normaliseText(title), '')?.salesRole;
}
