import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainError, ErrorCode } from '@relais/common';
import type { Response } from 'express';

export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const SCIM_CONTENT_TYPE = 'application/scim+json';

/** RFC 7644 §3.12 scimType values Relais answers with. */
export type ScimType =
  | 'invalidFilter'
  | 'invalidValue'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'uniqueness'
  | 'mutability'
  | 'noTarget';

/** An error in SCIM's own shape: an IdP shows `detail` to its administrator. */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: ScimType,
  ) {
    super(detail);
    this.name = 'ScimError';
  }
}

export const scimNotFound = (what: string, id: string) => new ScimError(404, `${what} ${id} not found`);
export const scimInvalid = (detail: string, scimType: ScimType = 'invalidValue') =>
  new ScimError(400, detail, scimType);

const DOMAIN_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.RATE_LIMITED]: 429,
};

/** Every error under /scim/v2 leaves as a SCIM error body (schemas, status, scimType, detail). */
@Catch()
export class ScimExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Scim');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    let error: ScimError;
    if (exception instanceof ScimError) {
      error = exception;
    } else if (exception instanceof DomainError) {
      error = new ScimError(
        DOMAIN_STATUS[exception.code] ?? 400,
        exception.message,
        exception.code === ErrorCode.CONFLICT ? 'mutability' : undefined,
      );
    } else if (exception instanceof HttpException) {
      error = new ScimError(exception.getStatus(), exception.message);
    } else {
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
      error = new ScimError(500, 'Internal error; the details are in the Relais log.');
    }
    if (error.status >= 400 && error.status < 500) this.logger.warn(`${error.status} ${error.detail}`);
    if (res.headersSent) return;
    if (error.status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="relais-scim"');
    res
      .status(error.status)
      .type(SCIM_CONTENT_TYPE)
      .send(
        JSON.stringify({
          schemas: [SCIM_ERROR_SCHEMA],
          status: String(error.status),
          ...(error.scimType ? { scimType: error.scimType } : {}),
          detail: error.detail,
        }),
      );
  }
}
