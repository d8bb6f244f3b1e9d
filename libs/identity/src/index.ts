import './auth/express-request';

export * from './identity.module';
export * from './auth/auth.decorators';
export * from './auth/viewer';
export * from './roles/role';
export * from './sessions/session-token';
export * from './sessions/sessions.service';
export * from './users/users.service';
export { UserEntity } from './users/user.entity';
export { Identity1764000000100 } from './migrations/1764000000100-identity';
