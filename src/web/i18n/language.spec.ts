import express from 'express';
import { Formats } from './format';
import { pageLanguage } from './language';

function requestWith(acceptLanguage?: string) {
  const request = Object.create(express.request) as express.Request;
  Object.assign(request, { headers: acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage } });
  return request;
}

describe('pageLanguage', () => {
  it('takes the user’s own setting over the browser’s', () => {
    expect(pageLanguage('et', requestWith('nl-NL,nl;q=0.9'))).toBe('et');
  });

  it('takes the best of nl, et and en that the browser accepts, regions included', () => {
    expect(pageLanguage(undefined, requestWith('nl-BE,nl;q=0.9,en;q=0.5'))).toBe('nl');
    expect(pageLanguage(undefined, requestWith('et-EE'))).toBe('et');
    expect(pageLanguage(undefined, requestWith('de-DE,de;q=0.9,et;q=0.4,en;q=0.3'))).toBe('et');
    expect(pageLanguage(undefined, requestWith('en-US,en;q=0.9,nl;q=0.8'))).toBe('en');
  });

  it('falls back to English without a header, for languages it lacks, and for *', () => {
    expect(pageLanguage(undefined, requestWith())).toBe('en');
    expect(pageLanguage(undefined, requestWith('de-DE,fr;q=0.5'))).toBe('en');
    expect(pageLanguage(undefined, requestWith('*'))).toBe('en');
  });
});

describe('Formats', () => {
  const formats = new Formats('Europe/Tallinn');
  const moment = new Date('2026-03-05T14:30:00Z');

  it('writes dates as each language does, in the configured time zone', () => {
    expect(formats.date('nl', moment)).toBe('5 mrt 2026');
    expect(formats.date('et', moment)).toBe('5. märts 2026');
    expect(formats.date('en', moment)).toBe('5 Mar 2026');
    expect(formats.date('en', '2026-03-05T14:30:00Z', 'dateTime')).toBe('5 Mar 2026, 16:30');
  });

  it('writes numbers with each language’s separators', () => {
    expect(formats.number('nl', 1234567.891, 2)).toBe('1.234.567,89');
    expect(formats.number('et', 1234567.891, 1)).toBe('1\u00a0234\u00a0567,9');
    expect(formats.number('en', 1234567.891)).toBe('1,234,568');
  });
});
