import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { SingleLine } from '../../common/http/single-line';
import { MeetingLink } from '../../common/http/meeting-link';
import { Trim } from '../../common/http/transforms';

export class ScheduleInterviewDto {
  @ApiProperty({ format: 'uuid', description: "A round of the vacancy's plan" })
  @IsUUID('all', { message: "roundId must be a round of the vacancy's plan" })
  roundId: string;

  @ApiProperty({ example: '2026-12-14T09:30:00Z', description: 'Start, with its offset' })
  @IsISO8601({ strict: true }, { message: 'startsAt must be a date and time, such as 2026-12-14T09:30:00Z' })
  startsAt: string;

  @ApiPropertyOptional({ minimum: 5, maximum: 600, default: 60 })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(600)
  durationMinutes?: number;

  @ApiPropertyOptional({ example: 'Kantoor Utrecht, zaal 2' })
  @IsOptional()
  @Trim()
  @IsString()
  @SingleLine()
  @MaxLength(300)
  location?: string;

  @ApiPropertyOptional({ example: 'https://meet.example.com/abc-defg' })
  @IsOptional()
  @MeetingLink()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'meetingUrl must be an http(s) address' })
  @MaxLength(2000)
  meetingUrl?: string;

  @ApiProperty({ type: [String], description: 'Users with the interviewer role' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'panel must not name anyone twice' })
  @IsUUID('all', { each: true, message: 'each panel member must be a user id (a UUID)' })
  panel: string[];
}

export class UpdateInterviewDto {
  @ApiPropertyOptional({ example: '2026-12-15T13:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'startsAt must be a date and time, such as 2026-12-14T09:30:00Z' })
  startsAt?: string;

  @ApiPropertyOptional({ minimum: 5, maximum: 600 })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(600)
  durationMinutes?: number;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @SingleLine()
  @MaxLength(300)
  location?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @MeetingLink()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'meetingUrl must be an http(s) address' })
  @MaxLength(2000)
  meetingUrl?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'The whole new panel' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'panel must not name anyone twice' })
  @IsUUID('all', { each: true, message: 'each panel member must be a user id (a UUID)' })
  panel?: string[];
}

export class CancelInterviewDto {
  @ApiProperty({ example: 'De kandidaat heeft zich teruggetrokken' })
  @Trim()
  @IsString()
  @Length(1, 2000)
  reason: string;
}
