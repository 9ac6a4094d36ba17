import { impactTable, SmallNumberRules } from './impact-table';

const RULES: SmallNumberRules = { minGroupSize: 5, leaveOutUnderTwoPercent: true };

describe('the impact table of one step', () => {
  it('works the Uniform Guidelines arithmetic: 80 of 120 selected against 12 of 40', () => {
    const [white, black] = impactTable(
      [
        { category: 'white', considered: 120, selected: 80 },
        { category: 'black', considered: 40, selected: 12 },
      ],
      RULES,
    );
    expect(white).toMatchObject({ rate: 0.6667, impactRatio: 1, belowFourFifths: false, highest: true });
    // 30% is 45% of 66.7%: under four fifths, so evidence of adverse impact (29 CFR 1607.4D).
    expect(black).toMatchObject({ rate: 0.3, impactRatio: 0.45, belowFourFifths: true, highest: false });
    expect(black.fisherP).toBeLessThan(0.001);
    expect(black.fisherP).toBeCloseTo(white.fisherP!, 15);
    expect(black.z).toBe(-4.0626);
  });

  it("works the Guidelines' questions and answers example: 48 of 80 against 12 of 40 is a ratio of one half", () => {
    const [, black] = impactTable(
      [
        { category: 'white', considered: 80, selected: 48 },
        { category: 'black', considered: 40, selected: 12 },
      ],
      RULES,
    );
    expect(black).toMatchObject({ rate: 0.3, impactRatio: 0.5, belowFourFifths: true });
  });

  it("reproduces the selection-rate example published with LL144's rules, by sex and by race/ethnicity", () => {
    const bySex = impactTable(
      [
        { category: 'male', considered: 1390, selected: 667 },
        { category: 'female', considered: 1181, selected: 555 },
      ],
      RULES,
    );
    expect(bySex.map((row) => [row.rate, row.impactRatio, row.belowFourFifths])).toEqual([
      [0.4799, 1, false],
      [0.4699, 0.9793, false],
    ]);
    const byRace = impactTable(
      [
        { category: 'hispanic-latino', considered: 408, selected: 204 },
        { category: 'white', considered: 797, selected: 412 },
        { category: 'black', considered: 390, selected: 170 },
        { category: 'pacific-islander', considered: 119, selected: 52 },
        { category: 'asian', considered: 616, selected: 302 },
        { category: 'native-american', considered: 67, selected: 19 },
        { category: 'two-or-more', considered: 170, selected: 64 },
      ],
      RULES,
    );
    // The published table rounds rates to whole percents and ratios to two places.
    expect(byRace.map((row) => Math.round(row.rate! * 100))).toEqual([50, 52, 44, 44, 49, 28, 38]);
    expect(byRace.map((row) => Math.round(row.impactRatio! * 100) / 100)).toEqual([
      0.97, 1, 0.84, 0.85, 0.95, 0.55, 0.73,
    ]);
    expect(byRace.map((row) => row.belowFourFifths)).toEqual([false, false, false, false, false, true, true]);
    expect(byRace.filter((row) => row.highest).map((row) => row.category)).toEqual(['white']);
  });

  it('suppresses a category under the minimum: no rate, no selected count, not the reference', () => {
    const rows = impactTable(
      [
        { category: 'a', considered: 50, selected: 20 },
        { category: 'b', considered: 4, selected: 4 },
        { category: 'c', considered: 40, selected: 8 },
      ],
      RULES,
    );
    expect(rows[1]).toMatchObject({ status: 'suppressed', considered: 4, selected: null, rate: null, fisherP: null });
    // b's 100% is not what a and c are measured against.
    expect(rows[0]).toMatchObject({ highest: true, impactRatio: 1 });
    expect(rows[2]).toMatchObject({ rate: 0.2, impactRatio: 0.5, belowFourFifths: true });
    // c is tested against a and b together (28 of 54).
    expect(rows[2].fisherP).toBeGreaterThan(0.01);
    expect(rows[2].fisherP).toBeLessThan(0.05);
  });

  it('leaves a category under 2% of the sample out of the ratios, keeping its rate, when the rules say so', () => {
    const counts = [
      { category: 'a', considered: 500, selected: 250 },
      { category: 'b', considered: 9, selected: 9 },
      { category: 'c', considered: 491, selected: 100 },
    ];
    const [, small, c] = impactTable(counts, RULES);
    expect(small).toMatchObject({ status: 'left-out', rate: 1, impactRatio: null, belowFourFifths: null });
    expect(c.impactRatio).toBeCloseTo(0.4073, 4);
    const kept = impactTable(counts, { ...RULES, leaveOutUnderTwoPercent: false });
    expect(kept[1]).toMatchObject({ status: 'reported', impactRatio: 1, highest: true });
    expect(kept[0].impactRatio).toBe(0.5);
  });

  it('gives no ratios when no reported category selected anyone, and no tests with nobody to compare with', () => {
    const none = impactTable(
      [
        { category: 'a', considered: 10, selected: 0 },
        { category: 'b', considered: 10, selected: 0 },
      ],
      RULES,
    );
    expect(none.map((row) => [row.rate, row.impactRatio, row.belowFourFifths])).toEqual([
      [0, null, null],
      [0, null, null],
    ]);
    const alone = impactTable([{ category: 'a', considered: 10, selected: 3 }], RULES);
    expect(alone[0]).toMatchObject({ rate: 0.3, impactRatio: 1, fisherP: null, z: null });
  });
});
