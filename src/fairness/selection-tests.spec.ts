import { fisherExactTwoSided, TwoByTwo, twoProportionZTest } from './selection-tests';

/** n choose k, exactly. */
function choose(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let result = 1n;
  for (let i = 1; i <= k; i += 1) result = (result * BigInt(n - k + i)) / BigInt(i);
  return result;
}

/**
 * Fisher's two-sided p-value computed independently: every table's probability
 * as an exact fraction of whole numbers, compared exactly, summed exactly, and
 * only the final fraction turned into a number.
 */
function exactFisher(table: TwoByTwo): number {
  const total = table.considered + table.restConsidered;
  const chosen = table.selected + table.restSelected;
  const weight = (k: number) => choose(table.considered, k) * choose(table.restConsidered, chosen - k);
  const observed = weight(table.selected);
  let asLikely = 0n;
  for (let k = 0; k <= table.considered; k += 1) {
    const one = weight(k);
    if (one > 0n && one <= observed) asLikely += one;
  }
  const all = choose(total, chosen);
  const scale = 10n ** 30n;
  return Number((asLikely * scale) / all) / Number(scale);
}

describe("Fisher's exact test, two-sided", () => {
  it("matches R's fisher.test on the tea-tasting table (17/35)", () => {
    // fisher.test(matrix(c(3, 1, 1, 3), nrow = 2)) gives p = 0.4857.
    expect(fisherExactTwoSided({ selected: 3, considered: 4, restSelected: 1, restConsidered: 4 })).toBeCloseTo(
      17 / 35,
      12,
    );
  });

  it('matches an exact computation to 1e-6 on the Uniform Guidelines example and on thousands of tables', () => {
    // 80 of 120 selected against 12 of 40: rates 66.7% and 30%.
    const guidelines = { selected: 12, considered: 40, restSelected: 80, restConsidered: 120 };
    expect(Math.abs(fisherExactTwoSided(guidelines) - exactFisher(guidelines))).toBeLessThan(1e-9);
    expect(fisherExactTwoSided(guidelines)).toBeLessThan(0.001);
    let seed = 7;
    const next = (limit: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % (limit + 1);
    };
    for (let i = 0; i < 2000; i += 1) {
      const considered = 1 + next(60);
      const restConsidered = 1 + next(90);
      const table = {
        considered,
        restConsidered,
        selected: next(considered),
        restSelected: next(restConsidered),
      };
      expect({ table, difference: Math.abs(fisherExactTwoSided(table) - exactFisher(table)) < 1e-9 }).toEqual({
        table,
        difference: true,
      });
    }
  });

  it('stays exact on samples of tens of thousands, where factorials would overflow', () => {
    // 38% against 41.3%: at this size the exact p and the normal approximation's agree closely.
    const table = { selected: 3_800, considered: 10_000, restSelected: 12_400, restConsidered: 30_000 };
    const p = fisherExactTwoSided(table);
    const normal = twoProportionZTest(table)!.p;
    expect(p).toBeGreaterThan(1e-10);
    expect(p).toBeLessThan(1e-7);
    expect(Math.abs(Math.log(p / normal))).toBeLessThan(0.25);
    const even = { selected: 5_000, considered: 10_000, restSelected: 15_000, restConsidered: 30_000 };
    expect(fisherExactTwoSided(even)).toBeCloseTo(1, 6);
  });

  it('says 1 where every margin leaves one table only, and refuses what is not a table', () => {
    expect(fisherExactTwoSided({ selected: 0, considered: 5, restSelected: 0, restConsidered: 9 })).toBe(1);
    expect(fisherExactTwoSided({ selected: 5, considered: 5, restSelected: 9, restConsidered: 9 })).toBe(1);
    expect(() => fisherExactTwoSided({ selected: 6, considered: 5, restSelected: 0, restConsidered: 9 })).toThrow(
      RangeError,
    );
    expect(() => fisherExactTwoSided({ selected: 1.5, considered: 5, restSelected: 0, restConsidered: 9 })).toThrow(
      RangeError,
    );
  });
});

describe('the two-proportion z-test', () => {
  it('gives the pooled z and its two-sided p', () => {
    // Pooled rate 92/160 = 0.575; se = sqrt(0.575 * 0.425 * (1/40 + 1/120)) = 0.090255.
    const result = twoProportionZTest({ selected: 12, considered: 40, restSelected: 80, restConsidered: 120 });
    expect(result!.z).toBeCloseTo((0.3 - 80 / 120) / Math.sqrt(0.575 * 0.425 * (1 / 40 + 1 / 120)), 10);
    expect(result!.z).toBeCloseTo(-4.0627, 3);
    // Two-sided p of |z| = 4.0627 from the normal distribution: 4.85e-5.
    expect(result!.p).toBeCloseTo(4.85e-5, 6);
    // |z| = 1.959964 is the 5% point.
    const edge = twoProportionZTest({ selected: 500, considered: 1000, restSelected: 500, restConsidered: 1000 });
    expect(edge).toEqual({ z: 0, p: 1 });
  });

  it('declines where the counts are too small for the normal approximation', () => {
    expect(twoProportionZTest({ selected: 1, considered: 6, restSelected: 30, restConsidered: 60 })).toBeNull();
    expect(twoProportionZTest({ selected: 0, considered: 40, restSelected: 0, restConsidered: 60 })).toBeNull();
  });
});
