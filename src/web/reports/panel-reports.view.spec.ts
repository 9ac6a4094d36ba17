import { join } from 'node:path';
import { Role } from '../../common/auth/role';
import type { InterviewerReport, PanelReport } from '../../interviews/panel-reports.service';
import { projectRoot } from '../../mail/project-root';
import { ICC_NOTES, RoundAgreement } from '../../scoring/panel-review';
import type { Vacancy } from '../../vacancies/entities/vacancy.entity';
import { Catalogue } from '../i18n/catalogue';
import { columnChart, divergingChart, niceLimit, shortLabel } from './panel-charts';
import { agreementView, panelReportsView, signed } from './panel-reports.view';

const vacancy = (rounds: { id: string; name: string; scale: number }[], calibrateInterviews = false) =>
  ({ id: 'v1', title: 'Accountmanager B', calibrateInterviews, rounds }) as unknown as Vacancy;

const agreement = (roundId: string, overrides: Partial<RoundAgreement> = {}): RoundAgreement => ({
  roundId,
  name: `Round ${roundId}`,
  interviews: 3,
  scorecards: 9,
  ratings: 18,
  alpha: { alpha: 0.5, units: 6, values: 18, observedDisagreement: 1, expectedDisagreement: 2 },
  icc: null,
  iccNote: ICC_NOTES.panelsDiffer,
  flagged: true,
  flaggedInterviews: [],
  ...overrides,
});

const interviewer = (id: string, name: string, correction: number, rounds: InterviewerReport['rounds']) =>
  ({
    vacancyId: 'v1',
    interviewerId: id,
    name,
    email: `${id}@example.com`,
    leniency: correction * 2,
    correction,
    comparisons: 6,
    interviews: 3,
    updatedAt: new Date(0),
    rounds,
  }) as unknown as InterviewerReport;

function report(overrides: Partial<PanelReport> = {}): PanelReport {
  return {
    vacancy: vacancy([
      { id: 'r1', name: 'Eerste gesprek', scale: 4 },
      { id: 'r2', name: 'Eindgesprek', scale: 7 },
    ]),
    agreement: [agreement('r1'), agreement('r2', { alpha: null, flagged: false, iccNote: ICC_NOTES.noScorecards })],
    calibration: [
      interviewer('a', 'Lenient Interviewer', 0.1, [{ roundId: 'r1', leniency: 0.2, comparisons: 6, interviews: 3 }]),
      interviewer('b', 'Strict Interviewer', -0.05, [{ roundId: 'r1', leniency: -0.1, comparisons: 6, interviews: 3 }]),
      interviewer('c', 'Lone Interviewer', 0, [{ roundId: 'r1', leniency: 0, comparisons: 0, interviews: 0 }]),
    ],
    distribution: [
      {
        roundId: 'r1',
        name: 'Eerste gesprek',
        scale: 4,
        anchors: ['Strong no', 'No', 'Yes', 'Strong yes'],
        interviews: 3,
        decided: 2,
        scorecards: 9,
        competencies: [{ competency: 'customer_focus', counts: [1, 2, 4, 2], notAssessed: 0 }],
      },
      {
        roundId: 'r2',
        name: 'Eindgesprek',
        scale: 7,
        anchors: ['1', '2', '3', '4', '5', '6', '7'],
        interviews: 0,
        decided: 0,
        scorecards: 0,
        competencies: [{ competency: 'persuasiveness', counts: [0, 0, 0, 0, 0, 0, 0], notAssessed: 0 }],
      },
    ],
    ...overrides,
  };
}

describe('panelReportsView', () => {
  it('shows leniency and corrections in points of the round’s scale, most lenient first', () => {
    const model = panelReportsView(report(), { roles: [Role.Recruiter] }, 'nl');
    const [first] = model.rounds;
    expect(first).toMatchObject({ name: 'Eerste gesprek', held: true, counts: { interviews: 3, decided: 2 } });
    // 0.2 of the 0–1 scale is 0.6 points of a 4-point scale; the correction 0.1 is 0.3 points.
    expect(first.leniency.rows.map((row) => [row.name, row.leniencyKey, row.leniency.points])).toEqual([
      ['Lenient Interviewer', 'reports.leniency.above', 0.6],
      ['Lone Interviewer', 'reports.leniency.alone', 0],
      ['Strict Interviewer', 'reports.leniency.below', 0.3],
    ]);
    expect(first.leniency.rows[0]).toMatchObject({
      correctionKey: 'reports.correction.above',
      correction: { points: 0.3 },
      correctionInterviews: 3,
    });
    // The chart draws only those compared with a colleague.
    expect(first.leniency.chart!.bars.map((bar) => [bar.label, bar.side])).toEqual([
      ['Lenient Interviewer', 'above'],
      ['Strict Interviewer', 'below'],
    ]);
    expect(first.distribution.competencies[0]).toMatchObject({ name: 'Klantgerichtheid', rated: 9, notAssessed: 0 });
    expect(model.links.map((link) => link.href)).toEqual([
      '/recruiter/vacancies/v1/edit',
      '/manager/vacancies/v1/shortlist',
    ]);
    expect(model.calibrateKey).toBe('reports.panels.notCalibrated');
    expect(model.emptyKey).toBeNull();
  });

  it('says in words what is empty: a round without scorecards, no round decided, no rounds at all', () => {
    const model = panelReportsView(report(), { roles: [Role.HiringManager] }, 'en');
    expect(model.rounds[1]).toMatchObject({ held: false, leniency: { emptyKey: 'reports.leniency.noRatings' } });
    expect(model.links.map((link) => link.href)).toEqual(['/manager/vacancies/v1/shortlist']);
    const undecided = report();
    undecided.distribution[0].decided = 0;
    expect(panelReportsView(undecided, { roles: [Role.Admin] }, 'en').emptyKey).toBe('reports.empty.noneDecided');
    undecided.distribution[0].scorecards = 0;
    expect(panelReportsView(undecided, { roles: [Role.Admin] }, 'en').emptyKey).toBe('reports.empty.noScorecards');
    const none = report({ vacancy: vacancy([], true), agreement: [], distribution: [], calibration: [] });
    expect(panelReportsView(none, { roles: [Role.Admin] }, 'en')).toMatchObject({
      emptyKey: 'reports.empty.noRounds',
      rounds: [],
      calibrateKey: 'reports.panels.calibrated',
    });
    const alone = report({ calibration: [report().calibration[2]] });
    expect(panelReportsView(alone, { roles: [Role.Admin] }, 'en').rounds[0].leniency).toMatchObject({
      chart: null,
      emptyKey: 'reports.leniency.none',
    });
  });

  it('words the agreement by Krippendorff’s bars and gives the ICC with its interval, or why there is none', () => {
    expect(agreementView(agreement('r1'), 4, 'en')).toMatchObject({ status: 'flagged', hasAlpha: true, alpha: 0.5 });
    const good = agreement('r1', {
      flagged: false,
      alpha: { alpha: 0.85, units: 6, values: 18, observedDisagreement: 1, expectedDisagreement: 7 },
    });
    expect(agreementView(good, 4, 'en').statusKey).toBe('reports.agreement.good');
    const tentative = { ...good, alpha: { ...good.alpha!, alpha: 0.7 } };
    expect(agreementView(tentative, 4, 'en').statusKey).toBe('reports.agreement.tentative');
    const none = agreement('r1', { alpha: null, flagged: false, iccNote: ICC_NOTES.notAllAssessed });
    expect(agreementView(none, 4, 'en')).toMatchObject({
      status: 'tooFew',
      hasAlpha: false,
      iccNoteKey: 'reports.icc.notAllAssessed',
    });
    const withIcc = agreementView(
      agreement('r1', {
        iccNote: null,
        icc: {
          icc1_1: 0.1,
          icc1_k: 0.2,
          icc2_1: 0.61,
          icc2_k: 0.82,
          icc3_1: 0.3,
          icc3_k: 0.4,
          subjects: 6,
          raters: 3,
          anova: { msr: 1, dfr: 5, msc: 1, dfc: 2, mse: 1, dfe: 10, msw: 1, dfw: 12 },
          intervals: {
            level: 0.95,
            icc1_1: null,
            icc1_k: null,
            icc2_1: { lower: 0.2, upper: 0.9 },
            icc2_k: null,
            icc3_1: null,
            icc3_k: null,
            approximateDf: 4,
          },
        },
        flaggedInterviews: [
          {
            interviewId: 'i1',
            applicationId: 'a1',
            competencies: [{ competency: 'customer_focus', spread: 3, ratings: [1, 4, 2] }],
          },
        ],
      }),
      4,
      'et',
    );
    expect(withIcc).toMatchObject({
      iccNoteKey: null,
      icc: {
        single: { value: 0.61, hasInterval: true, lower: 0.2, upper: 0.9 },
        panel: { value: 0.82, hasInterval: false },
        level: 95,
        raters: 3,
      },
      spreadFlag: 2,
      flaggedInterviews: [
        { href: '/panel/interviews/i1', number: 1, competencies: [{ ratings: '1 · 4 · 2', spread: 3 }] },
      ],
    });
  });

  it('hands the templates only keys the catalogue has, in every language', () => {
    const catalogue = Catalogue.load(join(projectRoot(), 'templates', 'pages', 'i18n'));
    const model = panelReportsView(report(), { roles: [Role.Recruiter] }, 'en');
    const keys = [
      model.calibrateKey,
      'reports.panels.calibrated',
      'reports.empty.noRounds',
      'reports.empty.noScorecards',
      'reports.empty.noneDecided',
      ...model.links.map((link) => link.labelKey),
      ...model.rounds.flatMap((round) => [
        round.agreement.statusKey,
        round.agreement.iccNoteKey,
        round.leniency.emptyKey,
        ...round.leniency.rows.flatMap((row) => [row.leniencyKey, row.correctionKey]),
      ]),
      ...['good', 'tentative', 'flagged', 'tooFew'].map((status) => `reports.agreement.${status}`),
      ...['above', 'below', 'level', 'alone'].map((way) => `reports.leniency.${way}`),
      ...['above', 'below', 'level'].map((way) => `reports.correction.${way}`),
      ...['noScorecards', 'panelsDiffer', 'notAllAssessed', 'tooSmall'].map((note) => `reports.icc.${note}`),
      'reports.leniency.none',
    ].filter((key): key is string => typeof key === 'string');
    for (const language of ['en', 'nl', 'et'] as const)
      expect(keys.filter((key) => !catalogue.has(key, language))).toEqual([]);
  });
});

describe('the charts', () => {
  it('rounds the axis up to a round number and puts zero in the middle', () => {
    expect([0.1, 0.25, 0.3, 0.6, 1.2, 3].map(niceLimit)).toEqual([0.25, 0.25, 0.5, 1, 2, 5]);
    const chart = divergingChart([
      { label: 'A', value: 0.6, mark: 0.3 },
      { label: 'B', value: -0.3, mark: null },
    ]);
    const half = chart.plotRight - chart.centre;
    expect(chart.ticks.map((tick) => [tick.value, tick.minus, tick.plus])).toEqual([
      [1, true, false],
      [0.5, true, false],
      [0, false, false],
      [0.5, false, true],
      [1, false, true],
    ]);
    expect(chart.bars[0]).toMatchObject({ x: chart.centre, side: 'above' });
    expect(chart.bars[0].width).toBeCloseTo(0.6 * half, 0);
    expect(chart.bars[0].markX).toBeCloseTo(chart.centre + 0.3 * half, 0);
    expect(chart.bars[1].x + chart.bars[1].width).toBeCloseTo(chart.centre, 0);
    expect(chart.bars[1]).toMatchObject({ side: 'below', markX: null });
    expect(chart.digits).toBe(1);
  });

  it('shortens long names and draws a column per point and one for not assessed', () => {
    expect(shortLabel('Accountmanager Interviewer Groningen')).toBe('Accountmanager Inter…');
    const chart = columnChart([1, 0, 4], 2);
    expect(chart.columns.map((column) => [column.point, column.count, column.height])).toEqual([
      [1, 1, 20],
      [2, 0, 0],
      [3, 4, 80],
      [null, 2, 40],
    ]);
    expect(chart.columns[3].notAssessed).toBe(true);
    expect(chart.width).toBeGreaterThan(chart.columns[3].x + chart.columns[3].width);
  });

  it('reads a 0–1 figure as signed points of the scale', () => {
    expect(signed(0.1667, 7)).toEqual({ points: 1, direction: 'above' });
    expect(signed(-0.3333, 4)).toEqual({ points: 1, direction: 'below' });
    expect(signed(0, 10)).toEqual({ points: 0, direction: 'level' });
  });
});
