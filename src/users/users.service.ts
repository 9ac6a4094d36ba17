import { Injectable } from '@nestjs/common';
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
    const user = await this.users.create(data);
    return { user, temporaryPassword };
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
    await this.users.updateProfile(id, changes);
    return this.get(id);
  }

  async deactivate(id: string): Promise<User> {
    const user = await this.get(id);
    if (!user.active) return user;
    await this.ensureNotLastAdmin(user);
    await this.users.setActive(id, false);
    return this.get(id);
  }

  async activate(id: string): Promise<User> {
    const user = await this.get(id);
    if (user.active) return user;
    await this.users.setActive(id, true);
    return this.get(id);
  }

  async resetPassword(id: string, password?: string): Promise<{ temporaryPassword?: string }> {
    const user = await this.get(id);
    if (password && isCommonPassword(password)) throw new PasswordRuleError('PASSWORD_TOO_COMMON', 'password');
    if (password && (await this.hasher.verify(password, user.passwordHash))) {
      throw new PasswordRuleError('PASSWORD_UNCHANGED', 'password');
    }
    const temporaryPassword = password ? undefined : generatePassword();
    await this.users.setPasswordHash(id, await this.hasher.hash(password ?? temporaryPassword!));
    return { temporaryPassword };
  }

  /** Sift must always keep one active admin, or nobody could manage users again. */
  private async ensureNotLastAdmin(user: User): Promise<void> {
    if (user.active && user.hasRole(Role.Admin) && (await this.users.countActiveAdmins()) <= 1) {
      throw new LastAdminError();
    }
  }
}
