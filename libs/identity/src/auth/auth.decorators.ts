import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { Role } from '../roles/role';
import type { Viewer } from './viewer';

export const PUBLIC_KEY = 'relais:public';
export const ROLES_KEY = 'relais:roles';

/** Reachable without signing in. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Signed in and holding at least one of these roles. */
export const RequireRoles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export function requestOf(context: ExecutionContext): Request {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
  }
  return context.switchToHttp().getRequest<Request>();
}

/** The signed-in person; only on routes the guard protects. */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer => {
  const viewer = requestOf(context).viewer;
  if (!viewer) throw new Error('CurrentViewer used on a public route');
  return viewer;
});

/** The signed-in person or null, for public routes. */
export const OptionalViewer = createParamDecorator(
  (_: unknown, context: ExecutionContext): Viewer | null => requestOf(context).viewer ?? null,
);
