import type { ProcessingRecords, RetentionLine } from '../../privacy/processing-records';

export interface DurationModel {
  key: string;
  count: number;
}

export interface CategoryModel {
  key: string;
  nameKey: string;
  purposeKey: string;
  subjectsKey: string;
  basisKey: string;
  special: boolean;
  data: { table: string; columns: string }[];
  folders: { setting: string; path: string }[];
  retention: { key: string; setting?: string; duration?: DurationModel }[];
  readers: { roleKeys: string[]; scopeKey: string }[];
}

export interface RecordsModel {
  controller: string;
  generatedAt: Date;
  jsonHref: string;
  retentionHref: string;
  configuration: { setting: string; value?: string; valueKey?: string; duration?: DurationModel }[];
  categories: CategoryModel[];
}

const UNITS: [number, string][] = [
  [86_400, 'privacy.duration.days'],
  [3600, 'privacy.duration.hours'],
  [60, 'privacy.duration.minutes'],
  [1, 'privacy.duration.seconds'],
];

/** Seconds in the largest unit that counts them whole: 28800 is 8 hours, 90 is 90 seconds. */
export function durationOf(seconds: number): DurationModel {
  const [size, key] = UNITS.find(([unit]) => seconds % unit === 0) ?? UNITS[UNITS.length - 1];
  return { key, count: seconds / size };
}

/** Whole months, in words that agree with the number. */
export function monthsOf(count: number): DurationModel {
  return { key: count === 1 ? 'privacy.duration.month' : 'privacy.duration.months', count };
}

const DURATION_SETTINGS = new Set(['CV_ORPHAN_GRACE', 'SESSION_TTL']);
const MONTH_SETTINGS = new Set(['AUDIT_RETENTION_MONTHS', 'RETENTION_MONTHS_AFTER_CLOSE', 'TALENT_POOL_MONTHS']);

/** The records of processing as the admin's page shows them: every word a catalogue key, every value as configured. */
export function recordsView(records: ProcessingRecords): RecordsModel {
  return {
    controller: records.controller,
    generatedAt: new Date(records.generatedAt),
    jsonHref: '/privacy/records',
    retentionHref: '/admin/privacy/retention',
    configuration: records.configuration.map(({ setting, value }) => {
      if (typeof value === 'boolean') return { setting, valueKey: value ? 'privacy.value.yes' : 'privacy.value.no' };
      if (DURATION_SETTINGS.has(setting) && typeof value === 'number') return { setting, duration: durationOf(value) };
      if (MONTH_SETTINGS.has(setting) && typeof value === 'number') return { setting, duration: monthsOf(value) };
      if (value === 'off') return { setting, valueKey: 'privacy.value.off' };
      return { setting, value: String(value) };
    }),
    categories: records.records.map((record) => ({
      key: record.category,
      nameKey: `privacy.category.${record.category}`,
      purposeKey: `privacy.purpose.${record.category}`,
      subjectsKey: `privacy.subjects.${record.subjects}`,
      basisKey: `privacy.basis.${record.basis}`,
      special: record.special,
      data: record.data.map(({ table, columns }) => ({ table, columns: columns.join(', ') })),
      folders: record.folders,
      retention: record.retention.map(retentionLine),
      readers: record.readers.map(({ roles, scope }) => ({
        roleKeys: roles.map((role) => `role.${role}`),
        scopeKey: `privacy.scope.${scope}`,
      })),
    })),
  };
}

function retentionLine(line: RetentionLine): CategoryModel['retention'][number] {
  const key = `privacy.retention.${line.rule}`;
  if (!line.setting) return { key };
  if (typeof line.value !== 'number') return { key, setting: line.setting };
  return {
    key,
    setting: line.setting,
    duration: line.unit === 'months' ? monthsOf(line.value) : durationOf(line.value),
  };
}
