import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Settings } from '../config/settings';
import { MigrationStatus } from '../database/migration-status';
import { AuditEntry } from './entities/audit-entry.entity';
import { AuditTrail } from './audit-trail';

/** Settings whose values are secrets, or hold one (a URL with a password, a bearer token): recorded only as set or unset. */
const SECRET = /secret|password|token$|url$/i;

/**
 * Sift's settings come from its environment, so they change when it starts:
 * at each start the running configuration is compared with the one the
 * trail last recorded, and what changed is recorded (secrets only as set or
 * unset), so that a changed retention period or fairness rule is on record.
 */
@Injectable()
export class SettingsAudit implements OnApplicationBootstrap {
  constructor(
    private readonly settings: Settings,
    private readonly audit: AuditTrail,
    private readonly dataSource: DataSource,
    private readonly migrations: MigrationStatus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A database not migrated yet (DATABASE_RUN_MIGRATIONS=false) has no trail to write to: /health says why.
    if ((await this.migrations.pending()).pending.length) return;
    const now = flatten(this.settings);
    const last = await this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('e')
      .where('e.action = :action', { action: 'settings.changed' })
      .orderBy('e.seq', 'DESC')
      .limit(1)
      .getOne();
    const before = last ? ((JSON.parse(last.details) as { now?: Record<string, unknown> }).now ?? {}) : {};
    const changed = Object.keys({ ...before, ...now }).filter(
      (key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(now[key] ?? null),
    );
    if (!changed.length) return;
    await this.audit.recordAlone({
      action: 'settings.changed',
      subject: { type: 'settings', id: null },
      details: { changed, now },
    });
  }
}

/** The settings as dotted keys and plain values, secrets masked. */
export function flatten(value: unknown, prefix = '', into: Record<string, unknown> = {}): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    into[prefix] = SECRET.test(prefix) ? (value === undefined || value === null ? 'unset' : 'set') : (value ?? null);
    return into;
  }
  for (const [key, item] of Object.entries(value)) flatten(item, prefix ? `${prefix}.${key}` : key, into);
  return into;
}
