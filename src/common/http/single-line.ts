import { Matches, ValidationOptions } from 'class-validator';

/**
 * Control characters (C0, DEL, C1) and the Unicode line and paragraph separators:
 * none belongs in a one-line field, and a line break in a name or subject would
 * split a mail header, a CSV row or a log line.
 */
const ONE_LINE = /^[^\p{Cc}\u2028\u2029]*$/u;

/** A field shown on one line (a name, a title, a city): no line breaks, tabs or other control characters. */
export const SingleLine = (options: ValidationOptions = {}): PropertyDecorator =>
  Matches(ONE_LINE, {
    message: options.each
      ? 'each value in $property must be one line, without line breaks, tabs or other control characters'
      : '$property must be one line, without line breaks, tabs or other control characters',
    ...options,
  });
