import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { columnsFor } from './helpers';

/**
 * The audit trail: an append-only, hash-chained log of who did what, the
 * personal values its entries refer to (kept apart so that erasing a person
 * removes them without touching the chain), and the chain's head.
 *
 * The database itself refuses to change or remove an entry: UPDATE always,
 * DELETE unless the entry lies at or before the head's `pruned_through`
 * mark, which only the retention job moves (in the same transaction, to
 * entries older than the retention period; `audit:verify` checks both).
 *
 * A move's record also keeps the screening advice it went against, beside
 * its reason (human oversight, EU AI Act art. 14).
 */
export class AddAuditTrail1795665000000 implements MigrationInterface {
  name = 'AddAuditTrail1795665000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.addColumn('application_events', new TableColumn(c.json('advice', true)));
    await queryRunner.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
          { ...c.integer('seq'), isPrimary: true, primaryKeyConstraintName: 'PK_audit_entries' },
          c.timestamp('at'),
          c.id('actor_id', true),
          c.varchar('actor_roles', 120),
          c.varchar('ip', 64, true),
          c.varchar('user_agent', 300, true),
          c.varchar('request_id', 128, true),
          c.varchar('action', 60),
          c.varchar('subject_type', 30),
          c.varchar('subject_id', 64, true),
          c.id('candidate_id', true),
          c.id('vacancy_id', true),
          c.text('details'),
          c.varchar('prev_hash', 64),
          c.varchar('hash', 64),
        ],
        indices: [
          { name: 'IDX_audit_entries_at', columnNames: ['at'] },
          { name: 'IDX_audit_entries_actor', columnNames: ['actor_id', 'seq'] },
          { name: 'IDX_audit_entries_candidate', columnNames: ['candidate_id', 'seq'] },
          { name: 'IDX_audit_entries_vacancy', columnNames: ['vacancy_id', 'seq'] },
          { name: 'IDX_audit_entries_action', columnNames: ['action', 'seq'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_personal_values',
        columns: [
          { ...c.id('id'), isPrimary: true, primaryKeyConstraintName: 'PK_audit_personal_values' },
          c.id('candidate_id'),
          c.text('value'),
        ],
        indices: [{ name: 'IDX_audit_personal_values_candidate', columnNames: ['candidate_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_head',
        columns: [
          { ...c.integer('id'), isPrimary: true, primaryKeyConstraintName: 'PK_audit_head' },
          c.integer('seq'),
          c.varchar('hash', 64),
          c.integer('pruned_through'),
          c.varchar('pruned_hash', 64),
        ],
      }),
    );
    await queryRunner.query(
      `INSERT INTO audit_head (id, seq, hash, pruned_through, pruned_hash) VALUES (1, 0, '', 0, '')`,
    );
    for (const statement of c.dialect === 'postgres' ? POSTGRES_GUARDS : SQLITE_GUARDS) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === 'postgres') {
      await queryRunner.query('DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries');
      await queryRunner.query('DROP FUNCTION IF EXISTS audit_entries_refuse()');
    } else {
      await queryRunner.query('DROP TRIGGER IF EXISTS audit_entries_no_update');
      await queryRunner.query('DROP TRIGGER IF EXISTS audit_entries_no_delete');
    }
    await queryRunner.dropTable('audit_head');
    await queryRunner.dropTable('audit_personal_values');
    await queryRunner.dropTable('audit_entries');
    await queryRunner.dropColumn('application_events', 'advice');
  }
}

const REFUSAL = 'audit_entries is append-only';

const SQLITE_GUARDS = [
  `CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
   BEGIN SELECT RAISE(ABORT, '${REFUSAL}'); END`,
  `CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
   WHEN OLD.seq > (SELECT pruned_through FROM audit_head WHERE id = 1)
   BEGIN SELECT RAISE(ABORT, '${REFUSAL}'); END`,
];

const POSTGRES_GUARDS = [
  `CREATE FUNCTION audit_entries_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'DELETE' AND OLD.seq <= (SELECT pruned_through FROM audit_head WHERE id = 1) THEN
       RETURN OLD;
     END IF;
     RAISE EXCEPTION '${REFUSAL}';
   END $$`,
  `CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
   FOR EACH ROW EXECUTE FUNCTION audit_entries_refuse()`,
];
