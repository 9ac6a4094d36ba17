import { AuditTrail } from '../audit/audit-trail';
import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { CandidatesService } from '../candidates/candidates.service';
import { AuthenticatedUser } from '../common/auth/decorators';
import { cvDownload } from '../cvs/cv-download';
import { CvStorage } from '../cvs/cv-storage';
import { CvDocument } from '../cvs/entities/cv-document.entity';
import { Mail } from '../mail/entities/mail.entity';
import { CandidateAccess } from '../panel-access/candidate-access.service';
import { ArchiveFile, archiveName, subjectAccessZip } from './subject-access-archive';
import { SubjectAccessBlindError } from './subject-access.errors';
import { SubjectAccessParts } from './subject-access-parts';
import { SubjectAccessRepository } from './subject-access.repository';
import { SubjectMailBodies } from './subject-mail-bodies';

export const SUBJECT_ACCESS_FORMAT = 'sift-subject-access/1';

const AUDIT_LEFT_OUT =
  'the audit trail records what users of Sift did, for accountability; the values it refers to are archived from their own tables';

const ERASURE_LEFT_OUT =
  'the record of an erasure asked for or done holds nothing of the person but that it was asked, when and why';

export interface SubjectAccessArchive {
  fileName: string;
  stream: Readable;
}

/**
 * Everything Sift holds about a person, for a recruiter to hand to them (GDPR
 * art. 15 and 20): one JSON of every table's rows about them, their merged
 * records included, and their original CV files and kept mails beside it.
 */
@Injectable()
export class SubjectAccessService {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly access: CandidateAccess,
    private readonly records: SubjectAccessRepository,
    private readonly parts: SubjectAccessParts,
    private readonly storage: CvStorage,
    private readonly mails: SubjectMailBodies,
    private readonly audit: AuditTrail,
  ) {
    // What users of Sift did with the person's data is kept for accountability, and names colleagues; the
    // person's own values it refers to are in the tables above.
    for (const table of ['audit_entries', 'audit_personal_values']) parts.leaveOut(table, AUDIT_LEFT_OUT);
    // The record that the person's data was erased, or is being: it holds nothing of theirs, and once it is
    // done there is nothing left to hand over.
    parts.leaveOut('candidate_erasures', ERASURE_LEFT_OUT);
  }

  /** 404 for an unknown candidate (naming the survivor of a merge); 403 while the recruiter sees them blind. */
  async archive(candidateId: string, viewer: AuthenticatedUser, now = new Date()): Promise<SubjectAccessArchive> {
    await this.candidates.get(candidateId);
    if (await this.access.hidesIdentity(viewer, candidateId)) throw new SubjectAccessBlindError();
    const held = await this.records.heldAbout(candidateId);
    const subject = {
      candidateIds: held.candidates.map((candidate) => candidate.id),
      applicationIds: held.applications.map((application) => application.id),
    };
    const files: ArchiveFile[] = [];
    const cvFiles = await this.cvFiles(held.cv_documents, files);
    const mails = await this.mailRows(held.mails, subject.candidateIds, files);
    const json = {
      format: SUBJECT_ACCESS_FORMAT,
      generatedAt: now.toISOString(),
      candidateId,
      files: cvFiles,
      tables: { ...held, mails, ...(await this.parts.gather(subject)) },
    };
    this.audit.noteRead({
      action: 'candidate.exported',
      subject: { type: 'candidate', id: candidateId },
      candidateId,
      details: { cvFiles: cvFiles.length },
    });
    return {
      fileName: `subject-access-${candidateId}-${now.toISOString().slice(0, 10)}.zip`,
      stream: subjectAccessZip(json, files, now),
    };
  }

  private async cvFiles(cvs: CvDocument[], files: ArchiveFile[]) {
    const listed = [];
    for (const [index, cv] of cvs.entries()) {
      const present = await this.storage.has(cv.sha256);
      const path = `cv-files/${index + 1}-${archiveName(cvDownload(cv).fileName)}`;
      if (present) {
        files.push({
          path,
          open: () => this.storage.open(cv.sha256),
          compress: cv.format === 'text' || cv.format === 'json_resume',
        });
      }
      listed.push({ cvId: cv.id, path: present ? path : null, sha256: cv.sha256, sizeBytes: cv.sizeBytes, present });
    }
    return listed;
  }

  /**
   * Mails to the person with what they said; mails to colleagues about their applications without the
   * colleague's address, which is not the person's to receive.
   */
  private async mailRows(mails: Mail[], candidateIds: string[], files: ArchiveFile[]) {
    const rows = [];
    for (const mail of mails) {
      if (!mail.candidateId || !candidateIds.includes(mail.candidateId)) {
        const { toAddress: _left, ...about } = mail;
        rows.push(about);
        continue;
      }
      const kept = await this.mails.keptFile(mail);
      const file = kept ? `mails/${mail.id}.eml` : null;
      if (kept) files.push({ path: file!, open: () => Readable.from([kept]), compress: true });
      rows.push({ ...mail, body: await this.mails.bodyOf(mail), file });
    }
    return rows;
  }
}
