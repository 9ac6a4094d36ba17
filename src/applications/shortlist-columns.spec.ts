import { shortlistColumns, shortlistScoreOf } from './shortlist-columns';
import { sortKeyBand, sortKeyOf, standingOf, standingOfSortKey, STANDINGS } from './shortlist-order';

const weights = { screeningWeight: 40, interviewWeight: 60 };
const note = { criterion: 'salesExperience', reason: 'unknown' };

describe('the standing of a screening result', () => {
  it('is ranked with every knock-out decided and met, and something known', () => {
    expect(standingOf({ eligible: true, openKnockouts: [], completeness: 0.4 })).toBe('ranked');
  });

  it('is knocked out when a knock-out failed, whatever else is open or unknown', () => {
    expect(standingOf({ eligible: false, openKnockouts: [note], completeness: 0 })).toBe('knocked_out');
  });

  it('is not enough evidence when a knock-out is undecided, or nothing at all is known', () => {
    expect(standingOf({ eligible: true, openKnockouts: [note], completeness: 0.9 })).toBe('not_enough_evidence');
    expect(standingOf({ eligible: true, openKnockouts: [], completeness: 0 })).toBe('not_enough_evidence');
  });

  it('is not screened without a result', () => {
    expect(standingOf(null)).toBe('not_screened');
  });
});

describe('the shortlist order', () => {
  it('puts ranked, then knocked-out, then not enough evidence, then unscreened; the higher score first', () => {
    const keys = [
      sortKeyOf('ranked', 10_000),
      sortKeyOf('ranked', 0),
      sortKeyOf('knocked_out', 10_000),
      sortKeyOf('knocked_out', 0),
      sortKeyOf('not_enough_evidence', 10_000),
      sortKeyOf('not_enough_evidence', 0),
      sortKeyOf('not_screened', null),
    ];
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps the sort keys stored before the groups: ranked and knocked-out where they were', () => {
    expect(sortKeyOf('ranked', 3875)).toBe(6125);
    expect(sortKeyOf('knocked_out', 3875)).toBe(2 * 10_001 + 6125);
    expect(sortKeyOf('not_enough_evidence', 0)).toBe(4 * 10_001 + 10_000);
    expect(sortKeyOf('not_screened', null)).toBe(6 * 10_001);
  });

  it('reads the standing back from any sort key of its band, the band bounds included', () => {
    for (const standing of STANDINGS) {
      const [from, below] = sortKeyBand(standing);
      for (const score of [0, 1, 5000, 10_000]) {
        const key = sortKeyOf(standing, standing === 'not_screened' ? null : score);
        expect(key).toBeGreaterThanOrEqual(from);
        expect(key).toBeLessThan(below);
        expect(standingOfSortKey(key)).toBe(standing);
      }
    }
  });
});

describe('the shortlist columns', () => {
  it('lets the screening score stand alone until an interview result exists', () => {
    expect(shortlistScoreOf(8000, null, weights)).toBe(8000);
    expect(shortlistScoreOf(8000, 5000, weights)).toBe(6200);
    expect(shortlistScoreOf(8000, 5000, { screeningWeight: 100, interviewWeight: 0 })).toBe(8000);
    expect(shortlistScoreOf(8000, 5000, { screeningWeight: 0, interviewWeight: 100 })).toBe(5000);
  });

  it('combine the scores and sort within the standing', () => {
    expect(shortlistColumns('ranked', 8000, 5000, weights)).toEqual({ shortlistScore: 6200, sortKey: 3800 });
    expect(shortlistColumns('knocked_out', 3875, null, weights)).toEqual({
      shortlistScore: 3875,
      sortKey: 2 * 10_001 + 6125,
    });
    expect(shortlistColumns('not_enough_evidence', 0, null, weights)).toEqual({
      shortlistScore: 0,
      sortKey: 4 * 10_001 + 10_000,
    });
  });

  it('leave an unscreened application unscored and last', () => {
    expect(shortlistColumns('not_screened', null, 7000, weights)).toEqual({
      shortlistScore: null,
      sortKey: 6 * 10_001,
    });
  });

  it('never let an interview move an application out of its standing', () => {
    const knockedOut = shortlistColumns('knocked_out', 2000, 10_000, { screeningWeight: 0, interviewWeight: 100 });
    expect(standingOfSortKey(knockedOut.sortKey)).toBe('knocked_out');
    expect(knockedOut.sortKey).toBeGreaterThan(sortKeyOf('ranked', 0));
  });
});
