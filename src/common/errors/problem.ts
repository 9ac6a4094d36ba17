import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FieldError } from './domain-error';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'email' })
  field: string;

  @ApiProperty({ type: [String], example: ['email must be an email'] })
  messages: string[];
}

/** RFC 9457 problem details, the body of every failed request. */
export class Problem {
  @ApiProperty({ example: 'urn:sift:problem:validation-failed' })
  type: string;

  @ApiProperty({ example: 'Bad Request' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiProperty({ example: 'The request has invalid fields: email' })
  detail: string;

  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable error code' })
  code: string;

  @ApiProperty({ example: '/auth/login' })
  instance: string;

  @ApiProperty({ example: '5c0e4bd4-8d0b-4f7b-9d0e-4f1a3f0c2b7e' })
  requestId: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Every bad field, for validation errors' })
  errors?: FieldError[];
}

export function problemType(code: string): string {
  return `urn:sift:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}
