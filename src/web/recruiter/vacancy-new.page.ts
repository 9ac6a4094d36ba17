import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { OmitType } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { Role, SCREENING_WRITERS } from '../../common/auth/role';
import { RoleProfilesService } from '../../role-profiles/role-profiles.service';
import { CreateVacancyDto } from '../../vacancies/dto/vacancy-input.dto';
import { VacanciesService } from '../../vacancies/vacancies.service';
import { Catalogue } from '../i18n/catalogue';
import { formMessage } from '../forms';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { detailsModel, FieldProblems, messageOf } from './vacancy-fields.view';
import { DetailsForm, detailsFromBody, detailsInput, detailsOf, text } from './vacancy-forms';
import { copiedRounds } from './vacancy-round-forms';
import { newVacancyView, parseSource, Source } from './vacancy-new.view';
import { checkForm, VacancyPeople } from './vacancy-pages';
import type { FieldError } from '../../common/errors/domain-error';
import type { FormMessage } from '../forms';

/** The vacancy's own fields, as POST /vacancies takes them; its profile comes from the chosen start. */
class NewVacancyForm extends OmitType(CreateVacancyDto, ['roleProfileId', 'roleProfileVersion', 'rounds'] as const) {}

/** Copies to choose from on the new vacancy's page. */
const COPY_CHOICES = 200;

/** A new vacancy, from a built-in template or a copy of another one. */
@PageController()
@Controller()
export class VacancyNewPage {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly profiles: RoleProfilesService,
    private readonly people: VacancyPeople,
    private readonly catalogue: Catalogue,
    private readonly pages: Pages,
  ) {}

  @Roles(...SCREENING_WRITERS)
  @Get('recruiter/vacancies/new')
  async form(
    @Page() page: SignedInPage,
    @Query('from') from: unknown,
    @Query('template') template: unknown,
    @Res() response: Response,
  ): Promise<void> {
    if (typeof from === 'string' && from !== '') {
      const source = await this.vacancies.get(from, page.user);
      const details = { ...detailsOf(source), recruiterIds: this.ownRecruiterIds(page) };
      return this.render(response, page, { source: `vacancy:${source.id}`, details });
    }
    const chosen = typeof template === 'string' && template !== '' ? `template:${template}` : '';
    return this.render(response, page, { source: chosen, details: this.blank(page) });
  }

  @Roles(...SCREENING_WRITERS)
  @Post('recruiter/vacancies')
  async create(
    @Page() page: SignedInPage,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const details = detailsFromBody(body);
    const sourceText = text(body, 'source');
    const source = parseSource(sourceText);
    const input = detailsInput(details);
    // Left out, the API names the creator when they are a recruiter.
    if (details.recruiterIds.length === 0) delete input.recruiterIds;
    const form = await checkForm(NewVacancyForm, input);
    if (form.errors || !source) {
      return this.render(response, page, {
        source: sourceText,
        details,
        errors: form.errors ?? [],
        sourceInvalid: !source,
        status: 400,
      });
    }
    try {
      const start = await this.startFrom(source, form.value.title, page);
      const vacancy = await this.vacancies.create({ ...form.value, ...start }, page.user);
      this.pages.redirect(response, `/recruiter/vacancies/${vacancy.id}/edit?saved=created`);
    } catch (error) {
      const message = formMessage(error, (key) => this.catalogue.has(key));
      if (!message) throw error;
      return this.render(response, page, {
        source: sourceText,
        details,
        errors: message.errors ?? [],
        message: message.errors ? undefined : message,
        status: message.status,
      });
    }
  }

  /** The new vacancy's own role profile (a copy, never shared) and plan. */
  private async startFrom(source: Source, title: string, page: SignedInPage) {
    if ('template' in source) {
      const { profile } = await this.profiles.copyTemplate(source.template, title, page.user.id);
      return { roleProfileId: profile.id, rounds: [] };
    }
    const copied = await this.vacancies.get(source.vacancy, page.user);
    const { profile, current } = await this.profiles.getVersion(copied.roleProfileId, copied.roleProfileVersion);
    const made = await this.profiles.create(
      {
        name: title,
        family: profile.family ?? undefined,
        level: profile.level ?? undefined,
        language: profile.language,
        criteria: current.criteria,
      },
      page.user.id,
    );
    return { roleProfileId: made.profile.id, rounds: copiedRounds(copied.rounds) };
  }

  private blank(page: SignedInPage): DetailsForm {
    return {
      title: '',
      description: '',
      location: '',
      employmentType: 'full_time',
      headcount: '1',
      hiringManagerIds: [],
      recruiterIds: this.ownRecruiterIds(page),
      knockoutPolicy: 'flag',
      blindUntil: '',
      screeningWeight: '100',
      interviewWeight: '0',
      autoAdvance: false,
      calibrateInterviews: false,
      sendRejectionMail: true,
      rejectionMailDelayHours: '48',
    };
  }

  private ownRecruiterIds(page: SignedInPage): string[] {
    return page.user.roles.includes(Role.Recruiter) ? [page.user.id] : [];
  }

  private async render(
    response: Response,
    page: SignedInPage,
    input: {
      source: string;
      details: DetailsForm;
      errors?: FieldError[];
      sourceInvalid?: boolean;
      message?: FormMessage;
      status?: number;
    },
  ): Promise<void> {
    const [templates, copies, people] = await Promise.all([
      this.profiles.listTemplates(),
      this.vacancies.list({ limit: COPY_CHOICES, offset: 0 }, page.user),
      this.people.load(),
    ]);
    const model = newVacancyView({
      templates: templates.map(({ profile }) => ({
        key: profile.templateKey!,
        name: profile.name,
        family: profile.family,
        level: profile.level,
      })),
      vacancies: copies.vacancies,
      source: input.source,
      details: detailsModel(input.details, people, new FieldProblems(input.errors)),
      sourceInvalid: input.sourceInvalid,
      message: messageOf(input.message) ?? (input.errors?.length ? { key: 'vacancy.form.invalid' } : undefined),
    });
    this.pages.send(response, page, {
      view: 'recruiter/vacancy-new',
      titleKey: 'vacancy.new.title',
      model,
      status: input.status,
    });
  }
}
