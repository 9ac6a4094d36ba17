import { aliasCode, MASK } from './blind-identity';

/** A blind candidate as the output filter needs them. */
export interface HiddenCandidate {
  candidateId: string;
  name: string;
  email: string | null;
  phone: string | null;
}

/** Parts of names too common to say who anyone is, and too common to mask. */
const PARTICLES = new Set(['van', 'der', 'den', 'het', 'von', 'ter', 'ten', 'del', 'dos', 'das', 'bin', 'ibn']);

function escapedForHtml(text: string): string {
  // As Handlebars escapes: & < > " ' ` =
  return text.replace(
    /[&<>"'`=]/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' })[char]!,
  );
}

function forms(text: string): string[] {
  return [...new Set([text, escapedForHtml(text), JSON.stringify(text).slice(1, -1)])];
}

function pattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A function that takes what Sift is about to send to someone assessing blind
 * candidates (JSON, HTML, CSV, a calendar file) and puts each one's alias in
 * place of their name, and a mask in place of their e-mail address, phone
 * number and each part of their name, in every form the text may take there
 * (as written, escaped for HTML, escaped for JSON). Undefined when there is
 * nobody to hide.
 */
export function blindOutputFilter(
  hidden: HiddenCandidate[],
  alias: (code: string) => string,
): ((body: string) => string) | undefined {
  const replacements = new Map<string, string>();
  const add = (text: string | null, replacement: string) => {
    if (!text || text.trim().length < 3) return;
    for (const form of forms(text.trim()))
      if (!replacements.has(form.toLowerCase())) replacements.set(form.toLowerCase(), replacement);
  };
  for (const candidate of hidden) {
    add(candidate.name, alias(aliasCode(candidate.candidateId)));
    add(candidate.email, MASK);
    add(candidate.phone, MASK);
  }
  for (const candidate of hidden) {
    for (const part of candidate.name.split(/[\s,.]+/)) {
      if (part.length >= 3 && !PARTICLES.has(part.toLowerCase())) add(part, MASK);
    }
  }
  if (!replacements.size) return undefined;
  const terms = [...replacements.keys()].sort((a, b) => b.length - a.length).map(pattern);
  const matcher = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (body) => body.replace(matcher, (found) => replacements.get(found.toLowerCase()) ?? MASK);
}
