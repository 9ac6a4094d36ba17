import { ApiProperty } from '@nestjs/swagger';
import { Stage, STAGES } from '../entities/application.entity';
import { INTERVIEW_VARIANTS, InterviewVariant } from '../shortlist-leniency';

export class LeniencyPlaceDto {
  @ApiProperty({ example: 2, description: 'Place among the applications with an interview score, 1 first' })
  position: number;

  @ApiProperty({ type: Number, nullable: true, example: 68.67, description: 'Screening and interviews combined' })
  shortlistScore: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 66.67 })
  interviewScore: number | null;
}

export class LeniencyItemDto {
  @ApiProperty({ format: 'uuid' })
  applicationId: string;

  @ApiProperty({ description: 'The candidate: id and name' })
  candidate: { id: string; name: string };

  @ApiProperty({ enum: STAGES })
  stage: Stage;

  @ApiProperty({ type: LeniencyPlaceDto, description: 'As the shortlist ranks it now, by the vacancy’s own variant' })
  ranked: LeniencyPlaceDto;

  @ApiProperty({ type: LeniencyPlaceDto, description: 'Under the other variant' })
  other: LeniencyPlaceDto;

  @ApiProperty({ example: -2, description: 'Places up (positive) or down (negative) under the other variant' })
  moved: number;
}

export class ShortlistLeniencyDto {
  @ApiProperty({ format: 'uuid' })
  vacancyId: string;

  @ApiProperty({
    enum: INTERVIEW_VARIANTS,
    description:
      'The interview scores the shortlist ranks by: as_rated, or calibrated (each interviewer’s leniency taken out)',
  })
  ranksBy: InterviewVariant;

  @ApiProperty({ enum: INTERVIEW_VARIANTS, description: 'The variant the items are ranked again under' })
  other: InterviewVariant;

  @ApiProperty({ description: 'Applications with an interview score, all of them compared' })
  total: number;

  @ApiProperty({ description: 'How many of them would change places' })
  changed: number;

  @ApiProperty({ type: [LeniencyItemDto], description: 'The first `limit` in the order of the ranking now' })
  items: LeniencyItemDto[];
}
