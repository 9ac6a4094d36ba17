import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import multer, { MulterError } from 'multer';
import { Observable } from 'rxjs';
import { DomainError } from '../../common/errors/domain-error';
import { Settings } from '../../config/settings';
import { MalformedUploadError } from '../../cvs/cvs.errors';

export class ImportTooLargeError extends DomainError {
  constructor() {
    super('IMPORT_TOO_LARGE', 'unprocessable', 'The import is larger than the limit (IMPORT_LIMIT)');
  }
}

export type ImportRequest = Request & { importError?: DomainError };

/** Reads the import form (a file, or pasted text) after the guards, within the import size limit. */
@Injectable()
export class ImportUpload implements NestInterceptor {
  private readonly upload: RequestHandler;

  constructor(settings: Settings) {
    this.upload = multer({
      storage: multer.memoryStorage(),
      defParamCharset: 'utf8',
      limits: { fileSize: settings.importLimitBytes, fieldSize: settings.importLimitBytes, files: 1, fields: 5 },
    }).single('file') as unknown as RequestHandler;
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<ImportRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const multipart = request.headers['content-type']?.toLowerCase().startsWith('multipart/form-data');
    if (multipart) {
      await new Promise<void>((resolve) =>
        this.upload(request, response, (error?: unknown) => {
          if (error) request.importError = uploadError(error);
          resolve();
        }),
      );
    }
    return next.handle();
  }
}

function uploadError(error: unknown): DomainError {
  if (error instanceof MulterError && ['LIMIT_FILE_SIZE', 'LIMIT_FIELD_VALUE'].includes(error.code)) {
    return new ImportTooLargeError();
  }
  return new MalformedUploadError(error instanceof Error ? error.message : String(error));
}
