import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PersonRecord } from './person-record';

/** The columns of a `PersonRecord`; `u` is the users alias, `p` the profiles alias (LEFT JOINed). */
export const PERSON_COLUMNS = `u.id, u.display_name, u.title, u.department, u.location, u.locale, u.status,
  u.created_at, COALESCE(p.bio_markdown, '') AS bio_markdown, COALESCE(p.bio_html, '') AS bio_html,
  COALESCE(p.languages, '{}') AS languages, p.avatar_url`;

export interface PersonRow {
  id: string;
  display_name: string;
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
