import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { UserDto } from '../../users/dto/user.dto';
import { Trim } from '../../common/http/transforms';

export class LoginDto {
  @ApiProperty({ example: 'admin@sift.local' })
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @Length(1, 200)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @Length(1, 200)
  currentPassword: string;

  @ApiProperty({
    minLength: 12,
    description: 'Not one of the most common passwords (PASSWORD_TOO_COMMON), nor the current one (PASSWORD_UNCHANGED)',
  })
  @IsString()
  @Length(12, 200)
  newPassword: string;
}

export class TokenDto {
  @ApiProperty({ description: 'Send as "Authorization: Bearer <accessToken>"' })
  accessToken: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ description: 'Seconds until the token expires', example: 43200 })
  expiresIn: number;

  @ApiProperty({ type: UserDto })
  user: UserDto;
}
