import type Database from 'better-sqlite3';
import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations';
import { DatabaseSettings } from '../config/settings';
import { entities } from './entities';
import { QueryLogger } from './query-logger';

export function dataSourceOptions(database: DatabaseSettings): DataSourceOptions {
  const common = {
    entities,
    migrations,
    migrationsTableName: 'migrations',
    // Migrations run through MigrationRunner at start-up, never here.
    migrationsRun: false,
    synchronize: false,
    logger: new QueryLogger(),
    maxQueryExecutionTime: 1000,
  };
  if (database.dialect === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: database.url,
      applicationName: 'sift',
      extra: { max: database.poolSize, connectionTimeoutMillis: 5000 },
    };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.sqlitePath!,
    enableWAL: true,
    timeout: database.busyTimeoutMs,
    prepareDatabase: (db: Database.Database) => {
      // In WAL mode NORMAL is safe against corruption; it may only lose the last
      // commits on power loss, not on a process crash.
      db.pragma('synchronous = NORMAL');
      // SQLite's default page cache is 2 MB, small for a server reading a shortlist's index and a
      // hundred thousand candidates' facts; 16 MB (a negative size is in KiB) keeps the hot pages.
      db.pragma('cache_size = -16000');
      // Deleted content is overwritten in the file instead of left in free pages: an erased person's data
      // must not stay readable in the database file (GDPR art. 17).
      db.pragma('secure_delete = ON');
    },
  };
}
