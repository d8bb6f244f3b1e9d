export * from './data-source';
export * from './database.module';
export * from './embedded/embedded-postgres';
export * from './embedded/local-database';
export { DatabaseExtensions1764000000000 } from './migrations/1764000000000-database-extensions';
export { RateLimit1764000000050 } from './migrations/1764000000050-rate-limit';
