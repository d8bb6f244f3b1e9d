import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { ThrottlerModule } from '@nestjs/throttler';
import { RELAIS_CONFIG, RelaisConfig } from '@relais/config';
import { DEMO_ACCOUNTS } from '@relais/demo';
import { DEV_SIGN_IN_ACCOUNTS } from '@relais/identity';
import { PlatformModule } from '@relais/platform';
import { DeadLettersResolver } from './admin/dead-letters.resolver';
import { graphqlOptions } from './graphql/graphql.config';
import { HealthController } from './health/health.controller';
import { MetricsController } from './metrics/metrics.controller';
import { HttpMetricsMiddleware, MetricsRegistry } from './metrics/metrics';
import { JobMetricsBridge } from './metrics/job-metrics.bridge';
import { GraphqlThrottlerGuard } from './rate-limit/graphql-throttler.guard';
import { PostgresThrottlerStorage } from './rate-limit/postgres-throttler.storage';
import { RateLimitStorageModule } from './rate-limit/rate-limit.module';
import { WebController } from './web/web.controller';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: RelaisConfig): DynamicModule {
    let schemaHost: GraphQLSchemaHost | undefined;
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config, {
          applicationName: 'relais-api',
          runWorkers: config.jobs.runWorkersInApi,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [GraphQLSchemaHost],
          useFactory: (host: GraphQLSchemaHost) => {
            schemaHost = host;
            return graphqlOptions(config, () => schemaHost!);
          },
        }),
        ThrottlerModule.forRootAsync({
          imports: [RateLimitStorageModule],
          inject: [RELAIS_CONFIG, PostgresThrottlerStorage],
          useFactory: (cfg: RelaisConfig, storage: PostgresThrottlerStorage) => ({
            throttlers: [{ name: 'default', ttl: 60_000, limit: cfg.http.rateLimitPerMinute }],
            storage,
          }),
        }),
      ],
      // WebController last: its catch-all route must not shadow the others.
      controllers: [HealthController, MetricsController, WebController],
      providers: [
        MetricsRegistry,
        JobMetricsBridge,
        DeadLettersResolver,
        // The demo people the README names come first on the development sign-in page.
        { provide: DEV_SIGN_IN_ACCOUNTS, useValue: DEMO_ACCOUNTS.map((account) => account.email) },
        { provide: APP_GUARD, useClass: GraphqlThrottlerGuard },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}
