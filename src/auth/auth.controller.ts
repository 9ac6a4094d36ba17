import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { Authenticated, AuthenticatedUser, CurrentUser, Public } from '../common/auth/decorators';
import { Problem } from '../common/errors/problem';
import { UserDto } from '../users/dto/user.dto';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, TokenDto } from './dto/auth.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenDto })
  @ApiUnauthorizedResponse({ type: Problem, description: 'INVALID_CREDENTIALS' })
  @ApiTooManyRequestsResponse({ type: Problem, description: 'TOO_MANY_LOGIN_ATTEMPTS, with Retry-After' })
  login(@Body() body: LoginDto, @Req() request: Request): Promise<TokenDto> {
    return this.auth.login(body.email, body.password, request.ip ?? 'unknown');
  }

  @Authenticated()
  @Get('me')
  @ApiOkResponse({ type: UserDto })
  me(@CurrentUser() user: AuthenticatedUser): Promise<UserDto> {
    return this.auth.me(user.id);
  }

  @Authenticated()
  @Post('password')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenDto, description: 'Earlier tokens stop working; use the one returned' })
  @ApiBadRequestResponse({
    type: Problem,
    description: 'WRONG_CURRENT_PASSWORD, PASSWORD_TOO_COMMON, PASSWORD_UNCHANGED or VALIDATION_FAILED',
  })
  @ApiTooManyRequestsResponse({ type: Problem, description: 'TOO_MANY_PASSWORD_ATTEMPTS, with Retry-After' })
  changePassword(@CurrentUser() user: AuthenticatedUser, @Body() body: ChangePasswordDto): Promise<TokenDto> {
    return this.auth.changePassword(user.id, body.currentPassword, body.newPassword);
  }
}
