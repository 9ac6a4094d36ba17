import { Role } from '../common/auth/role';
import { Settings } from '../config/settings';
import { DATA_CATEGORIES, DataCategory, LegalBasis, Readers } from './processing-categories';

export interface RetentionLine {
  /** A catalogue key under privacy.retention. */
  rule: string;
  /** The setting it follows, and its value in this process (seconds for a duration, unless `unit` says months). */
  setting?: string;
  value?: number | string;
  unit?: 'months';
}

export interface ProcessingRecord {
  category: string;
  subjects: DataCategory['subjects'];
  special: boolean;
  basis: LegalBasis;
  data: { table: string; columns: string[] }[];
  /** Folders the data is kept in as files, by the setting that names them. */
  folders: { setting: string; path: string }[];
  retention: RetentionLine[];
  readers: Readers[];
}

export interface ProcessingRecords {
  /** Who decides on the processing: the organisation Sift is run for (ORGANISATION_NAME). */
  controller: string;
  generatedAt: string;
  /** The settings the records depend on, as this process read them. */
  configuration: { setting: string; value: string | number | boolean }[];
  records: ProcessingRecord[];
}

/**
 * The records of processing (GDPR art. 30) as Sift runs now: the registry of
 * data categories with the retention, folders and readers that the running
 * configuration gives them.
 */
export function processingRecords(settings: Settings, now: Date): ProcessingRecords {
  const { fairness, cv, mail, web, auth } = settings;
  const durations: Record<string, number> = {
    CV_ORPHAN_GRACE: cv.orphanGraceSeconds,
    SESSION_TTL: web.sessionTtlSeconds,
    AUTH_TOKEN_TTL: auth.tokenTtlSeconds,
    AUTH_ACCOUNT_WINDOW: auth.accountLoginWindowSeconds,
    AUTH_KNOWN_CLIENT_TTL: auth.knownClientSeconds,
  };
  const months: Record<string, number | null> = {
    AUDIT_RETENTION_MONTHS: settings.audit.retentionMonths,
    RETENTION_MONTHS_AFTER_CLOSE: settings.retention.monthsAfterClose,
    TALENT_POOL_MONTHS: settings.retention.talentPoolMonths,
  };
  const folders: Record<string, string | undefined> = {
    CV_STORAGE_DIR: cv.storageDir,
    // With SMTP nothing is written to the folder.
    MAIL_OUTBOX_DIR: settings.smtpUrl ? undefined : mail.outboxDir,
  };
  return {
    controller: settings.organisation.name,
    generatedAt: now.toISOString(),
    configuration: [
      { setting: 'ORGANISATION_NAME', value: settings.organisation.name },
      { setting: 'FAIRNESS_QUESTION_SETS', value: fairness.questionSets.join(', ') },
      { setting: 'FAIRNESS_MIN_GROUP_SIZE', value: fairness.minGroupSize },
      { setting: 'FAIRNESS_MANAGERS_SEE_REPORTS', value: fairness.managersSeeReports },
      { setting: 'SMTP_URL', value: !!settings.smtpUrl },
      { setting: 'CV_ORPHAN_GRACE', value: cv.orphanGraceSeconds },
      { setting: 'SESSION_TTL', value: web.sessionTtlSeconds },
      { setting: 'AUDIT_RETENTION_MONTHS', value: settings.audit.retentionMonths },
      { setting: 'AUDIT_LOG_READS', value: settings.audit.logReads },
      { setting: 'RETENTION_MONTHS_AFTER_CLOSE', value: settings.retention.monthsAfterClose ?? 'off' },
      { setting: 'TALENT_POOL_MONTHS', value: settings.retention.talentPoolMonths },
    ],
    records: DATA_CATEGORIES.map((category) => ({
      category: category.key,
      subjects: category.subjects,
      special: category.special,
      basis: category.basis,
      data: Object.entries(category.tables).map(([table, columns]) => ({ table, columns })),
      folders: category.folders.flatMap((setting) => {
        const path = folders[setting];
        return path ? [{ setting, path }] : [];
      }),
      retention: category.retention.map(({ rule, setting }): RetentionLine => {
        if (setting === 'SMTP_URL') return { rule: settings.smtpUrl ? 'mailFilesNotKept' : 'mailFilesKept' };
        if (setting && setting in months) {
          const value = months[setting];
          return value === null
            ? { rule: `${rule}Off`, setting, value: 'off' }
            : { rule, setting, value, unit: 'months' };
        }
        return setting ? { rule, setting, value: durations[setting] } : { rule };
      }),
      readers: readersOf(category, settings),
    })),
  };
}

/** The readers the registry names, and those the configuration adds. */
function readersOf(category: DataCategory, settings: Settings): Readers[] {
  if (category.key !== 'selfIdentification' || !settings.fairness.managersSeeReports) return category.readers;
  return [...category.readers, { roles: [Role.HiringManager], scope: 'aggregatesOwnVacancies' }];
}
