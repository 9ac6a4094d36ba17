import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/auth/decorators';
import { Role } from '../../common/auth/role';
import { RetentionDueDto, RetentionDueQuery } from './dto/retention-due.dto';
import { RetentionService } from './retention.service';

@ApiTags('privacy')
@Controller('privacy/retention')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  @Get('due')
  @Roles(Role.Admin)
  @ApiOperation({
    summary: 'The retention policy as a dry run: who would be erased today and why, and whom a legal hold keeps',
    description: 'Changes nothing. Both lists are paged with `limit`; `offset` pages the due, `heldOffset` the held.',
  })
  @ApiOkResponse({ type: RetentionDueDto })
  async due(@Query() query: RetentionDueQuery): Promise<RetentionDueDto> {
    const { limit, offset, heldOffset } = query;
    return RetentionDueDto.from(await this.retention.due({ limit, offset, heldOffset }), query);
  }
}
