import { HttpException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { DomainError, ErrorCode } from '@relais/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';

const INTERNAL_MESSAGE =
  'Something went wrong on our side. Try again in a moment; if it persists, contact support.';

/** Apollo's own codes for requests it could not run, all of them the client's to fix. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/**
 * Every error leaves the API with one of the codes of `ErrorCode`, a message meant for a person, and no stack
 * trace. Unknown errors become INTERNAL with a generic message; the original goes to the log.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (error: unknown) => void,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof ThrottlerException) {
    return {
      ...base,
      message: 'Too many requests. Wait a minute and try again.',
      extensions: { code: ErrorCode.RATE_LIMITED },
    };
  }
  if (original instanceof HttpException) {
    return fromHttpException(base, original);
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
    // Our own refusals (depth and complexity limits) say why in `reason`; clients branch on it.
    const reason = formatted.extensions?.['reason'];
    return {
      ...base,
      extensions: { code: ErrorCode.BAD_USER_INPUT, ...(typeof reason === 'string' ? { reason } : {}) },
    };
  }
  if (
    typeof code === 'string' &&
    (Object.values(ErrorCode) as string[]).includes(code) &&
    code !== 'INTERNAL'
  ) {
    return { ...base, extensions: { code } };
  }
  log(original);
  return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
}

function fromHttpException(
  base: Pick<GraphQLFormattedError, 'message' | 'locations' | 'path'>,
  exception: HttpException,
): GraphQLFormattedError {
  const status = exception.getStatus();
  const response = exception.getResponse();
  if (status === 400) {
    // class-validator's messages, from the ValidationPipe.
    const body = (typeof response === 'object' && response ? response : {}) as {
      message?: unknown;
      fields?: Record<string, string[]>;
    };
    const messages = Array.isArray(body.message) ? (body.message as string[]) : [exception.message];
    return {
      ...base,
      message: `Some values are not valid: ${messages.join('; ')}.`,
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        problems: messages,
        ...(body.fields ? { fields: body.fields } : {}),
      },
    };
  }
  const code =
    status === 401
      ? ErrorCode.UNAUTHENTICATED
      : status === 403
        ? ErrorCode.FORBIDDEN
        : status === 404
          ? ErrorCode.NOT_FOUND
          : status === 409
            ? ErrorCode.CONFLICT
            : status === 429
              ? ErrorCode.RATE_LIMITED
              : ErrorCode.INTERNAL;
  return {
    ...base,
    message: code === ErrorCode.INTERNAL ? INTERNAL_MESSAGE : exception.message,
    extensions: { code },
  };
}
