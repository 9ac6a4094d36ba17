import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsObject, IsString, MaxLength } from 'class-validator';
import { ENTRY_ROUTES, EntryRoute } from '../entities/self-identification.entity';
import { QUESTION_SET_KEYS, QuestionSetKey } from '../question-sets';

export class SelfIdentificationBody {
  @ApiProperty({ enum: QUESTION_SET_KEYS, description: 'Which set of questions was answered' })
  @IsIn(QUESTION_SET_KEYS, { message: `questionSet must be one of: ${QUESTION_SET_KEYS.join(', ')}` })
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

  @ApiProperty({ enum: QUESTION_SET_KEYS })
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
  @ApiProperty({ enum: QUESTION_SET_KEYS })
  key: QuestionSetKey;

  @ApiProperty()
  consentVersion: string;

  @ApiProperty({ type: [QuestionDto] })
  questions: QuestionDto[];

  @ApiProperty({ type: [String], description: 'The two questions reported crossed' })
  intersection: string[];
}
