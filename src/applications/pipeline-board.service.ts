import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../common/auth/decorators';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { VacanciesService } from '../vacancies/vacancies.service';
import { ApplicationChangedError } from './applications.errors';
import { ApplicationsService } from './applications.service';
import { MoveDto } from './dto/application-input.dto';
import { Application, Stage, STAGES } from './entities/application.entity';
import { movesFrom, Position } from './pipeline';
import { BoardCardRow, BoardFilter, CardCursor, ListSort, PipelineBoardRepository } from './pipeline-board.repository';

/** How many cards a column shows before "more". */
export const CARDS_PER_COLUMN = 15;

export interface BoardColumn {
  stage: Stage;
  total: number;
  cards: BoardCardRow[];
  /** Where the next cards start, when there are more. */
  next?: CardCursor;
}

export interface Board {
  vacancy: Vacancy;
  columns: BoardColumn[];
  now: Date;
}

/** A move refused because someone moved the application first: who, and where to. */
export interface StaleMove {
  actorName: string | null;
  stage: Stage;
  roundId: string | null;
}

/**
 * A vacancy's pipeline as the board and its list show it, and the moves made
 * from there (judged by ApplicationsService, like the API's).
 */
@Injectable()
export class PipelineBoardService {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly applications: ApplicationsService,
    private readonly board: PipelineBoardRepository,
  ) {}

  /** The vacancy's shortlist revision, raised by every change the board shows; 404 unless the user may see it. */
  async revision(vacancyId: string, user: AuthenticatedUser): Promise<number> {
    return (await this.vacancies.shortlistRevision(vacancyId, user)).revision;
  }

  /** Every stage's count (one grouped query) and its first cards, best first. */
  async columns(vacancyId: string, filter: BoardFilter, user: AuthenticatedUser, perColumn = CARDS_PER_COLUMN) {
    const vacancy = await this.vacancies.get(vacancyId, user);
    const counts = await this.board.stageCounts(vacancy.id, filter);
    const stages = filter.stage ? [filter.stage] : STAGES;
    const columns: BoardColumn[] = [];
    for (const stage of STAGES) {
      const total = counts.get(stage) ?? 0;
      const shown = stages.includes(stage) && total > 0;
      columns.push(
        shown
          ? await this.page(vacancy.id, stage, filter, undefined, perColumn, total)
          : { stage, total: stages.includes(stage) ? total : 0, cards: [] },
      );
    }
    return { vacancy, columns, now: new Date() } satisfies Board;
  }

  /** A column's next cards after the cursor. */
  async column(
    vacancyId: string,
    stage: Stage,
    filter: BoardFilter,
    after: CardCursor | undefined,
    user: AuthenticatedUser,
    perColumn = CARDS_PER_COLUMN,
  ): Promise<{ vacancy: Vacancy; column: BoardColumn; now: Date }> {
    const vacancy = await this.vacancies.get(vacancyId, user);
    return { vacancy, column: await this.page(vacancy.id, stage, filter, after, perColumn), now: new Date() };
  }

  async list(
    vacancyId: string,
    filter: BoardFilter,
    sort: ListSort,
    limit: number,
    offset: number,
    user: AuthenticatedUser,
  ) {
    const vacancy = await this.vacancies.get(vacancyId, user);
    const page = await this.board.listPage(vacancy.id, filter, sort, limit, offset);
    return { vacancy, ...page, now: new Date() };
  }

  /**
   * Moves one application. When someone moved it first, says who and where
   * to (from its latest event) instead of the bare conflict.
   */
  async move(
    applicationId: string,
    input: MoveDto,
    user: AuthenticatedUser,
  ): Promise<{ moved: Application; vacancy: Vacancy } | { stale: StaleMove; vacancy: Vacancy }> {
    const { vacancy } = await this.applications.getToChange(applicationId, user);
    try {
      return { moved: await this.applications.move(applicationId, input, user), vacancy };
    } catch (error) {
      if (!(error instanceof ApplicationChangedError)) throw error;
      const latest = await this.board.latestMove(applicationId);
      return { stale: latest ?? { actorName: null, stage: input.stage, roundId: null }, vacancy };
    }
  }

  /** The vacancy of an application the user may change, or 404. */
  async vacancyOf(applicationId: string, user: AuthenticatedUser): Promise<{ vacancy: Vacancy }> {
    const { vacancy } = await this.applications.getToChange(applicationId, user);
    return { vacancy };
  }

  /** The card of one application, as its column shows it. */
  card(applicationId: string): Promise<BoardCardRow | undefined> {
    return this.board.card(applicationId);
  }

  /** Where an application may go from where it stands, without an override. */
  movesOf(position: Position, vacancy: Vacancy): Position[] {
    return movesFrom(
      position,
      vacancy.rounds.map((round) => round.id),
    );
  }

  counts(vacancyId: string, filter: BoardFilter): Promise<Map<Stage, number>> {
    return this.board.stageCounts(vacancyId, filter);
  }

  private async page(
    vacancyId: string,
    stage: Stage,
    filter: BoardFilter,
    after: CardCursor | undefined,
    perColumn: number,
    total?: number,
  ): Promise<BoardColumn> {
    const rows = await this.board.cards(vacancyId, stage, filter, after, perColumn + 1);
    const cards = rows.slice(0, perColumn);
    const next = rows.length > perColumn ? cards[cards.length - 1].cursor : undefined;
    return { stage, total: total ?? cards.length, cards, next };
  }
}
