import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Application } from '../../applications/entities/application.entity';
import { columnTypes } from '../../database/column-types';

/** A recruiter opened who a blind applicant is: who, when and why. Never changed once written. */
@Entity('application_unblindings')
@Index('IDX_application_unblindings_user', ['applicationId', 'userId', 'createdAt'])
export class ApplicationUnblinding {
  @PrimaryColumn({
    type: columnTypes.id,
    length: columnTypes.idLength,
    primaryKeyConstraintName: 'PK_application_unblindings',
  })
  id: string;

  @Column({ name: 'application_id', type: columnTypes.id, length: columnTypes.idLength })
  applicationId: string;

  @Column({ name: 'user_id', type: columnTypes.id, length: columnTypes.idLength })
  userId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'created_at', type: columnTypes.timestamp })
  createdAt: Date;

  @ManyToOne('Application', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_application_unblindings_application' })
  application?: Application;
}
