/**
 * Large text CVs through the running server: time per upload and the server's
 * resident memory, for six 10 MB plain-text CVs against a baseline of six
 * 100 KB ones sent to the same server first.
 *
 *   npm run bench:cv-large-text            # COUNT=6 SIZE_MB=10 BASE_KB=100
 *
 * The server is compiled from src/ and started as `npm start` starts it (the
 * same heap flags), on a fresh SQLite database; its resident set is read from
 * /proc every 20 ms, so this runs on Linux.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileSift } from '../test/support/sift-process';

const COUNT = Number(process.env.COUNT ?? 6);
const LARGE_BYTES = Number(process.env.SIZE_MB ?? 10) * 1_000_000;
const BASE_BYTES = Number(process.env.BASE_KB ?? 100) * 1000;
const ADMIN = { email: 'admin@bench.local', password: 'bench-admin-password' };
const MB = 1024 * 1024;

const LINES = [
  'Accountmanager bij Van der Berg Logistiek, 2019 - heden',
  'Verantwoordelijk voor 40 nationale klanten en een omzet van 3 miljoen euro per jaar.',
  'Key Account Manager, Tallinn, 2015 - 2019: läbirääkimised suurklientidega.',
  'Opleiding: hbo Commerciële Economie, Hogeschool Utrecht, 2011 - 2015',
  'Talen: Nederlands (moedertaal), Engels (C1), Duits (B2)',
];

/** A text CV of about `bytes` bytes; `seed` makes each file different, so none is a repeat upload. */
function textCv(bytes: number, seed: number): Buffer {
  const lines = [`Kandidaat ${seed}`, `kandidaat.${seed}@example.com`, '+31 6 1234 5678', ''];
  let size = lines.join('\n').length;
  for (let index = 0; size < bytes; index++) {
    const line = `${LINES[index % LINES.length]} (${seed}.${index})`;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return Buffer.from(lines.join('\n')).subarray(0, bytes);
}

function rssOf(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sift-bench-cv-text-'));
  const child = spawn(process.execPath, ['--max-old-space-size=256', '--max-semi-space-size=8', compileSift()], {
    env: {
      PATH: process.env.PATH ?? '',
      TZ: 'UTC',
      PORT: '0',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      CV_PARSE_TIMEOUT_MS: '120000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const poll = setInterval(() => {
        const match = /Sift is running at (\S+)/.exec(out);
        if (match) resolve(match[1]);
        if (match || child.exitCode !== null) clearInterval(poll);
        if (child.exitCode !== null) reject(new Error(`Sift exited:\n${out}`));
      }, 20);
    });
    const pid = child.pid!;
    const login = await fetch(`${url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    const token = ((await login.json()) as { accessToken: string }).accessToken;
    const auth = { authorization: `Bearer ${token}` };
    const candidate = await fetch(`${url}/candidates`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Bench Kandidaat', email: 'bench@example.com' }),
    });
    const { id } = (await candidate.json()) as { id: string };
    const idle = rssOf(pid);

    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 20);
    const run = async (label: string, bytes: number, firstSeed: number) => {
      peak = rssOf(pid);
      const times: number[] = [];
      let warnings: unknown = [];
      for (let index = 0; index < COUNT; index++) {
        const form = new FormData();
        form.append('file', new Blob([textCv(bytes, firstSeed + index)], { type: 'text/plain' }), 'cv.txt');
        const started = performance.now();
        const response = await fetch(`${url}/candidates/${id}/cvs`, { method: 'POST', headers: auth, body: form });
        const body = (await response.json()) as { warnings?: unknown; code?: string };
        times.push(performance.now() - started);
        if (response.status !== 201) throw new Error(`${label}: ${response.status} ${JSON.stringify(body)}`);
        warnings = body.warnings ?? warnings;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const sorted = [...times].sort((a, b) => a - b);
      return {
        label,
        median: sorted[Math.floor(sorted.length / 2)],
        max: sorted[sorted.length - 1],
        peak,
        after: rssOf(pid),
        warnings,
      };
    };
    const base = await run(`${BASE_BYTES / 1000} KB`, BASE_BYTES, 1);
    const large = await run(`${LARGE_BYTES / 1_000_000} MB`, LARGE_BYTES, 1000);
    clearInterval(sampler);

    console.log(`Server resident set when idle, before the uploads: ${(idle / MB).toFixed(0)} MB`);
    console.log('| Text CV | Uploads | Median time | Slowest | Peak resident set | Resident set 1 s after |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const r of [base, large]) {
      console.log(
        `| ${r.label} | ${COUNT} | ${r.median.toFixed(0)} ms | ${r.max.toFixed(0)} ms | ${(r.peak / MB).toFixed(0)} MB | ${(r.after / MB).toFixed(0)} MB |`,
      );
    }
    console.log(
      `Ratio ${large.label} / ${base.label}: time ${(large.median / base.median).toFixed(1)}x, ` +
        `peak memory ${(large.peak / base.peak).toFixed(2)}x, after ${(large.after / base.after).toFixed(2)}x`,
    );
    console.log(`Warnings on the large uploads: ${JSON.stringify(large.warnings)}`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
