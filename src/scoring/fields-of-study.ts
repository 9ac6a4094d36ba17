import { phraseMatcher } from './text';

/**
 * Fields of study that profiles prefer, with the names Dutch, Estonian and
 * English CVs give them, so a profile asking "economics" recognises
 * "Bedrijfseconomie" and "Majandusteadus" alike.
 */
const FIELD_GROUPS: string[][] = [
  ['economics', 'economie', 'bedrijfseconomie', 'econometrie', 'majandus', 'majandusteadus'],
  ['business administration', 'bedrijfskunde', 'ärijuhtimine', 'business studies', 'commerciële economie'],
  ['management', 'juhtimine', 'bestuurskunde', 'managementwetenschappen'],
  ['law', 'rechten', 'rechtsgeleerdheid', 'õigus', 'õigusteadus', 'juridisch'],
  ['finance', 'financiën', 'financieel', 'rahandus', 'finants', 'banking'],
  ['accounting', 'accountancy', 'raamatupidamine', 'auditing', 'controlling'],
  ['marketing', 'turundus', 'communicatie en marketing'],
  ['sales', 'verkoop', 'müük', 'commercie'],
];

/** Whether a candidate's field of study is the preferred one, or its name in another of the three languages. */
export function fieldOfStudyMatcher(preferred: string): (field: string) => boolean {
  const own = phraseMatcher(preferred);
  const group = FIELD_GROUPS.find((names) => names.some((name) => phraseMatcher(name)(preferred)));
  const others = (group ?? []).map(phraseMatcher);
  return (field) => own(field) || others.some((matches) => matches(field));
}
