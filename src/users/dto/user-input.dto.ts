import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
} from 'class-validator';
import { SingleLine } from '../../common/http/single-line';
import { Role, ROLES } from '../../common/auth/role';
import { Language, LANGUAGES } from '../entities/user.entity';
import { Trim } from '../../common/http/transforms';

export class CreateUserDto {
  @ApiProperty({ example: 'recruiter@example.com' })
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Recruiter One' })
  @Trim()
  @IsString()
  @SingleLine()
  @Length(1, 200)
  name: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: [Role.Recruiter] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true, message: `each value in roles must be one of: ${ROLES.join(', ')}` })
  roles: Role[];

  @ApiPropertyOptional({ minLength: 12, description: 'Generated and returned once when left out' })
  @IsOptional()
  @IsString()
  @Length(12, 200)
  password?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'en' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @SingleLine()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true, message: `each value in roles must be one of: ${ROLES.join(', ')}` })
  roles?: Role[];

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class ResetPasswordDto {
  @ApiPropertyOptional({ minLength: 12, description: 'Generated and returned once when left out' })
  @IsOptional()
  @IsString()
  @Length(12, 200)
  password?: string;
}

export class PasswordResetDto {
  @ApiPropertyOptional({ description: 'Present when Sift generated the password; shown only this once' })
  temporaryPassword?: string;
}
