import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { PANEL_READERS, Role } from '../../common/auth/role';
import { ValidationFailedError } from '../../common/errors/domain-error';
import { Settings } from '../../config/settings';
import { AmendScorecardDto, CreateScorecardDto } from '../../interviews/dto/scorecard-input.dto';
import { InterviewsService } from '../../interviews/interviews.service';
import { ScorecardsService } from '../../interviews/scorecards.service';
import { formMessage, FormMessage, readForm } from '../forms';
import { Catalogue } from '../i18n/catalogue';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { startPagesOf } from '../start/start-pages';
import { startView } from '../start/start.view';
import { Pages } from '../views/pages';
import { interviewHref, interviewView, InterviewPageState, PageMessage } from './interview.view';
import { inviteCalendar } from './invite';
import { PanelPageLoader } from './panel.data';
import { panelListView } from './panel-list.view';
import { competenciesIn, holdsScorecard, scorecardFromForm, ScorecardForm, TypedScorecard } from './scorecard-form';

/**
 * The interviewer's pages: their interviews, and an interview with its scorecard. Drafts are the
 * API's drafts (saved as they type, or with a button); submitting asks once; a submitted card is
 * amended with a reason. Until their own card is in, nothing of the others' is read for them.
 */
@PageController()
@Controller('panel')
export class PanelPage {
  constructor(
    private readonly loader: PanelPageLoader,
    private readonly interviews: InterviewsService,
    private readonly scorecards: ScorecardsService,
    private readonly catalogue: Catalogue,
    private readonly settings: Settings,
    private readonly pages: Pages,
  ) {}

  @Roles(Role.Interviewer)
  @Get()
  async list(@Page() page: SignedInPage, @Res() response: Response): Promise<void> {
    const seats = await this.interviews.seatsOf(page.user);
    this.pages.send(response, page, {
      view: 'panel/list',
      titleKey: 'panel.list.title',
      // The interviewer's start page: it greets them and links their other roles' start pages, as the others do.
      model: {
        start: startView(page.user, Role.Interviewer, startPagesOf(page.user.roles)),
        ...panelListView(seats, new Date()),
      },
    });
  }

  @Roles(...PANEL_READERS)
  @Get('interviews/:id')
  async show(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const step = typeof request.query.done === 'string' ? request.query.done : '';
    const notice = NOTICES[step] ? { key: NOTICES[step] } : undefined;
    await this.render(response, page, id, { notice });
  }

  @Roles(...PANEL_READERS)
  @Get('interviews/:id/invite.ics')
  async invite(@Page() page: SignedInPage, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const { interview, vacancy } = await this.interviews.get(id, page.user);
    const roundName = vacancy.rounds.find((round) => round.id === interview.roundId)?.name ?? '';
    const summary = this.catalogue.text(page.language, 'panel.ics.summary', {
      round: roundName,
      vacancy: vacancy.title,
    });
    const calendar = inviteCalendar(
      interview,
      { summary, vacancyTitle: vacancy.title, roundName },
      { name: page.user.name, email: page.user.email },
      this.settings.mail.from,
      new Date(),
    );
    response.attachment(`interview-${interview.id}.ics`);
    response.type('text/calendar; charset=utf-8').send(calendar);
  }

  /** Saves the draft: a small "saved" fragment for htmx, back to the page otherwise. */
  @Roles(Role.Interviewer)
  @Post('interviews/:id/draft')
  async draft(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const htmx = request.headers['hx-request'] === 'true';
    // The hot path of typing: the competencies come from the form, and the API's rules refuse any the round lacks.
    const { form, typed } = scorecardFromForm(competenciesIn(body ?? {}), body ?? {});
    try {
      const saved = await this.save(id, form, page, false);
      if (!htmx) return this.pages.redirect(response, `${interviewHref(id)}?done=saved#scorecard`);
      this.pages.fragment(response, page, 'panel-saved', { savedAt: saved });
    } catch (error) {
      const message = formMessage(error, (key) => this.catalogue.has(key));
      if (!message) throw error;
      // htmx swaps only a 2xx answer: the problem goes where "saved" would.
      if (htmx) return this.pages.fragment(response, page, 'panel-saved', { message: shown(message) });
      await this.render(response, page, id, { typed, message: shown(message), errors: message.errors }, message.status);
    }
  }

  /**
   * Submits: the form's content is saved as the draft first; without `confirmed` the confirmation
   * step is shown (the dialog sets it when scripts run). The confirmation step posts no content:
   * it submits the draft as saved.
   */
  @Roles(Role.Interviewer)
  @Post('interviews/:id/submit')
  async submit(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const input = body ?? {};
    const competencies = await this.competenciesOf(id, page);
    const posted = holdsScorecard(competencies, input) ? scorecardFromForm(competencies, input) : null;
    const confirmed = input.confirmed === '1';
    try {
      if (posted) await this.save(id, posted.form, page, confirmed);
      else if (confirmed) await this.save(id, null, page, true);
      if (confirmed) return this.pages.redirect(response, `${interviewHref(id)}?done=submitted#results`);
      const data = await this.loader.load(id, page.user);
      this.pages.send(response, page, {
        view: 'panel/confirm',
        titleKey: 'panel.confirm.title',
        model: interviewView(data, page.language),
      });
    } catch (error) {
      await this.showRefusal(response, page, id, error, { typed: posted?.typed });
    }
  }

  /** A correction of a submitted scorecard: a new revision with its reason, as the API keeps it. */
  @Roles(Role.Interviewer)
  @Post('interviews/:id/amend')
  async amend(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const input = body ?? {};
    const { form, typed } = scorecardFromForm(await this.competenciesOf(id, page), input);
    const reason = typeof input.reason === 'string' ? input.reason.slice(0, 2000) : '';
    try {
      const own = await this.loader.mine(id, page.user);
      const read = await readForm(AmendScorecardDto, { ...form, reason, revision: Number(input.revision) });
      if (read.errors) throw new ValidationFailedError(read.errors);
      if (!own) throw new ValidationFailedError([{ field: 'revision', messages: ['there is no scorecard to amend'] }]);
      await this.scorecards.amend(own.scorecard.id, read.value, page.user);
      this.pages.redirect(response, `${interviewHref(id)}?done=amended#results`);
    } catch (error) {
      await this.showRefusal(response, page, id, error, { typed, reason });
    }
  }

  /** The reader's scorecard saved through the API's own rules (made, or their draft changed); answers when. */
  private async save(id: string, form: ScorecardForm | null, page: SignedInPage, submit: boolean): Promise<Date> {
    if (!form) return (await this.scorecards.saveOwn(id, { submit }, page.user)).savedAt;
    const read = await readForm(CreateScorecardDto, { ...form, submit });
    if (read.errors) throw new ValidationFailedError(read.errors);
    return (await this.scorecards.saveOwn(id, read.value, page.user)).savedAt;
  }

  /** The competencies of the interview's round, as the reader may see the interview. */
  private async competenciesOf(id: string, page: SignedInPage): Promise<string[]> {
    const { interview, vacancy } = await this.interviews.get(id, page.user);
    return vacancy.rounds.find((one) => one.id === interview.roundId)!.competencies;
  }

  /** A refusal the page can word, shown on the interview page with what was typed; anything else is thrown on. */
  private async showRefusal(
    response: Response,
    page: SignedInPage,
    id: string,
    error: unknown,
    state: { typed?: TypedScorecard; reason?: string },
  ): Promise<void> {
    const message = formMessage(error, (key) => this.catalogue.has(key));
    if (!message) throw error;
    await this.render(
      response,
      page,
      id,
      { ...state, message: shown(message), errors: message.errors },
      message.status,
    );
  }

  private async render(
    response: Response,
    page: SignedInPage,
    id: string,
    state: InterviewPageState & { typed?: TypedScorecard; reason?: string },
    status = 200,
  ): Promise<void> {
    const data = await this.loader.load(id, page.user);
    this.pages.send(response, page, {
      view: 'panel/interview',
      titleKey: 'panel.interview.title',
      model: { ...interviewView(data, page.language, state), reason: state.reason ?? '' },
      status,
    });
  }
}

const NOTICES: Record<string, string> = {
  saved: 'panel.notice.saved',
  submitted: 'panel.notice.submitted',
  amended: 'panel.notice.amended',
};

/** A service's message as the page shows it: a scorecard the API's rules refuse is named by what is missing. */
function shown(message: FormMessage): PageMessage {
  if (message.values.code !== 'VALIDATION_FAILED') return { key: message.key, values: message.values };
  const fields = (message.errors ?? []).map((error) => error.field);
  const named = (name: string) => fields.some((field) => field === name || field.startsWith(`${name}[`));
  const key = named('reason')
    ? 'panel.invalid.reason'
    : fields.includes('ratings')
      ? 'panel.invalid.ratings'
      : named('recommendation')
        ? 'panel.invalid.recommendation'
        : 'panel.invalid.other';
  return { key, values: {} };
}
