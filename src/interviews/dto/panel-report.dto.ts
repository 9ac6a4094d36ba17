import { ApiProperty } from '@nestjs/swagger';
import { RoundAgreement } from '../../scoring/panel-review';
import { InterviewerCalibration } from '../entities/interviewer-calibration.entity';

export class AlphaDto {
  @ApiProperty({ example: 0.81, description: "Krippendorff's alpha, interval metric" })
  alpha: number;

  @ApiProperty({ description: 'Units (an applicant’s competency in an interview) with two ratings or more' })
  units: number;

  @ApiProperty({ description: 'Ratings in those units' })
  values: number;
}

export class IccDto {
  @ApiProperty({ description: 'Two-way random, absolute agreement, one rater: ICC(2,1)' })
  icc2_1: number;

  @ApiProperty({ description: 'The same for the mean of the panel: ICC(2,k)' })
  icc2_k: number;

  @ApiProperty({ description: 'Two-way mixed, consistency, one rater: ICC(3,1)' })
  icc3_1: number;

  @ApiProperty({ description: 'The same for the mean of the panel: ICC(3,k)' })
  icc3_k: number;

  @ApiProperty()
  subjects: number;

  @ApiProperty()
  raters: number;
}

export class FlaggedCompetencyDto {
  @ApiProperty()
  competency: string;

  @ApiProperty({ description: 'Highest minus lowest rating' })
  spread: number;

  @ApiProperty({ type: [Number] })
  ratings: number[];
}

export class FlaggedInterviewDto {
  @ApiProperty({ format: 'uuid' })
  interviewId: string;

  @ApiProperty({ format: 'uuid' })
  applicationId: string;

  @ApiProperty({ type: [FlaggedCompetencyDto] })
  competencies: FlaggedCompetencyDto[];
}

export class RoundAgreementDto {
  @ApiProperty({ format: 'uuid' })
  roundId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ description: 'Interviews with a submitted scorecard' })
  interviews: number;

  @ApiProperty()
  scorecards: number;

  @ApiProperty()
  ratings: number;

  @ApiProperty({ type: AlphaDto, nullable: true, description: 'Null with too few ratings or no variation' })
  alpha: AlphaDto | null;

  @ApiProperty({ type: IccDto, nullable: true, description: 'Only when the design is complete' })
  icc: IccDto | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why there is no intraclass correlation' })
  iccNote: string | null;

  @ApiProperty({ description: 'Alpha under 0.667' })
  flagged: boolean;

  @ApiProperty({ type: [FlaggedInterviewDto], description: 'Interviews whose ratings differ by more than two points' })
  flaggedInterviews: FlaggedInterviewDto[];

  static from(round: RoundAgreement): RoundAgreementDto {
    const { alpha, icc } = round;
    return {
      ...round,
      alpha: alpha && { alpha: alpha.alpha, units: alpha.units, values: alpha.values },
      icc: icc && {
        icc2_1: icc.icc2_1,
        icc2_k: icc.icc2_k,
        icc3_1: icc.icc3_1,
        icc3_k: icc.icc3_k,
        subjects: icc.subjects,
        raters: icc.raters,
      },
    };
  }
}

export class InterviewerCalibrationDto {
  @ApiProperty({ format: 'uuid' })
  interviewerId: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  email: string;

  @ApiProperty({
    example: 6.5,
    description: 'Points on the 0–100 round score by which they rate above (+) or below (−) their co-panelists',
  })
  leniency: number;

  @ApiProperty({
    description: 'What calibrated scores take out: the leniency shrunk by how few interviews it rests on',
  })
  correction: number;

  @ApiProperty({ description: 'Ratings compared with a co-panelist’s' })
  comparisons: number;

  @ApiProperty()
  interviews: number;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: string;

  static from(row: InterviewerCalibration & { name: string; email: string }): InterviewerCalibrationDto {
    return {
      interviewerId: row.interviewerId,
      name: row.name,
      email: row.email,
      leniency: Math.round(row.leniency * 10_000) / 100,
      correction: Math.round(row.correction * 10_000) / 100,
      comparisons: row.comparisons,
      interviews: row.interviews,
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}
