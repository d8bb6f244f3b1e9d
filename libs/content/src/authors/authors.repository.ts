import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface AuthorRow {
  id: string;
  display_name: string;
  title: string | null;
  email: string;
  status: 'active' | 'deactivated';
}

/** Reads the people a post names (its author, its mentions) from the identity context's `users`. */
@Injectable()
export class AuthorsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  byIds(ids: readonly string[], manager?: EntityManager): Promise<AuthorRow[]> {
    return (manager ?? this.dataSource).query(
      'SELECT id, display_name, title, email, status FROM users WHERE id = ANY($1::uuid[])',
      [ids],
    );
  }

  /**
   * The active people these handles name: a bare handle is an e-mail's local part, a handle with `@` a whole
   * address. A handle that names several people (the same local part at two domains) names nobody.
   */
  async idsByHandles(handles: readonly string[], manager: EntityManager): Promise<string[]> {
    if (handles.length === 0) return [];
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT (array_agg(u.id))[1] AS id
         FROM unnest($1::text[]) AS h(handle)
         JOIN users u ON u.status = 'active'
          AND (CASE WHEN position('@' in h.handle) > 0 THEN u.email = h.handle
                    ELSE split_part(u.email, '@', 1) = h.handle END)
        GROUP BY h.handle
       HAVING count(*) = 1`,
      [handles],
    );
    return [...new Set(rows.map((row) => row.id))];
  }
}
