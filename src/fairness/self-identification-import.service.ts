import { Injectable } from '@nestjs/common';
import { ApplicationsService } from '../applications/applications.service';
import { AuthenticatedUser } from '../common/auth/decorators';
import { DomainError, FieldError } from '../common/errors/domain-error';
import { AnswersRow } from './self-identification-csv';
import { SelfIdentificationService } from './self-identification.service';

export interface AnswersImportReport {
  received: number;
  recorded: number;
  failed: { line: number; errors: FieldError[] }[];
}

/**
 * Answers gathered elsewhere (a survey tool, another system's EEO export)
 * brought in a file at a time, each row recorded as the API records one, and
 * flagged as imported. A bad row never stops the good ones; a row recorded
 * again replaces what it recorded, so importing a file twice changes nothing.
 */
@Injectable()
export class SelfIdentificationImporter {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly selfIdentification: SelfIdentificationService,
  ) {}

  async import(rows: Iterable<AnswersRow>, user: AuthenticatedUser): Promise<AnswersImportReport> {
    const report: AnswersImportReport = { received: 0, recorded: 0, failed: [] };
    for (const row of rows) {
      report.received += 1;
      if (row.problems.length || !row.applicationId || !row.input) {
        report.failed.push({ line: row.line, errors: row.problems });
        continue;
      }
      try {
        await this.applications.getToChange(row.applicationId, user);
        await this.selfIdentification.record(row.applicationId, row.input, 'import', user.id);
        report.recorded += 1;
      } catch (error) {
        if (!(error instanceof DomainError) || !['invalid', 'not_found'].includes(error.kind)) throw error;
        const errors = error.extras.errors ?? [{ field: 'application_id', messages: [error.message] }];
        report.failed.push({ line: row.line, errors });
      }
    }
    return report;
  }
}
