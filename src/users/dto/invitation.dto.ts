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
import { Role, ROLES } from '../../common/auth/role';
import { SingleLine } from '../../common/http/single-line';
import { Trim } from '../../common/http/transforms';
import { Language, LANGUAGES } from '../entities/user.entity';
import { UserDto } from './user.dto';

export class InviteUserDto {
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

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'en', description: 'Of the invitation mail and the pages' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class InvitedUserDto {
  @ApiProperty({ type: UserDto })
  user: UserDto;

  @ApiProperty({ type: String, format: 'date-time', description: 'When the link in the mail stops working' })
  expiresAt: string;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The token from the link in the invitation mail' })
  @IsString()
  @Length(10, 200)
  token: string;

  @ApiProperty({ minLength: 12, description: 'Not one of the most common passwords (PASSWORD_TOO_COMMON)' })
  @IsString()
  @Length(12, 200)
  password: string;
}

/** The page's form: the token comes in the path. */
export class SetPasswordForm {
  @IsString()
  @Length(12, 200)
  password: string;
}

export class AcceptedInvitationDto {
  @ApiProperty({ description: 'Sign in with this address and the password just set' })
  email: string;
}
