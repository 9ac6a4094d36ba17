/**
 * The built server as a real process, and clients that talk to it as the API's
 * users do: shared by the benchmarks that measure Sift over
 * HTTP (pipeline, panels, pages, page weight).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
/** The first admin's e-mail address when ADMIN_EMAIL is not set. */
export const ADMIN_EMAIL = 'admin@sift.local';

export interface SiftServer {
  base: string;
  child: ChildProcess;
  /** SIGTERM, then waits for the process to exit. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  databaseUrl: string;
  dataDir: string;
  adminPassword: string;
  /** Node flags before the script (a CPU profile, say). */
  nodeFlags?: string[];
  /** More environment for the server. */
  env?: Record<string, string>;
  /** The server's own output on this terminal (BENCH_SERVER_LOGS). */
  logs?: boolean;
}

/** Starts dist/src/main.js on a free port with the Node flags of `npm start`, and waits until /health answers. */
export async function startBuiltServer(options: ServerOptions): Promise<SiftServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [...(options.nodeFlags ?? []), ...startFlags(), join(ROOT, 'dist', 'src', 'main.js')],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        DATA_DIR: options.dataDir,
        DATABASE_URL: options.databaseUrl,
        PORT: String(port),
        ADMIN_PASSWORD: options.adminPassword,
        LOG_LEVEL: 'warn',
        ...options.env,
      },
      stdio: ['ignore', options.logs ? 'inherit' : 'ignore', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitForHealth(base);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, child, stop };
}

/** The Node flags `npm start` gives the server (its heap limits), so the server here runs as it does there. */
export function startFlags(): string[] {
  const start: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start;
  return start.split(/\s+/).filter((word) => word.startsWith('--'));
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(base: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not come up');
}

/** The API as one signed-in user: a call throws on any answer but 2xx. */
export type Api = ((method: string, path: string, body?: unknown, type?: string) => Promise<any>) & { token: string };

export async function apiClient(base: string, password: string, email = ADMIN_EMAIL): Promise<Api> {
  const call = async (method: string, path: string, body?: unknown, type = 'application/json', token?: string) => {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
    return text ? JSON.parse(text) : undefined;
  };
  const { accessToken } = await call('POST', '/auth/login', { email, password });
  const api = ((method: string, path: string, body?: unknown, type?: string) =>
    call(method, path, body, type, accessToken)) as Api;
  api.token = accessToken;
  return api;
}
