export * from './migrations';
export * from './platform.module';
