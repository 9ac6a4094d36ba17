import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import multer, { MulterError } from 'multer';
import { Observable } from 'rxjs';
import { ValidationFailedError } from '../common/errors/domain-error';
import { Settings } from '../config/settings';
import { CvUploadNotMultipartError, CvUploadTooLargeError, MalformedUploadError } from './cvs.errors';

/**
 * Reads one CV from a multipart body into memory, within the size limit, and
 * turns every way an upload can be wrong into an answer that names it. Runs
 * after the guards, so nobody unauthorised gets a body read.
 */
@Injectable()
export class CvUploadInterceptor implements NestInterceptor {
  private readonly upload: RequestHandler;

  constructor(private readonly settings: Settings) {
    this.upload = multer({
      storage: multer.memoryStorage(),
      limits: { fileSize: settings.cv.maxBytes, files: 1, fields: 10, fieldSize: 10_000, parts: 12 },
    }).single('file') as unknown as RequestHandler;
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const type = request.headers['content-type']?.split(';')[0].trim().toLowerCase();
    if (type !== 'multipart/form-data') throw new CvUploadNotMultipartError(type);
    await new Promise<void>((resolve, reject) =>
      this.upload(request, response, (error?: unknown) => (error ? reject(this.uploadError(error)) : resolve())),
    );
    if (!request.file) {
      throw new ValidationFailedError([
        { field: 'file', messages: ['is required: the CV as a file part named "file"'] },
      ]);
    }
    return next.handle();
  }

  private uploadError(error: unknown): Error {
    if (error instanceof MulterError) {
      if (error.code === 'LIMIT_FILE_SIZE') return new CvUploadTooLargeError(this.settings.cv.maxBytes);
      if (error.code === 'LIMIT_UNEXPECTED_FILE' || error.code === 'LIMIT_FILE_COUNT') {
        return new ValidationFailedError([
          { field: error.field ?? 'file', messages: ['one file only, in the part named "file"'] },
        ]);
      }
      return new MalformedUploadError(error.message.toLowerCase());
    }
    return new MalformedUploadError(error instanceof Error ? error.message : String(error));
  }
}
