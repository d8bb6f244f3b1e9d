import { DynamicModule, Module } from '@nestjs/common';
import { JobRegistry } from './job-registry';
import { JOBS_OPTIONS, JobsOptions, JobsService } from './jobs.service';

@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      providers: [{ provide: JOBS_OPTIONS, useValue: options }, JobRegistry, JobsService],
      exports: [JobRegistry, JobsService],
    };
  }
}
