import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { AuditTrail } from '../audit/audit-trail';
import { AuthenticatedUser } from '../common/auth/decorators';
import { Transactions } from '../database/transactions';
import { UserDto } from '../users/dto/user.dto';
import { Language } from '../users/entities/user.entity';
import { UserNotFoundError } from '../users/users.errors';
import { UsersRepository } from '../users/users.repository';
import { InvalidCredentialsError, PasswordRuleError, WrongCurrentPasswordError } from './auth.errors';
import { TokenDto } from './dto/auth.dto';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { brokenPasswordRule } from './password-rules';
import { TokenClaims, TokenService } from './token.service';

export type SessionUser = AuthenticatedUser & { language: Language };

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditTrail,
    private readonly transactions: Transactions,
  ) {}

  /**
   * The user a token or page session speaks for, if they may still act: active, and holding the
   * token version the credential was issued with (deactivation and password changes raise it).
   */
  async userForClaims(claims: TokenClaims): Promise<SessionUser | undefined> {
    const user = await this.users.findForRequest(claims.sub);
    if (!user || !user.active || user.tokenVersion !== claims.ver) return undefined;
    return { id: user.id, email: user.email, name: user.name, roles: user.roles, language: user.language };
  }

  async login(email: string, password: string, clientIp: string): Promise<TokenDto> {
    const ticket = await this.throttle.admit(email, clientIp);
    if (ticket.delayMs > 0) await sleep(ticket.delayMs);

    const user = await this.users.findByEmail(email);
    const valid = user
      ? await this.hasher.verify(password, user.passwordHash)
      : await this.hasher.verifyDecoy(password);
    if (!user || !valid || !user.active) {
      await this.audit.recordAlone(
        { action: 'user.sign_in_failed', subject: { type: 'user', id: user?.id ?? null }, details: { email } },
        { ip: clientIp },
      );
      throw new InvalidCredentialsError();
    }

    await this.throttle.succeeded(email, clientIp, ticket);
    const now = new Date();
    await this.transactions.run(async (tx) => {
      await this.users.markLoggedIn(user.id, now, tx);
      await this.audit.record(
        tx,
        { action: 'user.signed_in', subject: { type: 'user', id: user.id } },
        { userId: user.id, roles: user.roles, ip: clientIp },
      );
    });
    user.lastLoginAt = now;
    return { ...this.tokens.issue(user), user: UserDto.from(user) };
  }

  async me(userId: string): Promise<UserDto> {
    const user = await this.users.findById(userId);
    if (!user) throw new UserNotFoundError(userId);
    return UserDto.from(user);
  }

  /**
   * Changing one's password ends every other session; the answer carries a fresh token. Wrong
   * current passwords are limited like failed logins, so a stolen token cannot guess the password.
   */
  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<TokenDto> {
    const user = await this.users.findById(userId);
    if (!user) throw new UserNotFoundError(userId);
    await this.throttle.admitPasswordChange(user.id);
    if (!(await this.hasher.verify(currentPassword, user.passwordHash))) throw new WrongCurrentPasswordError();
    await this.throttle.passwordChangeAuthorised(user.id);
    const broken = brokenPasswordRule(newPassword, currentPassword);
    if (broken) throw new PasswordRuleError(broken, 'newPassword');
    const hash = await this.hasher.hash(newPassword);
    await this.transactions.run(async (tx) => {
      await this.users.setPasswordHash(user.id, hash, new Date(), tx);
      await this.audit.record(tx, { action: 'user.password_changed', subject: { type: 'user', id: user.id } });
    });
    const updated = (await this.users.findById(user.id))!;
    return { ...this.tokens.issue(updated), user: UserDto.from(updated) };
  }
}
