import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { SCREENING_READERS, SCREENING_WRITERS } from '../common/auth/role';
import {
  CopyTemplateDto,
  CreateRoleProfileDto,
  NewVersionDto,
  RoleProfileDto,
  RoleProfileQuery,
} from './dto/role-profile.dto';
import { RoleProfilesService } from './role-profiles.service';

@ApiTags('role profiles')
@Controller('role-profiles')
export class RoleProfilesController {
  constructor(private readonly profiles: RoleProfilesService) {}

  @Post()
  @Roles(...SCREENING_WRITERS)
  @ApiCreatedResponse({ type: RoleProfileDto })
  async create(@Body() body: CreateRoleProfileDto, @CurrentUser() user: AuthenticatedUser): Promise<RoleProfileDto> {
    const { profile, current, versions } = await this.profiles.create(body, user.id);
    return RoleProfileDto.from(profile, current, versions);
  }

  @Get()
  @Roles(...SCREENING_READERS)
  @ApiOkResponse({ type: [RoleProfileDto] })
  async list(@Query() query: RoleProfileQuery): Promise<RoleProfileDto[]> {
    const found = await this.profiles.list(query.family, query.includeArchived ?? false);
    return found.map(({ profile, current }) => RoleProfileDto.from(profile, current));
  }

  @Get('templates')
  @Roles(...SCREENING_READERS)
  @ApiOkResponse({ type: [RoleProfileDto], description: 'The built-in profiles recruiters copy from' })
  async templates(): Promise<RoleProfileDto[]> {
    const found = await this.profiles.listTemplates();
    return found.map(({ profile, current }) => RoleProfileDto.from(profile, current));
  }

  @Post('templates/:key/copy')
  @Roles(...SCREENING_WRITERS)
  @ApiCreatedResponse({ type: RoleProfileDto, description: "A recruiter's own profile, version 1" })
  async copyTemplate(
    @Param('key') key: string,
    @Body() body: CopyTemplateDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RoleProfileDto> {
    const { profile, current, versions } = await this.profiles.copyTemplate(key, body.name, user.id);
    return RoleProfileDto.from(profile, current, versions);
  }

  @Get(':id')
  @Roles(...SCREENING_READERS)
  @ApiOkResponse({ type: RoleProfileDto, description: 'The current version, and the list of all versions' })
  async get(@Param('id') id: string): Promise<RoleProfileDto> {
    const { profile, current, versions } = await this.profiles.get(id);
    return RoleProfileDto.from(profile, current, versions);
  }

  @Get(':id/versions/:version')
  @Roles(...SCREENING_READERS)
  @ApiOkResponse({ type: RoleProfileDto })
  async getVersion(@Param('id') id: string, @Param('version') version: string): Promise<RoleProfileDto> {
    const { profile, current } = await this.profiles.getVersion(id, Number(version));
    return RoleProfileDto.from(profile, current);
  }

  @Post(':id/versions')
  @Roles(...SCREENING_WRITERS)
  @ApiCreatedResponse({ type: RoleProfileDto, description: 'The profile with its new current version' })
  async newVersion(
    @Param('id') id: string,
    @Body() body: NewVersionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RoleProfileDto> {
    const { profile, current, versions } = await this.profiles.newVersion(id, body, user.id);
    return RoleProfileDto.from(profile, current, versions);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles(...SCREENING_WRITERS)
  @ApiOkResponse({ type: RoleProfileDto })
  async archive(@Param('id') id: string): Promise<RoleProfileDto> {
    const { profile, current, versions } = await this.profiles.archive(id);
    return RoleProfileDto.from(profile, current, versions);
  }
}
