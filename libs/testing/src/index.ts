export * from './test-database';
export * from './test-config';
export * from './graphql-client';
export * from './factories';
export * from './people-factories';
export * from './communities-factories';
export * from './notifications-factories';
export * from './content-factories';
