import { AuditTrail } from '../audit/audit-trail';
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../common/auth/decorators';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { VacanciesService } from '../vacancies/vacancies.service';
import { InvalidCursorError } from './applications.errors';
import { ApplicationsService } from './applications.service';
import { ApplicationListsRepository, ShortlistFilter } from './application-lists.repository';
import { Stage } from './entities/application.entity';
import { RoundScoresRepository } from './round-scores.repository';
import { roundScoresOf } from './round-scores';
import { CachedPage, ShortlistCache } from './shortlist-cache';
import { shortlistPageJson } from './shortlist-json';
import { sortKeyBand, Standing } from './shortlist-order';

export interface ShortlistRequest {
  limit: number;
  cursor?: string;
  stage?: Stage;
  eligible?: boolean;
  standing?: Standing;
}

/** A page named but not yet read (see ShortlistService.pageTag). */
export interface PageTag {
  vacancyId: string;
  request: ShortlistRequest;
  rounds: number;
  after?: Cursor;
  key: string;
  etag: string;
  /** The page, when this process keeps it already. */
  cached?: CachedPage;
}

interface Cursor {
  sortKey: number;
  appliedAt: string;
  id: string;
  position: number;
}

/** The standings `eligible` names: screened, and a knock-out failed or not. */
const ELIGIBILITY: Record<'true' | 'false', Standing[]> = {
  true: ['ranked', 'not_enough_evidence'],
  false: ['knocked_out'],
};
const EXPORT_PAGE = 1000;

@Injectable()
export class ShortlistService {
  constructor(
    private readonly lists: ApplicationListsRepository,
    private readonly vacancies: VacanciesService,
    private readonly cache: ShortlistCache,
    private readonly applications: ApplicationsService,
    private readonly roundScores: RoundScoresRepository,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * The applicants before and after an application in its vacancy's shortlist
   * order; 404 for an application the viewer may not see.
   */
  async neighbours(applicationId: string, viewer: AuthenticatedUser) {
    const { application } = await this.applications.get(applicationId, viewer);
    return this.lists.shortlistNeighbours(application.vacancyId, application.id);
  }

  /**
   * A page of the shortlist as UTF-8 JSON (ShortlistPageDto) with its ETag. Pages are cached
   * under the vacancy's shortlist revision, which every change to what they
   * show raises, so a cached page is served only while it is still true.
   */
  async page(vacancyId: string, request: ShortlistRequest, viewer: AuthenticatedUser): Promise<CachedPage> {
    return this.pageOf(await this.pageTag(vacancyId, request, viewer));
  }

  /**
   * What names a page, before a row of it is read: its key (the vacancy's
   * shortlist revision and the request) and the entity tag made from that key,
   * the same in every process; enough to answer a client that holds it with
   * 304. 404 unless the viewer may see the vacancy, as for the page itself.
   */
  async pageTag(vacancyId: string, request: ShortlistRequest, viewer: AuthenticatedUser): Promise<PageTag> {
    const { revision, rounds } = await this.vacancies.shortlistRevision(vacancyId, viewer);
    const after = request.cursor === undefined ? undefined : decodeCursor(request.cursor);
    const key = [
      vacancyId,
      revision,
      request.limit,
      request.stage ?? '',
      request.eligible ?? '',
      request.standing ?? '',
      request.cursor ?? '',
    ].join('|');
    const cached = this.cache.get(key);
    // The key says all the page depends on, revision included: its hash is the page's entity tag.
    const etag = cached?.etag ?? `W/"${createHash('sha1').update(key).digest('base64url')}"`;
    return { vacancyId, request, rounds, after, key, etag, cached };
  }

  /** The page a tag names: kept, or read and kept. */
  async pageOf(tag: PageTag): Promise<CachedPage> {
    if (tag.cached !== undefined) return tag.cached;
    const { vacancyId, request, rounds, after, key, etag } = tag;
    const rows = await this.lists.shortlistPage(vacancyId, filterOf(request, after), request.limit + 1);
    const more = rows.length > request.limit;
    const page = rows
      .slice(0, request.limit)
      .map((row, index) => ({ ...row, position: (after?.position ?? 0) + index + 1 }));
    const last = page[page.length - 1];
    const nextCursor =
      more && last
        ? encodeCursor({ sortKey: last.sortKey, appliedAt: last.appliedAtRaw, id: last.id, position: last.position })
        : null;
    // The rounds behind the interview scores: one query for the page, and none when nobody on it was interviewed.
    const interviewed = page.filter((row) => row.roundsScored > 0).map((row) => row.id);
    const decided = await this.roundScores.decidedOf(interviewed);
    const roundScores = roundScoresOf(decided, decided[0]?.calibrate ?? false);
    // The scorecards still awaited: one query for the page, none when nobody on it is in the interview stage.
    const awaiting = await this.roundScores.awaitingOf(
      page.filter((row) => row.stage === 'interview').map((row) => row.id),
    );
    const body = Buffer.from(shortlistPageJson(page, nextCursor, rounds, roundScores, awaiting), 'utf8');
    const cachedPage = { key, body, etag };
    this.cache.set(cachedPage);
    return cachedPage;
  }

  /** The page gzipped, compressed once for all the requests that take gzip. */
  gzipped(page: CachedPage): Buffer {
    return this.cache.gzipped(page);
  }

  /** Every row of the shortlist in order, a page at a time, so memory stays flat however long it is. */
  async *exportRows(vacancy: Vacancy, request: Omit<ShortlistRequest, 'limit' | 'cursor'>) {
    this.audit.noteRead({
      action: 'shortlist.exported',
      subject: { type: 'vacancy', id: vacancy.id },
      vacancyId: vacancy.id,
      details: { filter: { ...request } },
    });
    let after: Cursor | undefined;
    for (;;) {
      const rows = await this.lists.shortlistPage(vacancy.id, filterOf(request, after), EXPORT_PAGE);
      let position = after?.position ?? 0;
      for (const row of rows) yield { ...row, position: ++position };
      if (rows.length < EXPORT_PAGE) return;
      const last = rows[rows.length - 1];
      after = { sortKey: last.sortKey, appliedAt: last.appliedAtRaw, id: last.id, position };
    }
  }
}

function filterOf(
  request: { stage?: Stage; eligible?: boolean; standing?: Standing },
  after: Cursor | undefined,
): ShortlistFilter {
  let standings: Standing[] | undefined;
  if (request.eligible !== undefined) standings = ELIGIBILITY[`${request.eligible}`];
  if (request.standing !== undefined) {
    standings = (standings ?? [request.standing]).filter((standing) => standing === request.standing);
  }
  return { stage: request.stage, after, sortKeyBands: standings?.map(sortKeyBand) };
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sortKey, cursor.appliedAt, cursor.id, cursor.position])).toString(
    'base64url',
  );
}

function decodeCursor(text: string): Cursor {
  try {
    const [sortKey, appliedAt, id, position] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    const valid =
      Number.isInteger(sortKey) &&
      typeof appliedAt === 'string' &&
      appliedAt.length <= 40 &&
      typeof id === 'string' &&
      /^[0-9a-f-]{36}$/i.test(id) &&
      Number.isInteger(position) &&
      position >= 0;
    if (valid) return { sortKey, appliedAt, id, position };
  } catch {
    // fall through
  }
  throw new InvalidCursorError();
}
