import { Inject, Injectable } from '@nestjs/common';
import { RELAIS_CONFIG, RelaisConfig } from '@relais/config';
import { EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { hashSessionToken, isWellFormedToken, newSessionToken } from './session-token';
import { SessionsRepository } from './sessions.repository';

export interface OpenedSession {
  token: string;
  sessionId: string;
  expiresAt: Date;
}

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    @Inject(RELAIS_CONFIG) private readonly config: RelaisConfig,
  ) {}

  async open(
    userId: string,
    method: string,
    client: { userAgent?: string | undefined; ip?: string | undefined },
    manager?: EntityManager,
  ): Promise<OpenedSession> {
    const { token, hash } = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.sessions.ttlMs);
    const sessionId = await this.sessions.create(
      {
        userId,
        tokenHash: hash,
        expiresAt,
        method,
        userAgent: client.userAgent?.slice(0, 512) ?? null,
        ip: client.ip ?? null,
      },
      manager,
    );
    return { token, sessionId, expiresAt };
  }

  /** The viewer behind a cookie value, or null for a missing, malformed, expired or revoked session. */
  async resolve(token: unknown): Promise<Viewer | null> {
    if (!isWellFormedToken(token)) return null;
    const found = await this.sessions.findViewer(hashSessionToken(token));
    if (!found) return null;
    const { stale, ...viewer } = found;
    if (stale) await this.sessions.touch(viewer.sessionId);
    return viewer;
  }

  end(sessionId: string): Promise<boolean> {
    return this.sessions.revoke(sessionId);
  }

  endAllOf(userId: string, manager?: EntityManager): Promise<number> {
    return this.sessions.revokeAllOfUser(userId, manager);
  }
}
