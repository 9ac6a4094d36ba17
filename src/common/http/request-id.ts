import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';

const SAFE_ID = /^[\w.:-]{1,128}$/;

/**
 * Gives each request an id before anything else runs (even the body parser,
 * whose errors must carry it too). A caller's own X-Request-Id is kept when it
 * is sane, so logs join up across services.
 */
export function assignRequestId(request: IncomingMessage, response: ServerResponse): string {
  const existing = (request as { id?: unknown }).id;
  if (typeof existing === 'string') return existing;
  const given = request.headers['x-request-id'];
  const id = typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
  (request as { id?: string }).id = id;
  response.setHeader('X-Request-Id', id);
  return id;
}

export function requestIdMiddleware(request: IncomingMessage, response: ServerResponse, next: () => void): void {
  assignRequestId(request, response);
  next();
}
