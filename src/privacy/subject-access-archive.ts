import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';

/** One file of the archive, opened only when the archive reaches it. */
export interface ArchiveFile {
  path: string;
  open: () => Readable;
  /** Worth compressing: text, not a PDF or Word file (already compressed). */
  compress: boolean;
}

/**
 * The archive as a stream: the JSON first, then each file read from where it
 * is kept as the stream reaches it, so that no more than a file's buffer is
 * held in memory, however many CVs there are.
 */
export function subjectAccessZip(json: unknown, files: ArchiveFile[], at: Date): Readable {
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(`${JSON.stringify(json, null, 2)}\n`, 'utf8'), 'subject-access.json', { mtime: at });
  for (const file of files) {
    zip.addReadStreamLazy(file.path, { mtime: at, compress: file.compress }, (done) => {
      try {
        done(null, file.open());
      } catch (error) {
        done(error, undefined as never);
      }
    });
  }
  zip.end();
  return zip.outputStream as Readable;
}

/** A name inside the archive: no folders, no leading dots, nothing a file system or an unzipper would trip on. */
export function archiveName(name: string): string {
  const printable = [...name].map((char) => (char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f ? '_' : char));
  const cleaned = printable
    .join('')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 120);
  return cleaned || 'file';
}
