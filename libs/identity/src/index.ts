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
export { Identity1764000000100 } from './migrations/1764000000100-identity';
export { SESSION_CLEANUP_QUEUE } from './sessions/session-cleanup.job';
