import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import { RELAIS_CONFIG, RelaisConfig } from '@relais/config';
import { urlencoded } from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Parses the ACS's form body (the api parses JSON only), bounded a little above the largest SAMLResponse
 * accepted: the response field itself is measured exactly by the callback guard. An oversized body is
 * refused here, before it is read into memory whole.
 */
@Injectable()
export class SamlBodyMiddleware implements NestMiddleware {
  private readonly parse: RequestHandler;

  constructor(@Inject(RELAIS_CONFIG) config: RelaisConfig) {
    const max = config.saml?.maxResponseBytes ?? 256 * 1024;
    this.parse = urlencoded({ extended: false, limit: max + 16 * 1024, parameterLimit: 10 });
  }

  use(req: Request, res: Response, next: NextFunction): void {
    void this.parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const type = (error as { type?: string }).type;
      const status = type === 'entity.too.large' ? 413 : 400;
      res
        .status(status)
        .type('html')
        .send(
          `<!doctype html><title>Sign-in failed</title><p>Signing in through your organisation did not work ` +
            `(<code id="reason">${status === 413 ? 'RESPONSE_TOO_LARGE' : 'MALFORMED_REQUEST'}</code>).</p>`,
        );
    });
  }
}
