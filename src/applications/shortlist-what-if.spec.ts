import type { ScoreResult } from '../scoring/score';
import type { ShortlistRow } from './application-lists.repository';
import { sortKeyOf } from './shortlist-order';
import { rerank } from './shortlist-what-if';

const row = (id: string, score: number, overrides: Partial<ShortlistRow> = {}): ShortlistRow =>
  ({
    id,
    candidateId: `c-${id}`,
    name: `Kandidaat ${id}`,
    stage: 'applied',
    shortlistScore: score,
    interviewScore: null,
    sortKey: sortKeyOf('ranked', score),
    appliedAt: new Date(`2026-11-0${id.length}T10:00:00Z`),
    ...overrides,
  }) as ShortlistRow;

const result = (score: number, eligible = true): ScoreResult =>
  ({ score, eligible, openKnockouts: [], completeness: 1 }) as unknown as ScoreResult;

const weights = { screeningWeight: 100, interviewWeight: 0 };

describe('ranking the top of a shortlist again', () => {
  it('orders by the new scores and says who moved how far', () => {
    const rows = [row('a', 8000), row('b', 7000), row('c', 6000)];
    const results = new Map([
      ['c-a', result(50)],
      ['c-b', result(70)],
      ['c-c', result(90)],
    ]);
    const ranked = rerank(rows, results, weights);
    expect(ranked.map((item) => [item.applicationId, item.before.position, item.after.position, item.moved])).toEqual([
      ['c', 3, 1, 2],
      ['b', 2, 2, 0],
      ['a', 1, 3, -2],
    ]);
    expect(ranked[0].after).toEqual({ position: 1, score: 9000, standing: 'ranked' });
    expect(ranked[0].before).toEqual({ position: 3, score: 6000, standing: 'ranked' });
  });

  it('puts a newly knocked-out applicant after the ranked, whatever the score', () => {
    const rows = [row('a', 8000), row('b', 7000)];
    const results = new Map([
      ['c-a', result(95, false)],
      ['c-b', result(40)],
    ]);
    const ranked = rerank(rows, results, weights);
    expect(ranked.map((item) => [item.applicationId, item.after.standing])).toEqual([
      ['b', 'ranked'],
      ['a', 'knocked_out'],
    ]);
  });

  it('keeps the interview score in the shortlist score under the vacancy’s weights', () => {
    const rows = [row('a', 7000, { interviewScore: 9000 }), row('b', 7500)];
    const results = new Map([
      ['c-a', result(60)],
      ['c-b', result(70)],
    ]);
    const ranked = rerank(rows, results, { screeningWeight: 50, interviewWeight: 50 });
    expect(ranked.map((item) => [item.applicationId, item.after.score])).toEqual([
      ['a', 7500],
      ['b', 7000],
    ]);
  });

  it('breaks ties by the earlier application, then the id', () => {
    const rows = [row('bb', 7000), row('a', 7000)];
    const results = new Map([
      ['c-bb', result(70)],
      ['c-a', result(70)],
    ]);
    expect(rerank(rows, results, weights).map((item) => item.applicationId)).toEqual(['a', 'bb']);
  });
});
