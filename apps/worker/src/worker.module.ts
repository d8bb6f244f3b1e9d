import { DynamicModule, Module } from '@nestjs/common';
import { RelaisConfig } from '@relais/config';
import { PlatformModule } from '@relais/platform';

/** A process that only consumes job queues; run as many as the load needs. */
@Module({})
export class WorkerModule {
  static forRoot(config: RelaisConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot(config, { applicationName: 'relais-worker', runWorkers: true })],
    };
  }
}
