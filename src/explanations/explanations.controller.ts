import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { SCREENING_READERS } from '../common/auth/role';
import { ExplanationDto } from './dto/explanation.dto';
import { ExplanationsService } from './explanations.service';

@ApiTags('applications')
@Controller('applications')
export class ExplanationsController {
  constructor(private readonly explanations: ExplanationsService) {}

  @Get(':id/explanation')
  @Roles(...SCREENING_READERS)
  @ApiOperation({
    summary: 'The application explained to its candidate, in their language',
    description:
      'Each criterion screened and how it came out, each step taken and whether a person, the system or an ' +
      "interview panel took it, and the score's provenance. Nothing of other applicants: no names, scores or " +
      "ranks, and no reason's words. Hiring managers read their own vacancies' only.",
  })
  @ApiOkResponse({ type: ExplanationDto })
  async explanation(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<ExplanationDto> {
    return (await this.explanations.explain(id, user)).explanation;
  }
}
