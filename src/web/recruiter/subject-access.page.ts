import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Roles } from '../../common/auth/decorators';
import { SCREENING_WRITERS } from '../../common/auth/role';
import { SubjectAccessService } from '../../privacy/subject-access.service';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';

/**
 * The candidate page's download of everything Sift holds about the person,
 * the archive of `GET /candidates/:id/subject-access`, with the same checks:
 * a candidate still screened blind to the recruiter is a 403 page until they
 * unblind them on the candidate page.
 */
@PageController()
@Controller('recruiter/candidates')
export class SubjectAccessPage {
  constructor(private readonly subjectAccess: SubjectAccessService) {}

  @Roles(...SCREENING_WRITERS)
  @Get(':id/subject-access')
  async download(@Page() page: SignedInPage, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const { fileName, stream } = await this.subjectAccess.archive(id, page.user);
    response.attachment(fileName);
    response.setHeader('Content-Type', 'application/zip');
    response.setHeader('Cache-Control', 'no-store');
    await pipeline(stream, response).catch(() => response.destroy());
  }
}
