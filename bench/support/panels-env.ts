/**
 * The panel benchmark's database, chosen before anything from src/ is
 * loaded: entity column types are fixed from DATABASE_URL when their files
 * are imported, so this module must be the first import of bench/panels.ts.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const dataDir = mkdtempSync(join(tmpdir(), 'sift-bench-panels-'));
export const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dataDir, 'sift.db')}`;
export const engine = databaseUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite';

process.env.DATABASE_URL = databaseUrl;
