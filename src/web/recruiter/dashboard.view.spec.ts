import type { RecruiterDashboard } from '../../dashboard/recruiter-dashboard.service';
import { dashboardView } from './dashboard.view';

const at = (text: string) => new Date(text);

/** A dashboard as the service returns it; each test changes what it is about. */
function data(overrides: Partial<RecruiterDashboard> = {}): RecruiterDashboard {
  return {
    scope: 'mine',
    now: at('2026-12-06T10:00:00Z'),
    vacancies: {
      items: [
        { id: 'v1', title: 'Accountmanager B', location: 'Utrecht' },
        { id: 'v2', title: 'Key Account Manager', location: null },
      ],
      total: 2,
    },
    stageCounts: [
      { vacancyId: 'v1', stage: 'applied', applications: 12, needsReview: 2 },
      { vacancyId: 'v1', stage: 'screening', applications: 3, needsReview: 1 },
      { vacancyId: 'v1', stage: 'rejected', applications: 5, needsReview: 0 },
    ],
    flagged: { items: [], total: 0 },
    unconfirmedFacts: { items: [], total: 0 },
    overdueScorecards: { items: [], total: 0 },
    failedMails: { items: [], total: 0 },
    activity: [],
    ...overrides,
  };
}

describe('dashboardView', () => {
  it('lays out each vacancy’s counts in stage order, with zeros for stages nobody is in, a total and the flagged', () => {
    const model = dashboardView(data());
    expect(model.stageKeys.map((column) => column.labelKey)).toEqual([
      'stage.applied',
      'stage.screening',
      'stage.interview',
      'stage.offer',
      'stage.hired',
      'stage.rejected',
      'stage.withdrawn',
    ]);
    expect(model.vacancies[0]).toEqual({
      id: 'v1',
      title: 'Accountmanager B',
      boardHref: '/recruiter/vacancies/v1/board',
      location: 'Utrecht',
      stages: [
        { stage: 'applied', count: 12, zero: false },
        { stage: 'screening', count: 3, zero: false },
        { stage: 'interview', count: 0, zero: true },
        { stage: 'offer', count: 0, zero: true },
        { stage: 'hired', count: 0, zero: true },
        { stage: 'rejected', count: 5, zero: false },
        { stage: 'withdrawn', count: 0, zero: true },
      ],
      total: 20,
      needsReview: 3,
    });
    expect(model.vacancies[1].total).toBe(0);
    expect(model.vacancies[1].stages.every((cell) => cell.zero)).toBe(true);
    expect(model.vacanciesMore).toBe(0);
  });

  it('marks the scope shown, and offers every open vacancy to a recruiter named on none', () => {
    const mine = dashboardView(data({ vacancies: { items: [], total: 0 }, stageCounts: [] }));
    expect(mine.scopes).toEqual([
      { href: '/recruiter', labelKey: 'dashboard.scope.mine', current: true },
      { href: '/recruiter?scope=all', labelKey: 'dashboard.scope.all', current: false },
    ]);
    expect(mine.emptyKey).toBe('dashboard.vacancies.noneMine');
    expect(mine.showAllHref).toBe('/recruiter?scope=all');

    const all = dashboardView(data({ scope: 'all', vacancies: { items: [], total: 0 }, stageCounts: [] }));
    expect(all.scopes.map((scope) => scope.current)).toEqual([false, true]);
    expect(all.emptyKey).toBe('dashboard.vacancies.none');
    expect(all.showAllHref).toBeUndefined();
    expect(dashboardView(data()).showAllHref).toBeUndefined();
  });

  it('says how many vacancies and items are counted but not listed', () => {
    const model = dashboardView(
      data({
        vacancies: { items: [{ id: 'v1', title: 'A', location: null }], total: 51 },
        unconfirmedFacts: {
          items: [{ candidateId: 'c1', candidateName: 'Anne', facts: 4, newestAt: at('2026-12-05T09:00:00Z') }],
          total: 13,
        },
      }),
    );
    expect(model.vacanciesTotal).toBe(51);
    expect(model.vacanciesMore).toBe(50);
    expect(model.facts).toEqual({
      id: 'facts',
      titleKey: 'dashboard.facts.title',
      emptyKey: 'dashboard.facts.empty',
      total: 13,
      more: 12,
      atLeast: false,
      items: [
        { href: '/recruiter/candidates/c1', candidateName: 'Anne', facts: 4, newestAt: at('2026-12-05T09:00:00Z') },
      ],
    });
  });

  it('says "over" where counting stopped', () => {
    const model = dashboardView(
      data({
        unconfirmedFacts: {
          items: [{ candidateId: 'c1', candidateName: 'Anne', facts: 4, newestAt: at('2026-12-05T09:00:00Z') }],
          total: 1000,
          atLeast: true,
        },
      }),
    );
    expect(model.facts).toMatchObject({ total: 1000, more: 999, atLeast: true });
  });

  it('names each waiting item’s stage and mail by catalogue key, and keeps names as data', () => {
    const model = dashboardView(
      data({
        flagged: {
          items: [
            {
              applicationId: 'a1',
              candidateId: 'c1',
              candidateName: '<img src=x onerror=alert(1)>',
              vacancyTitle: 'Accountmanager B',
              stage: 'screening',
              appliedAt: at('2026-12-01T08:00:00Z'),
            },
          ],
          total: 1,
        },
        overdueScorecards: {
          items: [
            {
              interviewId: 'i1',
              candidateName: 'Bert',
              vacancyTitle: 'Key Account Manager',
              endedAt: at('2026-12-04T10:00:00Z'),
              panel: 3,
              submitted: 1,
            },
          ],
          total: 1,
        },
        failedMails: {
          items: [
            {
              mailId: 'm1',
              template: 'rejection',
              toName: 'Carla',
              vacancyTitle: 'Accountmanager B',
              createdAt: at('2026-12-05T07:00:00Z'),
            },
          ],
          total: 1,
        },
      }),
    );
    expect(model.flagged.items).toEqual([
      {
        href: '/recruiter/candidates/c1?application=a1',
        candidateName: '<img src=x onerror=alert(1)>',
        vacancyTitle: 'Accountmanager B',
        stageKey: 'stage.screening',
        appliedAt: at('2026-12-01T08:00:00Z'),
      },
    ]);
    expect(model.flagged.more).toBe(0);
    expect(model.scorecards.items[0]).toEqual({
      candidateName: 'Bert',
      vacancyTitle: 'Key Account Manager',
      endedAt: at('2026-12-04T10:00:00Z'),
      submitted: 1,
      panel: 3,
    });
    expect(model.mails.items[0].templateKey).toBe('mail.rejection');
    expect(model.mails.titleKey).toBe('dashboard.mails.title');
  });

  it('words each kind of activity with its own text, a stage or mail key, or the name of who submitted', () => {
    const when = at('2026-12-06T09:00:00Z');
    const common = { at: when, candidateName: 'Anne', vacancyTitle: 'A' };
    const model = dashboardView(
      data({
        activity: [
          { ...common, kind: 'applied', detail: 'applied' },
          { ...common, kind: 'moved', detail: 'interview' },
          { ...common, kind: 'mail', detail: 'interview-invitation' },
          { ...common, kind: 'scorecard', detail: 'Piet Panel' },
        ],
      }),
    );
    expect(model.activity.map(({ textKey, detailKey, detailName }) => ({ textKey, detailKey, detailName }))).toEqual([
      { textKey: 'dashboard.activity.applied', detailKey: 'stage.applied', detailName: undefined },
      { textKey: 'dashboard.activity.moved', detailKey: 'stage.interview', detailName: undefined },
      { textKey: 'dashboard.activity.mail', detailKey: 'mail.interview-invitation', detailName: undefined },
      { textKey: 'dashboard.activity.scorecard', detailKey: undefined, detailName: 'Piet Panel' },
    ]);
    expect(model.activity[0]).toMatchObject(common);
  });
});
