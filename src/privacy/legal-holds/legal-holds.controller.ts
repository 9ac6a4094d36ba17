import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../../common/auth/decorators';
import { Role } from '../../common/auth/role';
import { LegalHoldDto, PlaceLegalHoldDto } from './dto/legal-hold.dto';
import { LegalHoldsService } from './legal-holds.service';

/**
 * Legal holds, for admins only: a hold names a candidate and why they are in a dispute, which is
 * about one person, and the compliance role reads aggregates only (src/common/auth/role.ts).
 */
@ApiTags('privacy')
@Controller('legal-holds')
@Roles(Role.Admin)
export class LegalHoldsController {
  constructor(private readonly holds: LegalHoldsService) {}

  @Post()
  @ApiOperation({
    summary: 'Hold a candidate, or every applicant of a vacancy, from erasure while a legal claim needs their data',
  })
  @ApiCreatedResponse({ type: LegalHoldDto })
  async place(@Body() body: PlaceLegalHoldDto, @CurrentUser() user: AuthenticatedUser): Promise<LegalHoldDto> {
    return LegalHoldDto.from(await this.holds.place(body, user));
  }

  @Get()
  @ApiOperation({ summary: 'The holds not released, newest first, with what each holds' })
  @ApiOkResponse({ type: [LegalHoldDto] })
  async active(): Promise<LegalHoldDto[]> {
    return (await this.holds.active()).map((row) => LegalHoldDto.from(row));
  }

  @Post(':id/release')
  @HttpCode(200)
  @ApiOperation({ summary: 'Release a hold: its candidates fall under the retention policy again (409 when released)' })
  @ApiOkResponse({ type: LegalHoldDto })
  async release(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<LegalHoldDto> {
    return LegalHoldDto.from(await this.holds.release(id, user));
  }
}
