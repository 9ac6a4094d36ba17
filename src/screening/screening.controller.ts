import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/decorators';
import { SCREENING_WRITERS } from '../common/auth/role';
import { WhatIfResultDto } from './dto/score-result.dto';
import { WhatIfDto } from './dto/what-if.dto';
import { ScreeningService } from './screening.service';

@ApiTags('screening')
@Controller('screening')
export class ScreeningController {
  constructor(private readonly screening: ScreeningService) {}

  @Post('what-if')
  @HttpCode(200)
  @Roles(...SCREENING_WRITERS)
  @ApiOperation({
    summary: 'Score facts against a profile, a family or draft criteria, storing nothing',
    description:
      'For recruiters tuning weights: send a stored candidate or a list of facts, and a role profile (any version), ' +
      'a family (every level, and the highest one the candidate is eligible for) or criteria not saved yet.',
  })
  @ApiOkResponse({ type: WhatIfResultDto })
  whatIf(@Body() body: WhatIfDto): Promise<WhatIfResultDto> {
    return this.screening.whatIf(body);
  }
}
