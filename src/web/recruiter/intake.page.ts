import { Body, Controller, Get, Post, Req, Res, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { SCREENING_WRITERS } from '../../common/auth/role';
import { DomainError } from '../../common/errors/domain-error';
import { CvIntakeService } from '../../cvs/cv-intake.service';
import { NewCandidateCvFieldsDto } from '../../cvs/dto/cv.dto';
import { VacanciesService } from '../../vacancies/vacancies.service';
import { readForm } from '../forms';
import { Catalogue } from '../i18n/catalogue';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { IntakeRequest, IntakeUpload } from './intake-upload';
import { IntakeModel, intakeView, OutcomeModel, outcomeView } from './intake.view';

const SHORTCUTS = [{ keys: 'u', labelKey: 'intake.shortcut.choose' }];

/**
 * CV intake: many files at once, each taken in by the same service as
 * POST /candidates/cvs. With scripting, each file is its own request and gets
 * its outcome back as a fragment; without, the form posts them all.
 */
@PageController()
@Controller()
export class IntakePage {
  constructor(
    private readonly intake: CvIntakeService,
    private readonly vacancies: VacanciesService,
    private readonly catalogue: Catalogue,
    private readonly pages: Pages,
  ) {}

  @Roles(...SCREENING_WRITERS)
  @Get('recruiter/intake')
  async show(@Page() page: SignedInPage, @Res() response: Response): Promise<void> {
    this.send(response, page, intakeView({ vacancies: await this.openVacancies(page) }));
  }

  @Roles(...SCREENING_WRITERS)
  @Post('recruiter/intake')
  @UseInterceptors(IntakeUpload)
  async upload(
    @Page() page: SignedInPage,
    @Req() request: IntakeRequest,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const fragment = request.headers['hx-request'] === 'true';
    const form = await readForm(NewCandidateCvFieldsDto, { vacancyId: body?.vacancyId || undefined });
    const problem =
      request.intakeError ?? (form.errors ? new DomainError('INTAKE_BAD_VACANCY', 'invalid', '') : undefined);
    const files = (request.files as Express.Multer.File[] | undefined) ?? [];
    if (problem) {
      if (fragment)
        return this.pages.fragment(response, page, 'intake-outcome', outcomeView(undefined, problem, this.has));
      const model = intakeView({
        vacancies: await this.openVacancies(page),
        message: {
          key: this.has(`errors.${problem.code}`) ? `errors.${problem.code}` : 'errors.unknown',
          values: { code: problem.code, max: 50 },
        },
      });
      return this.send(response, page, model, problem.kind === 'invalid' ? 400 : 422);
    }
    const outcomes: OutcomeModel[] = [];
    // One at a time: the CV readers are shared with everyone else's uploads.
    for (const file of files) {
      const name = file.originalname;
      try {
        const result = await this.intake.uploadNew(
          { buffer: file.buffer, originalname: name },
          form.value?.vacancyId,
          page.user,
        );
        outcomes.push(outcomeView(name, result, this.has));
      } catch (error) {
        if (!(error instanceof DomainError) || error.kind === 'forbidden') throw error;
        outcomes.push(outcomeView(name, error, this.has));
      }
    }
    if (fragment) return this.pages.fragment(response, page, 'intake-outcome', outcomes[0]);
    const model = intakeView({ vacancies: await this.openVacancies(page), vacancyId: form.value?.vacancyId, outcomes });
    this.send(response, page, model);
  }

  private readonly has = (key: string) => this.catalogue.has(key);

  private async openVacancies(page: SignedInPage) {
    const { vacancies } = await this.vacancies.list({ status: 'open', limit: 200, offset: 0 }, page.user);
    return vacancies;
  }

  private send(response: Response, page: SignedInPage, model: IntakeModel, status = 200): void {
    this.pages.send(response, page, {
      view: 'recruiter/intake',
      titleKey: 'intake.title',
      model,
      status,
      shortcuts: SHORTCUTS,
    });
  }
}
