import { FIELDS, FileScore, Judged } from './evaluate';
import { bucketOf, calibration, formatBreakdown, formatCalibration, formatReliability } from './report';

function file(id: string, language: FileScore['language'], format: FileScore['format'], judged: Judged[] = []) {
  const counts = Object.fromEntries(
    FIELDS.map((field) => [field, { matched: 0, proposed: 0, expected: 0 }]),
  ) as FileScore['counts'];
  return { id, language, format, counts, judged, misses: [] } satisfies FileScore;
}

describe('corpus report', () => {
  it('puts a confidence in the bucket whose lower bound it reaches, 1 in the top one', () => {
    expect([0.2, 0.5, 0.59, 0.6, 0.85, 0.9, 1].map(bucketOf)).toEqual([0, 1, 1, 2, 4, 5, 5]);
  });

  it('counts right and judged proposals per field and bucket, and over all fields', () => {
    const files = [
      file('a', 'nl', 'pdf', [
        { field: 'languages', confidence: 0.75, right: true },
        { field: 'languages', confidence: 0.72, right: false },
        { field: 'email', confidence: 0.95, right: true },
      ]),
    ];
    const table = calibration(files);
    expect(table.get('languages')![3]).toEqual({ right: 1, judged: 2 });
    expect(table.get('all')![5]).toEqual({ right: 1, judged: 1 });
    expect(table.has('courses')).toBe(false);
    expect(formatCalibration(files, 't')).toContain('50.0% of 2');
  });

  it('splits the corpus by language or format, each group with its own counts', () => {
    const a = file('a', 'nl', 'pdf');
    a.counts.email = { matched: 1, proposed: 1, expected: 1 };
    const b = file('b', 'et', 'pdf');
    b.counts.email = { matched: 0, proposed: 1, expected: 1 };
    const byLanguage = formatBreakdown([a, b], 'language', 't').split('\n');
    expect(byLanguage[1]).toMatch(/et \(1\).*nl \(1\)/);
    expect(byLanguage.find((l) => l.startsWith('| email'))).toMatch(/\|\s+0\.0%\s+0\.0% \| 100\.0% 100\.0% \|/);
    expect(formatBreakdown([a, b], 'format', 't').split('\n')[1]).toMatch(/pdf \(2\)/);
  });

  it("sets each bucket's mean stated confidence against its share right, with the expected calibration error", () => {
    const files = [
      file('a', 'nl', 'pdf', [
        { field: 'languages', confidence: 0.7, right: true },
        { field: 'languages', confidence: 0.8, right: false },
        { field: 'email', confidence: 0.9, right: true },
        { field: 'email', confidence: 0.9, right: true },
      ]),
    ];
    const lines = formatReliability(files, 't').split('\n');
    expect(lines.find((l) => l.startsWith('| 0.7'))).toMatch(/\|\s+1 \|\s+70\.0% \|\s+100\.0% \|/);
    expect(lines.find((l) => l.startsWith('| 0.9'))).toMatch(/\|\s+2 \|\s+90\.0% \|\s+100\.0% \|/);
    expect(lines.find((l) => l.startsWith('| < 0.5'))).toMatch(/\|\s+0 \|\s+– \|\s+– \|/);
    // |0.7 − 1| + |0.8 − 0| + |1.8 − 2| = 1.3, over 4 proposals.
    expect(lines[lines.length - 1]).toBe('expected calibration error: 32.5% over 4 proposals');
  });
});
