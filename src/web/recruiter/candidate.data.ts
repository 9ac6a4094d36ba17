import { Injectable } from '@nestjs/common';
import { ApplicationsModule } from '../../applications/applications.module';
import { CandidatesModule } from '../../candidates/candidates.module';
import { CvsModule } from '../../cvs/cvs.module';
import { InterviewsModule } from '../../interviews/interviews.module';
import { MailRequestsModule } from '../../mail/mail-requests.module';
import { NotesModule } from '../../notes/notes.module';
import { RoleProfilesModule } from '../../role-profiles/role-profiles.module';
import type { ApplicationListRow } from '../../applications/application-lists.repository';
import { ApplicationNotFoundError } from '../../applications/applications.errors';
import { ApplicationsService } from '../../applications/applications.service';
import type { Application } from '../../applications/entities/application.entity';
import type { ApplicationEventDto } from '../../applications/dto/application-event.dto';
import { ShortlistService } from '../../applications/shortlist.service';
import type { ShortlistNeighbour } from '../../applications/application-lists.repository';
import { CandidatesService } from '../../candidates/candidates.service';
import type { Candidate } from '../../candidates/entities/candidate.entity';
import { AuthenticatedUser } from '../../common/auth/decorators';
import { CvsService } from '../../cvs/cvs.service';
import type { CvDocument } from '../../cvs/entities/cv-document.entity';
import { InterviewsService } from '../../interviews/interviews.service';
import { ScorecardsService } from '../../interviews/scorecards.service';
import { MailRequestsService } from '../../mail/mail-requests.service';
import type { MailDto } from '../../mail/dto/mail.dto';
import { NotesService, NoteView } from '../../notes/notes.service';
import { RoleProfilesService } from '../../role-profiles/role-profiles.service';
import type { Language } from '../../users/entities/user.entity';
import { DuplicatesModule } from '../../duplicates/duplicates.module';
import { DuplicatesService, DuplicateProposal } from '../../duplicates/duplicates.service';

/** The features the candidate page reads from, for the web module to import. */
export const CANDIDATE_PAGE_IMPORTS = [
  CandidatesModule,
  CvsModule,
  ApplicationsModule,
  MailRequestsModule,
  InterviewsModule,
  NotesModule,
  RoleProfilesModule,
  DuplicatesModule,
];

/** How many of a candidate's applications the page lists, and reads the timelines of. */
export const PAGE_APPLICATIONS = 20;

export type TimelineEvent =
  | { kind: 'move'; at: Date; vacancyTitle: string; move: ApplicationEventDto }
  | { kind: 'mail'; at: Date; vacancyTitle: string; mail: MailDto }
  | { kind: 'scorecard'; at: Date; vacancyTitle: string; roundName: string; recommendation: string | null }
  | { kind: 'note'; at: Date; note: NoteView };

export interface CandidatePageData {
  candidate: Candidate;
  cvs: CvDocument[];
  /** The newest CV, with its text. */
  cv?: CvDocument;
  applications: ApplicationListRow[];
  applicationsTotal: number;
  /** The application the page is about: the one asked for, or the newest. */
  selected?: { application: Application; vacancyTitle: string; language: Language };
  /** Only when the page was opened from an application: its neighbours in the shortlist. */
  neighbours?: { previous?: ShortlistNeighbour; next?: ShortlistNeighbour };
  events: TimelineEvent[];
  notes: NoteView[];
  /** Others who may be the same person. */
  duplicates?: DuplicateProposal[];
  /** Whether the reader may open the original CV file; false while a blind application waits to be unblinded. */
  originalOpen?: boolean;
}

/**
 * Gathers the candidate page from the services the API calls, each checking
 * what the viewer may see: the candidate with their facts, CVs, applications,
 * the chosen application's screening, and the timeline of every application.
 */
@Injectable()
export class CandidatePageLoader {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly cvs: CvsService,
    private readonly applications: ApplicationsService,
    private readonly shortlist: ShortlistService,
    private readonly mails: MailRequestsService,
    private readonly interviews: InterviewsService,
    private readonly scorecards: ScorecardsService,
    private readonly notes: NotesService,
    private readonly profiles: RoleProfilesService,
    private readonly duplicates: DuplicatesService,
  ) {}

  async load(candidateId: string, applicationId: string | undefined, viewer: AuthenticatedUser) {
    const candidate = await this.candidates.get(candidateId, viewer);
    const cvs = await this.cvs.list(candidateId, viewer);
    const cv = cvs.length ? (await this.cvs.get(candidateId, cvs[0].id, viewer)).cv : undefined;
    const { rows: applications, total: applicationsTotal } = await this.applications.list(
      { candidateId, limit: PAGE_APPLICATIONS, offset: 0, sort: '-appliedAt' },
      viewer,
    );
    if (applicationId && !applications.some((row) => row.id === applicationId)) {
      throw new ApplicationNotFoundError(applicationId);
    }
    const chosen = applicationId ?? applications[0]?.id;
    const data: CandidatePageData = {
      candidate,
      cvs,
      cv,
      applications,
      applicationsTotal,
      events: [],
      notes: await this.notes.list(candidateId, viewer),
      duplicates: await this.duplicates.proposalsFor(candidateId),
      originalOpen: await this.cvs.mayOpenOriginal(candidateId, viewer),
    };
    if (chosen) {
      const { application, vacancy } = await this.applications.get(chosen, viewer);
      const { profile } = await this.profiles.get(vacancy.roleProfileId);
      data.selected = {
        application: await this.applications.read(chosen, viewer),
        vacancyTitle: vacancy.title,
        language: profile.language,
      };
      if (applicationId) data.neighbours = await this.shortlist.neighbours(application.id, viewer);
    }
    for (const row of applications) data.events.push(...(await this.timelineOf(row, viewer)));
    data.events.push(...data.notes.map((note) => ({ kind: 'note' as const, at: note.note.createdAt, note })));
    data.events.sort((a, b) => b.at.getTime() - a.at.getTime());
    return data;
  }

  /** An application's moves and mails (as GET /applications/:id/timeline has them) and its submitted scorecards. */
  private async timelineOf(row: ApplicationListRow, viewer: AuthenticatedUser): Promise<TimelineEvent[]> {
    const vacancyTitle = row.vacancyTitle;
    const events: TimelineEvent[] = (await this.mails.timeline(row.id, viewer)).map((entry) =>
      entry.kind === 'move'
        ? { kind: 'move', at: new Date(entry.at), vacancyTitle, move: entry.move as ApplicationEventDto }
        : { kind: 'mail', at: new Date(entry.at), vacancyTitle, mail: entry.mail! },
    );
    for (const { interview, vacancy, sealed } of await this.interviews.listForApplication(row.id, viewer)) {
      if (sealed) continue;
      const roundName = vacancy.rounds.find((round) => round.id === interview.roundId)?.name ?? '';
      for (const { scorecard } of await this.scorecards.listForInterview(interview.id, viewer)) {
        events.push({
          kind: 'scorecard',
          at: scorecard.submittedAt ?? scorecard.updatedAt,
          vacancyTitle,
          roundName,
          recommendation: scorecard.recommendation,
        });
      }
    }
    return events;
  }
}
