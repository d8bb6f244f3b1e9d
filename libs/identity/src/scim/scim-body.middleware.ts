import { Injectable, NestMiddleware } from '@nestjs/common';
import { json } from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { SCIM_CONTENT_TYPE, SCIM_ERROR_SCHEMA } from './scim-error';

/** Parses SCIM's JSON media type (the api parses application/json already), answering errors the SCIM way. */
@Injectable()
export class ScimBodyMiddleware implements NestMiddleware {
  private readonly parse: RequestHandler = json({ type: [SCIM_CONTENT_TYPE], limit: '1mb' });

  use(req: Request, res: Response, next: NextFunction): void {
    void this.parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const tooLarge = (error as { type?: string }).type === 'entity.too.large';
      res
        .status(tooLarge ? 413 : 400)
        .type(SCIM_CONTENT_TYPE)
        .send(
          JSON.stringify({
            schemas: [SCIM_ERROR_SCHEMA],
            status: tooLarge ? '413' : '400',
            ...(tooLarge ? {} : { scimType: 'invalidSyntax' }),
            detail: tooLarge ? 'The request body is over 1 MB.' : 'The request body is not valid JSON.',
          }),
        );
    });
  }
}
