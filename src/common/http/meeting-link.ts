import { ValidateBy, ValidationArguments } from 'class-validator';

/**
 * Whether plain http: links are allowed, set once at start-up from ALLOW_HTTP_MEETING_URLS.
 * Validation decorators are declared before any setting is read, so the choice lives here.
 */
let httpAllowed = false;

export function allowHttpMeetingLinks(allowed: boolean): void {
  httpAllowed = allowed;
}

function schemeOf(value: string): string | undefined {
  try {
    return new URL(value).protocol;
  } catch {
    return undefined;
  }
}

/**
 * A link pages and mails will show as a link: https: only (and http: where allowed), so
 * that no javascript:, data: or file: address, nor a relative one, can be stored.
 */
export const MeetingLink = (): PropertyDecorator =>
  ValidateBy({
    name: 'meetingLink',
    validator: {
      validate: (value: unknown) => {
        if (value === null || value === undefined) return true;
        const scheme = typeof value === 'string' ? schemeOf(value) : undefined;
        return scheme === 'https:' || (httpAllowed && scheme === 'http:');
      },
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'the link'} must be an absolute ${httpAllowed ? 'https: or http:' : 'https:'} address`,
    },
  });
