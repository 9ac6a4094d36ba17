import { DomainError } from '../common/errors/domain-error';

export class CvNotFoundError extends DomainError {
  constructor(id: string) {
    super('CV_NOT_FOUND', 'not_found', `The candidate has no CV with id ${id}`);
  }
}

export class CvUploadNotMultipartError extends DomainError {
  constructor(type: string | undefined) {
    super(
      'CV_UPLOAD_NOT_MULTIPART',
      'unsupported_media_type',
      `A CV is uploaded as multipart/form-data with the file in a part named "file", not ${type ?? 'without a Content-Type'}`,
    );
  }
}

export class CvUploadTooLargeError extends DomainError {
  constructor(limitBytes: number) {
    super(
      'CV_TOO_LARGE',
      'unprocessable',
      `The CV is larger than the limit of ${formatBytes(limitBytes)} (CV_MAX_SIZE)`,
      { limitBytes },
    );
  }
}

export class MalformedUploadError extends DomainError {
  constructor(reason: string) {
    super('MALFORMED_MULTIPART', 'invalid', `The multipart body cannot be read: ${reason}`);
  }
}

/** A CV from which no candidate can be made: it names no e-mail address or no name. */
export class CvContactMissingError extends DomainError {
  constructor(missing: string[]) {
    super(
      'CV_CONTACT_MISSING',
      'unprocessable',
      `The CV names no ${missing.join(' and no ')}, so no candidate can be made from it; ` +
        'create the candidate with POST /candidates and upload the CV to /candidates/{id}/cvs',
      { missing },
    );
  }
}

export class CvFileMissingError extends DomainError {
  constructor(id: string) {
    super('CV_FILE_MISSING', 'not_found', `The original file of CV ${id} is no longer in the CV storage`);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The original file would show who a blind applicant is: assessors never get it, recruiters after unblinding. */
export class CvOriginalBlindError extends DomainError {
  constructor(recruiter: boolean) {
    super(
      'CV_ORIGINAL_BLIND',
      'forbidden',
      recruiter
        ? "This candidate applied to a vacancy screened blind: unblind their application first (POST /applications/:id/unblind, with a reason), then open the original file; the CV's text is shown with their details masked"
        : "This candidate is assessed blind: the original file is not shown; the CV's text is, with their details masked",
    );
  }
}
