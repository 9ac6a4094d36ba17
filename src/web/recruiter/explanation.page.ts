import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { SCREENING_WRITERS } from '../../common/auth/role';
import { ExplanationsService } from '../../explanations/explanations.service';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { explanationView } from './explanation.view';

/**
 * An application explained to its candidate, as GET /applications/:id/explanation
 * answers it: for the recruiter to read and to print, the candidate's part in
 * the candidate's language.
 */
@PageController()
@Controller('recruiter/applications')
export class ExplanationPage {
  constructor(
    private readonly explanations: ExplanationsService,
    private readonly pages: Pages,
  ) {}

  @Roles(...SCREENING_WRITERS)
  @Get(':id/explanation')
  async show(@Page() page: SignedInPage, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const { candidateId, explanation } = await this.explanations.explain(id, page.user);
    this.pages.send(response, page, {
      view: 'recruiter/explanation',
      titleKey: 'explanation.title',
      model: explanationView(candidateId, explanation),
    });
  }
}
