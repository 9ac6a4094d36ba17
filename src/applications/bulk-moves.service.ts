import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../common/auth/decorators';
import { DomainError } from '../common/errors/domain-error';
import { Transactions } from '../database/transactions';
import { VacanciesService } from '../vacancies/vacancies.service';
import { RejectionMail, ApplicationRecorder } from './application-recorder';
import { ApplicationsRepository } from './applications.repository';
import { BulkMoveDto, BulkOutcomeDto, BulkMoveResultDto } from './dto/board.dto';
import { decideMove } from './move-rules';
import { ScreeningAdvice } from './screening-advice';

const MAIL_CHOICE: Record<string, RejectionMail> = { rejection: 'always', none: 'none' };

/**
 * One move over many applications of a vacancy. Each is judged by the same
 * rule as a single move and written in a transaction of its own, with its
 * mail: it moves whole or not at all, and says which (moved, stale when
 * someone changed it meanwhile, not allowed by the plan, not found).
 */
@Injectable()
export class BulkMovesService {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly applications: ApplicationsRepository,
    private readonly recorder: ApplicationRecorder,
    private readonly transactions: Transactions,
    private readonly advice: ScreeningAdvice,
  ) {}

  async move(vacancyId: string, input: BulkMoveDto, user: AuthenticatedUser): Promise<BulkMoveResultDto> {
    const vacancy = await this.vacancies.get(vacancyId, user);
    const rejectionMail = input.mail ? MAIL_CHOICE[input.mail] : 'vacancy';
    const items: BulkOutcomeDto[] = [];
    for (const applicationId of [...new Set(input.applicationIds)]) {
      const application = await this.applications.findById(applicationId);
      if (!application || application.vacancyId !== vacancy.id) {
        items.push({ applicationId, outcome: 'not_found', code: 'APPLICATION_NOT_FOUND' });
        continue;
      }
      let move;
      try {
        move = await this.advice.checked(application, vacancy, decideMove(application, vacancy, input, user.id));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        items.push({ applicationId, outcome: 'not_allowed', code: error.code, stage: application.stage });
        continue;
      }
      const now = new Date();
      const moved = await this.transactions.run((tx) =>
        this.recorder.moveIn(tx, application, move, now, rejectionMail),
      );
      items.push(
        moved
          ? { applicationId, outcome: 'moved', stage: move.to.stage }
          : { applicationId, outcome: 'stale', code: 'APPLICATION_CHANGED' },
      );
    }
    return { items, moved: items.filter((item) => item.outcome === 'moved').length };
  }
}
