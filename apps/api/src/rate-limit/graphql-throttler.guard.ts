import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';
import { hashSessionToken, isWellFormedToken, SESSION_COOKIE } from '@relais/identity';

/* eslint-disable @typescript-eslint/no-explicit-any -- ThrottlerGuard's own signatures use Record<string, any> */
/**
 * Limits requests per session when there is one, per client address otherwise, for GraphQL and REST alike.
 */
@Injectable()
export class GraphqlThrottlerGuard extends ThrottlerGuard {
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
}
