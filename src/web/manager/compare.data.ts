import { Injectable } from '@nestjs/common';
import { Comparison } from '../../applications/decisions.service';
import { ScreeningAdvice } from '../../applications/screening-advice';
import { AuthenticatedUser } from '../../common/auth/decorators';
import { InterviewsService } from '../../interviews/interviews.service';
import { Advice } from './compare.view';

/** What the compare and decide pages show besides the comparison: each one's interviews and the advice on deciding. */
@Injectable()
export class CompareData {
  constructor(
    private readonly screeningAdvice: ScreeningAdvice,
    private readonly interviews: InterviewsService,
  ) {}

  async around(comparison: Comparison, viewer: AuthenticatedUser) {
    const interviews = new Map<string, Awaited<ReturnType<InterviewsService['listForApplication']>>>();
    const advice = new Map<string, Advice>();
    for (const application of comparison.applications) {
      interviews.set(application.id, await this.interviews.listForApplication(application.id, viewer));
      advice.set(application.id, {
        advance: await this.screeningAdvice.breachOf(application, comparison.vacancy, 'advance'),
        passOver: await this.screeningAdvice.breachOf(application, comparison.vacancy, 'hold'),
      });
    }
    return { interviews, advice };
  }
}
