import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';
import { RoleProfile } from '../../role-profiles/entities/role-profile.entity';
import type { VacancyMember } from './vacancy-member.entity';
import type { VacancyRound } from './vacancy-round.entity';

export const VACANCY_STATUSES = ['draft', 'open', 'on_hold', 'closed', 'filled'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

/** schema.org JobPosting employmentType values, lower case. */
export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contractor', 'temporary', 'intern', 'other'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** What a failed knock-out does to an application: flag it for a recruiter (the default) or reject it. */
export const KNOCKOUT_POLICIES = ['flag', 'reject'] as const;
export type KnockoutPolicy = (typeof KNOCKOUT_POLICIES)[number];
/** The stage at which a blind vacancy shows its applicants' identities to hiring managers and panels. */
export const BLIND_UNTIL = ['interview', 'offer'] as const;
export type BlindUntil = (typeof BLIND_UNTIL)[number];

@Entity('vacancies')
@Index('IDX_vacancies_status', ['status'])
export class Vacancy {
  @PrimaryColumn({ type: columnTypes.id, length: columnTypes.idLength, primaryKeyConstraintName: 'PK_vacancies' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  location: string | null;

  @Column({ name: 'employment_type', type: 'varchar', length: 20 })
  employmentType: EmploymentType;

  @Column({ type: 'integer' })
  headcount: number;

  @Column({ name: 'role_profile_id', type: columnTypes.id, length: columnTypes.idLength })
  roleProfileId: string;

  /** The profile version applications are screened with; changing it re-scores them. */
  @Column({ name: 'role_profile_version', type: 'integer' })
  roleProfileVersion: number;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status: VacancyStatus;

  @Column({ name: 'knockout_policy', type: 'varchar', length: 10, default: 'flag' })
  knockoutPolicy: KnockoutPolicy;

  /**
   * Blind screening: until an application reaches this stage, its hiring managers and panel see an
   * alias instead of who the applicant is; null shows them from the start.
   */
  @Column({ name: 'blind_until', type: 'varchar', length: 20, nullable: true })
  blindUntil: BlindUntil | null;

  /** How screening and interview results weigh in the shortlist score, relative to each other. */
  @Column({ name: 'screening_weight', type: 'integer', default: 100 })
  screeningWeight: number;

  @Column({ name: 'interview_weight', type: 'integer', default: 0 })
  interviewWeight: number;

  /** A round's decision moves the application on (or rejects it) by itself; otherwise a recruiter confirms it. */
  @Column({ name: 'auto_advance', type: 'boolean', default: false })
  autoAdvance: boolean;

  /** Hours between rejecting an application and the mail that says so; null sends none. */
  @Column({ name: 'rejection_mail_delay_hours', type: 'integer', nullable: true, default: 48 })
  rejectionMailDelayHours: number | null;

  /** The shortlist uses round scores with each interviewer's leniency taken out. */
  @Column({ name: 'calibrate_interviews', type: 'boolean', default: false })
  calibrateInterviews: boolean;

  /**
   * Raised in the same transaction as every change to what the shortlist
   * shows: an application made, moved or screened again, a candidate renamed.
   * Cached shortlist pages are keyed by it. (A later change that deletes
   * applications, such as erasing a candidate, must raise it too.)
   */
  @Column({ name: 'shortlist_revision', type: 'integer', default: 0 })
  shortlistRevision: number;

  @Column({ name: 'created_by', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: columnTypes.timestamp })
  createdAt: Date;

  @Column({ name: 'updated_at', type: columnTypes.timestamp })
  updatedAt: Date;

  @ManyToOne(() => RoleProfile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'role_profile_id', foreignKeyConstraintName: 'FK_vacancies_role_profile' })
  roleProfile: RoleProfile;

  @OneToMany('VacancyMember', (member: VacancyMember) => member.vacancy)
  members: VacancyMember[];

  @OneToMany('VacancyRound', (round: VacancyRound) => round.vacancy)
  rounds: VacancyRound[];
}
