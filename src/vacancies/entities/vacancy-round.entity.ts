import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';
import type { Vacancy } from './vacancy.entity';

export const ROUND_KINDS = ['screening_call', 'interview', 'panel', 'assessment', 'final_interview'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const QUESTION_KINDS = ['open', 'behavioural', 'scenario'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A question the scorecard asks for one of the round's competencies. */
export interface RoundQuestion {
  competency: string;
  kind: QuestionKind;
  text: string;
}

/**
 * How a round is passed: the weighted mean rating at or above a threshold,
 * a majority of yes recommendations, all of them yes, or no "strong no".
 */
export const PASS_RULES = ['average', 'majority_yes', 'unanimous', 'no_veto'] as const;
export type PassRuleKind = (typeof PASS_RULES)[number];

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

  /** The top of the rating scale, 2 to 10 points (4: strong no, no, yes, strong yes). */
  @Column({ type: 'integer', default: 4 })
  scale: number;

  /** The written anchor of each point of the scale, from 1 up; the scale's standard words when null. */
  @Column({ type: columnTypes.json, nullable: true })
  anchors: string[] | null;

  @Column({ type: columnTypes.json, nullable: true })
  questions: RoundQuestion[] | null;

  @Column({ name: 'pass_rule', type: 'varchar', length: 20, default: 'average' })
  passRule: PassRuleKind;

  /** The mean rating the `average` rule needs, on the round's scale. */
  @Column({ name: 'pass_threshold', type: 'real', nullable: true })
  passThreshold: number | null;

  /** The round's share of the interview score, relative to the other rounds. */
  @Column({ type: 'integer', default: 1 })
  weight: number;

  @ManyToOne('Vacancy', (vacancy: Vacancy) => vacancy.rounds, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id', foreignKeyConstraintName: 'FK_vacancy_rounds_vacancy' })
  vacancy: Vacancy;
}
