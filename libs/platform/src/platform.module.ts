import { randomUUID } from 'node:crypto';
import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, RelaisConfig } from '@relais/config';
import { ContentModule } from '@relais/content';
import { DatabaseModule } from '@relais/database';
import { CommunitiesModule } from '@relais/communities';
import { IdentityModule } from '@relais/identity';
import { JobsModule } from '@relais/jobs';
import { NotificationsModule } from '@relais/notifications';
import { PeopleModule } from '@relais/people';
import { SearchModule } from '@relais/search';
import { LoggerModule } from 'nestjs-pino';
import { PLATFORM_MIGRATIONS } from './migrations';

export interface PlatformOptions {
  /** Shows in logs and in PostgreSQL's pg_stat_activity. */
  applicationName: 'relais-api' | 'relais-worker';
  runWorkers: boolean;
}

/**
 * What every Relais process shares: configuration, structured logs, the database (migrated at start),
 * the job queue and the bounded contexts. The api adds HTTP and GraphQL on top; the worker adds nothing.
 */
@Module({})
export class PlatformModule {
  static forRoot(config: RelaisConfig, options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            name: options.applicationName,
            // One id per request, taken from a trusted proxy's header when present, echoed back to the client.
            genReqId: (req, res) => {
              const incoming = req.headers['x-request-id'];
              const id =
                typeof incoming === 'string' && /^[\w.-]{1,128}$/.test(incoming) ? incoming : randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
          },
        }),
        DatabaseModule.forRoot({ migrations: PLATFORM_MIGRATIONS, applicationName: options.applicationName }),
        JobsModule.forRoot({ runWorkers: options.runWorkers, applicationName: options.applicationName }),
        IdentityModule,
        PeopleModule,
        NotificationsModule,
        CommunitiesModule,
        ContentModule,
        SearchModule,
      ],
    };
  }
}
