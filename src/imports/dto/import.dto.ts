import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { SingleLine } from '../../common/http/single-line';
import { FieldErrorDto } from '../../common/errors/problem';
import { Trim } from '../../common/http/transforms';

export class ImportQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Also apply every imported candidate to this open vacancy' })
  @IsOptional()
  @IsUUID('all', { message: 'vacancyId must be a vacancy id (a UUID)' })
  vacancyId?: string;

  @ApiPropertyOptional({
    example: 'job fair 2026',
    description: 'Kept as the source of new candidates; "import" by default',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @SingleLine()
  @MaxLength(100)
  source?: string;
}

export class ImportFailureDto {
  @ApiProperty({ description: 'The line of the file the record starts on' })
  line: number;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ type: [FieldErrorDto] })
  errors: FieldErrorDto[];
}

export class ImportReportDto {
  @ApiProperty({ description: 'Records read' })
  received: number;

  @ApiProperty()
  created: number;

  @ApiProperty()
  updated: number;

  @ApiProperty({ description: 'Already there exactly as imported: nothing written' })
  unchanged: number;

  @ApiProperty({ description: 'Applications made to the vacancy given' })
  applied: number;

  @ApiProperty({
    type: [ImportFailureDto],
    description: 'Every bad record with its reasons; the good ones were imported',
  })
  failed: ImportFailureDto[];
}

export class JsonResumeImportDto {
  @ApiProperty({ format: 'uuid' })
  candidateId: string;

  @ApiProperty({ description: 'False when a candidate with this e-mail address was there already' })
  created: boolean;

  @ApiProperty({ description: 'Facts added; 0 when all were held already' })
  factsAdded: number;

  @ApiProperty({ type: [String], description: 'Skills not in the competency catalogue, kept as they were written' })
  unmatchedSkills: string[];

  @ApiProperty({ description: 'Whether an application was made to the vacancy given' })
  applied: boolean;
}
