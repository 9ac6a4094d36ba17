/** A colleague who may be named in a note: someone who may read the candidate. */
export interface Mentionable {
  id: string;
  name: string;
  email: string;
}

export interface Mentions {
  /** Each colleague named, once, in the order first named. */
  found: Mentionable[];
  /** What followed an @ and matched nobody, as written. */
  unmatched: string[];
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** An @ at the start or after a space or bracket, then letters, digits, dots, dashes and spaces. */
const MENTION = /(^|[\s([{"'])@([\p{L}\p{N}][\p{L}\p{N}._-]*(?: [\p{L}\p{N}][\p{L}\p{N}._-]*)*)/gu;

/**
 * The colleagues a note names: `@` followed by a colleague's name ("@Rita
 * Recruiter", letter case and accents aside) or the part of their e-mail
 * address before the @ ("@rita.r"). A name may run on into the next words,
 * so the longest name that the words after the @ start with wins; words after
 * it are just text. An @ that starts no colleague's name is left as text and
 * reported, so the writer can see who was not told.
 */
export function findMentions(text: string, colleagues: readonly Mentionable[]): Mentions {
  const keys = colleagues.flatMap((colleague) => [
    { key: fold(colleague.name.trim()), colleague },
    { key: fold(colleague.email.split('@')[0]), colleague },
  ]);
  keys.sort((a, b) => b.key.length - a.key.length);
  const found = new Map<string, Mentionable>();
  const unmatched: string[] = [];
  for (const match of text.matchAll(MENTION)) {
    const words = match[2];
    const folded = fold(words);
    const hit = keys.find(
      ({ key }) => key.length > 0 && folded.startsWith(key) && !/[\p{L}\p{N}]/u.test(folded.charAt(key.length)),
    );
    if (hit) found.set(hit.colleague.id, hit.colleague);
    else {
      const first = words.split(' ')[0].replace(/[._-]+$/, '');
      if (!unmatched.includes(first)) unmatched.push(first);
    }
  }
  return { found: [...found.values()], unmatched };
}
