import { readFileSync } from 'node:fs';

/** A server process's resident memory (VmRSS), sampled every 100 ms from outside until stopped. */
export function watchMemory(pid: number) {
  let peak = 0;
  const samples: number[] = [];
  const timer = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      samples.push(kb);
      peak = Math.max(peak, kb);
    } catch {
      // gone
    }
  }, 100);
  const phases: [string, number][] = [];
  return {
    stop: () => clearInterval(timer),
    peakMb: () => peak / 1024,
    /** Ends a phase: its peak, then starts the next from nothing. */
    phase: (name: string) => {
      phases.push([name, Math.max(0, ...samples) / 1024]);
      samples.length = 0;
    },
    /** Each phase's peak, as one line. */
    phases: () => phases.map(([name, mb]) => `${name} ${mb.toFixed(0)} MB`).join(', '),
  };
}
