import { CreateUsers1795407811486 } from './1795407811486-CreateUsers';
import { CreateRoleProfilesAndCandidates1795409617042 } from './1795409617042-CreateRoleProfilesAndCandidates';
import { CreateVacancies1795458692726 } from './1795458692726-CreateVacancies';
import { CreateApplications1795458985871 } from './1795458985871-CreateApplications';
import { IndexApplicationsByVacancy1795461618357 } from './1795461618357-IndexApplicationsByVacancy';
import { AddShortlistRevision1795462736365 } from './1795462736365-AddShortlistRevision';
import { AddCvDocuments1795470000000 } from './1795470000000-AddCvDocuments';
import { AddInterviews1795480000000 } from './1795480000000-AddInterviews';
import { AddJobsAndMails1795490000000 } from './1795490000000-AddJobsAndMails';
import { AddScorecardEnteredBy1795500000000 } from './1795500000000-AddScorecardEnteredBy';
import { AddAuthThrottle1795520000000 } from './1795520000000-AddAuthThrottle';
import { ShortlistStandings1795550000000 } from './1795550000000-ShortlistStandings';
import { AddWebSessions1795560000000 } from './1795560000000-AddWebSessions';
import { IndexDashboardReads1795570000000 } from './1795570000000-IndexDashboardReads';
import { AddCandidateNotes1795580000000 } from './1795580000000-AddCandidateNotes';
import { AddCandidateDuplicates1795585000000 } from './1795585000000-AddCandidateDuplicates';
import { IndexOutbox1795590000000 } from './1795590000000-IndexOutbox';
import { IndexNewestUnconfirmedFacts1795610000000 } from './1795610000000-IndexNewestUnconfirmedFacts';
import { IndexMailsOfUser1795625000000 } from './1795625000000-IndexMailsOfUser';
import { AddApplicationEventDecision1795630000000 } from './1795630000000-AddApplicationEventDecision';
import { AddUserInvitations1795635000000 } from './1795635000000-AddUserInvitations';
import { IndexPipelineReports1795645000000 } from './1795645000000-IndexPipelineReports';
import { AddSelfIdentifications1795655000000 } from './1795655000000-AddSelfIdentifications';
import { AddAuditTrail1795665000000 } from './1795665000000-AddAuditTrail';
import { AddErasures1795669000000 } from './1795669000000-AddErasures';
import { AddBlindScreening1795660000000 } from './1795660000000-AddBlindScreening';
import { AddScoreProvenance1795666000000 } from './1795666000000-AddScoreProvenance';
import { AddLegalHolds1795668000000 } from './1795668000000-AddLegalHolds';
import { AddScheduledRuns1795670000000 } from './1795670000000-AddScheduledRuns';

/** Every migration, oldest first. A test checks that no file is missing here. */
export const migrations = [
  CreateUsers1795407811486,
  CreateRoleProfilesAndCandidates1795409617042,
  CreateVacancies1795458692726,
  CreateApplications1795458985871,
  IndexApplicationsByVacancy1795461618357,
  AddShortlistRevision1795462736365,
  AddCvDocuments1795470000000,
  AddInterviews1795480000000,
  AddJobsAndMails1795490000000,
  AddScorecardEnteredBy1795500000000,
  AddAuthThrottle1795520000000,
  ShortlistStandings1795550000000,
  AddWebSessions1795560000000,
  IndexDashboardReads1795570000000,
  AddCandidateNotes1795580000000,
  AddCandidateDuplicates1795585000000,
  IndexOutbox1795590000000,
  IndexNewestUnconfirmedFacts1795610000000,
  IndexMailsOfUser1795625000000,
  AddApplicationEventDecision1795630000000,
  AddUserInvitations1795635000000,
  IndexPipelineReports1795645000000,
  AddSelfIdentifications1795655000000,
  AddBlindScreening1795660000000,
  AddAuditTrail1795665000000,
  AddScoreProvenance1795666000000,
  AddLegalHolds1795668000000,
  AddErasures1795669000000,
  AddScheduledRuns1795670000000,
];
