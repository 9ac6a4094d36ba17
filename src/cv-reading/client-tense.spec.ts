import { normaliseText } from '../scoring/text';
import { currencyReader, sentences, spanIn } from './client-tense';
import { splitLines } from './lines';
import { findSections } from './sections';
import { readWork } from './work';

describe('client statements by tense', () => {
  const outsideJobs = currencyReader([]);
  const line = splitLines('x')[0];
  const currency = (text: string, inProfile = false) => outsideJobs(line, normaliseText(text), inProfile).currency;

  it.each([
    ['I manage 40 key accounts', 0],
    ['Ik beheer 40 klanten', 0],
    ['Haldan 40 klienti', 0],
    ['I managed 90 accounts', 2],
    ['Ik beheerde 90 klanten', 2],
    ['Haldasin 90 klienti', 2],
    ['Previously 90 accounts, today I manage 40', 0],
    ['Portfolio of 40 accounts', 1],
  ])('%s', (text, expected) => {
    expect(currency(text)).toBe(expected);
  });

  it('takes a profile’s statement without tense as the present', () => {
    expect(currency('Portefeuille van 40 klanten', true)).toBe(0);
    expect(currency('Beheerde eerder 90 klanten', true)).toBe(2);
  });

  it('goes by the job a statement stands in, whatever its verbs', () => {
    const lines = splitLines(
      'Work experience\n2019 – present  Account Manager, Newer Ltd\n• Managed 40 accounts\n' +
        '2012 – 2019  Sales Representative, Older Ltd\n• I manage 90 accounts\n',
    );
    const reader = currencyReader(readWork(lines, findSections(lines)));
    expect(reader(lines[2], lines[2].norm, false).currency).toBe(0);
    expect(reader(lines[4], lines[4].norm, false).currency).toBe(2);
  });

  it('takes the job that ended last as current when every job has ended', () => {
    const lines = splitLines(
      'Werkervaring\n2019 – 2024  Accountmanager, Nieuw BV\n• 40 klanten\n2012 – 2019  Verkoper, Oud BV\n• 90 klanten\n',
    );
    const reader = currencyReader(readWork(lines, findSections(lines)));
    expect(reader(lines[2], lines[2].norm, false).currency).toBe(0);
    expect(reader(lines[4], lines[4].norm, false).currency).toBe(2);
  });
});

describe('sentences of a passage', () => {
  it('splits where a sentence ends and the next begins with a capital or a figure', () => {
    expect(sentences('Ik beheerde 90 klanten. Nu beheer ik 40. 12 ketens; €2.4m omzet')).toEqual([
      { text: 'Ik beheerde 90 klanten.', at: 0 },
      { text: 'Nu beheer ik 40.', at: 24 },
      { text: '12 ketens;', at: 41 },
      { text: '€2.4m omzet', at: 52 },
    ]);
  });

  it('does not split inside sums or abbreviations followed by lower case', () => {
    expect(sentences('Omzet € 1.5 mln. per jaar bij o.a. retailers')).toHaveLength(1);
  });

  it('maps a sentence back onto the lines it was joined from', () => {
    const text = 'Profile\nI managed 90 accounts before. Today I manage\n40 key accounts.';
    const lines = splitLines(text);
    const joined = `${lines[1].text} ${lines[2].text}`;
    const at = joined.indexOf('Today');
    const span = spanIn(lines, lines[1], lines[2], at, joined.length - at);
    expect(text.slice(span.start, span.end)).toBe('Today I manage\n40 key accounts.');
  });
});
