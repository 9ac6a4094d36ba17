import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';
import { User } from '../../users/entities/user.entity';
import { Vacancy } from '../../vacancies/entities/vacancy.entity';

/**
 * An interviewer's leniency on a vacancy as last worked out over all its
 * scorecards; a new submission's calibrated score uses it until the next
 * review of the vacancy.
 */
@Entity('interviewer_calibrations')
export class InterviewerCalibration {
  @PrimaryColumn({
    name: 'vacancy_id',
    type: columnTypes.id,
    length: columnTypes.idLength,
    primaryKeyConstraintName: 'PK_interviewer_calibrations',
  })
  vacancyId: string;

  @PrimaryColumn({
    name: 'interviewer_id',
    type: columnTypes.id,
    length: columnTypes.idLength,
    primaryKeyConstraintName: 'PK_interviewer_calibrations',
  })
  interviewerId: string;

  /** Mean difference from the co-panelists on the same applicants, on the 0–1 scale. */
  @Column({ type: 'real' })
  leniency: number;

  /** The leniency shrunk towards none by how few interviews it rests on; what calibration takes out. */
  @Column({ type: 'real' })
  correction: number;

  @Column({ type: 'integer' })
  comparisons: number;

  @Column({ type: 'integer' })
  interviews: number;

  @Column({ name: 'updated_at', type: columnTypes.timestamp })
  updatedAt: Date;

  @ManyToOne(() => Vacancy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id', foreignKeyConstraintName: 'FK_interviewer_calibrations_vacancy' })
  vacancy: Vacancy;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interviewer_id', foreignKeyConstraintName: 'FK_interviewer_calibrations_interviewer' })
  interviewer: User;
}
