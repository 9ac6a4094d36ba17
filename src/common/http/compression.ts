import compression from 'compression';
import type { RequestHandler } from 'express';

/** Answers smaller than this go as they are: below it, the encoding's own overhead eats most of the gain. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Text answers (pages, JSON, CSV as it streams) compressed with brotli or
 * gzip, brotli where the client takes both; a client that names no encoding
 * gets the plain bytes. Images, PDFs and Word files are left alone
 * (compressible's list of media types decides), and so is an answer that
 * already carries a Content-Encoding, as the pages' assets do (compressed
 * once, see web/assets).
 */
export function compressionMiddleware(): RequestHandler {
  return compression({ threshold: COMPRESSION_THRESHOLD_BYTES });
}
