import { constants, IntervalHistogram, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { Gauge, Histogram, Registry } from 'prom-client';

/**
 * prom-client's default collectors that read the process when scraped and
 * start nothing: CPU, resident memory, heap, file descriptors, handles,
 * start time, Node's version. `collectDefaultMetrics` would also start an
 * event-loop monitor and a GC observer that it gives no way to stop, one
 * more for every app a test process creates; those two are made below
 * instead, with the same names, and stopped when the app closes.
 */
const READ_WHEN_SCRAPED = [
  'processCpuTotal',
  'processStartTime',
  'osMemoryHeap',
  'processOpenFileDescriptors',
  'processMaxFileDescriptors',
  'processHandles',
  'processRequests',
  'processResources',
  'heapSizeAndUsed',
  'heapSpacesSizeAndUsed',
  'version',
];

type DelayStatistic = 'min' | 'max' | 'mean' | 'stddev' | 'p50' | 'p90' | 'p99';
type DefaultCollector = (registry: Registry, config: { prefix: string }) => void;

const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};

/** The process's own metrics, under the prefix: what prom-client collects by default. */
export class ProcessMetrics {
  private delay: IntervalHistogram | null = null;
  private gcObserver: PerformanceObserver | null = null;
  private readonly gcDuration: Histogram<'kind'>;

  constructor(registry: Registry, prefix: string) {
    for (const name of READ_WHEN_SCRAPED) {
      // prom-client's own collector files; its index exports only collectDefaultMetrics, which starts them all.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require(`prom-client/lib/metrics/${name}`) as DefaultCollector)(registry, { prefix });
    }
    const lag = (name: string, help: string, collect?: () => void) =>
      new Gauge({ name: `${prefix}nodejs_eventloop_lag_${name}_seconds`, help, collect, registers: [registry] });
    // All set by the first one's collect, after which the monitor starts over for the next scrape.
    const gauges: Record<DelayStatistic, Gauge> = {
      min: lag('min', 'The minimum event loop delay since the last scrape.', () => this.readDelay(gauges)),
      max: lag('max', 'The maximum event loop delay since the last scrape.'),
      mean: lag('mean', 'The mean event loop delay since the last scrape.'),
      stddev: lag('stddev', 'The standard deviation of the event loop delays since the last scrape.'),
      p50: lag('p50', 'The median event loop delay since the last scrape.'),
      p90: lag('p90', 'The 90th percentile of the event loop delays since the last scrape.'),
      p99: lag('p99', 'The 99th percentile of the event loop delays since the last scrape.'),
    };
    this.gcDuration = new Histogram({
      name: `${prefix}nodejs_gc_duration_seconds`,
      help: 'Garbage collection duration by kind, one of major, minor, incremental or weakcb.',
      labelNames: ['kind'] as const,
      buckets: [0.001, 0.01, 0.1, 1, 2, 5],
      registers: [registry],
    });
  }

  start(): void {
    if (this.delay) return;
    this.delay = monitorEventLoopDelay({ resolution: 10 });
    this.delay.enable();
    this.gcObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const kind = GC_KINDS[(entry as { detail?: { kind?: number } }).detail?.kind ?? -1] ?? 'unknown';
        this.gcDuration.observe({ kind }, entry.duration / 1000);
      }
    });
    this.gcObserver.observe({ entryTypes: ['gc'] });
  }

  stop(): void {
    this.delay?.disable();
    this.delay = null;
    this.gcObserver?.disconnect();
    this.gcObserver = null;
  }

  private readDelay(gauges: Record<DelayStatistic, Gauge>): void {
    const delay = this.delay;
    if (!delay || delay.count === 0) return;
    // The histogram counts nanoseconds.
    gauges.min.set(delay.min / 1e9);
    gauges.max.set(delay.max / 1e9);
    gauges.mean.set(delay.mean / 1e9);
    gauges.stddev.set(delay.stddev / 1e9);
    gauges.p50.set(delay.percentile(50) / 1e9);
    gauges.p90.set(delay.percentile(90) / 1e9);
    gauges.p99.set(delay.percentile(99) / 1e9);
    delay.reset();
  }
}
