import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { FactNotFoundError } from '../../candidates/candidates.errors';
import { CandidatesService } from '../../candidates/candidates.service';
import type { CandidateFact } from '../../candidates/entities/candidate-fact.entity';
import { Roles } from '../../common/auth/decorators';
import { Role, SCREENING_WRITERS } from '../../common/auth/role';
import { cvDownload } from '../../cvs/cv-download';
import { CvsService } from '../../cvs/cvs.service';
import { CreateNoteDto } from '../../notes/dto/note.dto';
import { NotesService } from '../../notes/notes.service';
import { DomainError } from '../../common/errors/domain-error';
import { BlindScreeningService } from '../../panel-access/blind-screening.service';
import { CandidateOnHoldError } from '../../privacy/erasure/erasure.errors';
import { ErasureService } from '../../privacy/erasure/erasure.service';
import { Catalogue } from '../i18n/catalogue';
import { formMessage, FormMessage, readForm } from '../forms';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { TOKEN_STAND_IN } from '../views/kept-page';
import { KeptPages } from '../views/kept-pages';
import { Pages } from '../views/pages';
import { CandidatePageLoader } from './candidate.data';
import { CANDIDATE_SHORTCUTS, candidateHref, candidateView, CandidateViewInput } from './candidate.view';
import { correctionData, factRow, RowState } from './candidate-facts.view';
import { CandidateMergedError } from '../../duplicates/duplicates.errors';

type FactAction = 'confirm' | 'correct' | 'delete';

/**
 * The candidate page: the CV beside the facts read from it, each to confirm,
 * correct or delete (a row at a time with htmx, or as a plain form); the
 * screening breakdown, the candidate's applications, a timeline and notes.
 */
@PageController()
@Controller('recruiter/candidates')
export class CandidatePage {
  constructor(
    private readonly loader: CandidatePageLoader,
    private readonly candidates: CandidatesService,
    private readonly cvs: CvsService,
    private readonly blind: BlindScreeningService,
    private readonly notes: NotesService,
    private readonly erasures: ErasureService,
    private readonly catalogue: Catalogue,
    private readonly pages: Pages,
  ) {}

  /** Room for some thousands of candidate pages. */
  private readonly kept = new KeptPages(64 * 1024 * 1024);

  @Roles(...SCREENING_WRITERS)
  @Get(':id')
  async show(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const notice = query.done === 'confirmed-all' ? 'candidate.facts.allConfirmed' : undefined;
    const noted = query.noted === '1' ? { notice: { key: 'candidate.note.saved' } } : undefined;
    const erasure = query.erasure === 'asked' ? { asked: true } : undefined;
    try {
      if (notice || noted || erasure)
        await this.render(response, page, id, query.application, { factsNotice: notice, note: noted, erasure });
      else await this.sendKept(response, page, id, applicationOf(query.application));
      this.candidates.noteRead(id, 'page');
    } catch (error) {
      // A merged candidate's old address (from a bookmark or a mail) leads to the page that says whom they became.
      if (error instanceof CandidateMergedError)
        return this.pages.redirect(response, `/recruiter/candidates/${id}/duplicates`);
      throw error;
    }
  }

  @Roles(...SCREENING_WRITERS)
  @Post(':id/facts/confirm-all')
  async confirmAll(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Query('application') application: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.candidates.confirmAll(id, page.user.id);
    const applicationId = applicationOf(application);
    if (!isHtmx(request)) {
      return this.pages.redirect(response, `${candidateHref(id, applicationId, { done: 'confirmed-all' })}#facts`);
    }
    const data = await this.loader.load(id, applicationId, page.user);
    const model = candidateView({ data, applicationId, factsNotice: 'candidate.facts.allConfirmed' });
    this.pages.fragment(response, page, 'candidate-facts', model);
  }

  @Roles(...SCREENING_WRITERS)
  @Post(':id/facts/:factId/confirm')
  confirm(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Param('factId') factId: string,
    @Query('application') application: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.factStep('confirm', { page, id, factId, application, body: {}, request, response });
  }

  @Roles(...SCREENING_WRITERS)
  @Post(':id/facts/:factId/correct')
  correct(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Param('factId') factId: string,
    @Query('application') application: unknown,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.factStep('correct', { page, id, factId, application, body: body ?? {}, request, response });
  }

  @Roles(...SCREENING_WRITERS)
  @Post(':id/facts/:factId/delete')
  remove(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Param('factId') factId: string,
    @Query('application') application: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.factStep('delete', { page, id, factId, application, body: {}, request, response });
  }

  @Roles(...SCREENING_WRITERS)
  @Post(':id/notes')
  async addNote(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Query('application') application: unknown,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const applicationId = applicationOf(application);
    const text = typeof body?.text === 'string' ? body.text.slice(0, 10_000) : '';
    const form = await readForm(CreateNoteDto, body);
    if (form.errors) {
      const message = { key: 'candidate.note.invalid', values: {} };
      return this.render(response, page, id, applicationId, { note: { text, message } }, 400);
    }
    try {
      const added = await this.notes.add(id, form.value, page.user);
      if (added.unmatched?.length) {
        // The note is kept; the writer is told which names reached nobody, on the page itself.
        const notice = { key: 'candidate.note.savedUnmatched' };
        return this.render(response, page, id, applicationId, {
          note: { notice, unmatched: added.unmatched.map((name) => `@${name}`).join(', ') },
        });
      }
      this.pages.redirect(response, `${candidateHref(id, applicationId, { noted: '1' })}#notes`);
    } catch (error) {
      const message = formMessage(error, (key) => this.catalogue.has(key));
      if (!message) throw error;
      await this.render(response, page, id, applicationId, { note: { text, message: shown(message) } }, message.status);
    }
  }

  /** Unblinds the candidate's blind applications for this recruiter, saying why: then the original opens. */
  @Roles(...SCREENING_WRITERS)
  @Post(':id/unblind')
  async unblind(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const reason = typeof body.reason === 'string' ? body.reason : '';
    try {
      await this.blind.unblindCandidate(id, reason, page.user);
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'invalid') throw error;
      return this.render(response, page, id, undefined, { unblindError: 'candidate.cv.unblindTooShort' }, 400);
    }
    this.pages.redirect(response, `${candidateHref(id)}#cv`);
  }

  /** An admin erases the candidate, saying why and that they know it cannot be undone; a hold refuses it. */
  @Roles(Role.Admin)
  @Post(':id/erasure')
  async erase(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
    const refused = (errorKey: string, status: number, values?: Record<string, string>) =>
      this.render(response, page, id, undefined, { erasure: { errorKey, values } }, status);
    if (reason.length < 10) return refused('privacy.erasure.tooShort', 400);
    if (body.confirm !== 'yes') return refused('privacy.erasure.unconfirmed', 400);
    try {
      await this.erasures.request(id, { reason, source: 'request' }, page.user.id);
    } catch (error) {
      if (!(error instanceof CandidateOnHoldError)) throw error;
      const hold = error.extras.hold as { reason: string };
      return refused('privacy.erasure.held', 409, { reason: hold.reason });
    }
    this.pages.redirect(response, `${candidateHref(id)}?erasure=asked#subject-access`);
  }

  @Roles(...SCREENING_WRITERS)
  @Get(':id/cvs/:cvId/file')
  async download(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Param('cvId') cvId: string,
    @Res() response: Response,
  ): Promise<void> {
    const { cv, stream } = await this.cvs.file(id, cvId, page.user);
    const { fileName, mediaType } = cvDownload(cv);
    response.attachment(fileName);
    response.setHeader('Content-Type', mediaType);
    response.setHeader('Content-Length', String(cv.sizeBytes));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    stream.pipe(response);
  }

  /** One fact confirmed, corrected or deleted: its row for htmx, otherwise back to the page at the row. */
  private async factStep(action: FactAction, step: FactStep): Promise<void> {
    const { page, id, factId, body, request, response } = step;
    const applicationId = applicationOf(step.application);
    const back = `${candidateHref(id, applicationId)}#fact-${factId}`;
    let typed: Record<string, string> | undefined;
    try {
      if (action === 'delete') {
        await this.candidates.deleteFact(id, factId);
        if (!isHtmx(request)) return this.pages.redirect(response, `${candidateHref(id, applicationId)}#facts`);
        return this.pages.fragment(response, page, 'candidate-fact', { id: factId, deleted: true });
      }
      let fact: CandidateFact;
      if (action === 'confirm') fact = await this.candidates.confirmFact(id, factId, page.user.id);
      else {
        const form = correctionData((await this.factOf(id, factId, page)).kind, body);
        typed = form.typed;
        fact = await this.candidates.correctFact(id, factId, form.data, body.confirm === 'true', page.user.id);
      }
      if (!isHtmx(request)) return this.pages.redirect(response, back);
      const notice = action === 'confirm' ? 'candidate.fact.confirmedNow' : 'candidate.fact.correctedNow';
      this.pages.fragment(
        response,
        page,
        'candidate-fact',
        factRow(fact, await this.shownCv(id, page), { notice }, applicationId),
      );
    } catch (error) {
      const message = formMessage(error, (key) => this.catalogue.has(key));
      if (!message) throw error;
      const state: RowState = { typed, message: shown(message), errors: message.errors };
      if (isHtmx(request)) {
        // htmx swaps only a 2xx answer: the row comes back whole, with the problem and what was typed in it.
        const fact = await this.factOf(id, factId, page);
        const row = factRow(fact, await this.shownCv(id, page), state, applicationId);
        return this.pages.fragment(response, page, 'candidate-fact', row);
      }
      await this.render(response, page, id, applicationId, { row: { factId, state } }, message.status);
    }
  }

  private async render(
    response: Response,
    page: SignedInPage,
    id: string,
    application: unknown,
    extra: Omit<CandidateViewInput, 'data' | 'applicationId'>,
    status = 200,
  ): Promise<void> {
    const applicationId = applicationOf(application);
    const data = await this.loader.load(id, applicationId, page.user);
    this.pages.send(response, page, {
      view: 'recruiter/candidate',
      titleKey: 'candidate.title',
      model: candidateView({ data, applicationId, mayErase: mayErase(page), ...extra }),
      status,
      shortcuts: CANDIDATE_SHORTCUTS,
    });
  }

  /**
   * The page as it was last rendered for this reader, while nothing it shows has changed since (the candidate's
   * page revision) and it is the same day; rendered and kept otherwise. Per reader: a panel member sees less of
   * an interview until they have scored it.
   */
  private async sendKept(response: Response, page: SignedInPage, id: string, applicationId?: string): Promise<void> {
    const revision = await this.candidates.pageRevision(id);
    if (revision === null) return this.render(response, page, id, applicationId, {});
    const day = new Date().toISOString().slice(0, 10);
    // Unblinding opens the original without changing the candidate: it is part of what the page is kept by.
    const open = await this.cvs.mayOpenOriginal(id, page.user);
    const key = [id, applicationId ?? '', page.user.id, page.language, day, revision, open].join('|');
    const kept = await this.kept.keep(key, async () => {
      const data = await this.loader.load(id, applicationId, page.user);
      const model = candidateView({ data, applicationId, mayErase: mayErase(page) });
      return this.pages.body(page, 'recruiter/candidate', model, TOKEN_STAND_IN);
    });
    this.pages.sendKept(response, page, { titleKey: 'candidate.title', shortcuts: CANDIDATE_SHORTCUTS, kept });
  }

  private async factOf(candidateId: string, factId: string, page: SignedInPage) {
    const candidate = await this.candidates.get(candidateId, page.user);
    const fact = candidate.facts?.find((one) => one.id === factId);
    if (!fact) throw new FactNotFoundError(factId);
    return fact;
  }

  /** The CV shown beside the facts (the newest, when it has text): its marks are what a fact links to. */
  private async shownCv(candidateId: string, page: SignedInPage): Promise<string | null> {
    const [newest] = await this.cvs.list(candidateId, page.user);
    return newest && newest.status === 'read' ? newest.id : null;
  }
}

function isHtmx(request: Request): boolean {
  return request.headers['hx-request'] === 'true';
}

interface FactStep {
  page: SignedInPage;
  id: string;
  factId: string;
  application: unknown;
  body: Record<string, unknown>;
  request: Request;
  response: Response;
}

/** The application the page was opened from; anything that is not an id is left for the loader to refuse. */
function applicationOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A service's message as the page shows it; bad values of a fact are named beside their fields. */
function shown(message: FormMessage) {
  const invalid = message.values.code === 'VALIDATION_FAILED';
  return { key: invalid ? 'candidate.fact.invalid' : message.key, values: message.values };
}

/** Erasing a candidate cannot be undone: only an admin is offered it (the route says so too). */
function mayErase(page: SignedInPage): boolean {
  return page.user.roles.includes(Role.Admin);
}
