export * from './relais-config';
export * from './config.module';
