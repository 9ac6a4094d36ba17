import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * The dashboard lists the candidates whose CV facts wait for confirmation,
 * newest first: walked from the newest such fact down, rather than every
 * applicant's facts read to find who is newest.
 */
export class IndexNewestUnconfirmedFacts1795610000000 implements MigrationInterface {
  name = 'IndexNewestUnconfirmedFacts1795610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'candidate_facts',
      new TableIndex({
        name: 'IDX_candidate_facts_unconfirmed_newest',
        columnNames: ['source', 'confirmed', 'created_at', 'candidate_id'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('candidate_facts', 'IDX_candidate_facts_unconfirmed_newest');
  }
}
