import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { DomainError, ErrorKind } from './domain-error';
import { Problem, PROBLEM_CONTENT_TYPE, problemType } from './problem';

export const STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unsupported_media_type: 415,
  unprocessable: 422,
  too_many_requests: 429,
  unavailable: 503,
};

/** Codes for errors raised by the framework rather than by Sift's own code. */
const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

/** body-parser marks its errors with a `type`; these are the client's fault. */
const BODY_PARSER_ERRORS: Record<string, { code: string; detail: string }> = {
  'entity.parse.failed': { code: 'MALFORMED_JSON', detail: 'The request body is not valid JSON' },
  'entity.too.large': { code: 'PAYLOAD_TOO_LARGE', detail: 'The request body is larger than the limit' },
  'encoding.unsupported': { code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'The request body encoding is not supported' },
  'charset.unsupported': { code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'The request body charset is not supported' },
  'request.aborted': { code: 'REQUEST_ABORTED', detail: 'The client aborted the request' },
  'request.size.invalid': { code: 'BAD_REQUEST', detail: 'The request body length does not match its header' },
};

type ProblemBody = Omit<Problem, 'instance' | 'requestId' | 'type' | 'title'> & { headers?: Record<string, string> };

/**
 * The one place errors become HTTP answers: every failure is
 * application/problem+json, and anything unexpected is a bare 500 that is
 * logged with its stack but never shows it.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const requestId = String(request.id ?? '');

    const body = this.toProblem(exception);
    if (body.status >= 500 && !(exception instanceof DomainError)) {
      this.logger.error(
        { err: exception, requestId, method: request.method, url: request.originalUrl },
        'Unhandled error while serving a request',
      );
    }
    if (response.headersSent) {
      response.end();
      return;
    }
    const { headers, ...rest } = body;
    for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
    const problem: Problem = {
      type: problemType(rest.code),
      title: STATUS_CODES[rest.status] ?? 'Error',
      ...rest,
      instance: request.originalUrl,
      requestId,
    };
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemBody {
    if (exception instanceof DomainError) {
      const { errors, retryAfterSeconds } = exception.extras;
      return {
        status: STATUS_BY_KIND[exception.kind],
        code: exception.code,
        detail: exception.message,
        ...(errors ? { errors } : {}),
        ...(retryAfterSeconds !== undefined ? { headers: { 'Retry-After': String(retryAfterSeconds) } } : {}),
      };
    }
    const bodyParserError = this.bodyParserError(exception);
    if (bodyParserError) return bodyParserError;
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      return { status, code: CODE_BY_STATUS[status] ?? 'BAD_REQUEST', detail: this.httpDetail(exception) };
    }
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'INTERNAL_ERROR',
      detail: 'An unexpected error occurred; it has been logged with this request id',
    };
  }

  private bodyParserError(exception: unknown): ProblemBody | undefined {
    // Nest may wrap the parser's error in an HttpException; look at both.
    const candidates = [exception, exception instanceof HttpException ? exception.cause : undefined];
    for (const candidate of candidates) {
      const type = (candidate as { type?: unknown } | undefined)?.type;
      const status = (candidate as { status?: unknown } | undefined)?.status;
      if (typeof type === 'string' && BODY_PARSER_ERRORS[type] && typeof status === 'number') {
        return { status, ...BODY_PARSER_ERRORS[type] };
      }
    }
    return undefined;
  }

  private httpDetail(exception: HttpException): string {
    const response = exception.getResponse();
    if (typeof response === 'string') return response;
    const message = (response as { message?: unknown }).message;
    if (Array.isArray(message)) return message.join('; ');
    return typeof message === 'string' ? message : exception.message;
  }
}
