import { Injectable } from '@nestjs/common';
import { changedFields } from '../audit/audit-record';
import { AuditTrail } from '../audit/audit-trail';
import { Transactions } from '../database/transactions';
import { PasswordRuleError } from '../auth/auth.errors';
import { PasswordHasher } from '../auth/password-hasher';
import { isCommonPassword } from '../auth/password-rules';
import { Role } from '../common/auth/role';
import { User } from './entities/user.entity';
import { generatePassword } from './generate-password';
import { NewUser, UsersRepository } from './users.repository';
import { LastAdminError, UserNotFoundError } from './users.errors';
import { CreateUserDto, UpdateUserDto } from './dto/user-input.dto';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
  ) {}

  async create(input: CreateUserDto): Promise<{ user: User; temporaryPassword?: string }> {
    if (input.password && isCommonPassword(input.password))
      throw new PasswordRuleError('PASSWORD_TOO_COMMON', 'password');
    const temporaryPassword = input.password ? undefined : generatePassword();
    const data: NewUser = {
      email: input.email,
      name: input.name,
      roles: input.roles,
      language: input.language ?? 'en',
      passwordHash: await this.hasher.hash(input.password ?? temporaryPassword!),
    };
    const id = await this.transactions.run(async (tx) => {
      const made = await this.users.createIn(tx, data);
      const details = { email: data.email.toLowerCase(), name: data.name, roles: data.roles, language: data.language };
      await this.audit.record(tx, { action: 'user.created', subject: { type: 'user', id: made }, details });
      return made;
    });
    return { user: await this.get(id), temporaryPassword };
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findById(id);
    if (!user) throw new UserNotFoundError(id);
    return user;
  }

  list(limit: number, offset: number): Promise<{ users: User[]; total: number }> {
    return this.users.listPage(limit, offset);
  }

  /** Active users holding a role, by name (at most `limit`). */
  activeWithRole(role: Role, limit = 500): Promise<User[]> {
    return this.users.activeWithRole(role, limit);
  }

  async update(id: string, changes: UpdateUserDto): Promise<User> {
    const user = await this.get(id);
    if (changes.roles && !changes.roles.includes(Role.Admin)) await this.ensureNotLastAdmin(user);
    await this.transactions.run(async (tx) => {
      await this.users.updateProfile(id, changes, new Date(), tx);
      const before = { name: user.name, language: user.language, roles: [...user.roles].sort() };
      const after = {
        name: changes.name,
        language: changes.language,
        roles: changes.roles && [...new Set(changes.roles)].sort(),
      };
      const details = changedFields(before, after);
      await this.audit.record(tx, { action: 'user.updated', subject: { type: 'user', id }, details });
    });
    return this.get(id);
  }

  async deactivate(id: string): Promise<User> {
    const user = await this.get(id);
    if (!user.active) return user;
    await this.ensureNotLastAdmin(user);
    await this.setActive(id, false);
    return this.get(id);
  }

  async activate(id: string): Promise<User> {
    const user = await this.get(id);
    if (user.active) return user;
    await this.setActive(id, true);
    return this.get(id);
  }

  async resetPassword(id: string, password?: string): Promise<{ temporaryPassword?: string }> {
    const user = await this.get(id);
    if (password && isCommonPassword(password)) throw new PasswordRuleError('PASSWORD_TOO_COMMON', 'password');
    if (password && (await this.hasher.verify(password, user.passwordHash))) {
      throw new PasswordRuleError('PASSWORD_UNCHANGED', 'password');
    }
    const temporaryPassword = password ? undefined : generatePassword();
    const hash = await this.hasher.hash(password ?? temporaryPassword!);
    await this.transactions.run(async (tx) => {
      await this.users.setPasswordHash(id, hash, new Date(), tx);
      await this.audit.record(tx, { action: 'user.password_reset', subject: { type: 'user', id } });
    });
    return { temporaryPassword };
  }

  private setActive(id: string, active: boolean): Promise<void> {
    return this.transactions.run(async (tx) => {
      await this.users.setActive(id, active, new Date(), tx);
      const action = active ? 'user.activated' : 'user.deactivated';
      await this.audit.record(tx, { action, subject: { type: 'user', id } });
    });
  }

  /** Sift must always keep one active admin, or nobody could manage users again. */
  private async ensureNotLastAdmin(user: User): Promise<void> {
    if (user.active && user.hasRole(Role.Admin) && (await this.users.countActiveAdmins()) <= 1) {
      throw new LastAdminError();
    }
  }
}
