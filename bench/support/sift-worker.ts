import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, ServerOptions, SiftServer, startFlags } from './sift-server';

/** Starts dist/src/worker.js with the Node flags of `npm start`; resolves once it says it runs jobs. */
export async function startBuiltWorker(options: ServerOptions): Promise<Omit<SiftServer, 'base'>> {
  const child = spawn(process.execPath, [...startFlags(), join(ROOT, 'dist', 'src', 'worker.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DATA_DIR: options.dataDir,
      DATABASE_URL: options.databaseUrl,
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the worker did not start:\n${out}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/is running jobs/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then(() => reject(new Error(`the worker exited:\n${out}`)));
  });
  child.stdout!.resume();
  return {
    child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
