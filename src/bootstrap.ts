import { IMPORT_MEDIA_TYPES } from './imports/import-media-types';
import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { Problem } from './common/errors/problem';
import { compressionMiddleware } from './common/http/compression';
import { allowHttpMeetingLinks } from './common/http/meeting-link';
import { noStoreMiddleware } from './common/http/no-store';
import { useRememberingQueryParser } from './common/http/query-parser';
import { requestIdMiddleware } from './common/http/request-id';
import { createValidationPipe } from './common/http/validation';
import { Settings } from './config/settings';
import { HttpMetrics } from './metrics/http-metrics';

/**
 * Everything an app needs beyond its modules, shared by main.ts and the tests
 * so that both run exactly the same HTTP stack.
 */
export function configureApp(app: NestExpressApplication, settings: Settings): INestApplication {
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  useRememberingQueryParser(app, app.getHttpAdapter().getInstance());
  // The client's address, which the login limits count by, as the trusted proxies name it.
  if (settings.trustProxy !== undefined) app.set('trust proxy', settings.trustProxy);
  // First, so that its clock covers every other middleware, and it hears of answers they end early.
  app.use(app.get(HttpMetrics).middleware);
  app.use(requestIdMiddleware);
  app.use(compressionMiddleware());
  app.use(helmet());
  app.use(noStoreMiddleware);
  app.useBodyParser('json', { limit: settings.bodyLimitBytes, type: ['application/json', 'application/*+json'] });
  app.useBodyParser('urlencoded', { limit: settings.bodyLimitBytes, extended: false });
  // Bulk imports: JSON lines or CSV, read as text with a limit of their own.
  app.useBodyParser('text', { limit: settings.importLimitBytes, type: IMPORT_MEDIA_TYPES });
  allowHttpMeetingLinks(settings.intake.allowHttpMeetingUrls);
  app.useGlobalPipes(createValidationPipe());

  const config = new DocumentBuilder()
    .setTitle('Sift API')
    .setDescription(
      'Recruitment and candidate screening. Log in with POST /auth/login and send the token as ' +
        '"Authorization: Bearer" followed by the token. Every error is application/problem+json with a stable code.',
    )
    .setVersion(process.env.npm_package_version ?? '0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [Problem] });
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
    customSiteTitle: 'Sift API',
  });
  return app;
}
