import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ShortlistWhatIfDto } from '../../applications/shortlist-what-if.controller';
import { ShortlistWhatIf, ShortlistWhatIfService } from '../../applications/shortlist-what-if.service';
import { Roles } from '../../common/auth/decorators';
import { SCREENING_WRITERS } from '../../common/auth/role';
import { DomainError, FieldError } from '../../common/errors/domain-error';
import { CriteriaDto } from '../../role-profiles/dto/criteria.dto';
import { NewVersionDto } from '../../role-profiles/dto/role-profile.dto';
import { RoleProfilesService } from '../../role-profiles/role-profiles.service';
import { ReplaceRoundsDto, UpdateVacancyDto } from '../../vacancies/dto/vacancy-input.dto';
import { Vacancy } from '../../vacancies/entities/vacancy.entity';
import { VacanciesService } from '../../vacancies/vacancies.service';
import { VacancyEndedError } from '../../vacancies/vacancies.errors';
import { isEnded } from '../../vacancies/vacancy-lifecycle';
import { Catalogue } from '../i18n/catalogue';
import { FormMessage, formMessage } from '../forms';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { criteriaModel, EditorSection, editorView, roundsModel } from './vacancy-editor.view';
import { progressModel, whatIfModel } from './vacancy-preview.view';
import { ProxyWarning, proxyWarnings } from '../../scoring/protected-proxies';
import { detailsModel, FieldProblems, messageOf } from './vacancy-fields.view';
import {
  CriteriaForm,
  criteriaFromBody,
  criteriaInput,
  criteriaOf,
  DetailsForm,
  detailsFromBody,
  detailsInput,
  detailsOf,
  text,
} from './vacancy-forms';
import { RoundForm, roundsFromBody, roundsInput, roundsOf } from './vacancy-round-forms';
import { checkForm, VacancyPeople } from './vacancy-pages';

const SAVED: Record<string, EditorSection | 'created'> = {
  details: 'details',
  criteria: 'criteria',
  rounds: 'rounds',
  created: 'created',
};

/** What the editor shows in place of the stored values: what was typed, and what was wrong with it. */
interface Typed {
  details?: DetailsForm;
  criteria?: CriteriaForm;
  rounds?: RoundForm[];
  basedOn?: number;
  errors?: FieldError[];
  section?: EditorSection;
  message?: FormMessage | { key: string };
  whatIf?: ShortlistWhatIf | 'invalid';
  /** Criteria as typed that stand in for a protected trait. */
  warnings?: ProxyWarning[];
  status?: number;
}

/**
 * The vacancy editor: its fields (PATCH /vacancies/:id), its role profile's
 * criteria (a new version, POST /role-profiles/:id/versions, then pinned, which
 * screens its applications again) with a what-if of the ranking before
 * saving, and its interview plan (PUT /vacancies/:id/rounds).
 */
@PageController()
@Controller('recruiter/vacancies/:id')
export class VacancyEditorPage {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly profiles: RoleProfilesService,
    private readonly whatIf: ShortlistWhatIfService,
    private readonly people: VacancyPeople,
    private readonly catalogue: Catalogue,
    private readonly pages: Pages,
  ) {}

  @Roles(...SCREENING_WRITERS)
  @Get('edit')
  async show(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Query('saved') saved: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const vacancy = await this.vacancies.get(id, page.user);
    await this.render(response, page, vacancy, {}, typeof saved === 'string' ? SAVED[saved] : undefined);
  }

  @Roles(...SCREENING_WRITERS)
  @Post('edit')
  async save(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const vacancy = await this.vacancies.get(id, page.user);
    const section = text(body, 'section');
    if (section === 'criteria') return this.saveCriteria(response, page, vacancy, body);
    if (section === 'rounds') return this.saveRounds(response, page, vacancy, body);
    return this.saveDetails(response, page, vacancy, body);
  }

  /** The what-if: a fragment for htmx, or the whole editor with what was typed when scripts are off. */
  @Roles(...SCREENING_WRITERS)
  @Post('what-if')
  async preview(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const vacancy = await this.vacancies.get(id, page.user);
    const criteria = criteriaFromBody(body);
    const form = await checkForm(ShortlistWhatIfDto, { criteria: criteriaInput(criteria) });
    let errors = form.errors;
    let preview: ShortlistWhatIf | undefined;
    if (form.value) {
      try {
        preview = await this.whatIf.preview(vacancy.id, form.value.criteria, page.user);
      } catch (error) {
        if (!(error instanceof DomainError) || error.kind !== 'invalid') throw error;
        errors = error.extras.errors ?? [];
      }
    }
    const warnings = form.value ? proxyWarnings(form.value.criteria) : [];
    if (request.headers['hx-request']) {
      return this.pages.fragment(response, page, 'vacancy-what-if', {
        whatIf: whatIfModel(preview ?? 'invalid', warnings),
      });
    }
    await this.render(response, page, vacancy, {
      criteria,
      basedOn: Number(text(body, 'basedOn')) || undefined,
      errors,
      section: 'criteria',
      message: errors ? { key: 'vacancy.form.invalid' } : undefined,
      whatIf: preview ?? 'invalid',
      warnings,
      status: errors ? 400 : 200,
    });
  }

  /** How far screening again has come: a fragment htmx polls while it runs; without scripts, the editor. */
  @Roles(...SCREENING_WRITERS)
  @Get('screening-progress')
  async progress(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    if (!request.headers['hx-request']) return this.render(response, page, await this.vacancies.get(id, page.user), {});
    const progress = await this.whatIf.progress(id, page.user);
    this.pages.fragment(response, page, 'vacancy-progress', { progress: progressModel(progress) });
  }

  private async saveDetails(response: Response, page: SignedInPage, vacancy: Vacancy, body: Record<string, unknown>) {
    const details = detailsFromBody(body);
    const form = await checkForm(UpdateVacancyDto, detailsInput(details));
    if (form.errors) return this.refuse(response, page, vacancy, { details, errors: form.errors, section: 'details' });
    try {
      await this.vacancies.update(vacancy.id, form.value, page.user);
      this.pages.redirect(response, `/recruiter/vacancies/${vacancy.id}/edit?saved=details`);
    } catch (error) {
      return this.failed(error, response, page, vacancy, { details, section: 'details' });
    }
  }

  private async saveCriteria(response: Response, page: SignedInPage, vacancy: Vacancy, body: Record<string, unknown>) {
    const criteria = criteriaFromBody(body);
    const basedOn = Number(text(body, 'basedOn')) || undefined;
    const form = await checkForm(NewVersionDto, { criteria: criteriaInput(criteria), basedOn });
    if (form.errors)
      return this.refuse(response, page, vacancy, { criteria, basedOn, errors: form.errors, section: 'criteria' });
    try {
      // An ended vacancy takes no new version: checked before one is made for it.
      if (isEnded(vacancy.status)) throw new VacancyEndedError(vacancy.status);
      const made = await this.profiles.newVersion(vacancy.roleProfileId, form.value, page.user.id);
      await this.vacancies.update(vacancy.id, { roleProfileVersion: made.current.version }, page.user);
      this.pages.redirect(response, `/recruiter/vacancies/${vacancy.id}/edit?saved=criteria#screening`);
    } catch (error) {
      return this.failed(error, response, page, vacancy, { criteria, basedOn, section: 'criteria' });
    }
  }

  private async saveRounds(response: Response, page: SignedInPage, vacancy: Vacancy, body: Record<string, unknown>) {
    const rounds = roundsFromBody(body);
    const form = await checkForm(ReplaceRoundsDto, { rounds: roundsInput(rounds, vacancy.rounds) });
    if (form.errors) return this.refuse(response, page, vacancy, { rounds, errors: form.errors, section: 'rounds' });
    try {
      await this.vacancies.replaceRounds(vacancy.id, form.value.rounds, page.user);
      this.pages.redirect(response, `/recruiter/vacancies/${vacancy.id}/edit?saved=rounds#plan`);
    } catch (error) {
      return this.failed(error, response, page, vacancy, { rounds, section: 'rounds' });
    }
  }

  private refuse(response: Response, page: SignedInPage, vacancy: Vacancy, typed: Typed) {
    return this.render(response, page, vacancy, { ...typed, message: { key: 'vacancy.form.invalid' }, status: 400 });
  }

  private failed(error: unknown, response: Response, page: SignedInPage, vacancy: Vacancy, typed: Typed) {
    const message = formMessage(error, (key) => this.catalogue.has(key));
    if (!message) throw error;
    return this.render(response, page, vacancy, {
      ...typed,
      errors: message.errors,
      // A service's field problems are marked on the form, as the form's own are.
      message: message.errors ? { key: 'vacancy.form.invalid' } : message,
      status: message.status,
    });
  }

  private async render(
    response: Response,
    page: SignedInPage,
    vacancy: Vacancy,
    typed: Typed,
    saved?: EditorSection | 'created',
  ): Promise<void> {
    const language = page.language;
    const [{ profile, current }, people, progress] = await Promise.all([
      this.profiles.getVersion(vacancy.roleProfileId, vacancy.roleProfileVersion),
      this.people.load(),
      this.whatIf.progress(vacancy.id, page.user),
    ]);
    const stored = current.criteria as CriteriaDto;
    // The current ranking beside the stored criteria: every arrow level until a weight changes.
    const whatIf = typed.whatIf ?? (await this.whatIf.preview(vacancy.id, stored, page.user));
    const problems = (section: EditorSection) =>
      new FieldProblems(typed.section === section ? (typed.errors ?? []) : []);
    const model = editorView({
      vacancy,
      profileName: profile.name,
      details: detailsModel(typed.details ?? detailsOf(vacancy), people, problems('details')),
      criteria: criteriaModel(
        typed.criteria ?? criteriaOf(stored),
        language,
        problems('criteria'),
        typed.basedOn ?? vacancy.roleProfileVersion,
      ),
      rounds: roundsModel(typed.rounds ?? roundsOf(vacancy.rounds), language, problems('rounds')),
      whatIf: whatIfModel(whatIf, typed.warnings ?? proxyWarnings(stored)),
      progress: progressModel(progress),
      saved,
      message: messageOf(typed.message as FormMessage | undefined),
      messageSection: typed.section,
    });
    this.pages.send(response, page, {
      view: 'recruiter/vacancy-edit',
      titleKey: 'vacancy.edit.title',
      model,
      status: typed.status,
      shortcuts: [
        { keys: 'p', labelKey: 'vacancy.shortcut.preview' },
        { keys: 'b', labelKey: 'vacancy.shortcut.board' },
      ],
    });
  }
}
