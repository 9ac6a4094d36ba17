import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobHandlers } from '../jobs/job-handlers';
import { PipelineMails } from '../mail/pipeline-mails';
import { InterviewsRepository } from './interviews.repository';

/**
 * A day after an interview ends, reminds each panel member whose scorecard
 * is still open. The job is queued whenever the interview is scheduled or
 * moved; only the one for its latest time (its sequence) sends anything.
 */
@Injectable()
export class ScorecardReminders {
  private readonly logger = new Logger(ScorecardReminders.name);

  constructor(
    private readonly interviews: InterviewsRepository,
    private readonly mails: PipelineMails,
    private readonly dataSource: DataSource,
    handlers: JobHandlers,
  ) {
    handlers.handle('interviews.remind', async ({ interviewId, sequence }) => {
      await this.remind(interviewId, sequence);
    });
  }

  async remind(interviewId: string, sequence: number): Promise<number> {
    const interview = await this.interviews.findWithRound(interviewId);
    if (!interview || interview.status !== 'scheduled' || interview.sequence !== sequence) return 0;
    const open = await this.interviews.openScorecardAuthors(interviewId);
    if (open.length === 0) return 0;
    const roundName = interview.round?.name ?? '';
    await this.dataSource.transaction((tx) =>
      this.mails.scorecardReminders(
        tx,
        { applicationId: interview.applicationId, roundName, startsAt: interview.startsAt },
        open,
        new Date(),
      ),
    );
    this.logger.log(`Reminded ${open.length} interviewer(s) of their open scorecard for interview ${interviewId}`);
    return open.length;
  }
}
