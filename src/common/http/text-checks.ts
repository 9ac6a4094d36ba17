/**
 * What text Sift refuses, in one place for the validation pipe, the one-line
 * decorator and the readers of imported documents.
 */

/** C0 controls but tab, line feed and carriage return, and DEL: text of any kind has no use for them. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A UTF-16 surrogate without its other half: not a character, and PostgreSQL cannot store it. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Control characters (C0, DEL, C1) and the Unicode line and paragraph separators:
 * none belongs in a one-line field, and a line break in a name or subject would
 * split a mail header, a CSV row or a log line.
 */
export const ONE_LINE = /^[^\p{Cc}\u2028\u2029]*$/u;

export const ONE_LINE_MESSAGE = 'must be one line, without line breaks, tabs or other control characters';
export const WELL_FORMED_MESSAGE = 'must be well-formed Unicode (it has a lone UTF-16 surrogate)';

/** Why a one-line text from an imported document is refused, or undefined when it is fine. */
export function oneLineProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain NUL characters';
  if (LONE_SURROGATE.test(text)) return WELL_FORMED_MESSAGE;
  if (!ONE_LINE.test(text)) return ONE_LINE_MESSAGE;
  return undefined;
}
