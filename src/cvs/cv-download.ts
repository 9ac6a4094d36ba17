import type { CvDocument } from './entities/cv-document.entity';

/** The media type each kind of CV is stored as, and sent back with. */
export const CV_MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  text: 'text/plain; charset=utf-8',
  json_resume: 'application/json',
};
const EXTENSIONS: Record<string, string> = { pdf: '.pdf', docx: '.docx', text: '.txt', json_resume: '.json' };

/** How a stored CV is sent back: the name it came under (or one made up), and its media type. */
export function cvDownload(cv: Pick<CvDocument, 'id' | 'format' | 'fileName'>): {
  fileName: string;
  mediaType: string;
} {
  return { fileName: cv.fileName ?? `cv-${cv.id}${EXTENSIONS[cv.format]}`, mediaType: CV_MEDIA_TYPES[cv.format] };
}
