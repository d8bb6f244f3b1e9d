import { BadRequestException, ForbiddenException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { DomainError, ErrorCode } from '@relais/common';
import { GraphQLError } from 'graphql';
import { formatGraphqlError } from './error-formatting';

const format = (error: unknown, code?: string) => {
  const logged: unknown[] = [];
  const graphqlError =
    error instanceof GraphQLError
      ? error
      : new GraphQLError(error instanceof Error ? error.message : String(error), {
          originalError: error as Error,
          path: ['field'],
        });
  const json = graphqlError.toJSON();
  const formatted = code ? { ...json, extensions: { ...json.extensions, code } } : json;
  return { result: formatGraphqlError(formatted, graphqlError, (e) => logged.push(e)), logged };
};

describe('formatGraphqlError', () => {
  it('keeps a domain error’s code, message and details', () => {
    const { result, logged } = format(
      new DomainError(ErrorCode.CONFLICT, 'Make someone else an administrator first.', {
        reason: 'LAST_ADMIN',
      }),
    );
    expect(result).toMatchObject({
      message: 'Make someone else an administrator first.',
      extensions: { code: 'CONFLICT', reason: 'LAST_ADMIN' },
    });
    expect(logged).toEqual([]);
  });

  it('turns an unknown error into INTERNAL with a generic message, and logs the original', () => {
    const original = new Error('relation "role_assignments" does not exist');
    const { result, logged } = format(original);
    expect(result.extensions).toEqual({ code: 'INTERNAL' });
    expect(result.message).not.toContain('role_assignments');
    expect(JSON.stringify(result)).not.toMatch(/stack|exception/i);
    expect(logged).toEqual([original]);
  });

  it('maps validation failures to BAD_USER_INPUT with the problems listed', () => {
    const { result } = format(new BadRequestException(['email must be an e-mail address']));
    expect(result.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: ['email must be an e-mail address'],
    });
    expect(result.message).toContain('email must be an e-mail address');
  });

  it('passes the per-field messages of input validation on', () => {
    const { result } = format(
      new BadRequestException({
        message: ['title must be at most 120 characters'],
        fields: { title: ['title must be at most 120 characters'] },
      }),
    );
    expect(result.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: ['title must be at most 120 characters'],
      fields: { title: ['title must be at most 120 characters'] },
    });
  });

  it('maps HTTP exceptions and throttling to their codes', () => {
    expect(format(new ForbiddenException()).result.extensions).toEqual({ code: 'FORBIDDEN' });
    expect(format(new ThrottlerException()).result.extensions).toEqual({ code: 'RATE_LIMITED' });
  });

  it('maps Apollo’s own client errors to BAD_USER_INPUT', () => {
    const parseError = new GraphQLError('Syntax Error: Expected Name, found <EOF>.');
    expect(format(parseError, 'GRAPHQL_PARSE_FAILED').result.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(
      format(new GraphQLError('Cannot query field'), 'GRAPHQL_VALIDATION_FAILED').result.extensions,
    ).toEqual({
      code: 'BAD_USER_INPUT',
    });
  });
});
