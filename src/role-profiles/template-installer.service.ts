import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { MigrationStatus } from '../database/migration-status';
import { isUniqueViolation } from '../database/database-errors';
import { RoleProfilesRepository } from './role-profiles.repository';
import { TEMPLATES } from './templates';

/**
 * Keeps the built-in templates in the database in step with the code: a
 * missing template is installed, a changed one gets a new version. Copies
 * that recruiters made are never touched.
 */
@Injectable()
export class TemplateInstaller implements OnApplicationBootstrap {
  private readonly logger = new Logger(TemplateInstaller.name);

  constructor(
    private readonly profiles: RoleProfilesRepository,
    private readonly migrations: MigrationStatus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.migrations.pending()).pending.length) return;
    for (const template of TEMPLATES) {
      const header = {
        name: template.name,
        family: template.family,
        level: template.level,
        language: template.language,
      };
      const criteria = JSON.parse(JSON.stringify(template.criteria)) as object;
      const existing = await this.profiles.findTemplate(template.key);
      if (!existing) {
        try {
          await this.profiles.create({ ...header, templateKey: template.key }, criteria, null);
          this.logger.log({ template: template.key }, 'Installed a built-in role profile template');
        } catch (error) {
          // Another process starting at the same moment installed it first.
          if (!isUniqueViolation(error)) throw error;
        }
        continue;
      }
      const current = await this.profiles.findVersion(existing.id, existing.currentVersion);
      const same =
        canonical(current?.criteria) === canonical(criteria) &&
        canonical({ ...header }) ===
          canonical({
            name: existing.name,
            family: existing.family,
            level: existing.level,
            language: existing.language,
          });
      if (!same) {
        // Null when another process starting at the same moment updated it first.
        if ((await this.profiles.addVersion(existing, header, criteria, null)) !== null) {
          this.logger.log({ template: template.key }, 'Updated a built-in role profile template');
        }
      }
    }
  }
}

/** JSON with sorted keys, so that key order never counts as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}
