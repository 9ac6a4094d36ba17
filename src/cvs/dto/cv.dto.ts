import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { CandidateDto, FactDto, FactSpanDto } from '../../candidates/dto/candidate.dto';
import type { ProposedValue } from '../../cv-reading/types';
import type { CvIntake } from '../cv-intake.service';
import { CvDocument } from '../entities/cv-document.entity';

export const CV_FORMATS = ['pdf', 'docx', 'text', 'json_resume'] as const;

/** The form fields that may come with a CV that brings its candidate. */
export class NewCandidateCvFieldsDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Apply the candidate to this open vacancy too' })
  @IsOptional()
  @IsUUID('all', { message: 'vacancyId must be a vacancy id (a UUID)' })
  vacancyId?: string;
}

export class CvDocumentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  candidateId: string;

  @ApiProperty({ enum: CV_FORMATS, description: 'Decided by the content, not by the name' })
  format: string;

  @ApiProperty({ type: String, nullable: true, description: 'The name it was sent under' })
  fileName: string | null;

  @ApiProperty({ description: 'SHA-256 of the file; the same file is stored once' })
  sha256: string;

  @ApiProperty()
  sizeBytes: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Pages of a PDF' })
  pages: number | null;

  @ApiProperty({ type: String, nullable: true, enum: ['nl', 'et', 'en'], description: "The CV's language" })
  language: string | null;

  @ApiProperty({
    enum: ['read', 'no_text'],
    description: 'no_text: a PDF without a text layer (a scan), kept but not read',
  })
  status: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  uploadedBy: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;

  static from(cv: CvDocument): CvDocumentDto {
    return {
      id: cv.id,
      candidateId: cv.candidateId,
      format: cv.format,
      fileName: cv.fileName,
      sha256: cv.sha256,
      sizeBytes: cv.sizeBytes,
      pages: cv.pages,
      language: cv.language,
      status: cv.status,
      uploadedBy: cv.uploadedBy,
      createdAt: cv.createdAt.toISOString(),
    };
  }
}

export class CvWithTextDto extends CvDocumentDto {
  @ApiProperty({ description: "The text facts were read from; the facts' spans point into it" })
  text: string;

  @ApiProperty({ type: [FactDto], description: 'The facts read from this CV, as they stand now' })
  facts: FactDto[];
}

export class ProposedContactValueDto {
  @ApiProperty()
  value: string;

  @ApiProperty({ type: FactSpanDto })
  span: FactSpanDto;

  @ApiProperty({ minimum: 0, maximum: 1 })
  confidence: number;
}

export class ProposedContactDto {
  @ApiProperty({ type: ProposedContactValueDto, nullable: true })
  name: ProposedContactValueDto | null;

  @ApiProperty({ type: ProposedContactValueDto, nullable: true })
  email: ProposedContactValueDto | null;

  @ApiProperty({ type: ProposedContactValueDto, nullable: true })
  phone: ProposedContactValueDto | null;
}

export class SkippedProposalDto {
  @ApiProperty()
  kind: string;

  @ApiProperty()
  reason: string;
}

export class CvIntakeDto {
  @ApiProperty({ type: CandidateDto })
  candidate: CandidateDto;

  @ApiProperty({ description: 'The CV brought a candidate Sift did not have' })
  candidateCreated: boolean;

  @ApiProperty({ description: 'False when this file was uploaded for the candidate before: nothing changed' })
  stored: boolean;

  @ApiProperty({ type: CvDocumentDto })
  cv: CvDocumentDto;

  @ApiProperty({ type: [FactDto], description: 'The proposed facts, unconfirmed, for a recruiter to review' })
  facts: FactDto[];

  @ApiProperty({ type: ProposedContactDto, description: 'The contact details the CV names' })
  contact: ProposedContactDto;

  @ApiProperty({ type: [SkippedProposalDto], description: 'Proposals left out, and why' })
  skipped: SkippedProposalDto[];

  @ApiProperty({ type: [String], description: 'What was not read, such as text past the limit; empty when all was' })
  warnings: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'The application made when a vacancy was given' })
  applicationId?: string;

  static from(intake: CvIntake): CvIntakeDto {
    const value = (proposed: ProposedValue | null) =>
      proposed && { value: proposed.value, span: proposed.span, confidence: proposed.confidence };
    return {
      candidate: CandidateDto.from(intake.candidate),
      candidateCreated: intake.candidateCreated,
      stored: intake.stored,
      cv: CvDocumentDto.from(intake.cv),
      facts: intake.facts.map((fact) => FactDto.from(fact)),
      contact: {
        name: value(intake.contact.name),
        email: value(intake.contact.email),
        phone: value(intake.contact.phone),
      },
      skipped: intake.skipped.map(({ kind, reason }) => ({ kind, reason })),
      warnings: intake.warnings,
      ...(intake.applicationId ? { applicationId: intake.applicationId } : {}),
    };
  }
}
