import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { RELAIS_CONFIG, RelaisConfig } from '@relais/config';
import type { Request } from 'express';
import { ScimError } from './scim-error';

/**
 * The IdP's bearer token (SCIM_TOKEN). Compared as SHA-256 digests in constant time: neither the length nor
 * the first differing byte of a guess shows in the timing. Nothing is stored: the token lives in the
 * environment only.
 */
@Injectable()
export class ScimTokenGuard implements CanActivate {
  private readonly expected: Buffer | undefined;

  constructor(@Inject(RELAIS_CONFIG) config: RelaisConfig) {
    this.expected = config.scim.token ? digest(config.scim.token) : undefined;
  }

  canActivate(context: ExecutionContext): boolean {
    if (!this.expected)
      throw new ScimError(404, 'SCIM provisioning is not enabled on this Relais (set SCIM_TOKEN).');
    const header = context.switchToHttp().getRequest<Request>().headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match || !timingSafeEqual(digest(match[1]!), this.expected)) {
      throw new ScimError(401, 'A valid bearer token is required.');
    }
    return true;
  }
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
