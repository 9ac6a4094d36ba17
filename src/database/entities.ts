import { ApplicationEvent } from '../applications/entities/application-event.entity';
import { Application } from '../applications/entities/application.entity';
import { CandidateFact } from '../candidates/entities/candidate-fact.entity';
import { Candidate } from '../candidates/entities/candidate.entity';
import { CandidateMerge } from '../duplicates/entities/candidate-merge.entity';
import { CandidateNotDuplicate } from '../duplicates/entities/candidate-not-duplicate.entity';
import { CvDocument } from '../cvs/entities/cv-document.entity';
import { Job } from '../jobs/entities/job.entity';
import { ScheduledRun } from '../jobs/entities/scheduled-run.entity';
import { Mail } from '../mail/entities/mail.entity';
import { InterviewerCalibration } from '../interviews/entities/interviewer-calibration.entity';
import { InterviewPanelist } from '../interviews/entities/interview-panelist.entity';
import { Interview } from '../interviews/entities/interview.entity';
import { ScorecardRevision } from '../interviews/entities/scorecard-revision.entity';
import { Scorecard } from '../interviews/entities/scorecard.entity';
import { RoleProfileVersion } from '../role-profiles/entities/role-profile-version.entity';
import { RoleProfile } from '../role-profiles/entities/role-profile.entity';
import { User } from '../users/entities/user.entity';
import { UserRole } from '../users/entities/user-role.entity';
import { UserInvitation } from '../users/entities/user-invitation.entity';
import { VacancyEvent } from '../vacancies/entities/vacancy-event.entity';
import { VacancyMember } from '../vacancies/entities/vacancy-member.entity';
import { VacancyRound } from '../vacancies/entities/vacancy-round.entity';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { WebSession } from '../web/session/web-session.entity';
import { Note } from '../notes/entities/note.entity';
import { SelfIdentification } from '../fairness/entities/self-identification.entity';
import { ApplicationUnblinding } from '../panel-access/entities/application-unblinding.entity';
import { AuditEntry } from '../audit/entities/audit-entry.entity';
import { AuditPersonalValue } from '../audit/entities/audit-personal-value.entity';
import { LegalHold } from '../privacy/legal-holds/legal-hold.entity';
import { CandidateErasure } from '../privacy/erasure/candidate-erasure.entity';

/** Every entity, listed once so the app, the CLI and the tests agree. */
export const entities = [
  User,
  UserRole,
  UserInvitation,
  RoleProfile,
  RoleProfileVersion,
  Candidate,
  CandidateFact,
  CandidateMerge,
  CandidateNotDuplicate,
  CvDocument,
  Vacancy,
  VacancyMember,
  VacancyRound,
  VacancyEvent,
  Application,
  ApplicationEvent,
  Interview,
  InterviewPanelist,
  Scorecard,
  ScorecardRevision,
  InterviewerCalibration,
  Job,
  ScheduledRun,
  Mail,
  WebSession,
  Note,
  SelfIdentification,
  ApplicationUnblinding,
  AuditEntry,
  AuditPersonalValue,
  LegalHold,
  CandidateErasure,
];
