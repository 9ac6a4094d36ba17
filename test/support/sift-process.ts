import { transformFileSync } from '@swc/core';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const swcOptions = require('./swc-options');

const ROOT = join(__dirname, '..', '..');
// Inside node_modules so the compiled files resolve the project's packages.
const OUT = join(ROOT, 'node_modules', '.cache', 'sift-process-tests');

let compiled = false;

/**
 * Compiles src/ and migrations/ with swc (well under a second) so that tests
 * can run Sift as a real process, the way `npm start` does, without a prior build.
 */
export function compileSift(): string {
  if (compiled) return join(OUT, 'src', 'main.js');
  for (const folder of ['src', 'migrations']) {
    for (const file of listTypeScript(join(ROOT, folder))) {
      const { code } = transformFileSync(file, { ...swcOptions, swcrc: false });
      const target = join(OUT, relative(ROOT, file)).replace(/\.ts$/, '.js');
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, code);
    }
  }
  compiled = true;
  return join(OUT, 'src', 'main.js');
}

function listTypeScript(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return listTypeScript(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** A `npm run worker` process, started the same way. Resolves once it says it runs jobs. */
export function startWorker(
  env: Record<string, string>,
  startTimeoutMs = 20_000,
): {
  child: ChildProcess;
  output: () => string;
  ready: Promise<void>;
  exited: Promise<number | null>;
} {
  const worker = join(dirname(compileSift()), 'worker.js');
  const child = spawn(process.execPath, [worker], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The worker did not start:\n${out}`)), startTimeoutMs);
    const poll = setInterval(() => {
      if (/is running jobs/.test(out)) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve();
      }
    }, 20);
    void exited.then((code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`The worker exited with ${code}:\n${out}`));
    });
  });
  ready.catch(() => undefined);
  return { child, output: () => out, ready, exited };
}

export interface SiftProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the base URL once the banner is printed. */
  ready: Promise<string>;
  exited: Promise<number | null>;
}

export function startSift(env: Record<string, string>, startTimeoutMs = 20_000): SiftProcess {
  const main = compileSift();
  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Sift did not start:\n${out}\n${err}`)), startTimeoutMs);
    const poll = setInterval(() => {
      const match = /Sift is running at (\S+)/.exec(out);
      if (match) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(match[1]);
      }
    }, 20);
    void exited.then((code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`Sift exited with ${code}:\n${out}\n${err}`));
    });
  });
  ready.catch(() => undefined);
  return { child, stdout: () => out, stderr: () => err, ready, exited };
}
