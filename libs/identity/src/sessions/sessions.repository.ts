import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { Role } from '../roles/role';

export interface NewSession {
  userId: string;
  tokenHash: Buffer;
  expiresAt: Date;
  method: string;
  userAgent: string | null;
  ip: string | null;
}

interface ViewerRow {
  session_id: string;
  user_id: string;
  email: string;
  display_name: string;
  locale: 'fr' | 'en';
  roles: Role[];
  stale: boolean;
}

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(session: NewSession, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at, method, user_agent, ip)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [session.userId, session.tokenHash, session.expiresAt, session.method, session.userAgent, session.ip],
    );
    return rows[0]!.id;
  }

  /**
   * The one query behind every authenticated request: a live session of an active person, with roles.
   * `stale` says whether last_seen_at is worth refreshing (at most every five minutes).
   */
  async findViewer(tokenHash: Buffer): Promise<(Viewer & { stale: boolean }) | null> {
    const rows: ViewerRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.email, u.display_name, u.locale,
              COALESCE((SELECT array_agg(r.role ORDER BY r.role) FROM role_assignments r WHERE r.user_id = u.id),
                       '{}') AS roles,
              s.last_seen_at < now() - interval '5 minutes' AS stale
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.status = 'active'`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      sessionId: row.session_id,
      userId: row.user_id,
      email: row.email,
      displayName: row.display_name,
      locale: row.locale,
      roles: [Role.MEMBER, ...row.roles],
      stale: row.stale,
    };
  }

  async touch(sessionId: string): Promise<void> {
    await this.dataSource.query('UPDATE sessions SET last_seen_at = now() WHERE id = $1', [sessionId]);
  }

  async revoke(sessionId: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      'UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
      [sessionId],
    );
    return count > 0;
  }

  async revokeAllOfUser(userId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [, count]: [unknown, number] = await manager.query(
      'UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL',
      [userId],
    );
    return count;
  }
}
