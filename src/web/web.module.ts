import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { join } from 'node:path';
import { AuthModule } from '../auth/auth.module';
import { Settings } from '../config/settings';
import { resolveTokenSecret } from '../config/token-secret';
import { projectRoot } from '../mail/project-root';
import { DashboardModule } from '../dashboard/dashboard.module';
import { DuplicatesModule } from '../duplicates/duplicates.module';
import { UsersModule } from '../users/users.module';
import { ApplicationsModule } from '../applications/applications.module';
import { RoleProfilesModule } from '../role-profiles/role-profiles.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { AccountPage } from './account/account.page';
import { SignInPage } from './account/sign-in.page';
import { Assets } from './assets/assets';
import { AssetsController } from './assets/assets.controller';
import { CsrfTokens } from './csrf/csrf-tokens';
import { Catalogue } from './i18n/catalogue';
import { Formats } from './i18n/format';
import { PageGuard } from './session/page.guard';
import { SessionCookies } from './session/session-cookies';
import { WebSessionsRepository } from './session/web-sessions.repository';
import { WebSessionsService } from './session/web-sessions.service';
import { DashboardPage } from './recruiter/dashboard.page';
import { ImportPage } from './recruiter/import.page';
import { IntakePage } from './recruiter/intake.page';
import { SearchPage } from './recruiter/search.page';
import { IntakeUpload } from './recruiter/intake-upload';
import { ImportUpload } from './recruiter/import-upload';
import { CandidatesModule } from '../candidates/candidates.module';
import { CvsModule } from '../cvs/cvs.module';
import { ImportsModule } from '../imports/imports.module';
import { VacancyEditorPage } from './recruiter/vacancy-editor.page';
import { VacancyListPage } from './recruiter/vacancy-list.page';
import { VacancyNewPage } from './recruiter/vacancy-new.page';
import { VacancyPeople } from './recruiter/vacancy-pages';
import { CandidatePage } from './recruiter/candidate.page';
import { ExplanationPage } from './recruiter/explanation.page';
import { ExplanationsModule } from '../explanations/explanations.module';
import { CANDIDATE_PAGE_IMPORTS, CandidatePageLoader } from './recruiter/candidate.data';
import { DuplicatesPage } from './recruiter/duplicates.page';
import { MergePage } from './recruiter/merge.page';
import { BoardPage } from './recruiter/board.page';
import { OutboxPage } from './recruiter/outbox.page';
import { MailRequestsModule } from '../mail/mail-requests.module';
import { ManagerVacanciesPage } from './manager/vacancies.page';
import { ShortlistPage } from './manager/shortlist.page';
import { InterviewsModule } from '../interviews/interviews.module';
import { PanelPage } from './panel/panel.page';
import { PanelPageLoader } from './panel/panel.data';
import { CompareData } from './manager/compare.data';
import { ComparePage } from './manager/compare.page';
import { DecidePage } from './manager/decide.page';
import { AdminJobsPage } from './admin/jobs.page';
import { AdminAuditPage } from './admin/audit.page';
import { AuditLogModule } from '../audit/audit-log.module';
import { ErasureModule } from '../privacy/erasure/erasure.module';
import { AdminMailsPage } from './admin/mails.page';
import { AdminSettingsPage } from './admin/settings.page';
import { AdminRecordsPage } from './admin/records.page';
import { AdminRetentionPage } from './admin/retention.page';
import { RetentionModule } from '../privacy/retention/retention.module';
import { SubjectAccessPage } from './recruiter/subject-access.page';
import { PrivacyModule } from '../privacy/privacy.module';
import { AdminUsersPage } from './admin/users.page';
import { InvitationPage } from './admin/invitation.page';
import { PanelReportsPage } from './reports/panel-reports.page';
import { HealthModule } from '../health/health.module';
import { ReportsModule } from '../reports/reports.module';
import { PipelineReportPage } from './reports/pipeline.page';
import { FairnessReportPage } from './reports/fairness.page';
import { FairnessModule } from '../fairness/fairness.module';
import { ALIAS_WORDS } from '../panel-access/blind-output.interceptor';
import { PanelAccessModule } from '../panel-access/panel-access.module';
import { PageErrorFilter } from './views/page-error.filter';
import { PageRenderer } from './views/page-renderer';
import { Pages } from './views/pages';
import { pageSecurityHeaders } from './views/security-headers';

const PAGES = [
  SignInPage,
  AccountPage,
  DashboardPage,
  IntakePage,
  ImportPage,
  SearchPage,
  VacancyListPage,
  VacancyNewPage,
  VacancyEditorPage,
  CandidatePage,
  ExplanationPage,
  DuplicatesPage,
  MergePage,
  BoardPage,
  OutboxPage,
  ManagerVacanciesPage,
  ShortlistPage,
  PanelPage,
  ComparePage,
  DecidePage,
  AdminUsersPage,
  AdminJobsPage,
  AdminMailsPage,
  AdminSettingsPage,
  AdminAuditPage,
  AdminRecordsPage,
  AdminRetentionPage,
  SubjectAccessPage,
  InvitationPage,
  PanelReportsPage,
  PipelineReportPage,
  FairnessReportPage,
];

export const pagesFolder = () => join(projectRoot(), 'templates', 'pages');

/**
 * The web layer: pages rendered on the server from templates/pages, calling
 * the same services as the API; the session cookie, CSRF tokens, the
 * catalogue of words in nl, et and en, and the pages' own assets.
 */
@Module({
  imports: [
    AuthModule,
    UsersModule,
    DashboardModule,
    CandidatesModule,
    CvsModule,
    ImportsModule,
    VacanciesModule,
    RoleProfilesModule,
    ApplicationsModule,
    ...CANDIDATE_PAGE_IMPORTS,
    DuplicatesModule,
    MailRequestsModule,
    InterviewsModule,
    HealthModule,
    ReportsModule,
    FairnessModule,
    PrivacyModule,
    RetentionModule,
    PanelAccessModule,
    ExplanationsModule,
    AuditLogModule,
    ErasureModule,
  ],
  controllers: [AssetsController, ...PAGES],
  providers: [
    WebSessionsRepository,
    WebSessionsService,
    PageGuard,
    PageErrorFilter,
    Pages,
    Assets,
    IntakeUpload,
    ImportUpload,
    VacancyPeople,
    CandidatePageLoader,
    PanelPageLoader,
    CompareData,
    {
      provide: Catalogue,
      useFactory: () => Catalogue.load(join(pagesFolder(), 'i18n')),
    },
    { provide: ALIAS_WORDS, useExisting: Catalogue },
    {
      provide: PageRenderer,
      inject: [Catalogue, Settings],
      useFactory: (catalogue: Catalogue, settings: Settings) =>
        new PageRenderer(pagesFolder(), catalogue, new Formats(settings.mail.timeZone)),
    },
    {
      provide: SessionCookies,
      inject: [Settings],
      useFactory: (settings: Settings) => new SessionCookies(isHttps(settings)),
    },
    {
      provide: CsrfTokens,
      inject: [Settings],
      useFactory: (settings: Settings) =>
        new CsrfTokens(resolveTokenSecret(settings.auth.tokenSecret, settings.dataDir)),
    },
  ],
})
export class WebModule implements NestModule {
  constructor(private readonly settings: Settings) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(...pageSecurityHeaders(isHttps(this.settings))).forRoutes(...PAGES);
  }
}

function isHttps(settings: Settings): boolean {
  return settings.web.publicUrl.startsWith('https:');
}
