import { placeholder } from '../database/placeholders';
import { preparedQuery } from '../database/prepared-query';
import { newId } from '../database/ids';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Role } from '../common/auth/role';
import { isId, isUniqueViolation } from '../database/database-errors';
import { Language, User } from './entities/user.entity';
import { UserRole } from './entities/user-role.entity';
import { EmailTakenError } from './users.errors';
import { findUnique } from '../database/find-unique';

export interface NewUser {
  email: string;
  name: string;
  passwordHash: string;
  roles: Role[];
  language: Language;
}

/** One row per role of the user (one with a null role when they have none). */
interface RequestUserRow {
  id: string;
  email: string;
  name: string;
  language: Language;
  active: unknown;
  tokenVersion: unknown;
  role: Role | null;
}

@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<User | null> {
    if (!isId(id)) return null;
    return findUnique(this.dataSource.manager, User, { where: { id }, relations: { roleRows: true } });
  }

  /**
   * What every authenticated request needs of its user, in one flat query:
   * this runs on every request, so no entity objects, and a prepared statement.
   */
  async findForRequest(id: string): Promise<{
    id: string;
    email: string;
    name: string;
    language: Language;
    active: boolean;
    tokenVersion: number;
    roles: Role[];
  } | null> {
    if (!isId(id)) return null;
    const $ = placeholder(this.dataSource);
    const rows = (await preparedQuery(
      this.dataSource,
      'user-for-request',
      `SELECT u.id, u.email, u.name, u.language, u.active, u.token_version AS "tokenVersion", r.role
           FROM users u LEFT JOIN user_roles r ON r.user_id = u.id WHERE u.id = ${$(1)}`,
      [id],
    )) as unknown as RequestUserRow[];
    if (rows.length === 0) return null;
    const [first] = rows;
    return {
      id: first.id,
      email: first.email,
      name: first.name,
      language: first.language,
      active: Boolean(first.active),
      tokenVersion: Number(first.tokenVersion),
      roles: rows.flatMap((row) => (row.role ? [row.role] : [])),
    };
  }

  /** The users among these ids that exist, with their roles. */
  async findManyByIds(ids: string[]): Promise<User[]> {
    const valid = ids.filter(isId);
    if (valid.length === 0) return [];
    return this.dataSource.getRepository(User).find({ where: { id: In(valid) }, relations: { roleRows: true } });
  }

  async findByEmail(email: string): Promise<User | null> {
    return this.dataSource
      .getRepository(User)
      .findOne({ where: { email: email.toLowerCase() }, relations: { roleRows: true } });
  }

  async listPage(limit: number, offset: number): Promise<{ users: User[]; total: number }> {
    const [users, total] = await this.dataSource.getRepository(User).findAndCount({
      relations: { roleRows: true },
      order: { email: 'ASC' },
      take: limit,
      skip: offset,
    });
    return { users, total };
  }

  /** Active users holding a role, by name: whom a vacancy may name as its owners. */
  async activeWithRole(role: Role, limit: number): Promise<User[]> {
    return this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .innerJoin('user.roleRows', 'held', 'held.role = :role', { role })
      .leftJoinAndSelect('user.roleRows', 'role')
      .where('user.active = :active', { active: true })
      .orderBy('user.name', 'ASC')
      .addOrderBy('user.email', 'ASC')
      .take(limit)
      .getMany();
  }

  async countAll(): Promise<number> {
    return this.dataSource.getRepository(User).count();
  }

  async countActiveAdmins(): Promise<number> {
    return this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .innerJoin('user.roleRows', 'role', 'role.role = :admin', { admin: Role.Admin })
      .where('user.active = :active', { active: true })
      .getCount();
  }

  async create(data: NewUser, now = new Date()): Promise<User> {
    const id = await this.dataSource.transaction((manager) => this.createIn(manager, data, now));
    return (await this.findById(id))!;
  }

  /** Inserts the user in the caller's transaction; returns the new id. */
  async createIn(tx: EntityManager, data: NewUser, now = new Date()): Promise<string> {
    const id = newId();
    try {
      await tx.insert(User, {
        id,
        email: data.email.toLowerCase(),
        name: data.name,
        passwordHash: data.passwordHash,
        language: data.language,
        active: true,
        tokenVersion: 0,
        createdAt: now,
        updatedAt: now,
      });
      await this.insertRoles(tx, id, data.roles);
    } catch (error) {
      if (isUniqueViolation(error)) throw new EmailTakenError(data.email);
      throw error;
    }
    return id;
  }

  async updateProfile(
    id: string,
    changes: { name?: string; language?: Language; roles?: Role[] },
    now = new Date(),
    tx?: EntityManager,
  ): Promise<void> {
    const work = async (manager: EntityManager) => {
      const { roles, ...columns } = changes;
      await manager.update(User, { id }, { ...columns, updatedAt: now });
      if (roles) {
        await manager.delete(UserRole, { userId: id });
        await this.insertRoles(manager, id, roles);
      }
    };
    await (tx ? work(tx) : this.dataSource.transaction(work));
  }

  /** Deactivating also revokes every token the user holds. */
  async setActive(id: string, active: boolean, now = new Date(), tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager)
      .createQueryBuilder()
      .update(User)
      .set({
        active,
        deactivatedAt: active ? null : now,
        updatedAt: now,
        tokenVersion: () => 'token_version + 1',
      })
      .where('id = :id', { id })
      .execute();
  }

  /** A new password revokes every token issued before it. */
  async setPasswordHash(id: string, passwordHash: string, now = new Date(), tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager)
      .createQueryBuilder()
      .update(User)
      .set({ passwordHash, updatedAt: now, tokenVersion: () => 'token_version + 1' })
      .where('id = :id', { id })
      .execute();
  }

  async markLoggedIn(id: string, now = new Date(), tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).getRepository(User).update({ id }, { lastLoginAt: now });
  }

  private async insertRoles(manager: EntityManager, userId: string, roles: Role[]): Promise<void> {
    const unique = [...new Set(roles)];
    if (unique.length)
      await manager.insert(
        UserRole,
        unique.map((role) => ({ userId, role })),
      );
  }
}
