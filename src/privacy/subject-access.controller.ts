import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { SCREENING_WRITERS } from '../common/auth/role';
import { SubjectAccessService } from './subject-access.service';

@ApiTags('privacy')
@Controller('candidates')
export class SubjectAccessController {
  constructor(private readonly subjectAccess: SubjectAccessService) {}

  @Get(':id/subject-access')
  @Roles(...SCREENING_WRITERS)
  @ApiOperation({
    summary: 'Everything Sift holds about a candidate, as a zip for them (GDPR art. 15 and 20)',
    description:
      'subject-access.json (every table’s rows about the person and the records merged into theirs, mails with ' +
      'what they said, the equal-opportunity answers they gave) and their original CV files. 403 ' +
      'SUBJECT_ACCESS_BLIND while the candidate is screened blind to you: unblind first.',
  })
  @ApiProduces('application/zip')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiForbiddenResponse({ description: 'Not a recruiter or admin, or the candidate is still blind to you' })
  @ApiNotFoundResponse({ description: 'No such candidate (CANDIDATE_MERGED names the one they were merged into)' })
  async archive(
    @Param('id') id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { fileName, stream } = await this.subjectAccess.archive(id, user);
    response.attachment(fileName);
    response.setHeader('Content-Type', 'application/zip');
    response.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(stream);
  }
}
