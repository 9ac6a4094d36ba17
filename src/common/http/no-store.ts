import type { IncomingMessage, ServerResponse } from 'node:http';

/** The API documentation: Swagger UI's assets and the OpenAPI document, the same for everyone. */
const DOCS = /^\/docs(?:[/?.-]|$)/;

/**
 * `Cache-Control: no-store` on every answer but the documentation's, set
 * before any route runs so that errors, 304s and streamed files carry it
 * too. Nearly every route answers with a token or personal data (names,
 * e-mail addresses, CVs, scores), and a list that one user may read must
 * never be served from a shared cache to another; marking all of them is
 * simpler than a list of exceptions that a new route could miss.
 */
export function noStoreMiddleware(request: IncomingMessage, response: ServerResponse, next: () => void): void {
  if (!DOCS.test(request.url ?? '')) response.setHeader('Cache-Control', 'no-store');
  next();
}
