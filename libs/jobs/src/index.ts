export * from './job-definition';
export * from './job-registry';
export * from './jobs.service';
export * from './jobs.module';
export * from './indexed-changes';
