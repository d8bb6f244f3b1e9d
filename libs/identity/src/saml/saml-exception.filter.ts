import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainError, ErrorCode } from '@relais/common';
import type { Response } from 'express';
import { SamlRejection } from './saml-response-checks';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.CONFLICT]: 409,
};

/**
 * A refused SAML message gets a short page with a reason code; the details (which check failed, on what)
 * go to the log only, so an attacker probing the ACS learns nothing.
 */
@Catch()
export class SamlExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Saml');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    let status = 401;
    let reason = 'INVALID_RESPONSE';
    if (exception instanceof SamlRejection) {
      status = exception.status;
      reason = exception.reason;
      this.logger.warn(`refused: ${exception.reason}: ${exception.message}`);
    } else if (exception instanceof DomainError) {
      status = STATUS[exception.code] ?? 400;
      reason = exception.details.reason ?? exception.code;
      this.logger.warn(`refused: ${reason}: ${exception.message}`);
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      reason = status === 429 ? 'RATE_LIMITED' : 'HTTP_ERROR';
      this.logger.warn(`refused: ${exception.message}`);
    } else {
      status = 500;
      reason = 'INTERNAL';
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
    }
    if (res.headersSent) return;
    res
      .status(status)
      .setHeader('Cache-Control', 'no-store')
      .type('html')
      .send(
        `<!doctype html><html lang="en"><meta charset="utf-8"><title>Sign-in failed</title>` +
          `<p>Signing in through your organisation did not work (<code id="reason">${reason}</code>).</p>` +
          `<p><a href="/auth/saml/login">Try again</a>, or contact your administrator if it keeps failing.</p></html>`,
      );
  }
}
