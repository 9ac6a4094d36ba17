import { PageDto } from '../../common/http/paging';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role, ROLES } from '../../common/auth/role';
import { Language, LANGUAGES, User } from '../entities/user.entity';

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'recruiter@example.com' })
  email: string;

  @ApiProperty({ example: 'Recruiter One' })
  name: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles: Role[];

  @ApiProperty()
  active: boolean;

  @ApiProperty({ enum: LANGUAGES })
  language: Language;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastLoginAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  deactivatedAt: string | null;

  static from(user: User): UserDto {
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      roles: user.roles,
      active: user.active,
      language: user.language,
      createdAt: user.createdAt.toISOString(),
      lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
      deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
    };
  }
}

export class CreatedUserDto {
  @ApiProperty({ type: UserDto })
  user: UserDto;

  @ApiPropertyOptional({ description: 'Present when Sift generated the password; shown only this once' })
  temporaryPassword?: string;
}

export class UserPageDto extends PageDto {
  @ApiProperty({ type: [UserDto] })
  items: UserDto[];
}
