import { DomainError, ErrorKind } from '../../common/errors/domain-error';

/** The formats named in every refusal, so the recruiter knows what to send instead. */
export const READABLE_FORMATS = 'Sift reads PDF, Word (.docx), plain text and JSON Resume';

/** How a message names the file: its own name when the upload had one. */
export function describeFile(fileName?: string): string {
  const name = fileName?.trim();
  return name ? name : 'The file';
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} seconds` : `${ms} ms`;
}

export class CvFileError extends DomainError {}

export class CvUnsupportedTypeError extends CvFileError {
  /** `content` says what the file is ("a PNG image"); `advice` how to send it instead. */
  constructor(fileName: string | undefined, content: string, advice?: string) {
    const extension = /\.([A-Za-z0-9]{1,8})$/.exec(fileName ?? '')?.[1]?.toLowerCase();
    const named = extension ? `is named .${extension} but its content is ${content}` : `is ${content}`;
    const tail = advice ? `${advice}. ${READABLE_FORMATS}` : READABLE_FORMATS;
    super('CV_UNSUPPORTED_TYPE', 'unsupported_media_type', `${describeFile(fileName)} ${named}. ${tail}`);
  }
}

export class CvEncryptedError extends CvFileError {
  constructor(fileName: string | undefined, kind: 'PDF' | 'Word document') {
    super(
      'CV_ENCRYPTED',
      'unprocessable',
      `${describeFile(fileName)} is a password-protected ${kind}, so Sift cannot read it. ` +
        'Remove the password (or save an unprotected copy) and upload it again',
    );
  }
}

export class CvCorruptError extends CvFileError {
  /** `reason` finishes the sentence "… cannot be read: …". */
  constructor(fileName: string | undefined, reason: string) {
    super('CV_CORRUPT', 'unprocessable', `${describeFile(fileName)} cannot be read: ${reason}`);
  }
}

export class CvTooLargeError extends CvFileError {
  constructor(fileName: string | undefined, bytes: number, maxBytes: number) {
    super(
      'CV_TOO_LARGE',
      'unprocessable',
      `${describeFile(fileName)} is ${megabytes(bytes)}; a CV may be at most ${megabytes(maxBytes)}`,
      { bytes, maxBytes },
    );
  }
}

export class CvTooManyPagesError extends CvFileError {
  constructor(fileName: string | undefined, pages: number, maxPages: number) {
    super(
      'CV_TOO_MANY_PAGES',
      'unprocessable',
      `${describeFile(fileName)} has ${pages} pages; a CV may have at most ${maxPages}`,
      { pages, maxPages },
    );
  }
}

export class CvUnpacksTooLargeError extends CvFileError {
  /** `detail` says what was found: "unpacks to more than 50 MB", "holds 70000 parts". */
  constructor(fileName: string | undefined, detail: string) {
    super(
      'CV_UNPACKS_TOO_LARGE',
      'unprocessable',
      `${describeFile(fileName)} ${detail}, far more than a CV needs, so Sift will not open it`,
    );
  }
}

export class CvReadTimeoutError extends CvFileError {
  constructor(fileName: string | undefined, timeoutMs: number) {
    super(
      'CV_READ_TIMEOUT',
      'unprocessable',
      `Reading ${describeFile(fileName)} took longer than ${seconds(timeoutMs)}, so Sift gave up. ` +
        'Try a simpler version of the file, such as a PDF exported again from the original',
      { timeoutMs },
    );
  }
}

export class CvTooComplexError extends CvFileError {
  constructor(fileName: string | undefined) {
    super(
      'CV_TOO_COMPLEX',
      'unprocessable',
      `${describeFile(fileName)} needs more memory to read than Sift allows for one CV. ` +
        'Try a simpler version of the file, such as a PDF without large images',
    );
  }
}

export class CvReaderBusyError extends DomainError {
  constructor(retryAfterSeconds = 5) {
    super('CV_READER_BUSY', 'unavailable', 'Sift is reading many CVs at the moment; try again in a few seconds', {
      retryAfterSeconds,
    });
  }
}

const CLASS_BY_CODE: Record<string, new (...args: never[]) => DomainError> = {
  CV_UNSUPPORTED_TYPE: CvUnsupportedTypeError,
  CV_ENCRYPTED: CvEncryptedError,
  CV_CORRUPT: CvCorruptError,
  CV_TOO_LARGE: CvTooLargeError,
  CV_TOO_MANY_PAGES: CvTooManyPagesError,
  CV_UNPACKS_TOO_LARGE: CvUnpacksTooLargeError,
  CV_READ_TIMEOUT: CvReadTimeoutError,
  CV_TOO_COMPLEX: CvTooComplexError,
  CV_READER_BUSY: CvReaderBusyError,
};

/** What a domain error becomes when it crosses a thread boundary (structured clone drops the class). */
export interface SerialisedDomainError {
  code: string;
  kind: ErrorKind;
  message: string;
  extras: Record<string, unknown>;
}

export function serialiseDomainError(error: DomainError): SerialisedDomainError {
  return { code: error.code, kind: error.kind, message: error.message, extras: { ...error.extras } };
}

/**
 * Rebuilds the error as an instance of its own subclass with the message it was thrown with:
 * the subclasses' constructors compose messages, so the base constructor is run with the
 * subclass as the prototype rather than calling the subclass with made-up arguments.
 */
export function rebuildDomainError(data: SerialisedDomainError): DomainError {
  const target = CLASS_BY_CODE[data.code] ?? DomainError;
  return Reflect.construct(DomainError, [data.code, data.kind, data.message, data.extras], target) as DomainError;
}
