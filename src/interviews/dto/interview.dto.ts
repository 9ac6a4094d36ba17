import { ApiProperty } from '@nestjs/swagger';
import { RECOMMENDATIONS } from '../../scoring/round-result';
import { Interview, INTERVIEW_STATUSES, InterviewStatus } from '../entities/interview.entity';
import { InterviewView } from '../interviews.service';
import { PanelSeatRow } from '../interviews.repository';
import { panelOf } from '../interview-access';

const points = (hundredths: number | null) => (hundredths === null ? null : hundredths / 100);

export class CompetencyResultDto {
  @ApiProperty()
  competency: string;

  @ApiProperty({ description: 'Its weight in the round score, from the role profile' })
  weight: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Mean rating on the round’s scale' })
  mean: number | null;

  @ApiProperty()
  rated: number;

  @ApiProperty()
  notAssessed: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Highest minus lowest rating' })
  spread: number | null;

  @ApiProperty({ description: 'Ratings over two thirds of the scale apart (over two points on 4 or 5)' })
  flagged: boolean;
}

export class InterviewResultDto {
  @ApiProperty()
  scorecards: number;

  @ApiProperty()
  panelSize: number;

  @ApiProperty({ type: [CompetencyResultDto] })
  competencies: CompetencyResultDto[];

  @ApiProperty({ type: Number, nullable: true, description: 'Weighted mean rating on the round’s scale' })
  meanRating: number | null;

  @ApiProperty({ type: Number, nullable: true, description: '0–100' })
  score: number | null;

  @ApiProperty({ type: Number, nullable: true, description: '0–100, each interviewer’s leniency taken out' })
  calibratedScore: number | null;

  @ApiProperty({
    type: 'object',
    properties: Object.fromEntries(RECOMMENDATIONS.map((r) => [r, { type: 'number' }])),
  })
  recommendations: Record<string, number>;

  @ApiProperty({ type: String, enum: ['pass', 'fail'], nullable: true })
  decision: 'pass' | 'fail' | null;

  @ApiProperty({ type: 'object', additionalProperties: true, example: { kind: 'average', threshold: 3 } })
  rule: object;

  @ApiProperty({ description: 'Why the decision is what it is, or what it waits for' })
  reason: string;
}

/** When and where an interview is held, and whether it still is. */
export class InterviewTimeDto {
  @ApiProperty({ enum: INTERVIEW_STATUSES })
  status: InterviewStatus;

  @ApiProperty({ type: String, format: 'date-time' })
  startsAt: string;

  @ApiProperty()
  durationMinutes: number;

  @ApiProperty({ type: String, nullable: true })
  location: string | null;

  @ApiProperty({ type: String, nullable: true })
  meetingUrl: string | null;

  static of(interview: Interview): InterviewTimeDto {
    return {
      status: interview.status,
      startsAt: interview.startsAt.toISOString(),
      durationMinutes: interview.durationMinutes,
      location: interview.location,
      meetingUrl: interview.meetingUrl,
    };
  }
}

export class InterviewDto extends InterviewTimeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  applicationId: string;

  @ApiProperty({ format: 'uuid' })
  vacancyId: string;

  @ApiProperty({ format: 'uuid' })
  candidateId: string;

  @ApiProperty({ format: 'uuid' })
  roundId: string;

  @ApiProperty()
  roundName: string;

  @ApiProperty({ type: [String], description: 'User ids of the panel' })
  panel: string[];

  @ApiProperty({ description: 'Raised by every change of time, place or panel (a calendar SEQUENCE)' })
  sequence: number;

  @ApiProperty({ type: String, nullable: true })
  cancelReason: string | null;

  @ApiProperty({
    description:
      'You sit on the panel and have not submitted your scorecard: the result, decision and their times are withheld',
  })
  resultSealed: boolean;

  @ApiProperty({
    type: InterviewResultDto,
    nullable: true,
    description: 'From submitted scorecards only; null while sealed to you',
  })
  result: InterviewResultDto | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the decision moved the application',
  })
  decisionAppliedAt: string | null;

  static from({ interview, vacancy, sealed }: InterviewView): InterviewDto {
    const round = vacancy.rounds.find((candidate) => candidate.id === interview.roundId);
    return {
      id: interview.id,
      applicationId: interview.applicationId,
      vacancyId: interview.vacancyId,
      candidateId: interview.candidateId,
      roundId: interview.roundId,
      roundName: round?.name ?? '',
      ...InterviewTimeDto.of(interview),
      panel: panelOf(interview),
      sequence: interview.sequence,
      cancelReason: interview.cancelReason,
      resultSealed: sealed,
      result: sealed
        ? null
        : interview.result && {
            ...interview.result,
            score: points(interview.roundScore),
            calibratedScore: points(interview.calibratedScore),
          },
      decidedAt: sealed ? null : (interview.decidedAt?.toISOString() ?? null),
      decisionAppliedAt: sealed ? null : (interview.decisionAppliedAt?.toISOString() ?? null),
    };
  }
}

export class PanelSeatDto extends InterviewTimeDto {
  @ApiProperty({ format: 'uuid' })
  interviewId: string;

  @ApiProperty({ format: 'uuid' })
  applicationId: string;

  @ApiProperty({ format: 'uuid' })
  candidateId: string;

  @ApiProperty()
  candidateName: string;

  @ApiProperty()
  vacancyTitle: string;

  @ApiProperty()
  roundName: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  scorecardId: string | null;

  @ApiProperty({ type: String, enum: ['draft', 'submitted'], nullable: true, description: 'Your own scorecard' })
  scorecardStatus: 'draft' | 'submitted' | null;

  static from(row: PanelSeatRow): PanelSeatDto {
    const { interview } = row;
    return {
      interviewId: interview.id,
      applicationId: interview.applicationId,
      candidateId: interview.candidateId,
      candidateName: row.candidateName,
      vacancyTitle: row.vacancyTitle,
      roundName: row.roundName,
      ...InterviewTimeDto.of(interview),
      scorecardId: row.scorecardId,
      scorecardStatus: row.scorecardStatus,
    };
  }
}
