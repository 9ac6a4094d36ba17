import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn } from 'typeorm';
import { Application } from '../../applications/entities/application.entity';
import { Candidate } from '../../candidates/entities/candidate.entity';
import { columnTypes } from '../../database/column-types';
import { Vacancy } from '../../vacancies/entities/vacancy.entity';
import { VacancyRound } from '../../vacancies/entities/vacancy-round.entity';
import type { InterviewResult } from '../../scoring/round-result';
import type { InterviewPanelist } from './interview-panelist.entity';

export const INTERVIEW_STATUSES = ['scheduled', 'cancelled'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

export type InterviewDecision = 'pass' | 'fail';

/**
 * One round of one application, held at a time and place by a panel. Vacancy
 * and candidate are copied from the application so that who may see what can
 * be answered from this table alone.
 */
@Entity('interviews')
@Index('IDX_interviews_application', ['applicationId', 'roundId'])
@Index('IDX_interviews_vacancy', ['vacancyId', 'roundId'])
@Index('IDX_interviews_candidate', ['candidateId'])
export class Interview {
  @PrimaryColumn({ type: columnTypes.id, length: columnTypes.idLength, primaryKeyConstraintName: 'PK_interviews' })
  id: string;

  @Column({ name: 'application_id', type: columnTypes.id, length: columnTypes.idLength })
  applicationId: string;

  @Column({ name: 'vacancy_id', type: columnTypes.id, length: columnTypes.idLength })
  vacancyId: string;

  @Column({ name: 'candidate_id', type: columnTypes.id, length: columnTypes.idLength })
  candidateId: string;

  @Column({ name: 'round_id', type: columnTypes.id, length: columnTypes.idLength })
  roundId: string;

  @Column({ type: 'varchar', length: 10 })
  status: InterviewStatus;

  @Column({ name: 'starts_at', type: columnTypes.timestamp })
  startsAt: Date;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  location: string | null;

  @Column({ name: 'meeting_url', type: 'varchar', length: 2000, nullable: true })
  meetingUrl: string | null;

  /** Raised by every change of time, place or panel, as a calendar invitation's SEQUENCE. */
  @Column({ type: 'integer', default: 0 })
  sequence: number;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  /** Pass or fail by the round's rule, once every panel member has submitted; null until then. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  decision: InterviewDecision | null;

  /** Means, spreads, score and the rule that made the decision, from the submitted scorecards. */
  @Column({ type: columnTypes.json, nullable: true })
  result: InterviewResult | null;

  /** The round score in hundredths (0–10,000), from submitted scorecards. */
  @Column({ name: 'round_score', type: 'integer', nullable: true })
  roundScore: number | null;

  /** The same with each interviewer's leniency taken out. */
  @Column({ name: 'calibrated_score', type: 'integer', nullable: true })
  calibratedScore: number | null;

  @Column({ name: 'decided_at', type: columnTypes.timestamp, nullable: true })
  decidedAt: Date | null;

  /** When the decision moved the application (by itself or confirmed by a recruiter). */
  @Column({ name: 'decision_applied_at', type: columnTypes.timestamp, nullable: true })
  decisionAppliedAt: Date | null;

  @Column({ name: 'created_by', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: columnTypes.timestamp })
  createdAt: Date;

  @Column({ name: 'updated_at', type: columnTypes.timestamp })
  updatedAt: Date;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_interviews_application' })
  application: Application;

  @ManyToOne(() => Vacancy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id', foreignKeyConstraintName: 'FK_interviews_vacancy' })
  vacancy: Vacancy;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id', foreignKeyConstraintName: 'FK_interviews_candidate' })
  candidate: Candidate;

  @ManyToOne(() => VacancyRound, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'FK_interviews_round' })
  round: VacancyRound;

  @OneToMany('InterviewPanelist', (panelist: InterviewPanelist) => panelist.interview)
  panel: InterviewPanelist[];
}
