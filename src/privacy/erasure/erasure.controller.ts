import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../../common/auth/decorators';
import { Role } from '../../common/auth/role';
import { ErasureDto, ErasureRequestDto } from './dto/erasure.dto';
import { ErasureService } from './erasure.service';

@ApiTags('privacy')
@Controller('candidates/:id/erasure')
@Roles(Role.Admin)
export class ErasureController {
  constructor(private readonly erasures: ErasureService) {}

  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: ErasureDto,
    description:
      "Erases the candidate's personal data (GDPR art. 17) in the background; asking again answers the same erasure. " +
      '404 for an unknown candidate, 409 CANDIDATE_ON_LEGAL_HOLD naming the hold. Admins only: it cannot be undone.',
  })
  async request(
    @Param('id') id: string,
    @Body() body: ErasureRequestDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ErasureDto> {
    return ErasureDto.from(await this.erasures.request(id, { reason: body.reason, source: 'request' }, user.id));
  }

  @Get()
  @ApiOkResponse({ type: ErasureDto, description: 'How far the erasure is; 404 when none was asked for' })
  async get(@Param('id') id: string): Promise<ErasureDto> {
    return ErasureDto.from(await this.erasures.of(id));
  }
}
