import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { SingleLine } from '../../common/http/single-line';
import { Trim } from '../../common/http/transforms';
import { MAX_SCALE, Recommendation, RECOMMENDATIONS } from '../../scoring/round-result';

export class RatingInputDto {
  @ApiProperty({ example: 'customer_focus', description: 'One of the competencies the round rates' })
  @IsString()
  @SingleLine()
  @MaxLength(100)
  competency: string;

  @ApiProperty({ type: Number, nullable: true, example: 3, description: 'On the round’s scale; null: not assessed' })
  @ValidateIf((_, value) => value !== null)
  @IsInt({ message: 'rating must be a whole number on the scale, or null for not assessed' })
  @Min(1)
  @Max(MAX_SCALE)
  rating: number | null;

  @ApiPropertyOptional({ description: 'The evidence behind the rating' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}

export class ScorecardContentDto {
  @ApiProperty({ type: [RatingInputDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RatingInputDto)
  ratings: RatingInputDto[];

  @ApiPropertyOptional({ enum: RECOMMENDATIONS, description: 'Needed to submit' })
  @IsOptional()
  @IsIn(RECOMMENDATIONS)
  recommendation?: Recommendation;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  summary?: string;
}

export class CreateScorecardDto extends ScorecardContentDto {
  @ApiPropertyOptional({ default: false, description: 'Submit at once instead of keeping a draft' })
  @IsOptional()
  @IsBoolean()
  submit?: boolean;
}

/** Changes to a draft: any of its fields, and `submit` to submit it. */
export class UpdateScorecardDto extends PartialType(CreateScorecardDto) {}

export class AmendScorecardDto extends ScorecardContentDto {
  @ApiProperty({ example: 'Notities van het gesprek nagelezen; klantgerichtheid was sterker dan eerst genoteerd' })
  @Trim()
  @IsString()
  @Length(1, 2000)
  reason: string;

  @ApiProperty({ description: 'The revision amended; a stale one gets 409' })
  @IsInt()
  @Min(1)
  revision: number;
}

/** A panel member's paper scorecard, entered for them by a recruiter or admin; always submitted. */
export class OnBehalfScorecardDto extends ScorecardContentDto {
  @ApiProperty({ format: 'uuid', description: 'The panel member whose scorecard this is' })
  @IsUUID('all', { message: 'interviewerId must be the user id of a panel member' })
  interviewerId: string;
}
