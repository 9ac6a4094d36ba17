/**
 * What the recruiter's dashboard weighs, part by part, as a browser gets it:
 *
 *   npm run bench:page-weight
 *
 * The built server as a real process on a fresh SQLite database, filled
 * through the API with five open vacancies of 20 to 60 applications each (see
 * support/page-scene.ts); a recruiter signed in through the page form; then
 * GET /recruiter and every stylesheet, script and icon its HTML loads, each
 * asked for plain, gzip and brotli, and the bytes of each answer's body as sent.
 * The budget: under 100 KB compressed, all parts together
 * (test/page-weight.e2e-spec.ts holds it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { weighPage, weightTable } from '../test/support/page-weight';
import { signInThroughForm } from '../test/support/raw-http';
import { buildPageScene, RECRUITER } from './support/page-scene';
import { apiClient, startBuiltServer } from './support/sift-server';

const PASSWORD = 'bench-admin-password';
const BUDGET_BYTES = 100_000;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sift-bench-page-weight-'));
  const server = await startBuiltServer({
    databaseUrl: process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dataDir, 'sift.db')}`,
    dataDir,
    adminPassword: PASSWORD,
  });
  try {
    await buildPageScene(await apiClient(server.base, PASSWORD), [60, 40, 30, 20, 20]);
    const { cookie } = await signInThroughForm(server.base, RECRUITER.email, RECRUITER.password);
    const weight = await weighPage(server.base, '/recruiter', { cookie });
    console.log(`\nGET /recruiter and everything its HTML loads, KB (1,000 bytes) as sent, Node ${process.version}:\n`);
    console.log(weightTable(weight));
    const worst = Math.max(weight.total.gzip, weight.total.br);
    console.log(
      `\nBudget ${BUDGET_BYTES / 1000} KB compressed: ${worst < BUDGET_BYTES ? 'within' : 'OVER'} ` +
        `(${((worst / BUDGET_BYTES) * 100).toFixed(0)}% of it with gzip, the larger of the two encodings)`,
    );
    if (worst >= BUDGET_BYTES) process.exitCode = 1;
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
