import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { SCREENING_WRITERS } from '../../common/auth/role';
import { CandidateMerger } from '../../duplicates/candidate-merger';
import { MergeChoicesDto } from '../../duplicates/dto/duplicates.dto';
import { DuplicatesService } from '../../duplicates/duplicates.service';
import { MergeChoices } from '../../duplicates/merge-fields';
import { formMessage, FormMessage, readForm } from '../forms';
import { Catalogue } from '../i18n/catalogue';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { candidateHref } from './duplicates.view';
import { mergeView } from './merge.view';

/** Two candidates side by side, with a choice where they differ; merging keeps everything of both. */
@PageController()
@Controller()
export class MergePage {
  constructor(
    private readonly duplicates: DuplicatesService,
    private readonly merger: CandidateMerger,
    private readonly catalogue: Catalogue,
    private readonly pages: Pages,
  ) {}

  @Roles(...SCREENING_WRITERS)
  @Get('recruiter/candidates/:id/merge/:otherId')
  async show(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Param('otherId') otherId: string,
    @Res() response: Response,
  ): Promise<void> {
    await this.send(response, page, id, otherId);
  }

  @Roles(...SCREENING_WRITERS)
  @Post('recruiter/candidates/:id/merge/:otherId')
  async merge(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Param('otherId') otherId: string,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const form = await readForm(MergeChoicesDto, body);
    if (form.errors) {
      const message = { key: 'duplicates.merge.badChoice', values: {}, status: 400 };
      return this.send(response, page, id, otherId, {}, message);
    }
    const choices: MergeChoices = { ...form.value };
    try {
      await this.merger.merge(id, otherId, choices, page.user.id);
    } catch (error) {
      const message = formMessage(error, (key) => this.catalogue.has(key));
      if (!message) throw error;
      // A candidate merged meanwhile cannot be shown beside the other: the error page says so.
      const preview = await this.duplicates.preview(id, otherId).catch(() => undefined);
      if (!preview) throw error;
      return this.pages.send(response, page, {
        view: 'recruiter/merge',
        titleKey: 'duplicates.merge.title',
        model: mergeView(preview, { choices, message }),
        status: message.status,
      });
    }
    this.pages.redirect(response, candidateHref(id));
  }

  private async send(
    response: Response,
    page: SignedInPage,
    id: string,
    otherId: string,
    choices: MergeChoices = {},
    message?: FormMessage,
  ): Promise<void> {
    const preview = await this.duplicates.preview(id, otherId);
    this.pages.send(response, page, {
      view: 'recruiter/merge',
      titleKey: 'duplicates.merge.title',
      model: mergeView(preview, { choices, message }),
      status: message?.status ?? 200,
    });
  }
}
