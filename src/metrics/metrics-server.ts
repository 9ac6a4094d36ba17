import { createServer, IncomingMessage, Server, ServerResponse, STATUS_CODES } from 'node:http';
import { AddressInfo } from 'node:net';
import { Problem, PROBLEM_CONTENT_TYPE, problemType } from '../common/errors/problem';
import { assignRequestId } from '../common/http/request-id';
import { MetricsToken } from './metrics-access.guard';
import { SiftMetrics } from './sift-metrics';

/**
 * A worker has no HTTP server of its own: with METRICS_PORT it gets this
 * one, which answers `GET /metrics` to METRICS_TOKEN and nothing else (a
 * worker signs nobody in), in the API's problem format when it refuses.
 */
export async function serveMetrics(
  metrics: SiftMetrics,
  options: { token: string; port: number; host: string },
): Promise<{ server: Server; url: string }> {
  const token = new MetricsToken(options.token);
  const server = createServer((request, response) => {
    response.setHeader('Cache-Control', 'no-store');
    assignRequestId(request, response);
    if (new URL(request.url ?? '/', 'http://worker').pathname !== '/metrics') {
      return refuse(request, response, 404, 'ROUTE_NOT_FOUND', 'A worker answers GET /metrics only');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refuse(request, response, 405, 'METHOD_NOT_ALLOWED', 'A worker answers GET /metrics only');
    }
    const presented = MetricsToken.presentedIn(request.headers.authorization);
    if (presented === undefined) {
      return refuse(request, response, 401, 'TOKEN_MISSING', 'This route needs METRICS_TOKEN as a bearer token');
    }
    if (!token.matches(presented)) {
      return refuse(request, response, 401, 'TOKEN_INVALID', 'The bearer token is not METRICS_TOKEN');
    }
    metrics.scrape().then(
      ({ contentType, text }) => response.writeHead(200, { 'Content-Type': contentType }).end(text),
      () => refuse(request, response, 500, 'INTERNAL_ERROR', 'The metrics could not be read'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  return { server, url: `http://${address.includes(':') ? `[${address}]` : address}:${port}/metrics` };
}

function refuse(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  code: string,
  detail: string,
): void {
  const problem: Problem = {
    type: problemType(code),
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    code,
    instance: request.url ?? '/',
    requestId: String((request as { id?: unknown }).id ?? ''),
  };
  response.writeHead(status, { 'Content-Type': PROBLEM_CONTENT_TYPE }).end(JSON.stringify(problem));
}
