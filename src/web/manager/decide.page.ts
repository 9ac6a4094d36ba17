import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  ApplicationChangedError,
  DecisionNeedsReasonError,
  StageMoveError,
} from '../../applications/applications.errors';
import { DecisionsService } from '../../applications/decisions.service';
import { DecisionDto } from '../../applications/dto/decision.dto';
import { Roles } from '../../common/auth/decorators';
import { PANEL_READERS } from '../../common/auth/role';
import { ValidationFailedError } from '../../common/errors/domain-error';
import { readForm } from '../forms';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { CompareData } from './compare.data';
import { backWithNotice, compareView, DecisionFormState, safeBack, Said } from './compare.view';

/**
 * One application to decide on (advance, hold or reject), reached from the
 * shortlist; the compare page's forms post here too. After a decision, back
 * to where the person came from (a path of this site only), with a notice.
 */
@PageController()
@Controller()
export class DecidePage {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly data: CompareData,
    private readonly pages: Pages,
  ) {}

  @Roles(...PANEL_READERS)
  @Get('manager/applications/:applicationId/decide')
  async show(
    @Page() page: SignedInPage,
    @Param('applicationId') id: string,
    @Query('back') back: unknown,
    @Res() response: Response,
  ): Promise<void> {
    await this.render(response, page, id, back, {}, 200);
  }

  @Roles(...PANEL_READERS)
  @Post('manager/applications/:applicationId/decide')
  async decide(
    @Page() page: SignedInPage,
    @Param('applicationId') id: string,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const reason = typeof body?.reason === 'string' ? body.reason.slice(0, 2000) : '';
    const { vacancy } = await this.decisions.one(id, page.user);
    const back = safeBack(body?.back, `/manager/vacancies/${vacancy.id}/shortlist`);
    const form = await readForm(DecisionDto, { decision: body?.decision, reason, revision: body?.revision });
    if (form.errors) {
      const message = { key: 'decide.error.invalid', values: {} };
      return this.render(response, page, id, back, { reason, message }, 400);
    }
    try {
      await this.decisions.decide(id, form.value, page.user);
      this.pages.redirect(response, backWithNotice(back, form.value.decision));
    } catch (error) {
      const message = messageOf(error);
      if (!message) throw error;
      await this.render(response, page, id, back, { reason, message: message.said }, message.status);
    }
  }

  private async render(
    response: Response,
    page: SignedInPage,
    id: string,
    backText: unknown,
    state: DecisionFormState,
    status: number,
  ): Promise<void> {
    const comparison = await this.decisions.one(id, page.user);
    const back = safeBack(backText, `/manager/vacancies/${comparison.vacancy.id}/shortlist`);
    const { interviews, advice } = await this.data.around(comparison, page.user);
    const forms = new Map([[id, state]]);
    const model = { ...compareView(comparison, interviews, advice, { back, single: true, forms }), back };
    this.pages.send(response, page, { view: 'manager/decide', titleKey: 'decide.title', model, status });
  }
}

/** A refused decision as the form shows it; undefined for what is not the person's to fix here (404). */
function messageOf(error: unknown): { said: Said; status: number } | undefined {
  if (error instanceof DecisionNeedsReasonError)
    return { said: { key: 'decide.error.needsReason', values: {} }, status: 422 };
  if (error instanceof ApplicationChangedError)
    return { said: { key: 'decide.error.changed', values: {} }, status: 409 };
  if (error instanceof StageMoveError) return { said: { key: 'decide.error.stage', values: {} }, status: 409 };
  if (error instanceof ValidationFailedError) return { said: { key: 'decide.error.reason', values: {} }, status: 400 };
  return undefined;
}
