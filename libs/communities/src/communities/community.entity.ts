import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CommunityVisibility } from '../visibility/community-access';

@Entity({ name: 'communities' })
export class CommunityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Unique; a secret community's ends in a random suffix (see community-slug.ts). */
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'description_markdown', type: 'text', default: '' })
  descriptionMarkdown!: string;

  /** Sanitized, rendered from the markdown on every write. */
  @Column({ name: 'description_html', type: 'text', default: '' })
  descriptionHtml!: string;

  @Column({ type: 'text' })
  visibility!: CommunityVisibility;

  @Column({ type: 'boolean', default: false })
  official!: boolean;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A `communities` row as `SELECT c.*` returns it. */
export interface CommunityRow {
  id: string;
  slug: string;
  name: string;
  description_markdown: string;
  description_html: string;
  visibility: CommunityVisibility;
  official: boolean;
  archived_at: Date | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

export function communityFromRow(row: CommunityRow): CommunityEntity {
  return Object.assign(new CommunityEntity(), {
    id: row.id,
    slug: row.slug,
    name: row.name,
    descriptionMarkdown: row.description_markdown,
    descriptionHtml: row.description_html,
    visibility: row.visibility,
    official: row.official,
    archivedAt: row.archived_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
