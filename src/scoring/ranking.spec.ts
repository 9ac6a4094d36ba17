import fc from 'fast-check';
import { compareForShortlist, Rankable } from './ranking';

const at = (iso: string) => new Date(iso);

describe('compareForShortlist', () => {
  it('puts eligible before ineligible, then the higher score, the earlier application, the id', () => {
    const rows: Rankable[] = [
      { id: 'f', eligible: false, score: 99, appliedAt: at('2026-01-01') },
      { id: 'b', eligible: true, score: 80, appliedAt: at('2026-01-02') },
      { id: 'a', eligible: true, score: 80, appliedAt: at('2026-01-02') },
      { id: 'c', eligible: true, score: 80, appliedAt: at('2026-01-01') },
      { id: 'd', eligible: true, score: 90.5, appliedAt: at('2026-03-01') },
    ];
    expect([...rows].sort(compareForShortlist).map((row) => row.id)).toEqual(['d', 'c', 'a', 'b', 'f']);
  });

  it('is a total order: the same list in any order sorts the same', () => {
    const row = fc.record({
      id: fc.uuid(),
      eligible: fc.boolean(),
      score: fc.integer({ min: 0, max: 10_000 }).map((units) => units / 100),
      appliedAt: fc.integer({ min: 0, max: 5 }).map((day) => Date.UTC(2026, 0, 1 + day)),
    });
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 40 }), fc.nat(), (rows, seed) => {
        const sorted = [...rows].sort(compareForShortlist);
        const k = rows.length ? seed % rows.length : 0;
        const rotated = [...rows.slice(k), ...rows.slice(0, k)].reverse();
        expect(rotated.sort(compareForShortlist)).toEqual(sorted);
        for (let i = 1; i < sorted.length; i++) expect(compareForShortlist(sorted[i - 1], sorted[i])).toBeLessThan(0);
      }),
    );
  });
});
