import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { Decision, DECISIONS } from '../entities/application-event.entity';

/** A hiring manager's decision on one application. */
export class DecisionDto {
  @ApiProperty({
    enum: DECISIONS,
    description: 'advance: to the next step of the plan; hold: keep the stage, recorded; reject: to rejected',
  })
  @IsIn(DECISIONS, { message: `decision must be one of: ${DECISIONS.join(', ')}` })
  decision: Decision;

  @ApiPropertyOptional({
    description: 'Needed to reject, and for any decision against the screening advice (422 DECISION_NEEDS_REASON)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ description: 'The revision the decision was made on; 409 when the application changed since' })
  @IsOptional()
  // A form posts it as text.
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value,
  )
  @IsInt({ message: 'revision must be a whole number' })
  @Min(1)
  revision?: number;
}
