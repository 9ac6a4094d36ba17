import type { ShortlistItemDto, ShortlistPageDto } from '../../applications/dto/application.dto';
import { compareHref, largestRemainder, scoreParts, shortlistHref, shortlistView } from './shortlist.view';

const VACANCY = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Accountmanager B',
  screeningWeight: 60,
  interviewWeight: 40,
  roundsPlanned: 2,
  calibrateInterviews: false,
};

function item(overrides: Partial<ShortlistItemDto> = {}): ShortlistItemDto {
  return {
    position: 1,
    standing: 'ranked',
    applicationId: '22222222-2222-4222-8222-222222222222',
    candidate: { id: '33333333-3333-4333-8333-333333333333', name: 'Anna de Vries', email: 'anna@example.com' },
    stage: 'interview',
    roundId: null,
    needsReview: false,
    shortlistScore: 72.5,
    interviewScore: null,
    evidence: { screening: 0.8, roundsScored: 0, roundsPlanned: 2 },
    rounds: [],
    fitLevel: null,
    profileVersion: 1,
    appliedAt: '2026-11-02T10:00:00.000Z',
    eligible: true,
    score: 72.5,
    completeness: 0.8,
    failedKnockouts: [],
    openKnockouts: [],
    breakdown: [],
    ...overrides,
  } as ShortlistItemDto;
}

const page = (items: ShortlistItemDto[], nextCursor: string | null = null): ShortlistPageDto => ({ items, nextCursor });

describe('scoreParts', () => {
  const weights = { screeningWeight: 60, interviewWeight: 40 };

  it('is the screening score alone until a round is decided', () => {
    expect(scoreParts(item(), weights)).toEqual([
      {
        kind: 'screening',
        tone: 'screening',
        labelKey: 'manager.shortlist.part.screening',
        points: 72.5,
        x: 0,
        width: 72.5,
      },
    ]);
  });

  it('splits the combined score by the weights, the parts adding up to it exactly', () => {
    // 80 × 0.6 + 50 × 0.4 = 48 + 20 = 68
    const parts = scoreParts(item({ score: 80, interviewScore: 50, shortlistScore: 68 }), weights);
    expect(parts.map((part) => [part.kind, part.points, part.x])).toEqual([
      ['screening', 48, 0],
      ['interviews', 20, 48],
    ]);
    // Rounded combined scores still add up: 81.37 × 0.6 = 48.822 → 48.82, the rest 26.29.
    const odd = scoreParts(item({ score: 81.37, interviewScore: 65.73, shortlistScore: 75.11 }), weights);
    expect(odd.map((part) => part.points)).toEqual([48.82, 26.29]);
    expect(Math.round(odd.reduce((sum, part) => sum + part.points, 0) * 100)).toBe(7511);
  });

  it('gives the interviews everything when screening weighs nothing, and nothing when they weigh nothing', () => {
    const interviewsOnly = scoreParts(item({ score: 80, interviewScore: 50, shortlistScore: 50 }), {
      screeningWeight: 0,
      interviewWeight: 100,
    });
    expect(interviewsOnly.map((part) => [part.kind, part.points])).toEqual([['interviews', 50]]);
    const screeningOnly = scoreParts(item({ score: 80, interviewScore: 50, shortlistScore: 80 }), {
      screeningWeight: 100,
      interviewWeight: 0,
    });
    expect(screeningOnly.map((part) => [part.kind, part.points])).toEqual([['screening', 80]]);
  });

  const PLAN = [
    { id: 'r1', name: 'Eerste gesprek', weight: 1 },
    { id: 'r2', name: 'Eindgesprek', weight: 3 },
  ];

  it('splits the interviews’ part into a segment per decided round, by weight times score', () => {
    // Interview score (33.33 × 1 + 66.67 × 3) / 4 = 58.34; combined 70 × 0.6 + 58.34 × 0.4 = 42 + 23.34 = 65.34.
    const parts = scoreParts(
      item({
        score: 70,
        interviewScore: 58.34,
        shortlistScore: 65.34,
        rounds: [
          { roundId: 'r1', name: 'Eerste gesprek', weight: 1, score: 33.33 },
          { roundId: 'r2', name: 'Eindgesprek', weight: 3, score: 66.67 },
        ],
      }),
      weights,
      PLAN,
    );
    // 2334 hundredths shared 3333 : 20001 → 333.46… and 2000.53…: 333 and 2001 by largest remainder.
    expect(parts.map((part) => [part.kind, part.tone, part.name, part.weight, part.points, part.x])).toEqual([
      ['screening', 'screening', undefined, undefined, 42, 0],
      ['round', 'round-1', 'Eerste gesprek', 1, 3.33, 42],
      ['round', 'round-2', 'Eindgesprek', 3, 20.01, 45.33],
    ]);
    expect(Math.round(parts.reduce((sum, part) => sum + part.points, 0) * 100)).toBe(6534);
  });

  it('colours a round by its place in the plan, so the same round looks the same in every row', () => {
    const parts = scoreParts(
      item({
        score: 70,
        interviewScore: 80,
        shortlistScore: 74,
        rounds: [{ roundId: 'r2', name: 'Eindgesprek', weight: 3, score: 80 }],
      }),
      weights,
      PLAN,
    );
    expect(parts.map((part) => [part.tone, part.points])).toEqual([
      ['screening', 42],
      ['round-2', 32],
    ]);
  });

  it('shares whole hundredths exactly, whatever the proportions', () => {
    expect(largestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(largestRemainder(2334, [3333, 20001])).toEqual([333, 2001]);
    expect(largestRemainder(0, [0, 0])).toEqual([0, 0]);
    expect(largestRemainder(5, [])).toEqual([]);
  });

  it('draws nothing for an application without a score', () => {
    expect(scoreParts(item({ shortlistScore: null, score: null }), weights)).toEqual([]);
  });
});

describe('shortlistView', () => {
  it('shows rank, reasons in words, evidence and the fit level of each row', () => {
    const model = shortlistView(
      page([
        item({
          position: 3,
          fitLevel: 'B',
          evidence: {
            screening: 0.756,
            roundsScored: 1,
            roundsPlanned: 2,
            awaiting: [{ roundId: 'r2', name: 'Eindgesprek', panel: 3, submitted: 1 }],
          },
        }),
        item({
          position: 4,
          standing: 'knocked_out',
          eligible: false,
          applicationId: '44444444-4444-4444-8444-444444444444',
          failedKnockouts: [{ criterion: 'education', reason: 'Opleiding mbo 3; minimum hbo' }],
          openKnockouts: [{ criterion: 'languages', reason: 'Engels onbekend' }],
          evidence: { screening: null, roundsScored: 0, roundsPlanned: 2, awaiting: [] },
        }),
      ]),
      VACANCY,
      {},
    );
    expect(model.rows[0]).toMatchObject({
      position: 3,
      name: 'Anna de Vries',
      stageKey: 'stage.interview',
      standingKey: 'manager.shortlist.standing.ranked',
      screened: true,
      evidencePercent: 76,
      roundsScored: 1,
      roundsPlanned: 2,
      roundsMissing: 1,
      awaiting: [{ name: 'Eindgesprek', panel: 3, submitted: 1 }],
      fitLevel: 'B',
    });
    expect(model.rows[1]).toMatchObject({
      standing: 'knocked_out',
      failedReasons: ['Opleiding mbo 3; minimum hbo'],
      openReasons: ['Engels onbekend'],
      screened: false,
      roundsMissing: 2,
    });
    expect(model.from).toBe(3);
    expect(model.to).toBe(4);
    expect(model.weights).toEqual({ screening: 60, interviews: 40 });
    expect(model.interviewScoresKey).toBe('manager.shortlist.interviews.asRated');
    expect(model.rows[0].barMissing).toEqual([]);
    const calibrated = shortlistView(page([]), { ...VACANCY, calibrateInterviews: true }, {});
    expect(calibrated.interviewScoresKey).toBe('manager.shortlist.interviews.calibrated');
  });

  it('names the rounds not decided yet, beside the bar once a round is in', () => {
    const rounds = [
      { id: 'r1', name: 'Eerste gesprek', weight: 1 },
      { id: 'r2', name: 'Eindgesprek', weight: 3 },
    ];
    const model = shortlistView(
      page([
        item({
          interviewScore: 50,
          rounds: [{ roundId: 'r1', name: 'Eerste gesprek', weight: 1, score: 50 }],
          evidence: { screening: 1, roundsScored: 1, roundsPlanned: 2, awaiting: [] },
        }),
        item({ applicationId: '55555555-5555-4555-8555-555555555555' }),
      ]),
      { ...VACANCY, rounds },
      {},
    );
    expect(model.rows[0]).toMatchObject({
      missingRounds: [{ name: 'Eindgesprek', weight: 3 }],
      missingNames: 'Eindgesprek',
      barMissing: [{ name: 'Eindgesprek', weight: 3 }],
    });
    expect(model.rows[1]).toMatchObject({ missingNames: 'Eerste gesprek, Eindgesprek', barMissing: [] });
  });

  it('links each row to its decision, coming back to this very page', () => {
    const query = { standing: 'ranked' as const, cursor: 'abc' };
    const model = shortlistView(page([item()]), VACANCY, query);
    const decide = new URL(model.rows[0].decideHref, 'http://sift.test');
    expect(decide.pathname).toBe('/manager/applications/22222222-2222-4222-8222-222222222222/decide');
    expect(decide.searchParams.get('back')).toBe(
      `/manager/vacancies/${VACANCY.id}/shortlist?standing=ranked&cursor=abc`,
    );
  });

  it('keeps the filters in the CSV link and the paging, and offers the first page once past it', () => {
    const query = { stage: 'interview' as const, eligible: true };
    const first = shortlistView(page([item()], 'next-one'), VACANCY, query);
    expect(first.csvHref).toBe(`/vacancies/${VACANCY.id}/shortlist.csv?stage=interview&eligible=true`);
    expect(first.nextHref).toBe(shortlistHref(VACANCY.id, { ...query, cursor: 'next-one' }));
    expect(first.firstHref).toBeUndefined();
    expect(first.filters.filtered).toBe(true);
    expect(first.filters.stages.find((stage) => stage.selected)?.value).toBe('interview');
    expect(first.filters.eligible.find((one) => one.selected)?.value).toBe('true');
    const later = shortlistView(page([item({ position: 26 })]), VACANCY, { ...query, cursor: 'next-one' });
    expect(later.firstHref).toBe(`/manager/vacancies/${VACANCY.id}/shortlist?stage=interview&eligible=true`);
    expect(later.nextHref).toBeUndefined();
    const plain = shortlistView(page([]), VACANCY, {});
    expect(plain.filters.filtered).toBe(false);
    expect(plain.csvHref).toBe(`/vacancies/${VACANCY.id}/shortlist.csv`);
    expect(plain.from).toBe(0);
  });

  it('sends the picked applications to the compare page as one list', () => {
    expect(compareHref(VACANCY.id, ['a', 'b', 'c'])).toBe(`/manager/vacancies/${VACANCY.id}/compare?ids=a,b,c`);
  });
});
