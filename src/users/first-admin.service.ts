import { AuditTrail } from '../audit/audit-trail';
import { Transactions } from '../database/transactions';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { Role } from '../common/auth/role';
import { Settings } from '../config/settings';
import { MigrationStatus } from '../database/migration-status';
import { EmailTakenError } from './users.errors';
import { generatePassword } from './generate-password';
import { UsersRepository } from './users.repository';

export interface CreatedAdmin {
  email: string;
  /** Set only when Sift generated it; printed once at start-up. */
  generatedPassword?: string;
}

/** On the first start, when there is no user at all, creates the admin named by the settings. */
@Injectable()
export class FirstAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger(FirstAdminService.name);
  created?: CreatedAdmin;

  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly settings: Settings,
    private readonly migrations: MigrationStatus,
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { pending } = await this.migrations.pending();
    if (pending.length) {
      this.logger.warn({ pending }, 'Migrations are pending; the first admin is created once they have run');
      return;
    }
    if ((await this.users.countAll()) > 0) return;
    const { email, password } = this.settings.firstAdmin;
    const generatedPassword = password ? undefined : generatePassword();
    try {
      const passwordHash = await this.hasher.hash(password ?? generatedPassword!);
      await this.transactions.run(async (tx) => {
        const id = await this.users.createIn(tx, {
          email,
          name: 'Administrator',
          roles: [Role.Admin],
          language: 'en',
          passwordHash,
        });
        // Sift made it, at its first start: the trail begins with it.
        const details = { email: email.toLowerCase(), name: 'Administrator', roles: [Role.Admin], firstAdmin: true };
        await this.audit.record(tx, { action: 'user.created', subject: { type: 'user', id }, details });
      });
    } catch (error) {
      // Another process starting at the same moment created it first.
      if (error instanceof EmailTakenError) return;
      throw error;
    }
    this.created = { email, generatedPassword };
    this.logger.log({ email }, 'Created the first admin account');
  }
}
