import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';
import type { Vacancy } from './vacancy.entity';

export const ROUND_KINDS = ['screening_call', 'interview', 'panel', 'assessment', 'final_interview'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** One round of a vacancy's interview plan, in order; applications move through them. */
@Entity('vacancy_rounds')
@Index('UQ_vacancy_rounds_position', ['vacancyId', 'position'], { unique: true })
export class VacancyRound {
  @PrimaryColumn({ type: columnTypes.id, length: columnTypes.idLength, primaryKeyConstraintName: 'PK_vacancy_rounds' })
  id: string;

  @Column({ name: 'vacancy_id', type: columnTypes.id, length: columnTypes.idLength })
  vacancyId: string;

  /** 1 for the first round. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  kind: RoundKind;

  /** The catalogue codes this round rates. */
  @Column({ type: columnTypes.json })
  competencies: string[];

  @ManyToOne('Vacancy', (vacancy: Vacancy) => vacancy.rounds, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id', foreignKeyConstraintName: 'FK_vacancy_rounds_vacancy' })
  vacancy: Vacancy;
}
