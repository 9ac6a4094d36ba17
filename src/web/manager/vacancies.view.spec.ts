import { managerVacanciesView } from './vacancies.view';

const vacancy = (n: number) => ({
  id: `v${n}`,
  title: `Vacancy ${n}`,
  status: 'open' as const,
  location: n % 2 ? 'Utrecht' : null,
  counts: new Map([
    ['applied', 3],
    ['interview', 2],
  ] as const),
});

describe('managerVacanciesView', () => {
  it('lists each vacancy with its applications per stage and a link to its shortlist', () => {
    const model = managerVacanciesView({ vacancies: [vacancy(1)], total: 1 }, 0);
    expect(model.vacancies[0]).toMatchObject({
      title: 'Vacancy 1',
      statusKey: 'vacancy.status.open',
      location: 'Utrecht',
      total: 5,
      shortlistHref: '/manager/vacancies/v1/shortlist',
    });
    expect(model.vacancies[0].counts.map((one) => [one.stage, one.count])).toEqual([
      ['applied', 3],
      ['screening', 0],
      ['interview', 2],
      ['offer', 0],
      ['hired', 0],
      ['rejected', 0],
      ['withdrawn', 0],
    ]);
    expect(model).toMatchObject({ from: 1, to: 1, previousHref: undefined, nextHref: undefined, waiting: [] });
  });

  it('names the shortlists announced to the reader as waiting on them', () => {
    const ready = { at: new Date('2026-12-01T10:00:00Z'), recruiterName: 'Rita Recruiter', note: 'Top drie eerst' };
    const model = managerVacanciesView({ vacancies: [vacancy(1), { ...vacancy(2), ready }], total: 2 }, 0);
    expect(model.waiting).toEqual([{ title: 'Vacancy 2', shortlistHref: '/manager/vacancies/v2/shortlist' }]);
    expect(model.vacancies[1].ready).toBe(ready);
    expect(model.vacancies[0].ready).toBeUndefined();
  });

  it('lists the decisions asked of the reader per vacancy, each leading to the decide page and back', () => {
    const decisions = Array.from({ length: 7 }, (_, n) => ({
      applicationId: `a${n}`,
      candidateName: `Kandidaat ${n}`,
      roundName: n === 0 ? null : 'Eindgesprek',
      readySince: new Date(Date.UTC(2026, 11, 1, n)),
    }));
    const model = managerVacanciesView({ vacancies: [vacancy(1), { ...vacancy(2), decisions }], total: 30 }, 25);
    expect(model.vacancies[0].decisions).toEqual({ count: 0, shown: [], more: 0 });
    const asked = model.vacancies[1].decisions;
    expect(asked.count).toBe(7);
    expect(asked.more).toBe(2);
    expect(asked.shown).toHaveLength(5);
    expect(asked.shown[0]).toEqual({
      name: 'Kandidaat 0',
      roundName: null,
      since: decisions[0].readySince,
      decideHref: '/manager/applications/a0/decide?back=%2Fmanager%3Foffset%3D25',
    });
    expect(model.waitingDecisions).toEqual([{ title: 'Vacancy 2', count: 7, href: '#decisions-v2' }]);
    expect(model.anyWaiting).toBe(true);
    expect(managerVacanciesView({ vacancies: [vacancy(1)], total: 1 }, 0).anyWaiting).toBe(false);
  });

  it('links each vacancy to its pipeline report and its panel reports', () => {
    const model = managerVacanciesView({ vacancies: [vacancy(3)], total: 1 }, 0);
    expect(model.vacancies[0]).toMatchObject({
      pipelineReportHref: '/reports/vacancies/v3',
      panelReportsHref: '/reports/vacancies/v3/panels',
    });
  });

  it('pages through many vacancies', () => {
    const many = Array.from({ length: 25 }, (_, n) => vacancy(n));
    expect(managerVacanciesView({ vacancies: many, total: 60 }, 0)).toMatchObject({
      from: 1,
      to: 25,
      nextHref: '/manager?offset=25',
      previousHref: undefined,
    });
    expect(managerVacanciesView({ vacancies: many.slice(0, 10), total: 60 }, 50)).toMatchObject({
      from: 51,
      to: 60,
      nextHref: undefined,
      previousHref: '/manager?offset=25',
    });
    expect(managerVacanciesView({ vacancies: [], total: 0 }, 0)).toMatchObject({ from: 0, to: 0 });
  });
});
