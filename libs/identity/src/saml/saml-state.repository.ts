import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface SamlSessionRow {
  sessionId: string;
  nameId: string;
  nameIdFormat: string | null;
  sessionIndex: string | null;
}

/**
 * The SAML state every api process shares, in PostgreSQL: requests we issued, assertions already used, and
 * what the IdP said about each session opened by SSO.
 */
@Injectable()
export class SamlStateRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async saveRequest(id: string, createdAt: Date, expiresAt: Date): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO saml_requests (id, created_at, expires_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING',
      [id, createdAt, expiresAt],
    );
  }

  /** When a live (unused, unexpired) request was issued, or null. */
  async findLiveRequest(id: string): Promise<Date | null> {
    const rows: Array<{ created_at: Date }> = await this.dataSource.query(
      'SELECT created_at FROM saml_requests WHERE id = $1 AND consumed_at IS NULL AND expires_at > now()',
      [id],
    );
    return rows[0]?.created_at ?? null;
  }

  /**
   * Marks a live request used; false when it is unknown, expired or already used. Atomic: of two responses
   * to one request arriving at two processes at once, one wins.
   */
  async consumeRequest(id: string, manager: EntityManager): Promise<boolean> {
    const [, count]: [unknown, number] = await manager.query(
      `UPDATE saml_requests SET consumed_at = now()
        WHERE id = $1 AND consumed_at IS NULL AND expires_at > now()`,
      [id],
    );
    return count > 0;
  }

  /** Records an assertion as used until it expires; false when it was already used. */
  async acceptAssertion(
    issuer: string,
    assertionId: string,
    expiresAt: Date,
    manager: EntityManager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO saml_assertions (issuer, assertion_id, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (issuer, assertion_id) DO NOTHING RETURNING assertion_id`,
      [issuer, assertionId, expiresAt],
    );
    return rows.length > 0;
  }

  async saveSession(row: SamlSessionRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO saml_sessions (session_id, name_id, name_id_format, session_index) VALUES ($1, $2, $3, $4)`,
      [row.sessionId, row.nameId, row.nameIdFormat, row.sessionIndex],
    );
  }

  async findSession(sessionId: string): Promise<SamlSessionRow | null> {
    const rows: Array<{ name_id: string; name_id_format: string | null; session_index: string | null }> =
      await this.dataSource.query(
        'SELECT name_id, name_id_format, session_index FROM saml_sessions WHERE session_id = $1',
        [sessionId],
      );
    const row = rows[0];
    return row
      ? { sessionId, nameId: row.name_id, nameIdFormat: row.name_id_format, sessionIndex: row.session_index }
      : null;
  }

  /** Ends the live sessions the IdP names in a LogoutRequest (all of the NameID's when no index is given). */
  async revokeSessionsOf(nameId: string, sessionIndexes: string[]): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE sessions s SET revoked_at = now()
         FROM saml_sessions ss
        WHERE ss.session_id = s.id AND s.revoked_at IS NULL AND lower(ss.name_id) = lower($1)
          AND (cardinality($2::text[]) = 0 OR ss.session_index = ANY($2::text[]))`,
      [nameId, sessionIndexes],
    );
    return count;
  }

  /** Drops requests and assertions past their expiry; idempotent. */
  async deleteExpired(): Promise<void> {
    await this.dataSource.query("DELETE FROM saml_requests WHERE expires_at < now() - interval '1 hour'");
    await this.dataSource.query("DELETE FROM saml_assertions WHERE expires_at < now() - interval '1 hour'");
  }
}
