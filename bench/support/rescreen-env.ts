/**
 * The re-screening benchmark's database, chosen before anything from src/ is
 * loaded: entity column types are fixed from DATABASE_URL when their files
 * are imported, so this module must be the first import of bench/rescreen.ts.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** BENCH_DATA_DIR keeps the filled database (and, on PostgreSQL, which vacancy it is) between runs. */
export const kept = process.env.BENCH_DATA_DIR;
if (kept) mkdirSync(kept, { recursive: true });
export const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'sift-bench-rescreen-'));
export const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dataDir, 'sift.db')}`;
export const postgres = databaseUrl.startsWith('postgres');

process.env.DATABASE_URL = databaseUrl;
