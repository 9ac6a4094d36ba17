import { Transaction } from '../database/transaction';
import { newId } from '../database/ids';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not } from 'typeorm';
import { isId, isUniqueViolation } from '../database/database-errors';
import { Language } from '../users/entities/user.entity';
import { RoleProfile } from './entities/role-profile.entity';
import { RoleProfileVersion } from './entities/role-profile-version.entity';

export interface ProfileHeader {
  name: string;
  family: string | null;
  level: string | null;
  language: Language;
  templateKey?: string | null;
}

/** Writes what goes with a change in its transaction: its audit entry. */
export type Alongside = (tx: Transaction, profileId: string) => Promise<void>;

@Injectable()
export class RoleProfilesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<RoleProfile | null> {
    if (!isId(id)) return null;
    return this.dataSource.getRepository(RoleProfile).findOne({ where: { id } });
  }

  async findVersion(profileId: string, version: number): Promise<RoleProfileVersion | null> {
    return this.dataSource.getRepository(RoleProfileVersion).findOne({ where: { profileId, version } });
  }

  async listVersions(profileId: string): Promise<RoleProfileVersion[]> {
    return this.dataSource.getRepository(RoleProfileVersion).find({ where: { profileId }, order: { version: 'ASC' } });
  }

  /** Profiles recruiters work with (not the templates), optionally of one family or status. */
  async listProfiles(filter: { family?: string; includeArchived: boolean }): Promise<RoleProfile[]> {
    const query = this.dataSource
      .getRepository(RoleProfile)
      .createQueryBuilder('profile')
      .where('profile.template_key IS NULL');
    if (filter.family) query.andWhere('profile.family = :family', { family: filter.family });
    if (!filter.includeArchived) query.andWhere('profile.status = :status', { status: 'active' });
    return query
      .orderBy('profile.family', 'ASC')
      .addOrderBy('profile.level', 'ASC')
      .addOrderBy('profile.name')
      .getMany();
  }

  async listTemplates(): Promise<RoleProfile[]> {
    return this.dataSource
      .getRepository(RoleProfile)
      .createQueryBuilder('profile')
      .where('profile.template_key IS NOT NULL')
      .orderBy('profile.template_key', 'ASC')
      .getMany();
  }

  async findTemplate(key: string): Promise<RoleProfile | null> {
    return this.dataSource.getRepository(RoleProfile).findOne({ where: { templateKey: key } });
  }

  /** A family's active profiles: the recruiters' own, or with `templates` the built-in ones. */
  async activeFamilyMembers(family: string, templates = false): Promise<RoleProfile[]> {
    return this.dataSource.getRepository(RoleProfile).find({
      where: { family, status: 'active', templateKey: templates ? Not(IsNull()) : IsNull() },
      order: { level: 'ASC', id: 'ASC' },
    });
  }

  /** A profile and its first version, in one transaction. */
  /** `alongside` writes in the same transaction what goes with the change (its audit entry). */
  async create(
    header: ProfileHeader,
    criteria: object,
    createdBy: string | null,
    now = new Date(),
    alongside?: Alongside,
  ) {
    const id = newId();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(RoleProfile, {
        id,
        ...header,
        templateKey: header.templateKey ?? null,
        status: 'active',
        currentVersion: 1,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(RoleProfileVersion, {
        id: newId(),
        profileId: id,
        version: 1,
        criteria,
        usedAt: null,
        createdBy,
        createdAt: now,
      });
      await alongside?.(manager, id);
    });
    return (await this.findById(id))!;
  }

  /**
   * Adds the next version and makes it current, only if the profile is still
   * active at the version the caller read (`profile.currentVersion`); null when
   * it is not. The conditional update takes the profile row's lock before the
   * version is written, so of several editors at once exactly one makes each
   * version and the others are told, and versions stay 1..n without gaps.
   */
  async addVersion(
    profile: Pick<RoleProfile, 'id' | 'currentVersion'>,
    header: Omit<ProfileHeader, 'templateKey'>,
    criteria: object,
    createdBy: string | null,
    now = new Date(),
    alongside?: Alongside,
  ): Promise<number | null> {
    const version = profile.currentVersion + 1;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const claimed = await manager.update(
          RoleProfile,
          { id: profile.id, currentVersion: profile.currentVersion, status: 'active' },
          { ...header, currentVersion: version, updatedAt: now },
        );
        if (!claimed.affected) return null;
        await manager.insert(RoleProfileVersion, {
          id: newId(),
          profileId: profile.id,
          version,
          criteria,
          usedAt: null,
          createdBy,
          createdAt: now,
        });
        await alongside?.(manager, profile.id);
        return version;
      });
    } catch (error) {
      // The unique (profile, version) index is the last line: the version was made by someone else.
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  async setStatus(id: string, status: RoleProfile['status'], now = new Date(), alongside?: Alongside): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(RoleProfile).update({ id }, { status, updatedAt: now });
      await alongside?.(manager, id);
    });
  }

  /** Freezes a version the first time it scores anyone. */
  async markVersionUsed(profileId: string, version: number, now = new Date()): Promise<void> {
    await this.dataSource
      .getRepository(RoleProfileVersion)
      .update({ profileId, version, usedAt: IsNull() }, { usedAt: now });
  }
}
