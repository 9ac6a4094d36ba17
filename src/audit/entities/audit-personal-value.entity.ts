import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';

/**
 * A personal value an audit entry refers to (a name before and after, the
 * words of a note), kept by reference so that erasing the candidate deletes
 * it here while the entry, and its hash, stay as they were.
 */
@Entity('audit_personal_values')
@Index('IDX_audit_personal_values_candidate', ['candidateId'])
export class AuditPersonalValue {
  @PrimaryColumn({
    type: columnTypes.id,
    length: columnTypes.idLength,
    primaryKeyConstraintName: 'PK_audit_personal_values',
  })
  id: string;

  @Column({ name: 'candidate_id', type: columnTypes.id, length: columnTypes.idLength })
  candidateId: string;

  /** JSON of the value. */
  @Column({ type: 'text' })
  value: string;
}
