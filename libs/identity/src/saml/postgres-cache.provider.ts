import type { CacheItem, CacheProvider } from '@node-saml/node-saml';
import { SamlStateRepository } from './saml-state.repository';

/**
 * node-saml's store of issued AuthnRequest ids, in PostgreSQL so that any api process can validate the
 * response to a request another one issued.
 *
 * `removeAsync` does nothing on purpose: node-saml calls `getAsync` then `removeAsync`, which two processes
 * receiving the same response could interleave. The login service instead consumes the id atomically
 * (`consumeRequest`) in the transaction that opens the session, so a request is answered once.
 */
export class PostgresCacheProvider implements CacheProvider {
  constructor(
    private readonly state: SamlStateRepository,
    private readonly ttlMs: number,
  ) {}

  async saveAsync(key: string, value: string): Promise<CacheItem | null> {
    const createdAt = new Date(value);
    const issuedAt = Number.isNaN(createdAt.getTime()) ? new Date() : createdAt;
    await this.state.saveRequest(key, issuedAt, new Date(issuedAt.getTime() + this.ttlMs));
    return { value, createdAt: issuedAt.getTime() };
  }

  async getAsync(key: string): Promise<string | null> {
    if (typeof key !== 'string' || key.length === 0 || key.length > 256) return null;
    const createdAt = await this.state.findLiveRequest(key);
    return createdAt ? createdAt.toISOString() : null;
  }

  async removeAsync(key: string | null): Promise<string | null> {
    return key;
  }
}
