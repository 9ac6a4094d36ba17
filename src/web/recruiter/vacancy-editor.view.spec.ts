import { join } from 'node:path';
import type { ScreeningProgress, ShortlistWhatIf } from '../../applications/shortlist-what-if.service';
import { STANDINGS } from '../../applications/shortlist-order';
import { projectRoot } from '../../mail/project-root';
import { TEMPLATES } from '../../role-profiles/templates';
import { LANGUAGES } from '../../users/entities/user.entity';
import type { Vacancy } from '../../vacancies/entities/vacancy.entity';
import { VACANCY_STATUSES } from '../../vacancies/entities/vacancy.entity';
import type { VacancyRound } from '../../vacancies/entities/vacancy-round.entity';
import { Catalogue } from '../i18n/catalogue';
import { criteriaModel, editorView, roundsModel } from './vacancy-editor.view';
import { progressModel, whatIfModel } from './vacancy-preview.view';
import { detailsModel, FieldProblems } from './vacancy-fields.view';
import { criteriaFromBody, criteriaInput, criteriaOf, detailsInput, detailsOf } from './vacancy-forms';
import { roundsFromBody, roundsInput, roundsOf } from './vacancy-round-forms';
import { vacancyListView } from './vacancy-list.view';
import { newVacancyView, parseSource } from './vacancy-new.view';

const round = (overrides: Partial<VacancyRound> = {}) =>
  ({
    id: 'r1',
    position: 1,
    name: 'Eerste gesprek',
    kind: 'interview',
    competencies: ['customer_focus'],
    scale: 4,
    anchors: ['Nee!', 'Nee', 'Ja', 'Ja!'],
    questions: [{ competency: 'customer_focus', kind: 'open', text: 'Vertel.' }],
    passRule: 'average',
    passThreshold: null,
    weight: 1,
    ...overrides,
  }) as VacancyRound;

const vacancy = (overrides: Partial<Vacancy> = {}) =>
  ({
    id: 'v1',
    title: 'Accountmanager B',
    description: 'Klanten.',
    location: null,
    employmentType: 'full_time',
    headcount: 1,
    roleProfileId: 'p1',
    roleProfileVersion: 3,
    status: 'open',
    knockoutPolicy: 'flag',
    screeningWeight: 100,
    interviewWeight: 0,
    autoAdvance: false,
    calibrateInterviews: false,
    rejectionMailDelayHours: null,
    members: [
      { userId: 'm1', role: 'hiring_manager' },
      { userId: 'u1', role: 'recruiter' },
    ],
    rounds: [round()],
    ...overrides,
  }) as Vacancy;

const progress = (state: ScreeningProgress['state'], screened = 2, open = 4): ScreeningProgress => ({
  vacancyId: 'v1',
  profileVersion: 3,
  open,
  screened,
  state,
});

const preview: ShortlistWhatIf = {
  vacancyId: 'v1',
  profileVersion: 3,
  referenceDate: '2026-12-06',
  items: [
    {
      applicationId: 'a2',
      candidateId: 'c2',
      name: 'Tweede',
      stage: 'screening',
      before: { position: 2, score: 7000, standing: 'ranked' },
      after: { position: 1, score: 8125, standing: 'ranked' },
      moved: 1,
    },
    {
      applicationId: 'a1',
      candidateId: 'c1',
      name: 'Eerste',
      stage: 'applied',
      before: { position: 1, score: 0, standing: 'ranked' },
      after: { position: 2, score: 6000, standing: 'knocked_out' },
      moved: -1,
    },
  ],
};

describe('the vacancy editor’s forms', () => {
  it('turns the stored criteria into fields and back without losing anything', () => {
    // An empty list and none score the same; the form leaves an empty one out.
    const plain = (value: object) =>
      JSON.parse(JSON.stringify(value, (_key, item) => (Array.isArray(item) && item.length === 0 ? undefined : item)));
    for (const template of TEMPLATES) {
      expect(plain(criteriaInput(criteriaOf(template.criteria)))).toEqual(plain(template.criteria));
    }
  });

  it('reads posted criteria: switched-off ones left out, empty rows skipped, numbers as numbers, text kept', () => {
    const form = criteriaFromBody({
      'education.on': '1',
      'education.weight': '20',
      'education.knockout': '1',
      'education.minimumLevel': 'hbo',
      'education.preferredFields': 'economie,  recht ,',
      'courses.weight': '5',
      'competencies.on': '1',
      'competencies.weight': '30',
      'competency.code': ['customer_focus', ''],
      'competency.requiredLevel': ['4', '3'],
      'competency.weight': ['2', '1'],
      'salesExperience.on': '1',
      'salesExperience.weight': 'veel',
    });
    expect(criteriaInput(form)).toEqual({
      education: {
        weight: 20,
        knockout: true,
        minimumLevel: 'hbo',
        preferredLevel: undefined,
        preferredFields: ['economie', 'recht'],
      },
      salesExperience: {
        weight: NaN,
        knockout: false,
        minimumYears: undefined,
        targetYears: undefined,
        industries: undefined,
      },
      competencies: { weight: 30, knockout: false, items: [{ code: 'customer_focus', requiredLevel: 4, weight: 2 }] },
    });
    expect(form.weight.salesExperience).toBe('veel');
  });

  it('keeps a kept round’s anchors and questions, leaves out removed and blank rows', () => {
    const rows = roundsFromBody({
      'round.0.id': 'r1',
      'round.0.name': 'Kennismaking',
      'round.0.kind': 'interview',
      'round.0.competencies': ['customer_focus', 'analytical'],
      'round.0.scale': '4',
      'round.0.passRule': 'average',
      'round.0.passThreshold': '2,5',
      'round.0.weight': '1',
      'round.1.id': 'r2',
      'round.1.name': 'Weg',
      'round.1.remove': '1',
      'round.2.id': '',
      'round.2.name': '',
    });
    expect(rows).toHaveLength(3);
    const input = roundsInput(rows, [round()]);
    expect(input).toEqual([
      {
        id: 'r1',
        name: 'Kennismaking',
        kind: 'interview',
        competencies: ['customer_focus', 'analytical'],
        weight: 1,
        scorecard: {
          scale: 4,
          passRule: 'average',
          passThreshold: 2.5,
          anchors: ['Nee!', 'Nee', 'Ja', 'Ja!'],
          questions: [{ competency: 'customer_focus', kind: 'open', text: 'Vertel.' }],
        },
      },
    ]);
  });

  it('sends no rejection mail when it is switched off, and keeps the delay otherwise', () => {
    const details = detailsOf(vacancy());
    expect(details).toMatchObject({ sendRejectionMail: false, rejectionMailDelayHours: '48', recruiterIds: ['u1'] });
    expect(detailsInput(details).rejectionMailDelayHours).toBeNull();
    expect(
      detailsInput({ ...details, sendRejectionMail: true, rejectionMailDelayHours: '' }).rejectionMailDelayHours,
    ).toBe(48);
  });
});

describe('the vacancy editor’s view', () => {
  it('marks the fields a service named, by their place among the rows sent', () => {
    const problems = new FieldProblems([
      { field: 'criteria.education.weight', messages: [] },
      { field: 'criteria.competencies.items[1].code', messages: [] },
    ]);
    const model = criteriaModel(criteriaOf(TEMPLATES[1].criteria), 'nl', problems, 3);
    expect(model.sections.education.invalid.weight).toBe('vacancy.invalid.weight');
    expect(model.sections.salesExperience.invalid.weight).toBeUndefined();
    expect(model.competencyRows[1].invalid.code).toBe('vacancy.invalid.code');
    expect(model.competencyRows[0].invalid.code).toBeUndefined();
    // Two blank rows to add competencies, the choices named in the page's language.
    expect(model.competencyRows).toHaveLength(TEMPLATES[1].criteria.competencies!.items.length + 2);
    expect(model.competencyRows[0].choices.find((choice) => choice.selected)?.name).toBe('Klantgerichtheid');
    const rounds = roundsModel(
      [{ ...roundsOf([round()])[0], remove: true }, { ...roundsOf([round({ id: 'r2', name: 'Tweede' })])[0] }],
      'en',
      new FieldProblems([{ field: 'rounds[0].scorecard.passThreshold', messages: [] }]),
    );
    expect(rounds.map((row) => [row.name, row.invalid.passThreshold])).toEqual([
      ['Eerste gesprek', undefined],
      ['Tweede', 'vacancy.invalid.round.passThreshold'],
      ['', undefined],
    ]);
    expect(rounds[2]).toMatchObject({ isNew: true, place: 3 });
  });

  it('shows who moves which way, how far, and the score before and after', () => {
    const model = whatIfModel(preview);
    expect(model).toMatchObject({ state: 'ready', count: 2, moved: 2 });
    expect(model.rows[0]).toMatchObject({ direction: 'up', places: 1, before: 2, position: 1, scoreAfter: 81.25 });
    expect(model.rows[1]).toMatchObject({
      direction: 'down',
      places: 1,
      hasScoreBefore: true,
      scoreBefore: 0,
      standingKey: 'vacancy.standing.knocked_out',
    });
    expect(whatIfModel({ ...preview, items: [] }).state).toBe('empty');
    expect(whatIfModel('invalid').state).toBe('invalid');
  });

  it('warns beside the ranking of criteria that stand in for a protected trait, typed or stored', () => {
    const model = whatIfModel('invalid', [
      { field: 'languages.items[0].level', trait: 'national_origin', code: 'native_speaker', term: 'et' },
      { field: 'courses.topics[1]', trait: 'age', code: 'age_limit', term: 'max. leeftijd 35' },
    ]);
    expect(model.warnings).toEqual([
      { criterionKey: 'vacancy.criterion.languages', messageKey: 'vacancy.proxy.native_speaker', term: 'et' },
      { criterionKey: 'vacancy.criterion.courses', messageKey: 'vacancy.proxy.age_limit', term: 'max. leeftijd 35' },
    ]);
    expect(whatIfModel(preview).warnings).toEqual([]);
  });

  it('polls the progress only while screening runs', () => {
    expect(progressModel(progress('running'))).toMatchObject({ running: true, percent: 50 });
    expect(progressModel(progress('done', 4))).toMatchObject({ running: false, percent: 100 });
    expect(progressModel(progress('done', 0, 0)).percent).toBe(100);
  });
});

describe('the vacancy pages’ catalogue keys', () => {
  const catalogue = Catalogue.load(join(projectRoot(), 'templates', 'pages', 'i18n'));

  it('has every key the view models hand out, in every language', () => {
    const people = { hiringManagers: [], recruiters: [] };
    const everyField = new FieldProblems(
      [
        'title',
        'description',
        'location',
        'employmentType',
        'headcount',
        'hiringManagerIds',
        'recruiterIds',
        'knockoutPolicy',
        'screeningWeight',
        'interviewWeight',
        'rejectionMailDelayHours',
        ...['education', 'salesExperience', 'clientBase', 'competencies', 'certifications', 'languages', 'courses'].map(
          (key) => `criteria.${key}`,
        ),
        'criteria.competencies.items[0]',
        'criteria.languages.items[0]',
        'rounds[0]',
      ].map((field) => ({ field, messages: [] })),
    );
    const allCriteria = {
      ...TEMPLATES[3].criteria,
      ...TEMPLATES[4].criteria,
      courses: TEMPLATES[0].criteria.courses,
    };
    const criteria = criteriaModel(criteriaOf(allCriteria), 'en', everyField, 1);
    const rounds = roundsModel(roundsOf([round()]), 'en', everyField);
    const details = detailsModel(detailsOf(vacancy()), people, everyField);
    const keys: string[] = [
      ...Object.values(details.invalid),
      ...details.employmentTypes.map((choice) => choice.labelKey),
      ...details.knockoutPolicies.map((choice) => choice.labelKey),
      ...Object.values(criteria.sections).flatMap((section) => [section.titleKey, ...Object.values(section.invalid)]),
      ...criteria.competencyRows.flatMap((row) => Object.values(row.invalid)),
      ...criteria.languageRows.flatMap((row) => [...Object.values(row.invalid), ...row.levels.map((l) => l.labelKey)]),
      ...criteria.segments.map((choice) => choice.labelKey),
      criteriaModel(criteriaOf({}), 'en', new FieldProblems([{ field: 'criteria', messages: [] }]), 1)
        .profileProblemKey!,
      criteriaModel(
        criteriaOf({}),
        'en',
        new FieldProblems([{ field: 'criteria.competencies.items', messages: [] }]),
        1,
      ).profileProblemKey!,
      ...rounds.flatMap((row) => [
        ...Object.values(row.invalid),
        ...row.kinds.map((choice) => choice.labelKey),
        ...row.passRules.map((choice) => choice.labelKey),
      ]),
      'vacancy.invalid.round.anchors',
      ...(['idle', 'invalid'] as const).map((state) => whatIfModel(state === 'idle' ? undefined : state).stateKey),
      ...[whatIfModel(preview), whatIfModel({ ...preview, items: [] })].flatMap((model) => [
        model.stateKey,
        ...model.rows.flatMap((row) => [row.movedKey, row.stageKey, row.standingKey]),
      ]),
      'vacancy.whatIf.moved.same',
      ...STANDINGS.map((standing) => `vacancy.standing.${standing}`),
      ...(['running', 'done', 'incomplete'] as const).map((state) => progressModel(progress(state)).stateKey),
      ...VACANCY_STATUSES.map((status) => `vacancy.status.${status}`),
      ...(['details', 'criteria', 'rounds', 'created'] as const).map(
        (saved) =>
          editorView({
            vacancy: vacancy(),
            profileName: 'x',
            details,
            criteria,
            rounds,
            whatIf: whatIfModel(undefined),
            progress: progressModel(progress('done')),
            saved,
          }).notice!.key,
      ),
      ...vacancyListView({ scope: 'mine', offset: 0, limit: 25 }, { vacancies: [], total: 0 }).statuses.map(
        (status) => status.labelKey,
      ),
      ...(['mine', 'all'] as const).flatMap((scope) => {
        const model = vacancyListView({ scope, offset: 0, limit: 25 }, { vacancies: [], total: 0 });
        return [model.emptyKey, ...model.scopes.map((link) => link.labelKey)];
      }),
      newVacancyView({ templates: [], vacancies: [], source: '', details, sourceInvalid: true }).sourceInvalid!,
      'vacancy.form.invalid',
      'vacancy.shortcut.new',
      'vacancy.shortcut.preview',
      'vacancy.shortcut.board',
      'errors.ROLE_PROFILE_CHANGED',
      'errors.VACANCY_ENDED',
      'errors.ROUND_IN_USE',
      'errors.ROLE_PROFILE_ARCHIVED',
    ].filter((key): key is string => typeof key === 'string');
    expect(keys.length).toBeGreaterThan(100);
    for (const language of LANGUAGES) {
      expect({ language, missing: keys.filter((key) => !catalogue.has(key, language)) }).toEqual({
        language,
        missing: [],
      });
    }
  });

  it('reads the source of a new vacancy', () => {
    expect(parseSource('template:accountmanager-b')).toEqual({ template: 'accountmanager-b' });
    expect(parseSource('vacancy:v1')).toEqual({ vacancy: 'v1' });
    expect(parseSource('elsewhere:x')).toBeUndefined();
    expect(parseSource('template:')).toBeUndefined();
  });
});
