import { ApiProperty } from '@nestjs/swagger';
import { RoundAgreement } from '../../scoring/panel-review';
import type { InterviewerReport, RoundScoreDistribution } from '../panel-reports.service';

export class AlphaDto {
  @ApiProperty({
    example: 0.8491071428571428,
    description: "Krippendorff's alpha, interval metric: 1 − D_o / D_e, full precision (round only for reading)",
  })
  alpha: number;

  @ApiProperty({ description: 'Units (an applicant’s competency in an interview) with two ratings or more' })
  units: number;

  @ApiProperty({ description: 'Ratings in those units (n, the pairable values)' })
  values: number;

  @ApiProperty({ description: 'D_o: the observed disagreement, the mean squared difference within units' })
  observedDisagreement: number;

  @ApiProperty({ description: 'D_e: the expected disagreement, the mean squared difference between any two values' })
  expectedDisagreement: number;
}

export class IccAnovaDto {
  @ApiProperty({ description: 'MSR: mean square between interviews and competencies (the rows; BMS)' })
  msr: number;

  @ApiProperty({ description: 'Degrees of freedom of MSR: n − 1' })
  dfr: number;

  @ApiProperty({ description: 'MSC: mean square between panel members (the columns; JMS)' })
  msc: number;

  @ApiProperty({ description: 'Degrees of freedom of MSC: k − 1' })
  dfc: number;

  @ApiProperty({ description: 'MSE: residual mean square (EMS)' })
  mse: number;

  @ApiProperty({ description: 'Degrees of freedom of MSE: (n − 1)(k − 1)' })
  dfe: number;

  @ApiProperty({ description: 'MSW: mean square within rows, panel members and residual pooled (WMS)' })
  msw: number;

  @ApiProperty({ description: 'Degrees of freedom of MSW: n(k − 1)' })
  dfw: number;
}

export class IccIntervalDto {
  @ApiProperty()
  lower: number;

  @ApiProperty()
  upper: number;
}

const intervalOf = (form: string) => ({
  type: IccIntervalDto,
  nullable: true,
  description: `Confidence interval of ${form}; null when it cannot be formed`,
});

export class IccIntervalsDto {
  @ApiProperty({ example: 0.95, description: 'The confidence level' })
  level: number;

  @ApiProperty(intervalOf('ICC(1,1)'))
  icc1_1: IccIntervalDto | null;

  @ApiProperty(intervalOf('ICC(1,k)'))
  icc1_k: IccIntervalDto | null;

  @ApiProperty(intervalOf('ICC(2,1)'))
  icc2_1: IccIntervalDto | null;

  @ApiProperty(intervalOf('ICC(2,k)'))
  icc2_k: IccIntervalDto | null;

  @ApiProperty(intervalOf('ICC(3,1)'))
  icc3_1: IccIntervalDto | null;

  @ApiProperty(intervalOf('ICC(3,k)'))
  icc3_k: IccIntervalDto | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The approximate (Satterthwaite-style) denominator df v of the ICC(2,·) intervals',
  })
  approximateDf: number | null;
}

/**
 * The six coefficients of Shrout and Fleiss (1979), full precision, with the
 * ANOVA they come from and F-based 95% intervals after McGraw and Wong (1996),
 * Table 7. Rows are an interview's competency, columns the panel members.
 */
export class IccDto {
  @ApiProperty({ description: 'One-way random, one rater: ICC(1,1)' })
  icc1_1: number;

  @ApiProperty({ description: 'One-way random, the mean of the panel: ICC(1,k)' })
  icc1_k: number;

  @ApiProperty({ description: 'Two-way random, absolute agreement, one rater: ICC(2,1), McGraw and Wong’s ICC(A,1)' })
  icc2_1: number;

  @ApiProperty({ description: 'The same for the mean of the panel: ICC(2,k), ICC(A,k)' })
  icc2_k: number;

  @ApiProperty({ description: 'Two-way mixed, consistency, one rater: ICC(3,1), ICC(C,1)' })
  icc3_1: number;

  @ApiProperty({ description: 'The same for the mean of the panel: ICC(3,k), ICC(C,k)' })
  icc3_k: number;

  @ApiProperty({ description: 'n: rows, an interview’s competency each' })
  subjects: number;

  @ApiProperty({ description: 'k: panel members' })
  raters: number;

  @ApiProperty({ type: IccAnovaDto })
  anova: IccAnovaDto;

  @ApiProperty({ type: IccIntervalsDto })
  intervals: IccIntervalsDto;
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

  @ApiProperty({
    type: [FlaggedInterviewDto],
    description:
      'Interviews whose ratings on a competency lie more than two thirds of the scale apart (more than two points on a 4- or 5-point scale)',
  })
  flaggedInterviews: FlaggedInterviewDto[];

  static from(round: RoundAgreement): RoundAgreementDto {
    const { alpha, icc } = round;
    return {
      ...round,
      alpha: alpha && {
        alpha: alpha.alpha,
        units: alpha.units,
        values: alpha.values,
        observedDisagreement: alpha.observedDisagreement,
        expectedDisagreement: alpha.expectedDisagreement,
      },
      icc: icc && {
        icc1_1: icc.icc1_1,
        icc1_k: icc.icc1_k,
        icc2_1: icc.icc2_1,
        icc2_k: icc.icc2_k,
        icc3_1: icc.icc3_1,
        icc3_k: icc.icc3_k,
        subjects: icc.subjects,
        raters: icc.raters,
        anova: { ...icc.anova },
        intervals: { ...icc.intervals },
      },
    };
  }
}

export class RoundLeniencyDto {
  @ApiProperty({ format: 'uuid' })
  roundId: string;

  @ApiProperty({
    example: 8.33,
    description:
      'Points of 100 by which they rate above (+) or below (−) their co-panelists in this round alone; times (scale − 1) / 100 it is points of the round’s own scale',
  })
  leniency: number;

  @ApiProperty({ description: 'Ratings in this round compared with a co-panelist’s' })
  comparisons: number;

  @ApiProperty({ description: 'Interviews of this round those comparisons come from' })
  interviews: number;
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

  @ApiProperty({
    type: [RoundLeniencyDto],
    description:
      'The same leniency worked out per round, for the rounds they rated in (the correction stays one per vacancy)',
  })
  rounds: RoundLeniencyDto[];

  static from(row: InterviewerReport): InterviewerCalibrationDto {
    return {
      interviewerId: row.interviewerId,
      name: row.name,
      email: row.email,
      leniency: Math.round(row.leniency * 10_000) / 100,
      correction: Math.round(row.correction * 10_000) / 100,
      comparisons: row.comparisons,
      interviews: row.interviews,
      updatedAt: row.updatedAt.toISOString(),
      rounds: row.rounds.map((round) => ({
        roundId: round.roundId,
        leniency: Math.round(round.leniency * 10_000) / 100,
        comparisons: round.comparisons,
        interviews: round.interviews,
      })),
    };
  }
}

export class CompetencyDistributionDto {
  @ApiProperty({ example: 'customer_focus' })
  competency: string;

  @ApiProperty({
    type: [Number],
    example: [0, 2, 5, 1],
    description: 'How many ratings of each point of the scale, from 1 up: the first is the number of 1s',
  })
  counts: number[];

  @ApiProperty({ description: 'Submitted scorecards that left it not assessed' })
  notAssessed: number;
}

export class RoundScoreDistributionDto {
  @ApiProperty({ format: 'uuid' })
  roundId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ example: 4, description: 'The top of the round’s scale; ratings run from 1' })
  scale: number;

  @ApiProperty({ type: [String], description: 'The written anchor of each point, from 1 up' })
  anchors: string[];

  @ApiProperty({ description: 'Interviews (not cancelled) with a submitted scorecard' })
  interviews: number;

  @ApiProperty({ description: 'Of those, the ones decided by the round’s rule' })
  decided: number;

  @ApiProperty({ description: 'Submitted scorecards counted' })
  scorecards: number;

  @ApiProperty({ type: [CompetencyDistributionDto], description: 'In the round’s order of competencies' })
  competencies: CompetencyDistributionDto[];

  static from(round: RoundScoreDistribution): RoundScoreDistributionDto {
    return {
      ...round,
      anchors: [...round.anchors],
      competencies: round.competencies.map((row) => ({ ...row, counts: [...row.counts] })),
    };
  }
}
