import { Matches, ValidationOptions } from 'class-validator';
import { ONE_LINE, ONE_LINE_MESSAGE } from './text-checks';

/** A field shown on one line (a name, a title, a city): no line breaks, tabs or other control characters. */
export const SingleLine = (options: ValidationOptions = {}): PropertyDecorator =>
  Matches(ONE_LINE, {
    message: options.each ? `each value in $property ${ONE_LINE_MESSAGE}` : `$property ${ONE_LINE_MESSAGE}`,
    ...options,
  });
