export * from './test-database';
export * from './test-config';
export * from './graphql-client';
export * from './factories';
