import { adverseImpact, ApplicantRecord, PATH } from './adverse-impact';
import { SmallNumberRules } from './impact-table';
import { categoriesOf, QUESTION_SETS } from './question-sets';

const RULES: SmallNumberRules = { minGroupSize: 5, leaveOutUnderTwoPercent: true };
const US = QUESTION_SETS['us-eeo'];

function applicant(answers: Record<string, string>, path: Partial<ApplicantRecord> = {}): ApplicantRecord {
  return {
    answers,
    stage: 'applied',
    furthest: PATH.applied,
    furthestRound: 0,
    rounds: 2,
    eligible: null,
    failedKnockouts: [],
    screeningScore: null,
    roundScores: [],
    ...path,
  };
}

const many = (count: number, make: () => ApplicantRecord) => Array.from({ length: count }, make);

describe('the adverse-impact figures of a scope', () => {
  it('names the categories of one question and of two crossed, in the set order', () => {
    expect(categoriesOf(US, ['sex'])).toEqual(['female', 'male']);
    expect(categoriesOf(US, ['sex', 'raceEthnicity'])).toHaveLength(14);
    expect(categoriesOf(US, ['sex', 'raceEthnicity']).slice(0, 2)).toEqual(['female/hispanic-latino', 'female/white']);
  });

  it('counts each step over those who reached the one before and whose outcome is known', () => {
    const rejectedAtScreening = {
      stage: 'rejected' as const,
      eligible: false,
      failedKnockouts: ['education' as const],
    };
    const inRoundOne = { stage: 'interview' as const, furthest: PATH.interview, furthestRound: 1, eligible: true };
    const failedRoundOne = { ...inRoundOne, stage: 'rejected' as const };
    const hired = { stage: 'hired' as const, furthest: PATH.hired, furthestRound: 2, eligible: true };
    const records = [
      // Women: 10 screened, 8 passed; 2 still wait in round 1, 2 failed it, 4 hired.
      ...many(2, () => applicant({ sex: 'female' }, rejectedAtScreening)),
      ...many(2, () => applicant({ sex: 'female' }, inRoundOne)),
      ...many(2, () => applicant({ sex: 'female' }, failedRoundOne)),
      ...many(4, () => applicant({ sex: 'female' }, hired)),
      // Men: 10 screened, 5 passed, 1 hired, 4 failed round 1; one withdrew before screening.
      ...many(5, () => applicant({ sex: 'male' }, rejectedAtScreening)),
      ...many(4, () => applicant({ sex: 'male' }, failedRoundOne)),
      applicant({ sex: 'male' }, hired),
      applicant({ sex: 'male' }, { stage: 'withdrawn' }),
      // No answer, and declined: counted, never a category.
      applicant({}, hired),
      applicant({ sex: 'declined' }, rejectedAtScreening),
    ];
    const figures = adverseImpact(records, US, ['sex'], RULES);
    expect(figures).toMatchObject({ applications: 23, unknown: 1, declined: 1 });
    const [screening, round1, round2, offer, hired_, overall] = figures.steps;
    expect(screening).toMatchObject({ step: 'screening', considered: 22, unknown: 1, declined: 1, open: 0 });
    expect(screening.rows.map((row) => [row.category, row.considered, row.selected, row.rate])).toEqual([
      ['female', 10, 8, 0.8],
      ['male', 10, 5, 0.5],
    ]);
    expect(screening.rows[1]).toMatchObject({ impactRatio: 0.625, belowFourFifths: true });
    // Round 1: everyone who passed screening reached it.
    expect(round1.rows.map((row) => [row.considered, row.selected])).toEqual([
      [8, 8],
      [5, 5],
    ]);
    // Round 2: two women still wait in round 1, so they are open, not failed.
    expect(round2).toMatchObject({ step: 'round', round: 2, open: 2 });
    expect(round2.rows.map((row) => [row.considered, row.selected])).toEqual([
      [6, 4],
      [5, 1],
    ]);
    // Four and one considered: under the minimum of five, so neither shows what became of them.
    expect(offer.rows.map((row) => [row.considered, row.selected, row.status])).toEqual([
      [4, null, 'suppressed'],
      [1, null, 'suppressed'],
    ]);
    // One man hired: under the minimum of five, so no rate.
    expect(hired_.rows[1]).toMatchObject({ status: 'suppressed', rate: null });
    expect(overall).toMatchObject({ step: 'overall', open: 2, withdrawn: 1 });
    expect(overall.rows.map((row) => [row.considered, row.selected])).toEqual([
      [8, 4],
      [10, 1],
    ]);
    expect(figures.knockouts).toHaveLength(1);
    expect(figures.knockouts[0]).toMatchObject({ criterion: 'education', flagged: 8 });
    expect(figures.knockouts[0].rows.map((row) => row.rate)).toEqual([0.8, 0.5]);
  });

  it("measures scoring rates as the share above the whole sample's median", () => {
    const records = [
      ...[10, 20, 30, 40, 50, 60].map((score) =>
        applicant({ sex: 'female' }, { eligible: true, screeningScore: score * 100 }),
      ),
      ...[70, 80, 90, 15, 25, 35].map((score) =>
        applicant({ sex: 'male' }, { eligible: true, screeningScore: score * 100 }),
      ),
      applicant({}, { eligible: true, screeningScore: 10_000 }),
    ];
    const [screening] = adverseImpact(records, US, ['sex'], RULES).scoring;
    // 13 scores; the median is the seventh, 40.00 (the unknown's score counts in the median).
    expect(screening).toMatchObject({ measure: 'screening', median: 4000, scored: 13, unknown: 1 });
    expect(screening.rows.map((row) => [row.considered, row.selected, row.rate])).toEqual([
      [6, 2, 0.3333],
      [6, 3, 0.5],
    ]);
  });

  it('crosses two questions, and calls a record with either one declined declined', () => {
    const figures = adverseImpact(
      [
        applicant({ sex: 'female', raceEthnicity: 'asian' }, { eligible: true }),
        applicant({ sex: 'female', raceEthnicity: 'declined' }, { eligible: true }),
        applicant({ sex: 'male' }, { eligible: true }),
      ],
      US,
      ['sex', 'raceEthnicity'],
      RULES,
    );
    expect(figures).toMatchObject({ unknown: 1, declined: 1 });
    const row = figures.steps[0].rows.find((one) => one.category === 'female/asian');
    expect(row).toMatchObject({ considered: 1, status: 'suppressed' });
  });
});
