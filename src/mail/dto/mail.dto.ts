import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Mail } from '../entities/mail.entity';
import { RECRUITER_TEMPLATES, RecruiterTemplateName } from '../mail-catalogue';

export class SendMailDto {
  @ApiProperty({
    enum: RECRUITER_TEMPLATES,
    description: 'recruiter-note needs a message; availability-request a round',
  })
  @IsIn(RECRUITER_TEMPLATES)
  template: RecruiterTemplateName;

  @ApiPropertyOptional({ maxLength: 5000, description: 'The recruiter’s own words; shown as written, never as HTML' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  message?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'availability-request: the round the candidate is asked about' })
  @IsOptional()
  @IsUUID()
  roundId?: string;
}

export class ShortlistReadyDto {
  @ApiPropertyOptional({ maxLength: 2000, description: 'A word from the recruiter to the hiring managers' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class MailDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() template: string;
  @ApiProperty({ enum: ['queued', 'sending', 'sent', 'failed', 'skipped'] }) status: string;
  @ApiProperty({ description: 'Name and address it went (or goes) to' }) to: { name: string; address: string };
  @ApiProperty({ enum: ['nl', 'et', 'en'] }) language: string;
  @ApiPropertyOptional({ nullable: true, type: String }) subject: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Why it failed or was not sent' })
  error: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'The recruiter who sent it' })
  sentBy: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) queuedAt: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'When it is due (a rejection waits)' })
  sendAfter: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) sentAt: string | null;
  @ApiProperty({ description: 'Attempts at sending it so far' }) attempts: number;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Its Message-ID, the same on every attempt, so a copy sent twice is recognisably one mail',
  })
  messageId: string | null;

  static from(mail: Mail): MailDto {
    return {
      id: mail.id,
      template: mail.template,
      status: mail.status,
      to: { name: mail.toName, address: mail.toAddress },
      language: mail.language,
      subject: mail.subject,
      error: mail.error,
      sentBy: mail.sentBy,
      queuedAt: mail.createdAt.toISOString(),
      sendAfter: mail.sendAfter.toISOString(),
      sentAt: mail.sentAt?.toISOString() ?? null,
      attempts: mail.attempts,
      messageId: mail.messageId,
    };
  }
}

export class TimelineEntryDto {
  @ApiProperty({ enum: ['move', 'mail'] }) kind: 'move' | 'mail';
  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'A move’s time; a mail’s sending, or queueing while not sent',
  })
  at: string;
  @ApiPropertyOptional({ description: 'kind move: the move, as GET /applications/:id/events gives it' })
  move?: unknown;
  @ApiPropertyOptional({ type: MailDto })
  mail?: MailDto;
}
