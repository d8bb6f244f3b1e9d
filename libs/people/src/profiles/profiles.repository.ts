import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PersonRecord } from './person-record';
import { personVisibleSql } from './person-visibility';

/** The columns of a `PersonRecord`; `u` is the users alias, `p` the profiles alias (LEFT JOINed). */
export const PERSON_COLUMNS = `u.id, u.display_name, split_part(u.email, '@', 1) AS handle, u.title, u.department, u.location, u.locale, u.status,
  u.created_at, COALESCE(p.bio_markdown, '') AS bio_markdown, COALESCE(p.bio_html, '') AS bio_html,
  COALESCE(p.languages, '{}') AS languages, p.avatar_url`;

export interface PersonRow {
  id: string;
  display_name: string;
  handle: string;
  title: string | null;
  department: string | null;
  location: string | null;
  locale: 'fr' | 'en';
  status: 'active' | 'deactivated';
  created_at: Date;
  bio_markdown: string;
  bio_html: string;
  languages: string[];
  avatar_url: string | null;
}

export function personFromRow(row: PersonRow): PersonRecord {
  return {
    id: row.id,
    displayName: row.display_name,
    handle: row.handle,
    title: row.title,
    department: row.department,
    location: row.location,
    locale: row.locale,
    status: row.status,
    createdAt: row.created_at,
    bioMarkdown: row.bio_markdown,
    bioHtml: row.bio_html,
    languages: row.languages,
    avatarUrl: row.avatar_url,
  };
}

/** The profile columns a write changes; undefined ones are left as they are. */
export interface ProfileChanges {
  bioMarkdown?: string | undefined;
  bioHtml?: string | undefined;
  languages?: string[] | undefined;
  avatarUrl?: string | null | undefined;
}

const PROFILE_COLUMNS: Record<keyof ProfileChanges, string> = {
  bioMarkdown: 'bio_markdown',
  bioHtml: 'bio_html',
  languages: 'languages',
  avatarUrl: 'avatar_url',
};

@Injectable()
export class ProfilesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** People by id, whatever their status, in one query (visibility is the caller's). */
  async findPeople(ids: readonly string[], manager?: EntityManager): Promise<PersonRecord[]> {
    if (ids.length === 0) return [];
    const rows: PersonRow[] = await (manager ?? this.dataSource.manager).query(
      `SELECT ${PERSON_COLUMNS} FROM users u LEFT JOIN profiles p ON p.user_id = u.id WHERE u.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map(personFromRow);
  }

  /**
   * A page of the directory in name order: people whose name or handle contains every word, ignoring case
   * and accents. `seesDeactivated` lets admins list deactivated accounts too.
   */
  async page(query: {
    words: readonly string[];
    first: number;
    after: { name: string; id: string } | null;
    seesDeactivated: boolean;
  }): Promise<{ rows: PersonRecord[]; hasNextPage: boolean }> {
    const params: unknown[] = [query.seesDeactivated];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const conditions = [personVisibleSql('u', '$1')];
    for (const word of query.words) {
      conditions.push(
        `public.relais_unaccent(lower(u.display_name || ' ' || split_part(u.email, '@', 1)))
           LIKE '%' || public.relais_unaccent(lower(${param(word)})) || '%'`,
      );
    }
    if (query.after) {
      conditions.push(
        `(u.display_name, u.id) > (${param(query.after.name)}, ${param(query.after.id)}::uuid)`,
      );
    }
    const rows: PersonRow[] = await this.dataSource.query(
      `SELECT ${PERSON_COLUMNS} FROM users u LEFT JOIN profiles p ON p.user_id = u.id
        WHERE ${conditions.join(' AND ')}
        ORDER BY u.display_name, u.id LIMIT ${param(query.first + 1)}`,
      params,
    );
    return { rows: rows.slice(0, query.first).map(personFromRow), hasNextPage: rows.length > query.first };
  }

  /** Creates the profile on first write; afterwards updates only the columns given. */
  async upsert(userId: string, changes: ProfileChanges, manager: EntityManager): Promise<void> {
    const given = (Object.keys(PROFILE_COLUMNS) as Array<keyof ProfileChanges>).filter(
      (key) => changes[key] !== undefined,
    );
    if (given.length === 0) return;
    const columns = given.map((key) => PROFILE_COLUMNS[key]);
    await manager.query(
      `INSERT INTO profiles (user_id, ${columns.join(', ')})
       VALUES ($1, ${given.map((_, i) => `$${i + 2}`).join(', ')})
       ON CONFLICT (user_id) DO UPDATE
         SET ${columns.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}, updated_at = now()`,
      [userId, ...given.map((key) => changes[key])],
    );
  }
}
