import { AuditEvent, changedFields } from '../audit/audit-record';
import { AuditTrail } from '../audit/audit-trail';
import { VacancyScreeningChanged } from './vacancy-screening-changed';
import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../common/auth/decorators';
import { Role } from '../common/auth/role';
import { Settings } from '../config/settings';
import { FieldError, ValidationFailedError } from '../common/errors/domain-error';
import { RoleProfile } from '../role-profiles/entities/role-profile.entity';
import { RoleProfileVersion } from '../role-profiles/entities/role-profile-version.entity';
import {
  RoleProfileArchivedError,
  RoleProfileNotFoundError,
  RoleProfileVersionNotFoundError,
  TemplateReadOnlyError,
} from '../role-profiles/role-profiles.errors';
import { RoleProfilesRepository } from '../role-profiles/role-profiles.repository';
import { Criteria, ProfileLanguage } from '../scoring/profile';
import { PanelAccessRepository } from '../panel-access/panel-access.repository';
import { UsersRepository } from '../users/users.repository';
import {
  CreateVacancyDto,
  RoundInputDto,
  UpdateVacancyDto,
  VacancyQuery,
  VacancyStatusDto,
} from './dto/vacancy-input.dto';
import { Vacancy } from './entities/vacancy.entity';
import { VacancyEvent } from './entities/vacancy-event.entity';
import { VacancyMemberRole } from './entities/vacancy-member.entity';
import { jobPosting } from './job-posting';
import { VacanciesRepository } from './vacancies.repository';
import { VacancyEndedError, VacancyNotFoundError, VacancyTransitionError } from './vacancies.errors';
import { isEnded, VACANCY_MOVES } from './vacancy-lifecycle';
import { roundFieldsOf, roundProblems, roundsInUseProblems } from './round-plan';
import { VacancyInterviewsChanged } from './vacancy-interviews-changed';
import { Transactions } from '../database/transactions';
import { maySee, seesAllVacancies } from './vacancy-access';

@Injectable()
export class VacanciesService {
  constructor(
    private readonly vacancies: VacanciesRepository,
    private readonly profiles: RoleProfilesRepository,
    private readonly users: UsersRepository,
    private readonly screeningChanged: VacancyScreeningChanged,
    private readonly interviewsChanged: VacancyInterviewsChanged,
    private readonly panels: PanelAccessRepository,
    private readonly settings: Settings,
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
  ) {}

  async create(input: CreateVacancyDto, user: AuthenticatedUser): Promise<Vacancy> {
    const { version } = await this.pinnableVersion(input.roleProfileId, input.roleProfileVersion);
    const members = await this.checkMembers(
      input.hiringManagerIds,
      input.recruiterIds ?? (user.roles.includes(Role.Recruiter) ? [user.id] : []),
      roundProblems(input.rounds ?? [], []),
    );
    const id = await this.vacancies.create(
      {
        title: input.title,
        description: input.description,
        location: input.location ?? null,
        employmentType: input.employmentType,
        headcount: input.headcount,
        roleProfileId: input.roleProfileId,
        roleProfileVersion: version.version,
        knockoutPolicy: input.knockoutPolicy ?? 'flag',
        blindUntil: input.blindUntil ?? null,
        screeningWeight: input.screeningWeight ?? 100,
        interviewWeight: input.interviewWeight ?? 0,
        autoAdvance: input.autoAdvance ?? false,
        calibrateInterviews: input.calibrateInterviews ?? false,
        rejectionMailDelayHours: input.rejectionMailDelayHours === undefined ? 48 : input.rejectionMailDelayHours,
        createdBy: user.id,
      },
      members,
      (input.rounds ?? []).map(roundFieldsOf),
      new Date(),
      (tx, made) => this.audit.record(tx, vacancyEvent('vacancy.created', made, { ...input })),
    );
    return (await this.vacancies.findById(id))!;
  }

  /** The vacancy, or 404 for a hiring manager who does not own it: no hint that it exists. */
  async get(id: string, viewer: AuthenticatedUser): Promise<Vacancy> {
    const vacancy = await this.vacancies.findById(id);
    if (!vacancy || !maySee(vacancy, viewer)) throw new VacancyNotFoundError(id);
    return vacancy;
  }

  /** The same, and also for an interviewer on one of its panels (to read it, nothing more). */
  async getForPanel(id: string, viewer: AuthenticatedUser): Promise<Vacancy> {
    const vacancy = await this.vacancies.findById(id);
    if (vacancy && (maySee(vacancy, viewer) || (await this.panels.seatedForVacancy(viewer.id, id)))) return vacancy;
    throw new VacancyNotFoundError(id);
  }

  /** The vacancy's shortlist revision and its number of rounds, or 404 unless the viewer may see it; one small query. */
  async shortlistRevision(id: string, viewer: AuthenticatedUser): Promise<{ revision: number; rounds: number }> {
    const revision = await this.vacancies.shortlistRevision(id, seesAllVacancies(viewer) ? undefined : viewer.id);
    if (revision === null) throw new VacancyNotFoundError(id);
    return revision;
  }

  list(query: VacancyQuery, viewer: AuthenticatedUser) {
    const hiringManagerId = seesAllVacancies(viewer) ? undefined : viewer.id;
    return this.vacancies.listPage(
      { status: query.status, search: query.search, hiringManagerId, recruiterId: query.mine ? viewer.id : undefined },
      query.limit,
      query.offset,
    );
  }

  async update(id: string, input: UpdateVacancyDto, user: AuthenticatedUser): Promise<Vacancy> {
    const vacancy = await this.get(id, user);
    if (isEnded(vacancy.status)) throw new VacancyEndedError(vacancy.status);
    const changes: Partial<Vacancy> = {};
    const plain = [
      'title',
      'description',
      'location',
      'employmentType',
      'headcount',
      'knockoutPolicy',
      'blindUntil',
      'autoAdvance',
      'calibrateInterviews',
      'rejectionMailDelayHours',
    ] as const;
    for (const key of plain) {
      if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
    }
    if (input.screeningWeight !== undefined) changes.screeningWeight = input.screeningWeight;
    if (input.interviewWeight !== undefined) changes.interviewWeight = input.interviewWeight;
    if (input.roleProfileId !== undefined || input.roleProfileVersion !== undefined) {
      const profileId = input.roleProfileId ?? vacancy.roleProfileId;
      const { version } = await this.pinnableVersion(profileId, input.roleProfileVersion);
      changes.roleProfileId = profileId;
      changes.roleProfileVersion = version.version;
    }
    let members: { userId: string; role: VacancyMemberRole }[] | undefined;
    if (input.hiringManagerIds !== undefined || input.recruiterIds !== undefined) {
      const current = (role: VacancyMemberRole) => vacancy.members.filter((m) => m.role === role).map((m) => m.userId);
      members = await this.checkMembers(
        input.hiringManagerIds ?? current('hiring_manager'),
        input.recruiterIds ?? current('recruiter'),
      );
    }
    if (input.rounds !== undefined) {
      throw new ValidationFailedError([
        { field: 'rounds', messages: ['change the plan with PUT /vacancies/:id/rounds'] },
      ]);
    }
    const rescreen = [
      'roleProfileId',
      'roleProfileVersion',
      'knockoutPolicy',
      'screeningWeight',
      'interviewWeight',
    ] as const;
    // Competency weights come from the profile; calibration changes which round scores count.
    const rereview = [
      'roleProfileId',
      'roleProfileVersion',
      'calibrateInterviews',
      'interviewWeight',
      'screeningWeight',
    ] as const;
    const changed = (key: keyof Vacancy) => changes[key] !== undefined && changes[key] !== vacancy[key];
    await this.transactions.run(async (tx) => {
      await this.vacancies.update(tx, id, changes, members);
      if (rescreen.some(changed)) await this.screeningChanged.announceIn(tx, id);
      if (rereview.some(changed)) await this.interviewsChanged.announceIn(tx, id);
      const details = changedFields({ ...vacancy }, { ...changes });
      if (members)
        details.members = { from: vacancy.members.map(({ userId, role }) => ({ userId, role })), to: members };
      await this.audit.record(tx, vacancyEvent('vacancy.updated', id, details));
    });
    return (await this.vacancies.findById(id))!;
  }

  async replaceRounds(id: string, rounds: RoundInputDto[], user: AuthenticatedUser): Promise<Vacancy> {
    const vacancy = await this.get(id, user);
    if (isEnded(vacancy.status)) throw new VacancyEndedError(vacancy.status);
    const problems = roundProblems(
      rounds,
      vacancy.rounds.map((round) => round.id),
    );
    if (problems.length) throw new ValidationFailedError(problems);
    roundsInUseProblems(vacancy.rounds, rounds, await this.vacancies.interviewsPerRound(id));
    await this.transactions.run(async (tx) => {
      await this.vacancies.replaceRounds(tx, id, rounds.map(roundFieldsOf));
      await this.interviewsChanged.announceIn(tx, id);
      const details = { from: vacancy.rounds.map(roundFieldsOf), to: rounds.map(roundFieldsOf) };
      await this.audit.record(tx, vacancyEvent('vacancy.rounds_replaced', id, details));
    });
    return (await this.vacancies.findById(id))!;
  }

  async changeStatus(id: string, input: VacancyStatusDto, user: AuthenticatedUser): Promise<Vacancy> {
    const vacancy = await this.get(id, user);
    const allowed = VACANCY_MOVES[vacancy.status];
    if (!allowed.includes(input.status)) throw new VacancyTransitionError(vacancy.status, input.status, allowed);
    const details = { from: vacancy.status, to: input.status, reason: input.reason ?? null };
    const moved = await this.vacancies.transition(
      id,
      vacancy.status,
      input.status,
      input.reason ?? null,
      user.id,
      new Date(),
      (tx) => this.audit.record(tx, vacancyEvent('vacancy.status_changed', id, details)),
    );
    if (!moved) {
      // Someone else moved it first; answer from where it is now.
      const now = (await this.vacancies.findById(id))!;
      throw new VacancyTransitionError(now.status, input.status, VACANCY_MOVES[now.status]);
    }
    return (await this.vacancies.findById(id))!;
  }

  async events(id: string, viewer: AuthenticatedUser): Promise<VacancyEvent[]> {
    await this.get(id, viewer);
    return this.vacancies.events(id);
  }

  async jobPosting(id: string, viewer: AuthenticatedUser): Promise<Record<string, unknown>> {
    const vacancy = await this.get(id, viewer);
    const profile = (await this.profiles.findById(vacancy.roleProfileId))!;
    const version = (await this.profiles.findVersion(vacancy.roleProfileId, vacancy.roleProfileVersion))!;
    const opened = await this.vacancies.lastOpenedAt(id);
    return jobPosting(vacancy, version.criteria as Criteria, profile.language as ProfileLanguage, opened, {
      organisation: this.settings.organisation,
      now: new Date(),
    });
  }

  /** A recruiter's own, active profile and the version to pin; templates are copied first. */
  private async pinnableVersion(
    profileId: string,
    wanted: number | undefined,
  ): Promise<{ profile: RoleProfile; version: RoleProfileVersion }> {
    const profile = await this.profiles.findById(profileId);
    if (!profile) throw new RoleProfileNotFoundError(profileId);
    if (profile.templateKey) throw new TemplateReadOnlyError(profile.templateKey);
    if (profile.status === 'archived') throw new RoleProfileArchivedError(profileId);
    const number = wanted ?? profile.currentVersion;
    const version = await this.profiles.findVersion(profileId, number);
    if (!version) throw new RoleProfileVersionNotFoundError(profileId, number);
    return { profile, version };
  }

  /** Every owner must be an active user with the role they are named for; reported with the request's other problems. */
  private async checkMembers(hiringManagerIds: string[], recruiterIds: string[], otherProblems: FieldError[] = []) {
    const users = new Map(
      (await this.users.findManyByIds([...hiringManagerIds, ...recruiterIds])).map((u) => [u.id, u]),
    );
    const problems: FieldError[] = [];
    const check = (ids: string[], field: string, role: Role, name: string) =>
      ids.forEach((id, index) => {
        const found = users.get(id);
        const message = !found
          ? `there is no user ${id}`
          : !found.active
            ? `${found.email} is deactivated`
            : !found.hasRole(role)
              ? `${found.email} does not have the ${name} role`
              : undefined;
        if (message) problems.push({ field: `${field}[${index}]`, messages: [message] });
      });
    check(hiringManagerIds, 'hiringManagerIds', Role.HiringManager, 'hiring manager');
    check(recruiterIds, 'recruiterIds', Role.Recruiter, 'recruiter');
    problems.push(...otherProblems);
    if (problems.length) throw new ValidationFailedError(problems);
    const unique = (ids: string[]) => [...new Set(ids)];
    return [
      ...unique(hiringManagerIds).map((userId) => ({ userId, role: 'hiring_manager' as const })),
      ...unique(recruiterIds).map((userId) => ({ userId, role: 'recruiter' as const })),
    ];
  }
}

function vacancyEvent(action: string, id: string, details: Record<string, unknown>): AuditEvent {
  return { action, subject: { type: 'vacancy', id }, vacancyId: id, details };
}
