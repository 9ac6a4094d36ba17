import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';
import type { Vacancy, VacancyStatus } from './vacancy.entity';

/** A change of a vacancy's status: who, when, from, to, why. Never changed once written. */
@Entity('vacancy_events')
@Index('IDX_vacancy_events_vacancy', ['vacancyId', 'createdAt'])
export class VacancyEvent {
  @PrimaryColumn({ type: columnTypes.id, length: columnTypes.idLength, primaryKeyConstraintName: 'PK_vacancy_events' })
  id: string;

  @Column({ name: 'vacancy_id', type: columnTypes.id, length: columnTypes.idLength })
  vacancyId: string;

  /** Null for the event that created the vacancy. */
  @Column({ name: 'from_status', type: 'varchar', length: 10, nullable: true })
  fromStatus: VacancyStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 10 })
  toStatus: VacancyStatus;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'actor_id', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  actorId: string | null;

  @Column({ name: 'created_at', type: columnTypes.timestamp })
  createdAt: Date;

  @ManyToOne('Vacancy', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id', foreignKeyConstraintName: 'FK_vacancy_events_vacancy' })
  vacancy: Vacancy;
}
