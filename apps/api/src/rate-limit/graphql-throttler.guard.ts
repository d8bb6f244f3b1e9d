import { createHash } from 'node:crypto';
import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';
import { hashSessionToken, isWellFormedToken, SESSION_COOKIE } from '@relais/identity';

/** Marks a request already counted, with the outcome every later field of the same request shares. */
const COUNTED = Symbol('relais:rate-limit-counted');

/* eslint-disable @typescript-eslint/no-explicit-any -- ThrottlerGuard's own signatures use Record<string, any> */
/**
 * Limits requests per session when there is one, per client address otherwise, for GraphQL and REST alike.
 * One HTTP request is one hit, whatever it asks for: the guard runs for each top-level GraphQL field, and
 * the counter is shared by every operation (the library's default keeps one counter per resolver, which
 * would multiply the limit by the number of operations).
 */
@Injectable()
export class GraphqlThrottlerGuard extends ThrottlerGuard {
  override canActivate(context: ExecutionContext): Promise<boolean> {
    const req = this.getRequestResponse(context).req as { [COUNTED]?: Promise<boolean> };
    // Set before the first await, so the fields of one request that run in parallel share it.
    req[COUNTED] ??= super.canActivate(context);
    return req[COUNTED];
  }

  protected override getRequestResponse(context: ExecutionContext) {
    if (context.getType<string>() === 'graphql') {
      const ctx = GqlExecutionContext.create(context).getContext<{
        req: Record<string, any>;
        res: Record<string, any>;
      }>();
      return { req: ctx.req, res: ctx.res };
    }
    return super.getRequestResponse(context);
  }

  protected override async getTracker(req: Record<string, any>): Promise<string> {
    const token: unknown = req['cookies']?.[SESSION_COOKIE];
    if (isWellFormedToken(token)) return `session:${hashSessionToken(token).toString('base64url')}`;
    return `ip:${String(req['ip'] ?? 'unknown')}`;
  }

  /** The tracker alone (hashed: no address in the table), not the handler: one counter per session. */
  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return createHash('sha256').update(`${name}:${tracker}`).digest('base64url');
  }
}
