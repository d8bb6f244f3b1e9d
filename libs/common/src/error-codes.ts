/** The error codes every client can rely on, carried in GraphQL `extensions.code`. */
export enum ErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL = 'INTERNAL',
}

export interface DomainErrorDetails {
  /** Machine-readable reason inside a context, e.g. `LAST_ADMIN`. */
  reason?: string;
  /** Field-level problems for BAD_USER_INPUT: field name -> messages. */
  fields?: Record<string, string[]>;
  retryAfterSeconds?: number;
}

/**
 * An error meant for the person using Relais: its message says what to do, its code says what kind of
 * problem it is. Anything else thrown reaches clients as INTERNAL with a generic message.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) =>
  new DomainError(ErrorCode.NOT_FOUND, `${what} was not found, or you do not have access to it.`);
export const forbidden = (message: string, reason?: string) =>
  new DomainError(ErrorCode.FORBIDDEN, message, reason ? { reason } : {});
export const badInput = (message: string, fields?: Record<string, string[]>) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, fields ? { fields } : {});
export const conflict = (message: string, reason?: string) =>
  new DomainError(ErrorCode.CONFLICT, message, reason ? { reason } : {});
export const unauthenticated = (message = 'You are not signed in. Sign in and try again.') =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message);
