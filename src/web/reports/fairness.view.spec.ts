import type { AdverseImpactReport } from '../../fairness/adverse-impact.service';
import { impactTable } from '../../fairness/impact-table';
import { readOwnQuestionSets } from '../../fairness/own-question-sets';
import { QUESTION_SETS } from '../../fairness/question-sets';
import { fairnessHref, fairnessView, IMPACT_CHART, INTERSECTION } from './fairness.view';

const RULES = { minGroupSize: 5, leaveOutUnderTwoPercent: true };
const INPUT = { vacancyId: null, family: '', from: '', to: '', questionSet: 'us-eeo', dimension: 'sex' };
const CHOICES = {
  vacancies: [],
  families: ['Accountmanager'],
  questionSets: [QUESTION_SETS['us-eeo'], QUESTION_SETS.eu],
};

function report(overrides: Partial<AdverseImpactReport> = {}): AdverseImpactReport {
  const rows = impactTable(
    [
      { category: 'female', considered: 20, selected: 16 },
      { category: 'male', considered: 20, selected: 8 },
    ],
    RULES,
  );
  const step = { considered: 42, unknown: 1, declined: 1, open: 3, withdrawn: 0, rows };
  return {
    vacancy: null,
    family: null,
    period: { from: null, to: null },
    questionSet: 'us-eeo',
    questions: ['sex'],
    rules: RULES,
    categories: ['female', 'male'],
    applications: 45,
    unknown: 2,
    declined: 1,
    steps: [{ step: 'screening', ...step }],
    knockouts: [],
    scoring: [
      { measure: 'screening', median: 5550, scored: 40, unknown: 0, declined: 0, rows },
      { measure: 'round', round: 1, median: null, scored: 0, unknown: 0, declined: 0, rows },
    ],
    ...overrides,
  };
}

describe('the fairness report page', () => {
  it('draws each rate as a bar with the four-fifths mark of the highest, and flags the groups under it', () => {
    const model = fairnessView(INPUT, CHOICES, report());
    const [screening] = model.report!.steps;
    expect(screening).toMatchObject({ id: 'step-screening', titleKey: 'fairness.step.screening', considered: 42 });
    // 80% and 40%: the mark at 0.8 × 80% = 64% of the bars' width.
    expect(screening.fourFifthsX).toBe(Math.round(0.64 * IMPACT_CHART.bars * 10) / 10);
    expect(screening.rows.map((row) => [row.labels, row.rate, row.below, row.width])).toEqual([
      [[{ key: 'fairness.answer.us-eeo.sex.female' }], 80, false, 200],
      [[{ key: 'fairness.answer.us-eeo.sex.male' }], 40, true, 100],
    ]);
    // The value is written right of the mark when the bar stops short of it.
    expect(screening.rows[1].valueX).toBe(screening.fourFifthsX! + 6);
    expect(screening.apart).toEqual([
      { key: 'fairness.apart.unknown', count: 1 },
      { key: 'fairness.apart.declined', count: 1 },
      { key: 'fairness.apart.open', count: 3 },
    ]);
    expect(model.report!.answered).toBe(42);
  });

  it('leaves out the rounds nobody has a score of yet, and links the CSV of the same choices', () => {
    const model = fairnessView({ ...INPUT, from: '2026-01-01' }, CHOICES, report());
    expect(model.report!.scoring.map((block) => block.id)).toEqual(['scoring-screening']);
    expect(model.report!.scoring[0].median).toBe(55.5);
    expect(model.report!.csvHref).toBe('/reports/adverse-impact.csv?from=2026-01-01&questionSet=us-eeo&question=sex');
  });

  it("labels crossed groups by both answers and offers the set's questions and their intersection", () => {
    const crossed = report({ questions: ['sex', 'raceEthnicity'] });
    crossed.steps[0].rows = impactTable([{ category: 'female/asian', considered: 3, selected: 1 }], RULES);
    const model = fairnessView({ ...INPUT, dimension: INTERSECTION }, CHOICES, crossed);
    expect(model.report!.questionLabels).toEqual([{ key: 'fairness.intersection.us-eeo' }]);
    expect(model.report!.steps[0].rows[0]).toMatchObject({
      labels: [{ key: 'fairness.answer.us-eeo.sex.female' }, { key: 'fairness.answer.us-eeo.raceEthnicity.asian' }],
      suppressed: true,
      rate: null,
      width: 0,
    });
    expect(model.form.dimensions.map((one) => [one.value, one.selected])).toEqual([
      ['sex', false],
      ['raceEthnicity', false],
      [INTERSECTION, true],
    ]);
    expect(fairnessHref({ ...INPUT, dimension: INTERSECTION })).toBe(
      '/reports/fairness?questionSet=us-eeo&intersection=true',
    );
  });

  it('names the fields a report could not be made of', () => {
    const model = fairnessView({ ...INPUT, from: 'soon', dimension: 'height' }, CHOICES, null, [
      { field: 'from', messages: ['from must be a date'] },
      { field: 'question', messages: ['question must be one of'] },
    ]);
    expect(model.form).toMatchObject({ fromError: 'reports.form.badDate', questionError: 'fairness.form.badQuestion' });
    expect(model.problem).toBe('reports.form.badDate');
    expect(model.report).toBeUndefined();
    expect(model.form.families).toEqual([{ value: 'Accountmanager', selected: false }]);
  });

  it("words an organisation's own set in the reader's language, from its file", () => {
    const words = (en: string) => ({ nl: `${en} (nl)`, et: `${en} (et)`, en });
    const { sets, problems } = readOwnQuestionSets({
      sets: [
        {
          key: 'uk',
          consentVersion: '2027-01-01',
          name: words('UK: ethnicity'),
          purpose: words('Why we ask'),
          questions: [
            {
              key: 'ethnicity',
              text: words('Ethnic group'),
              answers: [
                { key: 'white', text: words('White') },
                { key: 'mixed', text: words('Mixed or multiple') },
              ],
            },
          ],
        },
      ],
    });
    expect(problems).toEqual([]);
    const own = report({ questionSet: 'uk', questions: ['ethnicity'] });
    own.steps[0].rows = impactTable([{ category: 'mixed', considered: 9, selected: 4 }], RULES);
    const model = fairnessView(
      { ...INPUT, questionSet: 'uk', dimension: 'ethnicity' },
      { ...CHOICES, questionSets: [...CHOICES.questionSets, ...sets] },
      own,
      [],
      'nl',
    );
    expect(model.form.sets.map((set) => set.labels)).toEqual([
      [{ key: 'fairness.set.us-eeo' }],
      [{ key: 'fairness.set.eu' }],
      [{ text: 'UK: ethnicity (nl)' }],
    ]);
    // One question: nothing to cross.
    expect(model.form.dimensions).toEqual([
      { value: 'ethnicity', labels: [{ text: 'Ethnic group (nl)' }], selected: true },
    ]);
    expect(model.report!.steps[0].rows[0].labels).toEqual([{ text: 'Mixed or multiple (nl)' }]);
  });
});
