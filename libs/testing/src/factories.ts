import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role } from '@relais/identity';

export interface TestUser {
  id: string;
  email: string;
  displayName: string;
}

let counter = 0;

/** A person, straight into the database. Unique e-mail unless given. */
export async function newUser(
  db: DataSource,
  overrides: Partial<{
    email: string;
    displayName: string;
    status: 'active' | 'deactivated';
    roles: Role[];
    locale: 'fr' | 'en';
    /** Several people created at the same instant exercise the `id` tie-breaker of keyset pages. */
    createdAt: Date;
  }> = {},
): Promise<TestUser> {
  counter += 1;
  const email = overrides.email ?? `person-${counter}-${randomBytes(3).toString('hex')}@example.com`;
  const displayName = overrides.displayName ?? `Person ${counter}`;
  const rows: Array<{ id: string }> = await db.query(
    `INSERT INTO users (email, display_name, status, locale, created_at)
     VALUES ($1, $2, $3, $4, COALESCE($5, now())) RETURNING id`,
    [email, displayName, overrides.status ?? 'active', overrides.locale ?? 'fr', overrides.createdAt ?? null],
  );
  const id = rows[0]!.id;
  for (const role of overrides.roles ?? []) {
    if (role !== Role.MEMBER)
      await db.query('INSERT INTO role_assignments (user_id, role) VALUES ($1, $2)', [id, role]);
  }
  return { id, email, displayName };
}

/** Row counts of tables, to prove a refused request changed nothing. */
export async function tableCounts(db: DataSource, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const rows: Array<{ n: number }> = await db.query(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = rows[0]!.n;
  }
  return counts;
}

/**
 * Every row of these tables, in a stable order, to prove a refused request changed nothing: not only no row
 * added or removed (what counts show) but no row updated either.
 */
export async function tableSnapshot(db: DataSource, tables: string[]): Promise<Record<string, string[]>> {
  const snapshot: Record<string, string[]> = {};
  for (const table of tables) {
    const rows: Array<{ row: string }> = await db.query(`SELECT t::text AS row FROM ${table} t ORDER BY 1`);
    snapshot[table] = rows.map((r) => r.row);
  }
  return snapshot;
}
