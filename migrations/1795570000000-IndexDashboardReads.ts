import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * What the recruiter's dashboard reads, indexed so that it stays a few
 * grouped counts and LIMITed lists with a hundred thousand applications:
 * flagged applications and counts per stage from one covering index, the
 * newest moves, mails and scorecards without sorting them all, and the
 * facts from CVs still to confirm without reading the confirmed ones.
 */
const INDEXES: [string, string, string[]][] = [
  ['applications', 'IDX_applications_review', ['vacancy_id', 'needs_review', 'stage', 'applied_at']],
  ['application_events', 'IDX_application_events_created', ['created_at']],
  ['candidate_facts', 'IDX_candidate_facts_unconfirmed', ['source', 'confirmed', 'candidate_id', 'created_at']],
  ['mails', 'IDX_mails_status', ['status', 'created_at']],
  ['mails', 'IDX_mails_sent', ['sent_at']],
  ['scorecards', 'IDX_scorecards_submitted', ['submitted_at']],
];

export class IndexDashboardReads1795570000000 implements MigrationInterface {
  name = 'IndexDashboardReads1795570000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, name, columnNames] of INDEXES) {
      await queryRunner.createIndex(table, new TableIndex({ name, columnNames }));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, name] of [...INDEXES].reverse()) await queryRunner.dropIndex(table, name);
  }
}
