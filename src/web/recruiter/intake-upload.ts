import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import multer, { MulterError } from 'multer';
import { Observable } from 'rxjs';
import { DomainError } from '../../common/errors/domain-error';
import { Settings } from '../../config/settings';
import { CvUploadTooLargeError, MalformedUploadError } from '../../cvs/cvs.errors';
import { INTAKE_MAX_FILES } from './intake.view';

export class TooManyCvFilesError extends DomainError {
  constructor() {
    super('INTAKE_TOO_MANY_FILES', 'unprocessable', `At most ${INTAKE_MAX_FILES} files at once`, {
      max: INTAKE_MAX_FILES,
    });
  }
}

export class NoCvFileError extends DomainError {
  constructor() {
    super('INTAKE_NO_FILE', 'invalid', 'Choose at least one file');
  }
}

export type IntakeRequest = Request & { intakeError?: DomainError };

/**
 * Reads the CV files of the intake form (up to 50, each within the CV size
 * limit) into memory after the guards have passed. What is wrong with the
 * upload as a whole is left on the request for the page to show beside the form.
 */
@Injectable()
export class IntakeUpload implements NestInterceptor {
  private readonly upload: RequestHandler;

  constructor(private readonly settings: Settings) {
    this.upload = multer({
      storage: multer.memoryStorage(),
      // Browsers send file names as UTF-8.
      defParamCharset: 'utf8',
      limits: { fileSize: settings.cv.maxBytes, files: INTAKE_MAX_FILES, fields: 5, fieldSize: 1_000 },
    }).array('file', INTAKE_MAX_FILES) as unknown as RequestHandler;
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<IntakeRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    await new Promise<void>((resolve) =>
      this.upload(request, response, (error?: unknown) => {
        if (error) request.intakeError = this.uploadError(error);
        resolve();
      }),
    );
    if (!request.intakeError && !(request.files as unknown[] | undefined)?.length) {
      request.intakeError = new NoCvFileError();
    }
    return next.handle();
  }

  private uploadError(error: unknown): DomainError {
    if (error instanceof MulterError) {
      if (error.code === 'LIMIT_FILE_SIZE') return new CvUploadTooLargeError(this.settings.cv.maxBytes);
      if (error.code === 'LIMIT_FILE_COUNT' || error.code === 'LIMIT_UNEXPECTED_FILE') return new TooManyCvFilesError();
      return new MalformedUploadError(error.message.toLowerCase());
    }
    return new MalformedUploadError(error instanceof Error ? error.message : String(error));
  }
}
