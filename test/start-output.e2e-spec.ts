import { spawn } from 'node:child_process';
import { compileSift, startSift } from './support/sift-process';
import { createTestDatabase, TestDatabase } from './support/test-database';

jest.setTimeout(60_000);

const BANNER =
  /\nSift is running at http:\/\/\S+\n {2}API docs: .*\n {2}Health: .*\n {2}First admin account: admin@sift\.local\n {2}Its password \(shown only this once\): [\w-]{24}\n\n$/;
const PRETTY_LINE = /^\[\d\d:\d\d:\d\d\] (INFO|WARN|ERROR): /;

/** The output once start-up is over: a moment after the banner, for anything that would come after it. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 750));

function beforeBanner(output: string): string[] {
  return output
    .slice(0, output.indexOf('\nSift is running at'))
    .split('\n')
    .filter((line) => line.trim() !== '');
}

describe('what `npm start` writes', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.drop());

  const env = () => ({ DATABASE_URL: database.url, DATA_DIR: database.dataDir, LOG_LEVEL: 'info' });

  it('to a pipe: one JSON object a line, then the URL and the first admin last', async () => {
    const sift = startSift(env());
    await sift.ready;
    await settled();
    const output = sift.stdout();
    sift.child.kill('SIGTERM');
    expect(await sift.exited).toBe(0);
    expect(output).toMatch(BANNER);
    const lines = beforeBanner(output);
    expect(lines.length).toBeGreaterThan(20);
    const messages = lines.map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages[messages.length - 1]).toBe('Nest application successfully started');
  });

  it('with LOG_FORMAT=pretty: readable lines, then the URL and the first admin last', async () => {
    const sift = startSift({ ...env(), LOG_FORMAT: 'pretty' });
    await sift.ready;
    await settled();
    const output = sift.stdout();
    sift.child.kill('SIGTERM');
    expect(await sift.exited).toBe(0);
    expect(output).toMatch(BANNER);
    const lines = beforeBanner(output);
    // Each entry is one readable line; extra fields follow it indented.
    expect(lines.filter((line) => !PRETTY_LINE.test(line) && !line.startsWith('    '))).toEqual([]);
    expect(lines[lines.length - 1]).toMatch(/INFO: \[NestApplication\] Nest application successfully started$/);
    expect(lines.some((line) => line.includes('[RouterExplorer] Mapped {/health, GET} route'))).toBe(true);
  });

  it('at a terminal: readable lines by default (run under a pseudo-terminal by script(1))', async () => {
    const main = compileSift();
    const variables = { ...env(), PORT: '0', TZ: 'UTC', PATH: process.env.PATH ?? '' };
    const command = `${process.execPath} ${main}`;
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: variables,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let received = '';
    child.stdout.on('data', (chunk: Buffer) => (received += chunk.toString().replace(/\r/g, '')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const deadline = Date.now() + 30_000;
    while (!/Its password/.test(received) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await settled();
    const output = received;
    child.kill('SIGTERM');
    await exited;
    // eslint-disable-next-line no-control-regex
    const startUp = output.replace(/\u001b\[[0-9;]*m/g, '');
    expect(startUp).toMatch(BANNER);
    const lines = beforeBanner(startUp);
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.filter((line) => line.startsWith('{'))).toEqual([]);
    expect(lines[lines.length - 1]).toMatch(/INFO: \[NestApplication\] Nest application successfully started$/);
  });
});
