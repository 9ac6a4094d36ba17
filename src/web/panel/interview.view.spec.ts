import { join } from 'node:path';
import type { Interview } from '../../interviews/entities/interview.entity';
import type { Scorecard } from '../../interviews/entities/scorecard.entity';
import type { Vacancy } from '../../vacancies/entities/vacancy.entity';
import { Catalogue } from '../i18n/catalogue';
import { interviewView } from './interview.view';
import type { InterviewPageData } from './panel.data';

const round = {
  id: 'r1',
  name: 'Eerste gesprek',
  competencies: ['customer_focus', 'persuasiveness'],
  scale: 4,
  anchors: ['Zwak', 'Matig', 'Goed', 'Sterk'],
  questions: [{ competency: 'customer_focus', kind: 'behavioural', text: 'Vertel over een lastige klant.' }],
};
const vacancy = { id: 'v1', title: 'Accountmanager B', rounds: [round] } as unknown as Vacancy;
const result = {
  scorecards: 2,
  panelSize: 2,
  competencies: [
    { competency: 'customer_focus', weight: 1, mean: 2.5, rated: 2, notAssessed: 0, spread: 3, flagged: true },
  ],
  meanRating: 2.5,
  score: 50,
  recommendations: { strong_no: 1, no: 0, yes: 1, strong_yes: 0 },
  decision: 'fail',
  rule: { kind: 'average', threshold: 3 },
  reason: 'mean 2.5 is under 3',
};
const interview = {
  id: 'i1',
  roundId: 'r1',
  status: 'scheduled',
  startsAt: new Date('2026-12-14T09:30:00Z'),
  durationMinutes: 60,
  location: 'Kamer 2',
  meetingUrl: null,
  cancelReason: null,
  result,
  roundScore: 5000,
} as unknown as Interview;

function card(interviewerId: string, fields: Partial<Scorecard>): Scorecard {
  return {
    id: `s-${interviewerId}`,
    interviewerId,
    status: 'submitted',
    revision: 1,
    ratings: [],
    recommendation: null,
    summary: null,
    updatedAt: new Date('2026-12-14T11:00:00Z'),
    submittedAt: new Date('2026-12-14T11:00:00Z'),
    ...fields,
  } as Scorecard;
}

function data(sealed: boolean, own: Scorecard | null): InterviewPageData {
  const other = card('u2', {
    ratings: [{ competency: 'customer_focus', rating: 1, notes: 'Ander' }],
    recommendation: 'strong_no',
  });
  return {
    view: { interview, vacancy, sealed },
    candidate: { name: 'Anne', email: 'anne@example.com', phone: null, location: 'Utrecht' },
    onPanel: true,
    own: own && { scorecard: own, revisions: [] },
    panel: sealed ? null : [{ scorecard: other, revisions: [] }],
    names: new Map([['u2', 'Bram']]),
    agreement: null,
  };
}

describe('the interview page’s view', () => {
  const draft = card('u1', {
    status: 'draft',
    revision: 0,
    submittedAt: null,
    ratings: [{ competency: 'customer_focus', rating: 3, notes: 'Mijn notitie' }],
  });

  it('shows the scale with its anchors, the draft as saved, and no results while sealed', () => {
    const model = interviewView(data(true, draft), 'nl');
    expect(model.results).toBeNull();
    const [focus, persuasion] = model.form!.competencies;
    expect(focus.name).toBe('Klantgerichtheid');
    expect(focus.levels.map((level) => [level.value, level.anchor, level.checked])).toEqual([
      ['1', 'Zwak', false],
      ['2', 'Matig', false],
      ['3', 'Goed', true],
      ['4', 'Sterk', false],
    ]);
    expect(focus.notes).toBe('Mijn notitie');
    expect(persuasion.notAssessed.checked).toBe(false);
    expect(model.form!.action).toBe('/panel/interviews/i1/draft');
    expect(model.questionsByCompetency.map((one) => one.questions[0].kindKey)).toEqual(['panel.question.behavioural']);
    expect(JSON.stringify(model)).not.toContain('Ander');
  });

  it('shows what was typed over what was saved', () => {
    const typed = {
      ratings: { customer_focus: 'na', persuasiveness: '' },
      notes: { customer_focus: 'Getypt', persuasiveness: '' },
      recommendation: 'yes',
      summary: 'Kort',
    };
    const model = interviewView(data(true, draft), 'en', { typed });
    expect(model.form!.competencies[0].notAssessed.checked).toBe(true);
    expect(model.form!.competencies[0].notes).toBe('Getypt');
    expect(model.form!.recommendations.find((one) => one.checked)?.value).toBe('yes');
  });

  it('once submitted: the amendment form and the panel side by side with the flag and the decision', () => {
    const own = card('u1', {
      ratings: [{ competency: 'customer_focus', rating: 4, notes: null }],
      recommendation: 'yes',
    });
    const model = interviewView(data(false, own), 'en');
    expect(model.form).toMatchObject({ amend: true, action: '/panel/interviews/i1/amend', revision: 1 });
    expect(model.results).toMatchObject({
      columns: [{ name: 'Bram', recommendationKey: 'panel.recommendation.strong_no' }],
      decisionKey: 'panel.decision.fail',
      ruleKey: 'panel.rule.average',
      threshold: 3,
      score: 50,
      agreement: null,
    });
    expect(model.results!.rows[0]).toMatchObject({ cells: [{ rating: 1, notes: 'Ander' }], flagged: true, spread: 3 });
  });

  it('hands the templates only keys the catalogue has, in every language', () => {
    const catalogue = Catalogue.load(join(__dirname, '..', '..', '..', 'templates', 'pages', 'i18n'));
    const own = card('u1', { recommendation: 'yes' });
    const keys = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object' && !(value instanceof Date) && !(value instanceof Map))
        for (const [name, inner] of Object.entries(value)) {
          if (/Key$/.test(name) && typeof inner === 'string') keys.add(inner);
          else collect(inner);
        }
    };
    collect(interviewView(data(true, draft), 'en'));
    collect(interviewView(data(false, own), 'en'));
    for (const decision of ['pass', 'fail', 'pending']) keys.add(`panel.decision.${decision}`);
    for (const rule of ['average', 'majority_yes', 'unanimous', 'no_veto']) keys.add(`panel.rule.${rule}`);
    for (const kind of ['open', 'behavioural', 'scenario']) keys.add(`panel.question.${kind}`);
    for (const status of ['open', 'draft', 'submitted', 'cancelled', 'overdue']) keys.add(`panel.status.${status}`);
    expect(keys.size).toBeGreaterThan(15);
    for (const language of ['en', 'nl', 'et'] as const) {
      expect([...keys].filter((key) => !catalogue.has(key, language))).toEqual([]);
    }
  });
});
