import type { Comparison } from '../../applications/decisions.service';
import type { Application } from '../../applications/entities/application.entity';
import type { Interview } from '../../interviews/entities/interview.entity';
import type { CriterionScore } from '../../scoring/score';
import type { Vacancy } from '../../vacancies/entities/vacancy.entity';
import { backWithNotice, compareView, noticeOf, parseCompareIds, safeBack } from './compare.view';

const A = '0190a1b2-0000-7000-8000-00000000000a';
const B = '0190a1b2-0000-7000-8000-00000000000b';
const C = '0190a1b2-0000-7000-8000-00000000000c';

const line = (name: string, earned: number, extra: Partial<CriterionScore> = {}): CriterionScore => ({
  criterion: name === 'education' ? 'education' : 'salesExperience',
  name,
  weight: 1,
  knockout: false,
  possible: 20,
  earned,
  status: 'met',
  meetsBar: true,
  unknown: false,
  unconfirmed: false,
  factIds: [],
  explanation: `${name} ${earned}`,
  ...extra,
});

const application = (id: string, name: string, breakdown: CriterionScore[], extra: Partial<Application> = {}) =>
  ({
    id,
    candidateName: name,
    stage: 'applied',
    roundId: null,
    revision: 1,
    sortKey: 1000,
    shortlistScore: 6000,
    screeningScore: 6000,
    screening: { eligible: true, score: 60, failedKnockouts: [], openKnockouts: [], completeness: 1, breakdown },
    ...extra,
  }) as Application & { candidateName: string };

const vacancy = {
  id: 'v1',
  title: 'Accountmanager',
  rounds: [
    { id: 'r2', name: 'Eindgesprek', position: 2 },
    { id: 'r1', name: 'Eerste gesprek', position: 1 },
  ],
} as unknown as Vacancy;

describe('parseCompareIds', () => {
  it('takes two to four different application ids', () => {
    expect(parseCompareIds(`${A},${B}`)).toEqual({ ids: [A, B] });
    expect(parseCompareIds(` ${A} , ${B},${C} `)).toEqual({ ids: [A, B, C] });
  });

  it('names what is wrong', () => {
    expect(parseCompareIds(A)).toEqual({
      problem: { key: 'decide.problem.count', values: { count: 1, min: 2, max: 4 } },
    });
    expect(parseCompareIds(undefined)).toMatchObject({ problem: { values: { count: 0 } } });
    expect(parseCompareIds([A, B, C, A, B].join(','))).toMatchObject({ problem: { values: { count: 5 } } });
    expect(parseCompareIds(`${A},${A}`)).toEqual({ problem: { key: 'decide.problem.twice', values: {} } });
    expect(parseCompareIds(`${A},x1`)).toEqual({ problem: { key: 'decide.problem.notId', values: { ids: 'x1' } } });
  });
});

describe('going back', () => {
  it('follows only a path of this site', () => {
    expect(safeBack('/manager/vacancies/v1/shortlist?x=1', '/f')).toBe('/manager/vacancies/v1/shortlist?x=1');
    for (const bad of ['//evil.example', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', '', 42]) {
      expect(safeBack(bad, '/f')).toBe('/f');
    }
  });

  it('adds the notice once, keeping the query as it was', () => {
    expect(backWithNotice(`/c?ids=${A},${B}`, 'hold')).toBe(`/c?ids=${A},${B}&decided=hold`);
    expect(backWithNotice('/c?decided=hold#x', 'reject')).toBe('/c?decided=reject#x');
    expect(noticeOf('advance')).toEqual({ key: 'decide.notice.advance', values: {} });
    expect(noticeOf('<b>')).toBeUndefined();
  });
});

describe('compareView', () => {
  const comparison: Comparison = {
    vacancy,
    applications: [
      application(A, 'Ann', [line('education', 20), line('sales', 10)], { shortlistScore: 8000 }),
      application(B, 'Bob', [line('education', 14), line('sales', 10)], { shortlistScore: 6000 }),
      application(
        C,
        'Cas',
        [line('education', 0, { knockout: true, status: 'not_met', meetsBar: false }), line('sales', 10)],
        {
          sortKey: 30000,
          shortlistScore: null,
          screening: {
            eligible: false,
            score: 0,
            failedKnockouts: [{ criterion: 'education', reason: 'mbo' }],
            openKnockouts: [],
            completeness: 1,
            breakdown: [line('education', 0, { knockout: true }), line('sales', 10)],
          },
        },
      ),
    ],
  };
  const interviews = new Map([
    [
      A,
      [
        {
          sealed: false,
          interview: {
            roundId: 'r1',
            status: 'scheduled',
            startsAt: new Date(),
            roundScore: 7250,
            decision: 'pass',
            result: { reason: 'Two of two said yes' },
          } as unknown as Interview,
        },
      ],
    ],
    [B, [{ sealed: true, interview: { roundId: 'r1', status: 'scheduled', startsAt: new Date() } as Interview }]],
  ]);
  const advice = new Map([
    [C, { advance: { kind: 'knocked_out' as const, knockouts: ['education'] }, passOver: null }],
    [
      B,
      {
        advance: null,
        passOver: {
          kind: 'passed_over' as const,
          ahead: { stage: 'interview' as const, roundId: 'r1' },
          aheadScore: 50,
        },
      },
    ],
  ]);
  const model = compareView(comparison, interviews, advice, { back: '/back', single: false });

  it('marks the best of a row only where it stands out, and names failed knock-outs', () => {
    expect(model.criteria.map((row) => row.name)).toEqual(['education', 'sales']);
    expect(model.criteria[0].cells.map((cell) => cell.best)).toEqual([true, false, false]);
    expect(model.criteria[0].cells[2]).toMatchObject({ failedKnockout: true, points: 0, text: 'education 0' });
    // All equal: nothing stands out.
    expect(model.criteria[1].cells.map((cell) => cell.best)).toEqual([false, false, false]);
    expect(model.columns.map((column) => [column.shortlistScore, column.shortlistBest])).toEqual([
      [80, true],
      [60, false],
      [null, false],
    ]);
    expect(model.columns[2]).toMatchObject({ knockouts: 'education', standingKey: 'decide.standing.knocked_out' });
    expect(model.span).toBe(4);
  });

  it('gives a row per round of the plan in order, sealed results kept sealed', () => {
    expect(model.rounds.map((row) => row.name)).toEqual(['Eerste gesprek', 'Eindgesprek']);
    expect(model.rounds[0].cells[0]).toMatchObject({
      points: 72.5,
      best: true,
      decisionKey: 'decide.round.pass',
      text: 'Two of two said yes',
    });
    expect(model.rounds[0].cells[1]).toMatchObject({ sealed: true, points: null });
    expect(model.rounds[1].cells.every((cell) => cell.points === null && !cell.best)).toBe(true);
  });

  it('says on each form why a decision would need a reason', () => {
    expect(model.columns[0].form).toMatchObject({ knockouts: null, passedOver: null, revision: 1, back: '/back' });
    expect(model.columns[1].form.passedOver).toEqual({ stageKey: 'stage.interview', round: ' (Eerste gesprek)' });
    expect(model.columns[2].form.knockouts).toBe('education');
    expect(model.columns[0].form.action).toBe(`/manager/applications/${A}/decide`);
  });
});
