import { PageDto } from '../../common/http/paging';
import { ApiProperty } from '@nestjs/swagger';
import {
  BLIND_UNTIL,
  BlindUntil,
  EMPLOYMENT_TYPES,
  EmploymentType,
  KNOCKOUT_POLICIES,
  KnockoutPolicy,
  Vacancy,
  VACANCY_STATUSES,
  VacancyStatus,
} from '../entities/vacancy.entity';
import { VacancyEvent } from '../entities/vacancy-event.entity';
import {
  PASS_RULES,
  PassRuleKind,
  QUESTION_KINDS,
  QuestionKind,
  ROUND_KINDS,
  RoundKind,
  VacancyRound,
} from '../entities/vacancy-round.entity';
import { MAX_SCALE, MIN_SCALE } from '../../scoring/round-result';
import { anchorsOf, passThresholdOf } from '../round-template';

export class RoundQuestionOutDto {
  @ApiProperty()
  competency: string;

  @ApiProperty({ enum: QUESTION_KINDS })
  kind: QuestionKind;

  @ApiProperty()
  text: string;
}

export class RoundScorecardDto {
  @ApiProperty({ type: 'integer', minimum: MIN_SCALE, maximum: MAX_SCALE, description: 'Ratings run from 1 to this' })
  scale: number;

  @ApiProperty({ type: [String], description: 'The anchor of each point, from 1 up: one per point' })
  anchors: string[];

  @ApiProperty({ type: [RoundQuestionOutDto] })
  questions: RoundQuestionOutDto[];

  @ApiProperty({ enum: PASS_RULES })
  passRule: PassRuleKind;

  @ApiProperty({ type: Number, nullable: true, description: 'For the average rule' })
  passThreshold: number | null;
}

export class RoundDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 1 })
  position: number;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ROUND_KINDS })
  kind: RoundKind;

  @ApiProperty({ type: [String] })
  competencies: string[];

  @ApiProperty({ type: RoundScorecardDto })
  scorecard: RoundScorecardDto;

  @ApiProperty({ description: 'Its share of the interview score' })
  weight: number;

  static from(round: VacancyRound): RoundDto {
    const { id, position, name, kind, competencies, weight } = round;
    return {
      id,
      position,
      name,
      kind,
      competencies,
      scorecard: {
        scale: round.scale,
        anchors: anchorsOf(round),
        questions: round.questions ?? [],
        passRule: round.passRule,
        passThreshold: round.passRule === 'average' ? passThresholdOf(round) : null,
      },
      weight,
    };
  }
}

export class VacancyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ type: String, nullable: true })
  location: string | null;

  @ApiProperty({ enum: EMPLOYMENT_TYPES })
  employmentType: EmploymentType;

  @ApiProperty()
  headcount: number;

  @ApiProperty({ format: 'uuid' })
  roleProfileId: string;

  @ApiProperty({ description: 'The profile version applications are screened with' })
  roleProfileVersion: number;

  @ApiProperty({ enum: VACANCY_STATUSES })
  status: VacancyStatus;

  @ApiProperty({ enum: KNOCKOUT_POLICIES })
  knockoutPolicy: KnockoutPolicy;

  @ApiProperty({ enum: BLIND_UNTIL, nullable: true, description: 'Blind screening until this stage; null: off' })
  blindUntil: BlindUntil | null;

  @ApiProperty()
  screeningWeight: number;

  @ApiProperty()
  interviewWeight: number;

  @ApiProperty({ description: 'Round decisions move applications by themselves' })
  autoAdvance: boolean;

  @ApiProperty({ description: 'The shortlist uses calibrated round scores' })
  calibrateInterviews: boolean;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Hours before a rejected applicant is told; null: never by mail',
  })
  rejectionMailDelayHours: number | null;

  @ApiProperty({ type: [String] })
  hiringManagerIds: string[];

  @ApiProperty({ type: [String] })
  recruiterIds: string[];

  @ApiProperty({ type: [RoundDto], description: 'The interview plan, in order' })
  rounds: RoundDto[];

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: string;

  static from(vacancy: Vacancy): VacancyDto {
    const members = vacancy.members ?? [];
    const idsOf = (role: string) =>
      members
        .filter((m) => m.role === role)
        .map((m) => m.userId)
        .sort();
    return {
      id: vacancy.id,
      title: vacancy.title,
      description: vacancy.description,
      location: vacancy.location,
      employmentType: vacancy.employmentType,
      headcount: vacancy.headcount,
      roleProfileId: vacancy.roleProfileId,
      roleProfileVersion: vacancy.roleProfileVersion,
      status: vacancy.status,
      knockoutPolicy: vacancy.knockoutPolicy,
      blindUntil: vacancy.blindUntil,
      screeningWeight: vacancy.screeningWeight,
      interviewWeight: vacancy.interviewWeight,
      autoAdvance: vacancy.autoAdvance,
      calibrateInterviews: vacancy.calibrateInterviews,
      rejectionMailDelayHours: vacancy.rejectionMailDelayHours,
      hiringManagerIds: idsOf('hiring_manager'),
      recruiterIds: idsOf('recruiter'),
      rounds: [...(vacancy.rounds ?? [])].sort((a, b) => a.position - b.position).map((round) => RoundDto.from(round)),
      createdAt: vacancy.createdAt.toISOString(),
      updatedAt: vacancy.updatedAt.toISOString(),
    };
  }
}

export class VacancySummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  location: string | null;

  @ApiProperty({ enum: VACANCY_STATUSES })
  status: VacancyStatus;

  @ApiProperty()
  headcount: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;

  static from(vacancy: Vacancy): VacancySummaryDto {
    const { id, title, location, status, headcount } = vacancy;
    return { id, title, location, status, headcount, createdAt: vacancy.createdAt.toISOString() };
  }
}

export class VacancyPageDto extends PageDto {
  @ApiProperty({ type: [VacancySummaryDto] })
  items: VacancySummaryDto[];
}

export class VacancyEventDto {
  @ApiProperty({ enum: VACANCY_STATUSES, nullable: true })
  from: VacancyStatus | null;

  @ApiProperty({ enum: VACANCY_STATUSES })
  to: VacancyStatus;

  @ApiProperty({ type: String, nullable: true })
  reason: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actorId: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  at: string;

  static from(event: VacancyEvent): VacancyEventDto {
    return {
      from: event.fromStatus,
      to: event.toStatus,
      reason: event.reason,
      actorId: event.actorId,
      at: event.createdAt.toISOString(),
    };
  }
}
