import type { IntervalHistogram } from 'node:perf_hooks';
import { Registry } from 'prom-client';
import { ProcessMetrics } from './process-metrics';

// The module object itself, whose functions process-metrics.ts looks up when it calls them.
const perfHooks = jest.requireActual<typeof import('node:perf_hooks')>('node:perf_hooks');

describe('the process metrics', () => {
  afterEach(() => jest.restoreAllMocks());

  it('are registered under the prefix, read when scraped', async () => {
    const registry = new Registry();
    const metrics = new ProcessMetrics(registry, 'x_');
    metrics.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const text = await registry.metrics();
    metrics.stop();
    expect(text).toMatch(/^x_process_resident_memory_bytes \d+$/m);
    expect(text).toMatch(/^x_nodejs_heap_size_used_bytes \d+$/m);
    expect(text).toMatch(/^x_nodejs_eventloop_lag_p99_seconds [\d.e-]+$/m);
    expect(text).toContain('# TYPE x_nodejs_gc_duration_seconds histogram');
    expect(text).not.toMatch(/^(?!x_|#|$)/m);
  });

  it('stop the event-loop monitor and the GC observer they started, which nothing else would', () => {
    const monitor = jest.spyOn(perfHooks, 'monitorEventLoopDelay');
    const disconnect = jest.spyOn(perfHooks.PerformanceObserver.prototype, 'disconnect');
    const metrics = new ProcessMetrics(new Registry(), 'x_');
    metrics.start();
    expect(monitor).toHaveBeenCalledTimes(1);
    const histogram = monitor.mock.results[0].value as IntervalHistogram;
    const disable = jest.spyOn(histogram, 'disable');
    metrics.stop();
    expect(disable).toHaveBeenCalledTimes(1);
    expect(disconnect).toHaveBeenCalledTimes(1);
    // Started again only by start().
    metrics.stop();
    expect(monitor).toHaveBeenCalledTimes(1);
  });
});
