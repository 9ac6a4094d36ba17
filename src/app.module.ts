import { ImportsModule } from './imports/imports.module';
import { ApplicationsModule } from './applications/applications.module';
import { ExplanationsModule } from './explanations/explanations.module';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AuthModule } from './auth/auth.module';
import { CandidatesModule } from './candidates/candidates.module';
import { DuplicatesModule } from './duplicates/duplicates.module';
import { CvsModule } from './cvs/cvs.module';
import { ProblemFilter } from './common/errors/problem.filter';
import { IdParamsInterceptor } from './common/http/id-params.interceptor';
import { BlindOutputInterceptor } from './panel-access/blind-output.interceptor';
import { PanelAccessModule } from './panel-access/panel-access.module';
import { assignRequestId } from './common/http/request-id';
import { ConfigModule } from './config/config.module';
import { Settings } from './config/settings';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { InterviewsModule } from './interviews/interviews.module';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { MailRequestsModule } from './mail/mail-requests.module';
import { MetricsModule } from './metrics/metrics.module';
import { RoleProfilesModule } from './role-profiles/role-profiles.module';
import { ScreeningModule } from './screening/screening.module';
import { UsersModule } from './users/users.module';
import { VacanciesModule } from './vacancies/vacancies.module';
import { WebModule } from './web/web.module';
import { NotesModule } from './notes/notes.module';
import { ReportsModule } from './reports/reports.module';
import { FairnessModule } from './fairness/fairness.module';
import { PrivacyModule } from './privacy/privacy.module';
import { ErasureModule } from './privacy/erasure/erasure.module';
import { LegalHoldsModule } from './privacy/legal-holds/legal-holds.module';
import { RetentionModule } from './privacy/retention/retention.module';
import { AuditModule } from './audit/audit.module';
import { AuditLogModule } from './audit/audit-log.module';

export interface AppOptions {
  /** Where the JSON logs go; standard output when left out. */
  logDestination?: DestinationStream;
  /** A worker process runs jobs whatever JOBS_IN_API says. */
  worker?: boolean;
}

@Module({})
export class AppModule {
  static forRoot(settings: Settings, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(settings),
        LoggerModule.forRoot({
          pinoHttp: [
            {
              level: settings.logLevel,
              genReqId: assignRequestId,
              customProps: (request: IncomingMessage) => ({ requestId: (request as { id?: unknown }).id }),
              redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
              autoLogging: { ignore: (request: IncomingMessage) => request.url === '/health' },
            },
            options.logDestination ?? process.stdout,
          ],
        }),
        DatabaseModule.forRoot(settings.database),
        AuditModule,
        JobsModule.forRoot(settings, options.worker === true || settings.jobs.runInApi),
        MetricsModule,
        MailModule,
        UsersModule,
        AuthModule,
        HealthModule,
        CandidatesModule,
        DuplicatesModule,
        RoleProfilesModule,
        ScreeningModule,
        VacanciesModule,
        ApplicationsModule,
        ExplanationsModule,
        ImportsModule,
        CvsModule,
        InterviewsModule,
        MailRequestsModule,
        NotesModule,
        ReportsModule,
        FairnessModule,
        PrivacyModule,
        ErasureModule,
        LegalHoldsModule,
        RetentionModule,
        PanelAccessModule,
        AuditLogModule,
        WebModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: IdParamsInterceptor },
        { provide: APP_INTERCEPTOR, useClass: BlindOutputInterceptor },
      ],
    };
  }
}
