import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { AuthenticatedUser, CurrentUser } from '../common/auth/decorators';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/decorators';
import { Role } from '../common/auth/role';
import { Problem } from '../common/errors/problem';
import { PageQuery } from '../common/http/paging';
import { CreatedUserDto, UserDto, UserPageDto } from './dto/user.dto';
import { CreateUserDto, PasswordResetDto, ResetPasswordDto, UpdateUserDto } from './dto/user-input.dto';
import { InviteUserDto, InvitedUserDto } from './dto/invitation.dto';
import { InvitationsService } from './invitations.service';
import { UsersService } from './users.service';

@ApiTags('users')
@Roles(Role.Admin)
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly invitations: InvitationsService,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: CreatedUserDto })
  @ApiConflictResponse({ type: Problem, description: 'EMAIL_TAKEN' })
  async create(@Body() body: CreateUserDto): Promise<CreatedUserDto> {
    const { user, temporaryPassword } = await this.users.create(body);
    return { user: UserDto.from(user), ...(temporaryPassword ? { temporaryPassword } : {}) };
  }

  @Post('invitations')
  @ApiCreatedResponse({
    type: InvitedUserDto,
    description: 'The account, and a mail with a one-time link to set a password',
  })
  @ApiConflictResponse({ type: Problem, description: 'EMAIL_TAKEN' })
  async invite(@Body() body: InviteUserDto, @CurrentUser() admin: AuthenticatedUser): Promise<InvitedUserDto> {
    const { user, expiresAt } = await this.invitations.invite(body, admin);
    return { user: UserDto.from(user), expiresAt: expiresAt.toISOString() };
  }

  @Post(':id/invitations')
  @ApiCreatedResponse({
    type: InvitedUserDto,
    description: 'A new one-time link mailed to a user invited who has not set a password; earlier links stop working',
  })
  @ApiNotFoundResponse({ type: Problem, description: 'USER_NOT_FOUND' })
  @ApiConflictResponse({ type: Problem, description: 'INVITATION_NOT_AWAITED, USER_INACTIVE' })
  async reinvite(@Param('id') id: string, @CurrentUser() admin: AuthenticatedUser): Promise<InvitedUserDto> {
    const { user, expiresAt } = await this.invitations.resend(id, admin);
    return { user: UserDto.from(user), expiresAt: expiresAt.toISOString() };
  }

  @Get()
  @ApiOkResponse({ type: UserPageDto })
  async list(@Query() page: PageQuery): Promise<UserPageDto> {
    const { users, total } = await this.users.list(page.limit, page.offset);
    return { items: users.map((user) => UserDto.from(user)), total, limit: page.limit, offset: page.offset };
  }

  @Get(':id')
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ type: Problem, description: 'USER_NOT_FOUND' })
  async get(@Param('id') id: string): Promise<UserDto> {
    return UserDto.from(await this.users.get(id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserDto })
  @ApiConflictResponse({ type: Problem, description: 'LAST_ADMIN' })
  async update(@Param('id') id: string, @Body() body: UpdateUserDto): Promise<UserDto> {
    return UserDto.from(await this.users.update(id, body));
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto, description: 'The user can no longer log in; their tokens stop working' })
  @ApiConflictResponse({ type: Problem, description: 'LAST_ADMIN' })
  async deactivate(@Param('id') id: string): Promise<UserDto> {
    return UserDto.from(await this.users.deactivate(id));
  }

  @Post(':id/activate')
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto })
  async activate(@Param('id') id: string): Promise<UserDto> {
    return UserDto.from(await this.users.activate(id));
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  @ApiOkResponse({ type: PasswordResetDto, description: 'Earlier tokens of the user stop working' })
  async resetPassword(@Param('id') id: string, @Body() body: ResetPasswordDto): Promise<PasswordResetDto> {
    return this.users.resetPassword(id, body.password);
  }
}
