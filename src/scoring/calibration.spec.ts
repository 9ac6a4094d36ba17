import fc from 'fast-check';
import {
  calibratedRatings,
  CALIBRATION_PRIOR_INTERVIEWS,
  interviewerLeniency,
  Leniency,
  PanelRating,
} from './calibration';
import { timeAgainstReference } from '../../test/support/time-budget';

const rating = (interviewId: string, interviewerId: string, value: number, competency = 'drive'): PanelRating => ({
  interviewId,
  interviewerId,
  competency,
  value,
});

/** The mean of one interviewer's values minus the mean of everyone else's. */
function gap(ratings: readonly PanelRating[], interviewerId: string): number {
  let own = 0;
  let ownCount = 0;
  let rest = 0;
  for (const r of ratings) {
    if (r.interviewerId === interviewerId) {
      own += r.value;
      ownCount += 1;
    } else rest += r.value;
  }
  return own / ownCount - rest / (ratings.length - ownCount);
}

describe('interviewerLeniency', () => {
  it('finds an interviewer who always rates 0.25 above two others', () => {
    // In every interview: lenient - mean(even, strict) = +0.25, and even - mean(lenient, strict)
    // = strict - mean(lenient, even) = -0.125. Three interviews each, so the corrections are
    // 0.25 * 3/8 = 0.09375 -> 0.0938 and -0.125 * 3/8 = -0.046875 -> -0.0469.
    const ratings = [
      rating('i1', 'lenient', 0.75),
      rating('i1', 'even', 0.5),
      rating('i1', 'strict', 0.5),
      rating('i2', 'lenient', 1),
      rating('i2', 'even', 0.75),
      rating('i2', 'strict', 0.75),
      rating('i3', 'lenient', 0.5),
      rating('i3', 'even', 0.25),
      rating('i3', 'strict', 0.25),
    ];
    expect(interviewerLeniency(ratings)).toEqual([
      { interviewerId: 'even', leniency: -0.125, comparisons: 3, interviews: 3, correction: -0.0469 },
      { interviewerId: 'lenient', leniency: 0.25, comparisons: 3, interviews: 3, correction: 0.0938 },
      { interviewerId: 'strict', leniency: -0.125, comparisons: 3, interviews: 3, correction: -0.0469 },
    ]);
  });

  it('compares within one interview and competency, and counts an interview once', () => {
    // Interview a, drive: high 1 - mean(0.5, 0) = 0.75; mid 0.5 - mean(1, 0) = 0; low 0 - mean(1, 0.5) = -0.75.
    // Interview a, craft: high 0.5 - 0.5 = 0; mid 0.5 - 0.5 = 0.
    // high: (0.75 + 0) / 2 = 0.375 over 1 interview, correction 0.375 * 1/6 = 0.0625.
    // low: -0.75 over 1 interview, correction -0.75 * 1/6 = -0.125.
    // Interview b has a single interviewer, so there is nothing to compare.
    const ratings = [
      rating('a', 'high', 1),
      rating('a', 'mid', 0.5),
      rating('a', 'low', 0),
      rating('a', 'high', 0.5, 'craft'),
      rating('a', 'mid', 0.5, 'craft'),
      rating('b', 'alone', 0.8),
      rating('b', 'alone', 0.2, 'craft'),
    ];
    expect(interviewerLeniency(ratings)).toEqual([
      { interviewerId: 'alone', leniency: 0, comparisons: 0, interviews: 0, correction: 0 },
      { interviewerId: 'high', leniency: 0.375, comparisons: 2, interviews: 1, correction: 0.0625 },
      { interviewerId: 'low', leniency: -0.75, comparisons: 1, interviews: 1, correction: -0.125 },
      { interviewerId: 'mid', leniency: 0, comparisons: 2, interviews: 1, correction: 0 },
    ]);
  });

  it('shrinks the correction by interviews / (interviews + prior)', () => {
    const panels = (interviews: number) =>
      Array.from({ length: interviews }, (_, i) => [rating(`i${i}`, 'up', 0.6), rating(`i${i}`, 'down', 0.5)]).flat();
    const one = interviewerLeniency(panels(1));
    expect(one.map((l) => [l.leniency, l.correction])).toEqual([
      [-0.1, -0.0167],
      [0.1, 0.0167],
    ]); // 0.1 * 1/6
    const many = interviewerLeniency(panels(95));
    expect(many[1]).toMatchObject({ interviewerId: 'up', leniency: 0.1, interviews: 95, correction: 0.095 });
    expect(interviewerLeniency(panels(1), 0)[1].correction).toBe(0.1);
    expect(interviewerLeniency(panels(5), CALIBRATION_PRIOR_INTERVIEWS)[1].correction).toBe(0.05);
  });

  it('does not take an interviewer who rated twice in one panel as their own co-panelist', () => {
    // twice: 0.6 - 0.5 = 0.1 and 0.8 - 0.5 = 0.3; once: 0.5 - mean(0.6, 0.8) = -0.2.
    const ratings = [rating('i', 'twice', 0.6), rating('i', 'twice', 0.8), rating('i', 'once', 0.5)];
    expect(interviewerLeniency(ratings).map((l) => [l.interviewerId, l.leniency, l.comparisons])).toEqual([
      ['once', -0.2, 1],
      ['twice', 0.2, 2],
    ]);
  });

  it('refuses a rating off the 0-1 scale and a negative prior', () => {
    expect(() => interviewerLeniency([rating('i', 'a', 4), rating('i', 'b', 0.5)])).toThrow(RangeError);
    expect(() => interviewerLeniency([rating('i', 'a', NaN)])).toThrow(RangeError);
    expect(() => interviewerLeniency([], -1)).toThrow(RangeError);
    expect(interviewerLeniency([])).toEqual([]);
  });

  it('handles 100,000 ratings in linear time', async () => {
    const ratings: PanelRating[] = [];
    for (let i = 0; i < 25_000; i++)
      for (let seat = 0; seat < 4; seat++)
        ratings.push(rating(`i${i}`, `r${(i * 7 + seat * 13) % 200}`, ((i * 31 + seat * 17) % 11) / 10));
    const {
      result: [leniency, calibrated],
      units,
    } = await timeAgainstReference(() => {
      const leniency = interviewerLeniency(ratings);
      return [leniency, calibratedRatings(ratings, leniency)] as const;
    });
    // A quadratic pass would take minutes.
    expect(units).toBeLessThan(120);
    expect(leniency).toHaveLength(200);
    expect(calibrated).toHaveLength(100_000);
  });
});

describe('calibratedRatings', () => {
  const leniency: Leniency[] = [
    { interviewerId: 'high', leniency: 0.375, comparisons: 2, interviews: 1, correction: 0.0625 },
    { interviewerId: 'low', leniency: -0.75, comparisons: 1, interviews: 1, correction: -0.125 },
  ];

  it('takes each correction out, keeps the order and leaves the input alone', () => {
    const ratings = [rating('a', 'low', 0.5), rating('a', 'high', 0.5625), rating('a', 'unknown', 0.3)];
    const copy = ratings.map((r) => ({ ...r }));
    expect(calibratedRatings(ratings, leniency).map((r) => [r.interviewerId, r.value])).toEqual([
      ['low', 0.625],
      ['high', 0.5],
      ['unknown', 0.3],
    ]);
    expect(ratings).toEqual(copy);
  });

  it('clamps calibrated values to [0, 1]', () => {
    const ratings = [rating('a', 'high', 0.05), rating('a', 'low', 0.95)];
    expect(calibratedRatings(ratings, leniency).map((r) => r.value)).toEqual([0, 1]);
  });

  it('mostly removes a constant offset of one interviewer in a fully crossed design', () => {
    const interviews = 40;
    const competencies = ['drive', 'craft', 'care'];
    const raters = ['r0', 'r1', 'r2', 'r3'];
    const cells = interviews * competencies.length;
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 0.25, noNaN: true }),
        fc.integer({ min: 0, max: raters.length - 1 }),
        fc.array(fc.double({ min: 0.05, max: 0.7, noNaN: true }), { minLength: cells, maxLength: cells }),
        fc.array(fc.double({ min: -0.05, max: 0.05, noNaN: true }), {
          minLength: cells * raters.length,
          maxLength: cells * raters.length,
        }),
        (offset, lenientSeat, merit, noise) => {
          const ratings: PanelRating[] = [];
          for (let cell = 0; cell < cells; cell++) {
            const interviewId = `i${Math.floor(cell / competencies.length)}`;
            const competency = competencies[cell % competencies.length];
            raters.forEach((interviewerId, seat) => {
              const value = merit[cell] + noise[cell * raters.length + seat] + (seat === lenientSeat ? offset : 0);
              ratings.push({ interviewId, interviewerId, competency, value: Math.min(1, Math.max(0, value)) });
            });
          }
          const lenient = raters[lenientSeat];
          const before = gap(ratings, lenient);
          const after = gap(calibratedRatings(ratings, interviewerLeniency(ratings)), lenient);
          expect(Math.abs(after)).toBeLessThan(0.5 * Math.abs(before));
        },
      ),
      { numRuns: 30 },
    );
  });
});
