import { DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DatabaseSettings } from '../config/settings';
import { dataSourceOptions } from './data-source-options';
import { runMigrations } from './migration-runner';
import { MigrationStatus } from './migration-status';
import { serialiseSqliteTransactions, Transactions } from './transactions';

@Module({})
export class DatabaseModule {
  static forRoot(database: DatabaseSettings): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [MigrationStatus, Transactions],
      exports: [MigrationStatus, Transactions],
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...dataSourceOptions(database), retryAttempts: 0 }),
          // Migrations run before any other part of the app can use the database.
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            serialiseSqliteTransactions(dataSource);
            if (database.runMigrations) {
              const applied = await runMigrations(dataSource);
              if (applied.length) new Logger('Database').log({ applied }, `Applied ${applied.length} migration(s)`);
            }
            return dataSource;
          },
        }),
      ],
    };
  }
}
