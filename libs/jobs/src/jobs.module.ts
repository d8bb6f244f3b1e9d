import { DynamicModule, Module } from '@nestjs/common';
import { IndexedChangesService } from './indexed-changes';
import { JobRegistry } from './job-registry';
import { JOBS_OPTIONS, JobsOptions, JobsService } from './jobs.service';

@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      providers: [
        { provide: JOBS_OPTIONS, useValue: options },
        JobRegistry,
        JobsService,
        IndexedChangesService,
      ],
      exports: [JOBS_OPTIONS, JobRegistry, JobsService, IndexedChangesService],
    };
  }
}
