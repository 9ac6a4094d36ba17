import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The shortlist's groups (src/applications/shortlist-order.ts): applications
 * whose eligibility is unknown (a knock-out the facts cannot decide) or with
 * nothing known at all move out of the ranked band, below the knocked-out;
 * unscreened ones move to the last band. Ranked and knocked-out keys stay as
 * they were. The bands, fixed here as they were when this was written: ranked
 * from 0, knocked out from 20,002, not enough evidence from 40,004, not
 * screened at 60,006 (before: 40,004).
 */
export class ShortlistStandings1795550000000 implements MigrationInterface {
  name = 'ShortlistStandings1795550000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    const openKnockouts = postgres
      ? "COALESCE(jsonb_array_length(screening->'openKnockouts'), 0)"
      : "COALESCE(json_array_length(screening, '$.openKnockouts'), 0)";
    await queryRunner.query('UPDATE applications SET sort_key = 60006 WHERE eligible IS NULL');
    await queryRunner.query(
      `UPDATE applications SET sort_key = sort_key + 40004
        WHERE eligible = TRUE AND sort_key < 20002 AND (completeness = 0 OR ${openKnockouts} > 0)`,
    );
    // Pages cached under the old order must not be served again.
    await queryRunner.query('UPDATE vacancies SET shortlist_revision = shortlist_revision + 1');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'UPDATE applications SET sort_key = sort_key - 40004 WHERE sort_key >= 40004 AND sort_key < 60006',
    );
    await queryRunner.query('UPDATE applications SET sort_key = 40004 WHERE eligible IS NULL');
    await queryRunner.query('UPDATE vacancies SET shortlist_revision = shortlist_revision + 1');
  }
}
