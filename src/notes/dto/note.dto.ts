import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Trim } from '../../common/http/transforms';
import { NOTE_MAX_LENGTH } from '../entities/note.entity';
import type { NoteView } from '../notes.service';

export class CreateNoteDto {
  @ApiProperty({
    maxLength: NOTE_MAX_LENGTH,
    description:
      "Plain text. @ followed by a colleague's name or the part of their e-mail address before the @ mails them " +
      '(colleagues who may read the candidate); other @names stay text and are listed as unmatched',
    example: 'Sterk gesprek. @Rita Recruiter, kun jij de referenties nagaan?',
  })
  @Trim()
  @IsString()
  @Length(1, NOTE_MAX_LENGTH)
  text: string;

  @ApiPropertyOptional({ format: 'uuid', description: "One of the candidate's applications the note is about" })
  @IsOptional()
  @IsUUID('all', { message: 'applicationId must be an application id (a UUID)' })
  applicationId?: string;
}

export class NoteColleagueDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class NoteDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) candidateId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) applicationId: string | null;
  @ApiProperty({ type: NoteColleagueDto, nullable: true, description: 'null when the author is no longer in Sift' })
  author: NoteColleagueDto | null;
  @ApiProperty() text: string;
  @ApiProperty({ type: [NoteColleagueDto], description: 'The colleagues named, each of whom was mailed' })
  mentions: NoteColleagueDto[];
  @ApiPropertyOptional({
    type: [String],
    description: 'Only in the answer to a new note: what followed an @ and matched no colleague',
  })
  unmatched?: string[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(view: NoteView): NoteDto {
    const { note } = view;
    return {
      id: note.id,
      candidateId: note.candidateId,
      applicationId: note.applicationId,
      author: note.authorId && view.authorName ? { id: note.authorId, name: view.authorName } : null,
      text: note.text,
      mentions: view.mentions,
      ...(view.unmatched ? { unmatched: view.unmatched } : {}),
      createdAt: note.createdAt.toISOString(),
    };
  }
}
