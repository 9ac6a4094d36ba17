import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsString, MaxLength } from 'class-validator';
import { ENTRY_ROUTES, EntryRoute } from '../entities/self-identification.entity';
import { QUESTION_SET_KEYS, QuestionSetKey } from '../question-sets';

export class SelfIdentificationBody {
  @ApiProperty({
    example: 'us-eeo',
    description: `Which set was answered: ${QUESTION_SET_KEYS.join(', ')}, or one of the organisation's own (GET /fairness/question-sets)`,
  })
  @IsString({ message: 'questionSet must be the key of a question set' })
  @MaxLength(20)
  questionSet: QuestionSetKey;

  @ApiProperty({
    example: '2026-12-01',
    description: "The version of the set's consent text the applicant answered under (GET /fairness/question-sets)",
  })
  @IsString()
  @MaxLength(20)
  consentVersion: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { sex: 'female', raceEthnicity: 'declined' },
    description: 'Question to answer; `declined` declines a question, and a question left out was not asked',
  })
  @IsObject({ message: 'answers must be an object of question to answer' })
  answers: Record<string, string>;
}

export class SelfIdentificationReceiptDto {
  @ApiProperty({ format: 'uuid' })
  applicationId: string;

  @ApiProperty({ example: 'us-eeo' })
  questionSet: QuestionSetKey;

  @ApiProperty()
  consentVersion: string;

  @ApiProperty({ type: [String], description: 'The questions answered or declined; the answers are never sent back' })
  questions: string[];

  @ApiProperty({ enum: ENTRY_ROUTES })
  enteredVia: EntryRoute;

  @ApiProperty()
  recordedAt: Date;
}

class QuestionDto {
  @ApiProperty({ example: 'sex' })
  key: string;

  @ApiProperty({ type: [String], description: 'The answers offered; `declined` is always offered too' })
  answers: string[];
}

export class QuestionSetDto {
  @ApiProperty({ example: 'us-eeo' })
  key: QuestionSetKey;

  @ApiProperty()
  consentVersion: string;

  @ApiProperty({ type: [QuestionDto] })
  questions: QuestionDto[];

  @ApiPropertyOptional({ type: [String], description: 'The two questions reported crossed; none for a set of one' })
  intersection?: string[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: "An organisation's own set's words in nl, et and en (the built-in sets' are Sift's own)",
  })
  words?: object;
}

class ImportFailureDto {
  @ApiProperty()
  line: number;

  @ApiProperty({ type: 'array', items: { type: 'object' }, example: [{ field: 'answers.sex', messages: ['…'] }] })
  errors: { field: string; messages: string[] }[];
}

export class AnswersImportReportDto {
  @ApiProperty({ description: 'Rows read after the header' })
  received: number;

  @ApiProperty()
  recorded: number;

  @ApiProperty({ type: [ImportFailureDto] })
  failed: ImportFailureDto[];
}
