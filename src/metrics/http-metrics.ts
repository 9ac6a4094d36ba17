import { Injectable } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SiftMetrics } from './sift-metrics';

const STARTED = Symbol('sift.metrics.started');

/** What Express leaves on a request once a route matched it: the route as declared, and where its router sits. */
type RoutedRequest = IncomingMessage & { route?: { path?: unknown }; baseUrl?: string };
type TimedResponse = ServerResponse & { [STARTED]?: number; req: RoutedRequest };

/** The label sets of one route template, made once: a request only looks them up. */
class RouteSeries {
  private readonly byMethod = new Map<string, MethodSeries>();

  constructor(readonly route: string) {}

  of(method: string): MethodSeries {
    let series = this.byMethod.get(method);
    if (!series) {
      series = new MethodSeries(method, this.route);
      this.byMethod.set(method, series);
    }
    return series;
  }
}

class MethodSeries {
  readonly timing: { method: string; route: string };
  /** By status class: index 1 is 1xx, 5 is 5xx. */
  readonly counting: { method: string; route: string; status: string }[];

  constructor(method: string, route: string) {
    this.timing = { method, route };
    this.counting = ['0xx', '1xx', '2xx', '3xx', '4xx', '5xx'].map((status) => ({ method, route, status }));
  }
}

/**
 * Counts and times every answer by the route's template (`/vacancies/:id/shortlist`),
 * never the URL, so no id becomes a label. It listens for the end of each
 * answer, so refusals by guards, 404s and errors are counted with the rest;
 * a request no route matched is `unmatched`. Per request: a clock reading, a
 * listener, two map lookups and prom-client's update of two series.
 */
@Injectable()
export class HttpMetrics {
  /** By Express's route object, made once per declared route. */
  private readonly routes = new Map<object, RouteSeries>();
  private readonly unmatched = new RouteSeries('unmatched');
  readonly middleware: (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

  constructor(private readonly metrics: SiftMetrics) {
    const record = (response: TimedResponse) => this.record(response);
    // One listener for every response, called with the response as `this`: nothing is made per request.
    function finished(this: TimedResponse): void {
      record(this);
    }
    this.middleware = (_request, response, next) => {
      (response as TimedResponse)[STARTED] = performance.now();
      response.on('finish', finished);
      next();
    };
  }

  private record(response: TimedResponse): void {
    const seconds = (performance.now() - response[STARTED]!) / 1000;
    const request = response.req;
    const series = this.seriesOf(request).of(request.method ?? 'GET');
    const statusClass = Math.floor(response.statusCode / 100);
    this.metrics.httpRequests.inc(series.counting[statusClass] ?? series.counting[0]);
    this.metrics.httpDuration.observe(series.timing, seconds);
  }

  /**
   * The last route Express matched. Middleware Nest mounts for every path (the
   * request logger's, at `{/*splat}`) is a route too, and the last one matched
   * when no route of ours did: a wildcard, which none of our routes has.
   */
  private seriesOf(request: RoutedRequest): RouteSeries {
    const route = request.route;
    if (!route) return this.unmatched;
    let series = this.routes.get(route);
    if (!series) {
      const path = route.path;
      // Nest declares its routes on the application's own router: the base is '' and the same on every request.
      series =
        typeof path === 'string' && !path.includes('*')
          ? new RouteSeries((request.baseUrl ?? '') + path)
          : this.unmatched;
      this.routes.set(route, series);
    }
    return series;
  }
}
