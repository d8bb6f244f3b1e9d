import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RELAIS_CONFIG, RelaisConfig } from '@relais/config';
import { DataSource, MixedList } from 'typeorm';
import { dataSourceOptions, runMigrations } from './data-source';

export interface DatabaseModuleOptions {
  migrations: MixedList<Function | string>;
  applicationName: string;
}

@Module({})
export class DatabaseModule {
  /** Connects to `config.database.url` and applies pending migrations before anything else starts. */
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [RELAIS_CONFIG],
          useFactory: (config: RelaisConfig) => {
            if (!config.database.url)
              throw new Error('The database URL is not set: the embedded database did not start.');
            return {
              ...dataSourceOptions({
                url: config.database.url,
                poolSize: config.database.poolSize,
                migrations: options.migrations,
                applicationName: options.applicationName,
              }),
              autoLoadEntities: true,
            };
          },
          dataSourceFactory: async (dataSourceOpts) => {
            const dataSource = await new DataSource(dataSourceOpts!).initialize();
            await runMigrations(dataSource);
            return dataSource;
          },
        }),
      ],
    };
  }
}
