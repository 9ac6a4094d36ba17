import { AuthenticatedUser } from '../common/auth/decorators';
import { Role } from '../common/auth/role';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { Interview } from './entities/interview.entity';
import { Scorecard, ScorecardStatus } from './entities/scorecard.entity';
import { InterviewsRepository } from './interviews.repository';
import { InterviewsService } from './interviews.service';
import { ScorecardsRepository } from './scorecards.repository';
import { ScorecardsService } from './scorecards.service';

/**
 * The visibility rules of scorecards, through the services the API and the
 * pages call, over repositories held in memory: who reads which scorecard,
 * and to whom an interview's result is sealed.
 */
describe('ScorecardsService: who reads which scorecard', () => {
  const user = (id: string, ...roles: Role[]): AuthenticatedUser => ({ id, email: `${id}@x.io`, name: id, roles });
  const ana = user('ana', Role.Interviewer);
  const bo = user('bo', Role.Interviewer);
  const cy = user('cy', Role.Interviewer);
  const outsider = user('dee', Role.Interviewer);
  const recruiter = user('rec', Role.Recruiter);
  const manager = user('man', Role.HiringManager);
  const otherManager = user('man2', Role.HiringManager);
  const recruitingPanelist = user('rp', Role.Recruiter, Role.Interviewer);
  const users: Record<string, AuthenticatedUser> = Object.fromEntries(
    [ana, bo, cy, outsider, recruiter, manager, otherManager, recruitingPanelist].map((u) => [u.id, u]),
  );

  const interview = {
    id: 'i1',
    vacancyId: 'v1',
    roundId: 'r1',
    status: 'scheduled',
    panel: ['ana', 'bo', 'cy', 'rp'].map((userId) => ({ interviewId: 'i1', userId })),
    result: { decision: null, reason: '1 of 4 scorecards submitted' },
  } as unknown as Interview;
  const vacancy = {
    id: 'v1',
    rounds: [{ id: 'r1' }],
    members: [{ userId: 'man', role: 'hiring_manager' }],
  } as unknown as Vacancy;

  function service(cards: { id: string; interviewerId: string; status: ScorecardStatus }[]) {
    const rows = cards.map((card) => ({ ...card, interviewId: 'i1' }) as Scorecard);
    const scorecards = {
      findById: async (id: string) => rows.find((row) => row.id === id) ?? null,
      findOwn: async (_interviewId: string, interviewerId: string) =>
        rows.find((row) => row.interviewerId === interviewerId) ?? null,
      submittedFor: async () => rows.filter((row) => row.status === 'submitted'),
      revisionsOf: async (ids: string[]) => new Map(ids.map((id) => [id, []])),
    } as unknown as ScorecardsRepository;
    const interviews = new InterviewsService(
      { findById: async (id: string) => (id === 'i1' ? interview : null) } as unknown as InterviewsRepository,
      scorecards,
      null as never,
      null as never,
      { findById: async () => vacancy } as unknown as VacanciesRepository,
      null as never,
      null as never,
      null as never,
      null as never,
    );
    return {
      repository: scorecards,
      interviews,
      scorecards: new ScorecardsService(scorecards, interviews, null as never, null as never, null as never),
    };
  }

  const outcome = (work: Promise<unknown>) =>
    work.then(
      () => 'read',
      (error: { code?: string }) => error.code ?? 'error',
    );

  // ana submitted; bo has a draft; cy has nothing; rp (a recruiter on the panel) has nothing.
  const cards = [
    { id: 'ana-card', interviewerId: 'ana', status: 'submitted' as const },
    { id: 'bo-card', interviewerId: 'bo', status: 'draft' as const },
  ];

  it.each([
    ['ana', 'ana-card', 'read'],
    ['bo', 'bo-card', 'read'],
    ['bo', 'ana-card', 'SCORECARDS_SEALED'],
    ['cy', 'ana-card', 'SCORECARDS_SEALED'],
    ['rp', 'ana-card', 'SCORECARDS_SEALED'],
    ['ana', 'bo-card', 'SCORECARD_NOT_FOUND'],
    ['rec', 'bo-card', 'SCORECARD_NOT_FOUND'],
    ['rec', 'ana-card', 'read'],
    ['man', 'ana-card', 'read'],
    ['man2', 'ana-card', 'SCORECARD_NOT_FOUND'],
    ['dee', 'ana-card', 'SCORECARD_NOT_FOUND'],
  ])('%s reading %s: %s', async (viewer, id, expected) => {
    expect(await outcome(service(cards).scorecards.get(id, users[viewer]))).toBe(expected);
  });

  it.each([
    ['ana', 'read'],
    ['bo', 'SCORECARDS_SEALED'],
    ['cy', 'SCORECARDS_SEALED'],
    ['rp', 'SCORECARDS_SEALED'],
    ['rec', 'read'],
    ['man', 'read'],
    ['dee', 'INTERVIEW_NOT_FOUND'],
  ])("%s listing the interview's scorecards: %s", async (viewer, expected) => {
    expect(await outcome(service(cards).scorecards.listForInterview('i1', users[viewer]))).toBe(expected);
  });

  it('lists submitted scorecards only, drafts never', async () => {
    const listed = await service(cards).scorecards.listForInterview('i1', recruiter);
    expect(listed.map((view) => view.scorecard.id)).toEqual(['ana-card']);
  });

  it.each([
    ['ana', false],
    ['bo', true],
    ['cy', true],
    ['rp', true],
    ['rec', false],
    ['man', false],
  ])('seals the interview result to %s: %s', async (viewer, sealed) => {
    expect((await service(cards).interviews.get('i1', users[viewer])).sealed).toBe(sealed);
  });

  it('does not turn a failing database into a 404', async () => {
    const { repository } = service(cards);
    const broken = new InterviewsService(
      {
        findById: async () => {
          throw new Error('connection lost');
        },
      } as unknown as InterviewsRepository,
      null as never,
      null as never,
      null as never,
      null as never,
      null as never,
      null as never,
      null as never,
      null as never,
    );
    const reading = new ScorecardsService(repository, broken, null as never, null as never, null as never);
    await expect(reading.get('ana-card', bo)).rejects.toThrow('connection lost');
  });
});
