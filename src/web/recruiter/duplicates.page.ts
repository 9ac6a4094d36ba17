import { Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { SCREENING_WRITERS } from '../../common/auth/role';
import { DuplicatesService } from '../../duplicates/duplicates.service';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { duplicatesHref, duplicatesView } from './duplicates.view';

/** A candidate's possible duplicates, with why each is proposed: compare and merge, or mark as another person. */
@PageController()
@Controller()
export class DuplicatesPage {
  constructor(
    private readonly duplicates: DuplicatesService,
    private readonly pages: Pages,
  ) {}

  @Roles(...SCREENING_WRITERS)
  @Get('recruiter/candidates/:id/duplicates')
  async show(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Query('marked') marked: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const overview = await this.duplicates.overview(id);
    this.pages.send(response, page, {
      view: 'recruiter/duplicates',
      titleKey: 'duplicates.title',
      model: duplicatesView(overview, { marked: marked === '1' }),
      shortcuts: overview.proposals.length ? [{ keys: 'm', labelKey: 'duplicates.shortcut.compare' }] : [],
    });
  }

  @Roles(...SCREENING_WRITERS)
  @Post('recruiter/candidates/:id/not-duplicate/:otherId')
  async notDuplicate(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Param('otherId') otherId: string,
    @Res() response: Response,
  ): Promise<void> {
    await this.duplicates.markNotDuplicate(id, otherId, page.user.id);
    this.pages.redirect(response, `${duplicatesHref(id)}?marked=1`);
  }
}
