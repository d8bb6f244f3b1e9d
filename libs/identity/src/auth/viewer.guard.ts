import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, ErrorCode, unauthenticated } from '@relais/common';
import { Role } from '../roles/role';
import { SESSION_COOKIE } from '../sessions/session-token';
import { SessionsService } from '../sessions/sessions.service';
import { PUBLIC_KEY, requestOf, ROLES_KEY } from './auth.decorators';
import { hasRole } from './viewer';

/**
 * Resolves the viewer from the session cookie once per request, then enforces `@Public()` and
 * `@RequireRoles()`. Installed globally: everything is private unless it says otherwise.
 */
@Injectable()
export class ViewerGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const type = context.getType<string>();
    if (type !== 'graphql' && type !== 'http') return true;
    const req = requestOf(context);
    if (req.viewer === undefined) {
      const cookies = (req.cookies ?? {}) as Record<string, unknown>;
      req.viewer = await this.sessions.resolve(cookies[SESSION_COOKIE]);
    }
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    if (!req.viewer) throw unauthenticated();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles?.length && !roles.some((role) => hasRole(req.viewer!, role))) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        `This needs one of these roles: ${roles.join(', ')}. Ask an administrator if you need it.`,
      );
    }
    return true;
  }
}
