import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CvReaderBusyError, CvReadTimeoutError, CvTooComplexError, rebuildDomainError } from './cv-file.errors';
import type { ExtractionJob, ExtractionReply } from './extraction-worker';
import { checkCvFile } from './sniff';
import type { ReadCvOptions } from '../../cv-reading/types';
import { CvLimits, ExtractedCv } from './types';

export interface CvTextExtractorOptions {
  /** Threads reading at once; each holds its own heap of `workerMemoryMb`. */
  workers?: number;
  /** Files waiting for a thread; beyond this extract() answers CV_READER_BUSY. */
  maxQueue?: number;
  workerMemoryMb?: number;
}

const START_TIMEOUT_MS = 30_000;

interface Job {
  id: number;
  bytes: Buffer;
  fileName?: string;
  read?: ReadCvOptions;
  resolve(cv: ExtractedCv): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Being terminated after a timeout: takes no job, and its exit is expected. */
  retired?: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
  error?: Error;
}

/**
 * Compiled, the worker is the .js beside this file. From TypeScript (Jest, ts-node) it is
 * the .ts, and the thread needs ts-node to load it: a worker does not inherit Jest's
 * transform, and it runs outside Jest's sandbox, which is also why pdf.js's dynamic import()
 * works there without --experimental-vm-modules.
 */
function workerEntry(): { file: string; execArgv: string[] } {
  if (__filename.endsWith('.ts')) {
    return {
      file: join(__dirname, 'extraction-worker.ts'),
      execArgv: ['--require', 'ts-node/register/transpile-only'],
    };
  }
  return { file: join(__dirname, 'extraction-worker.js'), execArgv: [] };
}

/**
 * Reads CVs in a few worker threads so that a hostile file costs its own thread, never the
 * server: each thread has a capped heap, each job a deadline after which its thread is
 * terminated and replaced, and a thread that dies fails only the job it held.
 */
export class CvTextExtractor {
  private readonly slots: (Slot | undefined)[];
  private readonly queue: Job[] = [];
  private readonly maxQueue: number;
  private readonly workerMemoryMb: number;
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly limits: CvLimits,
    options: CvTextExtractorOptions = {},
  ) {
    this.slots = new Array<Slot | undefined>(Math.max(1, options.workers ?? 1)).fill(undefined);
    this.maxQueue = options.maxQueue ?? 16;
    this.workerMemoryMb = options.workerMemoryMb ?? 256;
  }

  /** Size and type are checked here, before queueing, so obvious refusals cost no thread. */
  /**
   * With `read`, the thread also reads the facts from the text (not from a JSON Resume or a
   * scan), under the same deadline: a text crafted to make the reader slow is stopped too.
   */
  async extract(bytes: Buffer, fileName?: string, read?: ReadCvOptions): Promise<ExtractedCv> {
    if (this.closed) throw new CvReaderBusyError();
    checkCvFile(bytes, fileName, this.limits);
    // A free slot (idle, starting or not yet started) takes a job without it waiting in line.
    const free = this.slots.filter((slot) => !slot || (!slot.retired && !slot.job)).length;
    if (this.queue.length >= free + this.maxQueue) throw new CvReaderBusyError();
    return new Promise<ExtractedCv>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, bytes, fileName, read, resolve, reject });
      this.dispatch();
    });
  }

  /** Threads currently started; for tests and health checks. */
  get runningWorkers(): number {
    return this.slots.filter((slot) => slot !== undefined).length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new CvReaderBusyError());
    const stopping = this.slots.map((slot, index) => {
      if (!slot) return undefined;
      this.slots[index] = undefined;
      clearTimeout(slot.timer);
      slot.job?.reject(new CvReaderBusyError());
      return slot.worker.terminate();
    });
    await Promise.all(stopping);
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot && slot.ready && !slot.retired && !slot.job) this.assign(slot, this.queue.shift()!);
    }
    // Threads start lazily: only as many as the jobs left waiting for one.
    let starting = this.slots.filter((slot) => slot && !slot.ready && !slot.retired).length;
    for (let index = 0; index < this.slots.length && starting < this.queue.length; index++) {
      if (this.slots[index]) continue;
      this.slots[index] = this.start(index);
      starting++;
    }
  }

  private start(index: number): Slot {
    const entry = workerEntry();
    const worker = new Worker(entry.file, {
      execArgv: entry.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: this.workerMemoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    const slot: Slot = { worker, ready: false };
    // A thread that never reports ready would leave its jobs waiting for ever.
    slot.timer = setTimeout(() => {
      slot.error = new Error(`it was not ready after ${START_TIMEOUT_MS / 1000} s`);
      void worker.terminate();
    }, START_TIMEOUT_MS).unref();
    worker.unref();
    worker.on('message', (message: ExtractionReply) => this.onMessage(slot, message));
    // An out-of-memory or crashed thread reports 'error' and then 'exit'; 'exit' alone is handled.
    worker.on('error', (error) => (slot.error = error));
    worker.on('exit', () => this.onExit(index, slot));
    return slot;
  }

  private assign(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => this.onTimeout(slot), this.limits.parseTimeoutMs);
    // The pool's own copy is handed over, so the caller's buffer stays usable (to store it).
    const bytes = new Uint8Array(job.bytes);
    const message: ExtractionJob = { id: job.id, bytes, fileName: job.fileName, limits: this.limits, read: job.read };
    slot.worker.postMessage(message, [bytes.buffer]);
  }

  private finish(slot: Slot): Job | undefined {
    const job = slot.job;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    slot.worker.unref();
    return job;
  }

  private onMessage(slot: Slot, message: ExtractionReply): void {
    if (message.kind === 'ready') {
      clearTimeout(slot.timer);
      slot.ready = true;
    } else if (slot.job?.id === message.id) {
      const job = this.finish(slot)!;
      if (message.kind === 'done') job.resolve(message.result);
      else if (message.kind === 'refused') job.reject(rebuildDomainError(message.error));
      else job.reject(new Error(`Reading the CV failed: ${message.message}`));
    }
    this.dispatch();
  }

  private onTimeout(slot: Slot): void {
    const job = this.finish(slot);
    if (!job) return;
    slot.retired = true;
    job.reject(new CvReadTimeoutError(job.fileName, this.limits.parseTimeoutMs));
    // A thread stuck in a synchronous loop cannot be asked to stop; it is terminated and
    // its 'exit' frees the slot for a fresh one.
    void slot.worker.terminate();
  }

  private onExit(index: number, slot: Slot): void {
    if (this.slots[index] !== slot) return;
    this.slots[index] = undefined;
    const job = this.finish(slot);
    if (job) {
      job.reject(new CvTooComplexError(job.fileName));
    } else if (!slot.ready && !slot.retired) {
      // The thread died before it could read anything: the code, not a file, is at fault.
      const failure = new Error(`The CV reader thread failed to start: ${slot.error?.message ?? 'it exited'}`);
      for (const waiting of this.queue.splice(0)) waiting.reject(failure);
      return;
    }
    if (!this.closed) this.dispatch();
  }
}
