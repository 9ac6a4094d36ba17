import type { CvReading, ProposedFact } from '../../../src/cv-reading/types';
import { samePhone, similarity } from './compare';
import { day } from '../../../src/imports/json-resume';
import { expectedSalesYears, scoreFile, totals } from './evaluate';
import { ExpectedCv } from './types';

const span = { start: 0, end: 1 };

const expected: ExpectedCv = {
  id: 'nl-99-test',
  file: 'nl-99-test.txt',
  language: 'nl',
  layout: 'one-column',
  referenceDate: '2026-11-01',
  contact: { name: 'Kandidaat Negenennegentig', email: 'kandidaat.nn@example.com', phone: '+31 6 12 34 56 78' },
  education: [{ level: 'hbo', field: 'Commerciële Economie' }],
  work: [
    { title: 'Accountmanager', employer: 'A', start: '2020-01', end: null, salesRole: true },
    { title: 'Verkoper', employer: 'B', start: '2016', end: '2019', salesRole: true },
    { title: 'Boekhouder', employer: 'C', start: '2012-03', end: '2015-12', salesRole: false },
  ],
  clientBase: { activeAccounts: 40, segment: 'regional_smb' },
  competencies: ['customer_focus', 'negotiation'],
  certifications: ['CFP'],
  languages: [{ language: 'en', level: 'C1' }],
  courses: ['Onderhandelen voor gevorderden'],
};

const fact = (kind: ProposedFact['kind'], data: ProposedFact['data']): ProposedFact => ({
  kind,
  data,
  span,
  confidence: 0.9,
});

/** What a perfect reader would propose: the expected facts in the reader's shapes. */
function oracle(cv: ExpectedCv): CvReading {
  const value = (v: string) => ({ value: v, span, confidence: 1 });
  return {
    language: cv.language,
    contact: { name: value(cv.contact.name), email: value(cv.contact.email), phone: value(cv.contact.phone!) },
    facts: [
      ...cv.education.map((e) => fact('education', { level: e.level })),
      ...cv.work.map((w) =>
        fact('work', {
          title: w.title,
          start: day(w.start, false),
          end: w.end === null ? null : day(w.end, true),
          salesRole: w.salesRole,
        }),
      ),
      fact('client_base', { ...cv.clientBase }),
      ...cv.competencies.map((code) => fact('competency', { code, level: 3 })),
      ...cv.certifications.map((name) => fact('certification', { name })),
      ...cv.languages.map((l) => fact('language', { ...l })),
      ...cv.courses.map((name) => fact('course', { name })),
    ],
  };
}

describe('corpus scoring', () => {
  it('gives a perfect reading full precision and recall on every field', () => {
    const score = scoreFile(expected, oracle(expected));
    expect(score.misses).toEqual([]);
    for (const row of totals([score])) expect([row.field, row.precision, row.recall]).toEqual([row.field, 1, 1]);
  });

  it('counts a sales role proposed for a non-sales job against precision, and a lost job against recall', () => {
    const reading = oracle(expected);
    const work = reading.facts.filter((f) => f.kind === 'work');
    work[2].data.salesRole = true;
    reading.facts.splice(reading.facts.indexOf(work[1]), 1);
    const sales = totals([scoreFile(expected, reading)]).find((r) => r.field === 'sales role')!;
    expect(sales).toMatchObject({ matched: 1, proposed: 2, expected: 2, precision: 0.5, recall: 0.5 });
  });

  it('matches work by start month and a like title, and education by rung', () => {
    const reading = oracle(expected);
    const job = reading.facts.find((f) => f.kind === 'work')!;
    job.data.title = 'Account manager';
    reading.facts.find((f) => f.kind === 'education')!.data.level = 'bachelor';
    const rows = totals([scoreFile(expected, reading)]);
    expect(rows.find((r) => r.field === 'work entries')).toMatchObject({ matched: 3 });
    expect(rows.find((r) => r.field === 'education level')).toMatchObject({ matched: 1 });
  });

  it('counts extra client-base keys against precision', () => {
    const reading = oracle({ ...expected, clientBase: null });
    const rows = totals([scoreFile({ ...expected, clientBase: null }, reading)]);
    expect(rows.find((r) => r.field === 'client base')).toMatchObject({ matched: 0, proposed: 0, expected: 0 });
    const extra = scoreFile({ ...expected, clientBase: null }, oracle(expected));
    expect(extra.counts['client base']).toEqual({ matched: 0, proposed: 2, expected: 0 });
  });

  it('reads years in sales from first and last days, jobs that touch counted once', () => {
    expect(day('2019', true)).toBe('2019-12-31');
    expect(day('2020-02', true)).toBe('2020-02-29');
    // 2016-01-01 to 2019-12-31, then 2020-01-01 to the reference date: one span of 10 years 10 months.
    expect(expectedSalesYears(expected.work, expected.referenceDate)).toBeCloseTo(10 + 10 / 12, 2);
  });

  it('compares phones by digits and titles loosely', () => {
    expect(samePhone('+31 6 12 34 56 78', '06-12345678')).toBe(true);
    expect(samePhone('+31 6 12 34 56 78', '+31 6 12 34 56 79')).toBe(false);
    expect(similarity('Key Accountmanager', 'Key Account Manager')).toBe(1);
    expect(similarity('Accountmanager', 'Boekhouder')).toBeLessThan(0.3);
  });
  it('judges every proposal that carries a confidence, and names the file by language and format', () => {
    const perfect = scoreFile(expected, oracle(expected));
    expect(perfect).toMatchObject({ language: 'nl', format: 'txt' });
    expect(perfect.judged.every((j) => j.right)).toBe(true);
    expect(perfect.judged.filter((j) => j.field === 'work entries')).toHaveLength(3);

    const reading = oracle(expected);
    const language = reading.facts.find((f) => f.kind === 'language')!;
    language.data.level = 'B1';
    language.confidence = 0.55;
    reading.facts.find((f) => f.kind === 'client_base')!.data.activeAccounts = 400;
    const judged = scoreFile(expected, reading).judged;
    expect(judged.filter((j) => j.field === 'languages')).toEqual([
      { field: 'languages', confidence: 0.55, right: false },
    ]);
    expect(judged.find((j) => j.field === 'client base')).toMatchObject({ right: false });
    expect(judged.find((j) => j.field === 'email')).toMatchObject({ confidence: 1, right: true });
  });
});
