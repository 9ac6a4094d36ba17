import type { ImportReport } from '../../imports/candidate-importer.service';

export const IMPORT_FORMATS = ['auto', 'csv', 'jsonl'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportModel {
  text: string;
  formats: { value: ImportFormat; labelKey: string; checked: boolean }[];
  message?: { key: string; values: Record<string, unknown> };
  report?: {
    received: number;
    created: number;
    updated: number;
    unchanged: number;
    failedCount: number;
    failed: { line: number; email: string | null; reasons: { field: string; message: string }[] }[];
  };
}

const FORMAT_LABELS: Record<ImportFormat, string> = {
  auto: 'intake.import.format.auto',
  csv: 'intake.import.format.csv',
  jsonl: 'intake.import.format.jsonl',
};

/** The import form, what was pasted kept, and the report: counts and every bad line with its reasons. */
export function importView(input: {
  text?: string;
  format?: ImportFormat;
  report?: Omit<ImportReport, 'candidates'>;
  message?: ImportModel['message'];
}): ImportModel {
  const format = input.format ?? 'auto';
  const report = input.report;
  return {
    text: input.text ?? '',
    formats: IMPORT_FORMATS.map((value) => ({ value, labelKey: FORMAT_LABELS[value], checked: value === format })),
    message: input.message,
    report: report && {
      received: report.received,
      created: report.created,
      updated: report.updated,
      unchanged: report.unchanged,
      failedCount: report.failed.length,
      failed: [...report.failed]
        .sort((a, b) => a.line - b.line)
        .map((failure) => ({
          line: failure.line,
          email: failure.email,
          reasons: failure.errors.flatMap((error) =>
            error.messages.map((message) => ({ field: error.field, message })),
          ),
        })),
    },
  };
}

/** Which reader a text needs: as chosen, or JSON lines when it starts with a JSON object. */
export function importFormatOf(format: ImportFormat, text: string): 'csv' | 'jsonl' {
  if (format !== 'auto') return format;
  return text.trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

export const IMPORT_KEYS = Object.values(FORMAT_LABELS);
