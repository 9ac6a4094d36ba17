import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { SCREENING_READERS } from '../common/auth/role';
import { LimitQuery } from '../common/http/paging';
import { ShortlistLeniencyDto } from './dto/shortlist-leniency.dto';
import { ShortlistLeniencyService } from './shortlist-leniency.service';

@ApiTags('applications')
@Controller('vacancies/:id')
export class ShortlistLeniencyController {
  constructor(private readonly leniency: ShortlistLeniencyService) {}

  @Get('shortlist/leniency')
  @Roles(...SCREENING_READERS)
  @ApiOkResponse({
    type: ShortlistLeniencyDto,
    description:
      'The applications with an interview score ranked again with interview scores under the other variant ' +
      '(calibrated for leniency, or as rated): each one’s combined score and place both ways, and how far it moves; ' +
      'hiring managers see their own vacancies only; nothing is stored',
  })
  compare(
    @Param('id') id: string,
    @Query() query: LimitQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ShortlistLeniencyDto> {
    return this.leniency.compare(id, user, query.limit);
  }
}
