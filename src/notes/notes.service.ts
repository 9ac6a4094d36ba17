import { ensureNotErased } from '../candidates/candidates.errors';
import { Injectable } from '@nestjs/common';
import { personal } from '../audit/audit-record';
import { AuditTrail } from '../audit/audit-trail';
import { ApplicationsService } from '../applications/applications.service';
import { CandidatesService } from '../candidates/candidates.service';
import { AuthenticatedUser } from '../common/auth/decorators';
import { Transactions } from '../database/transactions';
import { Mailer } from '../mail/mailer';
import { userMail } from '../mail/pipeline-mails';
import { CreateNoteDto } from './dto/note.dto';
import { Note } from './entities/note.entity';
import { findMentions } from './mentions';
import { NoteApplicationError } from './notes.errors';
import { NotesRepository } from './notes.repository';

export interface NoteView {
  note: Note;
  authorName: string | null;
  mentions: { id: string; name: string }[];
  /** For a note just written: the @names that matched no colleague. */
  unmatched?: string[];
}

/**
 * Colleagues' notes on a candidate. A note's @mentions are resolved against
 * the colleagues who may read the candidate, and each one named gets a mail
 * queued in the note's own transaction.
 */
@Injectable()
export class NotesService {
  constructor(
    private readonly notes: NotesRepository,
    private readonly candidates: CandidatesService,
    private readonly applications: ApplicationsService,
    private readonly mailer: Mailer,
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
  ) {}

  /** Newest first; only for those who may read the candidate (others get 404). */
  async list(candidateId: string, viewer: AuthenticatedUser): Promise<NoteView[]> {
    await this.candidates.get(candidateId, viewer);
    const notes = await this.notes.listOf(candidateId);
    const names = await this.notes.names([...new Set(notes.flatMap((note) => note.mentions))]);
    return notes.map(({ authorName, ...note }) => ({
      note,
      authorName,
      mentions: note.mentions.map((id) => ({ id, name: names.get(id) ?? '' })).filter((one) => one.name),
    }));
  }

  async add(candidateId: string, input: CreateNoteDto, author: AuthenticatedUser): Promise<NoteView> {
    const candidate = await this.candidates.get(candidateId, author);
    ensureNotErased(candidate);
    if (input.applicationId) {
      const { application } = await this.applications.get(input.applicationId, author);
      if (application.candidateId !== candidateId) throw new NoteApplicationError(input.applicationId);
    }
    const text = input.text.trim();
    const colleagues = await this.notes.colleaguesFor(candidateId);
    const { found, unmatched } = findMentions(text, colleagues);
    const told = colleagues.filter((colleague) => found.some((one) => one.id === colleague.id));
    const now = new Date();
    const note = await this.transactions.run(async (tx) => {
      const recorded = await this.notes.record(tx, {
        candidateId,
        applicationId: input.applicationId ?? null,
        authorId: author.id,
        text,
        mentions: told.map((colleague) => colleague.id),
        createdAt: now,
      });
      const context = { candidateId, candidateName: candidate.name, authorName: author.name, note: text };
      await this.mailer.queueIn(
        tx,
        told
          .filter((colleague) => colleague.id !== author.id)
          .map((colleague) => ({
            ...userMail('note-mention', input.applicationId ?? null, colleague, context, now),
            sentBy: author.id,
          })),
        now,
      );
      await this.audit.record(tx, {
        action: 'note.added',
        subject: { type: 'note', id: recorded.id },
        candidateId,
        details: { applicationId: input.applicationId ?? null, text: personal(text) },
      });
      return recorded;
    });
    return {
      note,
      authorName: author.name,
      mentions: told.map(({ id, name }) => ({ id, name })),
      unmatched,
    };
  }
}
