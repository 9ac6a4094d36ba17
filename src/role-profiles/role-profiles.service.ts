import { Injectable } from '@nestjs/common';
import { ValidationFailedError } from '../common/errors/domain-error';
import { criteriaProblems } from './criteria-rules';
import { CriteriaDto } from './dto/criteria.dto';
import { CreateRoleProfileDto, NewVersionDto } from './dto/role-profile.dto';
import { RoleProfile } from './entities/role-profile.entity';
import { RoleProfileVersion } from './entities/role-profile-version.entity';
import { Alongside, RoleProfilesRepository } from './role-profiles.repository';
import { AuditTrail } from '../audit/audit-trail';
import {
  RoleProfileArchivedError,
  RoleProfileChangedError,
  RoleProfileNotFoundError,
  RoleProfileVersionNotFoundError,
  TemplateNotFoundError,
  TemplateReadOnlyError,
} from './role-profiles.errors';

export interface ProfileWithVersion {
  profile: RoleProfile;
  current: RoleProfileVersion;
  versions?: RoleProfileVersion[];
}

/**
 * Role profiles never change in place: every edit is a new version, so a score
 * always names the exact criteria it was computed with.
 */
@Injectable()
export class RoleProfilesService {
  constructor(
    private readonly profiles: RoleProfilesRepository,
    private readonly audit: AuditTrail,
  ) {}

  /** The profile's change recorded in the audit trail, in the transaction that makes it. */
  private recorded(action: string, details: Record<string, unknown>): Alongside {
    return (tx, profileId) =>
      this.audit.record(tx, { action, subject: { type: 'role_profile', id: profileId }, details });
  }

  async create(input: CreateRoleProfileDto, userId: string): Promise<ProfileWithVersion> {
    this.checkCriteria(input.criteria);
    const profile = await this.profiles.create(
      { name: input.name, family: input.family ?? null, level: input.level ?? null, language: input.language },
      stripUndefined(input.criteria),
      userId,
      new Date(),
      this.recorded('role_profile.created', { name: input.name, version: 1, criteria: stripUndefined(input.criteria) }),
    );
    return this.get(profile.id);
  }

  async get(id: string): Promise<ProfileWithVersion> {
    const profile = await this.profiles.findById(id);
    if (!profile) throw new RoleProfileNotFoundError(id);
    const versions = await this.profiles.listVersions(id);
    const current = versions.find((version) => version.version === profile.currentVersion)!;
    return { profile, current, versions };
  }

  async getVersion(id: string, version: number): Promise<ProfileWithVersion> {
    const profile = await this.profiles.findById(id);
    if (!profile) throw new RoleProfileNotFoundError(id);
    // Versions count up from 1 in a 32-bit column; a number past it names no version (and PostgreSQL would refuse it).
    const found =
      Number.isInteger(version) && version >= 1 && version <= 2 ** 31 - 1
        ? await this.profiles.findVersion(id, version)
        : null;
    if (!found) throw new RoleProfileVersionNotFoundError(id, version);
    return { profile, current: found };
  }

  list(family: string | undefined, includeArchived: boolean): Promise<ProfileWithVersion[]> {
    return this.withCurrentVersions(this.profiles.listProfiles({ family, includeArchived }));
  }

  private async withCurrentVersions(found: Promise<RoleProfile[]>): Promise<ProfileWithVersion[]> {
    const profiles = await found;
    return Promise.all(
      profiles.map(async (profile) => ({
        profile,
        current: (await this.profiles.findVersion(profile.id, profile.currentVersion))!,
      })),
    );
  }

  async newVersion(id: string, input: NewVersionDto, userId: string): Promise<ProfileWithVersion> {
    const profile = await this.profiles.findById(id);
    if (!profile) throw new RoleProfileNotFoundError(id);
    if (profile.status === 'archived') throw new RoleProfileArchivedError(id);
    if (profile.templateKey) throw new TemplateReadOnlyError(profile.templateKey);
    // An edit begun on an older version would silently undo what came after it.
    if (input.basedOn !== undefined && input.basedOn !== profile.currentVersion)
      throw new RoleProfileChangedError(id, input.basedOn, profile.currentVersion);
    this.checkCriteria(input.criteria);
    const made = await this.profiles.addVersion(
      profile,
      {
        name: input.name ?? profile.name,
        family: input.family ?? profile.family,
        level: input.level ?? profile.level,
        language: input.language ?? profile.language,
      },
      stripUndefined(input.criteria),
      userId,
      new Date(),
      this.recorded('role_profile.versioned', {
        version: profile.currentVersion + 1,
        name: input.name ?? profile.name,
        criteria: stripUndefined(input.criteria),
      }),
    );
    if (made === null) {
      const now = await this.profiles.findById(id);
      if (now?.status === 'archived') throw new RoleProfileArchivedError(id);
      throw new RoleProfileChangedError(id, profile.currentVersion, now?.currentVersion ?? profile.currentVersion);
    }
    return this.get(id);
  }

  listTemplates(): Promise<ProfileWithVersion[]> {
    return this.withCurrentVersions(this.profiles.listTemplates());
  }

  /** A recruiter's own profile, starting from a built-in template's current version. */
  async copyTemplate(key: string, name: string | undefined, userId: string): Promise<ProfileWithVersion> {
    const template = await this.profiles.findTemplate(key);
    if (!template) throw new TemplateNotFoundError(key);
    const source = (await this.profiles.findVersion(template.id, template.currentVersion))!;
    const copy = await this.profiles.create(
      { name: name ?? template.name, family: template.family, level: template.level, language: template.language },
      source.criteria,
      userId,
      new Date(),
      this.recorded('role_profile.created', { fromTemplate: key, version: 1, criteria: source.criteria }),
    );
    return this.get(copy.id);
  }

  async archive(id: string): Promise<ProfileWithVersion> {
    const { profile } = await this.get(id);
    if (profile.status !== 'archived') {
      await this.profiles.setStatus(id, 'archived', new Date(), this.recorded('role_profile.archived', {}));
    }
    return this.get(id);
  }

  private checkCriteria(criteria: CriteriaDto): void {
    const problems = criteriaProblems(criteria);
    if (problems.length) throw new ValidationFailedError(problems);
  }
}

/** Stored criteria are plain JSON: no class instances, no undefined keys. */
function stripUndefined(criteria: CriteriaDto): object {
  return JSON.parse(JSON.stringify(criteria)) as object;
}
