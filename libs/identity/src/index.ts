import './auth/express-request';

export * from './identity.module';
export * from './auth/auth.decorators';
export * from './auth/viewer';
export * from './roles/role';
// Public for the end-to-end tests that count how many role queries a request makes.
export { RolesRepository } from './roles/roles.repository';
export * from './sessions/session-token';
export * from './sessions/sessions.service';
export * from './users/users.service';
export { UserEntity } from './users/user.entity';
// GraphQL types other contexts reuse (a type name can be registered once).
export { AccountStatus, LocaleCode, PageInfoModel } from './users/user.model';
export { Identity1764000000100 } from './migrations/1764000000100-identity';
export { Sso1764000000150 } from './migrations/1764000000150-sso';
export { SESSION_CLEANUP_QUEUE } from './sessions/session-cleanup.job';
export { DEV_SIGN_IN_ACCOUNTS } from './sessions/sessions.resolver';
