import { PageDto } from '../../common/http/paging';
import { ApiProperty } from '@nestjs/swagger';
import { Language, LANGUAGES } from '../../users/entities/user.entity';
import { Candidate } from '../entities/candidate.entity';
import {
  CandidateFact,
  FactData,
  FACT_KINDS,
  FACT_SOURCES,
  FactKind,
  FactSource,
} from '../entities/candidate-fact.entity';

export class FactSpanDto {
  @ApiProperty({ description: 'Offset of the first character' })
  start: number;

  @ApiProperty({ description: 'Offset just past the last character' })
  end: number;
}

export class FactDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: FACT_KINDS })
  kind: FactKind;

  @ApiProperty({ type: 'object', additionalProperties: true })
  data: FactData;

  @ApiProperty({ enum: FACT_SOURCES })
  source: FactSource;

  @ApiProperty()
  confirmed: boolean;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  confirmedBy: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  confirmedAt: string | null;

  @ApiProperty({ description: 'A recruiter changed what was proposed (from a CV or by the candidate)' })
  corrected: boolean;

  @ApiProperty({
    enum: ['proposed', 'confirmed', 'corrected'],
    description: 'proposed: nobody checked it yet; corrected wins over confirmed',
  })
  review: 'proposed' | 'confirmed' | 'corrected';

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The CV the fact was read from' })
  cvId: string | null;

  @ApiProperty({
    type: FactSpanDto,
    nullable: true,
    description: "Where in the CV's text (GET /candidates/:id/cvs/:cvId) the fact was read",
  })
  span: FactSpanDto | null;

  @ApiProperty({ type: String, nullable: true, description: 'The words of the CV the fact rests on' })
  evidence: string | null;

  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 1, description: "The CV reader's confidence" })
  confidence: number | null;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: string;

  static from(fact: CandidateFact): FactDto {
    return {
      id: fact.id,
      kind: fact.kind,
      data: fact.data,
      source: fact.source,
      confirmed: fact.confirmed,
      confirmedBy: fact.confirmedBy,
      confirmedAt: fact.confirmedAt?.toISOString() ?? null,
      corrected: fact.corrected,
      review: fact.corrected ? 'corrected' : fact.confirmed ? 'confirmed' : 'proposed',
      cvId: fact.cvId,
      span: fact.spanStart === null || fact.spanEnd === null ? null : { start: fact.spanStart, end: fact.spanEnd },
      evidence: fact.evidence,
      confidence: fact.confidence === null ? null : Math.round(fact.confidence * 100) / 100,
      updatedAt: fact.updatedAt.toISOString(),
    };
  }
}

export class CandidateDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  email: string;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;

  @ApiProperty({ type: String, nullable: true })
  location: string | null;

  @ApiProperty({ enum: LANGUAGES })
  language: Language;

  @ApiProperty({ type: String, nullable: true, description: 'What the candidate consented to' })
  consentPurpose: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  consentAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  source: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;

  static from(candidate: Candidate): CandidateDto {
    return {
      id: candidate.id,
      name: candidate.name,
      email: candidate.email,
      phone: candidate.phone,
      location: candidate.location,
      language: candidate.language,
      consentPurpose: candidate.consentPurpose,
      consentAt: candidate.consentAt?.toISOString() ?? null,
      source: candidate.source,
      createdAt: candidate.createdAt.toISOString(),
    };
  }
}

export class CandidateWithFactsDto extends CandidateDto {
  @ApiProperty({ type: [FactDto] })
  facts: FactDto[];
}

export class CandidatePageDto extends PageDto {
  @ApiProperty({ type: [CandidateDto] })
  items: CandidateDto[];
}
